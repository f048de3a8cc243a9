"""A record against the mark it broke ("a club record, topping the 1,904 of 2012"), with the margin stated after
the old mark, end to end on made-up sentences: consistent cases pass, contradicted ones fail, records whose words
do not say high or low stay quiet, and look-alikes do not pair."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count called a record in its clause, the old mark named after the verb
        ("The ferry carried 2,140 cars on Sunday, a club record, topping the 1,904 it took in 2012.", {PASS}),
        ("The ferry carried 1,840 cars on Sunday, a club record, topping the 1,904 it took in 2012.", {WARN}),
        # the record called "record-breaking" and then set against the old mark by a verb of its own
        ("Kesh fines hit a record-breaking $27.6 million in 2023, beating the $24 million of 2019.", {PASS}),
        ("Kesh fines hit a record-breaking $27.6 million in 2023, beating the $41 million of 2019.", {WARN, QUIET}),
        # a low: the new figure must be below the old mark
        ("Its 41 delays were the fewest in a season - the previous best was Ardent Rail's 57.", {PASS}),
        ("Its 61 delays were the fewest in a season - the previous best was Ardent Rail's 57.", {WARN}),
        # the record figure in the sentence before, the only one of its unit there
        (
            "Moor Valley sold 18,200 lambs at its spring fair. That was the most in its history, surpassing the "
            "17,650 lambs sold in 2019.",
            {PASS},
        ),
        # a bare "record" for a rate may be a low: not flagged either way
        ("Its 38.5% hit rate was a club record, bettering the previous mark of 39.1% set in 2015.", {QUIET}),
    ],
)
def test_a_record_against_the_mark_it_broke(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fastest to a mark took the fewest days or turns: beating the old mark means below it
        ("The rover reached the crater in 41 days, the quickest ever, beating the previous record of 48 days.", {PASS}),
        ("The rover reached the crater in 55 days, the quickest ever, beating the previous record of 48 days.", {WARN}),
        (
            "Quillon needed only 37 balls for the quickest century of the summer, bettering the old mark of 40 balls.",
            {PASS},
        ),
        ("Quillon needed 44 balls for the quickest century of the summer, bettering the old mark of 40 balls.", {WARN}),
        (
            "The sprinter clocked 9.81 seconds, the fastest time this year, beating the previous best of 9.84 seconds.",
            {PASS},
        ),
        # the new span in the sentence before; the gap "nine games sooner" is not the span itself
        (
            "Tarnside's 500th goal came in 142 games. The mark was reached nine games sooner than last season, the "
            "fastest in league history, topping the previous fastest of 151 games, set in 2015.",
            {PASS},
        ),
        (
            "Tarnside's 500th goal came in 160 games. It was the fastest 500 goals in league history, topping the "
            "previous fastest of 151 games, set in 2015.",
            {WARN},
        ),
        # "fastest" for a speed may be a high: not flagged either way
        ("The serve was clocked at 236 km/h, the fastest this year, beating the previous record of 239 km/h.", {QUIET}),
        # a high record with a beat verb is still a high
        ("Sales reached 9,400 units, the most ever, topping the previous record of 8,800 units.", {PASS}),
    ],
)
def test_the_fastest_to_a_mark_is_the_fewest_days_or_turns(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moor Valley sold 18,200 lambs at its spring fair. That was the most in its history, surpassing the "
            "17,650 lambs sold in 2019 by about 3%.",
            {PASS},
        ),
        (
            "Moor Valley sold 18,200 lambs at its spring fair. That was the most in its history, surpassing the "
            "17,650 lambs sold in 2019 by about 8%.",
            {WARN},
        ),
    ],
)
def test_the_margin_over_the_old_mark(text: str, expected: set) -> None:
    assert verdicts(text, "percent_change") == expected


@pytest.mark.parametrize(
    "text",
    [
        # no record or superlative: an estimate beaten, for the comparisons finders
        "Net sales reached $212 million, beating the $205 million analysts had pencilled in.",
        # two figures of the unit in the sentence before: the pairing is not certain
        "Kell Farms picked 9,100 crates and packed 8,700. It was the most ever, besting the 8,400 crates of 2020.",
        # "record-breaking" hyphened on the figure after it: that figure is the new record, no old mark is named
        "Dovermoor took in $21 million in parking fees in 2023, producing a record-breaking $27.6 million in fines.",
        "The pier drew 3,900 anglers and a chart-topping 4,100 walkers over the bank holiday weekend.",
    ],
)
def test_look_alikes_give_no_certain_record(text: str) -> None:
    relations = [r for r in check_text(text).relations if "earlier mark" in r.reason]
    assert all(not r.evidence.certain for r in relations)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the old mark opens a later sentence; the record is called so just before its figure
        (
            "Orla Byrne ran a career-high 41 laps on Sunday. It was her fourth race. Her previous career-high was 37.",
            {PASS},
        ),
        (
            "Orla Byrne ran a career-high 31 laps on Sunday. It was her fourth race. Her previous career-high was 37.",
            {WARN},
        ),
        (
            "The Harlow Owls made a league record 24 three-pointers on Friday. They shot 58 percent from deep. The old "
            "league mark of 21 three-pointers was set by the Dunmore Cats in 2019.",
            {PASS},
        ),
        (
            "Tarn Mills shipped a record 8,300 crates in March. The old company mark of 8,950 crates stood for years.",
            {WARN},
        ),
        # two old marks in one sentence, both beaten by the record before
        (
            "Pell scored a season-high 33 points. His previous season-high was 28 points and his previous cup "
            "season-high was 24 points.",
            {PASS},
        ),
        # a record low: the new figure below the old mark
        ("Brook Lane posted a record low 14 delays in May. The previous low was 19 delays.", {PASS}),
        ("Brook Lane posted a record low 24 delays in May. The previous low was 19 delays.", {WARN}),
        # "best" may be a high or a low
        ("Orla Byrne ran a career-best 31 laps on Sunday. Her previous career-best was 37 laps.", {QUIET}),
        # another holder's old mark, the record's scope not named in both places
        ("Kestrel Air flew a record 2.1 million passengers. Rival Osprey's previous record was 2.4 million.", {QUIET}),
    ],
)
def test_an_old_mark_told_after_the_record(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


@pytest.mark.parametrize(
    "text",
    [
        # the sentence states its own figure before the old mark: not the record of the sentences before
        "Dale Foods sold a record 5,200 pies in June. July sales were 4,100, and the previous record was 4,900.",
        # two figures called records before: which one beat the mark is not said
        "Ferro made a record 70 sales and a record 12 refunds. The previous record was 66.",
        # a figure that is not called a record
        "Ferro made 60 sales in June. The previous record was 66.",
    ],
)
def test_an_old_mark_told_after_pairs_no_uncertain_record(text: str) -> None:
    relations = [r for r in check_text(text).relations if "is set beyond" in r.reason]
    assert all(not r.evidence.certain for r in relations)
