"""Sentence splitting with character offsets.

A rule splitter rather than a model: news prose is full of abbreviations next to
numbers ("Jan. 31", "No. 4", "U.S.", "$4.3 billion.") and a wrong split there
detaches a figure from its subject. Runs in one linear pass over candidate stops.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations that practically never end a sentence: a split after them is wrong.
_NEVER_FINAL = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sen",
        "rep",
        "gov",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "st",
        "mt",
        "ft",
        "no",
        "nos",
        "vol",
        "fig",
        "figs",
        "approx",
        "est",
        "vs",
        "v",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "e.g",
        "i.e",
        "cf",
        "al",
        "ca",
        "ph.d",
    ]
)
# Abbreviations that often sit at the end of a sentence ("... Alibaba Group Holding Ltd."):
# split only when a typical sentence opener follows.
_SOMETIMES_FINAL = frozenset(
    ["inc", "corp", "ltd", "co", "plc", "llc", "bros", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "etc", "jr", "sr"]
)
_OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "they",
        "we",
        "i",
        "in",
        "on",
        "at",
        "but",
        "and",
        "or",
        "so",
        "yet",
        "however",
        "meanwhile",
        "also",
        "after",
        "before",
        "when",
        "while",
        "as",
        "if",
        "for",
        "there",
        "here",
        "our",
        "their",
        "his",
        "her",
        "my",
        "your",
        "some",
        "many",
        "most",
        "according",
        "last",
        "next",
    ]
)

# The look-behind makes each run of stops start a match once, so a megabyte of "....."
# costs one pass instead of one pass per character.
_CANDIDATE = re.compile(r"(?<![.!?])[.!?]++[\"'”’)\]]*+(?=\s)|\n")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]{0,12})$")
_NEXT_WORD = re.compile(r"\s*[\"'“‘(\[]?([^\s]{0,20})")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


def _is_boundary(text: str, stop: int, after: int) -> bool:
    """``stop`` indexes the punctuation, ``after`` the first character past it."""
    if text[stop] != ".":
        return True
    before = _WORD_BEFORE.search(text, max(0, stop - 14), stop)
    next_match = _NEXT_WORD.match(text, after)
    next_word = next_match.group(1) if next_match else ""
    if not next_word:
        return True
    if before:
        word = before.group(1).lower().rstrip(".")
        if word in _NEVER_FINAL:
            return False
        if word in _SOMETIMES_FINAL:
            return next_word[0].isupper() and next_word.lower().strip(".,;:") in _OPENERS
        # Single capital initials ("J. Smith") and dotted acronyms.
        if len(word) == 1 and word.isalpha():
            return False
    first = next_word[0]
    # A lower-case continuation means the period was not final ("approx. three").
    return not first.islower()


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    start = 0
    for match in _CANDIDATE.finditer(text):
        end = match.end()
        if match.group() != "\n" and not _is_boundary(text, match.start(), end):
            continue
        _append(text, start, end, sentences)
        start = end
    _append(text, start, len(text), sentences)
    return sentences


def _append(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))
