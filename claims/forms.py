"""Forms on the claim page. Each carries the claim version it was loaded with (optimistic locking)."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q, QuerySet
from django.utils import timezone

from claims.models import Review, Verdict


class VersionedForm(forms.Form):
    # The version of the claim the page showed; a save against any other version is refused.
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class VerdictForm(VersionedForm):
    verdict = forms.ChoiceField(choices=Verdict.choices, widget=forms.RadioSelect)
    rationale = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4, "cols": 70}),
        help_text="Required for every verdict: what you compared and why you decided.",
        strip=True,
    )
    evidence_url = forms.URLField(required=False, assume_scheme="https", label="Evidence URL (optional)")


class SignoffForm(VersionedForm):
    CONFIRM = "confirm"
    REOPEN = "reopen"
    decision = forms.ChoiceField(
        choices=[(CONFIRM, "Confirm the verdict"), (REOPEN, "Reopen: send it back to the queue")],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 70}),
        help_text="Optional when confirming; required when reopening.",
    )

    def clean(self) -> dict:
        data = super().clean()
        if data.get("decision") == self.REOPEN and not (data.get("note") or "").strip():
            self.add_error("note", "Say why the verdict is reopened.")
        return data


class ReopenForm(VersionedForm):
    # Required: undoing a finished verdict is a decision the history must explain.
    reason = forms.CharField(
        max_length=1000,
        widget=forms.TextInput(attrs={"size": 60}),
        label="Why reopen it",
        error_messages={"required": "Say why the verdict is reopened."},
    )


class AssignForm(VersionedForm):
    ME, NOBODY, OTHER = "me", "nobody", "other"
    assign = forms.ChoiceField(choices=[(ME, "Assign to me"), (NOBODY, "Unassign"), (OTHER, "Assign to")])
    # Only for editors (OTHER); the choice is limited to people who review claims.
    assignee = forms.ModelChoiceField(queryset=None, required=False, label="Assign to", empty_label="choose a person")
    # Set by the confirmation step when the claim is someone else's.
    confirm = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = reviewers()

    def clean(self) -> dict:
        data = super().clean()
        if data.get("assign") == self.OTHER and not data.get("assignee"):
            self.add_error("assignee", "Choose who to assign the claim to.")
        return data


class CorrectionForm(VersionedForm):
    review = forms.ModelChoiceField(queryset=Review.objects.none(), label="Review to correct", empty_label=None)
    rationale = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3, "cols": 70}),
        label="Corrected reasons",
        help_text="The review stays as it was; this one is added after it, under your name, and names it.",
    )
    evidence_url = forms.URLField(required=False, assume_scheme="https", label="Evidence URL (optional)")

    def __init__(self, *args: object, reviews: QuerySet[Review], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["review"].queryset = reviews
        self.fields["review"].label_from_instance = _review_label


def _review_label(review: Review) -> str:
    when = timezone.localtime(review.created_at).strftime("%Y-%m-%d %H:%M")
    return f"{review.get_verdict_display()} by {review.reviewer.get_username()}, {when}"


def reviewers() -> QuerySet:
    """Active people who may give verdicts (directly, through a role, or as superusers)."""
    permission = Q(codename="add_review", content_type__app_label="claims")
    users = get_user_model().objects.filter(is_active=True, is_staff=True)
    granted = Permission.objects.filter(permission)
    return (
        users.filter(Q(is_superuser=True) | Q(user_permissions__in=granted) | Q(groups__permissions__in=granted))
        .distinct()
        .order_by("username")
    )
