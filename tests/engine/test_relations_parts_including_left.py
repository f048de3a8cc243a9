"""An "including" list that names no figures before the sentence moves on: "Zentra drew $2.1bn of private money
from funds including Orvell and Kast before it listed, and today is worth about $40bn". A verb (or "and" with a verb)
between "including" and the next figure leaves the list for another clause, so that figure is no part of the
total. A figure the list itself names ("including $400m from Orvell") is still a part."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import ERROR, PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence leaves the list before its next figure
        ("Zentra drew $2.1bn of private money from funds including Orvell and Kast before it listed, and today is "
         "worth about $40bn.", set()),
        ("The Hallam fund took in $800m from backers including two pension plans, and its assets stood at $3.2bn "
         "by June.", set()),
        # figures the list names: still parts
        ("Zentra raised $2.1bn from investors, including $400m from Orvell and $300m from Kast.", {PASS}),
        ("Zentra raised $2.1bn from investors, including $2.4bn from Orvell.", {WARN, ERROR}),
    ],
)  # fmt: skip
def test_a_figure_after_the_list_is_left_is_no_part(text: str, expected: set) -> None:
    found = verdicts(text, "part_whole")
    assert found == expected if len(expected) < 2 else found & expected
