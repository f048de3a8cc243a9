"""A level compared after a change ("up 5%, against 9.3 million in January") is read as the change's start; told
with a growth rate of its own ("..., when growth was 6%"), it is one month's level set beside another's, each
growing on its own base (a year before), so the pairing is left indeterminate. "from" makes it the base still."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def moves(text: str) -> set[tuple[str, str, str]]:
    return {
        (f.check, f.status.value, f.severity.value)
        for f in check_text(text).findings
        if f.check in ("percent_change", "direction")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Leland Airways carried 8.6 million passengers in February, up 5 percent, against 9.3 million in January, "
        "when growth was 6 percent.",
        "Marlow Cement's despatches rose 4% to 2.2 million tonnes in May, compared with 2.5 million tonnes in April, "
        "which was 9% above a year earlier.",
    ],
)
def test_a_start_told_with_its_own_growth_stays_indeterminate(text: str) -> None:
    found = moves(text)
    assert found
    assert all(status == "indeterminate" for _, status, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no growth of its own: the compared level is the base, and a wrong change alarms
        (
            "Leland Airways carried 8.6 million passengers in February, up 5 percent, against 9.3 million in January.",
            "fail",
        ),
        # "from" names the base, whatever is said of it after
        (
            "Leland Airways carried 8.6 million passengers in February, up 5 percent from 9.3 million a year "
            "before, when traffic had fallen 2 percent.",
            "fail",
        ),
        (
            "Leland Airways carried 8.6 million passengers in February, up 5 percent from 8.2 million a year "
            "before, when traffic had fallen 2 percent.",
            "pass",
        ),
    ],
)
def test_a_plain_base_is_still_checked(text: str, expected: str) -> None:
    assert {status for _, status, _ in moves(text)} == {expected}
