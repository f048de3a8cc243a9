"""Figures in a page's tables: a table's rows against its total row, and a change in the prose against the table.

A web page's tables reach the engine as ``sources["tables"]`` (cell places in the
text, :mod:`factcheck.tables`). Two shapes are found:

* table_total: in one column, the figures of the rows between the headers (or the
  last total) and a row headed "Total ..." add up to that row's figure. The layout
  ties them, so the pairing is certain, unless a column holds percentages or
  changes (which do not add up) or a row is missing its figure.
* percent_change: a percentage change in the prose ("fourth-quarter revenue rose
  8%") against the row of the table that names the same measure ("Revenue | 58.6 |
  54.0"), from the column of the earlier period to that of the later. Certain when
  one row alone names the measure, the table's subject is the prose's, and the
  columns are the two periods compared: the prose's period, when it names one, is
  the later column's, and the earlier column is as far before it as the prose
  says ("from the previous quarter"), a year when it says nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from factcheck.claim import ChangeKind, Claim
from factcheck.context import ArticleContext
from factcheck.figures import norm_noun, show
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Evidence, Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue, units
from factcheck.tables import Cell, Layout, Table, layout, measure_of_header

# Columns whose figures do not add up down the table.
_NOT_ADDED = re.compile(r"change|growth|%|percent|share|margin|rate|per\b|average|ratio", re.IGNORECASE)
# Rows that are already inside another row: "of which exports".
_INSIDE = re.compile(r"^(?:of which|including|memo|incl\.)", re.IGNORECASE)


def tables_of(ctx: ArticleContext) -> list[Table]:
    sources = ctx.sources if isinstance(ctx.sources, dict) else {}
    found = []
    for table in sources.get("tables") or []:
        found.append(table if isinstance(table, Table) else Table.model_validate(table))
    return found


def _grid(ctx: ArticleContext, shape: Layout) -> dict[tuple[int, int], Claim]:
    """The figure of each body cell that holds exactly one."""
    grid: dict[tuple[int, int], Claim] = {}
    for row in shape.body():
        for cell in row:
            inside = [c for c in ctx.claims_in(*cell.span) if c.span[1] <= cell.span[1]]
            if len(inside) == 1:
                grid[(cell.row, cell.col)] = inside[0]
    return grid


def _header(shape: Layout, cell: Cell | None) -> str:
    return cell.text if cell is not None else "?"


@finder("tables")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    tables = tables_of(ctx)
    shapes = [layout(t) for t in tables]
    grids = [_grid(ctx, shape) for shape in shapes]
    for shape, grid in zip(shapes, grids, strict=True):
        yield from _totals(ctx, shape, grid)
    in_tables = {c.id for grid in grids for c in grid.values()}
    rows = [(shape, grid, row) for shape, grid in zip(shapes, grids, strict=True) for row in _named_rows(shape)]
    for claim in ctx.claims:
        if claim.id in in_tables or not _is_change(claim) or not claim.measure:
            continue
        relation = _against_table(ctx, claim, rows)
        if relation is not None:
            yield relation


def _totals(ctx: ArticleContext, shape: Layout, grid: dict[tuple[int, int], Claim]) -> Iterator[Relation]:
    body = [row[0].row for row in shape.body() if row]
    start = 0
    for i, r in enumerate(body):
        if not shape.is_total(r):
            continue
        parts_rows = [p for p in body[start:i] if not _INSIDE.match(_header(shape, shape.row_header(p)))]
        start = i + 1
        if len(parts_rows) < 2:
            continue
        total_name = _header(shape, shape.row_header(r))
        for col in sorted({c for (row, c) in grid if row == r}):
            column = shape.column_header(col)
            whole = grid[(r, col)]
            parts = [grid.get((p, col)) for p in parts_rows]
            if column is not None and _NOT_ADDED.search(column.text):
                continue
            if any(p is None for p in parts) or any(_is_rate(c) for c in [whole, *parts] if c is not None):
                continue
            members = [c for c in parts if c is not None]
            headers = [h.span for h in (shape.row_header(r), column) if h is not None]
            yield Relation(
                kind=RelationKind.TABLE_TOTAL,
                members=[*(Member(role="part", claim=c.id) for c in members), Member(role="whole", claim=whole.id)],
                evidence=Evidence(
                    tie=Tie.STRUCTURE,
                    cues=[cue(ctx, span, "the table's total row and its column") for span in headers],
                    subject=Agreement.AGREE,
                    metric=Agreement.AGREE,
                    unit=units([*members, whole]),
                    period=Agreement.AGREE,
                ),
                reason=(
                    f"the {len(members)} rows above “{total_name}” in the table's "
                    f"“{_header(shape, column)}” column should add up to it"
                ),
                params={"total": total_name, "column": _header(shape, column)},
                spans=headers,  # type: ignore[arg-type]
            )


def _is_rate(claim: Claim) -> bool:
    return claim.quantity.kind in (QuantityKind.PERCENT, QuantityKind.PERCENTAGE_POINT) or claim.change is not None


def _is_change(claim: Claim) -> bool:
    change = claim.change
    return change is not None and change.kind == ChangeKind.RELATIVE and claim.quantity.kind == QuantityKind.PERCENT


def _named_rows(shape: Layout) -> list[int]:
    return [row[0].row for row in shape.body() if row and shape.row_header(row[0].row) is not None]


def _measure(text: str) -> str:
    """A row's measure, a total's as its parts' ("Total revenue" is revenue)."""
    return measure_of_header(re.sub(r"^(?:total|overall|group)\s+", "", text.strip(), flags=re.IGNORECASE))


def _when(claim: Claim) -> tuple[float, float] | None:
    ref = claim.period
    if ref is None or ref.year is None:
        return None
    start = ref.year + ((ref.quarter - 1) / 4 if ref.quarter else (ref.month - 1) / 12 if ref.month else 0.0)
    return start, start + (ref.months or 12) / 12


def _fits(claim: Claim, column: Claim) -> Agreement:
    """Whether the prose's period can be the column's: "fourth-quarter" fits "Q4 2024"; "2023" does not."""
    said, cell = claim.period, column.period
    if said is None or cell is None:
        return Agreement.UNKNOWN
    if said.year is not None and said.year != cell.year:
        return Agreement.DISAGREE
    for part in ("quarter", "month"):
        a, b = getattr(said, part), getattr(cell, part)
        if a is not None and a != b:
            return Agreement.DISAGREE
    return Agreement.AGREE


def _against_table(
    ctx: ArticleContext, change: Claim, rows: Sequence[tuple[Layout, dict[tuple[int, int], Claim], int]]
) -> Relation | None:
    wanted = change.measure
    matches = [(shape, grid, r) for shape, grid, r in rows if _measure(_header(shape, shape.row_header(r))) == wanted]
    if not matches:
        return None
    # "Ticket sales" and "Total revenue" both name revenue: the total row is the measure, the others its parts.
    totals = [m for m in matches if m[0].is_total(m[2])]
    if len(totals) == 1:
        total_shape, _, total_row = totals[0]
        parts = [m for m in matches if m[0] is total_shape and m[2] < total_row]
        matches = totals + [m for m in matches if m not in totals and m not in parts]
    shape, grid, r = matches[0]
    dated = sorted(
        ((when, c) for (row, _), c in grid.items() if row == r and (when := _when(c)) is not None),
        key=lambda pair: pair[0],
    )
    if len(dated) < 2:
        return None
    fitting = [(when, c) for when, c in dated if _fits(change, c) != Agreement.DISAGREE]
    if not fitting:
        return None
    end_when, end = fitting[-1]
    earlier = [(when, c) for when, c in dated if when[1] <= end_when[0]]
    if not earlier:
        return None
    # The move starts as far back as the prose says ("from the previous quarter"), else a year before its end.
    said = change.baseline.months if change.baseline is not None and change.baseline.months else None
    gap = (said or 12) / 12
    apart = [(w, c) for w, c in earlier if abs((end_when[0] - w[0]) - gap) < 0.01]
    _, start = (apart or earlier)[-1]
    ambiguous: list[str] = []
    doubts: list[str] = []
    if len(matches) > 1:
        ambiguous.append(f"the “{_header(matches[1][0], matches[1][0].row_header(matches[1][2]))}” row of a table")
    if len(dated) > 2 and not apart:
        ambiguous.append("another column of the table")
    if said is not None and not apart and change.baseline is not None:
        doubts.append(f"the prose compares “{change.baseline.text}”, and no column of the table is that far before")
    subject = _subject(ctx, change, shape)
    period = _fits(change, end)
    header = shape.row_header(r)
    spans = [s for s in (header.span if header else None, *(c.period.span for c in (start, end) if c.period)) if s]
    return Relation(
        kind=RelationKind.PERCENT_CHANGE,
        members=[
            Member(role="change", claim=change.id),
            Member(role="from", claim=start.id),
            Member(role="to", claim=end.id),
        ],
        evidence=Evidence(
            tie=Tie.INFERRED,
            cues=[cue(ctx, spans[0], "the table row naming the measure")] if spans else [],
            sentences_apart=ctx.sentences_apart(change, end),
            subject=subject,
            metric=Agreement.AGREE,
            unit=units([start, end]),
            period=Agreement.AGREE if period != Agreement.DISAGREE else period,
            ambiguous=ambiguous,
            doubts=doubts,
        ),
        reason=(
            f"the change in {change.measure} is compared with the table's “{_header(shape, header)}” row: "
            f"{_label(start)} {show(start)}, {_label(end)} {show(end)}"
        ),
        params={"table_row": _header(shape, header)},
        spans=spans,  # type: ignore[arg-type]
    )


def _label(claim: Claim) -> str:
    return claim.period.text if claim.period is not None else "?"


def _subject(ctx: ArticleContext, change: Claim, shape: Layout) -> Agreement:
    """The prose names the table's subject (its title's); or, where one of them names none, the article names no
    one else for this measure, so both are the article's own."""
    ours, title = norm_noun(change.subject), norm_noun(shape.title)
    if ours and title:
        return Agreement.AGREE if ours in title else Agreement.UNKNOWN
    named = {norm_noun(c.subject) for c in ctx.claims if c.subject and c.measure == change.measure}
    return Agreement.AGREE if len(named) <= 1 else Agreement.UNKNOWN
