"""Growth against a figure stated apart from the change, end to end on made-up paragraphs."""

from __future__ import annotations

import pytest

from tests.engine.claim_factory import Article, outcome, up
from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts

ERROR = ("fail", "error")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the change with its current level; the prior dated in the next sentence
        ("Acme's revenue rose 20 percent to $60 million. Acme had revenue of $50 million a year earlier.", {PASS}),
        ("Acme's revenue rose 40 percent to $60 million. Acme had revenue of $50 million a year earlier.", {WARN}),
        # a lead's bare change and the pair stated two sentences later
        (
            "Acme said its net income rose 10 percent. The quarter was strong. "
            "Net income was $110 million, up from $100 million.",
            {PASS},
        ),
        (
            "Acme said its net income rose 30 percent. The quarter was strong. "
            "Net income was $110 million, up from $100 million.",
            {WARN},
        ),
        # a change with its start; the current level said just before
        ("Acme's sales were $5,518 million. They increased 12 percent from $4,927 million.", {PASS}),
    ],
)
def test_growth_against_a_prior_stated_apart(text: str, expected: set) -> None:
    assert verdicts(text, "growth_prior") == expected


def test_a_year_on_year_change_is_not_set_against_last_quarter() -> None:
    text = (
        "Acme's profit rose 23 percent year-on-year to $5,518 million. Sequentially, Acme's profit was "
        "$4,941 million in the previous quarter."
    )
    assert WARN not in verdicts(text, "growth_prior") and ERROR not in verdicts(text, "growth_prior")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a start that ends no move of its own sentence looks back on the level told before it: another maker's
        (
            "Holm's deliveries slid 12% to 30,200 units in May. They did climb strongly from the previous "
            "month's weak tally of 9,800 cars, though. Vantor's deliveries leapt 240% to 18,600 vehicles in May.",
            {QUIET},
        ),
        (
            "Vantor's bookings jumped 75% to 18,600 units. Its May volume had also risen sharply from the 12,100 "
            "units of April. The whole region's bookings climbed 6.2% on the year to 1.05 million units.",
            {QUIET},
        ),
        # a start dated after the change is the change's own prior, and still checked
        (
            "Vantor's deliveries leapt 40% to 18,600 vehicles in May. Vantor had delivered 13,300 vehicles a year "
            "earlier.",
            {PASS},
        ),
        (
            "Vantor's deliveries leapt 80% to 18,600 vehicles in May. Vantor had delivered 13,300 vehicles a year "
            "earlier.",
            {WARN},
        ),
    ],
)
def test_a_start_that_looks_back_is_not_a_later_change_prior(text: str, expected: set) -> None:
    assert verdicts(text, "growth_prior") == expected


def test_a_prior_another_clause_already_uses_is_not_taken() -> None:
    # The $412,800 is the start of the 6 percent fall, not of the 1.7 percent one.
    text = (
        "The median price fell 1.7 percent from a year earlier to $388,000. The median is down 6 percent "
        "from its all-time peak of $412,800 reached last July."
    )
    assert verdicts(text, "growth_prior") <= {PASS}


def test_a_hypothetical_change_is_not_paired() -> None:
    text = (
        "Orbis Software's operating income climbed 38 percent. Had it kept its old way of booking licences, "
        "operating income would have been just 9 percent higher. Operating income increased to $2.9 billion "
        "from $2.1 billion."
    )
    from factcheck.extraction import extract_claims
    from factcheck.runner import run_checks

    claims = extract_claims(text)
    report = run_checks(text, claims)
    [relation] = [r for r in report.relations if r.kind.value == "growth_prior"]
    change = next(c for c in claims if c.id == relation.claim("change"))
    assert change.quantity.text == "38 percent"
    assert [f.status.value for f in report.findings if f.relation == relation.id] == ["pass"]  # +38% for "38"


def _baseline_article(start_price: float, with_year: bool = True) -> Article:
    year = " Its value has grown in 2025 alone." if with_year else ""
    art = Article(
        "Shares are up 20 percent at $120 compared with one month ago. "
        f"They were at ${start_price:g} at the start of 2025.{year}"
    )
    from factcheck.claim import TimeKind

    now = art.claim("$120", 120, "per_unit", unit="USD / share", noun="share", subject="Acme", measure="share price")
    rise = art.claim(
        "20 percent",
        20,
        "percent",
        change=up(),
        subject="Acme",
        baseline=art.time("compared with one month ago", TimeKind.BASELINE, months=1, direction="past"),
    )
    del now, rise
    art.claim(
        f"${start_price:g}",
        start_price,
        "per_unit",
        unit="USD / share",
        noun="share",
        subject="Acme",
        measure="share price",
        period=art.time("the start of 2025", TimeKind.POINT, year=2025, part="start"),
    )
    return art


def test_a_level_dated_at_the_baseline_matches() -> None:
    assert outcome(_baseline_article(100), "growth_prior") == {PASS}


def test_a_level_dated_at_the_baseline_contradicts_and_both_readings_are_shown() -> None:
    from factcheck.runner import run_checks

    art = _baseline_article(70)
    [flag] = run_checks(art.text, art.claims, only=["growth_prior"]).problems()
    assert "+71.4%" in flag.message and "$100" in flag.message  # the stated start and the implied one
    assert {art.text[s:e] for s, e in flag.spans} == {"20 percent", "$120", "$70"}


def test_an_unknown_date_leaves_the_baseline_unplaced() -> None:
    assert outcome(_baseline_article(70, with_year=False), "growth_prior") == {QUIET}


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        # a move restated in units and percent, its level in the sentence before
        (
            "Brent crude traded at $95.61 a barrel. It was up $1.17, or 1.2 percent, on the day.",
            "percent_change",
            {PASS},
        ),
        (
            "Brent crude traded at $95.61 a barrel. It was up $1.17, or 2.2 percent, on the day.",
            "percent_change",
            {WARN},
        ),
        # a change in points against the rate stated for the month before
        (
            "The jobless rate rose 0.3 percentage point to 4.1 percent in June. The jobless rate was 3.8 percent in "
            "the previous month.",
            "points_change",
            {PASS},
        ),
        (
            "The jobless rate rose 0.6 percentage point to 4.1 percent in June. The jobless rate was 3.8 percent in "
            "the previous month.",
            "points_change",
            {WARN},
        ),
    ],
)
def test_levels_stated_a_sentence_away(text: str, check: str, expected: set) -> None:
    assert verdicts(text, check) == expected


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        # a change over named periods, then its levels in the same sentence
        (
            "Registered road deaths climbed by 17.4% from the 12 months through June 2021 to the 12 months "
            "through June 2022, from 3,120 to 3,663.",
            "growth_prior",
            {PASS},
        ),
        (
            "Registered road deaths climbed by 27.4% from the 12 months through June 2021 to the 12 months "
            "through June 2022, from 3,120 to 3,663.",
            "growth_prior",
            {WARN},
        ),
        # "That total" points at the figure the sentence before gave
        (
            "Zentra said it delivered 8.6 million tablets in the half. That total is a 22.9 percent gain over the "
            "7.0 million units it shipped in the same half of 2023.",
            "growth_prior",
            {PASS},
        ),
    ],
)
def test_more_growth_shapes(text: str, check: str, expected: set) -> None:
    assert verdicts(text, check) == expected


@pytest.mark.parametrize(
    ("shrank", "expected"),
    [("26%", {PASS}), ("36%", {WARN})],
)
def test_a_deficit_told_as_spending_over_income_across_a_span_of_months(shrank: str, expected: set) -> None:
    text = (
        f"Norland's budget deficit shrank {shrank} in the first half of its fiscal year. Spending at the treasury "
        "exceeded receipts by $52 billion from April through September, compared with a $70 billion shortfall a "
        "year earlier."
    )
    assert verdicts(text, "growth_prior") == expected


_HALF = (
    "Port Alder recorded 12,300 home sales in the first half of this year, worth a total of NZ$9.1 billion.\n\n"
    "Buyers from abroad made up a growing part of the market.\n\n"
    "Compared to the first half of last year, which saw {prior} home sales worth NZ$7.4 billion, the value of sales "
    "grew strongly, with a 15% growth in the number of home sales."
)


@pytest.mark.parametrize(("prior", "expected"), [("10,700", {PASS}), ("9,700", {WARN})])
def test_a_prior_named_beside_the_change_with_the_level_stated_before(prior: str, expected: set) -> None:
    assert verdicts(_HALF.format(prior=prior), "growth_prior") == expected


def test_two_levels_stated_before_leave_the_current_figure_uncertain() -> None:
    text = _HALF.format(prior="9,700").replace(
        "Buyers from abroad", "In the north of the region, agents sold 11,900 home sales in the same months. Buyers"
    )
    assert WARN not in verdicts(text, "growth_prior")


_WRAP = (
    "Stocks closed higher on Tuesday.\n\nOn Tuesday:\n\nThe Kestrel index rose 41.20 points, or 1.1%, to 3,802.50.\n\n"
    "The Alder index rose 12.05 points, or 0.9%, to 1,350.80.\n\nFor the year:\n\nThe Kestrel index is up 402.50 "
    "points, or {kestrel}.\n\nThe Alder index is up 150.80 points, or 12.6%."
)


@pytest.mark.parametrize(("kestrel", "expected"), [("11.8%", {PASS}), ("15.8%", {PASS, WARN})])
def test_a_move_to_date_ends_at_the_last_level_given_for_its_subject(kestrel: str, expected: set) -> None:
    assert verdicts(_WRAP.format(kestrel=kestrel), "percent_change") == expected


_WRAP_SHORT = (
    "Stocks closed higher on Tuesday.\n\nOn Tuesday:\n\nThe Kestrel Composite Index rose 41.20 points, or 1.1%, to "
    "3,802.50.\n\n{other}For the year:\n\nThe Kestrel is up 402.50 points, or {pct}."
)
_INDETERMINATE = ("indeterminate", "info")


@pytest.mark.parametrize(
    ("other", "pct", "expected"),
    [
        # the later line names the index by its first word only (its measure unread: checked, never flagged)
        ("", "11.8%", {PASS}),
        ("", "15.8%", {PASS, _INDETERMINATE}),
        # another index of another name beside it changes nothing
        ("The Alder Index rose 12.05 points, or 0.9%, to 1,350.80.\n\n", "11.8%", {PASS}),
        # two names start with the short one: which level is meant is unknown
        ("The Kestrel Small Cap Index rose 12.05 points, or 0.9%, to 1,350.80.\n\n", "15.8%", {PASS}),
    ],
)
def test_a_move_to_date_may_name_its_subject_by_the_first_words(other: str, pct: str, expected: set) -> None:
    assert verdicts(_WRAP_SHORT.format(other=other, pct=pct), "percent_change") == expected
