"""part_whole: breakdowns, lists, back references, weighted means and profit bridges, end to end on made-up text."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")
UNSURE = ("indeterminate", "info")


def outcome(text: str) -> set[tuple[str, str]]:
    report = check_text(text, only=["part_whole"])
    return {(f.status.value, f.severity.value) for f in report.findings}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a breakdown that names every part ("the remaining")
        ("Out of 120 stores, 70 were open, 38 were closed and the remaining 12 were being refitted.", {PASS}),
        ("Out of 120 stores, 70 were open, 48 were closed and the remaining 12 were being refitted.", {WARN}),
        # a list that may leave parts unnamed: a shortfall says nothing, an excess does
        ("Out of 120 stores, 70 were open and 30 were closed.", {PASS}),
        ("Out of 120 stores, 70 were open and 60 were closed.", {WARN}),
        # a dash breakdown
        ("The plan will cost about $9 billion -- $5 billion for roads and $4 billion for rail.", {PASS}),
        ("The plan will cost about $9 billion -- $8 billion for roads and $4 billion for rail.", {WARN}),
        # a part named with "including" is no larger than its whole
        ("Revenue was $10 billion, including $4 billion from cloud services.", {PASS}),
        ("Revenue was $10 billion, including $12 billion from cloud services.", {WARN}),
        # "16 out of 22" is a ratio of its own, never the opening of a list
        ("Of the members, 16 out of 22 voted yes and 9 out of 22 voted no.", set()),
    ],
)
def test_breakdown_in_one_sentence(text: str, expected: set) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(
    ("current", "prior", "expected"),
    [
        ("9.0p", "7.5p", {PASS}),
        ("9.5p", "7.5p", {PASS, WARN}),  # this year's parts against this year's total only
        ("9.0p", "8.5p", {PASS, WARN}),  # the bracketed parts against the bracketed total only
    ],
)
def test_bracketed_comparatives_form_their_own_breakdown(current: str, prior: str, expected: set) -> None:
    text = (
        "The final dividend of 6.0p (2023: 5.0p) which, together with the interim dividend of 3.0p (2023: 2.5p), "
        f"makes a total of {current} (2023: {prior})."
    )
    assert outcome(text) == expected


@pytest.mark.parametrize(("second", "expected"), [("18,000", {PASS}), ("28,000", {WARN})])
def test_breakdown_that_refers_back(second: str, expected: set) -> None:
    text = (
        "Mollo delivered 50,000 bikes in the quarter, up from 41,000 a year earlier. "
        f"Of that total, 32,000 were e-bikes and {second} were other bikes."
    )
    assert outcome(text) == expected


def test_the_remaining_part() -> None:
    text = "Mollo built 50,000 bikes in the quarter. 32,000 were e-bikes. The remaining 18,000 were road bikes."
    assert outcome(text) == {PASS}
    assert outcome(text.replace("18,000", "28,000")) == {WARN}


@pytest.mark.parametrize(("online", "expected"), [("$4.0 billion", {PASS}), ("$6.0 billion", {WARN})])
def test_segment_list(online: str, expected: set) -> None:
    text = (
        "Quarterly sales reached $9.0 billion. The firm broke its sales down into two segments: "
        f"retail ($5.0 billion) and online ({online})."
    )
    assert outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Passenger traffic rose 5.0% in May. International traffic rose 6.0% while domestic traffic rose 3.0%.",
            {PASS},
        ),
        (
            "Passenger traffic rose 8.0% in May. International traffic rose 6.0% while domestic traffic rose 3.0%.",
            {WARN},
        ),
        # the total names another measure: not known to be the parts' total
        ("Sales rose 8.0% in May. International traffic rose 6.0% while domestic traffic rose 3.0%.", {UNSURE}),
    ],
)
def test_total_rate_between_complementary_parts(text: str, expected: set) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(("item", "expected"), [("£10.0m", {PASS}), ("£20.0m", {WARN})])
def test_before_and_after_exceptional_items(item: str, expected: set) -> None:
    text = (
        "Profit before tax, before exceptional items, of £4.0m\n"
        f"Impairment charge of {item}\n"
        "Reported loss before tax, after exceptional items, of £6.0m\n"
    )
    assert outcome(text) == expected


def test_net_figure_may_be_smaller_than_an_item_it_includes() -> None:
    text = "Earnings included a net 12 cents a share gain, including 13 cents a share from a land sale."
    assert WARN not in outcome(text)
