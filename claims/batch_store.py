"""Checked articles stored a batch at a time: a few statements for the whole batch, not a dozen per article.

``save_analysis`` stores one article in about a dozen statements: it locks the article's row, reads its
claims, opens a savepoint, then inserts the claims, the links, the run, its results and their claims, and
supersedes the run before. On PostgreSQL each statement is a round trip and the server's parsing and planning,
and in Django the building of a query, and of a model object for every row. Most articles of a ``run_checks``
batch are stored for the first time, with the report their worker made: there is nothing to compare with and
nothing to read back, so they go in together here, the rows built as column values.

An article is stored here when it has no claims yet, its date and tables are the ones it was checked with, and
its links, if it is to be linked, were made against exactly those sources: what ``save_analysis`` stores as it
is, without reading anything back or running the checks again. The claims, links, run and results are the
ones ``save_analysis`` would store (tested side by side). Every other article is left to ``save_analysis``, and
so is the whole batch when something here fails: one of its statements, or a span that does not quote its text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from types import SimpleNamespace

from django.db import DatabaseError, transaction
from django.utils import timezone

from claims.bulk_rows import JsonText, insert_rows, insert_values
from claims.models import Article, CheckRun, Claim
from claims.pipeline import (
    Analysis,
    checked_as_stored,
    claim_columns,
    expected_priorities,
    linked_against,
    new_run,
    store_results,
)
from claims.stored_text import StoredTextError, check_claim_spans
from factcheck.tables import Table, read_table_claims


@dataclass
class _Plan:
    """One article's rows, ready to go in with the batch's."""

    pk: int
    body: str
    analysis: Analysis
    claims: dict[str, dict]  # the claim's column values, by reading id


def store_new(done: list[tuple[int, Analysis]], link_to: list | None = None) -> dict[int, CheckRun]:
    """Store those of ``done`` (an article's pk and its analysis) that have no claims yet, as ``save_analysis``
    would with ``link_to``, in the caller's transaction; the run stored for each, by article pk. The others are
    left as they are, for the caller to store one at a time."""
    if not done:
        return {}
    pks = [pk for pk, _ in done]
    locked = Article.objects.select_for_update().filter(pk__in=pks).order_by("pk")
    rows = {pk: (body, tables or [], published) for pk, body, tables, published in
            locked.values_list("pk", "body", "tables", "published")}  # fmt: skip
    with_claims = set(Claim.objects.filter(article_id__in=pks).values_list("article_id", flat=True).distinct())
    plans = []
    for pk, analysis in done:
        plan = _plan(pk, analysis, *rows[pk], link_to) if pk in rows and pk not in with_claims else None
        if plan is not None:
            plans.append(plan)
    if not plans:
        return {}
    try:
        with transaction.atomic():  # a savepoint: nothing of the batch stays if any of it fails
            return _write(plans, link_to)
    except (DatabaseError, StoredTextError):
        return {}  # each article then goes through save_analysis, which records what failed and where


def _plan(
    pk: int, analysis: Analysis, body: str, tables: list, published: date | None, link_to: list | None
) -> _Plan | None:
    """The article's rows, or None where ``save_analysis`` has more to do than store the analysis as it is."""
    if not checked_as_stored(analysis, published, tables):
        return None  # the checks must run again with the article's date and tables as they now are
    if link_to and not linked_against(analysis.linked, link_to):
        return None  # linked against other sources than these, or not at all
    if not link_to and analysis.linked is not None and analysis.linked.links:
        return None  # the report saw links that are not to be stored
    readings = read_table_claims(analysis.readings, [Table.model_validate(table) for table in tables])
    priorities = expected_priorities(readings, analysis.report)
    claims: dict[str, dict] = {}
    spans: set[tuple[int, int]] = set()
    for reading in readings:
        fields = claim_columns(reading)
        span = (fields["start"], fields["end"])
        if span in spans:
            continue  # as write_claims: the first reading of a span is the claim
        spans.add(span)
        # The reading as pydantic writes it: the same JSON as the dict save_analysis stores, at a third of the cost.
        reading_json = JsonText(reading.model_dump_json())
        claims[reading.id] = {"article_id": pk, "priority": priorities[reading.id], "reading": reading_json, **fields}
    return _Plan(pk, body, analysis, claims)


def _write(plans: list[_Plan], link_to: list | None) -> dict[int, CheckRun]:
    from sources.linking import link_values
    from sources.models import Evidence

    for plan in plans:
        # Bulk writes skip save(): every span is checked against the article text here (claims.stored_text).
        check_claim_spans(plan.body, [SimpleNamespace(**values) for values in plan.claims.values()])
    keys = iter(insert_values(Claim, [values for plan in plans for values in plan.claims.values()]))
    claim_pks = [{reading_id: next(keys) for reading_id in plan.claims} for plan in plans]
    if link_to:
        links = [
            values
            for plan, pks in zip(plans, claim_pks, strict=True)
            if plan.analysis.linked is not None
            for values in link_values(plan.analysis.linked, pks, link_to)
        ]
        insert_values(Evidence, links)
    now = timezone.now()
    CheckRun.objects.filter(article_id__in=[plan.pk for plan in plans], superseded_at__isnull=True).update(
        superseded_at=now
    )
    runs = insert_rows(CheckRun, [new_run(plan.pk, plan.analysis.report, plan.analysis.started, now) for plan in plans])
    store_results([(run.pk, plan.analysis.report, pks) for run, plan, pks in zip(runs, plans, claim_pks, strict=True)])
    # Every claim went in with the priority its findings give it (expected_priorities, from the same report):
    # unlike a re-run, there is no priority to bring up to date.
    return {plan.pk: run for plan, run in zip(plans, runs, strict=True)}
