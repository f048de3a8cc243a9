"""Which figures a word of order holds, end to end on made-up sentences: a record of deliveries against earlier
deliveries only (not the output), a ranking among named players without the whole's move, a list of figures set
against one base in one relation, both years of "for a second straight year" against the mean at once, and a round
lead move against the exact one whose sentence names only the same measure. Consistent figures pass, broken ones
warn (or stay quiet where the pairing is unsure), look-alikes pair nothing new."""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims
from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


def members(text: str, kind: str) -> list[list[str]]:
    """The printed figures of each relation of ``kind`` found in ``text``, in member order."""
    shown = {c.id: text[c.span[0] : c.span[1]] for c in extract_claims(text)}
    return [[shown[m.claim] for m in r.members] for r in check_text(text).relations if r.kind.value == kind]


_RECORD = (
    "Korvin set a new record with 84,300 bikes delivered in the second quarter. Korvin built 86,100 bikes in the "
    "quarter ending June 30. In the first quarter, Korvin delivered {earlier} bikes and built 73,900 bikes."
)
_RANKED = (
    "The biggest gainer among the carrier's regional routes was the northern line, where bookings grew 31% to "
    "84,000. Bookings on the coastal line rose {coastal} to 51,000 and those on the valley line were up 9.4% to "
    "230,000. Overall traffic was higher by 10.1%, while capacity was 3.2% above last year."
)
_LISTED = (
    "Wind farms made up 6.3% of national electricity output last year, the grid operator said. The operator puts "
    "the wind share in Arlo (7%), Bressa ({bressa}) and Calde (9%) at or above the national level."
)
_ROUND = (
    "The main share index closed 300 points higher on Tuesday as buyers came back. The 40-stock Velm index (VX), "
    "which began trade at 18,110.40 points, finished at 18,512.77 points, a rise of {exact} points over the session."
)
_SECOND_YEAR = (
    "Orvia's savings ratio climbed from {start} of income in 2022 to 9.2% in 2023, its best reading since 2008 and "
    "above the mean of the last four decades (7.1%) for a second straight year."
)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # a record of deliveries tops the earlier deliveries, not the output counted beside them
        (_RECORD.format(earlier="71,450"), "comparison", [["84,300 bikes", "71,450 bikes"]]),
        # a ranking "among" named routes: the overall move, told in a sentence of its own, is none of them
        (_RANKED.format(coastal="12%"), "rank_order", [["31%", "12%", "9.4%"]]),
        # several bracketed figures set against one base: one relation holds them all
        (_LISTED.format(bressa="6.4%"), "comparison", [["7%", "6.4%", "9%", "6.3%"]]),
        # "for a second straight year": both years' levels against the mean, in one relation
        (_SECOND_YEAR.format(start="7.6%"), "comparison", [["9.2%", "7.6%", "7.1%"]]),
        # a round lead move naming only its measure, the exact move in a sentence that names that measure
        (_ROUND.format(exact="402.15"), "same_figure", [["300 points", "402.15 points"]]),
    ],
)  # fmt: skip
def test_the_words_hold_these_figures(text: str, kind: str, expected: list[list[str]]) -> None:
    assert members(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        (_RECORD.format(earlier="71,450"), "comparison", {PASS}),
        (_RECORD.format(earlier="91,450"), "comparison", {WARN}),
        # a larger output beside the earlier deliveries is no record broken: the record is of deliveries
        ("Korvin set a new record with 84,300 bikes delivered in the second quarter. In the first quarter, Korvin "
         "delivered 71,450 bikes and built 88,900 bikes.", "comparison", {PASS}),
        (_LISTED.format(bressa="6.4%"), "comparison", {PASS}),
        (_LISTED.format(bressa="5%"), "comparison", {WARN}),
        (_SECOND_YEAR.format(start="7.6%"), "comparison", {PASS}),
        (_SECOND_YEAR.format(start="5.6%"), "comparison", {WARN}),
        # the round move's pairing is unsure: a miss is told, never flagged
        (_ROUND.format(exact="302.15"), "same_figure", {PASS}),
        (_ROUND.format(exact="402.15"), "same_figure", {QUIET}),
        # a rival said in another sentence leaves the ranking unsure
        (_RANKED.format(coastal="34%"), "rank_order", {QUIET}),
    ],
)  # fmt: skip
def test_consistent_figures_pass_and_broken_ones_warn(text: str, check: str, expected: set) -> None:
    assert verdicts(text, check) == expected


@pytest.mark.parametrize(
    ("text", "kind", "figures"),
    [
        # the output is another count than the deliveries the record is of
        (_RECORD.format(earlier="71,450"), "comparison", {"84,300 bikes", "86,100 bikes"}),
        (_RECORD.format(earlier="71,450"), "comparison", {"84,300 bikes", "73,900 bikes"}),
        # the whole's move is no rival of the routes ranked
        (_RANKED.format(coastal="12%"), "rank_order", {"31%", "10.1%"}),
        # the round move names a place of its own: the exact one's sentence naming "index" does not make it the same
        (_ROUND.format(exact="302.15").replace("The main share index", "A share index in Corvia"), "same_figure",
         {"300 points", "302.15 points"}),
    ],
)  # fmt: skip
def test_look_alikes_are_not_members(text: str, kind: str, figures: set[str]) -> None:
    assert not any(figures <= set(found) for found in members(text, kind))
