"""Audit exports from the admin: actions on selected claims or articles, and an article page view.

Plain functions here; ``claims/admin.py`` lists the actions and ``factcheck/urls.py``
includes ``claims.exports.urls``. Text formats stream (StreamingHttpResponse over the
same chunked renderers the command uses); the PDF is laid out whole by WeasyPrint.
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone

from claims.exports.formats import FORMATS, Format, coalesce
from claims.exports.options import Options
from claims.exports.selection import Selection
from claims.models import Article, Claim

# The formats offered in the admin, in menu order (the findings CSV is the command's --findings).
ADMIN_FORMATS = ["html", "pdf", "json", "csv", "findings", "md", "claimreview"]


def export_response(request: HttpRequest, selection: Selection, fmt: Format, stem: str) -> HttpResponseBase:
    options = Options(base_url=request.build_absolute_uri("/"), chunk_size=fmt.chunk_size)
    blocks = coalesce(fmt.render(selection, options))
    if fmt.binary:
        response: HttpResponseBase = HttpResponse(b"".join(blocks), content_type=fmt.content_type)
    else:
        response = StreamingHttpResponse(blocks, content_type=fmt.content_type)
    stamp = timezone.now().strftime("%Y%m%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="{stem}-{stamp}.{fmt.extension}"'
    return response


def _claims_action(fmt: Format) -> Callable[..., HttpResponseBase]:
    def action(modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet[Claim]) -> HttpResponseBase:
        return export_response(request, Selection(claims_from=queryset), fmt, "audit-claims")

    action.__name__ = f"audit_export_{fmt.name}"
    return admin.action(description=f"Audit report of selected claims: {fmt.label}", permissions=["view"])(action)


def _articles_action(fmt: Format) -> Callable[..., HttpResponseBase]:
    def action(modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet[Article]) -> HttpResponseBase:
        ids = tuple(queryset.order_by("pk").values_list("pk", flat=True))
        return export_response(request, Selection(article_ids=ids), fmt, "audit-articles")

    action.__name__ = f"audit_export_{fmt.name}"
    return admin.action(description=f"Audit report of selected articles: {fmt.label}", permissions=["view"])(action)


CLAIM_ACTIONS = [_claims_action(FORMATS[name]) for name in ADMIN_FORMATS]
ARTICLE_ACTIONS = [_articles_action(FORMATS[name]) for name in ADMIN_FORMATS]


def article_export(request: HttpRequest, pk: int, fmt: str) -> HttpResponseBase:
    """One article's audit report; the button on the article's admin page links here."""
    if not (request.user.has_perm("claims.view_article") and request.user.has_perm("claims.view_claim")):
        raise PermissionDenied
    if fmt not in ADMIN_FORMATS:
        raise Http404(f"unknown format {fmt!r}")
    article = get_object_or_404(Article, pk=pk)
    return export_response(request, Selection(article_ids=(article.pk,)), FORMATS[fmt], f"audit-article-{article.pk}")
