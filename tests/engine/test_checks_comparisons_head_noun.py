"""A comparison whose clause names the earlier figure by its head noun or its kind: "The economy grew at a 2.5
percent rate. ... growth was higher than the initial 1.7 percent". Every sentence is made up."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")
QUIET = ("indeterminate", "info")

LEAD = "The economy grew at a {rate} percent annual rate from April through June. "


def verdicts(text: str) -> set[tuple[str, str]]:
    return {(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "comparison"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "growth" names what the first figure is (a growth rate of GDP): the pairing is certain
        (
            LEAD.format(rate="2.5") + "The bureau said spring growth was much higher than the early 1.7 percent "
            "reading it gave in July.",
            {PASS},
        ),
        (
            LEAD.format(rate="1.5") + "The bureau said spring growth was much higher than the early 1.7 percent "
            "reading it gave in July.",
            {WARN},
        ),
        # another measure: inflation is not the economy's growth
        (
            LEAD.format(rate="1.5") + "The bureau said inflation was much higher than the early 1.7 percent "
            "reading it gave in July.",
            {QUIET},
        ),
        # a narrower part of it: growth in one region
        (
            LEAD.format(rate="1.5") + "Growth in Asia was much higher than the early 1.7 percent reading it gave "
            "in July.",
            {QUIET},
        ),
    ],
)
def test_the_head_noun_refers_back_to_the_figure(text: str, expected: set) -> None:
    assert verdicts(text) == expected
