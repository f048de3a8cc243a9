"""The reviewer's screens through the test client: the home page's counts and links, the queue's
default view and sentence rows, the annotated article (escaped), plain words, and who sees what."""

from __future__ import annotations

import io
import re
from html import unescape

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from claims.models import Article, CheckRun, Claim, ClaimStatus, Verdict
from claims.pipeline import check_article
from tests.app.test_admin_queue import CHANGELIST, Queue, build_queue, client_for, make_user, rows
from tests.app.test_review import verdict_post

HOME = reverse("admin:index")

# Made-up text: a change whose percentage does not fit its levels, next to markup and an ampersand.
HOSTILE = (
    'Profits & losses: <script>alert("x")</script> Northwind Traders said revenue rose 15 percent '
    "to $56 million from $50 million last year.\nThe firm employs 1,200 people.\n"
)


@pytest.fixture(autouse=True)
def quick_passwords(settings) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def stored(tmp_path, text: str, name: str = "article") -> Article:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    call_command("import_article", str(path), stdout=io.StringIO())
    article = Article.objects.get(body=text.strip())
    check_article(article)
    return article


def counts(html: str) -> dict[str, tuple[int, str]]:
    """Each home-page figure's label -> (count, link)."""
    found = re.findall(r'<a href="([^"]+)" class="fc-count[^"]*" data-fc-count="([^"]+)">(\d+)</a>', html)
    return {unescape(label): (int(n), unescape(url)) for url, label, n in found}


# ----- the home page ------------------------------------------------------------------------------


def test_home_page_counts_and_every_count_opens_exactly_those_claims(db) -> None:
    queue = build_queue(25)
    rita, rob = make_user("rita", "Reviewer"), make_user("rob", "Reviewer")
    mine = queue.by_kind["pass"][:2]
    Claim.objects.filter(pk__in=[c.pk for c in mine]).update(assignee=rita)
    Claim.objects.filter(pk=queue.by_kind["pass"][2].pk).update(assignee=rob)
    Claim.objects.filter(pk=queue.by_kind["error"][0].pk).update(
        status=ClaimStatus.AWAITING_SIGNOFF, verdict=Verdict.INACCURATE
    )
    Claim.objects.filter(pk=queue.by_kind["warning"][0].pk).update(
        status=ClaimStatus.REVIEWED, verdict=Verdict.ACCURATE
    )
    client = client_for(rita)
    html = client.get(HOME).content.decode()
    figures = counts(html)
    n_open = 25 - 1
    expected = {
        "Errors": len(queue.by_kind["error"]),  # the one awaiting sign-off is still open work
        "Warnings": len(queue.by_kind["warning"]) - 1,  # one is finished
        "Notes and undecided": len(queue.by_kind["indeterminate"]),
        "All open claims": n_open,
        "Mine": 2,
        "Unassigned": n_open - 3,
        "Awaiting an editor's sign-off": 1,
        "Finished in the last 7 days": 1,
    }
    assert {label: n for label, (n, _) in figures.items()} == expected
    for label, (n, url) in figures.items():
        if label == "All open claims":
            continue  # the default view shows one row per sentence; checked below
        assert len(rows(client.get(url))) == n, label
    assert len(rows(client.get(figures["All open claims"][1]))) == n_open  # one figure a sentence here


def test_home_page_names_the_worst_articles_and_draws_the_chart_on_the_server(db) -> None:
    queue = build_queue(40)
    # The bulk-built runs carry no counts; give them what the pipeline would have stored.
    for run in CheckRun.objects.filter(superseded_at__isnull=True):
        run.failed = run.results.filter(status="fail").count()
        run.indeterminate = run.results.filter(status="indeterminate").count()
        run.save()
    html = client_for(make_user("rita", "Reviewer")).get(HOME).content.decode()
    worst = html[html.index('id="fc-worst"') :]
    for article in queue.articles:
        assert reverse("admin:claims_article_change", args=[article.pk]) in worst
    chart = html[html.index('<svg xmlns="http://www.w3.org/2000/svg" class="fc-chart"') :]
    chart = chart[: chart.index("</svg>")]
    assert "Percent change" in chart and f"{CHANGELIST}?check=percent_change" in chart
    assert "<script" not in chart and "cdn" not in html.lower()
    assert "<rect" in chart


def test_home_page_keeps_the_list_of_apps(db) -> None:
    html = client_for(make_user("rita", "Reviewer")).get(HOME).content.decode()
    assert "Everything in the admin" in html and reverse("admin:claims_article_changelist") in html


def test_editor_is_asked_for_their_sign_off_and_a_reviewer_is_not(db) -> None:
    build_queue(5)
    reviewer_html = client_for(make_user("rita", "Reviewer")).get(HOME).content.decode()
    editor_html = client_for(make_user("edna", "Editor")).get(HOME).content.decode()
    assert "Awaiting my sign-off" in editor_html and "Awaiting my sign-off" not in reviewer_html
    assert "Awaiting an editor&#x27;s sign-off" in reviewer_html


def test_staff_without_a_role_see_no_claims_on_the_home_page(db) -> None:
    build_queue(5)
    nobody = make_user("nora", None)
    html = client_for(nobody).get(HOME).content.decode()
    assert 'id="fc-home"' not in html and "Open work" not in html


def test_home_page_needs_a_signed_in_staff_member(db) -> None:
    response = Client().get(HOME)
    assert response.status_code == 302 and "/admin/login/" in response.url
    outsider = get_user_model().objects.create_user(username="out", password="pw")
    client = Client()
    client.force_login(outsider)
    assert client.get(HOME).status_code == 302


# ----- the queue ------------------------------------------------------------------------------------


def test_queue_opens_on_open_work_and_shows_finished_claims_only_through_its_filter(db) -> None:
    queue = build_queue(10)
    done = queue.claims[0]
    Claim.objects.filter(pk=done.pk).update(status=ClaimStatus.REVIEWED, verdict=Verdict.ACCURATE)
    client = client_for(make_user("rita", "Reviewer"))
    response = client.get(CHANGELIST)
    html = response.content.decode()
    assert done.pk not in rows(response) and len(rows(response)) == 9
    assert "Review queue: open work" in html and "Select claim to change" not in html
    assert rows(client.get(f"{CHANGELIST}?status__exact=reviewed")) == [done.pk]
    assert rows(client.get(f"{CHANGELIST}?status=reviewed")) == [done.pk]  # a plain field lookup too
    assert done.pk in rows(client.get(f"{CHANGELIST}?status__exact=all"))
    assert len(rows(client.get(f"{CHANGELIST}?status__exact=all"))) == 10


def test_queue_shows_one_row_per_sentence_with_the_reason_in_words(tmp_path, db) -> None:
    article = stored(tmp_path, HOSTILE)
    client = client_for(make_user("rita", "Reviewer"))
    sentence = article.claims.filter(surface__in=["15 percent", "$56 million", "$50 million"])
    assert sentence.count() == 3
    response = client.get(CHANGELIST)
    shown = rows(response)
    in_sentence = [pk for pk in shown if pk in set(sentence.values_list("pk", flat=True))]
    assert len(in_sentence) == 1  # one row for the sentence, not one per figure
    html = response.content.decode()
    start = html.index('id="result_list"')
    html = html[start : html.index("</table>", start)]
    assert "Percent change" in html and "$50 million -&gt; $56 million is +12%" in html
    assert "Failed: warning" not in html and "percent_change" not in html
    # A filter that picks single figures lists each of them.
    by_check = rows(client.get(f"{CHANGELIST}?check=percent_change"))
    assert set(sentence.values_list("pk", flat=True)) <= set(by_check)


# ----- the article page ---------------------------------------------------------------------------


def test_article_page_marks_every_claim_and_escapes_the_text(tmp_path, db) -> None:
    article = stored(tmp_path, HOSTILE)
    html = (
        client_for(make_user("rita", "Reviewer"))
        .get(reverse("admin:claims_article_change", args=[article.pk]))
        .content.decode()
    )
    text = html[html.index('id="fc-article-text"') : html.index("</article>")]
    assert "<script>" not in text and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in text
    assert "Profits &amp; losses" in text
    for claim in article.claims.all():
        link = reverse("admin:claims_claim_change", args=[claim.pk])
        assert f'href="{link}"' in text, claim.surface
    failed = re.findall(r'class="fc-mark fc-mark-fail"[^>]*>([^<]+)</a>', text)
    assert sorted(failed) == ["$50 million", "$56 million", "15 percent"]
    assert "1,200 people" in text
    # Beside the text: the finding by check in words, the coverage, and the internals out of the way.
    assert "Percent change" in html and "$50 million -&gt; $56 million is +12%; the article says +15%" in html
    assert re.search(r"3 of 4 figures are in at least one check", html)
    record = html[html.index('id="fc-record"') :]
    assert article.content_hash in record
    assert article.content_hash not in html[: html.index('id="fc-record"')]


def test_article_page_lists_verdicts_so_far(tmp_path, db) -> None:
    article = stored(tmp_path, HOSTILE)
    rita = make_user("rita", "Reviewer")
    claim = article.claims.get(surface="15 percent")
    verdict_post(client_for(rita), claim, Verdict.INACCURATE, "The levels give 12 percent.")
    html = client_for(rita).get(reverse("admin:claims_article_change", args=[article.pk])).content.decode()
    verdicts = html[html.index('id="fc-verdicts"') :]
    assert "15 percent" in verdicts and "Inaccurate" in verdicts and "rita" in verdicts
    assert "Awaiting sign-off" in verdicts


def test_article_page_is_refused_to_staff_without_a_role(tmp_path, db) -> None:
    article = stored(tmp_path, HOSTILE)
    response = client_for(make_user("nora", None)).get(reverse("admin:claims_article_change", args=[article.pk]))
    assert response.status_code == 403


# ----- plain words on the claim page --------------------------------------------------------------


def test_claim_page_reads_in_plain_words(tmp_path, db) -> None:
    article = stored(tmp_path, HOSTILE)
    claim = article.claims.get(surface="15 percent")
    html = (
        client_for(make_user("rita", "Reviewer"))
        .get(reverse("admin:claims_claim_change", args=[claim.pk]))
        .content.decode()
    )
    page = html[html.index('id="content-main"') :]
    details = page[page.index('id="fc-internals"') :]
    details = details[: details.index("</details>")]
    assert "Queue priority" in details  # available, but out of the way
    outside = page.replace(details, "")
    for raw in ("priority 3", "· version", "None", "nobody", "percent_change", "Fail: warning"):
        assert raw not in outside, raw
    assert "Unassigned" in outside and "Not reviewed yet" in outside
    assert "Percent change" in outside and "Failed (warning)" in outside
    assert "$56 million" in outside
    assert 'id="fc-keys"' in html and "<kbd>j</kbd>" in html


@pytest.mark.parametrize("role", ["Reviewer", "Editor"])
def test_queue_and_claim_pages_carry_the_keyboard_legend(db, role) -> None:
    queue: Queue = build_queue(3)
    client = client_for(make_user("someone", role))
    for url in (CHANGELIST, reverse("admin:claims_claim_change", args=[queue.claims[0].pk])):
        html = client.get(url).content.decode()
        assert 'id="fc-keys"' in html and "claims/keyboard.js" in html, url


def test_sign_off_keys_are_offered_only_to_an_editor_on_a_claim_awaiting_sign_off(db) -> None:
    queue: Queue = build_queue(3)
    rita, edna = make_user("rita", "Reviewer"), make_user("edna", "Editor")
    claim = queue.claims[0]
    verdict_post(client_for(rita), claim, Verdict.INACCURATE, "The levels give 44 percent.")
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    reviewer_keys = client_for(rita).get(url).content.decode()
    editor_keys = client_for(edna).get(url).content.decode()
    legend = 'id="fc-keys"'
    assert legend in reviewer_keys and legend in editor_keys
    assert "sign-off: confirm / reopen" in editor_keys and "sign-off: confirm / reopen" not in reviewer_keys
    assert "verdict: accurate" not in reviewer_keys  # no verdict form while it waits for an editor
