/* Keyboard use for the review queue, the claim page and the annotated article.
 *
 * j / k move to the next / previous item (a queue row, a marked figure) and put the focus on its
 * link, so Enter opens it; on the claim page, where there is no list, they go to the next /
 * previous claim of the queue. Keys never fire while typing in a field: Escape leaves the field,
 * Ctrl+Enter in a form saves it with its main button. The legend on each page lists the keys.
 */
(function () {
  "use strict";

  function typing(target) {
    if (!target || !target.tagName) return false;
    if (target.isContentEditable) return true;
    if (target.tagName === "TEXTAREA" || target.tagName === "SELECT") return true;
    if (target.tagName !== "INPUT") return false;
    return !["radio", "checkbox", "button", "submit", "reset", "hidden"].includes(target.type);
  }

  function items() {
    return Array.from(document.querySelectorAll("[data-fc-item], #result_list tbody tr"));
  }

  var current = -1;

  function select(index) {
    var list = items();
    if (!list.length) return false;
    index = Math.max(0, Math.min(list.length - 1, index));
    list.forEach(function (item) { item.classList.remove("fc-current"); });
    var item = list[index];
    item.classList.add("fc-current");
    var link = item.matches("a") ? item : item.querySelector("a[href]");
    (link || item).focus({ preventScroll: true });
    item.scrollIntoView({ block: "nearest" });
    current = index;
    return true;
  }

  function follow(selector) {
    var link = document.querySelector(selector);
    if (link && link.href) {
      window.location.href = link.href;
      return true;
    }
    return false;
  }

  function choose(selector) {
    var input = document.querySelector(selector);
    if (!input) return false;
    input.checked = true;
    input.dispatchEvent(new Event("change", { bubbles: true }));
    var form = input.form;
    var text = form && form.querySelector("textarea");
    (text || input).focus();
    return true;
  }

  function submit(selector) {
    var button = document.querySelector(selector);
    if (!button) return false;
    button.click();
    return true;
  }

  var VERDICTS = { "1": 0, "2": 1, "3": 2, "4": 3, "5": 4 };

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (typing(target)) {
      if (event.key === "Escape") {
        target.blur();
        event.preventDefault();
      } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && target.form) {
        var main = target.form.querySelector("input.default[type=submit], button.default");
        if (main) {
          main.click();
          event.preventDefault();
        }
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var done = false;
    switch (event.key) {
      case "j":
        done = select(current + 1) || follow("#fc-next-claim");
        break;
      case "k":
        done = select(current < 0 ? 0 : current - 1) || follow("#fc-previous-claim");
        break;
      case "o":
        if (current >= 0) {
          var item = items()[current];
          var link = item && (item.matches("a") ? item : item.querySelector("a[href]"));
          if (link) { window.location.href = link.href; done = true; }
        }
        break;
      case "x":
        if (current >= 0) {
          var box = items()[current].querySelector("input.action-select");
          if (box) { box.click(); done = true; }
        }
        break;
      case "q":
        done = follow("#fc-queue-link");
        break;
      case "a":
        done = follow("#fc-article-link");
        break;
      case "c":
        done = choose("input[name='signoff-decision'][value='confirm']");
        break;
      case "r":
        done = choose("input[name='signoff-decision'][value='reopen']");
        break;
      case "s":
        done = submit("#fc-verdict-form input[name=_savenext]") || submit("#fc-signoff input[name=_signoff]");
        break;
      default:
        if (event.key in VERDICTS) {
          var radios = document.querySelectorAll("input[name='verdict-verdict']");
          var radio = radios[VERDICTS[event.key]];
          if (radio) done = choose("#" + radio.id);
        }
    }
    if (done) event.preventDefault();
  });
})();
