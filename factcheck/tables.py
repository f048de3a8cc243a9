"""Tables of a document: where each cell stands in the stored text, and what its headers say.

A web page's table is stored as text, one row a line, cells parted by " | ", so a
reviewer reads it as printed; a :class:`Table` keeps where every cell stands in that
text. Which rows are column headers and which column holds row headers is read
from the cells themselves (a header has no figure in it), since pages mark them up
loosely. :func:`read_table_claims` gives each figure in a table its row header as
subject and measure and its column header as period, as a sentence would have.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from factcheck.claim import Claim, Metric, TimeKind, TimeRef
from factcheck.quantity import QuantityKind
from factcheck.spans import Span

CELL_SEPARATOR = " | "

# A cell that is one figure: "58.6", "$1,204", "(3.1)", "-4%", "12.5 m". Anything with words is a header or a note.
_FIGURE = re.compile(r"^[(\-–−+]?\s*[$£€¥]?\s*\d[\d,]*(?:\.\d+)?\s*(?:%|m|bn|k|pts?)?\)?$", re.IGNORECASE)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_TOTAL = re.compile(r"^(?:total|all|overall|sum)\b|\btotal$", re.IGNORECASE)


class Cell(BaseModel):
    model_config = ConfigDict(frozen=True)

    row: int
    col: int
    span: Span = Field(description="Where the cell's text stands in the document text; empty cells are empty spans.")
    text: str
    header: bool = Field(False, description="Marked as a header in the page (a th, a header row).")


class Table(BaseModel):
    model_config = ConfigDict(frozen=True)

    span: Span = Field(description="From the first row to the end of the last; a caption is a row of its own.")
    cells: list[Cell]

    @property
    def rows(self) -> list[list[Cell]]:
        grid: dict[int, list[Cell]] = {}
        for cell in self.cells:
            grid.setdefault(cell.row, []).append(cell)
        return [sorted(grid[r], key=lambda c: c.col) for r in sorted(grid)]


def is_figure(text: str) -> bool:
    return bool(_FIGURE.match(text.strip()))


@dataclass(frozen=True)
class Layout:
    """How a table reads: its header rows, whether its first column names the rows, and its title."""

    table: Table
    header_rows: int  # leading rows that hold no figure
    row_headers: bool  # the first column names each row
    title: str  # the caption: a lone leading cell that titles the table

    def column_header(self, col: int) -> Cell | None:
        """The lowest header row's cell over ``col`` (the one nearest the figures)."""
        for row in reversed(self.table.rows[: self.header_rows]):
            if len(row) == 1 and row[0].text == self.title:
                continue  # the caption row titles the whole table, not its first column
            cell = next((c for c in row if c.col == col), None)
            if cell is not None and cell.text.strip():
                return cell
        return None

    def row_header(self, row: int) -> Cell | None:
        if not self.row_headers:
            return None
        cells = self.table.rows[row]
        return cells[0] if cells and cells[0].text.strip() and not is_figure(cells[0].text) else None

    def body(self) -> list[list[Cell]]:
        return self.table.rows[self.header_rows :]

    def is_total(self, row: int) -> bool:
        header = self.row_header(row)
        return header is not None and bool(_TOTAL.search(header.text.strip()))


def layout(table: Table) -> Layout:
    rows = table.rows
    title = ""
    header_rows = 0
    width = max((c.col + 1 for c in table.cells), default=0)
    for row in rows:
        filled = [c for c in row if c.text.strip()]
        # "Department | 2025 | 2024": years over the columns are headers, not figures.
        if not filled or any(is_figure(c.text) and not _YEAR.match(c.text.strip()) for c in filled):
            break
        if len(filled) == 1 and filled[0].col == 0 and width > 1 and not title:
            title = filled[0].text  # a caption printed as a row of its own
        header_rows += 1
    if header_rows == len(rows):
        header_rows = 0  # a table of words and years alone: nothing marks a header
    body = rows[header_rows:]
    row_headers = bool(body) and all(r and r[0].text.strip() and not is_figure(r[0].text) for r in body)
    return Layout(table, header_rows, row_headers, title)


def cell_at(tables: Sequence[Table], span: Span) -> tuple[Table, Cell] | None:
    """The table cell a span of text lies in, if any."""
    for table in tables:
        if not table.span[0] <= span[0] < table.span[1]:
            continue
        for cell in table.cells:
            if cell.span[0] <= span[0] and span[1] <= cell.span[1]:
                return table, cell
    return None


# Row headers that name a measure the engine knows: the first word that matches decides.
_METRICS = (
    (re.compile(r"\b(?:revenue|sales|turnover)\b", re.IGNORECASE), Metric.REVENUE),
    (re.compile(r"\b(?:profit|net income|earnings|ebitda|operating income)\b", re.IGNORECASE), Metric.PROFIT),
    (re.compile(r"\b(?:employees|staff|headcount|jobs)\b", re.IGNORECASE), Metric.HEADCOUNT),
    (re.compile(r"\bmarket share\b", re.IGNORECASE), Metric.MARKET_SHARE),
)


def measure_of_header(header: str) -> str:
    """The measure a row header names, in the engine's words where the header ends on a measure word ("Total
    spending" is "expenses", "Net income" is "net income"), else the header itself ("passenger fares")."""
    from factcheck.extraction.measures import measure_of

    def read(text: str) -> str | None:
        # As if the header were a sentence ending on its figure: "Total spending 1".
        line = f"{text} 1"
        return measure_of(line, len(text) + 1, len(line), (0, len(line)), QuantityKind.NUMBER, None)

    text = " ".join(header.split())
    found = read(text)
    # The measure word must be the header's last word: "Passenger fares" are no count of passengers.
    if found is not None and (" " not in text or read(text.rsplit(" ", 1)[0]) != found):
        return found
    return text.lower()


def metric_of(header: str) -> Metric:
    for pattern, metric in _METRICS:
        if pattern.search(header):
            return metric
    return Metric.UNKNOWN


def period_of(header: Cell) -> TimeRef | None:
    """The period a column header names ("Q4 2024", "2023", "March 2025"), its span in the text."""
    from factcheck.extraction.timerefs import find_time

    scan = find_time(header.text)
    refs = [r for r in scan.refs if r.year is not None]
    if not refs:
        return None
    ref = refs[0]
    start = header.span[0] + ref.span[0]
    return ref.model_copy(update={"span": (start, header.span[0] + ref.span[1]), "kind": TimeKind.PERIOD})


def subject_of(shape: Layout) -> str | None:
    """Whom a table is about: the lead of its title ("Harbourline Ferries, quarterly results")."""
    lead = re.split(r"[,:;(–—]| - ", shape.title, maxsplit=1)[0].strip()
    return lead or None


def read_table_claims(claims: Sequence[Claim], tables: Sequence[Table]) -> list[Claim]:
    """``claims`` with every figure in a table cell read from its headers: the row header is its measure, the
    column header its period, and the table's title names its subject (an untitled table names none). Figures
    outside tables are returned as they were."""
    if not tables:
        return list(claims)
    layouts = {id(t): layout(t) for t in tables}
    read: list[Claim] = []
    for claim in claims:
        found = cell_at(tables, claim.span)
        if found is None or found[1].row < layouts[id(found[0])].header_rows:
            read.append(claim)
            continue
        table, cell = found
        shape = layouts[id(table)]
        row = shape.row_header(cell.row)
        column = shape.column_header(cell.col)
        # What a sentence would have lent the figure is replaced: a table's cells have no sentence around them.
        update: dict = {"subject": subject_of(shape), "subject_span": None, "period": None, "baseline": None}
        update |= {"change": None, "related": {}}
        if row is not None:
            update |= {"measure": measure_of_header(row.text), "metric": metric_of(row.text)}
        if column is not None:
            update["period"] = period_of(column)
        read.append(claim.model_copy(update=update))
    return read
