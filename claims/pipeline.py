"""Text -> claims -> checks -> stored results, for articles in the database.

The engine does the reading and the arithmetic; this module only persists. Each
run is atomic: an article's claims and a run's results are all stored or none. A run
that fails stores none of them, only a failed CheckRun that says why.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.db.models import Case, Exists, F, OuterRef, Q, Value, When
from django.utils import timezone

from claims.bulk_rows import JsonText, insert_links, insert_rows, insert_values
from claims.models import (
    RUN_STOPPED,
    Article,
    CheckResult,
    CheckRun,
    Claim,
    ClaimOrigin,
    ClaimStatus,
    Review,
    RunStatus,
)
from claims.priority import priority
from claims.stored_text import check_claim_spans
from factcheck import ENGINE_VERSION
from factcheck.claim import Claim as ClaimReading
from factcheck.extraction import extract_claims
from factcheck.finding import Finding
from factcheck.runner import CheckReport, relation_json, run_checks
from factcheck.tables import Table, read_table_claims

if TYPE_CHECKING:
    from sources.linking import Linked


def _describe_time(reading: ClaimReading, field: str) -> str:
    ref = getattr(reading, field)
    return ref.text[:200] if ref is not None else ""


NO_RELATION = JsonText("{}")
READING_FIELDS = ("sentence_start", "sentence_end", "text", "reading", "subject", "metric", "value", "unit", "lower",
                  "upper", "hedge", "period", "baseline")  # fmt: skip


def claim_fields(reading: ClaimReading) -> dict:
    """The claim's column values from its reading, the reading itself as a dict among them."""
    return claim_columns(reading) | {"reading": reading.model_dump(mode="json")}


def claim_columns(reading: ClaimReading) -> dict:
    """The claim's column values from its reading, all but the reading itself."""
    quantity = reading.quantity
    return {
        "start": reading.span[0],
        "end": reading.span[1],
        "sentence_start": reading.sentence_span[0],
        "sentence_end": reading.sentence_span[1],
        "surface": quantity.text[:500],
        "text": reading.text,
        "subject": (reading.subject or "")[:200],
        "metric": reading.metric.value,
        "value": quantity.value,
        "unit": quantity.unit[:100],
        "lower": quantity.lower,
        "upper": quantity.upper,
        "hedge": quantity.hedge.value,
        "period": _describe_time(reading, "period"),
        "baseline": _describe_time(reading, "baseline"),
    }


def touched_by_reviewer() -> Q:
    """Claims a person has worked on: re-extraction must never drop these."""
    from sources.models import Evidence

    return (
        Q(origin=ClaimOrigin.REVIEWER)
        | ~Q(status=ClaimStatus.UNREVIEWED)
        | Q(assignee__isnull=False)
        | Q(Exists(Review.objects.filter(claim=OuterRef("pk"))))
        | Q(Exists(Evidence.objects.filter(claim=OuterRef("pk"), linked_by__isnull=False)))
    )


@dataclass
class StoredClaims:
    """What a run needs of the claims it just wrote, so that it never reads them back."""

    by_id: dict[str, Claim]  # the row for each reading id
    kept: list[Claim]  # claims a reviewer touched that the new extraction no longer finds
    new_only: bool  # every claim of the article was created just now, so none has evidence yet

    def every_claim(self) -> list[Claim]:
        return [*self.by_id.values(), *self.kept]


def store_claims(article: Article, readings: list[ClaimReading]) -> dict[str, Claim]:
    """Bring the article's claims in line with a new extraction; returns the row for each reading id."""
    return write_claims(article, readings).by_id


def write_claims(
    article: Article, readings: list[ClaimReading], priorities: dict[str, int] | None = None
) -> StoredClaims:
    """Bring the article's claims in line with a new extraction.

    ``priorities`` (by reading id) are what the run's findings will most likely give the new
    claims: inserted with them, they need no UPDATE afterwards (``store_priorities`` still sets
    whatever the stored findings give).

    A stored claim with the same span and surface is the same claim: its reading is
    refreshed in place, so its review state, history and evidence stay with it. Machine
    claims the new extraction no longer finds are deleted, unless a reviewer touched
    them: those are kept whatever the engine now says.
    """
    existing = {(c.start, c.end, c.surface): c for c in article.claims.all()}
    # An article checked for the first time has no claims a reviewer could have touched.
    touched = set(article.claims.filter(touched_by_reviewer()).values_list("pk", flat=True)) if existing else set()
    by_id: dict[str, Claim] = {}
    new: list[tuple[str, Claim]] = []
    changed: list[Claim] = []
    seen_spans: set[tuple[int, int]] = set()
    for reading in readings:
        fields = claim_fields(reading)
        span = (fields["start"], fields["end"])
        if span in seen_spans:
            continue
        seen_spans.add(span)
        match = existing.pop((fields["start"], fields["end"], fields["surface"]), None)
        if match is None:
            if priorities and reading.id in priorities:
                fields["priority"] = priorities[reading.id]
            new.append((reading.id, Claim(article=article, **fields)))
            continue
        if any(getattr(match, name) != value for name, value in fields.items()):
            for name, value in fields.items():
                setattr(match, name, value)
            changed.append(match)
        by_id[reading.id] = match
    stale = [c.pk for c in existing.values() if c.pk not in touched]
    # A kept claim may share a span with a new reading whose surface differs: the kept one wins.
    kept_spans = {(c.start, c.end) for c in existing.values() if c.pk in touched}
    new = [(rid, claim) for rid, claim in new if (claim.start, claim.end) not in kept_spans]
    # bulk writes skip save(): every span is checked against the article text here (claims.stored_text).
    check_claim_spans(article.body, [*changed, *(claim for _, claim in new)])
    if stale:
        Claim.objects.filter(pk__in=stale).delete()
    if changed:
        Claim.objects.bulk_update(changed, [*READING_FIELDS])
    created = insert_rows(Claim, [claim for _, claim in new])
    new_only = len(by_id) == 0 and not touched
    for (reading_id, _), claim in zip(new, created, strict=True):
        by_id[reading_id] = claim
    return StoredClaims(by_id, [c for c in existing.values() if c.pk in touched], new_only)


def store_run(
    article: Article, report: CheckReport, by_id: dict[str, Claim], started: datetime, every_claim: list[Claim]
) -> CheckRun:
    """The run, its findings and their claims, and each claim's new priority. ``every_claim`` is the
    article's claims as just written (``StoredClaims.every_claim``): their metric and priority are
    read from there, not from the database again."""
    now = timezone.now()
    article.check_runs.filter(superseded_at__isnull=True).update(superseded_at=now)
    run = new_run(article.pk, report, started, now)
    run.save(force_insert=True)
    claim_pks = {reading_id: claim.pk for reading_id, claim in by_id.items()}
    store_results([(run.pk, report, claim_pks)])
    findings_of: dict[int, list[Finding]] = defaultdict(list)
    for finding in report.findings:
        for claim_id in finding.claims:
            if claim_id in claim_pks:
                findings_of[claim_pks[claim_id]].append(finding)
    store_priorities(every_claim, findings_of)
    return run


def new_run(article_id: int, report: CheckReport, started: datetime, now: datetime) -> CheckRun:
    """The (unsaved) finished run of ``report`` on an article."""
    counts = report.summary.get("status", {})
    return CheckRun(
        article_id=article_id,
        engine_version=report.engine_version,
        started_at=started,
        finished_at=now,
        claims_found=report.coverage.numbers_found,
        numbers_checked=report.coverage.numbers_checked,
        passed=counts.get("pass", 0),
        failed=counts.get("fail", 0),
        indeterminate=counts.get("indeterminate", 0),
    )


def store_results(runs: list[tuple[int, CheckReport, dict[str, int]]]) -> None:
    """Each stored run's findings (run pk, its report, and the claim pk of each reading id) and the claims they
    name, in one insert for every run's results and one for their claims."""
    values: list[dict] = []
    for run_pk, report, _ in runs:
        # Only the relations a finding names are stored, each written as JSON once for all its findings.
        named = {f.relation for f in report.findings}
        relations = {r.id: JsonText(json.dumps(relation_json(r))) for r in report.relations if r.id in named}
        values.extend(
            {
                "run_id": run_pk,
                "check_name": f.check,
                "status": f.status.value,
                "severity": f.severity.value,
                "message": f.message,
                "computed": f.computed,
                "tolerance": f.tolerance or "",
                "within_rounding": f.within_rounding,
                "spans": [list(span) for span in f.spans],
                "pairing": f.pairing or "",
                "uncertain": f.uncertain,
                "relation": relations.get(f.relation or "", NO_RELATION),
            }
            for f in report.findings
        )
    keys = insert_values(CheckResult, values)
    pairs, first = [], 0
    for _, report, claim_pks in runs:
        for key, finding in zip(keys[first : first + len(report.findings)], report.findings, strict=True):
            pairs.extend((key, claim_pks[claim_id]) for claim_id in finding.claims if claim_id in claim_pks)
        first += len(report.findings)
    insert_links(CheckResult.claims.through, ("checkresult", "claim"), pairs)


def store_priorities(claims: list[Claim], findings_of: dict[int, list[Finding]]) -> None:
    """Every claim of the article (``claims``, as stored) gets the priority its findings give it, in one UPDATE.

    Priorities take few distinct values, so one CASE branch per value (with the claims that
    get it) keeps the statement's size and its cost in Django bounded by those values, not
    by the claims, as a per-claim ``bulk_update`` would not. Only claims whose priority
    changes are written; like ``bulk_update``, this leaves ``updated_at`` and the history alone.
    """
    changes: dict[int, list[int]] = defaultdict(list)
    for claim in claims:
        wanted = priority(claim.metric, findings_of.get(claim.pk, []))
        if wanted != claim.priority:
            changes[wanted].append(claim.pk)
            claim.priority = wanted
    if not changes:
        return
    whens = [When(pk__in=pks, then=Value(value)) for value, pks in changes.items()]
    changed = [pk for pks in changes.values() for pk in pks]
    Claim.objects.filter(pk__in=changed).update(priority=Case(*whens, default=F("priority")))


def analyse(text: str) -> tuple[list[ClaimReading], datetime]:
    """The extraction for one text; pure, so it can run in another process."""
    started = timezone.now()
    return extract_claims(text), started


@dataclass(frozen=True)
class ArticleText:
    """What the engine reads of a stored article: sent to a worker process instead of the row."""

    pk: int
    body: str
    tables: list = field(default_factory=list)
    published: date | None = None


@dataclass(frozen=True)
class Analysis:
    """An article extracted and checked away from the database (in a worker process).

    ``report`` is the checks as they come out on ``text``'s tables and date, with no evidence, or with
    the links in ``linked`` where the article was linked as it was extracted (``run_checks --link``).
    The run stores it as it is when the article still has those tables and that date and the report saw
    the evidence the article now has: none (most runs), or exactly those links stored with the claims;
    otherwise the checks run again with the stored evidence.
    """

    readings: list[ClaimReading]
    started: datetime
    text: ArticleText
    report: CheckReport
    linked: Linked | None = None


def _no_evidence() -> dict:
    # What evidence_for_checks gives for an article without evidence.
    return {"evidence": [], "kinds": {}, "titles": {}}


def analyse_and_check(
    text: ArticleText,
    extract: Callable[[str], list[ClaimReading]] = extract_claims,
    link: bool = False,
    current: tuple[list, Any] | None = None,
) -> Analysis:
    """Extraction and the checks for one article, with no evidence or, with ``link``, linked to the current
    sources first (read from the database, the one thing this does with it, unless ``current`` gives them as
    ``current_corpus`` does); so it can run in a worker."""
    started = timezone.now()
    readings = extract(text.body)
    tables = [Table.model_validate(table) for table in text.tables or []]
    read = read_table_claims(readings, tables)
    linked: Linked | None = None
    if link:
        from sources.linking import link_readings

        linked, sources = link_readings(read, current)
    else:
        sources = _no_evidence()
    report = run_checks(text.body, read, sources=sources | {"published": text.published, "tables": tables})
    return Analysis(readings, started, text, report, linked)


def save_analysis(
    article: Article, analysis: tuple[list[ClaimReading], datetime] | Analysis, link_to: list | None = None
) -> CheckRun:
    """Store the claims, link them to ``link_to`` sources if given, then check them with the
    article's evidence, all in one transaction."""
    from sources.linking import evidence_for_checks, link_article, store_links

    if isinstance(analysis, Analysis):
        readings, started, checked = analysis.readings, analysis.started, analysis
    else:
        (readings, started), checked = analysis, None
    linked = checked.linked if checked is not None else None
    with transaction.atomic():
        locked = Article.objects.select_for_update().get(pk=article.pk)
        # A web page's tables: figures in them take their headers as subject, measure and period.
        tables = [Table.model_validate(table) for table in locked.tables or []]
        readings = read_table_claims(readings, tables)
        stored = write_claims(locked, readings, expected_priorities(readings, checked.report) if checked else None)
        by_id = stored.by_id
        # Links made as the article was extracted are stored as they are where every claim is new (so no
        # reviewer's link can be among the ones they replace) and they were made against these sources.
        fresh = stored.new_only and linked_against(linked, link_to)
        if fresh:
            store_links(linked, {rid: claim.pk for rid, claim in by_id.items()}, link_to)
        elif link_to:
            link_article(locked, link_to)
        same_text = checked is not None and checked_as_stored(checked, locked.published, locked.tables)
        if fresh and same_text:
            report = checked.report  # it saw exactly the links just stored
        else:
            if stored.new_only and not link_to:
                sources = _no_evidence()  # evidence belongs to claims, and these were all made just now
            else:
                sources = evidence_for_checks(locked, {claim.pk: rid for rid, claim in by_id.items()})
            sources["published"] = locked.published
            sources["tables"] = tables
            # A report made with no evidence stands where the article has none.
            reusable = same_text and (linked is None or not linked.links) and sources["evidence"] == []
            report = (
                checked.report
                if reusable and checked is not None
                else run_checks(locked.body, readings, sources=sources)
            )
        return store_run(locked, report, by_id, started, stored.every_claim())


def checked_as_stored(analysis: Analysis, published: date | None, tables: list | None) -> bool:
    """Whether the article still has the date and tables ``analysis`` checked it with."""
    return analysis.text.published == published and analysis.text.tables == (tables or [])


def linked_against(linked: Linked | None, sources: list | None) -> bool:
    """Whether ``linked`` was made against exactly these stored sources, so that its links are the ones to store."""
    return linked is not None and bool(sources) and sorted(linked.sources) == sorted(s.pk for s in sources)


def expected_priorities(readings: list[ClaimReading], report: CheckReport) -> dict[str, int]:
    """Each reading's priority from ``report``'s findings, counted as ``store_run`` counts them."""
    findings_of: dict[str, list[Finding]] = defaultdict(list)
    for finding in report.findings:
        for claim_id in finding.claims:
            findings_of[claim_id].append(finding)
    return {reading.id: priority(reading.metric.value, findings_of.get(reading.id, [])) for reading in readings}


def never_checked(article: Article) -> bool:
    """A new article, or one stored earlier whose checks never finished: what an import checks at once."""
    return not article.check_runs.filter(status=RunStatus.FINISHED).exists()


def describe_failure(error: BaseException) -> str:
    """An error in one line for a reviewer; the kind of error last, as a lead for whoever fixes it."""
    detail = " ".join(str(error).split())[:500] or "no further detail"
    return f"{detail} ({type(error).__name__})"


def record_failed_run(article: Article, error: BaseException, started: datetime) -> CheckRun:
    """Store that a run on ``article`` failed, and why. Nothing else changes: the last finished
    run stays current (a failed run supersedes nothing) until a later run finishes."""
    return CheckRun.objects.create(
        article_id=article.pk,
        engine_version=ENGINE_VERSION,
        started_at=started,
        finished_at=timezone.now(),
        status=RunStatus.FAILED,
        error=RUN_STOPPED + describe_failure(error),
    )


class CheckFailed(Exception):
    """A run failed; ``run`` is the failed CheckRun recorded for it."""

    def __init__(self, run: CheckRun) -> None:
        super().__init__(run.error)
        self.run = run


def check_article(article: Article, link_to: list | None = None) -> CheckRun:
    """Extract, store and check one article, atomically; earlier runs are kept but superseded.

    With ``link_to`` (stored sources), the claims are linked to them before the checks run.
    If anything fails, nothing of the run is stored but a failed run with the error, and
    :class:`CheckFailed` is raised.
    """
    started = timezone.now()
    try:
        return save_analysis(article, analyse(article.body), link_to)
    except Exception as error:
        raise CheckFailed(record_failed_run(article, error, started)) from error
