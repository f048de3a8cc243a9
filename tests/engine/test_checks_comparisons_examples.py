"""A comparative against a class of figures, then examples of that class ("such as", "including")."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The drop of 3.1 million barrels was far bigger than earlier weekly draws, such as 1.2 million barrels "
            "in May or 0.8 million barrels in June.",
            {PASS},
        ),
        (
            "The drop of 3.1 million barrels was far bigger than earlier weekly draws, such as 1.2 million barrels "
            "in May or 3.8 million barrels in June.",
            {WARN},
        ),
        (
            "Rents in Tarvik rose 6.2%, faster than in other northern towns, including Hollin (4.1%) and Marsk (3.9%).",
            {PASS},
        ),
        (
            "Rents in Tarvik rose 6.2%, faster than in other northern towns, including Hollin (4.1%) and Marsk (7.9%).",
            {WARN},
        ),
        (
            "Rents in Tarvik rose 2.2%, slower than in other northern towns, including Hollin (4.1%) and Marsk (3.9%).",
            {PASS},
        ),
        (
            "The club's wage bill of £88 million is lower than those of its rivals, like Dunmore at £120 million.",
            {PASS},
        ),
        (
            "The club's wage bill of £188 million is lower than those of its rivals, like Dunmore at £120 million.",
            {WARN},
        ),
    ],
)
def test_class_then_examples(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


@pytest.mark.parametrize(
    "text",
    [
        # the listed figure is told with a move of its own: not a bare example
        "Rents in Tarvik rose 6.2%, faster than in other northern towns, including Hollin, where they rose 4.1% to "
        "$1,210, and Marsk.",
        # an example in other units is no member of the class compared
        "The drop of 3.1 million barrels was bigger than in earlier weeks, such as 4% in May.",
    ],
)
def test_no_examples_read(text: str) -> None:
    assert verdicts(text, "comparison") == set()
