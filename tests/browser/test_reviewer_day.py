"""A reviewer's day by keyboard, in a real browser: the home page, the annotated article, j to the
61% figure, Enter to open it, 3 for "Inaccurate", the reasons typed (the keys stay quiet while
typing), Ctrl+Enter to save and go on; then an editor from the home page's "Awaiting my sign-off"
to a sign-off with c and Ctrl+Enter. Screenshots under test-artifacts/browser/<test name>/."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.models import Claim, ClaimStatus, Review, Verdict
from claims.review import record_verdict
from tests.browser.conftest import log_in, shot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Letters that are keys on these pages, typed into the reasons: they must stay text.
REASONS = "Just checked: $85 to $144 is +69.4%, not +61%; a quick look at the base period says so."


def focused_text(page) -> str:
    return page.evaluate("document.activeElement ? document.activeElement.textContent : ''")


def test_reviewer_goes_from_home_through_the_article_to_a_verdict_by_keyboard(
    chromium, live_server, seed, artifacts: Path
) -> None:
    page = log_in(chromium, live_server, "rita", "/admin/")
    shot(page, artifacts, "01-home")
    warnings = page.locator("a[data-fc-count='Warnings']")
    assert int(warnings.inner_text()) >= 1
    assert page.locator("#fc-chart").count() == 1
    assert "Growth against an earlier figure" in page.locator("#fc-chart").text_content()

    page.locator("#fc-worst a").first.click()
    page.wait_for_load_state()
    article = seed["article"]
    assert page.url.endswith(f"/admin/claims/article/{article.pk}/change/")
    assert page.locator("#fc-keys").is_visible()
    failed = page.locator("#fc-article-text a.fc-mark-fail").all_inner_texts()
    assert "61 percent" in failed
    assert "Growth against an earlier figure" in page.locator("#fc-findings").inner_text()
    shot(page, artifacts, "02-article")

    for _ in range(40):  # j through the marks, in text order, to the 61% figure
        page.keyboard.press("j")
        if focused_text(page) == "61 percent":
            break
    assert focused_text(page) == "61 percent"
    assert page.locator("a.fc-mark.fc-current").inner_text() == "61 percent"
    page.keyboard.press("k")
    assert focused_text(page) != "61 percent"
    page.keyboard.press("j")
    shot(page, artifacts, "03-article-61-selected")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    claim = Claim.objects.get(article=article, surface="61 percent")
    assert page.url.endswith(f"/admin/claims/claim/{claim.pk}/change/")
    shot(page, artifacts, "04-claim-page")
    assert "Failed (warning)" in page.locator(".fc-result").first.inner_text()
    assert page.locator("#fc-internals").get_attribute("open") is None  # priority and version tucked away

    page.keyboard.press("3")
    assert page.get_by_label("Inaccurate", exact=True).is_checked()
    assert page.evaluate("document.activeElement.id") == "id_verdict-rationale"
    page.keyboard.type(REASONS)
    assert page.url.endswith(f"/admin/claims/claim/{claim.pk}/change/")  # typing j, k, q, a, s did nothing
    assert page.input_value("#id_verdict-rationale") == REASONS
    shot(page, artifacts, "05-verdict-typed")
    with page.expect_navigation():
        page.keyboard.press("Control+Enter")
    shot(page, artifacts, "06-saved-next")
    assert not page.url.endswith(f"/admin/claims/claim/{claim.pk}/change/")
    assert "waits for an editor" in page.locator(".messagelist").inner_text()
    claim.refresh_from_db()
    assert (claim.status, claim.verdict) == (ClaimStatus.AWAITING_SIGNOFF, Verdict.INACCURATE)
    review = Review.objects.get(claim=claim)
    assert (review.reviewer, review.rationale) == (seed["rita"], REASONS)

    page.goto(f"{live_server.url}/admin/claims/article/{article.pk}/change/")
    verdicts = page.locator("#fc-verdicts").inner_text()
    assert "61 percent" in verdicts and "Inaccurate" in verdicts and "Awaiting sign-off" in verdicts
    shot(page, artifacts, "07-article-after-verdict")
    page.context.close()


def test_queue_moves_with_j_and_k_and_opens_with_enter(chromium, live_server, seed, artifacts: Path) -> None:
    page = log_in(chromium, live_server, "rob")
    assert page.locator("h1").inner_text() == "Review queue: open work"
    rows = page.locator("#result_list tbody tr")
    page.keyboard.press("j")
    page.keyboard.press("j")
    assert "fc-current" in (rows.nth(1).get_attribute("class") or "")
    page.keyboard.press("k")
    assert "fc-current" in (rows.nth(0).get_attribute("class") or "")
    shot(page, artifacts, "01-queue-first-row")
    first = rows.nth(0).locator("a.fc-row-link").get_attribute("href")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(first)
    following = page.locator("#fc-next-claim").get_attribute("href")
    with page.expect_navigation():
        page.keyboard.press("j")  # on a claim page: the next claim of the queue
    assert page.url.endswith(following) and following != first
    with page.expect_navigation():
        page.keyboard.press("k")
    assert page.url.endswith(first)
    with page.expect_navigation():
        page.keyboard.press("q")
    assert page.url.endswith("/admin/claims/claim/")
    page.fill("#searchbar", "jk")  # typing in the search box moves nothing
    assert page.locator("#result_list tbody tr.fc-current").count() == 0
    page.context.close()


def test_editor_signs_off_from_the_home_page_by_keyboard(chromium, live_server, seed, artifacts: Path) -> None:
    claim = Claim.objects.get(article=seed["article"], surface="61 percent")
    record_verdict(
        claim,
        user=seed["rita"],
        verdict=Verdict.INACCURATE,
        rationale="+69.4%, not +61%.",
        loaded_version=claim.version,
    )
    page = log_in(chromium, live_server, "edna", "/admin/")
    shot(page, artifacts, "01-editor-home")
    awaiting = page.locator("a[data-fc-count='Awaiting my sign-off']")
    assert awaiting.inner_text() == "1"
    awaiting.click()
    page.wait_for_load_state()
    shot(page, artifacts, "02-awaiting-queue")
    assert page.locator("#result_list tbody tr").count() == 1
    page.keyboard.press("j")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert f"/admin/claims/claim/{claim.pk}/change/" in page.url
    assert page.locator("#fc-status").inner_text() == "Awaiting sign-off"
    page.keyboard.press("c")
    assert page.get_by_label("Confirm the verdict").is_checked()
    page.keyboard.type("Checked the levels: the arithmetic holds.")
    shot(page, artifacts, "03-signoff-typed")
    with page.expect_navigation():
        page.keyboard.press("Control+Enter")
    shot(page, artifacts, "04-signed-off")
    assert "Signed off" in page.locator(".messagelist").inner_text()
    claim.refresh_from_db()
    assert (claim.status, claim.verdict) == (ClaimStatus.REVIEWED, Verdict.INACCURATE)
    assert claim.history.latest().history_user == seed["edna"]
    page.goto(f"{live_server.url}/admin/")
    assert page.locator("a[data-fc-count='Awaiting my sign-off']").inner_text() == "0"
    assert page.locator("a[data-fc-count='Finished in the last 7 days']").inner_text() == "1"
    shot(page, artifacts, "05-editor-home-after")
    page.context.close()
