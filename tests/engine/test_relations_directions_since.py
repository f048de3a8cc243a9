"""A level dated in the past, then where it "has now risen to" or "has since fallen to", end to end on made-up
sentences: the forms news copy uses, consistent variants that pass, contradicted ones that fail, and look-alikes
that must not pair."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import ERROR, PASS, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one sentence: the dated level, a clause between, "has now <verb> to"
        (
            "Last Monday the token was worth $3,410 (£2,700), but after a week-long rally its value has now risen "
            "to $3,905 (£3,090).",
            {PASS},
        ),
        (
            "Last Monday the token was worth $3,410 (£2,700), but after a week-long rally its value has now risen "
            "to $3,105 (£2,460).",
            {ERROR},
        ),
        ("A month ago the shares traded at $40; they have now fallen to $32.", {PASS}),
        ("A month ago the shares traded at $40; they have now fallen to $52.", {ERROR}),
        ("Crews numbered 640 in 2021, but the total has since dropped to 580.", {PASS}),
        ("Crews numbered 640 in 2021, but the total has since dropped to 700.", {ERROR}),
        # the next sentence, opening with a word that points back
        ("At the start of the year the index stood at 1,200 points. It has since climbed to 1,450 points.", {PASS}),
        ("At the start of the year the index stood at 1,200 points. It has since climbed to 1,050 points.", {ERROR}),
        ("In 2021 the club had 8,200 members. That has since grown to 9,100.", {PASS}),
        ("In 2021 the club had 8,200 members. That has since grown to 7,900.", {ERROR}),
    ],
)
def test_a_dated_level_and_where_it_has_moved_since(text: str, expected: set) -> None:
    assert verdicts(text, "direction") == expected


@pytest.mark.parametrize(
    "text",
    [
        # another subject
        "Last year Acme's shares traded at $40; Beta's shares have now risen to $35.",
        # another measure
        "Last year the company's revenue was $5 billion; its profit has since risen to $1.2 billion.",
        # a level in between: the move may start from it
        "A year ago the shares traded at $40. They fell to $20 in March and have now risen to $35.",
        # a word between moving the other way: the move starts from a low that is not printed
        "A year ago the shares traded at $40. They slumped in the spring but have now risen to $35.",
        # no past time for the level: it may be a level of today
        "The shares trade at $40. They have now risen to $35.",
        # an expected level is not where the move started
        "Analysts expected the shares to reach $40 by last June; they have now risen to $35.",
        # the next sentence speaks of something else
        "Last year the company had 300 stores. Rival chains have since grown to 280.",
    ],
)
def test_look_alikes_do_not_pair(text: str) -> None:
    assert verdicts(text, "direction") == set()


def test_a_move_with_its_own_start_is_read_from_it() -> None:
    text = "The shares traded at $40 a year ago. They have now risen to $45 from $30 last week."
    assert verdicts(text, "direction") == {PASS}
