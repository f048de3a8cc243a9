"""Sentence splitting with character offsets.

A rule splitter rather than a model: news prose is full of abbreviations next to
numbers ("Jan. 31", "No. 4", "U.S.", "$4.3 billion.") and a wrong split there
detaches a figure from its subject. Runs in one linear pass over candidate stops.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extraction.numbers import SPACED_DECIMAL

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
_LIST_NUMBER_RE = re.compile(r"(?:^|(?<=\n))[ \t]*\d{1,2}$")
_SPACED_DECIMAL_RE = re.compile(SPACED_DECIMAL)
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
    if _LIST_NUMBER_RE.search(text, max(0, stop - 6), stop):
        return False  # "1. Widgets": a numbered list item's number
    if _SPACED_DECIMAL_RE.match(text, stop):
        return False  # "a record 10. 3 billion": a decimal point with a stray space, not a full stop
    before = _WORD_BEFORE.search(text, max(0, stop - 14), stop)
    next_match = _NEXT_WORD.match(text, after)
    next_word = next_match.group(1) if next_match else ""
    if not next_word:
        return True
    # Letters run on from a digit are a figure's unit or an ordinal ("a profit of $6m.", "on the 21st."), not an
    # abbreviation or an initial: the stop ends the sentence as after any word.
    if before and before.start(1) > 0 and text[before.start(1) - 1].isdigit() and "." not in before.group(1):
        before = None
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


# A line that ends a sentence or stands alone: sentence punctuation (a closing quote or bracket may follow),
# or a label's colon ("breaks down as follows:").
_LINE_END_RE = re.compile(r"""[.!?:;…][\"'”’)\]]*[ \t\r\u00a0]*$""")
# A line that opens a list item: a bullet, a dash, or "1." / "2)".
_LIST_ITEM_RE = re.compile(r"[ \t\r\u00a0]*(?:[•*·▪◦‣–—-][ \t\u00a0]|\d{1,2}[.)][ \t\u00a0])")
_LOWER_WORD_RE = re.compile(r"[ \t\r\u00a0]*[a-z][a-z'’-]*(?![A-Za-z0-9])")
_FIGURE_START_RE = re.compile(r"[ \t\r\u00a0]*(?:[$€£¥₹+−-]?[0-9]|[$€£¥₹])")
_ENDS_LOWER_WORD_RE = re.compile(r"(?<![A-Za-z0-9])[a-z][a-z'’-]*[ \t\r\u00a0]*$")
_FIGURE_READS_ON_RE = re.compile(r"[ \t\r\u00a0]*[$€£¥₹+−-]?[0-9][0-9.,]*[ \u00a0]?(?:%|[a-z]+[ \u00a0,.;])")
# Words a sentence cannot stop on, so a figure on the next line goes on with them: "increased from\n4,428 tons".
_ENDS_OPEN_WORD_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:from|to|in|of|at|by|on|for|with|than|about|around|nearly|almost|over|under|and|or|the|a|an"
    r"|was|were|is|are|be|been|reached|hit|hitting|totall?ed|rose|fell|increased|decreased|grew|dropped|climbed"
    r"|declined|jumped|gained|lost|added|cut|some|roughly|approximately|between|per|as|versus|vs|against|estimated"
    r"|just|only|its|their|his|her|our|this|that|these|those|of|stood|reaching|totall?ing)[ \t\r\u00a0]*$"
)


def is_soft_break(text: str, newline: int) -> bool:
    """Whether the line break at ``newline`` falls inside a sentence: "rose from\n400 tons in\n1990 to ...".

    A break ends a sentence when the line before ends with sentence punctuation, when a blank line follows,
    or when the next line opens a list item or starts with a capital ("Revenue: $5m\nProfit: $1m" stays two
    lines, as do headings). It is soft when the next line goes on in lower case ("The September\nreading
    marked"), or goes on with a figure after a line that stopped on a word no sentence ends on ("from\n400 tons").
    """
    line_start = text.rfind("\n", max(0, newline - 400), newline) + 1
    if line_start == 0 and newline > 400:
        line_start = newline - 400
    line = text[line_start:newline]
    if not line.strip() or _LINE_END_RE.search(line):
        return False
    limit = min(len(text), newline + 40)
    if _LIST_ITEM_RE.match(text, newline + 1, limit):
        return False
    if _LOWER_WORD_RE.match(text, newline + 1, limit):
        return True
    if not _FIGURE_START_RE.match(text, newline + 1, limit):
        return False
    if _ENDS_OPEN_WORD_RE.search(line):
        return True
    # "up from an earlier\n3.6 per cent the month before": a lower-case line, then a figure that reads on.
    return bool(_ENDS_LOWER_WORD_RE.search(line) and _FIGURE_READS_ON_RE.match(text, newline + 1, limit))


def unwrap(text: str) -> str:
    """``text`` with the line breaks that fall inside a sentence turned into spaces; offsets are kept."""
    if "\n" not in text:
        return text
    chars = list(text)
    for match in re.finditer("\n", text):
        if is_soft_break(text, match.start()):
            chars[match.start()] = " "
    return "".join(chars)


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    start = 0
    for match in _CANDIDATE.finditer(text):
        end = match.end()
        if match.group() == "\n":
            if is_soft_break(text, match.start()):
                continue
        elif not _is_boundary(text, match.start(), end):
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


def join_straddled(text: str, sentences: list[Sentence], spans: list[tuple[int, int]]) -> list[Sentence]:
    """``sentences`` with each run a figure's span crosses made one sentence, so every figure lies in its sentence.

    The figure readers stop at line breaks and sentence ends; this keeps that promise whatever they read (a span
    outside its sentence cannot be stored). Linear: one pass over sentences and spans, both in text order.
    """
    ordered = sorted(spans)
    out: list[Sentence] = []
    reach = -1  # the furthest end of a figure that starts in the last sentence out
    i = 0
    for sentence in sentences:
        if out and reach > sentence.start:
            last = out[-1]
            out[-1] = Sentence(last.start, sentence.end, text[last.start : sentence.end])
        else:
            out.append(sentence)
            reach = -1
        while i < len(ordered) and ordered[i][0] < out[-1].end:
            reach = max(reach, ordered[i][1])
            i += 1
    return out
