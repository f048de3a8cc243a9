"""A level, a comma, then "from" and the figure it came from, with no word of change: "growth was 3.7 percent in
the quarter, from 3.2 percent in the one before". The two are paired; nothing says which way they moved, so the
pair stays indeterminate. Made-up sentences."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, QUIET, verdicts


@pytest.mark.parametrize(
    "text",
    [
        "Growth in Corvania for the third quarter was 3.2 percent, from 2.8 percent in the second quarter.",
        "Corvania's jobless rate was 7.4% in June, from 7.9% in May, the statistics office said.",
        "The Lorne Valley water bill was $412 million this year, from $388 million a year earlier.",
        # the other way: still no word to say which way it went
        "Growth in Corvania for the third quarter was 2.1 percent, from 2.8 percent in the second quarter.",
    ],
)
def test_a_level_and_its_start_are_paired_without_an_order(text: str) -> None:
    assert verdicts(text, "comparison") == {QUIET}
    findings = [f for f in check_text(text).findings if f.check == "comparison"]
    assert findings[0].status.value == "indeterminate"


@pytest.mark.parametrize(
    "text",
    [
        # a count of another thing after "from"
        "Corvania's tin output was 4,200 tonnes, from 31 mines in the north.",
        # no comma: "from" names a source
        "The grant was $2 million from $9 million set aside by the state.",
        # a change with its own verb is a direction relation, not this
        "Corvania's jobless rate rose to 7.9% in June, from 7.4% in May.",
        # a change figure ("up 4%") is not a level
        "Sales at Tolliver were up 4%, from 3% growth in the spring.",
    ],
)
def test_look_alikes_are_not_set_side_by_side(text: str) -> None:
    assert verdicts(text, "comparison") == set()


def test_a_move_with_a_verb_is_still_checked() -> None:
    assert verdicts("Corvania's jobless rate rose to 7.9% in June, from 7.4% in May.", "direction") == {PASS}


@pytest.mark.parametrize(
    ("text", "check", "status"),
    [
        # "a lower"/"a higher" on the level says which way it stands against the figure it came from
        ("Growth in Corvania came in at a lower 2.4 percent, from 2.9 percent in the spring.", "direction", "pass"),
        ("Growth in Corvania came in at a higher 2.4 percent, from 2.9 percent in the spring.", "direction", "fail"),
        ("The Lorne water bill came to a higher $412 million this year, from $388 million.", "comparison", "pass"),
        ("The Lorne water bill came to a lower $412 million this year, from $388 million.", "comparison", "fail"),
        ("Tolliver's margin was a higher 14%, from 11% a year earlier.", "direction", "pass"),
    ],
)
def test_a_comparative_on_the_level_orders_the_pair(text: str, check: str, status: str) -> None:
    found = [f.status.value for f in check_text(text).findings if f.check == check]
    assert found == [status], [(f.check, f.status.value, f.message) for f in check_text(text).findings]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Growth in Corvania came in at a lower 2.4 percent in the spring.", "2.4 percent"),
        ("Tolliver posted a higher 14% margin.", "14%"),
    ],
)
def test_a_comparative_before_a_level_is_no_change(text: str, surface: str) -> None:
    from factcheck.extraction import extract_claims

    claims = {c.quantity.text: c for c in extract_claims(text)}
    assert claims[surface].change is None


def test_a_figure_after_the_word_is_still_a_change() -> None:
    from factcheck.extraction import extract_claims

    claims = {c.quantity.text: c for c in extract_claims("Shares in Tolliver closed lower 5% on Friday.")}
    assert claims["5%"].change is not None and claims["5%"].change.direction == -1


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # "of GDP" names the whole the ratio is of, once at the start: the move still runs from it to the end
        ("Corvania's public debt fell from 71.2% of GDP in 2019 to 66.5% in 2023.", "pass"),
        ("Corvania's public debt fell from 71.2% of GDP in 2019 to 76.5% in 2023.", "fail"),
        ("Tolliver's tax take rose from 18 percent of national income to 21 percent.", "pass"),
    ],
)
def test_a_ratio_named_at_its_start_still_runs_to_its_end(text: str, status: str) -> None:
    found = [f.status.value for f in check_text(text).findings if f.check == "direction"]
    assert found == [status]
