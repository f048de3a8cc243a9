"""A comparative that lists several figures compared ("more than in 2016 (51%) and in 2011 (49%)"), and a rise
said to be bigger or smaller than another rise given a sentence or two later ("That was a sharper increase than
the 3.8% of April")."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, QUIET, WARN


def _verdicts(text: str) -> list[tuple[str, str]]:
    return sorted((f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "comparison")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "combined" before the list: the sum, not each item
        ("Acme opened 44 stores this year, more than the combined 22 in 2022 and 19 in 2021.", [PASS]),
        ("Acme opened 30 stores this year, more than the combined 22 in 2022 and 19 in 2021.", [WARN]),
        # after the list, with a year or a name between
        ("Corvale hired 61 nurses, more than the 25 it took on in 2019 and the 31 in 2020 combined.", [PASS]),
        ("Corvale hired 41 nurses, more than the 25 it took on in 2019 and the 31 in 2020 combined.", [WARN]),
        ("Rennet sold 1,800 tractors, fewer than the 1,100 of Balder and the 900 of Crisp combined.", [PASS]),
        ("Rennet sold 2,100 tractors, fewer than the 1,100 of Balder and the 900 of Crisp combined.", [WARN]),
        (
            "Harlow lent $9.6 billion, more than its rivals' $4.1 billion, $2.2 billion and $1.3 billion put together.",
            [PASS],
        ),
        (
            "Harlow lent $6.6 billion, more than its rivals' $4.1 billion, $2.2 billion and $1.3 billion put together.",
            [WARN],
        ),
        # an item's own description ("in 20 games") is no item
        ("Tolley logged 38 wins, more than the combined 17 in 20 starts last year and the 18 he had in 2019.", [PASS]),
        ("Tolley logged 31 wins, more than the combined 17 in 20 starts last year and the 18 he had in 2019.", [WARN]),
    ],
)
def test_a_figure_against_the_sum_of_a_combined_list(text: str, expected: list) -> None:
    assert _verdicts(text) == sorted(expected)
    assert [r for r in check_text(text).relations if r.params.get("summed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no word of a sum: each item on its own
        ("Acme opened 30 stores this year, more than the 22 in 2022 and the 19 in 2021.", [PASS]),
        # "together with" adds a further thing, it does not sum the list
        ("Rennet sold 2,100 tractors, more than the 1,100 of Balder, together with the 900 of Crisp.", [PASS]),
    ],
)
def test_no_sum_without_its_word(text: str, expected: list) -> None:
    assert _verdicts(text) == sorted(expected)
    assert not [r for r in check_text(text).relations if r.params.get("summed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a period and its figure in brackets, then another
        (
            "Members of the new assembly won with an average of 58.1 per cent of the vote, more than in 2016 "
            "(51 per cent) and in 2011 (49 per cent).",
            [PASS, PASS],
        ),
        (
            "Members of the new assembly won with an average of 50.1 per cent of the vote, more than in 2016 "
            "(49 per cent) and in 2011 (52 per cent).",
            [PASS, WARN],
        ),
        # names and their figures in brackets
        ("Vantor's operating margin was 12.5%, above Ostrel (11.2%) and Quibb (9.8%).", [PASS, PASS]),
        ("Vantor's operating margin was 10.5%, above Ostrel (11.2%) or Quibb (9.8%).", [PASS, WARN]),
        # bare figures joined by "and"
        ("Pellam's jobless rate was 3.9%, lower than 4.4% and 4.6% in the two years before.", [PASS, PASS]),
    ],
)
def test_each_listed_figure_is_compared(text: str, expected: list) -> None:
    assert _verdicts(text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # a second predicate, not a second figure compared
        "Vantor's operating margin was 12.5%, above 11.2% and rose 13% from a year ago.",
        # another clause after "and"
        "Kelso's unemployment rate was 4.2%, below the national rate (4.8%) and 2,300 people found jobs.",
        # the items are not laid out alike: one in brackets, the next bare
        "Vantor's operating margin was 12.5%, above Ostrel (11.2%) and 14% at Quibb.",
    ],
)
def test_look_alikes_add_no_second_comparison(text: str) -> None:
    reasons = [r.reason for r in check_text(text).relations if r.kind == "comparison"]
    assert not any("listed after" in r for r in reasons)
    assert WARN not in _verdicts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Freight volumes at Porto Vell rose 5.3% in May from a year earlier. Tonnage is weighed at the quay. "
            "That was a sharper increase than the 3.8% recorded in April.",
            [PASS],
        ),
        (
            "Freight volumes at Porto Vell rose 3.3% in May from a year earlier. That was a slower rise than the 3.8% "
            "recorded in April.",
            [PASS],
        ),
        (
            "Freight volumes at Porto Vell rose 3.9% in May from a year earlier. That was a more modest gain than "
            "the 3.2% recorded in April.",
            [QUIET],
        ),
        # another subject's figure: never loud
        (
            "Freight volumes at Porto Vell rose 2.3% in May. Passenger numbers at Lindqvist were a bigger increase "
            "than the 3.8% seen in April.",
            [QUIET],
        ),
        # a pronoun says nothing of the measure: a rise against the words stays open
        (
            "Freight volumes at Porto Vell rose 3.3% in May from a year earlier. Tonnage is weighed at the quay. "
            "That was a sharper increase than the 3.8% recorded in April.",
            [QUIET],
        ),
    ],
)
def test_a_rise_compared_with_another_rise_said_after(text: str, expected: list) -> None:
    assert _verdicts(text) == sorted(expected)


def test_an_expected_rise_is_left_to_the_comparisons_with_expectations() -> None:
    text = "Sales at Corven grew 6.1% in June. Growth was a more modest gain than the 7.2% analysts expected."
    reasons = [r.reason for r in check_text(text).relations if r.kind == "comparison"]
    assert not any("like figure said before" in r for r in reasons)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rate's move said with its start only, the rate said in the sentence before
        (
            "Tarrow's economy grew 2.1 percent in the third quarter, the statistics office said. Growth slowed from "
            "a 2.8 percent pace in the previous quarter.",
            [PASS],
        ),
        (
            "Tarrow's economy grew 3.1 percent in the third quarter, the statistics office said. Growth slowed from "
            "a 2.8 percent pace in the previous quarter.",
            [WARN],
        ),
        (
            "Tarrow's economy grew 2.1 percent in the third quarter. Growth accelerated from 1.8 percent in spring.",
            [PASS],
        ),
        # a pronoun names no measure: what the words say against the figures stays open
        ("Inflation in Veland was 3.4% in June. It eased from 3.2% in May.", [QUIET]),
    ],
)
def test_a_move_said_with_its_start_only(text: str, expected: list) -> None:
    assert _verdicts(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tarrow's economy grew 2.1 percent in the third quarter. That beat the average forecast of 1.8 percent.",
            [PASS],
        ),
        # the start of the move in the same sentence is not the result that beat the forecast
        (
            "Tarrow's economy grew 2.1 percent in the third quarter. Growth slowed from 2.8 percent in the second "
            "quarter but beat the average forecast of 1.8 percent.",
            [PASS, PASS],
        ),
        # against the words, but nothing names what beat the forecast: never loud
        (
            "Tarrow's economy grew 2.1 percent in the third quarter. The figure topped forecasts of 2.4 percent.",
            [QUIET],
        ),
        # a fall: which way it beats or misses a forecast is not said
        ("Sales at Ondry fell 4% in May. That missed the consensus estimate of a 5% drop.", []),
    ],
)
def test_an_estimate_beaten_by_the_result_said_before(text: str, expected: list) -> None:
    assert _verdicts(text) == sorted(expected)


def test_a_start_is_not_set_against_the_estimate() -> None:
    text = (
        "Tarrow's economy grew 2.1 percent in the third quarter. Growth slowed from 2.8 percent in the second "
        "quarter but beat the average forecast of 1.8 percent."
    )
    reasons = [r.reason for r in check_text(text).relations if r.kind == "comparison"]
    assert not any("2.8 percent against the estimate" in r for r in reasons)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tessaly's output grew 6.1 percent in the second quarter, the office said. Output in the first quarter "
            "came in at a lower 5.2 percent.",
            [PASS],
        ),
        (
            "Tessaly's output grew 6.1 percent in the second quarter. In the first quarter growth was a much higher "
            "7.4 percent.",
            [PASS],
        ),
        # against the words: nothing names the measure compared, so it stays open
        (
            "Tessaly's output grew 6.1 percent in the second quarter, the office said. Output in the first quarter "
            "came in at a lower 6.6 percent.",
            [QUIET],
        ),
        # the clause has a figure of its own before the comparative
        (
            "Tessaly's output grew 6.1 percent in the second quarter. Imports rose 3 percent, at a slower 2.2 percent.",
            [],
        ),
        # the figure before is told in the past perfect, as an earlier one: still the one the comparative means
        (
            "By June, Tessaly's exports had posted a rise of 7.4 percent for the half, its ministry noted. The first "
            "quarter came in at a lower 5.2 percent.",
            [PASS],
        ),
        (
            "By June, Tessaly's exports had posted a rise of 7.4 percent for the half, its ministry noted. The first "
            "quarter came in at a lower 8.3 percent.",
            [QUIET],
        ),
    ],
)
def test_a_figure_called_higher_or_lower_than_the_one_before(text: str, expected: list) -> None:
    report = check_text(text)
    ours = {r.id for r in report.relations if "calls it" in r.reason}
    found = sorted(
        (f.status.value, f.severity.value) for f in report.findings if f.check == "comparison" and f.relation in ours
    )
    assert found == expected
