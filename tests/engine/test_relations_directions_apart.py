"""A direction word with "from" after a level that other words stand apart from ("61% trust the board, which is
down from 66%"), end to end on made-up sentences: other verbs, joins and units, consistent variants that pass,
contradicted ones that fail, and look-alikes that must not pair or must stay quiet."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import ERROR, PASS, QUIET, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dash between the level and the word
        ("Roughly 44% of shoppers now pay by phone — down from 51% in the spring survey.", {PASS}),
        ("Roughly 44% of shoppers now pay by phone — down from 39% in the spring survey.", {ERROR}),
        # a clause naming the subject, then "which is up from"
        ("Some 2,310 pupils sat the exam in Dunmore this year, which is up from 2,050 a year before.", {PASS}),
        ("Some 2,310 pupils sat the exam in Dunmore this year, which is up from 2,550 a year before.", {ERROR}),
        # a time with "its" between the level and the word, another clause after the prior
        (
            "Harlow Foods booked sales of £84.2m in its first half, up from £79.9m a year earlier, while margins "
            "narrowed.",
            {PASS},
        ),
        (
            "Harlow Foods booked sales of £84.2m in its first half, up from £89.9m a year earlier, while margins "
            "narrowed.",
            {ERROR},
        ),
        # the prior names its things with the generic "units"
        ("Dealers delivered 86,400 tractors over the season, down from 91,200 units the season before.", {PASS}),
        ("Dealers delivered 86,400 tractors over the season, down from 81,200 units the season before.", {ERROR}),
        # "but" right before the word: one subject, two predicates
        ("Annualised orders held at 14.2 million on the year, but down from 14.65 million in March.", {PASS}),
        ("Annualised orders held at 14.2 million on the year, but down from 13.65 million in March.", {ERROR}),
        # "last week's" before the prior
        ("About 212,000 people sought benefits, down from last week's 229,000.", {PASS}),
        ("About 212,000 people sought benefits, down from last week's 199,000.", {ERROR}),
    ],
)
def test_a_word_from_after_a_level_apart(text: str, expected: set) -> None:
    assert verdicts(text, "direction") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second prior with its own word moves the same level
        ("Hotel rooms cost €142 a night on average in July, up from €131 in June, but down from €150 in 2022.", {PASS}),
        (
            "Hotel rooms cost €142 a night on average in July, up from €131 in June, but down from €138 in 2022.",
            {PASS, ERROR},
        ),
        # priors listed after one word: the word may be meant for the first alone, so a contradiction stays quiet
        ("Trust in the council stands at 31 percent, down from 35 percent in 2021 and 38 percent in 2019.", {PASS}),
        (
            "Trust in the council stands at 31 percent, down from 35 percent in 2021 and 28 percent in 2019.",
            {PASS, QUIET},
        ),
    ],
)
def test_further_priors_of_one_level(text: str, expected: set) -> None:
    assert verdicts(text, "direction") == expected


@pytest.mark.parametrize(
    "text",
    [
        # "and from" with no word of its own: the writer's "up" may hold for the first prior alone
        "Quarry output was 4,120 tonnes, up from 3,900 tonnes in 2019 and from 4,300 tonnes in 2020.",
        # two priors and no level in the sentence: the level is elsewhere, not the first prior
        "The premium has fallen from the 31.2 percent quoted on Monday, but risen from the 22.5 percent at launch.",
        # "but" opening another subject's clause is a break
        "Annualised sales were $14.2 million, but costs were down from $14.65 million in March.",
        # another subject's clause holds the only level before the word
        "Revenue at Pell Mills reached $4.6 billion, while its spending on wages was down from $5.1 billion.",
        # the figure nearest the word is a forecast, not the level that moved
        "Hiring reached 140,000 in May, above the 128,000 economists expected, up from 131,000 in April.",
        # a from-to move is read in one clause, not as a level apart
        "Attendance was steady at 9,000 while membership fell from 7,400 in 2020 to 6,100 last year.",
    ],
)
def test_look_alikes_do_not_alarm(text: str) -> None:
    assert verdicts(text, "direction") <= {PASS, QUIET}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence opening on "<subject> was down from": the one level of the unit in the sentence before
        (
            "The jobless rate in Corvel dropped to 6.2 per cent in the spring. Unemployment was down from 6.4 per "
            "cent in the winter.",
            {PASS},
        ),
        (
            "The jobless rate in Corvel dropped to 6.2 per cent in the spring. Unemployment was down from 5.4 per "
            "cent in the winter.",
            {ERROR},
        ),
        # another measure in the sentence before: nothing ties the two
        ("Exports from Tarn rose to $5.1 billion in May. Imports were down from $4.4 billion.", set()),
        ("Exports from Tarn rose to $5.1 billion in May. Imports have dropped from $4.4 billion.", set()),
        # a perfect tense on a name the sentence before gives, and a second word for a second prior
        (
            "Bids for Brindle Labs stock before its debut implied a listing premium of 19 percent on Friday. The "
            "premium has fallen from the 23 percent one dealer posted on Monday, but risen from the 15 percent seen "
            "at launch.",
            {PASS},
        ),
        (
            "Bids for Brindle Labs stock before its debut implied a listing premium of 19 percent on Friday. The "
            "premium has fallen from the 17 percent one dealer posted on Monday.",
            # tied by the name alone, the metric unread: a contradiction is told, never flagged
            {("indeterminate", "info")},
        ),
        (
            "Waiting lists at Norrow clinics stood at 4,150 patients in June. The waiting list has climbed from 3,700 "
            "patients in March.",
            {PASS},
        ),
        # the name is not in the sentence before: nothing ties the two
        (
            "Brindle Labs stock traded at 19 percent above the offer. The premium has fallen from 23 percent.",
            set(),
        ),
    ],
)
def test_a_level_in_the_sentence_before(text: str, expected: set) -> None:
    assert verdicts(text, "direction") == expected
