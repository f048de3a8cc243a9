"""An overall rate against the rates of age bands that cover every age ("under 30 (52%) and 30–59 years old (44%)
... 60+ (23%)"): the overall is the bands' weighted mean, so it lies between the lowest and the highest. Every
sentence is made up."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

_BANDS = (
    "Overall, {rate} of drivers admitted to speeding. Speeding was more common among drivers under 30 (52%) and "
    "30–59 years old (44%) than among those 60+ (23%)."
)


def verdicts(text: str) -> list[tuple[str, str]]:
    return [
        (f.status.value, f.severity.value)
        for f in check_text(text).findings
        if f.check == "part_whole" and "total rate" in f.message
    ]


PASS = ("pass", "info")
WARN = ("fail", "warning")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_BANDS.format(rate="41%"), [PASS]),
        (_BANDS.format(rate="61%"), [WARN]),
        ("In all, 18% of tenants had moved twice. Tenants younger than 25 years (29%) moved most often, followed by "
         "those aged 25 to 44 (20%), while tenants 45 and older (9%) rarely did.", [PASS]),
    ],
)  # fmt: skip
def test_the_overall_lies_between_the_bands(text: str, expected: list) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the bands leave ages out (30 to 39): some members are in no band
        "Overall, 61% of drivers admitted to speeding. Speeding was more common among drivers under 30 (52%) and "
        "40–59 years old (44%) than among those 60+ (23%).",
        # no open top: the oldest drivers are not counted
        "Overall, 61% of drivers admitted to speeding. Speeding was more common among drivers under 30 (52%) than "
        "among those 30–59 years old (44%).",
        # no rate marked as the overall one
        "Some 61% of drivers admitted to speeding. Speeding was more common among drivers under 30 (52%) and "
        "30–59 years old (44%) than among those 60+ (23%).",
    ],
)  # fmt: skip
def test_no_bound_unless_the_bands_cover_every_age(text: str) -> None:
    assert not [r for r in check_text(text).relations if "age bands" in r.reason]
