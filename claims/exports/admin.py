"""Audit exports from the admin: actions on selected claims or articles, and an article page view.

Plain functions here; ``claims/admin.py`` lists the actions and ``factcheck/urls.py``
includes ``claims.exports.urls``. The actions start a background task (``claims.tasks``) and
return at once with a link to the task's page, which shows its progress and offers the file.
The article page's buttons post to ``article_export``, which starts the same task; a GET of that
address (a script, a saved link) still answers in the request: text formats stream
(StreamingHttpResponse over the same chunked renderers the command uses); the PDF is laid out
whole by WeasyPrint.
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone

from claims import jobs_admin  # registers the task and token admin pages
from claims.exports.claimreview import NoPublicAddress, public_address
from claims.exports.formats import FORMATS, Format, coalesce
from claims.exports.options import Options
from claims.exports.selection import Selection
from claims.models import Article, BackgroundJob, Claim, JobKind

# The most claims one export from the queue names; a bigger one is made from their articles instead.
MAX_EXPORT_CLAIMS = 10_000

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


def refused(request: HttpRequest, fmt: Format) -> bool:
    """Whether this format cannot be made here; the reason is shown to the person who asked."""
    if fmt.name == "claimreview":
        try:
            public_address(Options())
        except NoPublicAddress as error:
            messages.error(request, str(error))
            return True
    return False


def start_export(request: HttpRequest, fmt: Format, params: dict, what: str) -> BackgroundJob | None:
    from claims.tasks import start_job

    if refused(request, fmt):
        return None
    params = {"format": fmt.name, "base_url": request.build_absolute_uri("/"), **params}
    job = start_job(JobKind.EXPORT, request.user, params)
    messages.success(request, jobs_admin.job_started_message(job, f"{fmt.label} report of {what}"))
    return job


def _claims_action(fmt: Format) -> Callable[..., None]:
    def action(modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        ids = list(queryset.order_by("pk").values_list("pk", flat=True)[: MAX_EXPORT_CLAIMS + 1])
        if len(ids) > MAX_EXPORT_CLAIMS:
            messages.error(
                request,
                f"More than {MAX_EXPORT_CLAIMS:,} claims are selected: export their articles instead "
                "(the article list's export actions), or filter the queue further.",
            )
            return
        start_export(request, fmt, {"claim_ids": ids, "stem": "audit-claims"}, f"{len(ids)} claim(s)")

    action.__name__ = f"audit_export_{fmt.name}"
    return admin.action(description=f"Audit report of selected claims: {fmt.label}", permissions=["view"])(action)


def _articles_action(fmt: Format) -> Callable[..., None]:
    def action(modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        ids = list(queryset.order_by("pk").values_list("pk", flat=True))
        start_export(request, fmt, {"article_ids": ids, "stem": "audit-articles"}, f"{len(ids)} article(s)")

    action.__name__ = f"audit_export_{fmt.name}"
    return admin.action(description=f"Audit report of selected articles: {fmt.label}", permissions=["view"])(action)


CLAIM_ACTIONS = [_claims_action(FORMATS[name]) for name in ADMIN_FORMATS]
ARTICLE_ACTIONS = [_articles_action(FORMATS[name]) for name in ADMIN_FORMATS]


def article_export(request: HttpRequest, pk: int, fmt: str) -> HttpResponseBase:
    """One article's audit report: a POST (the article page's buttons) starts it as a task, a GET
    (a script, a bookmarked link) answers with the file in the request."""
    if not (request.user.has_perm("claims.view_article") and request.user.has_perm("claims.view_claim")):
        raise PermissionDenied
    if fmt not in ADMIN_FORMATS:
        raise Http404(f"unknown format {fmt!r}")
    article = get_object_or_404(Article, pk=pk)
    if request.method == "POST":
        # The article page's buttons post here: the report is made by a worker and the page that
        # follows shows its progress and offers the file, so no button holds the browser.
        job = start_export(
            request,
            FORMATS[fmt],
            {"article_ids": [article.pk], "stem": f"audit-article-{article.pk}"},
            f"article {article.pk}",
        )
        if job is None:
            return redirect("admin:claims_article_change", article.pk)
        return redirect(jobs_admin.job_page(job))
    if refused(request, FORMATS[fmt]):
        return redirect("admin:claims_article_change", article.pk)
    return export_response(request, Selection(article_ids=(article.pk,)), FORMATS[fmt], f"audit-article-{article.pk}")
