"""A change whose prior stands in brackets after its baseline words ("up 5.2% on the third quarter of 2021
($1,778)"): made-up sentences with other verbs, baselines and units; look-alikes that must not pair."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the current level is the end of another move in the same clause
        (
            "Stocks of unsold tractors rose 3 percent to 42,600 units in April, but were still 8 percent "
            "lower than a year earlier (46,300).",
            {PASS},
        ),
        (
            "Stocks of unsold tractors rose 3 percent to 42,600 units in April, but were still 12 percent "
            "lower than a year earlier (46,300).",
            {WARN},
        ),
        ("The typical asking rent in Q3 was $1,870, up 5.2% on the third quarter of 2021 ($1,778).", {PASS}),
        ("The typical asking rent in Q3 was $1,870, up 9.2% on the third quarter of 2021 ($1,778).", {WARN}),
        ("Ferry crossings totalled 918,000 in 2024, 11 per cent more than in 2019 (826,000).", {PASS}),
        ("Ferry crossings totalled 918,000 in 2024, 17 per cent more than in 2019 (826,000).", {WARN}),
        (
            "Grain exports reached 7.4 million tonnes, down 12% compared with the same period last year "
            "(8.4 million tonnes).",
            {PASS},
        ),
        # "and up" carries on the level's own predicate
        ("The average fare in June was $412, a record and up 6% from June 2022 ($389).", {PASS}),
        ("The average fare in June was $412, a record and up 2% from June 2022 ($389).", {WARN}),
        # the level in the change's own clause, not the one across "and"
        ("Exports were 410 tonnes and imports 380 tonnes, up 9% from last year (350 tonnes).", {PASS}),
        # two levels in the clause: the nearer is taken, and the pairing stays uncertain
        (
            "Box office takings were $41 million, or $38 million net of refunds, up 7% from 2023 ($38.3 million).",
            {QUIET},
        ),
    ],
)
def test_a_prior_in_brackets_after_its_baseline(text: str, expected: set) -> None:
    assert verdicts(text, "growth_prior") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a rate's "percent" change may be in points: a bracketed percentage is not taken
        "The vacancy rate was 4.4%, up 10 percent from a year ago (4.0%).",
        # the figure does not close the brackets: a note, not the baseline's level
        "Operating profit was £12m, up 20% from 2021 (£10m before charges).",
        # the words before the bracket name a peak, not a baseline
        "Wool fetched $7.90 a kilo, down 9% from its spring high ($8.70 a kilo).",
        # no level in the change's clause to count to
        "Visitors rose 6% from a year ago (2.3 million), the museum said.",
    ],
)
def test_no_pairing_from_the_brackets(text: str) -> None:
    relations = [r for r in check_text(text).relations if r.kind.value == "growth_prior"]
    assert not [r for r in relations if "stands in brackets" in r.reason]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject's own level in brackets, closed right before the verb that carries the change
        ("Bicycle thefts in the borough in 2021 (8,400) were 12% lower than in 2019 (9,600).", {PASS}),
        ("Bicycle thefts in the borough in 2021 (8,400) were 22% lower than in 2019 (9,600).", {WARN}),
        (
            "The median price of a used van last May (£14,200) was 9 percent higher than the price in "
            "May 2022 (£13,030).",
            {PASS},
        ),
        (
            "The median price of a used van last May (£14,200) was 19 percent higher than the price in "
            "May 2022 (£13,030).",
            {WARN},
        ),
        # a rate "per" some base inside the subject's bracket, its earlier value bare after the measure's name
        (
            "Hospital admissions for asthma in 2023 (61.2 per 10,000 children) were 15% lower than the rate "
            "in 2020 (72.0).",
            {PASS},
        ),
        (
            "Hospital admissions for asthma in 2023 (61.2 per 10,000 children) were 25% lower than the rate "
            "in 2020 (72.0).",
            {WARN},
        ),
        # the measure named again before the baseline's date
        ("Cargo volumes reached 3.1 million tonnes, 7% more than the total for 2022 (2.9 million tonnes).", {PASS}),
        ("Cargo volumes reached 3.1 million tonnes, 17% more than the total for 2022 (2.9 million tonnes).", {WARN}),
        ("The council's wage bill was €48m last year, 20% higher than that of 2019 (€40m).", {PASS}),
        ("The council's wage bill was €48m last year, 30% higher than that of 2019 (€40m).", {WARN}),
        ("Pupil numbers stood at 5,520 in September, down 8% on the 2019 figure (6,000).", {PASS}),
        ("Pupil numbers stood at 5,520 in September, down 18% on the 2019 figure (6,000).", {WARN}),
    ],
)
def test_a_bracketed_subject_or_a_renamed_baseline(text: str, expected: set) -> None:
    assert verdicts(text, "growth_prior") == expected


@pytest.mark.parametrize(
    "text",
    [
        # the bracket after "than" names a place, not an earlier date of the same measure
        "Bicycle thefts in 2021 (8,400) were 22% lower than in Carlow (9,600).",
        # a peak or an average named before the date is another reference
        "Wool fetched $7.90 a kilo, down 9% from the high of 2022 ($8.70 a kilo).",
        "The rate in 2021 (8.4) was 12% lower than the average for 2019 (9.6).",
        # the subject's bracket holds a second figure, or words stand between it and the verb
        "Thefts in 2021 (8,400, or 23 a day) were 12% lower than in 2019 (9,600).",
        "Thefts in 2021 (8,400), police said, were 12% lower than in 2019 (9,600).",
    ],
)
def test_no_pairing_from_a_bracketed_subject(text: str) -> None:
    relations = [r for r in check_text(text).relations if r.kind.value == "growth_prior"]
    assert not [r for r in relations if "stands in brackets" in r.reason]
