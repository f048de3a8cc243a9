"""Pairings that read wrongly on real news until the structure was read: each row is made-up prose of one shape."""

from __future__ import annotations

import pytest

from factcheck.context import ArticleContext
from factcheck.extraction import extract_claims
from factcheck.relations.changes import sentence_links
from factcheck.relations.prose import LinkKind
from factcheck.runner import check_text
from tests.engine.test_checks_changes import ERROR, PASS, verdicts


def links(text: str) -> list[tuple[str, str, str]]:
    ctx = ArticleContext(text, extract_claims(text))
    return [(lk.kind, lk.a.quantity.text, lk.b.quantity.text) for found in sentence_links(ctx).values() for lk in found]


def alarms(text: str) -> list[str]:
    return [f"{f.check}: {f.message}" for f in check_text(text).findings if f.severity.value in ("warning", "error")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "A in <year> vs B in <later year>": the years give the order, not the comparison word
        ("Voters cast 41,200 ballots in 2016 vs 38,900 in 2020.", (LinkKind.FROM_TO, "41,200 ballots", "38,900")),
        ("Voters cast 41,200 ballots in 2020 vs 38,900 in 2016.", (LinkKind.TO_FROM, "41,200 ballots", "38,900")),
        # a passive verb between a figure and its start
        (
            "In all, 1,140,000 cars were sold in May, down from 1,190,000 cars in April.",
            (LinkKind.TO_FROM, "1,140,000 cars", "1,190,000 cars"),
        ),
    ],
)
def test_links_read_from_the_words_between(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in links(text)


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        ("In all, 1,140,000 cars were sold in May, down from 1,190,000 cars sold in April.", "direction", {PASS}),
        ("In all, 1,140,000 cars were sold in May, up from 1,190,000 cars sold in April.", "direction", {ERROR}),
    ],
)
def test_passive_moves(text: str, check: str, expected: set) -> None:
    assert verdicts(text, check) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a score is no total of which "the other seven" are a part
        "Ortiz scored 40 points in the Hawks' 98–91 win, his third straight game with at least 40. The other seven "
        "players to do so are all retired.",
        # a group named by its members in brackets is no fourth player
        "Acme holds 31% of the cloud market. Birch holds 19% and Cobalt has 12%. Together, the Big Three (Acme, Birch "
        "and Cobalt) control 72% of the cloud market.",
        'Acme leads with 31% of the cloud market, ahead of Birch at 19% and Cobalt at 12%. Combined, these "Big Three" '
        "providers control more than 60% of the cloud market.",
        # a paragraph that names its own scope ranks another list
        "By brand, Toyota kept first place with a 33% share of the market.\nOver in the models chart, the Tarra pickup "
        "takes the lead with a 7.4% share, ahead of the Vela at 5.1%.",
        # a change against a named mark is no move between the next pair
        "Imports are 16% below the pre-recession peak. Oil imports averaged $27.68 in March, up from $27.48 in "
        "February.",
        # "year-over-year" compares nothing; earnings per share are no estimate of revenue
        "Brightwater is expected to report earnings of $2.15 per share, a 3.4% rise year-over-year. Analysts forecast "
        "revenue of $55.03 billion.",
        # the next start in a list of starts is no whole; a share said earlier in the paragraph makes a total its own
        "In all, 1,140,000 cars were sold in May, down from 1,190,000 cars sold in April and 1,170,000 cars sold in "
        "May 2023. Northway Motors sold 520,000 cars, a 45.6% share of the market.",
        "Imported brands took a 54.4% share of the market. Overall sales totaled 622,600 cars, down from 751,100 in "
        "April. For Asian brands, May sales totaled 515,900 cars, a market share of 45.1%.",
    ],
)
def test_no_alarm_on_pairings_the_words_do_not_make(text: str) -> None:
    assert alarms(text) == []


def test_a_cut_stated_as_a_share_is_no_move_from_the_headcount() -> None:
    text = "Norvia, which employs 4,100 people, will cut 336 jobs, or about 8 percent of its staff."
    kinds = sorted(r.kind.value for r in check_text(text).relations)
    assert kinds == ["part_share"]
