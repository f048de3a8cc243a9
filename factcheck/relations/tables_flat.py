"""A table that reached the text flattened: its rows above a "Total" row add up to it, column by column.

Copy taken from a web page often keeps a table only as text: each row is its label and then its figures,
the cells parted by spaces or tabs ("Vans 1,204 1,150 4%  Trucks 860 912 -6%  Total 2,064 2,062 0%"), or
every cell on a line of its own, under a header row naming the columns. The layout is read from the bottom:

* the total row: a capitalised "Total" (or "Overall", "Combined", "All ...") that opens a line or follows a
  figure, then its figures, parted by blanks alone;
* the rows above it: each a short label (no sentence punctuation, no loose number) and as many figures as the
  total row, their cells parted by blanks alone; the first row opens a line (the header and its label may share
  it). A row whose label says it is inside another ("of which", "including") is left out of the sum.

Each column whose cells are plain amounts (no percentage, no signed change, no range) is a ``table_total``
relation: its rows' figures against the total row's. The layout ties them (STRUCTURE). A single column of
figures counts as a table only when every row has a line of its own, since prose never parts two figures by
blanks alone but may well say "Total 12" after a sentence. Words in the header that name columns which do not
add up (a percentage, a change, an average, a price, a rate) leave the relation indeterminate: a flattened
header cannot say which column they name.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Evidence, Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue, units

# "Total" opening a row: at a line's start or right after a figure, capitalised as a table's row header is.
_TOTAL = re.compile(
    r"(?:^|(?<=[\d%])[^\S\n]+|(?<=[\d%])\t)[-•*]?[^\S\n]*"
    r"(?P<label>(?:Total|TOTAL|Overall|Combined|Grand\s+total|All\s+[a-z]+)(?:[^\S\n]+[A-Za-z]+){0,3}:?)"
    r"(?=\s+[(\-+−$€£¥]?\d)",
    re.MULTILINE,
)
_TOTAL = gated(_TOTAL)  # read over the whole article, seldom matching: its words are looked up first
# Between the cells of one row: blanks, tabs, line breaks or a bar.
_CELL_GAP = re.compile(r"[\s|]*")
# A row label stops being one at sentence punctuation, a loose number (a cell the reading dropped) or a dash
# standing for an empty cell.
_NOT_LABEL = re.compile(
    r"[a-z0-9%)]\.(?:\s|$)|[;!?]|(?<![\w/])(?!(?:19|20)\d\d\b)\d[\d,.]*(?![\w/])|(?:^|\s)(?:[-–—]|n/?a)(?:\s|$)", re.I
)
# Rows already inside another row.
_INSIDE = re.compile(r"^[-•*\s]*(?:of\s+which|including|incl\.|memo)\b", re.I)
# Header words naming columns that do not add up down the table.
_NOT_ADDED = re.compile(
    r"change|growth|%|percent|share|margin|rate|\bper\b|average|avg|mean|median|ratio|price|index|score|yoy|y/y",
    re.IGNORECASE,
)
# Any total closes the rows above it: "Subtotal", "Total current assets".
_SUBTOTAL = re.compile(r"total|\bsum\b", re.I)
_BLANKS = " \t\n|-•*"
_LABEL_MAX = 60
_HEADER_MAX = 160
_ROWS_MAX = 60


@dataclass
class _Row:
    label: str
    cells: list[Claim]
    own_line: bool


@finder("tables_flat")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    claims = sorted(ctx.claims, key=lambda c: c.span[0])
    starts = [c.span[0] for c in claims]
    for match in _TOTAL.finditer(ctx.text):
        first = bisect.bisect_left(starts, match.end("label"))
        total = _cells(ctx, claims, first, forward=True)
        if not total:
            continue
        rows = _rows_above(ctx, claims, first, len(total))
        if rows is None:
            continue
        parts, header = rows
        yield from _columns(ctx, parts, _Row(match.group("label"), total, True), header)


def _cells(ctx: ArticleContext, claims: Sequence[Claim], index: int, *, forward: bool) -> list[Claim]:
    """The figures of one row from ``index`` on (or back), while blanks alone part them."""
    found: list[Claim] = []
    step = 1 if forward else -1
    i = index
    while 0 <= i < len(claims):
        claim = claims[i]
        if found:
            a, b = (found[-1], claim) if forward else (claim, found[-1])
            if not _CELL_GAP.fullmatch(ctx.text[a.span[1] : b.span[0]]):
                break
        found.append(claim)
        i += step
    return found if forward else found[::-1]


def _rows_above(
    ctx: ArticleContext, claims: Sequence[Claim], total_at: int, width: int
) -> tuple[list[_Row], str] | None:
    """The rows above the total row, top first, and the header text above them; None when there is no table."""
    rows: list[_Row] = []
    end = total_at  # one past the last cell of the row being read
    header = ""
    opened = False  # the top row read so far opens the table
    while end - width >= 0 and len(rows) < _ROWS_MAX:
        cells = claims[end - width : end]
        if any(not _CELL_GAP.fullmatch(ctx.text[a.span[1] : b.span[0]]) for a, b in itertools.pairwise(cells)):
            break
        before = claims[end - width - 1].span[1] if end - width > 0 else 0
        gap = ctx.text[before : cells[0].span[0]].rstrip()
        whole_gap = gap.strip(_BLANKS)
        if _SUBTOTAL.search(whole_gap) and _label_ok(whole_gap, _LABEL_MAX):
            opened = True  # the row after another total row opens the next table
            break
        line = gap[gap.rfind("\n") + 1 :].strip(_BLANKS) if "\n" in gap else None
        if _label_ok(whole_gap, _LABEL_MAX) and not (line is not None and line != whole_gap):
            rows.append(_Row(whole_gap, list(cells), line is not None))
            end -= width
            continue
        if line is not None and _SUBTOTAL.search(line):
            opened = True  # a total row opening its line closes the table above; the rows below it open ours
            break
        if line is not None and _label_ok(line, _HEADER_MAX):
            # The row opens a line; the lines above it (and the start of its own) are the header.
            rows.append(_Row(line, list(cells), True))
            header = gap[-_HEADER_MAX:]
            opened = True
        break
    if not opened:
        while rows and not rows[-1].own_line:
            rows.pop()
    rows = rows[::-1]
    parts = [r for r in rows if not _INSIDE.match(r.label)]
    return (parts, header) if len(parts) >= 2 else None


def _label_ok(label: str, longest: int) -> bool:
    return 0 < len(label) <= longest and any(ch.isalpha() for ch in label) and not _NOT_LABEL.search(label)


def _plain(claim: Claim, ctx: ArticleContext) -> bool:
    q = claim.quantity
    if q.kind in (QuantityKind.PERCENT, QuantityKind.PERCENTAGE_POINT) or q.is_range or claim.change is not None:
        return False
    return ctx.text[claim.span[0] : claim.span[0] + 1] not in "+-−–"


def _columns(ctx: ArticleContext, parts: list[_Row], total: _Row, header: str) -> Iterator[Relation]:
    width = len(total.cells)
    if width == 1 and not all(r.own_line for r in parts):
        return
    not_added = _NOT_ADDED.search(header)
    for j in range(width):
        column = [r.cells[j] for r in parts]
        whole = total.cells[j]
        if not all(_plain(c, ctx) for c in [*column, whole]):
            continue
        agree = units([*column, whole])
        if agree != Agreement.AGREE:
            continue
        name = f"column {j + 1}" if width > 1 else "figures"
        yield Relation(
            kind=RelationKind.TABLE_TOTAL,
            members=[*(Member(role="part", claim=c.id) for c in column), Member(role="whole", claim=whole.id)],
            evidence=Evidence(
                tie=Tie.STRUCTURE,
                cues=[cue(ctx, _span_of(ctx, total.label, whole), "the table's total row")],
                subject=Agreement.AGREE,
                metric=Agreement.AGREE,
                unit=agree,
                period=Agreement.AGREE,
                doubts=[f"the header names a column that may not add up (“{not_added.group(0)}”)"] if not_added else [],
            ),
            reason=(
                f"the {len(column)} rows above “{total.label}” in the table's {name} "
                f"({', '.join(r.label for r in parts)}) should add up to it"
            ),
            params={"total": total.label, "column": name},
            spans=[_span_of(ctx, total.label, whole)],  # type: ignore[list-item]
        )


def _span_of(ctx: ArticleContext, label: str, first: Claim) -> tuple[int, int]:
    start = ctx.text.rfind(label, 0, first.span[0])
    return (start, start + len(label)) if start >= 0 else tuple(first.span)  # type: ignore[return-value]
