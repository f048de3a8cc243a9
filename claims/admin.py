"""Admin for articles, claims, check runs and reviews."""

from __future__ import annotations

from django.contrib import admin
from django.db.models import Count, QuerySet
from django.http import HttpRequest
from simple_history.admin import SimpleHistoryAdmin

from claims.models import Article, CheckResult, CheckRun, Claim, Review


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "publisher", "published", "source_format", "claim_count", "imported_at"]
    list_filter = ["source_format", "publisher", "published"]
    search_fields = ["title", "url", "publisher", "body"]
    date_hierarchy = "imported_at"
    readonly_fields = ["content_hash", "imported_at", "source_format"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Article]:
        return super().get_queryset(request).annotate(n_claims=Count("claims"))

    @admin.display(description="Claims", ordering="n_claims")
    def claim_count(self, obj: Article) -> int:
        return obj.n_claims


class ReviewInline(admin.TabularInline):
    model = Review
    extra = 0
    fields = ["verdict", "rationale", "evidence_url", "reviewer", "created_at"]
    readonly_fields = ["reviewer", "created_at"]


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    list_display = ["surface", "subject", "metric", "article", "status", "verdict", "priority", "assignee"]
    list_filter = ["status", "verdict", "metric", "origin", "assignee"]
    search_fields = ["surface", "text", "subject", "article__title"]
    list_select_related = ["article", "assignee"]
    raw_id_fields = ["article"]
    readonly_fields = ["reading", "version", "created_at", "updated_at"]
    inlines = [ReviewInline]


class CheckResultInline(admin.TabularInline):
    model = CheckResult
    extra = 0
    fields = ["check_name", "status", "severity", "message", "within_rounding"]
    readonly_fields = fields
    can_delete = False
    show_change_link = True


@admin.register(CheckRun)
class CheckRunAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "article",
        "engine_version",
        "started_at",
        "passed",
        "failed",
        "indeterminate",
        "superseded_at",
    ]
    list_filter = ["engine_version", "started_at"]
    search_fields = ["article__title"]
    list_select_related = ["article"]
    inlines = [CheckResultInline]


@admin.register(CheckResult)
class CheckResultAdmin(admin.ModelAdmin):
    list_display = ["check_name", "status", "severity", "message", "run"]
    list_filter = ["status", "severity", "check_name"]
    search_fields = ["message", "check_name", "run__article__title"]
    list_select_related = ["run", "run__article"]
    raw_id_fields = ["run", "claims"]


@admin.register(Review)
class ReviewAdmin(SimpleHistoryAdmin):
    list_display = ["claim", "verdict", "reviewer", "created_at"]
    list_filter = ["verdict", "reviewer"]
    search_fields = ["rationale", "claim__surface", "claim__text"]
    list_select_related = ["claim", "reviewer"]
    raw_id_fields = ["claim"]
