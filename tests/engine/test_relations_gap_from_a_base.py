"""A percentage with "up" or "down" after it and a base it names ("47,318 points, 6.2% down from the record of 50,445")
is its own move from that base: the day's move told before it ("added 0.64% to 47,318") ends at the same level but
starts elsewhere, and never takes that base as its start. A level with "up from" after it ("KSh 40.5 billion up
from KSh 36 billion") is still a level and its start. Every sentence is made up."""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims
from factcheck.runner import check_text


def verdicts(text: str) -> set[tuple[str, str]]:
    return {
        (f.check, f.status.value) for f in check_text(text).findings if f.check in ("percent_change", "growth_prior")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Tarvo 40 gauge added 0.64% to 47,318 points, 6.2% down from the record of 50,445 set in May.",
         {("percent_change", "pass")}),
        ("The Tarvo 40 gauge added 0.64% to 47,318 points, 9.2% down from the record of 50,445 set in May.",
         {("percent_change", "fail")}),
        ("Sales were $40 million, 8% up from $37 million.", {("percent_change", "pass")}),
        ("Sales were $40 million, 18% up from $37 million.", {("percent_change", "fail")}),
        ("Fees at Lumo Pay grew by 12.5% to KSh 40.5 billion up from KSh 36 billion.", {("percent_change", "pass")}),
    ],
)  # fmt: skip
def test_the_gap_takes_its_own_base(text: str, expected: set) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "changed"),
    [
        ("The index is 4.8% down from its peak.", True),
        ("Sales were 4.8% down on last year.", True),
        # no base named: "up" or "down" is not read as the move's word
        ("Shares stood 4.8% down by midday.", False),
        ("Buyers of the flats pay 10% up front.", False),
    ],
)
def test_up_or_down_before_a_base_reads_a_move(text: str, changed: bool) -> None:
    percent = next(c for c in extract_claims(text) if c.quantity.text.endswith("%"))
    assert (percent.change is not None and percent.change.verb in ("up", "down")) == changed
