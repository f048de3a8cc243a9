"""Admin for sources and evidence links."""

from __future__ import annotations

from django.contrib import admin
from django.db.models import Case, Count, Q, QuerySet, When
from django.forms import ModelForm
from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.text import Truncator
from simple_history.admin import SimpleHistoryAdmin

from sources.models import Evidence, Source, Stance


class EvidenceInline(admin.TabularInline):
    """On a source's page: the claims it supports, contradicts or mentions, contradictions first."""

    model = Evidence
    fk_name = "source"
    extra = 0
    fields = ["claim", "claim_article", "stance", "score", "start", "end", "linked_by"]
    raw_id_fields = ["claim"]
    readonly_fields = ["claim_article", "linked_by"]
    verbose_name_plural = "claims this source speaks to"

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


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "publisher", "published", "supports", "contradicts", "imported_at"]
    list_filter = ["kind", "source_format", "publisher"]
    search_fields = ["title", "url", "publisher", "body"]
    readonly_fields = ["content_hash", "imported_at"]
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

    @admin.display(description="Supports", ordering="n_supports")
    def supports(self, obj: Source) -> int:
        return obj.n_supports

    @admin.display(description="Contradicts", ordering="n_contradicts")
    def contradicts(self, obj: Source) -> int:
        return obj.n_contradicts


@admin.register(Evidence)
class EvidenceAdmin(SimpleHistoryAdmin):
    list_display = ["claim", "source", "stance", "score", "linked_by", "created_at"]
    list_filter = ["stance", "source__kind"]
    search_fields = ["claim__surface", "claim__text", "source__title"]
    list_select_related = ["claim", "source", "linked_by"]
    raw_id_fields = ["claim", "source"]
    readonly_fields = ["linked_by", "passage_preview"]

    @admin.display(description="Passage")
    def passage_preview(self, obj: Evidence) -> str:
        if obj.pk is None:
            return "(shown after saving)"
        return format_html("<blockquote>{}</blockquote>", Truncator(obj.passage).chars(1000))

    def save_model(self, request: HttpRequest, obj: Evidence, form: ModelForm, change: bool) -> None:
        # Evidence a person links is theirs: it marks the claim as worked on, so re-extraction keeps it.
        if not change and obj.linked_by_id is None:
            obj.linked_by = request.user
        super().save_model(request, obj, form, change)
