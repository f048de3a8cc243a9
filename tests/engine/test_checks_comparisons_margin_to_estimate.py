"""Misses from an estimate the text does not print, and results set against expectations both ways.

Monthly revenue reports and fiscal updates state how far a collection stood from its estimate without printing the
estimate ("$2.4 million below forecast", "beat projections by $9 million", "$40 million larger than first
projected"). Such a figure is neither the estimate nor a result to set against the next figure of the sentence,
which its own words name ("bringing the year-to-date total to ..."). And where one passage has results both above
and below expectations, an estimate printed apart is not surely the one a comparison word speaks of. Every sentence
is made up.
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")


def loud(text: str) -> list[str]:
    return [f.message for f in check_text(text).findings if f.severity.value != "info"]


def verdicts(text: str, check: str = "comparison") -> set[tuple[str, str]]:
    return {(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == check}


@pytest.mark.parametrize(
    "text",
    [
        # a miss from an unprinted estimate, then a running total named by words of its own
        "Fuel excise receipts were $31.6 million for May, $2.4 million above estimate, lifting the "
        "year-to-date take to $402.5 million.",
        "Fuel excise receipts reached $31.6 million in May, $2.4 million below forecast, lifting the "
        "year-to-date take to $402.5 million.",
        "Lottery transfers came to $18.2 million for the month, $1.1 million above projections and bringing "
        "the fiscal-year sum to $96.7 million.",
        "Hotel levy income in March was $7.9 million, $0.6 million ahead of estimates, which takes the "
        "running total to $61.3 million.",
        # the miss read as the estimate by a comparison word a sentence later
        "Fuel duty brought in $540.2 million in April, $38.5 million shy of forecast. For the year so far, "
        "fuel duty is $70.4 million, or 3.2 percent, less than anticipated.",
        # margins after "by": neither is a result nor an estimate
        "Customs takings beat June of last year by $12.3 million, some 4.4 percent, while topping the "
        "budget's projections by $10.8 million, a 3.9 percent margin.",
        # the deficit's excess over the plan is no deficit
        "The island now expects its deficit to be $95 million larger than first projected, after a plan that "
        "had forecast a $140 million shortfall.",
    ],
)
def test_a_miss_from_an_unprinted_estimate_raises_no_alarm(text: str) -> None:
    assert loud(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a result beat the forecast and another missed it: which one the estimate belongs to is not in the words
        "Seven-month borrowing came to £88.4bn, against £81.2bn forecast by the watchdog. While above that "
        "plan, August by itself was lower than expected by forecasters, who had pencilled in £14.9bn.",
        "The half-year gap reached $61.5bn, compared with $57bn projected in March. Although it outstripped "
        "the plan, the latest month came in below economists' forecasts of $12.2bn.",
    ],
)
def test_results_both_above_and_below_expectations_leave_the_pairing_open(text: str) -> None:
    assert loud(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the estimate printed right after the comparison word is still compared with the result
        ("Sales tax brought in $412 million in July, above the $398 million forecast.", {PASS}),
        ("Sales tax brought in $412 million in July, above the $431 million forecast.", {WARN}),
        ("Sales tax brought in $412 million in July, topping estimates of $431 million.", {WARN}),
        ("Sales tax brought in $412 million in July, short of estimates of $398 million.", {WARN}),
    ],
)
def test_a_printed_estimate_is_still_compared(text: str, expected: set) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # one comparison, one way: the estimate a sentence away stays paired with the result
        "Receipts for the half came to $88.4 million, below expectations. Analysts had forecast $81.3 million.",
        "Borrowing for the first seven months came to £88.4bn, higher than expected. The watchdog had "
        "forecast £91.3bn.",
    ],
)
def test_one_way_comparison_with_an_estimate_apart_still_alarms(text: str) -> None:
    assert verdicts(text) == {WARN}


def _figure(text: str, surface: str):
    from factcheck.context import ArticleContext
    from factcheck.extraction import extract_claims

    claims = extract_claims(text)
    ctx = ArticleContext(text, claims)
    return ctx, next(c for c in claims if c.quantity.text == surface)


@pytest.mark.parametrize(
    ("text", "surface", "estimate"),
    [
        # after "by", an amount or a rate is the margin
        ("Levies beat the council's estimates by $6.1 million in May.", "$6.1 million", False),
        ("Levies beat the council's projections by about 4.4 percent in May.", "4.4 percent", False),
        # a clause after the estimate word brings in the result
        ("Levies ran ahead of the forecast, coming in at $77.9 million.", "$77.9 million", False),
        # a miss from an unprinted estimate
        ("Levies were $77.9 million, $6.1 million below forecast.", "$6.1 million", False),
        # after "by", a count names who expected
        ("A hold was expected by 17 of the 19 analysts polled.", "17", True),
        # the estimate itself
        ("Levies were $77.9 million, above the $71.8 million forecast.", "$71.8 million", True),
        ("Levies were $77.9 million, short of estimates of $80.2 million.", "$80.2 million", True),
    ],
)
def test_which_figures_are_estimates(text: str, surface: str, estimate: bool) -> None:
    from factcheck.relations.prose import is_estimate

    ctx, claim = _figure(text, surface)
    assert (is_estimate(ctx, claim) is not None) == estimate


@pytest.mark.parametrize(
    "text",
    [
        "The gains came mostly from stamp duty (up 6.2 percent on a year ago and $4.1 million above projections) "
        "and from fuel levies (up 3.9 percent on a year ago and $9.7 million above projections).",
        "Takings so far in the fiscal year exceed last year's pace (by $164 million or 5 percent), and the "
        "general fund is running above forecast by $95.2 million or 2.9 percent.",
    ],
)
def test_margins_in_asides_stay_quiet(text: str) -> None:
    assert loud(text) == []
    assert not [f for f in check_text(text).findings if f.check == "comparison"]
