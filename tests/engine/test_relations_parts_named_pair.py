"""parts_named_pair: a total whose words name its two parts ("domestic and international"), the parts stated after.

All sentences are made up (made-up places, companies and figures).
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")
UNSURE = ("indeterminate", "info")


def outcome(text: str) -> set[tuple[str, str]]:
    report = check_text(text, only=["part_whole"])
    return {
        (f.status.value, f.severity.value)
        for f in report.findings
        if any("are the figures the words then call" in r.reason for r in report.relations if r.id == f.relation)
    }


_TRAVELLERS = (
    "A total of 9.1 million domestic and international travellers used Pellham airport in June. International "
    "travellers reached 2.4 million, up 3% on a year earlier. Domestic travellers came to {domestic}."
)
_TRADE = (
    "The total value of exports and imports reached $12.4 billion in the quarter, the ministry said. Exports amounted "
    "to $7.1 billion; imports were {imports}."
)
_VEHICLES = (
    "Combined lorry and coach sales came to 80,000 vehicles in Arvenia over the year. Lorry sales were 62,000 "
    "vehicles, while coach sales were {coaches}."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_TRAVELLERS.format(domestic="6.7 million"), {PASS}),
        (_TRAVELLERS.format(domestic="7.7 million"), {WARN}),
        (_TRADE.format(imports="$5.3 billion"), {PASS}),
        (_TRADE.format(imports="$6.3 billion"), {WARN}),
        (_VEHICLES.format(coaches="18,000 vehicles"), {PASS}),
        (_VEHICLES.format(coaches="28,000 vehicles"), {WARN}),
    ],
)
def test_two_named_parts_make_their_total(text: str, expected: set) -> None:
    assert outcome(text) == expected


_HALVES = (
    "Norland's statistics office counted a total of 4.6 million people employed in the spring. Female employment "
    "climbed by 40,000 over the year to {women}. The number of employed men was little changed at 2.5 million."
)


@pytest.mark.parametrize(("women", "expected"), [("2.1 million", {PASS}), ("2.6 million", {WARN})])
def test_complementary_halves_make_a_marked_total(women: str, expected: set) -> None:
    assert outcome(_HALVES.format(women=women)) == expected


def test_halves_of_another_group_leave_the_sum_uncertain() -> None:
    text = (
        "Norland's statistics office counted a total of 4.6 million people employed in the spring. "
        "Among pensioners, women numbered 0.9 million. The count of retired men stood at 0.7 million."
    )
    assert outcome(text) == {UNSURE}


def test_a_second_figure_of_one_part_leaves_the_sum_uncertain() -> None:
    text = _TRADE.format(imports="$6.3 billion") + " Exports to Velmar alone were $2 billion."
    assert outcome(text) == {UNSURE}


@pytest.mark.parametrize(
    "text",
    [
        # two measures of one company, one figure each: no total of parts
        "Total revenue and net profit were $9 billion and $1 billion. Revenue was $9 billion; net profit $1 billion.",
        # the total restated with both names is no part of itself
        "The total value of exports and imports hit $12 billion. Exports and imports were $11 billion a year ago.",
        # a part in other units
        "A total of 9.1 million domestic and international travellers used the port. Domestic fares rose to $300.",
    ],
)
def test_look_alikes_do_not_pair(text: str) -> None:
    assert outcome(text) == set()


_SOLD = (
    "Carrow Motors posted a 9.2 per cent rise in total sales at 84,310 units in May. The company's domestic sales "
    "stood at 71,250 units, up 8.4 per cent from 65,730 units a year earlier. Exports in May were up 14 per cent "
    "to {exports} as compared to 11,455 units in May last year."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_SOLD.format(exports="13,060 units"), {PASS}),
        (_SOLD.format(exports="15,060 units"), {WARN}),
        (
            "Halden Tractors said total despatches rose 6% to 12,480 units in the quarter. Overseas shipments "
            "were 3,120 units. Domestic despatches came to 9,360 units.",
            {PASS},
        ),
        (
            "Halden Tractors said total despatches rose 6% to 12,480 units in the quarter. Overseas shipments "
            "were 4,120 units. Domestic despatches came to 9,360 units.",
            {WARN},
        ),
    ],
)
def test_total_sales_fall_into_home_sales_and_exports(text: str, expected: set) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a forecast of exports is no part of what was sold
        "Carrow Motors posted total sales at 84,310 units in May. Its domestic sales were 71,250 units. Analysts "
        "expect exports of 20,000 units next year.",
        # only one half named: nothing to add up
        "Carrow Motors posted total sales at 84,310 units in May. Its domestic sales were 71,250 units.",
        # the total of another measure (revenue) is not split into units sold
        "Carrow Motors said total revenue rose to 84,310 crore in May. Domestic sales were 71,250 units and exports "
        "were 9,000 units.",
    ],
)
def test_sales_look_alikes_do_not_warn(text: str) -> None:
    assert WARN not in outcome(text)


_SOLD_BEFORE = (
    "Carrow Motors posted a 9.2 per cent rise in total sales at 84,310 units in May as against {prior} units in "
    "the year-ago month. The company's domestic sales stood at 71,250 units, up 8.4 per cent from 65,730 units a "
    "year earlier. Exports in May were up 14 per cent to 13,060 units as compared to 11,455 units in May last year."
)


@pytest.mark.parametrize(("prior", "expected"), [("77,185", {PASS}), ("79,185", {WARN})])
def test_the_earlier_figures_of_a_total_and_its_parts_add_up_too(prior: str, expected: set) -> None:
    report = check_text(_SOLD_BEFORE.format(prior=prior), only=["part_whole"])
    earlier = {r.id for r in report.relations if "are the parts' earlier figures" in r.reason}
    assert {(f.status.value, f.severity.value) for f in report.findings if f.relation in earlier} == expected
