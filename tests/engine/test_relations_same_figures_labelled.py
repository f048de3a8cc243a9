"""A figure told in the prose and again on a labelled line ("- Retail portion: 3.4 times") must agree."""

from __future__ import annotations

import pytest

from factcheck.context import ArticleContext
from factcheck.extraction import extract_claims
from factcheck.relations.same_figures_labelled import find
from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


def _pairs(text: str) -> list[tuple[str, str, bool]]:
    ctx = ArticleContext(text=text, claims=list(extract_claims(text)))
    by_id = {c.id: c for c in ctx.claims}
    return [
        (by_id[r.members[0].claim].quantity.text, by_id[r.members[1].claim].quantity.text, r.evidence.certain)
        for r in find(ctx)
    ]


_OFFER = (
    "The Halvard Foods offer drew strong demand on its last day. Retail buyers bid for {retail} times the shares "
    "set aside for them, while the anchor portion was bid 0.84 times.\n"
    "The subscription by category:\n"
    "- Retail category: {line} times, with 1,240,000 shares bid for.\n"
    "- Anchor category: 0.84 times, with 310,000 shares bid for.\n"
)
_RESULTS = (
    "Corvel Mining reported revenue of $412 million for the year, and its copper output came to 61,000 tonnes.\n"
    "Highlights:\n"
    "Copper output: {line} tonnes\n"
    "Staff numbers: 2,300\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_OFFER.format(retail="3.42", line="3.42"), {PASS}),
        (_OFFER.format(retail="3.42", line="4.32"), {WARN, PASS}),
        # the measure as label: "Copper output:" restates the prose's copper output
        (_RESULTS.format(line="61,000"), {PASS}),
        (_RESULTS.format(line="67,000"), {WARN}),
    ],
)
def test_labelled_line_restates_prose(text: str, expected: set) -> None:
    assert verdicts(text, "same_figure") == expected


@pytest.mark.parametrize(
    "text",
    [
        # the label's words apart in the prose name something else
        "Goals in the round: 31 goals in 12 games.\nThe 3 goals in the second game came late in the round.\n"
        "Averages by team: 1.4 goals.\n",
        # the label is the figure's own noun: no group is named
        "Pellam scored 3 goals on Sunday.\nGoals: 41\n",
        # the prose figure is a forecast
        "Bankers expect retail buyers to bid 1.2 times the shares on offer.\nRetail category: 3.4 times\n",
        # two labels before the figures: either may own the first
        "Retail and anchor buyers bid 3.4 and 0.8 times.\nRetail category: 3.4 times\nAnchor category: 0.9 times\n",
        # another kind: bids counted against a multiple
        "For every share set aside for retail buyers there were 3.4 bids.\nRetail category: 3.4 times\n",
        # lines of a formula, and a line whose long label is read as prose
        "Voter turnout: 41.2%\nVoter turnout percentage: (votes cast) / (registered voters) * 100\n"
        "Smallest voter turnout needed to carry the measure: 25%\n",
        # a time in the label: not a group or a measure
        "Arlo Brandt scored 31 points in game 2 and 19 in game 3.\nGame 3: 29 points\n",
    ],
)
def test_not_paired(text: str) -> None:
    assert all(not certain for _, _, certain in _pairs(text))
    assert verdicts(text, "same_figure") <= {QUIET, PASS}


def test_two_sentences_naming_the_label_leave_it_uncertain() -> None:
    text = (
        "Retail buyers bid 3.4 times the shares on offer. Within retail, small bids reached 4.1 times.\n"
        "Retail category: 3.4 times\n"
    )
    assert [(a, b, certain) for a, b, certain in _pairs(text)] == [("3.4 times", "3.4 times", False)]


# A city's figures on labelled lines, then the prose goes on to another place or month with the same measure.
_CITY_LINES = (
    "Prices ease in Tollbridge\n\n"
    "Homes in Tollbridge took longer to sell in March, the local agents' board said.\n\n"
    "Median sale price: $512,400, up 3.2% YoY\n\n"
    "Homes sold: 412, down 9.1% YoY\n\n"
    "{prose}\n"
)


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # the prose dates its figure with a month, or is told after a scope word or a new place: no alarm
        ("Across the state, sellers cut asking prices. April's median sale price of $498,000 left some buyers "
         "hopeful.", {QUIET}),
        ("Nationally, sellers cut asking prices. The median sale price of $498,000 left some buyers hopeful.",
         {QUIET}),
        ("In nearby Cressing, where new estates opened, the median sale price of $498,000 left some buyers hopeful.",
         {QUIET}),
        # the same city's figure told again, undated and with no new place: a slip is still caught
        ("Sellers cut asking prices. The median sale price of $498,000 left some buyers hopeful.", {WARN}),
        ("Tollbridge sellers cut asking prices. The median sale price of $498,000 left some buyers hopeful.",
         {WARN}),
    ],
)  # fmt: skip
def test_prose_told_for_another_place_or_month(prose: str, expected: set) -> None:
    assert verdicts(_CITY_LINES.format(prose=prose), "same_figure") == expected
