"""Extraction never raises, spans always match the text, and hostile inputs finish.

No timed assertions: the pathological cases assert on results; a quadratic regression
shows up as a suite that no longer finishes, not as a flaky timing.
"""

from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.extraction import extract_claims, extract_quantities
from factcheck.extraction.sentences import split_sentences

NEWSY = st.text(
    alphabet=st.sampled_from(list("0123456789.,%$€£¥₹- abcdefghijklmnopqrstuvwxyzABCDNQ'’()[]\n")) | st.characters(),
    max_size=300,
)
WORDS = st.lists(
    st.sampled_from(
        ["$", "4.3", "billion", "percent", "up", "around", "over", "No.", "4", "fourth", "largest", "Jan.", "31",
         "2025", "Alibaba", "’s", "the company", "from", "to", "between", "and", "a third", "doubled", "per share",
         "three", "years", "Q4", "-", "%", ",", ".", "\n", "RMB", "crore", "lakh", "€", "bn", "double-digit"]
    ),
    max_size=60,
).map(" ".join)  # fmt: skip


def _check(text: str) -> None:
    for quantity in extract_quantities(text):
        start, end = quantity.span
        assert 0 <= start <= end <= len(text)
        assert text[start:end] == quantity.text
    for claim in extract_claims(text):
        assert text[claim.span[0] : claim.span[1]] == claim.quantity.text
        assert text[claim.sentence_span[0] : claim.sentence_span[1]] == claim.text
        if claim.subject_span is not None:
            assert 0 <= claim.subject_span[0] <= claim.subject_span[1] <= len(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NEWSY)
def test_arbitrary_unicode_never_raises(text: str) -> None:
    _check(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(WORDS)
def test_news_like_word_salad_never_raises(text: str) -> None:
    _check(text)


@given(st.text(max_size=200))
@settings(deadline=None)
def test_sentences_cover_text_in_order(text: str) -> None:
    previous_end = 0
    for sentence in split_sentences(text):
        assert previous_end <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start : sentence.end] == sentence.text
        previous_end = sentence.end


def test_hundred_thousand_digits() -> None:
    # A float cannot carry 10**100000: such runs are skipped, and the figures after them still found.
    text = "Revenue was $" + "9" * 100_000 + " billion, up " + "1" * 100_000 + " percent. Profit was $5 billion."
    quantities = extract_quantities(text)
    assert [q.text for q in quantities] == ["$5 billion"]
    assert all(math.isfinite(q.value) for q in quantities)
    claims = extract_claims(text)
    assert [c.quantity.text for c in claims] == ["$5 billion"]


def test_hundred_thousand_digits_with_separators() -> None:
    text = ",".join(["123"] * 30_000) + " people and " + "." * 100_000 + " " + "-" * 100_000 + " then 7 people"
    quantities = extract_quantities(text)
    assert quantities and quantities[-1].text == "7 people"


def test_nested_brackets() -> None:
    text = "(" * 50_000 + "[about $5 billion]" + ")" * 50_000 + " " + "[" * 20_000 + "4 percent" + "]" * 20_000
    assert [q.text for q in extract_quantities(text)] == ["$5 billion", "4 percent"]


def test_five_megabyte_article() -> None:
    paragraph = (
        "Alibaba Group Holding stock is trading up 61 percent at around $144 per share compared with one month ago. "
        "The company generated revenue of $38.4 billion, up 8 percent year over year in fourth-quarter 2024. "
        "Alibaba has over 194,000 employees, ranks No. 4 and owns about a third of the market.\n"
    )
    text = paragraph * (5_000_000 // len(paragraph) + 1)
    claims = extract_claims(text)
    per_paragraph = len(extract_claims(paragraph))
    assert len(claims) == per_paragraph * (5_000_000 // len(paragraph) + 1)
    assert claims[-1].text == claims[per_paragraph - 1].text


def test_long_runs_of_hostile_characters() -> None:
    for chunk in ("1.", "$", "No. ", "a ", "per cent ", "’s ", "Q4 ", "-", "\u00a0", "😀", "between 1 and "):
        _check(chunk * 20_000)
