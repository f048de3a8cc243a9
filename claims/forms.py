"""Forms on the claim page. Each carries the claim version it was loaded with (optimistic locking)."""

from __future__ import annotations

from django import forms

from claims.models import Verdict


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
    reason = forms.CharField(required=False, max_length=80)


class AssignForm(VersionedForm):
    assign = forms.ChoiceField(choices=[("me", "Assign to me"), ("nobody", "Unassign")])
