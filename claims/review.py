"""Verdicts, sign-off, assignment and status changes on claims, with optimistic locking.

Every change here goes through one conditional UPDATE (``WHERE version = <the version the
user loaded>``) that bumps ``Claim.version``. A save based on a stale page matches no row
and raises :class:`EditConflict` instead of overwriting someone else's work. A
``QuerySet.update`` skips django-simple-history's signals, so each successful change writes
its historical row explicitly, with the acting user and a reason, which is what the history
page shows.

That history is also the authority on who set a verdict (:func:`verdict_setters`): sign-off
is refused to anyone it names, whatever the reviews say. Reviews are only ever added here,
always under the acting user's name; the model refuses to change or delete one.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from claims.models import Claim, ClaimStatus, Review, Verdict

# Verdicts that a second person must confirm before they are final.
NEEDS_SIGNOFF = frozenset({Verdict.INACCURATE, Verdict.MISLEADING})
SIGNOFF_PERMISSION = "claims.signoff_claim"
ASSIGN_PERMISSION = "claims.assign_claim"
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
        [fresh], update=True, default_user=user, default_change_reason=reason, default_date=now
    )
    return fresh


def _check_version(claim: Claim, loaded_version: int) -> None:
    """A form from a stale page is a conflict before anything else: the user sees what changed
    (the conflict page), not a refusal based on a state they never saw."""
    if claim.version != loaded_version:
        raise EditConflict(
            current=Claim.objects.select_related("assignee").get(pk=claim.pk), loaded_version=loaded_version
        )


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


def verdict_setters(claim: Claim) -> set[int | None]:
    """Who set or changed the claim's current verdict, read from the claim's history.

    The history rows are written by the server with the signed-in user (see ``_locked_update``);
    reviews are not consulted, since they say what someone wrote, not who changed the claim. A
    reopen clears the verdict and starts afresh. ``None`` in the result means the history cannot
    say who did it (a change made outside this module): nobody may then sign it off.
    """
    setters: set[int | None] = set()
    previous = ""
    last: dict[str, Any] | None = None
    rows = Claim.history.filter(id=claim.pk).order_by("history_date", "history_id")
    for row in rows.values("verdict", "version", "history_user_id"):
        if not row["verdict"]:
            setters.clear()
        elif row["verdict"] != previous:
            setters.add(row["history_user_id"])
        previous = row["verdict"]
        last = row
    if claim.verdict and (last is None or (last["verdict"], last["version"]) != (claim.verdict, claim.version)):
        setters.add(None)  # the stored verdict is not the one the history ends with
    return setters


def record_verdict(
    claim: Claim,
    *,
    user: AbstractBaseUser,
    verdict: str,
    rationale: str,
    loaded_version: int,
    evidence_url: str = "",
) -> Claim:
    """Store a reviewer's verdict with its reasons, as a review written under the user's name.

    Inaccurate and misleading verdicts wait for an editor's sign-off; the others are final. A
    claim that already has a verdict is never silently given another: it must be reopened,
    with a reason, first (and an inaccurate or misleading one only by an editor).
    """
    _check_version(claim, loaded_version)
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
    if claim.verdict or claim.status == ClaimStatus.REVIEWED:
        raise ReviewError("This claim already has a finished verdict: reopen it, saying why, before giving another.")
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
    """An editor confirms an inaccurate or misleading verdict that someone else set."""
    if not can_sign_off(user):
        raise ReviewError("Only an editor can give the final sign-off.")
    _check_version(claim, loaded_version)
    if claim.status != ClaimStatus.AWAITING_SIGNOFF:
        raise ReviewError("This claim is not waiting for sign-off.")
    setters = verdict_setters(claim)
    if user.pk in setters:
        raise ReviewError("You set or changed this verdict: another editor must sign it off.")
    if None in setters or not setters:
        raise ReviewError(
            "The claim's history does not say who set this verdict, so nobody can sign it off: reopen it instead."
        )
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


def reopen(claim: Claim, *, user: AbstractBaseUser, loaded_version: int, reason: str, bulk: bool = False) -> Claim:
    """Send a claim back to the queue: unreviewed, verdict cleared. Past reviews stay for the record.

    A finished verdict is a decision someone signed their name to: undoing it needs a reason,
    which the claim's history keeps whole.
    """
    _check_version(claim, loaded_version)
    if not may_reopen(user, claim):
        if claim.status in OPEN_STATUSES and not claim.verdict:
            raise ReviewError("This claim is already in the queue.")
        raise ReviewError("Only an editor can reopen an inaccurate or misleading verdict.")
    reason = " ".join(reason.split())
    if not reason:
        raise ReviewError("Say why the verdict is reopened: a reopen needs a reason.")
    with transaction.atomic():
        return _locked_update(
            claim, loaded_version, user, _bulk(f"Reopened: {reason}", bulk), status=ClaimStatus.UNREVIEWED, verdict=""
        )


@dataclass(frozen=True)
class TakeOverNeeded(ReviewError):
    """The claim is someone else's: taking it over must be confirmed."""

    holder: str

    def __str__(self) -> str:
        return f"{self.holder} is working on this claim: open it to take it over (you will be asked to confirm)."


def can_assign_others(user: Any) -> bool:
    return bool(user.has_perm(ASSIGN_PERMISSION))


def assign(
    claim: Claim,
    *,
    user: AbstractBaseUser,
    assignee: AbstractBaseUser | None,
    loaded_version: int,
    take_over: bool = False,
    bulk: bool = False,
) -> Claim:
    """Give the claim to ``assignee`` (None: nobody), with the rules of who may give it to whom.

    Anyone who works the queue may take a claim or put down their own; only an editor may give
    one to another person or take one off someone else. Taking a claim someone else holds needs
    ``take_over`` (the user confirmed), and the history says whose it was.
    """
    _check_version(claim, loaded_version)
    holder = claim.assignee
    if assignee is not None and assignee.pk != user.pk and not can_assign_others(user):
        raise ReviewError("Only an editor can assign a claim to someone else.")
    if assignee is not None and assignee.pk != user.pk and not assignee.has_perm("claims.add_review"):
        raise ReviewError(f"{assignee.get_username()} does not review claims, so cannot be assigned one.")
    if assignee is None and holder is not None and holder.pk != user.pk and not can_assign_others(user):
        raise ReviewError("Only an editor can unassign a claim someone else is working on.")
    if holder is not None and assignee is not None and holder.pk == assignee.pk:
        raise ReviewError(f"This claim is already assigned to {holder.get_username()}.")
    taking_over = holder is not None and assignee is not None and assignee.pk == user.pk
    if taking_over and not take_over:
        raise TakeOverNeeded(holder=holder.get_username())
    if taking_over:
        reason = f"Took the claim over from {holder.get_username()}"
    elif assignee is None:
        # Putting down one's own claim needs no more words; taking someone else off it names them.
        reason = "Unassigned" if holder is None or holder.pk == user.pk else f"Unassigned {holder.get_username()}"
    elif holder is not None:
        reason = f"Assigned to {assignee.get_username()} (was {holder.get_username()})"
    else:
        reason = f"Assigned to {assignee.get_username()}"
    fields: dict[str, Any] = {"assignee": assignee}
    # Taking an unread claim starts its review, so others see it is being worked on.
    if assignee is not None and claim.status == ClaimStatus.UNREVIEWED:
        fields["status"] = ClaimStatus.IN_REVIEW
    with transaction.atomic():
        return _locked_update(claim, loaded_version, user, _bulk(reason, bulk), **fields)


def correct_review(
    review: Review, *, user: AbstractBaseUser, rationale: str, loaded_version: int, evidence_url: str = ""
) -> Review:
    """Put right the reasons of a review: a new review, under the user's name, that names the old one.

    The old review stays exactly as it was; the claim's verdict does not change (that takes a
    reopen). Its author may correct their own review; an editor may correct anyone's.
    """
    if review.reviewer_id != user.pk and not can_sign_off(user):
        raise ReviewError("Only the review's author or an editor can correct it.")
    rationale = rationale.strip()
    if not rationale:
        raise ReviewError("Write the corrected reasons: a correction needs a rationale.")
    if rationale == review.rationale and evidence_url == review.evidence_url:
        raise ReviewError("The correction says the same as the review: nothing to correct.")
    when = timezone.localtime(review.created_at).strftime("%Y-%m-%d %H:%M")
    reason = f"Corrected the reasons of {review.reviewer.get_username()}'s review of {when}"
    with transaction.atomic():
        _locked_update(review.claim, loaded_version, user, reason)
        return Review.objects.create(
            claim=review.claim,
            reviewer=user,
            verdict=review.verdict,
            rationale=rationale,
            evidence_url=evidence_url,
            corrects=review,
        )


# Statuses a bulk action may set. Reviewed and awaiting sign-off need a verdict with reasons,
# which only the verdict form gives, so they are not offered here.
SETTABLE_STATUSES = (ClaimStatus.UNREVIEWED, ClaimStatus.IN_REVIEW)


def needs_reopen(claim: Claim) -> bool:
    """Whether leaving the claim's state means undoing a verdict (which needs a reason)."""
    return bool(claim.verdict) or claim.status in (ClaimStatus.AWAITING_SIGNOFF, ClaimStatus.REVIEWED)


def set_status(
    claim: Claim, *, user: AbstractBaseUser, status: str, loaded_version: int, reason: str = "", bulk: bool = False
) -> Claim:
    status = ClaimStatus(status)
    if status not in SETTABLE_STATUSES:
        raise ReviewError(f"{status.label} is set by recording a verdict, not directly.")
    if claim.status == status:
        return claim
    if needs_reopen(claim):
        # Leaving a verdict behind is a reopen, with the reopen rules and its reason.
        return reopen(claim, user=user, loaded_version=loaded_version, reason=reason, bulk=bulk)
    with transaction.atomic():
        return _locked_update(claim, loaded_version, user, _bulk(f"Status: {status.label}", bulk), status=status)


def next_in_queue(claim: Claim) -> Claim | None:
    """The next claim still to review after ``claim`` in queue order (-priority, id); wraps round to the top.

    Two ranges, each read in order off the queue index until the first open claim: the same
    priority with a higher id, then any lower priority. One query with ``OR`` over both made the
    database gather and sort every open claim after this one (70,000 of 100,000).
    """
    open_claims = Claim.objects.filter(status__in=OPEN_STATUSES).exclude(pk=claim.pk)
    # Both asked every time, so the page costs the same number of queries wherever the claim stands.
    same = open_claims.filter(priority=claim.priority, pk__gt=claim.pk).order_by("pk").first()
    lower = open_claims.filter(priority__lt=claim.priority).order_by("-priority", "pk").first()
    return same or lower or open_claims.order_by("-priority", "pk").first()


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
    latest = claim.reviews.filter(corrections__isnull=True).order_by("-created_at", "-id").first()
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
