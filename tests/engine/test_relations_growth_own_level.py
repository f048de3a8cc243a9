"""growth_prior: a bare change whose sentence (or the one before) gives the level it moved, and a pair said later.

"Refineries made 3.1 Mt by November. Output was 38% above the same point last season. Season output is seen at
19 Mt against 18.2 Mt": the change moves the level just told over its own span; the later pair is another
span's (a season's forecast). The pairing is left indeterminate and names the level. A change with no other level
just before it, or whose level restates the pair's own figure, is still checked against the pair.

All sentences are made up (made-up companies, places and figures).
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

QUIET = ("indeterminate", "info")


def verdicts(text: str) -> set[tuple[str, str]]:
    checks = ("growth_prior", "percent_change")
    return {(f.status.value, f.severity.value) for f in check_text(text).findings if f.check in checks}


def alarms(text: str) -> bool:
    return any(f.severity.value in ("warning", "error") for f in check_text(text).findings)


@pytest.mark.parametrize(
    "text",
    [
        # the level is the sentence before the change's
        "Marovia's refineries made 3.1 million tonnes of sugar by the end of November. Output was nearly 38 percent "
        "above the same point last season. The trade body now puts season output at 19 million tonnes against "
        "18.2 million tonnes in the previous season.",
        "Farms in Velden produced 412,000 tonnes of apples in the early harvest. Output was up about 17 percent "
        "year-on-year, growers said. For 2023 as a whole, growers now put output at 1.6 million tonnes against "
        "1.52 million tonnes in the previous year.",
        "Quelba's dairies took in 640 million litres of milk in the first quarter. Output was roughly 21 percent "
        "higher year-on-year, the board said. For the full year it sees output of 2.9 billion litres, compared "
        "with 2.75 billion litres in the previous year.",
    ],
)
def test_a_level_in_the_change_sentence_leaves_the_later_pair_open(text: str) -> None:
    assert verdicts(text) == {QUIET}
    assert not alarms(text)


@pytest.mark.parametrize(
    ("text", "alarm"),
    [
        # no other level in the change's sentence: the pair said next is the change's
        (
            "Sugar output in Marovia jumped 38 percent in the season, a growers' group said. Output rose to "
            "3.1 million tonnes from 2.6 million tonnes a season earlier.",
            True,
        ),
        (
            "Sugar output in Marovia jumped 19 percent in the season, a growers' group said. Output rose to "
            "3.1 million tonnes from 2.6 million tonnes a season earlier.",
            False,
        ),
        # the level before the change is the pair's own current figure
        (
            "Farms in Velden produced 1.6 million tonnes of apples in 2023. Output was up about 17 percent "
            "year-on-year, growers said. Output rose to 1.6 million tonnes from 1.52 million tonnes in 2022.",
            True,
        ),
        # the change's sentence restates the pair's current figure
        (
            "Mills in Marovia produced 3.1 million tonnes of sugar in the season, about 38 percent higher "
            "year-on-year, a growers' group said. Output rose to 3.1 million tonnes from 2.6 million tonnes in the "
            "previous season.",
            True,
        ),
    ],
)
def test_a_bare_change_is_still_checked_against_the_next_pair(text: str, alarm: bool) -> None:
    assert alarms(text) is alarm
