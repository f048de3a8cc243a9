"""The home page for reviewers and editors: the work waiting, and where it is worst.

It replaces the admin's index for signed-in staff (factcheck/urls.py routes /admin/ here); the
admin's list of apps stays on the page, below. Every count is a link to the queue filtered to
exactly those claims. A person who may not see claims sees only the list of apps.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.contrib import admin
from django.db.models import Count, Q
from django.db.models.functions import TruncWeek
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.safestring import SafeString

from claims import wording
from claims.models import Article, CheckResult, CheckRun, Claim, ClaimStatus, ResultStatus, RunStatus, Severity
from claims.queue import OPEN_STATUSES, flagged_claim_ids
from claims.review import can_sign_off

RECENT_DAYS = 7
WORST_ARTICLES = 5
CHART_WEEKS = 8
CHART_CHECKS = 6


@dataclass
class Figure:
    label: str
    count: int
    url: str
    note: str = ""
    css: str = ""


@dataclass
class WorstArticle:
    article: Article
    failed: int
    undecided: int
    open_claims: int
    queue_url: str


def queue_url(**params: Any) -> str:
    base = reverse("admin:claims_claim_changelist")
    return f"{base}?{urlencode(params)}" if params else base


def open_by_severity() -> list[Figure]:
    """Open claims with a failed or undecided result, by how serious, and all open claims."""
    open_claims = Claim.objects.filter(status__in=OPEN_STATUSES)
    figures = [
        Figure("Errors", open_claims.filter(pk__in=flagged_claim_ids(severity=Severity.ERROR)).count(),
               queue_url(severity=Severity.ERROR), "failed checks, certain", "error"),
        Figure("Warnings", open_claims.filter(pk__in=flagged_claim_ids(severity=Severity.WARNING)).count(),
               queue_url(severity=Severity.WARNING), "failed checks to look at", "warning"),
        Figure("Notes and undecided", open_claims.filter(pk__in=flagged_claim_ids(severity=Severity.INFO)).count(),
               queue_url(severity=Severity.INFO), "checks that could not decide", "indeterminate"),
    ]  # fmt: skip
    sentences = open_claims.values("article_id", "sentence_start").distinct().count()
    figures.append(
        Figure("All open claims", open_claims.count(), queue_url(), f"in {wording.count(sentences, 'sentence')}: "
               "the queue shows one row for each")
    )  # fmt: skip
    return figures


def people_figures(user: Any) -> list[Figure]:
    """Mine, unassigned, awaiting sign-off (worded for an editor as theirs to do) and recently finished."""
    open_claims = Claim.objects.filter(status__in=OPEN_STATUSES)
    since = (timezone.now() - timedelta(days=RECENT_DAYS)).replace(second=0, microsecond=0)
    awaiting = Claim.objects.filter(status=ClaimStatus.AWAITING_SIGNOFF)
    editor = can_sign_off(user)
    mine = Figure(
        "Mine", open_claims.filter(assignee=user).count(), queue_url(assignee="mine"), "open claims assigned to you"
    )
    unassigned = Figure(
        "Unassigned",
        open_claims.filter(assignee__isnull=True).count(),
        queue_url(assignee="unassigned"),
        "open claims nobody has taken",
    )
    signoff = Figure(
        "Awaiting my sign-off" if editor else "Awaiting an editor's sign-off",
        awaiting.count(),
        queue_url(status__exact=ClaimStatus.AWAITING_SIGNOFF),
        "verdicts for you to confirm or reopen" if editor else "verdicts an editor must confirm",
    )
    finished = Figure(
        f"Finished in the last {RECENT_DAYS} days",
        Claim.objects.filter(status=ClaimStatus.REVIEWED, updated_at__gte=since).count(),
        queue_url(status__exact=ClaimStatus.REVIEWED, updated_at__gte=since.isoformat(timespec="minutes")),
        "verdicts given or signed off",
    )
    figures = [mine, unassigned, signoff, finished]
    return figures


def worst_articles() -> list[WorstArticle]:
    """Articles whose current run failed most, then was undecided most, with their open claims."""
    runs = list(
        CheckRun.objects.filter(superseded_at__isnull=True, status=RunStatus.FINISHED)
        .filter(Q(failed__gt=0) | Q(indeterminate__gt=0))
        .select_related("article")
        .order_by("-failed", "-indeterminate", "-started_at")[:WORST_ARTICLES]
    )
    # Counted for these few articles only, not grouped over every article's claims.
    open_claims = dict(
        Claim.objects.filter(article_id__in=[run.article_id for run in runs], status__in=OPEN_STATUSES)
        .values("article_id")
        .annotate(n=Count("pk"))
        .values_list("article_id", "n")
    )
    return [
        WorstArticle(
            article=run.article,
            failed=run.failed,
            undecided=run.indeterminate,
            open_claims=open_claims.get(run.article_id, 0),
            queue_url=queue_url(article=run.article_id),
        )
        for run in runs
    ]


def findings_by_week(today: date | None = None) -> tuple[list[date], list[tuple[str, str, list[int]]]]:
    """Failed and undecided results of current runs, by check and by the week the article was checked.

    Returns the weeks (Mondays, oldest first) and, for the checks that found most, (check name,
    title, count per week).
    """
    today = today or timezone.localdate()
    this_week = today - timedelta(days=today.weekday())
    weeks = [this_week - timedelta(weeks=n) for n in range(CHART_WEEKS - 1, -1, -1)]
    rows = (
        CheckResult.objects.filter(
            run__superseded_at__isnull=True,
            status__in=[ResultStatus.FAIL, ResultStatus.INDETERMINATE],
            run__started_at__date__gte=weeks[0],
        )
        .annotate(week=TruncWeek("run__started_at"))
        .values("check_name", "week")
        .annotate(n=Count("pk"))
    )
    by_check: dict[str, dict[date, int]] = {}
    for row in rows:
        week = row["week"].date() if hasattr(row["week"], "date") else row["week"]
        by_check.setdefault(row["check_name"], {})[week] = row["n"]
    top = sorted(by_check, key=lambda name: (-sum(by_check[name].values()), name))[:CHART_CHECKS]
    return weeks, [(name, wording.check_title(name), [by_check[name].get(w, 0) for w in weeks]) for name in top]


def findings_chart(weeks: list[date], series: list[tuple[str, str, list[int]]]) -> SafeString:
    """A small inline SVG: one row of weekly bars per check, each row's title a link to the queue."""
    if not series:
        return format_html('<p class="fc-quiet" id="fc-chart-empty">{}</p>', "No failed or undecided checks yet.")
    label_width, bar, gap, row_height = 190, 22, 4, 30
    width = label_width + len(weeks) * (bar + gap) + 40
    height = row_height * len(series) + 24
    peak = max(max(counts) for _, _, counts in series) or 1
    rows = []
    for index, (name, title, counts) in enumerate(series):
        top = index * row_height
        bars = []
        for column, n in enumerate(counts):
            h = 0 if n == 0 else max(2, round((row_height - 8) * n / peak))
            x = label_width + column * (bar + gap)
            bars.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" class="fc-bar"><title>{}: {} in the week of {}</title>'
                    "</rect>",
                    x,
                    top + row_height - 4 - h,
                    bar,
                    h,
                    title,
                    n,
                    weeks[column].strftime("%-d %b"),
                )
            )
        total = sum(counts)
        rows.append(
            format_html(
                '<g class="fc-chart-row"><a href="{}"><text x="0" y="{}" class="fc-chart-label">{}</text></a>{}'
                '<text x="{}" y="{}" class="fc-chart-total">{}</text>'
                '<line x1="{}" x2="{}" y1="{}" y2="{}" class="fc-chart-base"/></g>',
                queue_url(check=name),
                top + row_height - 8,
                title,
                format_html_join("", "{}", ((b,) for b in bars)),
                label_width + len(weeks) * (bar + gap) + 4,
                top + row_height - 8,
                total,
                label_width,
                label_width + len(weeks) * (bar + gap) - gap,
                top + row_height - 4,
                top + row_height - 4,
            )
        )
    axis = format_html_join(
        "",
        '<text x="{}" y="{}" class="fc-chart-week">{}</text>',
        (
            (label_width + column * (bar + gap), height - 6, week.strftime("%-d %b"))
            for column, week in enumerate(weeks)
            if (len(weeks) - 1 - column) % 2 == 0  # every other week, ending on this one
        ),
    )
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="fc-chart" id="fc-chart" width="{}" height="{}" '
        'viewBox="0 0 {} {}" role="img" aria-label="{}">{}{}</svg>',
        width, height, width, height,
        "Failed and undecided checks by week, for the checks that found most",
        format_html_join("", "{}", ((row,) for row in rows)), axis,
    )  # fmt: skip


def home_context(request: HttpRequest) -> dict[str, Any]:
    user = request.user
    if not user.has_perm("claims.view_claim"):
        return {"home": None}
    weeks, series = findings_by_week()
    return {
        "home": {
            "severity": open_by_severity(),
            "people": people_figures(user),
            "editor": can_sign_off(user),
            "worst": worst_articles(),
            "chart": findings_chart(weeks, series),
            "recent_days": RECENT_DAYS,
        }
    }


def home_view(request: HttpRequest) -> HttpResponse:
    """The admin index for signed-in staff, with the work waiting on top and the apps below."""
    site = admin.site
    context = {
        **site.each_context(request),
        "title": "Claim review",
        "subtitle": None,
        "app_list": site.get_app_list(request),
        **home_context(request),
    }
    request.current_app = site.name
    return TemplateResponse(request, "claims/home.html", context)
