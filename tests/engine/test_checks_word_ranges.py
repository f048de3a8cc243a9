"""Words with a numeric range against the percentage they describe, end to end on made-up sentences."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.claim_factory import outcome, quick

PASS = ("pass", "info")
WARN = ("fail", "warning")
QUIET = ("indeterminate", "info")


def verdicts(text: str) -> set[tuple[str, str]]:
    return {(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "word_range"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # digit words and the figure printed with them
        ("Cloud revenue growth returned to double digits at 13 percent.", {PASS}),
        ("Cloud revenue growth returned to double digits at 8 percent.", {WARN}),
        ("The chain posted double-digit growth of 27% in the quarter.", {PASS}),
        ("The chain posted double-digit growth of 7% in the quarter.", {WARN}),
        ("Ticket sales rose 15%, a double-digit gain.", {PASS}),
        ("Ticket sales rose 6%, a double-digit gain.", {WARN}),
        ("Shipments slipped to a single-digit decline of 4.4%.", {PASS}),
        ("Shipments slipped to a single-digit decline of 14.4%.", {WARN}),
        # fractions printed with their percentage
        ("Nearly two-thirds (63%) of the nurses surveyed reported burnout.", {PASS}),
        ("Nearly two-thirds (73%) of the nurses surveyed reported burnout.", {WARN}),
        ("More than half, 54%, of the members said no.", {PASS}),
        ("More than half, 44%, of the members said no.", {WARN}),
        ("Solar farms supplied almost a tenth (9.8%) of the island's power.", {PASS}),
        # "nearly" a fraction is a coarse word: a little under the fraction's own band still fits, well under not
        ("In nearly a third of the parishes (29%), the clinic closed.", {PASS}),
        ("In nearly a third of the parishes (26%), the clinic closed.", {WARN}),
        ("Almost half of the riders (43.5%) paid by card.", {PASS}),
        ("Almost half of the riders (39%) paid by card.", {WARN}),
        ("Solar farms supplied almost a tenth (12.8%) of the island's power.", {WARN}),
        ("Spending on the service rose by more than one third (37.6%) in a year.", {PASS}),
        ("A majority of the members, 55.8%, voted for the merger.", {PASS}),
        ("A majority of the members, 45.8%, voted for the merger.", {WARN}),
        # the figure glossed by "meaning" and the share in words
        ("Backing for the levy reached 66%, meaning two-thirds of the council's voters.", {PASS}),
        ("Backing for the levy reached 46%, meaning two-thirds of the council's voters.", {WARN}),
        ("About 31% of the town, or nearly a third, lives near the river.", {PASS}),
        # "which means that", where "that" is no demonstrative
        ("Support for the plan was 68%, which means that two thirds of members backed it.", {PASS}),
        ("Support for the plan was 58%, which means that two thirds of members backed it.", {WARN}),
        # the fraction first, its percentage at the end of the sentence after "representing"
        (
            "Less than half of all parishes (812 parishes) lost people in the decade, representing 47.1 percent of "
            "parishes.",
            {PASS},
        ),
        (
            "Less than half of all parishes (912 parishes) lost people in the decade, representing 52.9 percent of "
            "parishes.",
            {WARN},
        ),
        # not a share of a whole: a period, a change in points, a fraction of another figure
        ("Revenue in the first half, 54% of the annual total, beat the forecast.", set()),
        ("Corvel earned $2.3 billion in the half, 12 per cent more than the $2.05 billion a year before.", set()),
        ("Bookings for the half came to 410,000, 9% above the same half a year earlier.", set()),
        ("Nearly half of the branches (47%) opened in the half to June.", {PASS}),
        ("Unemployment edged down a tenth of a point to 5 percent.", set()),
        ("The mean shift at the plant grew by a tenth of an hour to 7.9 hours.", set()),
        ("The stock fell 5%, half of its gain on Monday.", set()),
        # a percentage in another clause speaks of something else
        ("The three firms took two thirds of the revenue, with the top eight holding 80 percent.", set()),
        ("Half of the firms cut jobs, representing 12 percent growth in idle plants.", set()),
        ("In that half of the year the firm's sales rose 12%.", set()),
    ],
)
def test_word_ranges_end_to_end(text: str, expected: set) -> None:
    assert verdicts(text) == expected


RESTATED = "Acme plans to shed 260 jobs, nearly a third of its staff. It will cut about {} percent of its staff."


@pytest.mark.parametrize(("share", "expected"), [("32", {PASS}), ("48", {WARN})])
def test_a_fraction_restated_in_the_next_sentence(share: str, expected: set) -> None:
    text = RESTATED.format(share)
    art = quick(
        text,
        ("a third", 1 / 3, "fraction", {"subject": "Acme", "measure": "employees", "hedge": "nearly"}),
        (f"{share} percent", float(share), "percent", {"subject": "Acme", "measure": "employees"}),
    )
    assert outcome(art, "word_range") == expected


def test_a_fraction_restated_without_a_subject_stays_quiet() -> None:
    text = RESTATED.format("48")
    art = quick(
        text,
        ("a third", 1 / 3, "fraction", {"measure": "employees", "hedge": "nearly"}),
        ("48 percent", 48.0, "percent", {"measure": "employees"}),
    )
    assert outcome(art, "word_range") == {QUIET}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme's sales posted double-digit growth. Acme's sales rose 18% in the quarter.", {PASS}),
        ("Acme's sales posted double-digit growth. Acme's sales rose 8% in the quarter.", {WARN}),
        # the word speaks of one region, the figure of the whole: not certain
        ("Acme's sales posted double-digit growth in Asia. Acme's sales rose 8% in the quarter.", {QUIET}),
    ],
)
def test_a_digit_word_and_the_growth_stated_next(text: str, expected: set) -> None:
    assert verdicts(text) == expected


def test_a_digit_word_with_no_figure_gives_nothing() -> None:
    assert verdicts("The unit achieved triple-digit growth for the sixth quarter running.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N in M" with the counted noun between the word and its figure
        ("Two in five adults (41%) own a bike.", {PASS}),
        ("Two in five adults (51%) own a bike.", {WARN}),
        ("One in four adults, or 24%, own a bike.", {PASS}),
        ("One in four adults, or 34%, own a bike.", {WARN}),
        # a majority and its size
        ("A slim majority of 52% voted yes.", {PASS}),
        ("A slim majority of 42% voted yes.", {WARN}),
        ("Around 55% of staff, a majority, work remotely.", {PASS}),
        ("Around 45% of staff, a majority, work remotely.", {WARN}),
        # a majority of something else
        ("About 45% of staff, a majority of them women, work remotely.", set()),
        ("A majority of its 12 members, 7%, agreed.", set()),
    ],
)
def test_counted_fractions_and_majorities(text: str, expected: set) -> None:
    assert verdicts(text) == expected
