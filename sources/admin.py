"""Admin for sources and evidence links.

A source's text is read-only for everyone once stored (claims.text_admin); a primary source's
details are changed only by those with ``change_primary_source`` (editors), never by reviewers.
Evidence is not typed here: it is attached on the claim page by picking a passage
(sources.picker), and this admin only lists and shows it.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Case, Count, Q, QuerySet, When
from django.forms import ModelForm
from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern, path
from django.utils.html import format_html
from django.utils.text import Truncator
from simple_history.admin import SimpleHistoryAdmin

from claims.text_admin import StoredTextAdmin
from sources.models import Evidence, Source, SourceKind, Stance
from sources.picker import attach_view

EVIDENCE_FIELDS = ["claim", "source", "stance", "passage_preview", "note", "comparison_note", "score", "linked_by"]


def may_change_primary(request: HttpRequest) -> bool:
    return request.user.has_perm("sources.change_primary_source")


class EvidenceInline(admin.TabularInline):
    """On a source's page: the claims it supports, contradicts or mentions, contradictions first."""

    model = Evidence
    fk_name = "source"
    extra = 0
    fields = ["claim", "claim_article", "stance", "passage_preview", "score", "linked_by"]
    readonly_fields = fields
    can_delete = False
    verbose_name_plural = "claims this source speaks to"

    def has_add_permission(self, request: HttpRequest, obj: Source | None = None) -> bool:
        return False  # evidence is attached on the claim page, by picking a passage

    def has_change_permission(self, request: HttpRequest, obj: Source | None = None) -> bool:
        return False

    def get_queryset(self, request: HttpRequest) -> QuerySet[Evidence]:
        stance_order = Case(When(stance=Stance.CONTRADICTS, then=0), When(stance=Stance.SUPPORTS, then=1), default=2)
        return (
            super()
            .get_queryset(request)
            .select_related("claim__article", "linked_by")
            .order_by(stance_order, "claim__article_id", "claim__start")
        )

    @admin.display(description="Article")
    def claim_article(self, obj: Evidence) -> str:
        return obj.claim.article.title if obj.claim_id else ""

    @admin.display(description="Passage")
    def passage_preview(self, obj: Evidence) -> str:
        return Truncator(obj.quote).chars(200)


@admin.register(Source)
class SourceAdmin(StoredTextAdmin, admin.ModelAdmin):
    list_display = ["title", "kind", "publisher", "published", "supports", "contradicts", "imported_at"]
    list_filter = ["kind", "source_format", "publisher"]
    search_fields = ["title", "url", "publisher", "body"]
    add_fields = ["title", "url", "publisher", "published", "kind"]
    inlines = [EvidenceInline]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Source]:
        return (
            super()
            .get_queryset(request)
            .annotate(
                n_supports=Count("evidence", filter=Q(evidence__stance=Stance.SUPPORTS)),
                n_contradicts=Count("evidence", filter=Q(evidence__stance=Stance.CONTRADICTS)),
            )
        )

    def get_inline_instances(self, request: HttpRequest, obj: Source | None = None) -> list:
        return super().get_inline_instances(request, obj) if obj is not None else []  # no evidence before linking

    def has_change_permission(self, request: HttpRequest, obj: Source | None = None) -> bool:
        if obj is not None and obj.kind == SourceKind.PRIMARY and not may_change_primary(request):
            return False
        return super().has_change_permission(request, obj)

    def get_readonly_fields(self, request: HttpRequest, obj: Source | None = None) -> list[str]:
        readonly = super().get_readonly_fields(request, obj)
        if obj is not None and not may_change_primary(request):
            # Making a source primary makes its figures the organisation's own: editors decide that.
            readonly = [*readonly, "kind"]
        return readonly

    def may_revise(self, request: HttpRequest, earlier: Source) -> bool:
        if earlier.kind == SourceKind.PRIMARY and not may_change_primary(request):
            return False
        return super().may_revise(request, earlier)

    def get_fields(self, request: HttpRequest, obj: Source | None = None) -> list[str]:
        fields = super().get_fields(request, obj)
        if obj is None and not may_change_primary(request):
            return [name for name in fields if name != "kind"]  # a reviewer's new source is secondary
        return fields

    def save_model(self, request: HttpRequest, obj: Source, form: ModelForm, change: bool) -> None:
        super().save_model(request, obj, form, change)
        if not change and obj.revision_of_id is not None:  # linked again on save (sources.apps)
            made = Evidence.objects.filter(source=obj).count()
            messages.info(
                request,
                f"Linked the new revision again: {made} passage(s) found. "
                f"The links to the earlier version stay with source {obj.revision_of_id}.",
            )

    @admin.display(description="Supports", ordering="n_supports")
    def supports(self, obj: Source) -> int:
        return obj.n_supports

    @admin.display(description="Contradicts", ordering="n_contradicts")
    def contradicts(self, obj: Source) -> int:
        return obj.n_contradicts


@admin.register(Evidence)
class EvidenceAdmin(SimpleHistoryAdmin):
    """Lists and shows evidence; attaching it is done on the claim page (``attach/<claim>/``)."""

    list_display = ["claim", "source", "stance", "score", "linked_by", "created_at"]
    list_filter = ["stance", "source__kind"]
    search_fields = ["claim__surface", "claim__text", "source__title", "note"]
    list_select_related = ["claim", "source", "linked_by"]
    fields = EVIDENCE_FIELDS
    readonly_fields = EVIDENCE_FIELDS

    def get_urls(self) -> list[URLPattern]:
        attach = path("attach/<int:claim_id>/", self.admin_site.admin_view(attach_view), name="sources_evidence_attach")
        return [attach, *super().get_urls()]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # no form for offsets and scores: pick a passage on the claim page

    def has_change_permission(self, request: HttpRequest, obj: Evidence | None = None) -> bool:
        return False  # picking the same passage again on the claim page updates its stance and note

    def revert_disabled(self, request: HttpRequest, obj: Evidence | None = None) -> bool:
        return True

    def history_form_view(
        self, request: HttpRequest, object_id: str, version_id: str, extra_context: dict | None = None
    ) -> HttpResponse:
        # simple_history saves a POSTed past version even with revert disabled: refuse it here.
        if request.method == "POST":
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)

    @admin.display(description="Passage")
    def passage_preview(self, obj: Evidence) -> str:
        return format_html("<blockquote>{}</blockquote>", Truncator(obj.quote).chars(1000))

    @admin.display(description="Figures")
    def comparison_note(self, obj: Evidence) -> str:
        return str((obj.comparison or {}).get("note", ""))
