"""Two parts told by "accounted for" in one sentence, their whole stated sentences before. Every sentence is
made up."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")
QUIET = ("indeterminate", "info")


def verdicts(text: str) -> list[tuple[str, str]]:
    return [(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "part_whole"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norvik delivered 79,600 cars in the quarter. Prices were cut twice. Hatchbacks accounted for 61,200 "
         "deliveries, and sedans accounted for 18,400.", [PASS]),
        ("Norvik delivered 79,600 cars in the quarter. Prices were cut twice. Hatchbacks accounted for 71,200 "
         "deliveries, and sedans accounted for 18,400.", [WARN]),
        ("The port handled 4,300 passengers on the holiday. Ferries were full. Day trips accounted for 3,100 "
         "passengers, while longer crossings accounted for a mere 1,150.", [PASS]),
        ("The port handled 4,300 passengers on the holiday. Ferries were full. Day trips accounted for 3,100 "
         "passengers, while longer crossings accounted for a mere 2,150.", [WARN]),
        ("The clinic recorded 912 admissions in the winter. Staff were short. The east wing accounted for 540 "
         "admissions and the west wing for 372.", [PASS]),
        # two figures that count the same thing: not certain which is the whole
        ("Norvik delivered 79,600 cars in the quarter and its rival delivered 95,000 cars. Hatchbacks accounted "
         "for 71,200 deliveries, and sedans accounted for 18,400.", [QUIET]),
    ],
)  # fmt: skip
def test_parts_told_by_accounted_for_fit_in_their_whole(text: str, expected: list) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the whole of an earlier period
        "Last quarter Norvik delivered 60,100 cars. Hatchbacks accounted for 61,200 deliveries, and sedans "
        "accounted for 18,400.",
        # counted in one place, split in another
        "Norvik delivered 79,600 cars in Europe. Hatchbacks accounted for 71,200 deliveries worldwide, and sedans "
        "accounted for 18,400.",
        # a whole of another thing
        "Norvik built 79,600 cars in the quarter. Hatchbacks accounted for 71,200 deliveries, and sedans accounted "
        "for 18,400.",
        # one part only
        "Norvik delivered 79,600 cars in the quarter. Hatchbacks accounted for 61,200 deliveries.",
    ],
)
def test_look_alikes_do_not_pair(text: str) -> None:
    assert verdicts(text) == []
