"""A reviewer's morning, in a real browser: the queue, the 61% claim, a verdict, save and next,
then an editor's sign-off; and what a reviewer may not do. Screenshots of every step are kept
under test-artifacts/browser/<test name>/."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.models import Claim, ClaimStatus, Review, Verdict
from claims.review import next_in_queue, record_verdict
from tests.browser.conftest import log_in, shot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_reviewer_records_a_verdict_and_an_editor_signs_it_off(chromium, live_server, seed, artifacts: Path) -> None:
    page = log_in(chromium, live_server, "rita")
    first_row = page.locator("#result_list tbody tr").first
    shot(page, artifacts, "01-queue")
    assert "61 percent" in first_row.inner_text()
    assert first_row.locator(".fc-badge-warning").count() == 1

    first_row.locator("th a, td a").first.click()
    page.wait_for_load_state()
    shot(page, artifacts, "02-claim-page")
    claim = Claim.objects.get(article=seed["article"], surface="61 percent")
    assert page.url.endswith(f"/admin/claims/claim/{claim.pk}/change/")
    assert page.locator("#fc-paragraph strong.fc-figure").inner_text() == "61 percent"
    arithmetic = page.locator(".fc-arithmetic").first.inner_text()
    assert "+69.4%" in arithmetic and "+61%" in arithmetic
    expected_next = next_in_queue(claim)

    page.get_by_label("Inaccurate", exact=True).check()
    page.fill("#id_verdict-rationale", "$85 to $144 is +69.4%, not +61%: the base period is wrong.")
    shot(page, artifacts, "03-verdict-filled")
    page.click("input[name=_savenext]")
    page.wait_for_load_state()
    shot(page, artifacts, "04-next-claim")
    assert expected_next is not None
    assert page.url.endswith(f"/admin/claims/claim/{expected_next.pk}/change/")
    assert "waits for an editor" in page.locator(".messagelist").inner_text()

    claim.refresh_from_db()
    assert (claim.status, claim.verdict) == (ClaimStatus.AWAITING_SIGNOFF, Verdict.INACCURATE)
    review = Review.objects.get(claim=claim)
    assert (review.reviewer, review.verdict) == (seed["rita"], Verdict.INACCURATE)
    last = claim.history.latest()
    assert last.history_user == seed["rita"] and last.history_change_reason == "Verdict: Inaccurate"

    page.goto(f"{live_server.url}/admin/claims/claim/{claim.pk}/history/")
    shot(page, artifacts, "05-history")
    assert "Verdict: Inaccurate" in page.content()
    page.context.close()

    editor = log_in(chromium, live_server, "edna", f"/admin/claims/claim/{claim.pk}/change/")
    shot(editor, artifacts, "06-editor-claim-page")
    editor.get_by_label("Confirm the verdict").check()
    editor.fill("#id_signoff-note", "Checked: the arithmetic holds.")
    editor.click("input[name=_signoff]")
    editor.wait_for_load_state()
    shot(editor, artifacts, "07-signed-off")
    assert "Signed off" in editor.locator(".messagelist").inner_text()
    claim.refresh_from_db()
    assert (claim.status, claim.verdict) == (ClaimStatus.REVIEWED, Verdict.INACCURATE)
    assert claim.history.latest().history_user == seed["edna"]
    editor.context.close()


def test_reviewer_cannot_delete_or_sign_off(chromium, live_server, seed, artifacts: Path) -> None:
    claim = Claim.objects.get(article=seed["article"], surface="61 percent")
    record_verdict(
        claim, user=seed["edna"], verdict=Verdict.MISLEADING, rationale="Wrong base.", loaded_version=claim.version
    )
    page = log_in(chromium, live_server, "rita")
    options = page.locator("select[name=action] option").all_inner_texts()
    assert not any("Delete" in option for option in options)
    shot(page, artifacts, "01-queue-actions")

    page.goto(f"{live_server.url}/admin/claims/claim/{claim.pk}/change/")
    shot(page, artifacts, "02-awaiting-signoff")
    assert page.locator("#fc-signoff").count() == 0
    assert page.locator("#fc-verdict-form").count() == 0
    assert "waits for an editor" in page.locator("#fc-awaiting").inner_text()

    response = page.goto(f"{live_server.url}/admin/claims/claim/{claim.pk}/delete/")
    shot(page, artifacts, "03-delete-refused")
    assert response is not None and response.status == 403
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.AWAITING_SIGNOFF
    page.context.close()
