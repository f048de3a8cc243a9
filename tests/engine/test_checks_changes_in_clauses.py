"""Moves whose figures the prose spreads over a sentence: a percentage summed up first and its levels in a
trailing clause. Every sentence is made up.

Each family has a consistent sentence that passes, a one-number break that fails, and look-alikes that must
not pair (another measure, a contrast clause, two rates, a pair that is not the percentage's move).
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")
ERROR = ("fail", "error")
QUIET = ("indeterminate", "info")


def verdicts(text: str, check: str = "percent_change") -> set[tuple[str, str]]:
    return {(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == check}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "P, with/as <noun> <verb> from X to Y": the trailing clause gives the move's two levels
        ("Kestrel fell 12.5 percent, with deliveries dropping from 4.8 million to 4.2 million.", {PASS}),
        ("Kestrel fell 22.5 percent, with deliveries dropping from 4.8 million to 4.2 million.", {WARN}),
        ("Kestrel grew 9 percent as deliveries climbed to 1.31 million from 1.2 million.", {PASS}),
        ("Kestrel grew 19 percent as deliveries climbed to 1.31 million from 1.2 million.", {WARN}),
        # a growth noun with no verb of its own: only a rise is paired
        (
            "Vela posted the fastest growth among the big four at 25 percent as its shipment total improved from "
            "16 million to 20 million.",
            {PASS},
        ),
        (
            "Vela posted the fastest growth among the big four at 35 percent as its shipment total improved from "
            "16 million to 20 million.",
            {WARN},
        ),
        # the percentage names no measure and goes the other way: it may be another figure's move
        ("Vela posted growth of 8 percent, as its shipment total slipped from 16.4 million to 16.1 million.", {QUIET}),
    ],
)
def test_a_trailing_clause_gives_the_levels_of_the_move(text: str, expected: set) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a contrast word brings in a second subject
        "Kestrel fell 22.5 percent, while Orbis's deliveries dropped from 4.8 million to 4.2 million.",
        # another measure in the clause: sales and deliveries move apart
        "Sales rose 22 percent as deliveries climbed to 1.31 million from 1.2 million.",
        # the percentage has its own end: the trailing pair is another move
        "Revenue rose 12 percent to $5 billion, with costs climbing from $2 billion to $3 billion.",
        # two rates: their move may be in points
        "Sales rose 5 percent, with the margin widening from 10.2 percent to 11.5 percent.",
        # two pairs after it: which one it measures is not said
        "Kestrel fell 22.5 percent, with deliveries dropping from 4.8 million to 4.2 million and orders "
        "falling from 2.2 million to 2.1 million.",
    ],
)
def test_look_alikes_do_not_pair(text: str) -> None:
    assert not {v for v in verdicts(text) if v[1] != "info"}
    assert PASS not in verdicts(text)


def test_the_finding_names_the_clause_that_ties_them() -> None:
    report = check_text("Kestrel fell 22.5 percent, with deliveries dropping from 4.8 million to 4.2 million.")
    (finding,) = [f for f in report.findings if f.check == "percent_change"]
    assert finding.pairing and "with deliveries dropping" in finding.pairing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "L, D (or P) more than ...": the earlier level is L less D, so P must be D over it
        (
            "In 2025 the agency's receipts were $2.6 trillion, $150 billion (or about 6 percent) more than in 2024.",
            {PASS},
        ),
        (
            "In 2025 the agency's receipts were $2.6 trillion, $250 billion (or about 6 percent) more than in 2024.",
            {WARN},
        ),
        ("Spending was $4.1 trillion in 2025—$160 billion (or about 4 percent) more than in 2024.", {PASS}),
        # "less than": the earlier level is L plus D
        ("Exports were $41 billion, $3 billion (or 7 percent) less than a year earlier.", {PASS}),
        ("Exports were $41 billion, $3 billion (or 17 percent) less than a year earlier.", {WARN}),
        # the comparison first, the percentage after it
        ("Sign-ups reached 2.08 million last month, 304,000 more than in May, a 17% rise.", {PASS}),
        ("Sign-ups reached 2.08 million last month, 304,000 more than in May, a 27% rise.", {WARN}),
        # the noun before the percentage
        ("Visitors to Dunmore Park reached 1.2 million in 2023, 150,000 more than in 2022 — a rise of 14%.", {PASS}),
        ("Visitors to Dunmore Park reached 1.2 million in 2023, 150,000 more than in 2022 — a rise of 24%.", {WARN}),
        ("The agency recorded 48,000 arrivals in May, 6,000 fewer than a year before, a decline of 11%.", {PASS}),
        # a bare gap after a count counts the same thing
        ("Tolven sold 2.3 million phones in the quarter, 300,000 more than a year earlier, a 15% increase.", {PASS}),
        ("Tolven sold 2.3 million phones in the quarter, 300,000 more than a year earlier, a 25% increase.", {WARN}),
        # the level opens a passive clause that runs on with a date and an apposition
        ("Some 2.3 million phones were shipped by Tolven in the quarter, the most for any spring quarter, and "
         "300,000 more than a year earlier, an increase of 15%.", {PASS}),
        ("Some 2.3 million phones were shipped by Tolven in the quarter, the most for any spring quarter, and "
         "300,000 more than a year earlier, an increase of 25%.", {WARN}),
    ],
)  # fmt: skip
def test_a_level_with_its_gap_in_units_and_percent(text: str, expected: set) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a share of something, not the gap in percent
        "The fund holds $2.6 trillion, $150 billion more than its rival, 6 percent of the market.",
        # a part of the level, not a gap
        "Revenue was $5 billion, $2 billion (or 90 percent) of which came from abroad.",
        # two currencies: one is no part of the other
        "Revenue was €2.6 billion, $150 million (or 18 percent) more than a year earlier.",
        # the words disagree on the way it went
        "Sign-ups reached 2.08 million last month, 304,000 more than in May, a 27% drop.",
        "Visitors to Dunmore Park reached 1.2 million in 2023, 150,000 more than in 2022 — a fall of 14%.",
        # the gap counts another thing than the level
        "Tolven sold 2.3 million phones in the quarter, 300 more stores than a year earlier, a 15% increase.",
        # another clause with its own subject between the level and the gap
        "2.3 million phones were shipped in the quarter, and its rival shipped 300,000 more than a year earlier, "
        "a 15% increase.",
        # a share of a whole after the noun, not the gap in percent
        "Visitors to Dunmore Park reached 1.2 million in 2023, 150,000 more than in 2022 — a rise of 14% of the total.",
    ],
)
def test_look_alikes_of_a_gap_do_not_pair(text: str) -> None:
    assert not verdicts(text)


def test_a_gap_below_names_the_start_above_the_level() -> None:
    report = check_text("Exports were $41 billion, $3 billion (or 17 percent) less than a year earlier.")
    (finding,) = [f for f in report.findings if f.check == "percent_change"]
    assert "$44 billion ($41 billion plus the fall)" in finding.message


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Orbis will lift its annual payout by 6 percent.", 1),
        ("Orbis raised its quarterly dividend 7%.", 1),
        ("Orbis is cutting its prices 10% this week.", -1),
        ("The carrier slashed its fares by 12 percent.", -1),
        # a stake or a share may move in points: no change is read
        ("Orbis raised its stake by 5 percent.", None),
        # the object is no amount: "raised its profile"
        ("Orbis raised its profile by 5 percent.", None),
    ],
)
def test_a_verb_acting_on_an_amount_reads_a_change(text: str, direction: int | None) -> None:
    from factcheck.extraction import extract_claims

    (claim,) = [c for c in extract_claims(text) if c.quantity.kind.value == "percent"]
    assert (claim.change.direction if claim.change else None) == direction


@pytest.mark.parametrize(
    ("pct", "expected"),
    [("7 percent", {PASS}), ("17 percent", {WARN})],
)
def test_a_raise_in_one_sentence_against_the_pair_in_the_next(pct: str, expected: set) -> None:
    text = (
        f"Orbis said on Tuesday it will lift its annual dividend by {pct}. The annual dividend is to go up to "
        "64.2 cents a share from 60 cents a share."
    )
    assert verdicts(text, "growth_prior") == expected


# A price set against a base as a premium or a discount: "$46, a 15% premium to the last close of $40".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Corvane agreed to pay $46 a share, a 15% premium over the closing price of $40.", {PASS}),
        ("Corvane agreed to pay $52 a share, a 15% premium over the closing price of $40.", {WARN}),
        ("The bid of $23 is a 15% premium to Friday's close of $20.", {PASS}),
        ("The bid of $26 is a 15% premium to Friday's close of $20.", {WARN}),
        ("The new shares are priced at $34, a 15% discount to the last close of $40.", {PASS}),
        ("The new shares are priced at $30, a 15% discount to the last close of $40.", {WARN}),
        ("The Halden fund trades at $9.20, an 8% discount to its net asset value of $10.", {PASS}),
        ("Its stock touched 1,380 yen, a 15% premium over the offer price of 1,200 yen.", {PASS}),
        # the noun first: "a premium of 15% to ...", "a discount of 15% to ..."
        ("Lindqvist will pay $57.50 a share, a premium of 15% to the closing price of $50.", {PASS}),
        ("Lindqvist will pay $57.50 a share, a premium of 25% to the closing price of $50.", {WARN}),
        ("The bid of 690 pence represents a premium of about 38% over the undisturbed price of 500 pence.", {PASS}),
        ("The bid of 690 pence represents a premium of about 48% over the undisturbed price of 500 pence.", {WARN}),
        ("Harbin Mining sold new shares at $25.50, a discount of 15% to Monday's close of $30.", {PASS}),
        ("Harbin Mining sold new shares at $24, a discount of 15% to Monday's close of $30.", {WARN}),
    ],
)
def test_a_premium_or_discount_to_a_base(text: str, expected: set) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a shop's discount on a price: the figure before may be the saving, not the price paid
        "Members save $5, a 20% discount on the $25 door price.",
        # a premium with no base figure after it
        "Corvane paid $46 a share, a 15% premium, valuing the firm at $4 billion.",
        "Corvane paid $46 a share, a premium of 15%, valuing the firm at $4 billion.",
        # a saving on a price, with the noun first
        "Members pay $20, a discount of 20% on the $25 door price.",
        # a premium against another measure (a valuation multiple), not a price
        "Tessel trades at $46, a premium of 15% to the sector's average of 12 times earnings.",
        # a level set by "is" against a base of its own, not the move of the percentage before it
        "Home prices were up by 5% annually, the slowest rise since May. The average price in June of £310,000 is "
        "£25,000 higher than the level recorded before the pandemic.",
    ],
)
def test_premium_look_alikes_do_not_pair(text: str) -> None:
    assert verdicts(text) == set()
