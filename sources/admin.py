"""Admin for sources and evidence links."""

from __future__ import annotations

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from sources.models import Evidence, Source


class EvidenceInline(admin.TabularInline):
    model = Evidence
    fk_name = "source"
    extra = 0
    fields = ["claim", "stance", "score", "start", "end", "linked_by"]
    raw_id_fields = ["claim"]
    readonly_fields = ["linked_by"]


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "publisher", "published", "imported_at"]
    list_filter = ["kind", "source_format", "publisher"]
    search_fields = ["title", "url", "publisher", "body"]
    readonly_fields = ["content_hash", "imported_at"]
    inlines = [EvidenceInline]


@admin.register(Evidence)
class EvidenceAdmin(SimpleHistoryAdmin):
    list_display = ["claim", "source", "stance", "score", "linked_by", "created_at"]
    list_filter = ["stance", "source__kind"]
    search_fields = ["claim__surface", "claim__text", "source__title"]
    list_select_related = ["claim", "source", "linked_by"]
    raw_id_fields = ["claim", "source"]
