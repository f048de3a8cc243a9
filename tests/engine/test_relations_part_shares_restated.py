"""A part "of" its whole in one sentence, the share it makes of that whole in the next, told of the same holder:
"Corvo won 212 of 400 seats. After taking more than half of the seats, ...". Every sentence is made up."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def verdicts(text: str) -> list[tuple[str, str, str]]:
    return [(f.check, f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "part_share"]


PASS = ("part_share", "pass", "info")
WARN = ("part_share", "fail", "warning")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Corvo party won 212 of 400 seats in the assembly. After taking more than half of the seats, it "
         "lost ground in the towns.", [PASS]),
        ("The Corvo party won 212 of 400 seats in the assembly. After taking nearly two-thirds of the seats, it "
         "lost ground in the towns.", [WARN]),
        ("The Corvo party won 212 of 400 seats. It won 53% of the seats.", [PASS]),
        ("The Corvo party won 212 of 400 seats. It won 63% of the seats.", [WARN]),
        ("The club won 27 of its 38 games this season. That is 71 percent of games.", [PASS]),
        ("The club won 27 of its 38 games this season. That is 81 percent of games.", [WARN]),
    ],
)  # fmt: skip
def test_the_next_sentence_share_is_the_part_over_its_whole(text: str, expected: list) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # another holder's share
        "The Corvo party won 212 of 400 seats. The Greens won 9% of seats.",
        "The Corvo party won 212 of 400 seats. Its rival took 20% of seats.",
        "Corvo won 212 of 400 seats. Rivals won 40% of seats.",
        # a share of another whole, or another paragraph
        "The Corvo party won 212 of 400 seats. It won 41% of the vote.",
        "The Corvo party won 212 of 400 seats.\n\nIt won 63% of the seats.",
        # a figure of its own before the share
        "The Corvo party won 212 of 400 seats. It lost 12 seats and holds 53% of seats.",
    ],
)  # fmt: skip
def test_no_restated_share_of_another_holder_or_whole(text: str) -> None:
    assert not [r for r in check_text(text).relations if "restates" in r.reason]
