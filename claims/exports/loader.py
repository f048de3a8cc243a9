"""Reading the database in chunks into the report models, so memory stays flat.

Claims of the whole selection are read as one stream, by keyset pagination on
(article_id, start, end), unique; each chunk's results, reviews, evidence and
history take one query each, whichever articles the chunk spans. Rows come back
as tuples, not model instances: building 100,000 Django models is the slow part
of an export. Nothing holds more than one chunk of claims (or one batch of
article heads), so 100,000 claims cost the same memory as 100.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet
from django.db.models.functions import Substr

from claims.exports.selection import Selection
from claims.models import Article, CheckResult, CheckRun, Claim, Review, RunStatus
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

CHUNK_SIZE = 2000
ARTICLE_BATCH = 100
STATUS_RANK = {"fail": 3, "indeterminate": 2, "pass": 1}
ACTIONS = {"+": "created", "~": "changed", "-": "deleted"}
# Bookkeeping columns of simple_history and fields that change on every save say nothing to an auditor.
HISTORY_SKIP = {"history_id", "history_date", "history_change_reason", "history_type", "history_user_id",
                "history_user__username", "updated_at", "version"}  # fmt: skip
CLAIM_FIELDS = ["pk", "article_id", "start", "end", "sentence_start", "sentence_end", "surface", "text", "subject",
                "metric", "value", "unit", "lower", "upper", "hedge", "period", "baseline", "origin", "status",
                "verdict", "priority", "created_at", "updated_at"]  # fmt: skip
Progress = Callable[[int], None]


@dataclass(frozen=True)
class Parts:
    """Which parts of a claim a format needs: CSV skips the heavy ones."""

    reading: bool = True
    evidence: bool = True
    reviews: bool = True
    history: bool = True


ALL_PARTS = Parts()


class ResultBrief(NamedTuple):
    """A result as a claim's row shows it: enough to colour it and name the check.

    Named tuples, not frozen dataclasses, for the per-row types: a frozen dataclass's
    __init__ goes through object.__setattr__ per field, which shows at 100,000 rows.
    """

    id: int
    check: str
    status: str
    severity: str
    message: str


@dataclass(frozen=True)
class ClaimRow:
    article_id: int
    item: ClaimItem
    results: list[ResultBrief]

    @property
    def worst(self) -> str:
        """fail > indeterminate > pass > unchecked, for colouring the claim."""
        return max((r.status for r in self.results), key=STATUS_RANK.__getitem__, default="unchecked")


@dataclass
class ArticleBundle:
    """One article: its head, and iterators over its claims and results."""

    selection: Selection
    article: Article
    run: CheckRun | None
    head: ArticleHead
    stream: ClaimStream = field(repr=False)
    chunk_size: int = CHUNK_SIZE

    def claims(self) -> Iterator[ClaimRow]:
        return self.stream.claims_of(self.article.pk)

    def results(self) -> Iterator[ResultItem]:
        return iter_results(self)

    def spans(self) -> Iterator[tuple[int, int, int, str]]:
        """(start, end, claim id, worst status) of every exported claim, in text order, for highlighting."""
        qs = self.selection.claims(self.article).order_by("start", "end")
        if self.run is None:
            for start, end, pk in qs.values_list("start", "end", "pk").iterator(chunk_size=self.chunk_size):
                yield start, end, pk, "unchecked"
            return
        of_run = Q(results__run=self.run)
        annotated = qs.annotate(
            n_fail=Count("results", filter=of_run & Q(results__status="fail")),
            n_ind=Count("results", filter=of_run & Q(results__status="indeterminate")),
            n_pass=Count("results", filter=of_run & Q(results__status="pass")),
        ).values_list("start", "end", "pk", "n_fail", "n_ind", "n_pass")
        for start, end, pk, n_fail, n_ind, n_pass in annotated.iterator(chunk_size=self.chunk_size):
            worst = "fail" if n_fail else "indeterminate" if n_ind else "pass" if n_pass else "unchecked"
            yield start, end, pk, worst


def iter_articles(
    selection: Selection, parts: Parts = ALL_PARTS, chunk_size: int = CHUNK_SIZE, progress: Progress | None = None
) -> Iterator[ArticleBundle]:
    """Every selected article as a bundle; heads are read a batch at a time.

    Bodies are deferred and read one article at a time: an article can be megabytes, and a
    batch of them would be the largest thing an export holds.
    """
    stream = ClaimStream(selection, parts, chunk_size, progress)
    after = 0
    while True:
        batch = list(selection.articles().filter(pk__gt=after).defer("body")[:ARTICLE_BATCH])
        if not batch:
            return
        runs = current_runs([a.pk for a in batch])
        counts = batch_counts(selection, batch, runs)
        after = batch[-1].pk
        for index, article in enumerate(batch):
            run = runs.get(article.pk)
            head = article_head(article, run, counts.get(article.pk, Counts()))  # loads this body
            yield ArticleBundle(selection, article, run, head, stream, chunk_size)
            batch[index] = None  # type: ignore[call-overload]  # let this body go before the next is read


def current_runs(article_ids: list[int]) -> dict[int, CheckRun]:
    """The finished run that is not superseded, per article; the latest if (wrongly) there are several.

    A failed run is never current: it stored no results, and the last finished run's stand.
    """
    runs: dict[int, CheckRun] = {}
    qs = CheckRun.objects.filter(article_id__in=article_ids, superseded_at__isnull=True, status=RunStatus.FINISHED)
    for run in qs.order_by("article_id", "started_at", "pk"):
        runs[run.article_id] = run
    return runs


def run_results(selection: Selection, article: Article | int, runs: Iterable[CheckRun]) -> QuerySet[CheckResult]:
    qs = CheckResult.objects.filter(run__in=[run.pk for run in runs])
    if selection.filters_claims:
        # Only some claims are exported: their results, not the whole run's.
        chosen = selection.claims(article)
        through = CheckResult.claims.through.objects.filter(checkresult_id=OuterRef("pk"), claim__in=chosen)
        qs = qs.filter(Exists(through))
    return qs


def batch_counts(selection: Selection, articles: list[Article], runs: dict[int, CheckRun]) -> dict[int, Counts]:
    """Summary counts for a batch of articles in two grouped queries."""
    ids = [a.pk for a in articles]
    claims: dict[int, list[tuple[str, str, int]]] = defaultdict(list)
    rows = Claim.objects.filter(selection.claim_q(), article_id__in=ids).values_list("article_id", "status", "verdict")
    for article_id, status, verdict, n in rows.annotate(n=Count("pk")).order_by():
        claims[article_id].append((status, verdict, n))
    results: dict[int, list[tuple[str, str, int]]] = defaultdict(list)
    article_of_run = {run.pk: article_id for article_id, run in runs.items()}
    qs = CheckResult.objects.filter(run_id__in=list(article_of_run))
    if selection.filters_claims:
        chosen = Claim.objects.filter(selection.claim_q(), article_id__in=ids)
        links = CheckResult.claims.through.objects.filter(checkresult_id=OuterRef("pk"), claim__in=chosen)
        qs = qs.filter(Exists(links))
    grouped = qs.values_list("run_id", "status", "severity").annotate(n=Count("pk")).order_by()
    for run_id, status, severity, n in grouped:
        results[article_of_run[run_id]].append((status, severity, n))
    return {article_id: make_counts(claims[article_id], results[article_id]) for article_id in ids}


def make_counts(claims: list[tuple[str, str, int]], results: list[tuple[str, str, int]]) -> Counts:
    by_status: Counter[str] = Counter()
    by_verdict: Counter[str] = Counter()
    for status, verdict, n in claims:
        by_status[status] += n
        if verdict:
            by_verdict[verdict] += n
    result_status: Counter[str] = Counter()
    severities: Counter[str] = Counter()
    for status, severity, n in results:
        result_status[status] += n
        if status == "fail":
            severities[severity] += n
    return Counts(
        claims=by_status.total(),
        claims_by_status=dict(sorted(by_status.items())),
        claims_by_verdict=dict(sorted(by_verdict.items())),
        results=result_status.total(),
        results_by_status=dict(sorted(result_status.items())),
        failures_by_severity=dict(sorted(severities.items())),
    )


def article_head(article: Article, run: CheckRun | None, counts: Counts) -> ArticleHead:
    return ArticleHead(
        id=article.pk,
        title=article.title,
        url=article.url,
        publisher=article.publisher,
        published=article.published,
        source_format=article.source_format,
        content_hash=article.content_hash,
        imported_at=article.imported_at,
        body=article.body,
        run=run_info(run),
        coverage=Coverage.of(run.claims_found, run.numbers_checked) if run else Coverage.of(0, 0),
        counts=counts,
    )


def run_info(run: CheckRun | None) -> RunInfo | None:
    if run is None:
        return None
    return RunInfo(id=run.pk, engine_version=run.engine_version, started_at=run.started_at, finished_at=run.finished_at)


def claim_pages(
    selection: Selection, fields: list[str], chunk_size: int, progress: Progress | None = None
) -> Iterator[tuple[list[tuple], QuerySet]]:
    """The selected claims' FIELDS (which must start with pk, article_id, start, end) a page at a time,
    with each page as a subquery for filtering the related tables."""
    after: tuple[int, int, int] | None = None
    while True:
        qs = selection.all_claims()
        if after is not None:
            a, s, e = after
            # The redundant article_id >= a lets SQLite seek the (article, start, end) index instead of scanning it.
            keyset = Q(article_id__gt=a) | Q(article_id=a, start__gt=s) | Q(article_id=a, start=s, end__gt=e)
            qs = qs.filter(keyset, article_id__gte=a)
        page = qs.order_by("article_id", "start", "end")[:chunk_size]
        rows = list(page.values_list(*fields))
        if not rows:
            return
        # Related tables are filtered by the page as a subquery: binding 1,000 ids costs more than re-reading it.
        yield rows, page.values("pk")
        if progress:
            progress(len(rows))
        if len(rows) < chunk_size:
            return
        after = (rows[-1][1], rows[-1][2], rows[-1][3])


class ClaimStream:
    """All selected claims in (article, start, end) order, a chunk at a time, shared by the article bundles."""

    def __init__(self, selection: Selection, parts: Parts, chunk_size: int, progress: Progress | None) -> None:
        fields = [*CLAIM_FIELDS, "reading"] if parts.reading else CLAIM_FIELDS
        self.pages = claim_pages(selection, fields, chunk_size, progress)
        self.parts = parts
        self.buffer: list[ClaimRow] = []
        self.position = 0

    def claims_of(self, article_id: int) -> Iterator[ClaimRow]:
        while True:
            if self.position == len(self.buffer):
                page = next(self.pages, None)
                if page is None:
                    return
                self.buffer, self.position = build_rows(*page, self.parts), 0
                continue
            row = self.buffer[self.position]
            if row.article_id > article_id:
                return
            self.position += 1
            if row.article_id == article_id:
                yield row
            # Rows of an earlier article a format did not read are skipped, keeping the stream aligned.


def build_rows(rows: list[tuple], ids: QuerySet | list[int], parts: Parts) -> list[ClaimRow]:
    # A chunk can run ahead of the article heads read so far: it finds its own articles' runs.
    runs = current_runs(sorted({row[1] for row in rows}))
    results = load_briefs(ids, runs)
    reviews = load_reviews(ids) if parts.reviews else {}
    evidence = load_evidence(ids) if parts.evidence else {}
    history = load_history(ids) if parts.history else {}
    built = []
    for row in rows:
        values = dict(zip(CLAIM_FIELDS, row, strict=False))
        pk = values["pk"]
        briefs = results.get(pk, [])
        # Plain construction: pydantic-core validates faster than model_construct's Python loop.
        item = ClaimItem(
            id=pk,
            span=(values["start"], values["end"]),
            sentence_span=(values["sentence_start"], values["sentence_end"]),
            sentence=values["text"],
            reading=row[len(CLAIM_FIELDS)] if parts.reading else {},
            result_ids=[r.id for r in briefs],
            evidence=evidence.get(pk, []),
            reviews=reviews.get(pk, []),
            history=history.get(pk, []),
            **{k: values[k] for k in CLAIM_FIELDS[6:] if k != "text"},
        )
        built.append(ClaimRow(values["article_id"], item, briefs))
    return built


def load_briefs(claim_ids: QuerySet | list[int], runs: dict[int, CheckRun]) -> dict[int, list[ResultBrief]]:
    out: dict[int, list[ResultBrief]] = defaultdict(list)
    run_ids = {run.pk for run in runs.values()}
    if not run_ids:
        return out
    # The run is filtered here, not in SQL: given both, SQLite starts from the run and scans all its results.
    links = CheckResult.claims.through.objects.filter(claim_id__in=claim_ids)
    columns = ("claim_id", "checkresult__run_id", "checkresult_id", "checkresult__check_name", "checkresult__status",
               "checkresult__severity", "checkresult__message")  # fmt: skip
    # No ORDER BY: SQLite would sort every link; the few claims with several results are sorted here.
    for claim_id, run_id, *brief in links.order_by().values_list(*columns):
        if run_id in run_ids:
            out[claim_id].append(ResultBrief(*brief))
    for briefs in out.values():
        if len(briefs) > 1:
            briefs.sort()
    return out


def load_reviews(claim_ids: QuerySet | list[int]) -> dict[int, list[ReviewItem]]:
    out: dict[int, list[ReviewItem]] = defaultdict(list)
    qs = Review.objects.filter(claim_id__in=claim_ids).order_by("claim_id", "created_at", "pk")
    columns = ("claim_id", "pk", "reviewer__username", "verdict", "rationale", "evidence_url", "created_at")
    for claim_id, pk, reviewer, verdict, rationale, url, created in qs.values_list(*columns):
        out[claim_id].append(
            ReviewItem(
                id=pk, reviewer=reviewer, verdict=verdict, rationale=rationale, evidence_url=url, created_at=created
            )
        )
    return out


def load_evidence(claim_ids: QuerySet | list[int]) -> dict[int, list[EvidenceItem]]:
    out: dict[int, list[EvidenceItem]] = defaultdict(list)
    # The passage is cut in the database so a long source body never reaches Python.
    qs = (
        Evidence.objects.filter(claim_id__in=claim_ids)
        .annotate(passage_text=Substr("source__body", F("start") + 1, F("end") - F("start")))
        .order_by("claim_id", "-score", "pk")
    )
    columns = ("claim_id", "pk", "start", "end", "passage_text", "score", "stance", "comparison",
               "linked_by__username", "created_at", "source_id", "source__title", "source__url",
               "source__publisher", "source__published", "source__kind")  # fmt: skip
    for row in qs.values(*columns):
        source = SourceInfo(
            id=row["source_id"],
            title=row["source__title"],
            url=row["source__url"],
            publisher=row["source__publisher"],
            published=row["source__published"],
            kind=row["source__kind"],
        )
        out[row["claim_id"]].append(
            EvidenceItem(
                id=row["pk"],
                source=source,
                span=(row["start"], row["end"]),
                passage=row["passage_text"] or "",
                score=row["score"],
                stance=row["stance"],
                comparison=row["comparison"] or {},
                linked_by=row["linked_by__username"],
                created_at=row["created_at"],
            )
        )
    return out


def iter_results(bundle: ArticleBundle) -> Iterator[ResultItem]:
    """The current run's results in id order, a chunk at a time, each with its claim ids."""
    if bundle.run is None:
        return
    body = bundle.article.body
    through = CheckResult.claims.through.objects
    base = run_results(bundle.selection, bundle.article, [bundle.run]).order_by("pk")
    columns = (
        "pk", "check_name", "status", "severity", "message", "computed", "tolerance", "within_rounding", "spans",
        "pairing", "uncertain",
    )  # fmt: skip
    after = 0
    while True:
        page = base.filter(pk__gt=after)[: bundle.chunk_size]
        chunk = list(page.values_list(*columns))
        if not chunk:
            return
        claim_ids: dict[int, list[int]] = defaultdict(list)
        links = through.filter(checkresult_id__in=page.values("pk")).order_by("claim_id")
        for result_id, claim_id in links.values_list("checkresult_id", "claim_id"):
            claim_ids[result_id].append(claim_id)
        for pk, check, status, severity, message, computed, tolerance, within, raw_spans, pairing, uncertain in chunk:
            spans = [(int(s), int(e)) for s, e in raw_spans]
            yield ResultItem(
                id=pk,
                check=check,
                status=status,
                severity=severity,
                message=message,
                computed=computed or {},
                tolerance=tolerance,
                within_rounding=within,
                spans=spans,
                pairing=pairing or "",
                uncertain=list(uncertain or []),
                quoted=[body[s:e] for s, e in spans],
                claim_ids=claim_ids.get(pk, []),
                engine_version=bundle.run.engine_version,
            )
        if len(chunk) < bundle.chunk_size:
            return
        after = chunk[-1][0]


def load_history(claim_ids: QuerySet | list[int]) -> dict[int, list[HistoryEntry]]:
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


FLAT_FIELDS = ["pk", "article_id", "start", "end", "surface", "text", "subject", "metric", "value", "unit", "lower",
               "upper", "hedge", "period", "baseline", "origin", "status", "verdict"]  # fmt: skip


class FlatClaim(NamedTuple):
    """A claim as one spreadsheet row needs it, without the nested report models (CSV's fast path)."""

    values: tuple  # FLAT_FIELDS, in order: unpacking a tuple is what keeps CSV fast
    article: tuple[str, str]  # title, url
    run: CheckRun | None
    results: list[ResultBrief]
    latest_review: tuple[str, Any, str] | None  # reviewer, created_at, rationale
    evidence: int


def iter_flat_claims(selection: Selection, chunk_size: int, progress: Progress | None) -> Iterator[FlatClaim]:
    for rows, ids in claim_pages(selection, FLAT_FIELDS, chunk_size, progress):
        article_ids = sorted({row[1] for row in rows})
        runs = current_runs(article_ids)
        # Titles by a separate small query: joining them onto every claim row costs more.
        articles = {
            pk: (title, url)
            for pk, title, url in Article.objects.filter(pk__in=article_ids).values_list("pk", "title", "url")
        }
        briefs = load_briefs(ids, runs)
        latest: dict[int, tuple[str, Any, str]] = {}
        reviews = Review.objects.filter(claim_id__in=ids).order_by("claim_id", "created_at", "pk")
        for claim_id, *review in reviews.values_list("claim_id", "reviewer__username", "created_at", "rationale"):
            latest[claim_id] = tuple(review)  # type: ignore[assignment]  # ordered: the last one wins
        evidence = dict(
            Evidence.objects.filter(claim_id__in=ids).values_list("claim_id").annotate(n=Count("pk")).order_by()
        )
        for row in rows:
            pk = row[0]
            yield FlatClaim(
                row, articles[row[1]], runs.get(row[1]), briefs.get(pk, []), latest.get(pk), evidence.get(pk, 0)
            )
