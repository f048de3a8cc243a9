"""The article page as the reviewer's reading view: the stored text with every claim marked.

Each claim's exact span becomes a link to its claim page, coloured by the worst result of the
article's current check run (failed, undecided, passed; unchecked claims stay plain). Beside the
text: the findings grouped by check, how much of the article the checks covered, the sources
linked and the verdicts given so far.

Article text is user input: the marked text is assembled from ``format_html`` pieces only, so
every character of the body is escaped and no markup of the article's survives.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Q
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from claims import wording
from claims.claim_page import badge
from claims.models import Article, CheckResult, CheckRun, Claim, Review, RunStatus
from claims.queue import BADGES, result_rank
from sources.models import Evidence, Stance

# The article page's keys (claims/static/claims/keyboard.js), shown in its legend.
ARTICLE_KEYS = [
    (("j", "k"), "next / previous marked figure"),
    (("Enter", "o"), "open its claim"),
    (("q",), "the queue"),
]

# rank (claims.queue.result_rank) -> the mark's colour class.
MARK_CLASSES = {6: "fail", 5: "fail", 4: "fail", 3: "indeterminate", 2: "indeterminate", 1: "pass", 0: "none"}


@dataclass
class FindingView:
    result: CheckResult
    badge: SafeString
    claims: list[Claim]


@dataclass
class CheckGroup:
    check: str
    title: str
    description: str
    worst: int
    findings: list[FindingView] = field(default_factory=list)

    @property
    def all_passed(self) -> bool:
        return self.worst <= 1


@dataclass
class SourceView:
    pk: int
    title: str
    kind: str
    links: int
    stances: str


@dataclass
class VerdictView:
    claim: Claim
    status: str
    verdict: str
    by: str


@dataclass
class ArticleReading:
    marked_text: SafeString
    run: CheckRun | None
    groups: list[CheckGroup]
    coverage: str
    coverage_percent: int | None
    counts: dict[str, int]
    sources: list[SourceView]
    verdicts: list[VerdictView]
    legend: list[tuple[str, str]]
    keys: list = field(default_factory=lambda: ARTICLE_KEYS)


def current_run(article: Article) -> CheckRun | None:
    """The article's run in force: the latest finished one not superseded."""
    return (
        CheckRun.objects.filter(article=article, superseded_at__isnull=True, status=RunStatus.FINISHED)
        .order_by("-started_at", "-id")
        .first()
    )


def marked_text(body: str, claims: list[Claim], ranks: dict[int, int], reasons: dict[int, str]) -> SafeString:
    """The body with each claim's span as a link to its claim page, classed by its worst result.

    A span that overlaps one already marked is left unmarked (the claim is still reachable from
    the findings and the queue): marks never nest.
    """
    parts: list[SafeString] = [format_html('<p class="{}">', "fc-para")]
    at = 0

    def plain(text: str) -> None:
        # One paragraph a line in stored bodies: each line break starts a new paragraph.
        for index, line in enumerate(text.split("\n")):
            if index:
                parts.append(format_html('</p><p class="{}">', "fc-para"))
            parts.append(format_html("{}", line))

    for claim in sorted(claims, key=lambda c: (c.start, -c.end)):
        if claim.start < at or claim.end > len(body) or claim.start >= claim.end:
            continue
        rank = ranks.get(claim.pk, 0)
        plain(body[at : claim.start])
        parts.append(
            format_html(
                '<a href="{}" class="fc-mark fc-mark-{}" data-fc-item id="fc-mark-{}" title="{}">{}</a>',
                reverse("admin:claims_claim_change", args=[claim.pk]),
                MARK_CLASSES.get(rank, "none"),
                claim.pk,
                reasons.get(claim.pk, wording.RESULTS[""]),
                body[claim.start : claim.end],
            )
        )
        at = claim.end
    plain(body[at:])
    parts.append(format_html("{}</p>", ""))
    return format_html_join("", "{}", ((part,) for part in parts))


def article_reading(article: Article) -> ArticleReading:
    """Everything the reading view shows, in a fixed number of queries."""
    claims = list(article.claims.select_related("assignee").order_by("start"))
    by_pk = {claim.pk: claim for claim in claims}
    run = current_run(article)
    results: list[CheckResult] = []
    members: dict[int, list[int]] = {}
    if run is not None:
        results = list(run.results.order_by("id"))
        through = CheckResult.claims.through.objects.filter(checkresult__run=run).values_list(
            "checkresult_id", "claim_id"
        )
        for result_id, claim_id in through:
            members.setdefault(result_id, []).append(claim_id)
    ranks: dict[int, int] = {}
    reasons: dict[int, str] = {}
    groups: dict[str, CheckGroup] = {}
    for result in results:
        rank = result_rank(result.status, result.severity)
        for claim_id in members.get(result.pk, []):
            if rank > ranks.get(claim_id, 0):
                ranks[claim_id] = rank
                reasons[claim_id] = wording.finding_reason(result.status, result.severity, result.check_name)
        group = groups.setdefault(
            result.check_name,
            CheckGroup(
                check=result.check_name,
                title=wording.check_title(result.check_name),
                description=wording.check_description(result.check_name),
                worst=0,
            ),
        )
        group.worst = max(group.worst, rank)
        involved = sorted((by_pk[pk] for pk in members.get(result.pk, []) if pk in by_pk), key=lambda c: c.start)
        label = wording.finding_reason(result.status, result.severity, result.check_name).split(":", 1)[0]
        group.findings.append(FindingView(result=result, badge=badge(rank, label), claims=involved))
    for group in groups.values():
        group.findings.sort(key=lambda view: -result_rank(view.result.status, view.result.severity))
    ordered = sorted(groups.values(), key=lambda g: (-g.worst, g.title))

    counts = {"fail": 0, "indeterminate": 0, "pass": 0, "none": 0}
    for claim in claims:
        counts[MARK_CLASSES[ranks.get(claim.pk, 0)]] += 1

    coverage, percent = _coverage(run, len(claims))
    return ArticleReading(
        marked_text=marked_text(article.body, claims, ranks, reasons),
        run=run,
        groups=ordered,
        coverage=coverage,
        coverage_percent=percent,
        counts=counts,
        sources=_sources(article),
        verdicts=_verdicts(claims),
        legend=[(BADGES[rank][0], words) for rank, words in ((6, "Failed"), (2, "Undecided"), (1, "Passed"))]
        + [("none", "Not checked")],
    )


def _coverage(run: CheckRun | None, n_claims: int) -> tuple[str, int | None]:
    """How much of the article the checks reached: figures in at least one check, of all figures."""
    if run is None:
        return "Not checked yet: no finished check run.", None
    found = run.claims_found or n_claims
    if not found:
        return "No figures found to check.", None
    percent = round(100 * run.numbers_checked / found)
    return (
        f"{run.numbers_checked} of {wording.count(found, 'figure')} are in at least one check ({percent}%); "
        f"{wording.count(run.passed + run.failed + run.indeterminate, 'check')} "
        f"ran: {run.failed} failed, {run.indeterminate} undecided, {run.passed} passed.",
        percent,
    )


def _sources(article: Article) -> list[SourceView]:
    rows = (
        Evidence.objects.filter(claim__article=article)
        .values("source_id", "source__title", "source__kind")
        .annotate(
            links=Count("pk"),
            supports=Count("pk", filter=Q(stance=Stance.SUPPORTS)),
            contradicts=Count("pk", filter=Q(stance=Stance.CONTRADICTS)),
            mentions=Count("pk", filter=Q(stance=Stance.MENTIONS)),
        )
        .order_by("-links", "source__title")
    )
    views = []
    for row in rows:
        stances = wording.listing(
            [
                f"{row[key]} {word}"
                for key, word in (("contradicts", "contradict"), ("supports", "support"), ("mentions", "mention"))
                if row[key]
            ]
        )
        views.append(
            SourceView(
                pk=row["source_id"],
                title=row["source__title"],
                kind="primary" if row["source__kind"] == "primary" else "secondary",
                links=row["links"],
                stances=stances,
            )
        )
    return views


def _verdicts(claims: list[Claim]) -> list[VerdictView]:
    """Claims with a verdict or a review, or someone working on them: the verdict, and who gave
    the latest review (or holds the claim, when nobody has reviewed it yet)."""
    latest: dict[int, str] = {}
    reviews = Review.objects.filter(claim__in=[c.pk for c in claims]).order_by("-created_at", "-id")
    for claim_id, name in reviews.values_list("claim_id", "reviewer__username"):
        latest.setdefault(claim_id, name)
    return [
        VerdictView(
            claim=claim,
            status=wording.claim_status(claim.status),
            verdict=wording.verdict(claim.verdict),
            by=latest.get(claim.pk) or wording.person(claim.assignee.get_username() if claim.assignee_id else None),
        )
        for claim in claims
        if claim.verdict or claim.status != "unreviewed" or claim.pk in latest
    ]


def reading_context(article: Article) -> dict[str, Any]:
    return {"reading": article_reading(article), "fc_keys": ARTICLE_KEYS}
