"""The claim page's evidence picker: search a source or take a suggestion, pick a sentence, say
what it does for the claim, write a note. The server works out everything else (``sources.passages``).
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import urlencode

from claims.models import Claim
from sources.models import Stance
from sources.passages import (
    PassageError,
    attach,
    current_sources,
    judge,
    labelled,
    marked,
    passage_by_key,
    search,
    suggestions,
)

# What a browser never sends: the server computes these. A request that carries them was made by hand.
COMPUTED_FIELDS = ("start", "end", "score", "comparison", "quote", "linked_by", "source_span", "claim", "source")
STANCE_CHOICES = [
    (Stance.SUPPORTS, "Supports the claim"),
    (Stance.CONTRADICTS, "Contradicts the claim"),
    (Stance.MENTIONS, "Only mentions it"),
]
# Candidates whose figures are compared on the page: each costs a read of one sentence.
JUDGED_ON_PAGE = 25


class AttachForm(forms.Form):
    passage = forms.CharField(error_messages={"required": "Pick a passage from the list first."})
    stance = forms.ChoiceField(
        choices=STANCE_CHOICES,
        widget=forms.RadioSelect,
        label="The passage",
        error_messages={"required": "Choose whether the passage supports, contradicts or only mentions the claim."},
    )
    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2, "cols": 70}),
        max_length=2000,
        label="Your note",
        help_text="Why this passage is evidence for or against the claim, for the next reader.",
        error_messages={"required": "Write a note: why is this passage evidence?"},
    )


def may_attach(user: Any) -> bool:
    return bool(user.has_perm("sources.add_evidence") and user.has_perm("claims.change_claim"))


def picker_context(request: HttpRequest, claim: Claim) -> dict[str, Any]:
    """What the evidence section's picker shows: the search form, suggestions and results."""
    if not may_attach(request.user):
        return {"can_attach": False}
    query = request.GET.get("evidence_q", "").strip()[:200]
    chosen = request.GET.get("evidence_source", "")
    sources = current_sources()
    searched = sources.filter(pk=int(chosen)) if chosen.isdigit() else sources
    results = search(searched, query) if query else []
    suggested = suggestions(claim)
    candidates = []
    for number, (picked, evidence) in enumerate([*suggested, *((p, None) for p in results)]):
        judgement = judge(claim, picked) if number < JUDGED_ON_PAGE else None
        candidates.append(
            {
                "passage": picked,
                "html": marked(picked.text, query),
                "suggested": evidence is not None,
                "linked_as": evidence.get_stance_display() if evidence is not None else "",
                "figures": judgement.note if judgement is not None else "",
                "figures_say": dict(STANCE_CHOICES)[judgement.stance] if judgement and judgement.comparison else "",
            }
        )
    return {
        "can_attach": True,
        "claim": claim,
        "query": query,
        "chosen_source": int(chosen) if chosen.isdigit() else None,
        "sources": labelled(sources.only("pk", "title", "kind").order_by("title", "pk")[:500]),
        "suggested": [c for c in candidates if c["suggested"]],
        "results": [c for c in candidates if not c["suggested"]],
        "searched": bool(query),
        "form": AttachForm(),
        "attach_url": reverse("admin:sources_evidence_attach", args=[claim.pk]),
        "page_url": reverse("admin:claims_claim_change", args=[claim.pk]),
    }


def attach_view(request: HttpRequest, claim_id: int) -> HttpResponse:
    """POST only: link the picked passage and go back to the claim page."""
    if request.method != "POST":
        return HttpResponseBadRequest("Pick a passage on the claim page.", content_type="text/plain")
    if not may_attach(request.user):
        raise PermissionDenied
    claim = Claim.objects.filter(pk=claim_id).first()
    if claim is None:
        raise Http404("No such claim.")
    sent = sorted(name for name in COMPUTED_FIELDS if name in request.POST)
    if sent:
        return HttpResponseBadRequest(
            f"Refused: {', '.join(sent)} cannot be sent; the server works them out from the passage you pick.",
            content_type="text/plain",
        )
    page = reverse("admin:claims_claim_change", args=[claim.pk])
    back = page + _search_params(request) + "#fc-evidence"
    form = AttachForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return HttpResponseRedirect(back)
    try:
        picked = passage_by_key(form.cleaned_data["passage"])
        if picked.source.revisions.exists():
            raise PassageError(f"“{picked.source}” has a newer revision: quote that one.")
        existing = claim.evidence.filter(source=picked.source, start=picked.start, end=picked.end).exists()
        if existing and not request.user.has_perm("sources.change_evidence"):
            raise PermissionDenied
        evidence, judgement, created = attach(
            claim,
            picked,
            stance=form.cleaned_data["stance"],
            note=form.cleaned_data["note"],
            user=request.user,
        )
    except PassageError as error:
        messages.error(request, str(error))
        return HttpResponseRedirect(back)
    verb = "Linked" if created else "Updated the link to"
    does = {Stance.SUPPORTS: "supports the claim", Stance.CONTRADICTS: "contradicts the claim"}
    messages.success(
        request,
        f"{verb} sentence {picked.number} of “{picked.source}”: it {does.get(evidence.stance, 'only mentions it')}.",
    )
    if judgement.stance != evidence.stance and judgement.comparison is not None:
        messages.warning(request, f"Check this: the figures say otherwise ({judgement.note}).")
    return HttpResponseRedirect(page + "#fc-evidence")


def _search_params(request: HttpRequest) -> str:
    params = {key: request.POST[key] for key in ("evidence_q", "evidence_source") if request.POST.get(key)}
    return "?" + urlencode(params) if params else ""
