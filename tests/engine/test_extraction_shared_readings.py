"""Readings shared by the figures of one sentence (measure-word index, windows, cue spans) answer as if unshared."""

from __future__ import annotations

from factcheck.extraction import measures, metrics
from factcheck.extraction.measures import _RES, _TextWords, measure_of
from factcheck.literals import lowered_long
from factcheck.quantity import QuantityKind

_SENTENCES = [
    "Quillon Freight said quarterly turnover climbed 14% to $812 million while operating costs fell to $95 million.",
    "Net losses at the Brackwater cooperative narrowed to 3.1 million euros; its payroll now counts 4,200 workers.",
    "Shipments of Vantorel tablets reached 71,000 units, and the share price slipped 2.4 percent to $18.25.",
    "The jobless rate in Ostmark edged up to 6.2%, with consumer prices 3.3% higher than a year earlier.",
    "Ebitda at Corvale Mining was 410 million rand, and its dividend per share rose to 88 cents (EPS 2.91).",
]


def test_sentence_index_names_every_pattern_that_matches_in_any_window() -> None:
    for sentence in _SENTENCES:
        text = "Lead-in words. " + sentence + " Trailing words."
        start, end = len("Lead-in words. "), len("Lead-in words. ") + len(sentence)
        # The sentence's own index, and the whole text's when the text is long (read once for all its sentences).
        long_text = text + " Padding." * 300
        indexes = [(text, _TextWords(text, start, end)), (long_text, _TextWords(long_text, 0, len(long_text),
                                                                                lowered_long(long_text)))]  # fmt: skip
        for source, index in indexes:
            for lo in range(start, end, 3):
                for hi in range(lo, end + 1, 7):
                    possible = index.possible(lo, hi, (start, end))
                    assert possible is not None
                    matching = {name for name, regex in _RES if regex.search(source[lo:hi])}
                    assert matching <= possible, (source[lo:hi], matching - possible)


def test_sentence_index_declines_windows_past_its_sentence() -> None:
    text = "Prefix. Orvik revenue rose 5%. Suffix."
    index = _TextWords(text, 8, 30)
    assert index.possible(0, 20, (8, 30)) is None
    assert index.possible(10, 35, (8, 30)) is None
    long_text = text + " Padding." * 300
    whole = _TextWords(long_text, 0, len(long_text), lowered_long(long_text))
    assert whole.possible(0, 20, (8, 30)) is None
    assert whole.possible(10, 35, (8, 30)) is None
    assert whole.possible(10, 20, (8, 30)) is not None


def test_measure_windows_are_not_carried_over_to_another_text_with_the_same_offsets() -> None:
    first = "Drumlin's revenue rose to $5 billion."
    second = "Drumlin's exports rose to $5 billion."
    start = first.index("$")
    span = (start, start + len("$5 billion"))
    sentence = (0, len(first))
    assert measure_of(first, *span, sentence, QuantityKind.MONEY, None, []) == "revenue"
    assert measure_of(second, *span, sentence, QuantityKind.MONEY, None, []) == "exports"
    # The same figure read again, now as a bare number, still sees its own text's words.
    assert measure_of(second, *span, sentence, QuantityKind.NUMBER, None, []) == "exports"
    assert measures._last_around[0].text is second


def test_cue_spans_follow_the_clause_they_were_found_in() -> None:
    sales = "Harrow Tools said sales rose 9% in the year."
    staff = "Harrow Tools said staff rose 9% in the year."
    offset = sales.index("9")
    assert metrics._nearest(sales, offset, {"revenue", "headcount"}) == "revenue"
    assert metrics._nearest(staff, offset, {"revenue", "headcount"}) == "headcount"
    assert metrics._nearest(sales, offset, {"revenue", "headcount"}) == "revenue"
