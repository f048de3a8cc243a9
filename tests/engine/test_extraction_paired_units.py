"""A from/to pair prints its unit once ("to 4.2 per cent from 4.9"): the bare end takes the other end's unit.

Only after a "to"/"from" opener, with the other connector between the two figures, within one sentence, where
neither end has a scale word and the bare figure is of the same order. Made-up sentences.
"""

from __future__ import annotations

import pytest

from factcheck.extraction.quantities import QuantityKind, find_mentions


def _units(text: str) -> dict[str, str]:
    return {text[m.start : m.end]: m.unit for m in find_mentions(text)}


@pytest.mark.parametrize(
    ("text", "bare", "unit"),
    [
        ("Joblessness in Norland fell to 4.2 per cent from 4.9 in the spring.", "4.9", "percent"),
        ("Harbour inflation eased to 3.1 percent in April from 3.65 in March.", "3.65", "percent"),
        ("The levy went from 7.5% in 2021 to 9 in 2023.", "9", "percent"),
        ("Tickets at Valmont Park rose to $14 from 11 last season.", "11", "USD"),
        ("The fare climbed from €3 to 4, the council said.", "4", "EUR"),
        # the earlier figure set against a level after a comma
        ("Corvania's jobless rate stood at 8.3%, against 7.9 a year ago.", "7.9", "percent"),
        ("The levy was 2.5 per cent in June, compared with 2.25 a year earlier.", "2.25", "percent"),
        ("Fares at Corvane Rail averaged $31 this year, up from 28 last year.", "28", "USD"),
    ],
)
def test_the_bare_end_of_a_pair_takes_the_unit(text: str, bare: str, unit: str) -> None:
    assert _units(text).get(bare) == unit, _units(text)


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        # no opener before the figure: "from" names where the jobs were cut from
        ("Brannock cut 300 jobs from 2,000 last year.", "2,000"),
        # a sentence apart
        ("Its share rose to 12 percent. From 40 stores it now runs 55.", "40"),
        # a bare figure of another order is not the same measure
        ("The rate rose to 4.5 percent from 240 in the old index.", "240"),
        # no from/to pair: two figures set side by side with "and"
        ("The tax is 5 percent and 30 firms pay it.", "30"),
        # no comma before "compared with": not a figure set against the level
        ("The rate was 4.1% compared with 3.8 on the old scale.", "3.8"),
        ("The levy was 2.5 per cent, compared with 40 in the old index.", "40"),
    ],
)
def test_look_alikes_keep_the_bare_figure(text: str, bare: str) -> None:
    kinds = {text[m.start : m.end]: m.kind for m in find_mentions(text)}
    assert kinds.get(bare) in (QuantityKind.NUMBER, QuantityKind.COUNT, None), kinds


def test_a_scaled_pair_is_left_to_the_scale_rule() -> None:
    text = "Revenue rose to $12 billion from 10 billion."
    found = {text[m.start : m.end]: m.value for m in find_mentions(text)}
    assert found["10 billion"] == 10e9, found


@pytest.mark.parametrize(
    ("text", "check", "status"),
    [
        ("Joblessness in Norland fell to 4.2 per cent in May from 4.9 in April.", "direction", "pass"),
        ("Joblessness in Norland rose to 4.2 per cent in May from 4.9 in April.", "direction", "fail"),
        ("Tickets at Valmont Park rose 27% to $14 from 11 last season.", "percent_change", "pass"),
        ("Tickets at Valmont Park rose 10% to $14 from 11 last season.", "percent_change", "fail"),
        ("Corvania's jobless rate stood at 8.3%, against 7.9 a year ago.", "comparison", "indeterminate"),
        ("Fares at Corvane Rail rose to $31 this year, up from 28 last year.", "direction", "pass"),
        ("Fares at Corvane Rail were $31 this year, down from 28 last year.", "direction", "fail"),
    ],
)
def test_the_paired_figures_are_checked(text: str, check: str, status: str) -> None:
    from factcheck.runner import check_text

    found = [f.status.value for f in check_text(text).findings if f.check == check]
    assert found == [status], [(f.check, f.status.value) for f in check_text(text).findings]


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # two guesses of one figure share the unit printed once
        ("Prices at Ferrow Mills could rise 8 or 9 percent next year.", "8", "percent"),
        ("A ticket costs 8 or $9 at the gate.", "8", "USD"),
        # a level and its change in percent after "or": the level is no percentage
        ("Paper filings at Ferrow fell from 8,600 to 2,150 or 75% this year.", "2,150", "dimensionless"),
        ("Paper filings at Ferrow fell from 8,600 to 2,150 or 75% this year.", "8,600", "dimensionless"),
    ],
)
def test_a_unit_written_once_after_or(text: str, figure: str, unit: str) -> None:
    assert _units(text).get(figure) == unit, _units(text)
