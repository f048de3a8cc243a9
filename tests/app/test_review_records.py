"""Review records nobody can forge or lose: the attacks of issue 12 replayed (through the admin
where they came through it) and refused with the record as it was; reviews append-only, with
corrections; sign-off decided from the claim's history; reopening with a reason; taking over
and assigning; the history read as an account in plain words."""

from __future__ import annotations

from typing import Any

import pytest
from django.db.models.deletion import ProtectedError
from django.test import Client
from django.urls import reverse

from claims.claim_history import history_account
from claims.models import Claim, ClaimStatus, Review, ReviewIsFinal, Verdict
from claims.review import ReviewError, correct_review, reopen, sign_off, verdict_setters
from tests.app.test_admin_queue import CHANGELIST, Queue, build_queue, change_url, client_for, make_user
from tests.app.test_review import signoff_post, verdict_post

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def quick_passwords(settings) -> None:
    # The default hasher takes seconds per user here; what is tested is who may do what, not hashing.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


REVIEW_ADD = reverse("admin:claims_review_add")


@pytest.fixture
def queue() -> Queue:
    return build_queue(5)


@pytest.fixture
def people() -> dict[str, Any]:
    from claims.roles import EDITOR, REVIEWER

    return {
        "rita": make_user("rita", REVIEWER),
        "rob": make_user("rob", REVIEWER),
        "edna": make_user("edna", EDITOR),
        "ed": make_user("ed", EDITOR),
    }


def top(queue: Queue) -> Claim:
    return Claim.objects.order_by("-priority", "pk").first()


def record(claim: Claim) -> dict[str, Any]:
    """Everything a refused attempt must leave as it was: the claim's review state, its reviews, its history."""
    fresh = Claim.objects.get(pk=claim.pk)
    return {
        "claim": (fresh.status, fresh.verdict, fresh.assignee_id, fresh.version),
        "reviews": list(
            Review.objects.filter(claim=claim).order_by("pk").values_list("pk", "reviewer_id", "verdict", "rationale")
        ),
        "history": Claim.history.filter(id=claim.pk).count(),
    }


def fresh(claim: Claim) -> Claim:
    return Claim.objects.get(pk=claim.pk)


def reopen_post(client: Client, claim: Claim, reason: str) -> Any:
    claim = fresh(claim)
    return client.post(change_url(claim), {"form": "reopen", "reopen-version": claim.version, "reopen-reason": reason})


def assign_post(client: Client, claim: Claim, choice: str, assignee: Any = None, confirm: bool = False) -> Any:
    claim = fresh(claim)
    data = {"form": "assign", "assign-version": claim.version, "assign-assign": choice}
    if assignee is not None:
        data["assign-assignee"] = assignee.pk
    if confirm:
        data["assign-confirm"] = "True"
    return client.post(change_url(claim), data)


def page_messages(response: Any) -> list[str]:
    return [str(m) for m in response.wsgi_request._messages]


# ----- the attacks of issue 12 -----------------------------------------------------------------


def test_forged_signed_off_review_under_the_editors_name_is_refused(queue: Queue, people) -> None:
    """A reviewer wrote an "Accurate, signed off" review as the editor through Reviews > Add; the
    real editor was then refused. Now the form does not exist and the editor's sign-off still works."""
    claim = top(queue)
    verdict_post(client_for(people["rob"]), claim, Verdict.INACCURATE, "69.4%, not 61%.")
    before = record(claim)
    rita = client_for(people["rita"])
    forged = {
        "claim": claim.pk,
        "reviewer": people["edna"].pk,
        "verdict": Verdict.ACCURATE,
        "rationale": "Signed off: accurate.",
        "evidence_url": "",
    }
    assert rita.get(REVIEW_ADD).status_code == 403
    assert rita.post(REVIEW_ADD, forged).status_code == 403
    assert record(claim) == before
    # Naming an author on the claim page is ignored: the author is whoever is signed in.
    extra = {"verdict-reviewer": people["edna"].pk, "reviewer": people["edna"].pk}
    verdict_post(rita, fresh(claim), Verdict.ACCURATE, "Signed off.", **extra)
    assert record(claim) == before  # and the verdict waiting for sign-off is not overwritten either
    # The real editor signs off.
    assert signoff_post(client_for(people["edna"]), claim).status_code == 302
    assert fresh(claim).status == ClaimStatus.REVIEWED
    assert Review.objects.filter(claim=claim).order_by("-pk").first().reviewer == people["edna"]


def test_editor_cannot_sign_off_own_verdict_by_naming_a_reviewer_as_author(queue: Queue, people) -> None:
    """An editor gave a verdict, added a review naming a reviewer as its author, and signed off
    their own verdict. The add form is gone; and even a review under the reviewer's name (made
    here straight in the database) does not change who set the verdict: the history says the editor."""
    claim = top(queue)
    edna = client_for(people["edna"])
    verdict_post(edna, claim, Verdict.MISLEADING, "Wrong base period.")
    forged = {"claim": claim.pk, "reviewer": people["rita"].pk, "verdict": Verdict.MISLEADING, "rationale": "x"}
    assert edna.post(REVIEW_ADD, forged).status_code == 403
    Review.objects.create(claim=claim, reviewer=people["rita"], verdict=Verdict.MISLEADING, rationale="Planted.")
    before = record(claim)
    response = signoff_post(edna, claim, note="Confirmed.")
    assert "You set or changed this verdict" in " ".join(page_messages(response))
    assert record(claim) == before
    assert verdict_setters(fresh(claim)) == {people["edna"].pk}
    with pytest.raises(ReviewError):
        sign_off(fresh(claim), user=people["edna"], loaded_version=fresh(claim).version)
    assert signoff_post(client_for(people["ed"]), claim).status_code == 302  # a second editor may
    assert fresh(claim).status == ClaimStatus.REVIEWED


def test_editor_who_changed_a_verdict_cannot_sign_it_off(queue: Queue, people) -> None:
    """Rita said misleading; Edna reopened it and gave inaccurate: Edna set the verdict now waiting."""
    claim = top(queue)
    verdict_post(client_for(people["rita"]), claim, Verdict.MISLEADING, "Base period.")
    edna = client_for(people["edna"])
    signoff_post(edna, claim, decision="reopen", note="The figure itself is wrong, not just the framing.")
    verdict_post(edna, fresh(claim), Verdict.INACCURATE, "69.4%, not 61%.")
    before = record(claim)
    signoff_post(edna, claim)
    assert record(claim) == before and fresh(claim).status == ClaimStatus.AWAITING_SIGNOFF


def test_a_verdict_the_history_does_not_explain_cannot_be_signed_off(queue: Queue, people) -> None:
    claim = top(queue)
    # Set behind the service's back: no history row says who did it.
    Claim.objects.filter(pk=claim.pk).update(status=ClaimStatus.AWAITING_SIGNOFF, verdict=Verdict.INACCURATE)
    Review.objects.create(claim=claim, reviewer=people["rita"], verdict=Verdict.INACCURATE, rationale="Says who?")
    assert None in verdict_setters(fresh(claim))
    before = record(claim)
    response = signoff_post(client_for(people["edna"]), claim)
    assert "does not say who set this verdict" in " ".join(page_messages(response))
    assert record(claim) == before


@pytest.mark.parametrize("role", ["edna", "rita"])
def test_nobody_edits_or_deletes_a_review_through_the_admin(queue: Queue, people, role: str) -> None:
    claim = top(queue)
    verdict_post(client_for(people["rob"]), claim, Verdict.ACCURATE, "Matches the filing.")
    review = Review.objects.get(claim=claim)
    before = record(claim)
    client = client_for(people[role])
    change = reverse("admin:claims_review_change", args=[review.pk])
    edited = {"claim": claim.pk, "reviewer": people[role].pk, "verdict": Verdict.INACCURATE, "rationale": "Edited."}
    assert client.post(change, edited).status_code == 403
    assert client.post(reverse("admin:claims_review_delete", args=[review.pk]), {"post": "yes"}).status_code == 403
    bulk = {"action": "delete_selected", "_selected_action": [review.pk], "post": "yes"}
    client.post(reverse("admin:claims_review_changelist"), bulk)
    assert record(claim) == before
    # Read-only detail: the page shows the review and offers no save button.
    page = client.get(change)
    assert page.status_code == 200 and "Matches the filing." in page.content.decode()
    assert 'name="_save"' not in page.content.decode()


def test_a_superuser_has_no_review_forms_either(queue: Queue) -> None:
    from django.contrib.auth import get_user_model

    boss = get_user_model().objects.create_superuser("boss", password="pw-boss")
    claim = top(queue)
    client = client_for(boss)
    assert client.get(REVIEW_ADD).status_code == 403
    data = {"claim": claim.pk, "reviewer": boss.pk, "verdict": Verdict.ACCURATE, "rationale": "x"}
    assert client.post(REVIEW_ADD, data).status_code == 403
    assert not Review.objects.exists()


def test_a_second_reviewer_cannot_overwrite_a_finished_verdict(queue: Queue, people) -> None:
    claim = top(queue)
    verdict_post(client_for(people["rita"]), claim, Verdict.ACCURATE, "Matches the filing.")
    before = record(claim)
    rob = client_for(people["rob"])
    page = rob.get(change_url(claim)).content.decode()
    assert 'id="fc-verdict-form"' not in page and "reopen it first" in page
    response = verdict_post(rob, fresh(claim), Verdict.MISLEADING, "Wrong base.")
    assert "reopen it, saying why" in " ".join(page_messages(response))
    assert record(claim) == before


# ----- reviews are append-only ------------------------------------------------------------------


def test_a_stored_review_cannot_be_saved_updated_or_deleted(queue: Queue, people) -> None:
    claim = top(queue)
    review = Review.objects.create(claim=claim, reviewer=people["rita"], verdict=Verdict.ACCURATE, rationale="Fine.")
    review.rationale = "Rewritten."
    attempts = [
        review.save,
        review.delete,
        lambda: Review.objects.filter(pk=review.pk).update(rationale="Rewritten."),
        lambda: Review.objects.filter(pk=review.pk).delete(),
        lambda: Review.objects.bulk_update([review], ["rationale"]),
    ]
    for attempt in attempts:
        with pytest.raises(ReviewIsFinal):
            attempt()
    with pytest.raises(ProtectedError):  # deleting the claim would lose its reviews
        Claim.objects.filter(pk=claim.pk).delete()
    stored = Review.objects.get(pk=review.pk)
    assert (stored.rationale, stored.reviewer) == ("Fine.", people["rita"])


def test_a_correction_is_a_new_review_naming_the_one_it_corrects(queue: Queue, people) -> None:
    claim = top(queue)
    rita = client_for(people["rita"])
    verdict_post(rita, claim, Verdict.ACCURATE, "Matches the filng.")
    original = Review.objects.get(claim=claim)
    # Rob may not correct Rita's review; the page does not offer it and the service refuses.
    assert 'id="fc-correction"' not in client_for(people["rob"]).get(change_url(claim)).content.decode()
    with pytest.raises(ReviewError):
        correct_review(original, user=people["rob"], rationale="No.", loaded_version=fresh(claim).version)
    data = {
        "form": "correction",
        "correction-version": fresh(claim).version,
        "correction-review": original.pk,
        "correction-rationale": "Matches the filing (page 4).",
        "correction-evidence_url": "",
    }
    assert rita.post(change_url(claim), data).status_code == 302
    correction = Review.objects.get(corrects=original)
    assert (correction.reviewer, correction.verdict) == (people["rita"], Verdict.ACCURATE)
    assert Review.objects.get(pk=original.pk).rationale == "Matches the filng."  # kept as written
    assert fresh(claim).verdict == Verdict.ACCURATE
    page = rita.get(change_url(claim)).content.decode()
    assert "corrected later, kept as written" in page and "Matches the filing (page 4)." in page
    assert fresh(claim).history.latest().history_change_reason.startswith("Corrected the reasons of rita's review")
    # An editor may correct anyone's review.
    correct_review(correction, user=people["edna"], rationale="Page 5, not 4.", loaded_version=fresh(claim).version)
    assert Review.objects.get(corrects=correction).reviewer == people["edna"]


# ----- reopening ----------------------------------------------------------------------------------


def test_reopening_a_finished_verdict_needs_a_reason_kept_whole_in_the_history(queue: Queue, people) -> None:
    claim = top(queue)
    rita = client_for(people["rita"])
    verdict_post(rita, claim, Verdict.ACCURATE, "Matches the filing.")
    before = record(claim)
    response = reopen_post(rita, claim, "   ")
    assert response.status_code == 200 and "Say why the verdict is reopened." in response.content.decode()
    assert record(claim) == before
    with pytest.raises(ReviewError):
        reopen(fresh(claim), user=people["rita"], loaded_version=fresh(claim).version, reason="")
    reason = "The company restated its revenue; the filing this was checked against is superseded. " * 2
    assert reopen_post(rita, claim, reason).status_code == 302
    stored = fresh(claim)
    assert (stored.status, stored.verdict) == (ClaimStatus.UNREVIEWED, "")
    last = stored.history.latest()
    assert last.history_user == people["rita"]
    assert last.history_change_reason == "Reopened: " + reason.strip()  # not cut at 100 characters
    history = rita.get(reverse("admin:claims_claim_history", args=[claim.pk])).content.decode()
    assert reason.strip() in history
    page = rita.get(change_url(claim)).content.decode()
    assert 'id="fc-reopened"' in page and "Reopened by rita" in page and reason.strip() in page
    assert Review.objects.filter(claim=claim).count() == 1  # the reviews stay on record


# ----- taking over and assigning ------------------------------------------------------------------


def test_taking_over_someone_elses_claim_asks_then_records_it(queue: Queue, people) -> None:
    claim = top(queue)
    assign_post(client_for(people["rob"]), claim, "me")
    before = record(claim)
    rita = client_for(people["rita"])
    assert "Take over from rob" in rita.get(change_url(claim)).content.decode()
    asked = assign_post(rita, claim, "me")
    assert asked.status_code == 200
    html = asked.content.decode()
    assert 'id="fc-takeover"' in html and "Take this claim over from rob?" in html
    assert record(claim) == before
    # The bulk action does not take others' claims either.
    response = client_for(people["rita"]).post(CHANGELIST, {"action": "assign_to_me", "_selected_action": [claim.pk]})
    assert any("rob is working on this claim" in m for m in page_messages(response))
    assert record(claim) == before
    assert assign_post(rita, claim, "me", confirm=True).status_code == 302
    stored = fresh(claim)
    assert stored.assignee == people["rita"]
    last = stored.history.latest()
    assert (last.history_user, last.history_change_reason) == (people["rita"], "Took the claim over from rob")


def test_editors_assign_to_others_and_reviewers_cannot(queue: Queue, people) -> None:
    claim = top(queue)
    before = record(claim)
    rita = client_for(people["rita"])
    assert 'name="assign-assignee"' not in rita.get(change_url(claim)).content.decode()
    response = assign_post(rita, claim, "other", assignee=people["rob"])
    assert "Only an editor can assign" in " ".join(page_messages(response))
    assert record(claim) == before
    edna = client_for(people["edna"])
    assert 'name="assign-assignee"' in edna.get(change_url(claim)).content.decode()
    assert assign_post(edna, claim, "other", assignee=people["rob"]).status_code == 302
    stored = fresh(claim)
    assert (stored.assignee, stored.status) == (people["rob"], ClaimStatus.IN_REVIEW)
    assert stored.history.latest().history_user == people["edna"]
    assert stored.history.latest().history_change_reason == "Assigned to rob"
    # A reviewer cannot take rob off the claim; an editor can, and the history names him.
    before = record(claim)
    assign_post(rita, claim, "nobody")
    assert record(claim) == before
    assign_post(edna, claim, "nobody")
    assert fresh(claim).assignee is None
    assert fresh(claim).history.latest().history_change_reason == "Unassigned rob"


def test_only_people_who_review_can_be_assigned(queue: Queue, people) -> None:
    outsider = make_user("otto", None)
    claim = top(queue)
    before = record(claim)
    response = assign_post(client_for(people["edna"]), claim, "other", assignee=outsider)
    assert response.status_code == 200 and "Select a valid choice" in response.content.decode()
    assert record(claim) == before


# ----- the history as an account ------------------------------------------------------------------


def test_history_reads_as_an_account_of_who_did_what(queue: Queue, people) -> None:
    claim = top(queue)
    rita, edna = client_for(people["rita"]), client_for(people["edna"])
    assign_post(rita, claim, "me")
    verdict_post(rita, fresh(claim), Verdict.INACCURATE, "69.4%, not 61%.")
    signoff_post(edna, claim, decision="reopen", note="Check the base period again.")
    html = edna.get(reverse("admin:claims_claim_history", args=[claim.pk])).content.decode()
    for raw in ("None", "in_review", "awaiting_signoff", "unreviewed", "-&gt;", "assignee_id"):
        assert raw not in html, raw
    for plain in (
        "factcheck (automatic)",
        "Stored by the pipeline",
        "Assigned to: Unassigned",
        "Assigned to rita",
        "Status: Not reviewed yet &rarr; <strong>In review</strong>",
        "Verdict: Inaccurate",
        "Wrote a review: Inaccurate",
        "69.4%, not 61%.",
        "Reopened: Check the base period again.",
    ):
        assert plain in html, plain
    account = history_account(fresh(claim))
    assert [entry.who for entry in account] == ["factcheck (automatic)", "rita", "rita", "rita", "edna"]


def test_history_of_a_claim_nobody_touched_names_the_system(queue: Queue, people) -> None:
    claim = top(queue)
    html = client_for(people["rita"]).get(reverse("admin:claims_claim_history", args=[claim.pk])).content.decode()
    assert "factcheck (automatic)" in html and "nobody has changed it since" in html and "None" not in html
