"""A bracketed pair of bare figures set right after two years named in order ("between 2016 and 2022 (61.2% vs
54.8%)") follows the years' order: the first figure is the earlier year's. A pair that dates its own figures, or
has no years before it, keeps its reading (with "vs", the later figure first)."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def outcome(text: str) -> set[tuple[str, str]]:
    return {(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "direction"}


PASS = {("pass", "info")}
FAIL = {("fail", "error")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the years give the order
        ("Harwick residents' trust in their council went down between 2016 and 2022 (61.2% vs 54.8%), the survey "
         "found.", PASS),
        ("Reported cycling to work fell from 2015 to 2021 among Orrin County commuters (18.4% versus 12.9%).", PASS),
        ("Screening uptake in Velmar rose between 2012 and 2019 (41.0% vs 47.5%).", PASS),
        # and a pair against the sense of its verb is caught
        ("Screening uptake in Velmar rose between 2012 and 2019 (47.5% vs 41.0%).", FAIL),
        ("Harwick residents' trust in their council went down between 2016 and 2022 (54.8% vs 61.2%), the survey "
         "found.", FAIL),
        # the figures' own dates win; without years named, "vs" puts the later figure first
        ("Trust in the Harwick council declined between 2016 and 2022 (54.8% in 2022 vs 61.2% in 2016).", PASS),
        ("Trust in the Harwick council declined among residents (54.8% vs 61.2% six years earlier).", PASS),
    ],
)  # fmt: skip
def test_bracketed_pair_follows_named_years(text, expected):
    assert outcome(text) == expected
