"""Verdicts, sign-off, assignment and status changes on claims, with optimistic locking.

Every change here goes through one conditional UPDATE (``WHERE version = <the version the
user loaded>``) that bumps ``Claim.version``. A save based on a stale page matches no row
and raises :class:`EditConflict` instead of overwriting someone else's work. A
``QuerySet.update`` skips django-simple-history's signals, so each successful change writes
its historical row explicitly, with the acting user and a reason, which is what the history
page shows.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from claims.models import Claim, ClaimStatus, Review, Verdict

# Verdicts that a second person must confirm before they are final.
NEEDS_SIGNOFF = frozenset({Verdict.INACCURATE, Verdict.MISLEADING})
SIGNOFF_PERMISSION = "claims.signoff_claim"
# Claims a reviewer still has to read: "Save and next" only ever lands on one of these.
OPEN_STATUSES = (ClaimStatus.UNREVIEWED, ClaimStatus.IN_REVIEW)
# The columns a conflict message compares, with the labels a reviewer reads.
COMPARED_FIELDS = {"status": "Status", "verdict": "Verdict", "assignee_id": "Assignee"}


class ReviewError(Exception):
    """A change the user's role or the claim's state does not allow; the message is for the user."""


@dataclass(frozen=True)
class EditConflict(Exception):
    """Someone else saved the claim after the user loaded it."""

    current: Claim
    loaded_version: int

    def __str__(self) -> str:
        return (
            f"This claim was changed by someone else (version {self.loaded_version} -> {self.current.version}) "
            "while you had it open. Nothing of yours was saved."
        )


def can_sign_off(user: Any) -> bool:
    return bool(user.has_perm(SIGNOFF_PERMISSION))


def _locked_update(claim: Claim, loaded_version: int, user: AbstractBaseUser, reason: str, **fields: Any) -> Claim:
    """Apply ``fields`` only if the row is still at ``loaded_version``; returns the fresh row.

    Must run inside a transaction so the history row and any Review commit with the change.
    """
    now = timezone.now()
    _record_baseline(claim, loaded_version)
    updated = Claim.objects.filter(pk=claim.pk, version=loaded_version).update(
        **fields, version=F("version") + 1, updated_at=now
    )
    fresh = Claim.objects.select_related("assignee").get(pk=claim.pk)
    if not updated:
        raise EditConflict(current=fresh, loaded_version=loaded_version)
    Claim.history.bulk_history_create(
        [fresh], update=True, default_user=user, default_change_reason=reason[:100], default_date=now
    )
    return fresh


def _record_baseline(claim: Claim, loaded_version: int) -> None:
    """Give a claim stored in bulk (no history yet) a first historical row of its stored state.

    The pipeline creates claims with bulk_create, which writes no history; without this row the
    history page could not show what the first change changed, nor a conflict what the user loaded.
    """
    if claim.version != loaded_version or Claim.history.filter(id=claim.pk).exists():
        return
    baseline = copy.copy(claim)
    # Nobody made this state: without the explicit None the middleware's request user is recorded.
    baseline._history_user = None
    Claim.history.bulk_history_create(
        [baseline], default_change_reason="Stored by the pipeline", default_date=claim.created_at
    )


def _bulk(reason: str, bulk: bool) -> str:
    # The history page tells a change made from the queue's action menu from one on the claim page.
    return f"Bulk action: {reason}" if bulk else reason


def verdict_author(claim: Claim) -> int | None:
    """Who gave the verdict now waiting for sign-off: the latest review's author."""
    return claim.reviews.order_by("-created_at", "-id").values_list("reviewer_id", flat=True).first()


def record_verdict(
    claim: Claim,
    *,
    user: AbstractBaseUser,
    verdict: str,
    rationale: str,
    loaded_version: int,
    evidence_url: str = "",
) -> Claim:
    """Store a reviewer's verdict with its reasons.

    Inaccurate and misleading verdicts wait for an editor's sign-off; the others are final.
    A verdict that waits for sign-off, or a signed-off inaccurate or misleading one, can
    only be changed by an editor reopening it first, so a reviewer cannot undo the second check.
    """
    verdict = Verdict(verdict)
    rationale = rationale.strip()
    if not rationale:
        raise ReviewError("Give the reasons for the verdict: every verdict needs a rationale.")
    if claim.status == ClaimStatus.AWAITING_SIGNOFF or (
        claim.status == ClaimStatus.REVIEWED and claim.verdict in NEEDS_SIGNOFF
    ):
        raise ReviewError(
            "This claim's verdict is with an editor for sign-off; an editor must reopen it before it can change."
        )
    status = ClaimStatus.AWAITING_SIGNOFF if verdict in NEEDS_SIGNOFF else ClaimStatus.REVIEWED
    with transaction.atomic():
        fresh = _locked_update(
            claim, loaded_version, user, f"Verdict: {verdict.label}", verdict=verdict.value, status=status
        )
        Review.objects.create(
            claim=fresh, reviewer=user, verdict=verdict.value, rationale=rationale, evidence_url=evidence_url
        )
    return fresh


def sign_off(claim: Claim, *, user: AbstractBaseUser, loaded_version: int, note: str = "") -> Claim:
    """An editor confirms an inaccurate or misleading verdict someone else gave."""
    if not can_sign_off(user):
        raise ReviewError("Only an editor can give the final sign-off.")
    if claim.status != ClaimStatus.AWAITING_SIGNOFF:
        raise ReviewError("This claim is not waiting for sign-off.")
    if verdict_author(claim) == user.pk:
        raise ReviewError("You gave this verdict: another editor must sign it off.")
    with transaction.atomic():
        fresh = _locked_update(claim, loaded_version, user, "Signed off", status=ClaimStatus.REVIEWED)
        # The sign-off is itself a review, so the audit trail names both people.
        Review.objects.create(
            claim=fresh,
            reviewer=user,
            verdict=fresh.verdict,
            rationale=note.strip() or "Signed off: second check confirms the verdict.",
        )
    return fresh


def may_reopen(user: Any, claim: Claim) -> bool:
    if claim.status in OPEN_STATUSES and not claim.verdict:
        return False
    if claim.status == ClaimStatus.AWAITING_SIGNOFF or claim.verdict in NEEDS_SIGNOFF:
        return can_sign_off(user)
    return bool(user.has_perm("claims.change_claim"))


def reopen(claim: Claim, *, user: AbstractBaseUser, loaded_version: int, reason: str = "", bulk: bool = False) -> Claim:
    """Send a claim back to the queue: unreviewed, verdict cleared. Past reviews stay for the record."""
    if not may_reopen(user, claim):
        if claim.status in OPEN_STATUSES and not claim.verdict:
            raise ReviewError("This claim is already in the queue.")
        raise ReviewError("Only an editor can reopen an inaccurate or misleading verdict.")
    label = f"Reopened: {reason.strip()}" if reason.strip() else "Reopened"
    with transaction.atomic():
        return _locked_update(
            claim, loaded_version, user, _bulk(label, bulk), status=ClaimStatus.UNREVIEWED, verdict=""
        )


def assign(
    claim: Claim,
    *,
    user: AbstractBaseUser,
    assignee: AbstractBaseUser | None,
    loaded_version: int,
    bulk: bool = False,
) -> Claim:
    reason = f"Assigned to {assignee.get_username()}" if assignee is not None else "Unassigned"
    fields: dict[str, Any] = {"assignee": assignee}
    # Taking an unread claim starts its review, so others see it is being worked on.
    if assignee is not None and claim.status == ClaimStatus.UNREVIEWED:
        fields["status"] = ClaimStatus.IN_REVIEW
    with transaction.atomic():
        return _locked_update(claim, loaded_version, user, _bulk(reason, bulk), **fields)


# Statuses a bulk action may set. Reviewed and awaiting sign-off need a verdict with reasons,
# which only the verdict form gives, so they are not offered here.
SETTABLE_STATUSES = (ClaimStatus.UNREVIEWED, ClaimStatus.IN_REVIEW)


def set_status(claim: Claim, *, user: AbstractBaseUser, status: str, loaded_version: int, bulk: bool = False) -> Claim:
    status = ClaimStatus(status)
    if status not in SETTABLE_STATUSES:
        raise ReviewError(f"{status.label} is set by recording a verdict, not directly.")
    if claim.status == status:
        return claim
    if claim.verdict or claim.status in (ClaimStatus.AWAITING_SIGNOFF, ClaimStatus.REVIEWED):
        # Leaving a verdict behind is a reopen, with the reopen rules.
        return reopen(claim, user=user, loaded_version=loaded_version, reason=f"set to {status.label}", bulk=bulk)
    with transaction.atomic():
        return _locked_update(claim, loaded_version, user, _bulk(f"Status: {status.label}", bulk), status=status)


def queue_after(claim: Claim) -> Q:
    """Claims after ``claim`` in queue order (-priority, id): the changelist's default ordering."""
    return Q(priority__lt=claim.priority) | Q(priority=claim.priority, pk__gt=claim.pk)


def next_in_queue(claim: Claim) -> Claim | None:
    """The next claim still to review after ``claim``; wraps round to the top of the queue."""
    open_claims = Claim.objects.filter(status__in=OPEN_STATUSES).exclude(pk=claim.pk).order_by("-priority", "pk")
    return open_claims.filter(queue_after(claim)).first() or open_claims.first()


def changed_fields(current: Claim, loaded: Any) -> list[tuple[str, Any, Any]]:
    """(label, value when the user loaded the page, value stored now) for each compared field.

    ``loaded`` is the claim's historical row at the version the user's form carried (or None
    when history has no such row, e.g. rows made by bulk_create).
    """
    rows = []
    for name, label in COMPARED_FIELDS.items():
        before = getattr(loaded, name, None) if loaded is not None else None
        rows.append((label, before, getattr(current, name)))
    return rows


def apply_to_related(
    claim: Claim, targets: list[Claim], *, user: AbstractBaseUser
) -> tuple[list[Claim], list[tuple[Claim, str]]]:
    """Give each repeat of ``claim`` in another article the same verdict, one recorded change each.

    The rationale names the claim the verdict was decided on, so the reasoning can be traced.
    Returns the claims changed and, for the others, why not (a verdict with an editor, a race).
    """
    latest = claim.reviews.order_by("-created_at", "-id").first()
    if not claim.verdict or latest is None:
        raise ReviewError("Record a verdict on this claim before applying it to related claims.")
    rationale = f"Same claim as #{claim.pk} in “{claim.article.title}”: {latest.rationale}"
    changed: list[Claim] = []
    skipped: list[tuple[Claim, str]] = []
    for target in targets:
        try:
            changed.append(
                record_verdict(
                    target,
                    user=user,
                    verdict=claim.verdict,
                    rationale=rationale,
                    evidence_url=latest.evidence_url,
                    loaded_version=target.version,
                )
            )
        except (ReviewError, EditConflict) as error:
            skipped.append((target, str(error)))
    return changed, skipped
