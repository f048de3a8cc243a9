"""The README's permissions table, row by row: each action a Reviewer or an Editor may not do is
tried through the admin as that role (the test client, real POSTs with the forms' own field
names) and must be refused with nothing in the database changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from claims.models import Article, CheckResult, CheckRun, Claim, Review, Verdict
from claims.review import assign, record_verdict, sign_off
from claims.roles import EDITOR, REVIEWER
from sources.models import Evidence, Source, SourceKind
from tests.app.admin_forms import as_browser_sends
from tests.app.test_admin_queue import CHANGELIST, build_queue, change_url, client_for, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def quick_passwords(settings) -> None:
    # The default hasher takes seconds per user here; what is tested is who may do what, not hashing.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@dataclass
class Scene:
    """Claims in every state the table talks about, and the people who put them there."""

    users: dict[str, Any]
    open: Claim  # nobody's, no verdict
    accurate: Claim  # rob's finished "accurate"
    signed: Claim  # rob's "inaccurate", signed off by ed
    waiting: Claim  # rob's "misleading", waiting for sign-off
    own_waiting: Claim  # edna's "inaccurate", waiting for sign-off
    held: Claim  # assigned to rob
    review: Review
    evidence: Evidence


@pytest.fixture
def scene() -> Scene:
    queue = build_queue(6)
    users = {
        "rita": make_user("rita", REVIEWER),
        "rob": make_user("rob", REVIEWER),
        "edna": make_user("edna", EDITOR),
        "ed": make_user("ed", EDITOR),
    }
    open_, accurate, signed, waiting, own_waiting, held = Claim.objects.order_by("pk")[:6]

    def verdict(claim: Claim, who: str, value: str) -> Claim:
        return record_verdict(claim, user=users[who], verdict=value, rationale="Checked.", loaded_version=claim.version)

    accurate = verdict(accurate, "rob", Verdict.ACCURATE)
    signed = verdict(signed, "rob", Verdict.INACCURATE)
    signed = sign_off(signed, user=users["ed"], loaded_version=signed.version)
    waiting = verdict(waiting, "rob", Verdict.MISLEADING)
    own_waiting = verdict(own_waiting, "edna", Verdict.INACCURATE)
    held = assign(held, user=users["rob"], assignee=users["rob"], loaded_version=held.version)
    evidence = Evidence.objects.filter(claim__article__in=queue.articles).first()
    assert evidence is not None
    # The organisation's own document: only editors change its details or add a corrected text.
    Source.objects.filter(pk=evidence.source_id).update(kind=SourceKind.PRIMARY)
    return Scene(
        users,
        open_,
        accurate,
        signed,
        waiting,
        own_waiting,
        held,
        Review.objects.filter(claim=accurate).get(),
        evidence,
    )


def state() -> dict[str, Any]:
    """The whole record a refused action must leave as it was."""
    return {
        "claims": list(Claim.objects.order_by("pk").values_list("pk", "status", "verdict", "assignee_id", "version")),
        "claim_history": Claim.history.count(),
        "reviews": list(Review.objects.order_by("pk").values_list("pk", "claim_id", "reviewer_id", "rationale")),
        "articles": list(Article.objects.order_by("pk").values_list("pk", "title", "body")),
        "runs": list(CheckRun.objects.order_by("pk").values_list("pk", "superseded_at", "failed")),
        "results": list(CheckResult.objects.order_by("pk").values_list("pk", "status", "message")),
        "sources": list(Source.objects.order_by("pk").values_list("pk", "title", "kind", "body")),
        "evidence": list(Evidence.objects.order_by("pk").values_list("pk", "claim_id", "source_id", "stance")),
        "users": list(get_user_model().objects.order_by("pk").values_list("pk", "username", "is_superuser")),
        "groups": sorted(Group.objects.values_list("name", "permissions__codename")),
    }


def page_post(client: Client, claim: Claim, form: str, **fields: Any) -> Any:
    claim = Claim.objects.get(pk=claim.pk)
    data = {"form": form, f"{form}-version": claim.version}
    data.update({f"{form}-{name}": value for name, value in fields.items()})
    return client.post(change_url(claim), data)


def admin_url(name: str, *args: Any) -> str:
    return reverse(f"admin:{name}", args=args)


# One function per table row: the forbidden action, as the role would try it.
Attempt = Callable[[Client, Scene, str], Any]


def add_review(client: Client, s: Scene, role: str) -> Any:
    data = {"claim": s.open.pk, "reviewer": s.users["rob"].pk, "verdict": Verdict.ACCURATE, "rationale": "Forged."}
    return client.post(admin_url("claims_review_add"), data)


def edit_review(client: Client, s: Scene, role: str) -> Any:
    data = {"claim": s.accurate.pk, "reviewer": s.users[role].pk, "verdict": Verdict.INACCURATE, "rationale": "Edited."}
    return client.post(admin_url("claims_review_change", s.review.pk), data)


def delete_review(client: Client, s: Scene, role: str) -> Any:
    client.post(admin_url("claims_review_delete", s.review.pk), {"post": "yes"})
    bulk = {"action": "delete_selected", "_selected_action": [s.review.pk], "post": "yes"}
    return client.post(admin_url("claims_review_changelist"), bulk)


def edit_claim_fields(client: Client, s: Scene, role: str) -> Any:
    # The stock change form's fields, posted to the claim page: there is no such form to save.
    data = {"status": "reviewed", "verdict": Verdict.ACCURATE, "assignee": s.users[role].pk, "version": 1}
    return client.post(change_url(s.open), data)


def revert_from_history(client: Client, s: Scene, role: str) -> Any:
    past = Claim.history.filter(id=s.accurate.pk).earliest()
    return client.post(admin_url("claims_claim_simple_history", s.accurate.pk, past.history_id), {})


def overwrite_finished_verdict(client: Client, s: Scene, role: str) -> Any:
    return page_post(client, s.accurate, "verdict", verdict=Verdict.MISLEADING, rationale="I disagree.")


def reopen_without_reason(client: Client, s: Scene, role: str) -> Any:
    page_post(client, s.accurate, "reopen", reason="")
    return client.post(CHANGELIST, {"action": "return_to_queue", "_selected_action": [s.accurate.pk], "reason": ""})


def reopen_signed_off(client: Client, s: Scene, role: str) -> Any:
    page_post(client, s.signed, "reopen", reason="I think it is fine.")
    data = {"action": "return_to_queue", "_selected_action": [s.signed.pk], "reason": "I think it is fine."}
    return client.post(CHANGELIST, data)


def sign_off_as_reviewer(client: Client, s: Scene, role: str) -> Any:
    return page_post(client, s.waiting, "signoff", decision="confirm", note="Looks right.")


def sign_off_own_verdict(client: Client, s: Scene, role: str) -> Any:
    return page_post(client, s.own_waiting, "signoff", decision="confirm", note="Looks right.")


def assign_to_someone_else(client: Client, s: Scene, role: str) -> Any:
    return page_post(client, s.open, "assign", assign="other", assignee=s.users["rob"].pk)


def unassign_someone_else(client: Client, s: Scene, role: str) -> Any:
    page_post(client, s.held, "assign", assign="nobody")
    return client.post(CHANGELIST, {"action": "unassign", "_selected_action": [s.held.pk]})


def take_over_without_confirming(client: Client, s: Scene, role: str) -> Any:
    page_post(client, s.held, "assign", assign="me")
    return client.post(CHANGELIST, {"action": "assign_to_me", "_selected_action": [s.held.pk]})


def delete_claim(client: Client, s: Scene, role: str) -> Any:
    client.post(admin_url("claims_claim_delete", s.open.pk), {"post": "yes"})
    return client.post(CHANGELIST, {"action": "delete_selected", "_selected_action": [s.open.pk], "post": "yes"})


def delete_article(client: Client, s: Scene, role: str) -> Any:
    return client.post(admin_url("claims_article_delete", s.open.article_id), {"post": "yes"})


def edit_article_text(client: Client, s: Scene, role: str) -> Any:
    article = s.open.article
    data = {"title": "Changed", "body": "Changed text.", "url": "", "publisher": "", "published": ""}
    return client.post(admin_url("claims_article_change", article.pk), {**data, "content_hash": article.content_hash})


def change_check_results(client: Client, s: Scene, role: str) -> Any:
    result = CheckResult.objects.first()
    client.post(admin_url("claims_checkresult_change", result.pk), {"status": "pass", "message": "Fine."})
    client.post(admin_url("claims_checkresult_delete", result.pk), {"post": "yes"})
    return client.post(admin_url("claims_checkrun_delete", result.run_id), {"post": "yes"})


def delete_source_or_evidence(client: Client, s: Scene, role: str) -> Any:
    client.post(admin_url("sources_evidence_delete", s.evidence.pk), {"post": "yes"})
    return client.post(admin_url("sources_source_delete", s.evidence.source_id), {"post": "yes"})


def change_primary_source(client: Client, s: Scene, role: str) -> Any:
    url = admin_url("sources_source_change", s.evidence.source_id)
    client.get(admin_url("sources_source_add") + f"?revision_of={s.evidence.source_id}")
    page = client.get(url)
    data = as_browser_sends(page) if page.status_code == 200 else {}
    return client.post(url, data | {"title": "Corrected title"})


def manage_people(client: Client, s: Scene, role: str) -> Any:
    client.post(admin_url("auth_user_add"), {"username": "mallory", "password1": "x-Pass-123!", "password2": "x"})
    group = Group.objects.get(name=REVIEWER)
    client.post(admin_url("auth_group_change", group.pk), {"name": REVIEWER, "permissions": []})
    return client.post(admin_url("auth_user_change", s.users[role].pk), {"username": role, "is_superuser": "on"})


# (README row, role, attempt). Every "no" in the table's Reviewer and Editor columns is here.
FORBIDDEN: list[tuple[str, str, Attempt]] = [
    ("Add, edit or delete a review through the admin", REVIEWER, add_review),
    ("Add, edit or delete a review through the admin", EDITOR, add_review),
    ("Add, edit or delete a review through the admin", REVIEWER, edit_review),
    ("Add, edit or delete a review through the admin", EDITOR, edit_review),
    ("Add, edit or delete a review through the admin", REVIEWER, delete_review),
    ("Add, edit or delete a review through the admin", EDITOR, delete_review),
    ("Edit a claim's fields, or revert it from its history", REVIEWER, edit_claim_fields),
    ("Edit a claim's fields, or revert it from its history", EDITOR, edit_claim_fields),
    ("Edit a claim's fields, or revert it from its history", REVIEWER, revert_from_history),
    ("Edit a claim's fields, or revert it from its history", EDITOR, revert_from_history),
    ("Change a finished verdict without reopening it", REVIEWER, overwrite_finished_verdict),
    ("Change a finished verdict without reopening it", EDITOR, overwrite_finished_verdict),
    ("Reopen a finished verdict without a reason", REVIEWER, reopen_without_reason),
    ("Reopen a finished verdict without a reason", EDITOR, reopen_without_reason),
    ("Reopen an inaccurate or misleading verdict", REVIEWER, reopen_signed_off),
    ("Sign off an inaccurate or misleading verdict", REVIEWER, sign_off_as_reviewer),
    ("Sign off a verdict they set or changed", EDITOR, sign_off_own_verdict),
    ("Assign a claim to someone else", REVIEWER, assign_to_someone_else),
    ("Take someone else off a claim", REVIEWER, unassign_someone_else),
    ("Take over someone else's claim without confirming", REVIEWER, take_over_without_confirming),
    ("Take over someone else's claim without confirming", EDITOR, take_over_without_confirming),
    ("Delete a claim, an article, a check run or a result", REVIEWER, delete_claim),
    ("Delete a claim, an article, a check run or a result", EDITOR, delete_claim),
    ("Delete a claim, an article, a check run or a result", REVIEWER, delete_article),
    ("Delete a claim, an article, a check run or a result", EDITOR, delete_article),
    ("Change or delete check runs and results", REVIEWER, change_check_results),
    ("Change or delete check runs and results", EDITOR, change_check_results),
    ("Edit a stored article", REVIEWER, edit_article_text),
    ("Edit a stored article", EDITOR, edit_article_text),
    ("Delete a source or an evidence link", REVIEWER, delete_source_or_evidence),
    ("Delete a source or an evidence link", EDITOR, delete_source_or_evidence),
    ("Change a primary source's details or add a corrected text of it", REVIEWER, change_primary_source),
    ("Manage people, roles and permissions", REVIEWER, manage_people),
    ("Manage people, roles and permissions", EDITOR, manage_people),
]


@pytest.mark.parametrize(
    ("row", "role", "attempt"), FORBIDDEN, ids=[f"{role}: {attempt.__name__}" for _, role, attempt in FORBIDDEN]
)
def test_forbidden_action_is_refused_and_changes_nothing(scene: Scene, row: str, role: str, attempt: Attempt) -> None:
    who = "rita" if role == REVIEWER else "edna"
    before = state()
    response = attempt(client_for(scene.users[who]), scene, who)
    assert response.status_code in (200, 302, 400, 403)  # refused, never a server error
    assert state() == before, row


def test_every_forbidden_row_is_in_the_readme() -> None:
    from django.conf import settings

    readme = (settings.BASE_DIR / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Roles and permissions") :]
    for row, _, _ in FORBIDDEN:
        assert f"| {row} |" in table, row


# The same actions are possible for the role the table says may do them: the refusals above are
# the rules, not a page that refuses everything.
ALLOWED: list[tuple[str, str, Attempt, Callable[[Scene], bool]]] = [
    (
        "Reopen an inaccurate or misleading verdict",
        EDITOR,
        reopen_signed_off,
        lambda s: Claim.objects.get(pk=s.signed.pk).verdict == "",
    ),
    (
        "Sign off an inaccurate or misleading verdict",
        EDITOR,
        sign_off_as_reviewer,
        lambda s: Claim.objects.get(pk=s.waiting.pk).status == "reviewed",
    ),
    (
        "Assign a claim to someone else",
        EDITOR,
        assign_to_someone_else,
        lambda s: Claim.objects.get(pk=s.open.pk).assignee_id == s.users["rob"].pk,
    ),
    (
        "Take someone else off a claim",
        EDITOR,
        unassign_someone_else,
        lambda s: Claim.objects.get(pk=s.held.pk).assignee_id is None,
    ),
    (
        "Change a primary source's details or add a corrected text of it",
        EDITOR,
        change_primary_source,
        lambda s: Source.objects.get(pk=s.evidence.source_id).title == "Corrected title",
    ),
]


@pytest.mark.parametrize(
    ("row", "role", "attempt", "done"), ALLOWED, ids=[f"{role}: {a.__name__}" for _, role, a, _ in ALLOWED]
)
def test_the_role_allowed_can_do_it(scene: Scene, row: str, role: str, attempt: Attempt, done: Callable) -> None:
    assert not done(scene)
    attempt(client_for(scene.users["edna"]), scene, "edna")
    assert done(scene), row


def test_no_role_may_change_or_delete_reviews_after_migrate() -> None:
    # The groups as migrate leaves them (no setup_roles call here): the last migration synced them.
    for name in (REVIEWER, EDITOR):
        codenames = set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))
        assert not codenames & {"change_review", "delete_review"}, name
        assert ("assign_claim" in codenames) == (name == EDITOR)
        assert ("signoff_claim" in codenames) == (name == EDITOR)
