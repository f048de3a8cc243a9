"""Comparisons in words that reach past one clause, end to end on made-up sentences: a record against every later
level in one relation; consistent cases pass, contradicted ones fail, look-alikes do not pair or stay uncertain."""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims
from factcheck.runner import run_checks
from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


def _comparisons(text: str) -> list[list[str]]:
    """The members of each comparison relation, as the figures' surfaces."""
    claims = extract_claims(text)
    surface = {c.id: text[c.span[0] : c.span[1]] for c in claims}
    report = run_checks(text, claims)
    return [[surface[m.claim] for m in r.members] for r in report.relations if r.kind.value == "comparison"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a record named after the later levels: one relation, the record above both
        (
            "Ticket sales fell to 3.1 million in 2023, down from 3.4 million in 2022. The record high in ticket "
            "sales was 3.9 million in 2019.",
            {PASS},
        ),
        (
            "Ticket sales fell to 3.1 million in 2023, down from 4.4 million in 2022. The record high in ticket "
            "sales was 3.9 million in 2019.",
            {WARN},
        ),
        (
            "The median sale price dropped from $412,500 in May to $409,800 in June, now 3.2 percent below the "
            "record $423,300 median sale price set in March.",
            {PASS},
        ),
        (
            "The median sale price dropped from $432,500 in May to $409,800 in June, now 3.2 percent below the "
            "record $423,300 median sale price set in March.",
            {WARN},
        ),
        # another operator's figure is no level the record has to top
        (
            "Harbour Lines sold 2.2 million tickets in 2023. Westferry's record high in ticket sales was 1.8 million.",
            set(),
        ),
    ],
)
def test_a_record_against_every_later_level(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


def test_a_record_and_its_later_levels_are_one_relation() -> None:
    text = (
        "Ticket sales fell to 3.1 million in 2023, down from 3.4 million in 2022. The record high in ticket "
        "sales was 3.9 million in 2019."
    )
    assert ["3.9 million", "3.1 million", "3.4 million"] in _comparisons(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The <month> figure was above the average of N": the month's figure said before, against the average
        (
            "Employers added 212,000 jobs in July after a revised 165,000 in June. The July figure was the strongest "
            "since January and was above the average monthly gain of 190,000 over the past year.",
            {PASS},
        ),
        (
            "Employers added 172,000 jobs in July after a revised 165,000 in June. The July figure was the strongest "
            "since January and was above the average monthly gain of 190,000 over the past year.",
            {WARN},
        ),
        (
            "Employers added 212,000 jobs in July after a revised 165,000 in June. The June figure was well below the "
            "average monthly gain of 190,000 over the past year.",
            {PASS},
        ),
        (
            "Employers added 212,000 jobs in July after a revised 195,000 in June. The June figure was well below the "
            "average monthly gain of 190,000 over the past year.",
            {WARN},
        ),
        (
            "Housing starts rose 31,000 in June after 12,000 in April. The June increase marked a fourth straight "
            "gain (+4,000 in May) and was larger than the typical monthly rise of 18,000.",
            {PASS},
        ),
        (
            "Housing starts rose 14,000 in June after 12,000 in April. The June increase marked a fourth straight "
            "gain (+4,000 in May) and was larger than the typical monthly rise of 18,000.",
            {WARN},
        ),
        # no figure of the named month said before: nothing to pair
        (
            "Employers added 212,000 jobs in July and 165,000 in June. The August figure was above the average "
            "monthly gain of 190,000.",
            set(),
        ),
        # a cut is not set against an average gain
        ("Employers cut 42,000 jobs in July. The July figure was below the average monthly gain of 190,000.", set()),
        # two figures of the month: the pairing stays open
        (
            "Employers added 212,000 jobs in July, and Harwick added 165,000 in July. The July figure was above the "
            "average monthly gain of 190,000.",
            {QUIET},
        ),
    ],
)
def test_the_month_named_figure_against_an_average(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lead names the index in full, the exact figure by its short name: one move, read but not sure
        ("The Halden Composite Index fell more than 210 points on Monday. The Halden lost 212.35 points.", {PASS}),
        ("The Halden Composite Index fell more than 210 points on Monday. The Halden lost 202.35 points.", {QUIET}),
        # a name that only starts alike, or another name: no restatement
        (
            "The Halden Composite Index fell more than 210 points on Monday. The Haldenburg index lost 212.35 points.",
            set(),
        ),
        ("The Halden Composite Index fell more than 210 points on Monday. Tarn Steel lost 212.35 points.", set()),
    ],
)
def test_a_round_move_restated_under_a_short_name(text: str, expected: set) -> None:
    assert verdicts(text, "same_figure") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "It also eclipsed its earlier intraday high of N": a second old mark, beaten by the new high before
        (
            "The Orvala index touched an intra-day high of 8,412.50 before closing at 8,398.10. It broke its previous "
            "record close of 8,371.20 set in May. It also eclipsed its earlier intraday high of 8,405.75 from June.",
            {PASS},
        ),
        (
            "The Orvala index touched an intra-day high of 8,402.50 before closing at 8,398.10. It broke its previous "
            "record close of 8,371.20 set in May. It also eclipsed its earlier intraday high of 8,405.75 from June.",
            {PASS, WARN},  # the close beat its old mark; the intra-day high did not
        ),
    ],
)
def test_also_a_second_mark_beaten(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


def test_without_also_the_new_level_is_not_sought_two_sentences_back() -> None:
    text = (
        "The Orvala index touched an intra-day high of 8,402.50 before closing at 8,398.10. Its volume was the "
        "highest in weeks. It eclipsed its earlier intraday high of 8,405.75 from June."
    )
    assert WARN not in verdicts(text, "comparison")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of another thing in the sentence before is no level of the index: at most a doubt, never an alarm
        (
            "The Orvala index closed at 8,398.10. Trading volume rose to 6,250 contracts. It topped its previous "
            "intraday peak of 8,405.75 from June.",
            {QUIET},
        ),
        # the level of the index itself, a sentence before: the record is checked
        (
            "The Orvala index ended the day at 8,391.40. It topped its previous closing high of 8,405.75 from June.",
            {WARN},
        ),
    ],
)
def test_a_record_broken_by_a_count_of_another_thing_is_not_sure(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected
