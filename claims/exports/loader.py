"""Reading the database in chunks into the report models, so memory stays flat.

Claims are read by keyset pagination on (start, end), unique within an article, and
each chunk's reviews, evidence, results and history are fetched with one query each.
Nothing holds more than one chunk of claims, so an article with 100,000 claims costs
the same memory as one with 100.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q, QuerySet
from django.db.models.functions import Substr

from claims.exports.selection import Selection
from claims.models import Article, CheckResult, CheckRun, Claim, Review
from factcheck.report import (
    ArticleHead,
    ClaimItem,
    Counts,
    Coverage,
    EvidenceItem,
    FieldChange,
    HistoryEntry,
    ResultItem,
    ReviewItem,
    RunInfo,
    SourceInfo,
)
from sources.models import Evidence

CHUNK_SIZE = 1000
STATUS_RANK = {"fail": 3, "indeterminate": 2, "pass": 1}
ACTIONS = {"+": "created", "~": "changed", "-": "deleted"}
# Bookkeeping columns of simple_history and fields that change on every save say nothing to an auditor.
HISTORY_SKIP = {"history_id", "history_date", "history_change_reason", "history_type", "history_user_id",
                "history_user__username", "updated_at", "version"}  # fmt: skip
Progress = Callable[[int], None]


@dataclass(frozen=True)
class ResultBrief:
    """A result as a claim's row shows it: enough to colour it and name the check."""

    id: int
    check: str
    status: str
    severity: str
    message: str


@dataclass(frozen=True)
class ClaimRow:
    item: ClaimItem
    results: list[ResultBrief]

    @property
    def worst(self) -> str:
        """fail > indeterminate > pass > unchecked, for colouring the claim."""
        return max((r.status for r in self.results), key=STATUS_RANK.__getitem__, default="unchecked")


@dataclass(frozen=True)
class Parts:
    """Which parts of a claim a format needs: CSV skips the heavy ones."""

    reading: bool = True
    evidence: bool = True
    reviews: bool = True
    history: bool = True


@dataclass
class ArticleBundle:
    """One article: its head, and iterators over its claims and results that read in chunks."""

    selection: Selection
    article: Article
    run: CheckRun | None
    head: ArticleHead
    chunk_size: int = CHUNK_SIZE
    progress: Progress | None = field(default=None, repr=False)

    def claims(self, parts: Parts = Parts()) -> Iterator[ClaimRow]:
        return iter_claims(self, parts)

    def results(self) -> Iterator[ResultItem]:
        return iter_results(self)

    def spans(self) -> Iterator[tuple[int, int, int, str]]:
        """(start, end, claim id, worst status) of every exported claim, in text order, for highlighting."""
        qs = self.selection.claims(self.article).order_by("start", "end")
        if self.run is None:
            for start, end, pk in qs.values_list("start", "end", "pk").iterator(chunk_size=self.chunk_size):
                yield start, end, pk, "unchecked"
            return
        annotated = qs.annotate(
            n_fail=Count("results", filter=Q(results__run=self.run, results__status="fail")),
            n_ind=Count("results", filter=Q(results__run=self.run, results__status="indeterminate")),
            n_pass=Count("results", filter=Q(results__run=self.run, results__status="pass")),
        ).values_list("start", "end", "pk", "n_fail", "n_ind", "n_pass")
        for start, end, pk, n_fail, n_ind, n_pass in annotated.iterator(chunk_size=self.chunk_size):
            worst = "fail" if n_fail else "indeterminate" if n_ind else "pass" if n_pass else "unchecked"
            yield start, end, pk, worst


def current_run(article: Article) -> CheckRun | None:
    return article.check_runs.filter(superseded_at__isnull=True).order_by("-started_at", "-pk").first()


def run_results(selection: Selection, article: Article, run: CheckRun | None) -> QuerySet[CheckResult]:
    if run is None:
        return CheckResult.objects.none()
    qs = CheckResult.objects.filter(run=run)
    if selection.filters_claims:
        # Only some claims are exported: their results, not the whole run's.
        chosen = selection.claims(article)
        through = CheckResult.claims.through.objects.filter(checkresult_id=OuterRef("pk"), claim__in=chosen)
        qs = qs.filter(Exists(through))
    return qs


def article_counts(selection: Selection, article: Article, run: CheckRun | None, results: QuerySet) -> Counts:
    claims = selection.claims(article)
    by_status = dict(claims.values_list("status").annotate(n=Count("pk")).order_by("status"))
    by_verdict = dict(claims.exclude(verdict="").values_list("verdict").annotate(n=Count("pk")).order_by("verdict"))
    result_status = dict(results.values_list("status").annotate(n=Count("pk")).order_by("status"))
    severities = dict(
        results.filter(status="fail").values_list("severity").annotate(n=Count("pk")).order_by("severity")
    )
    return Counts(
        claims=sum(by_status.values()),
        claims_by_status=by_status,
        claims_by_verdict=by_verdict,
        results=sum(result_status.values()),
        results_by_status=result_status,
        failures_by_severity=severities,
    )


def iter_articles(
    selection: Selection, chunk_size: int = CHUNK_SIZE, progress: Progress | None = None
) -> Iterator[ArticleBundle]:
    """Every selected article as a bundle, read a few at a time (bodies can be large)."""
    for article in selection.articles().iterator(chunk_size=min(chunk_size, 50)):
        run = current_run(article)
        counts = article_counts(selection, article, run, run_results(selection, article, run))
        coverage = Coverage.of(run.claims_found, run.numbers_checked) if run else Coverage.of(0, 0)
        head = ArticleHead(
            id=article.pk,
            title=article.title,
            url=article.url,
            publisher=article.publisher,
            published=article.published,
            source_format=article.source_format,
            content_hash=article.content_hash,
            imported_at=article.imported_at,
            body=article.body,
            run=RunInfo(
                id=run.pk, engine_version=run.engine_version, started_at=run.started_at, finished_at=run.finished_at
            )
            if run
            else None,
            coverage=coverage,
            counts=counts,
        )
        yield ArticleBundle(selection, article, run, head, chunk_size=chunk_size, progress=progress)


def _claim_chunks(bundle: ArticleBundle, parts: Parts) -> Iterator[list[Claim]]:
    qs = bundle.selection.claims(bundle.article).order_by("start", "end")
    if not parts.reading:
        qs = qs.defer("reading")
    prefetch: list[Any] = []
    if bundle.run is not None:
        results = CheckResult.objects.filter(run=bundle.run).only("pk", "check_name", "status", "severity", "message")
        prefetch.append(Prefetch("results", queryset=results.order_by("pk"), to_attr="run_results"))
    if parts.reviews:
        reviews = Review.objects.select_related("reviewer").order_by("created_at", "pk")
        prefetch.append(Prefetch("reviews", queryset=reviews, to_attr="ordered_reviews"))
    if parts.evidence:
        evidence = (
            Evidence.objects.select_related("source", "linked_by")
            .defer("source__body")
            # The passage is cut in the database so a long source body never reaches Python.
            .annotate(passage_text=Substr("source__body", F("start") + 1, F("end") - F("start")))
            .order_by("-score", "pk")
        )
        prefetch.append(Prefetch("evidence", queryset=evidence, to_attr="ordered_evidence"))
    after: tuple[int, int] | None = None
    while True:
        page = qs if after is None else qs.filter(Q(start__gt=after[0]) | Q(start=after[0], end__gt=after[1]))
        chunk = list(page[: bundle.chunk_size].prefetch_related(*prefetch))
        if not chunk:
            return
        yield chunk
        after = (chunk[-1].start, chunk[-1].end)


def iter_claims(bundle: ArticleBundle, parts: Parts) -> Iterator[ClaimRow]:
    for chunk in _claim_chunks(bundle, parts):
        history = load_history([c.pk for c in chunk]) if parts.history else {}
        for claim in chunk:
            briefs = [
                ResultBrief(r.pk, r.check_name, r.status, r.severity, r.message)
                for r in getattr(claim, "run_results", [])
            ]
            yield ClaimRow(claim_item(claim, briefs, history.get(claim.pk, []), parts), briefs)
        if bundle.progress:
            bundle.progress(len(chunk))


def claim_item(claim: Claim, results: list[ResultBrief], history: list[HistoryEntry], parts: Parts) -> ClaimItem:
    return ClaimItem(
        id=claim.pk,
        span=(claim.start, claim.end),
        sentence_span=(claim.sentence_start, claim.sentence_end),
        surface=claim.surface,
        sentence=claim.text,
        reading=claim.reading if parts.reading else {},
        subject=claim.subject,
        metric=claim.metric,
        value=claim.value,
        unit=claim.unit,
        lower=claim.lower,
        upper=claim.upper,
        hedge=claim.hedge,
        period=claim.period,
        baseline=claim.baseline,
        origin=claim.origin,
        status=claim.status,
        verdict=claim.verdict,
        priority=claim.priority,
        created_at=claim.created_at,
        updated_at=claim.updated_at,
        result_ids=[r.id for r in results],
        evidence=[evidence_item(e) for e in getattr(claim, "ordered_evidence", [])],
        reviews=[review_item(r) for r in getattr(claim, "ordered_reviews", [])],
        history=history,
    )


def evidence_item(evidence: Evidence) -> EvidenceItem:
    source = evidence.source
    return EvidenceItem(
        id=evidence.pk,
        source=SourceInfo(
            id=source.pk,
            title=source.title,
            url=source.url,
            publisher=source.publisher,
            published=source.published,
            kind=source.kind,
        ),
        span=(evidence.start, evidence.end),
        passage=evidence.passage_text or "",
        score=evidence.score,
        stance=evidence.stance,
        comparison=evidence.comparison or {},
        linked_by=evidence.linked_by.get_username() if evidence.linked_by else None,
        created_at=evidence.created_at,
    )


def review_item(review: Review) -> ReviewItem:
    return ReviewItem(
        id=review.pk,
        reviewer=review.reviewer.get_username(),
        verdict=review.verdict,
        rationale=review.rationale,
        evidence_url=review.evidence_url,
        created_at=review.created_at,
    )


def iter_results(bundle: ArticleBundle) -> Iterator[ResultItem]:
    """The current run's results in id order, a chunk at a time, each with its claim ids."""
    if bundle.run is None:
        return
    body = bundle.article.body
    through = CheckResult.claims.through.objects
    after = 0
    while True:
        page = run_results(bundle.selection, bundle.article, bundle.run).filter(pk__gt=after).order_by("pk")
        chunk = list(page[: bundle.chunk_size])
        if not chunk:
            return
        claim_ids: dict[int, list[int]] = defaultdict(list)
        links = through.filter(checkresult_id__in=[r.pk for r in chunk]).order_by("claim_id")
        for result_id, claim_id in links.values_list("checkresult_id", "claim_id"):
            claim_ids[result_id].append(claim_id)
        for result in chunk:
            spans = [(int(s), int(e)) for s, e in result.spans]
            yield ResultItem(
                id=result.pk,
                check=result.check_name,
                status=result.status,
                severity=result.severity,
                message=result.message,
                computed=result.computed or {},
                tolerance=result.tolerance,
                within_rounding=result.within_rounding,
                spans=spans,
                quoted=[body[s:e] for s, e in spans],
                claim_ids=claim_ids.get(result.pk, []),
                engine_version=bundle.run.engine_version,
            )
        after = chunk[-1].pk


def load_history(claim_ids: list[int]) -> dict[int, list[HistoryEntry]]:
    """simple_history records of these claims and of their reviews and evidence, as changes, oldest first."""
    entries: dict[int, list[HistoryEntry]] = defaultdict(list)
    sources: list[tuple[str, QuerySet, str]] = [
        ("claim", Claim.history.filter(id__in=claim_ids), "id"),
        ("review", Review.history.filter(claim_id__in=claim_ids), "claim_id"),
        ("evidence", Evidence.history.filter(claim_id__in=claim_ids), "claim_id"),
    ]
    for model, qs, claim_field in sources:
        rows = qs.values(*_history_fields(qs), "history_user__username").order_by("id", "history_date", "history_id")
        for entry, claim_id in _diff(model, rows, claim_field):
            entries[claim_id].append(entry)
    for claim_entries in entries.values():
        claim_entries.sort(key=lambda e: (e.at, e.history_id))
    return entries


def _history_fields(qs: QuerySet) -> list[str]:
    return [f.attname for f in qs.model._meta.concrete_fields]


def _diff(model: str, rows: Iterable[dict[str, Any]], claim_field: str) -> Iterator[tuple[HistoryEntry, int]]:
    previous: dict[str, Any] | None = None
    for row in rows:
        if previous is not None and previous["id"] != row["id"]:
            previous = None
        fields = {k: v for k, v in row.items() if k not in HISTORY_SKIP}
        if row["history_type"] == "-":
            changes: dict[str, FieldChange] = {}
        elif previous is None:
            changes = {k: FieldChange(new=v) for k, v in fields.items()}
        else:
            changes = {k: FieldChange(old=previous.get(k), new=v) for k, v in fields.items() if previous.get(k) != v}
        yield (
            HistoryEntry(
                model=model,  # type: ignore[arg-type]
                object_id=row["id"],
                history_id=row["history_id"],
                at=row["history_date"],
                action=ACTIONS.get(row["history_type"], "changed"),  # type: ignore[arg-type]
                user=row["history_user__username"],
                reason=row["history_change_reason"],
                changes=changes,
            ),
            row[claim_field],
        )
        previous = fields


def tally(results: Iterable[ResultBrief]) -> Counter[str]:
    return Counter(r.status for r in results)
