"""Review records in a real browser: a forged review is refused (the add form does not exist, a
crafted POST is refused), an editor cannot sign off a verdict they set, a finished verdict is
changed only by reopening it with a reason, which the history then shows in plain words, and
taking over someone else's claim asks first. Screenshots: test-artifacts/browser/<test name>/."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.models import Claim, ClaimStatus, Review, Verdict
from claims.review import assign, record_verdict
from tests.browser.conftest import log_in, shot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def the_61_percent_claim(seed: dict) -> Claim:
    return Claim.objects.get(article=seed["article"], surface="61 percent")


def crafted_post(page, url: str, form: dict[str, str]):
    """A POST made by hand from the signed-in browser, with its valid CSRF token: only the server's rules stop it."""
    token = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    return page.request.post(
        url, form={"csrfmiddlewaretoken": token, **form}, headers={"Referer": url}, max_redirects=0
    )


def claim_state(claim: Claim) -> tuple:
    fresh = Claim.objects.get(pk=claim.pk)
    reviews = list(Review.objects.filter(claim=claim).order_by("pk").values_list("reviewer__username", "rationale"))
    return fresh.status, fresh.verdict, fresh.assignee_id, fresh.version, reviews


def test_a_forged_review_is_refused(chromium, live_server, seed, artifacts: Path) -> None:
    claim = the_61_percent_claim(seed)
    record_verdict(claim, user=seed["rob"], verdict=Verdict.INACCURATE, rationale="69.4%, not 61%.", loaded_version=1)
    before = claim_state(claim)
    page = log_in(chromium, live_server, "rita", "/admin/claims/review/")
    shot(page, artifacts, "01-reviews-list-read-only")
    assert "rob" in page.locator("#result_list").inner_text()
    assert page.locator(".object-tools .addlink").count() == 0  # no "Add review" button
    assert page.locator("select[name=action]").count() == 0  # no bulk delete

    add_url = f"{live_server.url}/admin/claims/review/add/"
    response = page.goto(add_url)
    shot(page, artifacts, "02-add-form-refused")
    assert response is not None and response.status == 403

    # The old attack: an "Accurate, signed off" review in the editor's name, posted by hand.
    page.goto(f"{live_server.url}/admin/claims/claim/{claim.pk}/change/")
    forged = {
        "claim": str(claim.pk),
        "reviewer": str(seed["edna"].pk),
        "verdict": "accurate",
        "rationale": "Signed off.",
    }
    assert crafted_post(page, add_url, forged).status == 403
    detail = f"{live_server.url}/admin/claims/review/{Review.objects.get(claim=claim).pk}/change/"
    assert crafted_post(page, detail, {**forged, "reviewer": str(seed["rita"].pk)}).status == 403
    assert claim_state(claim) == before

    page.goto(detail)
    shot(page, artifacts, "03-review-detail-read-only")
    assert page.locator("input[name=_save]").count() == 0
    assert "69.4%, not 61%." in page.locator("#content-main").inner_text()
    page.context.close()


def test_an_editor_cannot_sign_off_their_own_verdict(chromium, live_server, seed, artifacts: Path) -> None:
    claim = the_61_percent_claim(seed)
    page = log_in(chromium, live_server, "edna", f"/admin/claims/claim/{claim.pk}/change/")
    page.get_by_label("Misleading", exact=True).check()
    page.fill("#id_verdict-rationale", "The base period is last year's, not January's.")
    page.click("input[name=_save]")
    page.wait_for_load_state()
    shot(page, artifacts, "01-own-verdict-waiting")
    assert "You set or changed this verdict" in page.locator("#fc-own-verdict").inner_text()
    assert page.get_by_label("Confirm the verdict").count() == 0  # only "reopen" is offered
    before = claim_state(claim)
    assert before[0] == ClaimStatus.AWAITING_SIGNOFF

    # Posted by hand, the confirmation is refused, with a message, and nothing changes.
    url = f"{live_server.url}/admin/claims/claim/{claim.pk}/change/"
    form = {"form": "signoff", "signoff-version": str(before[3]), "signoff-decision": "confirm", "signoff-note": "ok"}
    crafted_post(page, url, form)
    page.goto(url)
    shot(page, artifacts, "02-crafted-signoff-refused")
    assert "another editor must sign it off" in page.locator(".messagelist").inner_text()
    assert claim_state(claim) == before
    page.context.close()


def test_reopening_a_finished_verdict_with_a_reason(chromium, live_server, seed, artifacts: Path) -> None:
    claim = the_61_percent_claim(seed)
    record_verdict(claim, user=seed["rob"], verdict=Verdict.ACCURATE, rationale="Matches.", loaded_version=1)
    page = log_in(chromium, live_server, "rita", f"/admin/claims/claim/{claim.pk}/change/")
    shot(page, artifacts, "01-finished-verdict")
    assert page.locator("#fc-verdict-form").count() == 0  # no silent overwrite
    reopen = page.locator("#fc-reopen")
    assert "reopen it first" in reopen.inner_text()

    # Without a reason the browser does not send the form (and the server would refuse it).
    reopen.locator("input[name=_reopen]").click()
    assert Claim.objects.get(pk=claim.pk).verdict == Verdict.ACCURATE
    reason = "The article compares with last year's figure; 'accurate' was checked against the wrong base."
    page.fill("#id_reopen-reason", reason)
    reopen.locator("input[name=_reopen]").click()
    page.wait_for_load_state()
    shot(page, artifacts, "02-reopened")
    assert "back in the queue" in page.locator(".messagelist").inner_text()
    fresh = Claim.objects.get(pk=claim.pk)
    assert (fresh.status, fresh.verdict) == (ClaimStatus.UNREVIEWED, "")
    assert page.locator("#fc-verdict-form").count() == 1  # a new verdict can now be given
    assert reason in page.locator("#fc-reopened").inner_text()  # why it is back, beside the old review

    page.click("a.historylink")
    page.wait_for_load_state()
    shot(page, artifacts, "03-history")
    account = page.locator("#fc-account").inner_text()
    assert f"Reopened: {reason}" in account
    assert "factcheck (automatic)" in account and "Stored by the pipeline" in account
    assert "rob" in account and "Wrote a review: Accurate" in account
    for raw in ("None", "in_review", "unreviewed ", "->"):
        assert raw not in account
    page.context.close()


def test_taking_over_someone_elses_claim_asks_first(chromium, live_server, seed, artifacts: Path) -> None:
    claim = the_61_percent_claim(seed)
    assign(claim, user=seed["rob"], assignee=seed["rob"], loaded_version=1)
    page = log_in(chromium, live_server, "rita", f"/admin/claims/claim/{claim.pk}/change/")
    page.get_by_role("button", name="Take over from rob…").click()
    page.wait_for_load_state()
    shot(page, artifacts, "01-take-over-asks")
    assert "Take this claim over from rob?" in page.locator("#fc-takeover").inner_text()
    assert Claim.objects.get(pk=claim.pk).assignee == seed["rob"]
    page.click("input[name=_takeover]")
    page.wait_for_load_state()
    shot(page, artifacts, "02-taken-over")
    assert page.locator("#fc-assignee").inner_text() == "rita"
    assert Claim.objects.get(pk=claim.pk).history.latest().history_change_reason == "Took the claim over from rob"
    page.context.close()


def test_a_correction_keeps_the_review_it_corrects(chromium, live_server, seed, artifacts: Path) -> None:
    claim = the_61_percent_claim(seed)
    record_verdict(
        claim, user=seed["rita"], verdict=Verdict.ACCURATE, rationale="Matches the flling.", loaded_version=1
    )
    page = log_in(chromium, live_server, "rita", f"/admin/claims/claim/{claim.pk}/change/")
    page.locator("#fc-correction summary").click()
    page.fill("#id_correction-rationale", "Matches the filing, page 4.")
    shot(page, artifacts, "01-correction-filled")
    page.click("input[name=_correct]")
    page.wait_for_load_state()
    shot(page, artifacts, "02-corrected")
    assert "kept as written" in page.locator(".fc-corrected").inner_text()
    assert "Matches the flling." in page.locator(".fc-corrected").inner_text()
    assert "corrects the review by rita" in page.locator("#content-main").inner_text()
    assert [r.rationale for r in Review.objects.filter(claim=claim).order_by("pk")] == [
        "Matches the flling.",
        "Matches the filing, page 4.",
    ]
    page.context.close()


def test_reopening_from_the_queue_asks_for_a_reason(chromium, live_server, seed, artifacts: Path) -> None:
    claim = the_61_percent_claim(seed)
    record_verdict(claim, user=seed["rob"], verdict=Verdict.ACCURATE, rationale="Matches.", loaded_version=1)
    page = log_in(chromium, live_server, "edna", "/admin/claims/claim/?status=reviewed")
    page.locator("#result_list tbody input.action-select").first.check()
    page.select_option("select[name=action]", "return_to_queue")
    page.click("button[name=index]")
    page.wait_for_load_state()
    shot(page, artifacts, "01-asks-for-a-reason")
    assert "61 percent" in page.locator("#fc-reopen-list").inner_text()
    assert Claim.objects.get(pk=claim.pk).verdict == Verdict.ACCURATE
    page.fill("#fc-bulk-reason", "Checked against the wrong filing.")
    page.click("input[type=submit][value='Reopen them']")
    page.wait_for_load_state()
    shot(page, artifacts, "02-reopened")
    fresh = Claim.objects.get(pk=claim.pk)
    assert (fresh.status, fresh.verdict) == (ClaimStatus.UNREVIEWED, "")
    assert fresh.history.latest().history_change_reason == "Bulk action: Reopened: Checked against the wrong filing."
    page.context.close()
