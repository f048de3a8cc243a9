"""A player's figure and share inside a segment a report opens with "In <segment>,", the segment's total stated
before: the share is the figure over that total. Every sentence is made up."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def verdicts(text: str) -> list[tuple[str, str, str]]:
    return [(f.check, f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "part_share"]


PASS = ("part_share", "pass", "info")
WARN = ("part_share", "fail", "warning")

REPORT = (
    "The van market fell 4% on last year to 8,200 units.\nCar registrations were down 2% to 31,000.\n"
    "In vans, Corvo delivered 1,640 units, down 2% on last year, taking a {a} share.\n"
    "Brisk sold 1,230, down 3% on last year, with a {b} share.\nIn cars, Lyle shifted 6,200 units and a {c} share."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (REPORT.format(a="20%", b="15%", c="20%"), [PASS, PASS, PASS]),
        (REPORT.format(a="20%", b="25%", c="20%"), [PASS, WARN, PASS]),
        (REPORT.format(a="20%", b="15%", c="26%"), [PASS, PASS, WARN]),
        ("Hatchback sales eased to 9,600 units in March.\n\nIn hatchbacks, Alvo slipped"
         " 6% to 1,152 cars, for a 12% share.",
         [PASS]),
        ("Hatchback sales eased to 9,600 units in March.\n\nIn hatchbacks, Alvo slipped"
         " 6% to 1,152 cars, for an 18% share.",
         [WARN]),
    ],
)  # fmt: skip
def test_a_segment_share_is_the_figure_over_the_segment_total(text: str, expected: list) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no segment total, or one of another period, or two
        "The market fell 4% to 8,200 units.\nIn vans, Corvo delivered 1,640 units, with a 20% share.",
        "Last year the van market reached 9,000 units.\nIn vans, Corvo delivered 1,640 units, with a 20% share.",
        "The van market fell to 8,200 units; van sales to fleets hit 3,100.\nIn vans, Corvo delivered 1,640 units, "
        "with a 20% share.",
        "The van market reached 9,000 units a year earlier.\nIn vans, Corvo delivered 1,640 units, with a 20% "
        "share.",
        # the share not tied to the figure before it
        "The van market fell 4% to 8,200 units.\nIn vans, Corvo delivered 1,640 units; its rival held a 20% share.",
        # a month or a year opening the sentence is no segment
        "The van market fell 4% to 8,200 units.\nIn March, Corvo delivered 1,640 units, with a 20% share.",
    ],
)  # fmt: skip
def test_no_segment_share_without_its_total(text: str) -> None:
    assert not [r for r in check_text(text).relations if "segment, whose total" in r.reason]
