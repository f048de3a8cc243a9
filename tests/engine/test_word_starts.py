"""search_from_words gives regex.search's own answer, tried only at the window's opening words."""

from __future__ import annotations

import re

import pytest

from factcheck.extraction.word_starts import search_from_words

_MOVE = re.compile(r"(?<![A-Za-z])(?:climbed|sank|more\s+than)\s+(?:by\s+)?$", re.IGNORECASE)
_MOVE_WORDS = frozenset({"climbed", "sank", "more"})
_SIGNED = re.compile(r"(?<![A-Za-z])(?:roughly|~|>)\s*$", re.IGNORECASE)

ROWS = [
    # (pattern, opening words, signs, text, start, end)
    (_MOVE, _MOVE_WORDS, "", "Output climbed by ", 0, 18),
    (_MOVE, _MOVE_WORDS, "", "Output Climbed ", 0, 15),  # case-blind, as the pattern
    (_MOVE, _MOVE_WORDS, "", "it sank and then climbed ", 0, 25),  # the first opening word does not match
    (_MOVE, _MOVE_WORDS, "", "upclimbed ", 0, 10),  # glued to a letter: no whole word
    (_MOVE, _MOVE_WORDS, "", "xclimbed by ", 1, 12),  # the letter before the window still counts
    (_MOVE, _MOVE_WORDS, "", "worth more than ", 0, 16),
    (_MOVE, _MOVE_WORDS, "", "worth more than 9", 0, 16),  # the window's end is the pattern's end
    (_MOVE, _MOVE_WORDS, "", "nothing moved ", 0, 14),
    (_MOVE, _MOVE_WORDS, "", "ſank by ", 0, 8),  # a long s matches "s" case-blind: searched as before
    (_SIGNED, frozenset({"roughly"}), "~>", "at ~", 0, 4),
    (_SIGNED, frozenset({"roughly"}), "~>", "worth > ", 0, 8),
    (_SIGNED, frozenset({"roughly"}), "~>", "Roughly ", 0, 8),
    (_SIGNED, frozenset({"roughly"}), "~>", "< ", 0, 2),
]


@pytest.mark.parametrize(("regex", "words", "signs", "text", "start", "end"), ROWS)
def test_same_as_search(regex: re.Pattern[str], words: frozenset[str], signs: str, text: str, start: int, end: int):
    expected = regex.search(text, start, end)
    found = search_from_words(regex, words, text, start, end, signs)
    assert (found.span() if found else None) == (expected.span() if expected else None)


def test_rows_cover_matches_and_misses():
    results = [regex.search(text, start, end) for regex, _, _, text, start, end in ROWS]
    assert any(results) and not all(results)
