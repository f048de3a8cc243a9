"""A total restated per unit of a count in its sentence ("84 goals in 38 games, an average of 2.2 per game"), end to
end on made-up sentences: several cue words and orders, and cases with no restatement that must stay quiet."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The club scored 84 goals in 38 games, an average of 2.2 per game.", {PASS}),
        ("The club scored 84 goals in 38 games, an average of 3.2 per game.", {WARN}),
        ("Hollis scored 412 points over 20 games, averaging 20.6 points a game.", {PASS}),
        ("Hollis scored 412 points over 20 games, averaging 26.6 points a game.", {WARN}),
        # the count after the rate
        ("The state spent $12.4 billion on schools, or about $2,480 per pupil, for its 5 million pupils.", {PASS}),
        ("The state spent $12.4 billion on schools, or about $3,480 per pupil, for its 5 million pupils.", {WARN}),
        # the count first, "a <noun>" after the rate
        ("The 14 new stores cost $70 million, or $5 million a store.", {PASS}),
        ("The 14 new stores cost $70 million, or $7 million a store.", {WARN}),
        ("Irvale has 2.5 million residents and a budget of $5 billion, or $2,000 per resident.", {PASS}),
    ],
)
def test_a_total_restated_per_unit(text: str, expected: set) -> None:
    assert verdicts(text, "per_unit") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the count and the rate name one thing in two words
        ("Marlow Town netted 96 goals from 40 matches, an average of 2.4 per game.", {PASS}),
        ("Marlow Town netted 96 goals from 40 matches, an average of 3.4 per game.", {WARN}),
        ("Over 30 fixtures the Pembury side conceded 45 goals, averaging 1.5 a game.", {PASS}),
        ("Over 30 fixtures the Pembury side conceded 45 goals, averaging 2.5 a game.", {WARN}),
        ("Halden County spends $61 million on its 12,200 students, or about $5,000 per pupil.", {PASS}),
        ("Halden County spends $61 million on its 12,200 students, or about $7,000 per pupil.", {WARN}),
        ("Across its 900 shops, Brisco Foods took in $180 million, or $200,000 a store.", {PASS}),
        ("Across its 900 shops, Brisco Foods took in $180 million, or $300,000 a store.", {WARN}),
    ],
)
def test_a_rate_per_another_word_for_the_counted_thing(text: str, expected: set) -> None:
    assert verdicts(text, "per_unit") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the rate first, then the words that sum it up over the count
        ("The 14 new stores cost $5 million each, for a total of $70 million.", {PASS}),
        ("The 14 new stores cost $7 million each, for a total of $70 million.", {WARN}),
        ("The club's 38 games yielded 2.2 goals per game, for a total of 84 goals.", {PASS}),
        ("The club's 38 games yielded 3.2 goals per game, for a total of 84 goals.", {WARN}),
        ("Brannock paid its 1,200 employees a bonus of $1,500 per employee, totalling $1.8 million.", {PASS}),
        ("Brannock paid its 1,200 employees a bonus of $2,500 per employee, totalling $1.8 million.", {WARN}),
        # a bare "for" straight before a total of what the rate counts
        ("Last term the Larkhill side's 40 matches brought 2.5 goals a game for 100 goals.", {PASS}),
        ("Last term the Larkhill side's 40 matches brought 3.5 goals a game for 100 goals.", {WARN}),
    ],
)
def test_a_rate_summed_up_after_it(text: str, expected: set) -> None:
    assert verdicts(text, "per_unit") == expected


@pytest.mark.parametrize(
    "text",
    [
        # the total may hold units counted before
        "The 12 new stores cost $2 million each, bringing the total to $40 million.",
        # no words tie the later amount to the rate
        "The 14 new stores cost $5 million each, and the chain spent $90 million last year.",
        # the later total counts something else
        "The 38 games drew 21,000 fans per game, for a total of 3.2 million tickets sold.",
        # "for" before the count, not a total
        "Hollis averaged 20.6 points a game for 20 games.",
        "Corvin charged $120 a night for 300 nights at the lodge.",
    ],
)
def test_no_total_after_the_rate_without_its_words(text: str) -> None:
    relations = [r for r in check_text(text).relations if r.kind.value == "per_unit"]
    assert not [r for r in relations if "restates" in r.reason]


@pytest.mark.parametrize(
    "text",
    [
        # no words restate the total as the rate
        "Tickets sold for $50 a seat at the 20,000-seat arena, which took in $600,000 from concessions.",
        "The league's 20 clubs earned $3 billion; tickets cost $80 per club member.",
        # a rate per stretch of time is a run rate, not a count's share
        "The 40 branches made $12 million, or $1 million a month.",
        # another figure between the total and the rate
        "The 9 plants made 450,000 cars and 30,000 trucks, or 50,000 per plant.",
        # a rate per a thing no count in the sentence counts, though a near word is counted
        "The 40 teachers marked 9,000 papers, or 225 per student.",
        "The chain's 450 outlets served 9 million meals, or 20,000 per customer.",
    ],
)
def test_no_rate_without_the_restatement(text: str) -> None:
    relations = [r for r in check_text(text).relations if r.kind.value == "per_unit"]
    assert not [r for r in relations if "restates" in r.reason]


@pytest.mark.parametrize(
    "text",
    [
        # what is left to play or open is not what the total was reached over
        "With 10 games to play, Dunmore have scored 84 goals so far at an average of 2.2 per game.",
        "With three games remaining, the Hawks have netted 84 goals, or 2.2 a game.",
        "Corvin Retail spent $40 million on its shops this year, or $2 million a store, with another 12 stores due.",
    ],
)
def test_a_count_still_to_come_is_not_the_count_averaged_over(text: str) -> None:
    relations = [r for r in check_text(text).relations if r.kind.value == "per_unit"]
    assert not [r for r in relations if "restates" in r.reason]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dunmore netted 84 goals in 38 games, an average of 3.2 per game, with four games still to play.", {WARN}),
        ("Dunmore netted 84 goals in 38 games, an average of 2.2 per game, with four games still to play.", {PASS}),
        ("With 6 games left, the Hawks have netted 120 goals in 40 games, or 4 a game.", {WARN}),
    ],
)
def test_the_count_averaged_over_beside_one_still_to_come(text: str, expected: set) -> None:
    assert verdicts(text, "per_unit") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The 12 clubs scored 300 goals in 240 games this season and 260 games last, or 1.25 per game.",
        # a second count under another word for the same thing
        "The 12 clubs scored 300 goals in 240 games this season and 260 matches last, or 1.25 per game.",
    ],
)
def test_a_second_count_of_the_noun_leaves_it_uncertain(text: str) -> None:
    findings = [f for f in check_text(text).findings if f.check == "per_unit"]
    assert all(f.severity.value == "info" for f in findings)
