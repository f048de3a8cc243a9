"""An overall rate against the rates of age bands that cover every age (riders under 35 at 48%, those 35–64 at 39%
and those 65+ at 21%): the overall is the bands' weighted mean, so it lies between the lowest and the highest. Every
sentence is made up."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

_BANDS = (
    "Overall, {rate} of cyclists admitted running red lights. Jumping red lights was likelier among riders under 35 "
    "(48%) and those aged 35–64 (39%) than among those 65 and over (21%)."
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
        (_BANDS.format(rate="37%"), [PASS]),
        (_BANDS.format(rate="57%"), [WARN]),
        ("In all, 18% of tenants had moved twice. Tenants younger than 25 years (29%) moved most often, followed by "
         "those aged 25 to 44 (20%), while tenants 45 and older (9%) rarely did.", [PASS]),
    ],
)  # fmt: skip
def test_the_overall_lies_between_the_bands(text: str, expected: list) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the bands leave ages out (35 to 44): some members are in no band
        "Overall, 57% of cyclists admitted running red lights. Jumping red lights was likelier among riders under 35 "
        "(48%) and those aged 45–64 (39%) than among those 65 and over (21%).",
        # no open top: the oldest riders are not counted
        "Overall, 57% of cyclists admitted running red lights. Jumping red lights was likelier among riders under 35 "
        "(48%) than among those aged 35–64 (39%).",
        # no rate marked as the overall one
        "About 57% of cyclists admitted running red lights. Jumping red lights was likelier among riders under 35 "
        "(48%) and those aged 35–64 (39%) than among those 65 and over (21%).",
    ],
)  # fmt: skip
def test_no_bound_unless_the_bands_cover_every_age(text: str) -> None:
    assert not [r for r in check_text(text).relations if "age bands" in r.reason]
