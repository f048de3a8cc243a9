"""A headline's figure told again in the body's lead must agree with it (within the headline's rounding)."""

from __future__ import annotations

import pytest

from factcheck.context import ArticleContext
from factcheck.extraction import extract_claims
from factcheck.relations.same_figures_headline import find
from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, QUIET, WARN


def _headline_pairs(text: str) -> list[tuple[str, str, bool]]:
    ctx = ArticleContext(text=text, claims=list(extract_claims(text)))
    by_id = {c.id: c for c in ctx.claims}
    return [
        (by_id[r.members[0].claim].quantity.text, by_id[r.members[1].claim].quantity.text, r.evidence.certain)
        for r in find(ctx)
    ]


def _verdicts(text: str) -> set[tuple[str, str]]:
    return {
        (f.status.value, f.severity.value)
        for f in check_text(text).findings
        if f.check == "same_figure" and "headline" in (f.pairing or "")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rise in the headline, told again in the lead
        (
            "Tarnwick factory output rises 0.6% in April\n\n"
            "Factory output in Tarnwick rose 0.6% in April, the statistics office said on Friday. "
            "Economists had looked for a smaller gain.",
            {PASS},
        ),
        (
            "Tarnwick factory output rises 0.6% in April\n\n"
            "Factory output in Tarnwick rose 0.9% in April, the statistics office said on Friday. "
            "Economists had looked for a smaller gain.",
            {WARN},
        ),
        # a level: the jobless rate, in "per cent" below a "%" headline
        (
            "Orland jobless rate falls to 4.8%\n\n"
            "The unemployment rate in Orland fell to 4.8 per cent in the second quarter, the lowest in a decade.",
            {PASS},
        ),
        (
            "Orland jobless rate falls to 4.8%\n\n"
            "The unemployment rate in Orland fell to 5.3 per cent in the second quarter, the lowest in a decade.",
            {WARN},
        ),
        # a count of things, told again in the lead
        ("Pellam cuts 1,200 jobs\n\nPellam has cut 1,200 jobs at its plants, the company said on Monday.", {PASS}),
        ("Pellam cuts 1,200 jobs\n\nPellam has cut 1,700 jobs at its plants, the company said on Monday.", {WARN}),
        # a dateline cut at an abbreviation and a logo's caption are no sentences of the lead
        (
            "Orland home sales slip 2.3 percent\n\nHarwick, Md.\n– May 2 (Orland Realty Board) Home sales cooled in "
            "the spring as buyers waited for lower rates, the board said.\nBoard logo\n"
            "Home sales in Orland fell 2.3 percent to an annual pace of 41,000 homes, the board said.",
            {PASS},
        ),
        (
            "Orland home sales slip 2.3 percent\n\nHarwick, Md.\n– May 2 (Orland Realty Board) Home sales cooled in "
            "the spring as buyers waited for lower rates, the board said.\nBoard logo\n"
            "Home sales in Orland fell 3.2 percent to an annual pace of 41,000 homes, the board said.",
            {WARN},
        ),
        # a headline's round figure stands for its last digit: the exact one below it passes
        (
            "Copper settles near $9,000 a tonne\n\n"
            "Copper for delivery in three months settled at $9,040 a tonne on the Lindquay exchange.",
            {PASS},
        ),
        # "more than 4%": a figure of its own, not one set against another thing
        (
            "Brisco exports up more than 4%\n\nBrisco's exports rose more than 4% in June, the trade office said.",
            {PASS},
        ),
        (
            "Brisco exports up 4%\n\nBrisco's exports rose more than 9% in June, the trade office said.",
            {WARN},
        ),
        # both name the narrowed measure, in other words; a seasonal adjustment narrows nothing
        (
            "Core prices in Haldor up 3.4% in July\n\n"
            "Prices in Haldor excluding food and fuel rose 3.9% in July, the statistics office said.",
            {WARN},
        ),
        (
            "Wexley factory output rises 1.2% in May\n\n"
            "Seasonally adjusted factory output in Wexley rose 1.2% in May, the statistics office said.",
            {PASS},
        ),
    ],
)
def test_headline_restated(text: str, expected: set) -> None:
    assert _verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a count whose noun the headline prints in capitals, the body's figure counting the same things
        (
            "Grenmoor Council Finds 2,416 Uncounted Votes\n\n"
            "The Grenmoor council said that 2,416 postal votes cast in May were left out of the count.",
            ("2,416", "2,416 postal votes"),
        ),
        # a bare count in the headline, its measure word naming what the body's noun counts
        (
            "Tablet shipments reach 52.4 million in spring\n\n"
            "Makers shipped 52.4 million tablets in the three months, a research firm said.",
            ("52.4 million", "52.4 million tablets"),
        ),
        # two headline lines, each restated by the lead
        (
            "Rail fares up 3.4% in March\nRail fares rise 3.4% in March, says regulator\n\n"
            "Rail fares rose 3.4% in March, the regulator said.",
            ("3.4%", "3.4%"),
        ),
    ],
)
def test_pairs_read(text: str, pair: tuple[str, str]) -> None:
    assert pair in {(a, b) for a, b, _ in _headline_pairs(text)}


@pytest.mark.parametrize(
    "text",
    [
        # two prices in the headline: the body's first price may be either
        "Palmer crude nears $70 as Ostrel blend tops $64\n\nOstrel blend rose to $64.20 a barrel and Palmer to $69.80.",
        # a forecast in the body is not the headline's result
        "Vantor revenue climbs 8% in 2025\n\nVantor expects revenue to climb 11% next year, its chief said.",
        # another time: the body's figure is set against the headline's
        "Helmsby sales rise 5% in June\n\nSales had risen 7% in May from a year earlier, the group said.",
        # a list of alike figures in the lead: the headline may give any of them
        "Survey: 41% of Dorsland adults walk to work\n\n"
        "Of Dorsland adults, 38% cycle to work, 41% walk to work and 12% drive, a survey found.",
        # another scale: not the same figure told again
        "Quillon ships 420 million phones\n\nFive makers shipped most of the devices, led by Quillon.",
        # a bare figure over a count of another measure
        "Quillon reaches 52.4 million in spring\n\nQuillon shipped 52.4 million tablets in the three months.",
        # the lead's figure is set against another place: it may be that place's, not the headline's
        "Marlow County jobless rate steady at 3.8%\n\n"
        "The rate in the city of Ferrisby runs well above the county's at 5.6 percent, officials said.",
        "Tessaly home prices up 4%\n\n"
        "Prices in Quorn climbed faster than those of its neighbours, 6.5%, the board said.",
        # no headline: the text opens with a sentence
        "Tarnwick output rose 0.6% in April. Output rose 0.9% in March.",
        # a deck line of the narrowed measure under a headline of the whole one: two figures
        "Euro Zone Report Puts Inflation at a 2.6% Yearly Rate, Above Forecasts\n\n"
        "Core inflation runs at 2.9% yearly rate.\n\n"
        "Eurostat said consumer prices in the bloc rose 2.6% in May from a year before.",
        "Pellgrave profit climbs to $410 million\n\n"
        "Pellgrave said on Monday that underlying profit reached $468 million in the year to June.",
        "Orvale sales up 6% in spring\n\n"
        "Like-for-like sales at Orvale's shops rose 4% in the three months to May, the grocer said.",
    ],
)
def test_no_pairing(text: str) -> None:
    assert _verdicts(text) <= {QUIET}
    assert all(not certain for _, _, certain in _headline_pairs(text))
