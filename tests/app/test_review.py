"""The claim page through the test client: what it shows, the verdict form, save and next,
optimistic locking, roles (reviewer, editor, sign-off by a second person) and history."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from claims.models import Claim, ClaimStatus, Review, Verdict
from claims.review import EditConflict, ReviewError, next_in_queue, record_verdict, sign_off
from claims.roles import EDITOR, REVIEWER
from tests.app.test_admin_queue import CHANGELIST, Queue, build_queue, change_url, client_for, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def quick_passwords(settings) -> None:
    # The default hasher takes seconds per user here; what is tested is who may do what, not hashing.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def queue() -> Queue:
    return build_queue(25)


@pytest.fixture
def reviewer():
    return make_user("rita", REVIEWER)


@pytest.fixture
def reviewer2():
    return make_user("rob", REVIEWER)


@pytest.fixture
def editor():
    return make_user("edna", EDITOR)


@pytest.fixture
def editor2():
    return make_user("ed", EDITOR)


def first(queue: Queue) -> Claim:
    return Claim.objects.order_by("-priority", "pk").first()


def verdict_post(client: Client, claim: Claim, verdict: str, rationale: str, version: int | None = None, **extra):
    data = {
        "form": "verdict",
        "verdict-version": claim.version if version is None else version,
        "verdict-verdict": verdict,
        "verdict-rationale": rationale,
        "verdict-evidence_url": "",
        "_save": "Save",
        **extra,
    }
    return client.post(change_url(claim), data)


def signoff_post(client: Client, claim: Claim, decision: str = "confirm", note: str = ""):
    claim.refresh_from_db()
    data = {"form": "signoff", "signoff-version": claim.version, "signoff-decision": decision, "signoff-note": note}
    return client.post(change_url(claim), data)


# ----- the page ------------------------------------------------------------------------------


def test_claim_page_shows_sentence_in_paragraph_results_reading_and_evidence(queue: Queue, reviewer) -> None:
    claim = queue.claims[0]
    html = client_for(reviewer).get(change_url(claim)).content.decode()
    assert f'<strong class="fc-figure">{claim.surface}</strong>' in html
    assert '<mark class="fc-sentence">' in html
    assert "100 -&gt; 144 is +44.0%" in html  # the plain-language arithmetic, escaped
    assert "fc-badge-" in html
    assert "Measures" in html and "growth" in html  # the structured reading
    assert '<mark class="fc-figure">13 percent</mark>' in html  # evidence passage with the figure marked
    assert "Filing" in html
    assert 'id="fc-verdict-form"' in html
    assert "old" not in [r.result.message for r in client_for(reviewer).get(change_url(claim)).context["results"]]


def test_claim_page_escapes_article_and_source_text(reviewer) -> None:
    queue = build_queue(2, title="<b>bold</b>")
    claim = queue.claims[0]
    Claim.objects.filter(pk=claim.pk).update(subject="<img src=x onerror=alert(1)>")
    body = claim.article.body
    evil = body[: claim.sentence_start] + "<script>x()</script>" + body[claim.sentence_start + 20 :]
    type(claim.article).objects.filter(pk=claim.article_id).update(body=evil)
    # A stored text never changes through save() (claims.stored_text): write the hostile one directly.
    type(queue.source).objects.filter(pk=queue.source.pk).update(
        body="<i>Revenue</i> grew 13 percent. Shares rose 4 percent in the year."
    )
    html = client_for(reviewer).get(change_url(claim)).content.decode()
    for raw in ("<script>x()</script>", "<img src=x", "<b>bold</b>", "<i>Revenue</i>"):
        assert raw not in html
    assert "&lt;script&gt;" in html and "&lt;img src=x" in html


# ----- verdicts ------------------------------------------------------------------------------


def test_every_verdict_needs_a_rationale(queue: Queue, reviewer) -> None:
    claim = first(queue)
    response = verdict_post(client_for(reviewer), claim, Verdict.ACCURATE, "   ")
    assert response.status_code == 200
    assert "This field is required" in response.content.decode()
    assert not Review.objects.exists()
    assert Claim.objects.get(pk=claim.pk).version == claim.version


@pytest.mark.parametrize(
    ("verdict", "status"),
    [
        (Verdict.ACCURATE, ClaimStatus.REVIEWED),
        (Verdict.ACCURATE_WITHIN_ROUNDING, ClaimStatus.REVIEWED),
        (Verdict.UNVERIFIABLE, ClaimStatus.REVIEWED),
        (Verdict.INACCURATE, ClaimStatus.AWAITING_SIGNOFF),
        (Verdict.MISLEADING, ClaimStatus.AWAITING_SIGNOFF),
    ],
)
def test_verdict_creates_a_review_and_sets_the_status(queue: Queue, reviewer, verdict: str, status: str) -> None:
    claim = first(queue)
    response = verdict_post(client_for(reviewer), claim, verdict, "Compared with the filing.")
    assert response.status_code == 302 and response["Location"] == change_url(claim)
    fresh = Claim.objects.get(pk=claim.pk)
    assert (fresh.verdict, fresh.status, fresh.version) == (verdict, status, claim.version + 1)
    review = Review.objects.get(claim=claim)
    assert (review.reviewer, review.verdict, review.rationale) == (reviewer, verdict, "Compared with the filing.")
    last = fresh.history.latest()
    assert last.history_user == reviewer and last.status == status and last.verdict == verdict


def test_save_and_next_opens_the_next_open_claim_in_queue_order(queue: Queue, reviewer) -> None:
    ordered = list(Claim.objects.order_by("-priority", "pk"))
    client = client_for(reviewer)
    # The second claim is already done: "next" skips it.
    Claim.objects.filter(pk=ordered[1].pk).update(status=ClaimStatus.REVIEWED, verdict=Verdict.ACCURATE)
    response = verdict_post(client, ordered[0], Verdict.INACCURATE, "69.4%, not 61%.", _savenext="Save and next")
    assert response.status_code == 302
    assert response["Location"] == change_url(ordered[2])
    # From the last open claim it wraps round to the top of what is still open.
    last = ordered[-1]
    response = verdict_post(client, last, Verdict.ACCURATE, "Matches.", _savenext="Save and next")
    assert response["Location"] == change_url(ordered[2])


def test_save_and_next_on_an_empty_queue_returns_to_the_changelist(reviewer) -> None:
    queue = build_queue(1)
    claim = queue.claims[0]
    response = verdict_post(client_for(reviewer), claim, Verdict.ACCURATE, "Fine.", _savenext="1")
    assert response["Location"] == CHANGELIST
    assert next_in_queue(Claim.objects.get(pk=claim.pk)) is None


# ----- no lost work ---------------------------------------------------------------------------


def test_second_save_of_the_same_version_is_refused_and_shows_what_changed(queue: Queue, reviewer, reviewer2) -> None:
    claim = first(queue)
    rita, rob = client_for(reviewer), client_for(reviewer2)
    loaded = claim.version
    assert verdict_post(rita, claim, Verdict.ACCURATE, "Rita: matches the filing.", version=loaded).status_code == 302
    response = verdict_post(rob, claim, Verdict.MISLEADING, "Rob: the base is wrong.", version=loaded)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="fc-conflict"' in html and "Nothing of yours was saved" in html
    assert "Rita: matches the filing." in html  # their latest review
    assert "Rob: the base is wrong." in html  # what Rob tried, kept in the form
    conflict = response.context["conflict"]
    assert ("Verdict", "No verdict yet", "Accurate") in conflict["rows"]
    assert ("Status", "Not reviewed yet", "Finished") in conflict["rows"]
    assert [c.history_user for c in conflict["changes"]] == [reviewer]
    # Rob's form now carries the current version: saving again is a deliberate second step.
    assert response.context["verdict_form"]["version"].value() == str(loaded + 1)
    fresh = Claim.objects.get(pk=claim.pk)
    assert (fresh.verdict, fresh.version) == (Verdict.ACCURATE, loaded + 1)
    assert list(Review.objects.values_list("rationale", flat=True)) == ["Rita: matches the filing."]


def test_locking_in_the_service(queue: Queue, reviewer, reviewer2) -> None:
    claim = first(queue)
    record_verdict(claim, user=reviewer, verdict=Verdict.ACCURATE, rationale="ok", loaded_version=claim.version)
    with pytest.raises(EditConflict) as caught:
        record_verdict(claim, user=reviewer2, verdict=Verdict.INACCURATE, rationale="no", loaded_version=claim.version)
    assert caught.value.current.verdict == Verdict.ACCURATE
    assert Review.objects.count() == 1


def test_stale_assignment_is_refused_too(queue: Queue, reviewer, reviewer2) -> None:
    claim = first(queue)
    client_for(reviewer2).post(
        change_url(claim), {"form": "assign", "assign-version": claim.version, "assign-assign": "me"}
    )
    response = client_for(reviewer).post(
        change_url(claim), {"form": "assign", "assign-version": claim.version, "assign-assign": "me"}
    )
    assert response.status_code == 200 and 'id="fc-conflict"' in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).assignee == reviewer2


# ----- roles ----------------------------------------------------------------------------------


def test_reviewer_cannot_delete(queue: Queue, reviewer) -> None:
    claim = first(queue)
    client = client_for(reviewer)
    assert client.get(reverse("admin:claims_claim_delete", args=[claim.pk])).status_code == 403
    assert client.post(reverse("admin:claims_claim_delete", args=[claim.pk]), {"post": "yes"}).status_code == 403
    review = Review.objects.create(claim=claim, reviewer=reviewer, verdict=Verdict.ACCURATE, rationale="x")
    assert client.get(reverse("admin:claims_review_delete", args=[review.pk])).status_code == 403
    assert Claim.objects.filter(pk=claim.pk).exists()


def test_reviewer_cannot_sign_off(queue: Queue, reviewer, reviewer2) -> None:
    claim = first(queue)
    verdict_post(client_for(reviewer), claim, Verdict.INACCURATE, "69.4%, not 61%.")
    page = client_for(reviewer2).get(change_url(claim)).content.decode()
    assert 'id="fc-signoff"' not in page and 'id="fc-verdict-form"' not in page
    assert "waits for an editor" in page
    response = signoff_post(client_for(reviewer2), claim)
    assert response.status_code == 302
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.AWAITING_SIGNOFF
    # Nor can a reviewer overwrite the verdict that waits for sign-off.
    verdict_post(client_for(reviewer2), Claim.objects.get(pk=claim.pk), Verdict.ACCURATE, "looks fine")
    assert Claim.objects.get(pk=claim.pk).verdict == Verdict.INACCURATE
    with pytest.raises(ReviewError):
        sign_off(Claim.objects.get(pk=claim.pk), user=reviewer2, loaded_version=claim.version + 1)


def test_editor_confirms_someone_elses_verdict(queue: Queue, reviewer, editor) -> None:
    claim = first(queue)
    verdict_post(client_for(reviewer), claim, Verdict.INACCURATE, "69.4%, not 61%.")
    client = client_for(editor)
    assert 'id="fc-signoff"' in client.get(change_url(claim)).content.decode()
    response = signoff_post(client, claim, note="Checked the arithmetic.")
    assert response.status_code == 302
    fresh = Claim.objects.get(pk=claim.pk)
    assert (fresh.status, fresh.verdict) == (ClaimStatus.REVIEWED, Verdict.INACCURATE)
    assert fresh.history.latest().history_user == editor
    assert fresh.history.latest().history_change_reason == "Signed off"
    assert list(Review.objects.filter(claim=claim).values_list("reviewer__username", flat=True)) == ["edna", "rita"]


def test_editor_cannot_sign_off_their_own_verdict(queue: Queue, editor, editor2) -> None:
    claim = first(queue)
    verdict_post(client_for(editor), claim, Verdict.MISLEADING, "Wrong base period.")
    page = client_for(editor).get(change_url(claim)).content.decode()
    assert "You set or changed this verdict" in page
    assert 'value="confirm"' not in page  # the page does not offer what the server refuses
    signoff_post(client_for(editor), claim)
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.AWAITING_SIGNOFF
    signoff_post(client_for(editor2), claim)
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.REVIEWED


def test_editor_reopens_a_verdict_back_to_the_queue(queue: Queue, reviewer, editor) -> None:
    claim = first(queue)
    verdict_post(client_for(reviewer), claim, Verdict.INACCURATE, "69.4%, not 61%.")
    response = signoff_post(client_for(editor), claim, decision="reopen")
    assert response.status_code == 200 and "Say why" in response.content.decode()  # a reopen needs a reason
    signoff_post(client_for(editor), claim, decision="reopen", note="The base is one month ago, not January.")
    fresh = Claim.objects.get(pk=claim.pk)
    assert (fresh.status, fresh.verdict) == (ClaimStatus.UNREVIEWED, "")
    last = fresh.history.latest()
    assert last.history_user == editor
    assert last.history_change_reason.startswith("Reopened: The base is one month ago")
    assert Review.objects.filter(claim=claim).count() == 1  # the old review stays on record


def test_signed_off_verdict_can_only_be_reopened_by_an_editor(queue: Queue, reviewer, editor) -> None:
    claim = first(queue)
    verdict_post(client_for(reviewer), claim, Verdict.INACCURATE, "69.4%, not 61%.")
    signoff_post(client_for(editor), claim)
    claim.refresh_from_db()
    page = client_for(reviewer).get(change_url(claim)).content.decode()
    assert 'name="_reopen"' not in page and 'id="fc-verdict-form"' not in page
    assert "only an editor can reopen it" in page
    reopen_data = {"form": "reopen", "reopen-version": claim.version, "reopen-reason": "try"}
    client_for(reviewer).post(change_url(claim), reopen_data)
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.REVIEWED
    client_for(editor).post(change_url(claim), reopen_data)
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.UNREVIEWED


def test_view_only_user_sees_the_page_but_cannot_post(queue: Queue) -> None:
    viewer = make_user("vera", None)
    from django.contrib.auth.models import Permission

    viewer.user_permissions.add(Permission.objects.get(codename="view_claim"))
    client = client_for(viewer)
    claim = first(queue)
    page = client.get(change_url(claim))
    assert page.status_code == 200 and 'id="fc-verdict-form"' not in page.content.decode()
    assert verdict_post(client, claim, Verdict.ACCURATE, "x").status_code == 403


def test_groups_exist_after_migrate() -> None:
    assert set(Group.objects.values_list("name", flat=True)) >= {"Reviewer", "Editor"}
    editor_group = Group.objects.get(name="Editor")
    assert editor_group.permissions.filter(codename="signoff_claim").exists()
    assert not Group.objects.get(name="Reviewer").permissions.filter(codename__startswith="delete_").exists()


# ----- history --------------------------------------------------------------------------------


def test_history_page_shows_who_changed_what(queue: Queue, reviewer, editor) -> None:
    claim = first(queue)
    client_for(reviewer).post(CHANGELIST, {"action": "assign_to_me", "_selected_action": [claim.pk]})
    claim.refresh_from_db()
    verdict_post(client_for(reviewer), claim, Verdict.INACCURATE, "69.4%, not 61%.")
    signoff_post(client_for(editor), claim)
    response = client_for(reviewer).get(reverse("admin:claims_claim_history", args=[claim.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    for text in (
        "Assigned to rita",
        "(from the queue, on several claims at once)",
        "Verdict: Inaccurate",
        "Signed off",
    ):
        assert text in html
    # The pipeline's bulk-created state is the first row, so the first change shows its delta.
    baseline = Claim.history.filter(id=claim.pk).earliest()
    assert (baseline.history_user, baseline.history_change_reason) == (None, "Stored by the pipeline")
    assert baseline.status == ClaimStatus.UNREVIEWED and baseline.version == 1
    # History cannot be used to revert around the locking and sign-off rules.
    record = Claim.history.filter(id=claim.pk).earliest()
    url = reverse("admin:claims_claim_simple_history", args=[claim.pk, record.history_id])
    assert client_for(editor).post(url, {}).status_code in (403, 302)
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.REVIEWED
