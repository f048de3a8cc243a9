"""A claim's history as a reviewer reads it: who did what, when, in plain words.

The rows come from django-simple-history (written by :mod:`claims.review` with the signed-in
user and a reason) and from the claim's reviews, merged in time order. Nobody is shown as
"None": a change no person made is "factcheck (automatic)" (the pipeline storing what it
extracted), and a claim with no assignee is "Unassigned" (claims.wording).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.contrib.auth import get_user_model
from django.utils import timezone

from claims import wording
from claims.models import Claim

SYSTEM = wording.PIPELINE
UNASSIGNED = wording.UNASSIGNED
BULK_PREFIX = "Bulk action: "
_KINDS = {"+": "Stored the claim", "~": "Changed the claim", "-": "Deleted the claim"}


@dataclass
class AccountEntry:
    when: datetime
    who: str
    what: str
    changes: list[tuple[str, str, str]] = field(default_factory=list)  # (label, before, after)
    quote: str = ""  # a review's reasons, shown as written
    bulk: bool = False


def _status(value: str) -> str:
    return wording.claim_status(value) if value else ""


def _verdict(value: str) -> str:
    return wording.verdict(value)


def history_account(claim: Claim) -> list[AccountEntry]:
    """Every recorded change of the claim and every review of it, oldest first."""
    rows = list(
        Claim.history.filter(id=claim.pk)
        .order_by("history_date", "history_id")
        .values(
            "history_date", "history_type", "history_change_reason", "history_user__username",
            "status", "verdict", "assignee_id",
        )
    )  # fmt: skip
    user_ids = {row["assignee_id"] for row in rows if row["assignee_id"]}
    names = dict(get_user_model().objects.filter(pk__in=user_ids).values_list("pk", "username"))

    def person(pk: int | None) -> str:
        return names.get(pk, f"user #{pk}") if pk else UNASSIGNED

    entries: list[AccountEntry] = []
    if not rows:
        entries.append(
            AccountEntry(
                when=claim.created_at,
                who=SYSTEM,
                what="Stored the claim as extracted; nobody has changed it since",
                changes=[("Status", "", _status(claim.status)), ("Assigned to", "", person(claim.assignee_id))],
            )
        )
    previous: dict[str, Any] | None = None
    for row in rows:
        reason = (row["history_change_reason"] or "").strip()
        bulk = reason.startswith(BULK_PREFIX)
        if bulk:
            reason = reason[len(BULK_PREFIX) :]
        compared = [
            ("Status", _status, "status"),
            ("Verdict", _verdict, "verdict"),
            ("Assigned to", person, "assignee_id"),
        ]
        if previous is None:
            changes = [(label, "", show(row[key])) for label, show, key in compared]
        else:
            changes = [
                (label, show(previous[key]), show(row[key]))
                for label, show, key in compared
                if previous[key] != row[key]
            ]
        entries.append(
            AccountEntry(
                when=row["history_date"],
                who=row["history_user__username"] or SYSTEM,
                what=reason or _KINDS.get(row["history_type"], "Changed the claim"),
                changes=changes,
                bulk=bulk,
            )
        )
        previous = row
    for review in claim.reviews.select_related("reviewer", "corrects__reviewer").order_by("created_at", "id"):
        if review.corrects_id:
            earlier = review.corrects
            what = f"Corrected the review {earlier.reviewer.get_username()} wrote on {_date(earlier.created_at)}"
        else:
            what = f"Wrote a review: {review.get_verdict_display()}"
        entries.append(
            AccountEntry(when=review.created_at, who=review.reviewer.get_username(), what=what, quote=review.rationale)
        )
    # Stable: a verdict's history row is written just before its review, so the review follows it.
    entries.sort(key=lambda entry: entry.when)
    return entries


def _date(when: datetime) -> str:
    return timezone.localtime(when).strftime("%Y-%m-%d %H:%M")
