"""A game's halves add up to its final score, each side's own; bracketed records after "through N games" add up to
N. Every sentence is made up."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def verdicts(text: str) -> list[tuple[str, str, str]]:
    return [(f.check, f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "part_whole"]


PASS = ("part_whole", "pass", "info")
WARN = ("part_whole", "fail", "warning")

GAME = "In a {final} win over the Denver Owls, the Hawks won their ninth straight game.\n\n{halves}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GAME.format(final="101-94", halves="The Hawks trailed 50-47 at the break but outscored the Owls 54-44 "
                     "in the second half."), [PASS, PASS]),
        (GAME.format(final="101-94", halves="The Hawks trailed 50-47 at the break but outscored the Owls 58-44 "
                     "in the second half."), [WARN, PASS]),
        (GAME.format(final="88-80", halves="After leading 41-39 at halftime, the Hawks outscored the Owls 47-41 "
                     "in the second half."), [PASS, PASS]),
        (GAME.format(final="88-80", halves="After leading 41-39 at halftime, the Hawks outscored the Owls 47-40 "
                     "in the second half."), [PASS, WARN]),
        ("Only three sides have a better record than Austin through 40 games: Miami (37-3) in 1997 and Portland "
         "(36-4) in 2004.", [PASS, PASS]),
        ("Only three sides have a better record than Austin through 40 games: Miami (37-3) in 1997 and Portland "
         "(35-4) in 2004.", [PASS, WARN]),
    ],
)  # fmt: skip
def test_the_parts_of_a_game_add_up(text: str, expected: list) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two finals in one story: which game the halves are of is not known
        GAME.format(final="101-94", halves="Elsewhere, the Rams posted a 99-90 win over the Bulls. The Hawks trailed "
                    "50-47 at the break but outscored the Owls 54-44 in the second half."),
        # the halves' sentence is about another opponent
        GAME.format(final="101-94", halves="The Hawks trailed 50-47 at the break but outscored the Bulls 54-44 "
                    "in the second half."),
        # no final named as a win or a loss
        "The Hawks trailed 50-47 at the break but outscored the Owls 54-44 in the second half.",
        # a record with ties, and records with no number of games
        "Only three sides have a better record than Austin through 40 games: Miami (36-3-1) in 1997.",
        "Miami (37-3) and Portland (36-4) both had a better record than Austin.",
    ],
)  # fmt: skip
def test_no_sum_without_one_game_or_one_number_of_games(text: str) -> None:
    found = check_text(text).relations
    assert not [r for r in found if r.kind.value == "part_whole" and ("points" in r.reason or "record" in r.reason)]
