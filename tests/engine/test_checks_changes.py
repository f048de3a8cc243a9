"""Changes stated with their levels, end to end on made-up sentences: percent, absolute, points, direction.

Each row is one sentence and what the named check must say about it: consistent copy passes, a one-number break
fails loudly when the clause ties the figures, and stays quiet when it does not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pytest

from factcheck.context import ArticleContext
from factcheck.extraction import extract_claims
from factcheck.relation import Relation
from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")
ERROR = ("fail", "error")
QUIET = ("indeterminate", "info")


def verdicts(text: str, check: str, pairing: str = "") -> set[tuple[str, str]]:
    """Status and severity of ``check``'s findings on ``text``; with ``pairing``, of those whose pairing says it."""
    return {
        (f.status.value, f.severity.value)
        for f in check_text(text).findings
        if f.check == check and pairing in (f.pairing or "")
    }


def figure_pairs(find: Callable[[ArticleContext], Iterable[Relation]], text: str) -> set[tuple[str, str]]:
    """The printed figures of the first two members of each relation one finder makes of ``text``."""
    ctx = ArticleContext(text=text, claims=list(extract_claims(text)))
    by_id = {c.id: c for c in ctx.claims}
    return {(by_id[r.members[0].claim].quantity.text, by_id[r.members[1].claim].quantity.text) for r in find(ctx)}


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        # percent change with both ends, in the orders copy uses
        ("Quarterly revenue rose 12% to $5.6 billion from $5.0 billion.", "percent_change", {PASS}),
        ("Quarterly revenue rose 22% to $5.6 billion from $5.0 billion.", "percent_change", {WARN}),
        ("Quarterly revenue rose 12% from $5.0 billion to $5.6 billion.", "percent_change", {PASS}),
        ("Revenue was $5.6 billion, up 12% from $5.0 billion a year earlier.", "percent_change", {PASS}),
        ("Revenue was $5.6 billion, up 20% from $5.0 billion a year earlier.", "percent_change", {WARN}),
        (
            "Exports climbed 8.2 percent in March to $41.1 billion, compared with $38.0 billion.",
            "percent_change",
            {PASS},
        ),
        ("Sales slipped 4 percent to 812,000 units from 846,000 units.", "percent_change", {PASS}),
        ("Sales slipped 4 percent to 912,000 units from 846,000 units.", "percent_change", {ERROR}),  # sign
        # a move in points and in percent, with its end
        ("The index fell 52.4 points, or 1.3 per cent, to 3,978.6 on Tuesday.", "percent_change", {PASS}),
        ("The index fell 52.4 points, or 2.3 per cent, to 3,978.6 on Tuesday.", "percent_change", {WARN}),
        ("The index closed at 3,978.6, down 52.4 points or 1.3 per cent.", "percent_change", {PASS}),
        # a move between two levels restated in percent after "or", with or without its comma
        ("Paper filings at Ferrow fell from 8,600 to 2,150, or 75%.", "percent_change", {PASS}),
        ("Paper filings at Ferrow fell from 8,600 to 2,150 or 75%.", "percent_change", {PASS}),
        ("Paper filings at Ferrow fell from 8,600 to 2,150 or 55%.", "percent_change", {WARN}),
        # a truncated percentage is not an error: 25.88% printed as 25.8%
        ("Profit declined 25.8% from $297.1 million to $220.2 million.", "percent_change", {PASS}),
        # an absolute change against both ends
        ("The stock fell $1.80 to $7.20 from $9.00.", "absolute_change", {PASS}),
        ("The stock fell $2.80 to $7.20 from $9.00.", "absolute_change", {WARN}),
        # points between two rates
        ("The jobless rate rose 0.3 percentage point to 4.1% from 3.8%.", "points_change", {PASS}),
        ("The jobless rate rose 0.6 percentage point to 4.1% from 3.8%.", "points_change", {WARN}),
        # tenths of a point with "point" left out, and "of 1 percentage point"
        ("Vacancies in Lisdoon stood at 6.4%, down three-tenths from June's 6.7%.", "points_change", {PASS}),
        ("Vacancies in Lisdoon stood at 6.4%, down three-tenths from June's 7.3%.", "points_change", {WARN}),
        ("The default rate edged up two-tenths to 2.9 percent from 2.7 percent.", "points_change", {PASS}),
        ("The default rate edged up two-tenths to 2.9 percent from 2.4 percent.", "points_change", {WARN}),
        ("Household saving dropped a tenth of 1 percentage point, to 4.4% from 4.5%.", "points_change", {PASS}),
        ("Household saving dropped a tenth of 1 percentage point, to 4.4% from 4.8%.", "points_change", {WARN}),
        # direction words against the move
        ("Net profit increased to $12.4 million from $10.1 million.", "direction", {PASS}),
        ("Net profit increased to $8.4 million from $10.1 million.", "direction", {ERROR}),
        ("The vacancy rate fell from 6.2 percent to 5.9 percent.", "direction", {PASS}),
        ("The vacancy rate fell from 6.2 percent to 6.9 percent.", "direction", {ERROR}),
        ("The carrier flew 4.3 million passengers, up from 3.9 million.", "direction", {PASS}),
        ("Stock in warehouses grew from 5.1 months to 6.3 months.", "direction", {PASS}),
        # "up from" after the level opens its start: the level is no move of its own
        ("Fees at Lumo Pay grew by 12.5% to KSh 40.5 billion up from KSh 36 billion.", "percent_change", {PASS}),
        ("Fees at Lumo Pay grew by 18.5% to KSh 40.5 billion up from KSh 36 billion.", "percent_change", {WARN}),
        # a whole-number rate beside one with decimals has dropped its ".0": "2%" is 2.0%, so this is a fall
        ("Core prices also climbed to 2.6% in May from 3% in April, the office said.", "direction", {WARN}),
        ("Core prices also climbed to 3.4% in May from 3% in April, the office said.", "direction", {PASS}),
        ("Core prices also climbed to 3% in May from 2.6% in April, the office said.", "direction", {PASS}),
        ("Support also climbed to 44% in May from 45% in April.", "direction", {ERROR}),
        # "Gross Value Added" names a measure: no direction word there
        ("Gross Value Added growth decelerated to 1.2 per cent from 2.5 per cent.", "direction", {PASS}),
    ],
)
def test_changes_in_one_clause(text: str, check: str, expected: set) -> None:
    assert verdicts(text, check) == expected


@pytest.mark.parametrize(
    ("text", "check"),
    [
        # two clauses, two moves: the percentage of one never pairs with the levels of the other
        (
            "Revenue grew 16.9% to €36.6 million, and costs climbed 15.8% to €32.8 million from €28.3 million.",
            "percent_change",
        ),
        # a per-share figure is not the start of a total
        ("Net earnings were $212.8 million, or 46 cents per share, up from $187.3 million, or 41 cents.", "direction"),
        # a restated total in other units between two totals
        ("Profit rose to $5.4 billion, or 62 cents a share, from $3.6 billion, or 40 cents a share.", "direction"),
    ],
)
def test_no_alarm_across_clauses_or_units(text: str, check: str) -> None:
    assert not {v for v in verdicts(text, check) if v[1] != "info"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after a comma opens the move's own clause: its verb, not the word before, says the direction
        ("The board trimmed a 25% request, lifting the levy from 6.12 to 7.40 mills.", {PASS}),
        ("The board trimmed a 25% request, lifting the levy from 7.40 to 6.12 mills.", {ERROR}),
        ("Trustees cut two new posts, raising the rate from 41.5 cents to 43 cents.", {PASS}),
        ("Trustees cut two new posts, raising the rate from 43 cents to 41.5 cents.", {ERROR}),
        ("Costs rose again, cutting the margin from 12.4% to 9.8%.", {PASS}),
        ("Costs rose again, cutting the margin from 9.8% to 12.4%.", {ERROR}),
        ("Flu cases fell in 14 counties, including Alder County (dropping from 310 to 250).", {PASS}),
        ("Flu cases fell in 14 counties, including Alder County (dropping from 250 to 310).", {ERROR}),
        # a participle that moves its object in no stated direction leaves the move without one
        ("The council cut a 20% plan, taking the levy from 5.35 to 6.10 mills.", set()),
        ("Enrolment fell in the spring, bringing the roll from 1,240 to 1,310 pupils.", set()),
        # an -ing word that leads a phrase is no clause of its own
        ("Rents fell, according to the survey, from $1,420 to $1,380.", {PASS}),
        ("Rents fell, according to the survey, from $1,380 to $1,420.", {ERROR}),
    ],
)
def test_a_participle_clause_governs_its_own_move(text: str, expected: set) -> None:
    assert verdicts(text, "direction") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the year of a price base dates the prices, not the figure: the order is the words'
        ("Farm output growth slowed to 3.1 per cent (at 2011-12 prices) against 4.8 per cent in 2019-20.", {PASS}),
        ("Farm output growth slowed to 5.1 per cent (at 2011-12 prices) against 4.8 per cent in 2019-20.", {ERROR}),
        ("Real wages dropped to $612 (in 2015 dollars) against $640 in 2019.", {PASS}),
        ("Real wages dropped to $662 (in 2015 dollars) against $640 in 2019.", {ERROR}),
        # the years of the figures themselves still give the order
        ("Turnout slid to 27,100 voters in 2012 vs 31,420 in 2008.", {PASS}),
        ("Turnout slid to 31,420 voters in 2012 vs 27,100 in 2008.", {ERROR}),
    ],
)
def test_a_price_base_year_dates_no_figure(text: str, expected: set) -> None:
    assert verdicts(text, "direction") == expected


def test_a_bare_figure_thousands_of_times_smaller_stays_quiet() -> None:
    # "Rs 2,973.91" lost its "crore": the move looks like a collapse, but the words leave the scale unsaid.
    text = "Revenue increased 29.11%, from Rs 2,303.35 crore in the June quarter to Rs 2,973.91 in September."
    assert ERROR not in verdicts(text, "direction") and WARN not in verdicts(text, "percent_change")


def test_findings_say_why_the_figures_were_paired() -> None:
    report = check_text("Quarterly revenue rose 22% to $5.6 billion from $5.0 billion.")
    [finding] = [f for f in report.findings if f.check == "percent_change"]
    assert finding.pairing and "one clause gives the change and both ends" in finding.pairing
    relation = next(r for r in report.relations if r.id == finding.relation)
    assert relation.evidence.certain and [c.meaning for c in relation.evidence.cues]


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        # a move in units and one in percent that end at the same level are one move
        ("The benchmark slipped 47.8 points to finish at 6,112.4, down 0.8%.", "percent_change", {PASS}),
        ("The benchmark slipped 97.8 points to finish at 6,112.4, down 0.8%.", "percent_change", {WARN}),
        # a bare change in one sentence, the move in units with its end in the next
        (
            "Selling caused a 2% drop in the index today. The index closed 114.6 points lower at 5,703.8.",
            "percent_change",
            {PASS},
        ),
        (
            "Selling caused a 4% drop in the index today. The index closed 114.6 points lower at 5,703.8.",
            "percent_change",
            {WARN},
        ),
        # a change over a span running to now ("this month", "so far this year", "for the week") is not the
        # session's move in units stated next, unless that move names the same span
        (
            "Despite the dip, the Corvane index is still up 9% this month. The index fell 4.12 points to 2,410.3.",
            "percent_change",
            {QUIET},
        ),
        (
            "The Corvane index has gained 6% so far this year. The index rose 18.4 points to 2,410.3.",
            "percent_change",
            {QUIET},
        ),
        (
            "The Corvane index is up 3% for the week. The index rose 12.5 points to 2,410.3.",
            "percent_change",
            {QUIET},
        ),
        (
            "The Corvane index is up 3% for the week. For the week, the index rose 12.5 points to 2,410.3.",
            "percent_change",
            {WARN},
        ),
        (
            "The Corvane index is up 3% for the week. For the week, the index rose 70.2 points to 2,410.3.",
            "percent_change",
            {PASS},
        ),
        # "a decline from" a sentence later moves the figure that happened, not the forecast told between
        (
            "Nonfarm payrolls totaled 140,000 jobs in May. Economists had expected 125,000 jobs. The total was a "
            "decline from 190,000 jobs in April.",
            "direction",
            {PASS},
        ),
        (
            "Nonfarm payrolls totaled 140,000 jobs in May. Economists had expected 155,000 jobs. The total was a "
            "decline from 120,000 jobs in April.",
            "direction",
            {ERROR},
        ),
        # a forecast's own move ("would be") still ends at the forecast
        (
            "Economists expect the economy to grow 2.1 percent next year. That would be up from 2.5 percent this year.",
            "direction",
            {ERROR},
        ),
        # a per-share amount and a bare amount of one currency are one series
        (
            "The trust announced a distribution of $1.1240 a share, up from its last dividend of 107.35 cents.",
            "direction",
            {PASS},
        ),
        # the change names what it changed: the 28% is the profits', not the shares'
        (
            "The bank's shares closed down 9p to 828p after it announced a 28% drop in first-half profits.",
            "percent_change",
            set(),
        ),
        # an index named with a number is no level: "S&P 500" does not end the move
        ("The S&P 500 index dropped 11.47, or 0.8 percent, to 1,402.19.", "percent_change", {PASS}),
    ],
)
def test_moves_told_in_pieces(text: str, check: str, expected: set) -> None:
    assert verdicts(text, check) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a percentage and a size in units that name different bases are two moves of one series
        (
            "Grain stocks at Pellar are 6% below last year's level at 1.2 billion bushels, a rise of 80 million "
            "bushels from June.",
            {QUIET},
        ),
        (
            "Bullion holdings stood 5% above a year earlier at 340 tonnes, down 12 tonnes from the previous month.",
            {QUIET},
        ),
        ("Sales at Norvik rose 6% year on year to 1,200 units, up 80 units from the previous month.", {QUIET}),
        ("Sales at Norvik rose 6% year on year to 1,200 units, up 80 units week on week.", {QUIET}),
        # one base named and the moves going opposite ways: the unit move is from some other mark
        ("Hotel stays in Darrow are 4% below last year at 96,000 nights, an increase of 5,000 nights.", {QUIET}),
        # the same base on both sides, or none, is one move said twice
        ("Sales at Norvik rose 6% year on year to 1,200 units, up 80 units from a year earlier.", {WARN}),
        ("Bullion holdings stood 5% above a year earlier at 340 tonnes, up 16 tonnes from a year earlier.", {PASS}),
        ("Grain stocks fell 6% to 1.2 billion bushels, a rise of 80 million bushels.", {ERROR}),
        # a capitalised "May" after the figure with no word pointing back is no base
        ("Output rose 6% from a year earlier to 1,200 tonnes, up 80 tonnes, May figures showed.", {WARN}),
    ],
)
def test_a_percent_and_a_unit_move_on_different_bases(text: str, expected: set) -> None:
    assert verdicts(text, "percent_change") == expected
