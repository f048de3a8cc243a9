"""Priors listed after one comparison word behind a level a verb moved ("slid to 640 beds, versus 710 last
spring and 905 two years earlier"), end to end on made-up sentences: each listed prior with its own period is set
against the level, a contradiction against the first prior is loud, one against an older prior stays quiet, and
look-alikes (priors with no period, figures of another unit, a list that breaks off) get no extra pairing."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import ERROR, PASS, QUIET


def paired(text: str) -> dict[str, tuple[str, str]]:
    """Each direction finding by the figure the level is set against, with its status and severity."""
    out: dict[str, tuple[str, str]] = {}
    for finding in check_text(text).findings:
        if finding.check == "direction":
            start, end = finding.spans[0]  # the members' spans come first, "from" before "to"
            out[text[start:end]] = (finding.status.value, finding.severity.value)
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # consistent against every prior
        (
            "Turnover at Quillon Bakeries climbed to $61 million, compared with $54 million a year earlier and "
            "$47 million in 2021.",
            {"$54 million": PASS, "$47 million": PASS},
        ),
        (
            "Bed occupancy slid to 640 beds, versus 710 beds last spring and 905 beds two years earlier.",
            {"710 beds": PASS, "905 beds": PASS},
        ),
        # three priors in a row, each with its own year
        (
            "Ferry crossings dropped to 1.3 million, against 1.5 million a year ago, 1.7 million in 2020 and "
            "1.9 million in 2018.",
            {"1.5 million": PASS, "1.7 million": PASS, "1.9 million": PASS},
        ),
        # the older prior lies on the other side: sound copy, the reading stays quiet
        (
            "Grain exports from Varna Port rose to 8,300 tonnes, compared to 7,900 tonnes last year and "
            "8,800 tonnes in 2019.",
            {"7,900 tonnes": PASS, "8,800 tonnes": QUIET},
        ),
        (
            "Weekly footfall at the Orrin arcade fell to 42,000, against 45,000 a year ago and 39,000 in 2016.",
            {"45,000": PASS, "39,000": QUIET},
        ),
        # the first prior, the comparison's own period, contradicts the verb: loud, as before
        (
            "Weekly footfall at the Orrin arcade fell to 42,000, against 38,000 a year ago and 49,000 in 2016.",
            {"38,000": ERROR, "49,000": PASS},
        ),
        # "from" opens the list after the level: each start with its own period is an earlier reading
        (
            "Pasture rents in Dorrel county rose to 4.1 percent in May from 3.8 percent a year-ago and from "
            "3.2 percent in April.",
            {"3.8 percent": PASS, "3.2 percent": PASS},
        ),
        (
            "Tarnwick Ales now holds 58% of the county's beer sales, up from 55% in 2022 and 51% in 2021.",
            {"55%": PASS, "51%": PASS},
        ),
        # an older start on the other side of the level: sound copy, quiet
        (
            "Hostel bookings in Ferrow fell to 2,900 in June from 3,400 a year earlier and 2,600 in 2019.",
            {"3,400": PASS, "2,600": QUIET},
        ),
        # the first start contradicts the verb: loud, as before; the listed one stays a reading
        (
            "Hostel bookings in Ferrow fell to 2,900 in June from 2,700 a year earlier and from 3,100 in 2019.",
            {"2,700": ERROR, "3,100": PASS},
        ),
    ],
)
def test_priors_listed_after_one_comparison_word(text: str, expected: dict[str, tuple[str, str]]) -> None:
    assert paired(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no period on the listed figures: they may be other subjects' levels, set side by side
        (
            "Pell Dairy's sales rose to $5 million, compared with $4 million and $6 million for its two rivals.",
            {"$4 million": PASS},
        ),
        # a figure of another unit ends the list
        (
            "Cargo volume rose to 910 containers, compared with 870 containers last year and 12% of the "
            "regional total.",
            {"870 containers": PASS},
        ),
        # the level comes after the prior ("from"): a from-to move, no list behind a comparison word
        (
            "Listings fell from 2,400 in March to 2,100 in April, and 1,950 in May.",
            {"2,400": PASS},
        ),
        # starts listed after "from" with no period of their own: rivals' levels, not earlier readings
        (
            "Orlen Mills' share rose to 31% from 28% and 24% for the two chains that trail it.",
            {"28%": PASS},
        ),
    ],
)
def test_look_alikes_add_no_listed_prior(text: str, expected: dict[str, tuple[str, str]]) -> None:
    assert paired(text) == expected
