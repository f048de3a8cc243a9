"""Per-unit relations: price x count = total, ratios, load factors, share counts, run rates, exchange rates and
market values. Every paragraph here is made up.

Each kind has a consistent paragraph that passes, a one-number break that is flagged, and a pairing the finder
cannot be sure of, which stays quiet (indeterminate, info) whatever the arithmetic says.
"""

from __future__ import annotations

import pytest

from factcheck.claim import ChangeKind, TimeKind
from factcheck.finding import Severity, Status
from factcheck.runner import check_text, run_checks
from tests.conftest import SEED_ARTICLE
from tests.engine.claim_factory import Article, outcome, up

PASS = ("pass", "info")
WARN = ("fail", "warning")
ERROR = ("fail", "error")
QUIET = ("indeterminate", "info")


def results(text: str, check: str) -> set[tuple[str, str]]:
    """(status, severity) of each finding ``check`` makes on ``text``, extraction included."""
    return {(f.status.value, f.severity.value) for f in check_text(text, only=[check]).findings}


CASES = [
    # per_unit: a count, its price and the total in one sentence
    ("per_unit", "Orbis sold 4 million shares at $15 each, raising $60 million.", {PASS}),
    ("per_unit", "Orbis sold 4 million shares at $15 each, raising $90 million.", {WARN}),
    # a total beyond a clause break is not tied to the count before it
    (
        "per_unit",
        "Orbis sold 4 million shares at $15, and its founders sold 2 million shares, raising $90 million in all.",
        set(),
    ),
    ("per_unit", "Orbis sold 4 million shares at $15 and 2 million shares at $14, raising $90 million.", {QUIET}),
    ("per_unit", "Orbis paid $30 million in fees and sold 3 million shares at $12.", set()),
    # a valuation is what the whole company is worth, not what the shares sold cost
    ("per_unit", "Orbis sold 4 million shares at $15 each, valuing the company at $900 million.", set()),
    ("per_unit", "The buyback covered 2 million shares for $100 million at an average price of $50 a share.", {PASS}),
    ("per_unit", "The city will spend $9 billion over three years, or $3 billion a year.", {PASS}),
    ("per_unit", "The city will spend $9 billion over three years, or $5 billion a year.", {WARN}),
    # per_unit: load factor change from traffic and capacity growth
    (
        "per_unit",
        "Traffic rose 8 percent and capacity climbed 5 percent. Load factor rose 2.2 percentage points to 80.5%.",
        {PASS},
    ),
    (
        "per_unit",
        "Traffic rose 8 percent and capacity climbed 5 percent. Load factor rose 4.2 percentage points to 80.5%.",
        {WARN},
    ),
    # the move named by a noun after a bare points figure ("a 3.1-point slide"); no word at all leaves the way open
    (
        "per_unit",
        "Traffic rose 2 percent and capacity climbed 6 percent. The load factor posted a 3.1 percentage-point slide"
        " to 77.0%.",
        {PASS},
    ),
    (
        "per_unit",
        "Kestrel Air's traffic grew 2% while its capacity expanded 6%. The load factor had a 3 percentage point drop,"
        " to 77%.",
        {PASS},
    ),
    (
        "per_unit",
        "Traffic rose 2 percent and capacity climbed 6 percent. The load factor posted a 3.1 percentage-point gain"
        " to 77.0%.",
        {ERROR},
    ),
    (
        "per_unit",
        "Traffic rose 2 percent and capacity climbed 6 percent. The load factor moved 3.1 percentage points to 77.0%.",
        {QUIET},
    ),
    (
        "per_unit",
        "Traffic rose 8 percent. Domestic capacity climbed 5 percent, while Atlantic capacity rose 2 percent. "
        "Load factor rose 6.2 percentage points to 80.5 percent.",
        {QUIET},
    ),
    # per_unit: load factor = traffic / capacity
    (
        "per_unit",
        "Traffic rose 3 percent to 9.1 billion revenue passenger miles. Capacity rose 2 percent to 12.7 billion "
        "available seat miles. Load factor rose 0.8 percentage points to 85.0 percent.",
        {PASS, WARN},
    ),
    # per_unit: dividend yield and months of supply
    ("per_unit", "The new dividend of $2.40 a year gives a yield of 3.2% at the closing price of $75.", {PASS}),
    ("per_unit", "The new dividend of $2.40 a year gives a yield of 4.2% at the closing price of $75.", {WARN}),
    (
        "per_unit",
        "The stock yields 3.6% at the current price of $50, based on its quarterly dividend of 45 cents.",
        {PASS},
    ),
    (
        "per_unit",
        "Sales ran at a seasonally adjusted annual rate of 4.2 million. Prices rose 3%. Inventory stood at 1.4 "
        "million homes for sale, a 6.0-month supply at the current sales pace.",
        {WARN},
    ),
    # per_unit: an average change a year against the first and last levels
    (
        "per_unit",
        "Over the period, the average yearly change in water use was a decrease of 2.5 million litres. Water use "
        "fell from 310 million litres in 1990 to 235 million litres in 2020.",
        {PASS},
    ),
    (
        "per_unit",
        "Over the period, the average yearly change in water use was a decrease of 2.5 million litres. Water use "
        "rose from 235 million litres in 1990 to 310 million litres in 2020.",
        {ERROR},
    ),
    (
        "per_unit",
        "Since 2010, the average annual increase in water use was 4.5 million litres. Water use rose from 235 "
        "million litres in 1990 to 310 million litres in 2020.",
        {QUIET},
    ),
    # share_count
    (
        "share_count",
        "Net income rose to $240 million, or 80 cents a share, from $200 million, or 66 cents, a year earlier.",
        {PASS},
    ),
    (
        "share_count",
        "Net income rose to $240 million, or $1.10 a share, from $200 million, or 66 cents, a year earlier.",
        {WARN},
    ),
    (
        "share_count",
        "Net income rose to $240 million, or 80 cents a share, from $200 billion, or 66 cents, a year earlier.",
        {ERROR},
    ),
    (
        "share_count",
        "Net income attributable to common holders rose to $240 million, or $1.10 a share, from $200 million, or "
        "66 cents, a year earlier.",
        {QUIET},
    ),
    (
        "share_count",
        "Velora Group slid to a net loss of $42 million, or 14 cents a share, compared with a profit of $36 "
        "million, or 12 cents a share, a year before.",
        {PASS},
    ),
    # a pre-tax profit is not what earnings per share divide
    (
        "share_count",
        "Pre-tax profit fell to $3 million from $9 million. Basic earnings per share fell to 2 cents from 3 cents.",
        set(),
    ),
    # run_rate
    ("run_rate", "Orbis raised its quarterly dividend to 30 cents a share, or $1.20 a year.", {PASS}),
    ("run_rate", "Orbis raised its quarterly dividend to 30 cents a share, or $1.50 a year.", {WARN}),
    (
        "run_rate",
        "Orbis raised its quarterly dividend to 30 cents a share. The new dividend comes to $1.20 a year.",
        {PASS},
    ),
    (
        "run_rate",
        "Orbis raised its quarterly dividend to 30 cents a share. The new dividend, including a special payment, "
        "comes to $1.50 a year.",
        {QUIET},
    ),
    (
        "run_rate",
        "The quarterly dividend rises to $0.32 a share, which is $1.28 on an annualized basis.",
        {PASS},
    ),
    ("run_rate", "The economy grew 0.5% in the second quarter, an annualised rate of 2.0%.", {PASS}),
    ("run_rate", "The economy grew 0.5% in the second quarter, an annualised rate of 3.5%.", {WARN}),
    # a year's actual revenue is not four times a quarter's
    ("run_rate", "Quarterly revenue was $10 billion and annual revenue was $38 billion.", set()),
    # exchange_rate
    (
        "exchange_rate",
        "The grant is worth €40 million ($44 million). A second grant of €10 million ($11 million) follows in June.",
        {PASS},
    ),
    (
        "exchange_rate",
        "The grant is worth €40 million ($44 million). A second grant of €10 million ($15 million) follows in June.",
        {WARN},
    ),
    (
        "exchange_rate",
        "The grant is worth €40 million ($44 million). In 2009 a grant of €10 million ($15 million) went to a rival.",
        {QUIET},
    ),
    (
        "exchange_rate",
        "The grant is worth €40 million ($44 million). At the time, a grant of €10 million ($15 million) went to a "
        "rival.",
        {QUIET},
    ),
    # a bare dollar in brackets after a marked US one is the paper's own dollar: a conversion
    (
        "exchange_rate",
        "Orrin Mining booked US$120 million ($200 million) from the sale. Its chief lost US$30 million "
        "($50 million) on paper.",
        {PASS},
    ),
    (
        "exchange_rate",
        "Orrin Mining booked US$120 million ($200 million) from the sale. Its chief lost $US30 million "
        "($70 million) on paper.",
        {WARN},
    ),
    # a bound converted in brackets: the conversion restates the printed figure
    (
        "exchange_rate",
        "Vessa shares lost more than US$90 billion ($126 billion) in value, and its founder US$12 billion "
        "($17 billion).",
        {PASS},
    ),
    (
        "exchange_rate",
        "Vessa shares lost more than US$90 billion ($166 billion) in value, and its founder US$12 billion "
        "($17 billion).",
        {WARN},
    ),
    # a bare dollar after a bare dollar: one currency, no conversion
    (
        "exchange_rate",
        "Fees rose to $12 million ($3 million of it in June) and costs to $8 million ($2 million).",
        set(),
    ),
    # market_value: a value move against the share price move
    (
        "market_value",
        "Shares of Orbis fell 4% on Tuesday. Orbis's market value fell by $5 billion to $120 billion.",
        {PASS},
    ),
    (
        "market_value",
        "Shares of Orbis fell 4% on Tuesday. Orbis's market value fell by $50 billion to $70 billion.",
        {WARN},
    ),
    ("market_value", "Shares fell 4% on Tuesday. The market value fell by $50 billion to $70 billion.", {QUIET}),
]


@pytest.mark.parametrize(("check", "text", "expected"), CASES)
def test_per_unit_relations(check: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert results(text, check) == expected


# market_value: a gain in value against the share price then and now -----------------------------------


def _gain_article(gain: float, hedge: str = "over") -> Article:
    art = Article(
        f"Orbis has gained {hedge} ${gain:g} billion in market value in 2025 alone. Its market capitalization is "
        "currently $120 billion. Orbis stock is trading at $60 per share on Monday. It was at about $36 per share "
        "at the start of 2025."
    )
    art.claim(
        f"${gain:g} billion",
        gain * 1e9,
        "money",
        hedge=hedge,
        subject="Orbis",
        metric="market_value_change",
        change=up(ChangeKind.ABSOLUTE, "gained"),
        period=art.time("in 2025 alone", TimeKind.PERIOD, year=2025),
    )
    art.claim("$120 billion", 120e9, "money", subject="Orbis", metric="market_cap")
    for surface, value, when in (
        ("$60 per share", 60, art.time("Monday", TimeKind.DATE)),
        ("$36 per share", 36, art.time("the start of 2025", TimeKind.POINT, year=2025, part="start")),
    ):
        art.claim(surface, value, "per_unit", noun="share", subject="Orbis", metric="share_price", period=when)
    return art


@pytest.mark.parametrize(("gain", "expected"), [(40, PASS), (70, WARN)])
def test_market_value_gain_against_the_price_move(gain: float, expected: tuple[str, str]) -> None:
    assert outcome(_gain_article(gain), "market_value") == {expected}


def test_market_value_gain_message_starts_from_the_price_not_from_the_gain() -> None:
    report = run_checks(_gain_article(40).text, _gain_article(40).claims, only=["market_value"])
    (finding,) = report.findings
    # At $36 against $60 the value was 120 x 36 / 60 = $72 billion: the stated gain is not a start.
    assert "$72 billion" in finding.message and "$48 billion" in finding.message
    assert "$40 billion ->" not in finding.message


@pytest.mark.parametrize(("subject", "expected"), [("Vega", set()), (None, {QUIET})])
def test_market_value_gain_needs_the_company_named_throughout(subject: str | None, expected: set) -> None:
    art = _gain_article(70)
    art.claims[1] = art.claims[1].model_copy(update={"subject": subject})
    assert outcome(art, "market_value") == expected


def test_seed_article_keeps_its_market_value_pass() -> None:
    if not SEED_ARTICLE.exists():
        pytest.skip(f"seed article not found at {SEED_ARTICLE}")
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    found = [f for f in check_text(text, only=["market_value"]).findings]
    assert [(f.status, f.severity) for f in found] == [(Status.PASS, Severity.INFO)]
    covered = {text[s:e] for s, e in found[0].spans}
    assert {"$100 billion", "$342 billion"} <= covered
    # The value at the start of 2025 follows from the prices ($342 billion x 85 / 144), not from the gain.
    assert "201.9 billion" in found[0].message
    assert "$100 billion -> $342 billion" not in found[0].message


@pytest.mark.parametrize(("level", "expected"), [("Rs 330 lakh crore", PASS), ("Rs 3.3 lakh crore", ERROR)])
def test_a_whole_market_moves_with_its_index(level: str, expected: tuple[str, str]) -> None:
    text = (
        "The ZSE All Share index fell 210.5 points, or 1.2 per cent, to 17,330.2 on Monday. The market "
        f"capitalisation of ZSE-listed companies fell by Rs 4.1 lakh crore to {level}."
    )
    assert results(text, "market_value") == {expected}
