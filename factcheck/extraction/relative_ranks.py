"""Positions counted from the end or from the current item: "last", "penultimate", "next".

"Second to last" names a rank as surely as "No. 4" does, but its number depends on the
length of the list, so it is kept as an offset from an anchor, the convention of
Microsoft's Recognizers-Text: ``end+0`` is the last, ``end-1`` the one before it,
``current+1`` the next one, ``current-1`` the previous one.

Most of these words are not standings in news copy ("the next generation", "a previous
version"), so every one is a quantity but only those that read as a standing ("finished
last", "second-to-last place") become claims: see :func:`is_standing`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from factcheck.extraction.keywords import words_in
from factcheck.extraction.numbers import UNITS
from factcheck.literals import led

Anchor = Literal["end", "current"]

_ORDINAL_WORDS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "next": 2}
_ORDINAL = "|".join(_ORDINAL_WORDS)
_SP = r"[ \u00a0]+"
_END_WORDS = frozenset({"last", "bottom", "penultimate", "antepenultimate", "next", "previous", "preceding", "current"})
_RELATIVE_RE = re.compile(
    rf"(?<![A-Za-z-])(?:"
    rf"(?P<before>one{_SP}before{_SP}the{_SP}last(?:{_SP}one(?![A-Za-z]))?)"
    rf"|(?P<but>last{_SP}but{_SP}(?P<but_n>one|two))"
    rf"|(?P<to_last>(?P<nth>{_ORDINAL})(?:[ \u00a0-]+to[ \u00a0-]+|{_SP}from{_SP}(?:the{_SP})?)(?:the{_SP})?"
    rf"(?:last|bottom))"
    rf"|(?P<ante>antepenultimate)|(?P<pen>penultimate)"
    rf"|(?P<word>last|next|previous|preceding|current)(?:{_SP}(?P<one>one)(?=[^A-Za-z]|$))?"
    rf")(?![A-Za-z])",
    re.IGNORECASE,
)
_RELATIVE_RE = led(_RELATIVE_RE)  # read over the whole article: tried only where its first words are
# "the rally may not last", "shares that last year ...": "last" as a verb.
_VERB_BEFORE_RE = re.compile(
    r"(?:\b(?:will|would|can|could|may|might|should|must|not|does|do|did|won't|didn't|cannot)|n't)[ \u00a0]+$",
    re.IGNORECASE,
)
_VERB_AFTER_RE = re.compile(r"[ \u00a0]+(?:for|until|till|through|longer|forever|beyond)\b", re.IGNORECASE)
_IDIOM_BEFORE_RE = re.compile(r"\bat[ \u00a0]+$", re.IGNORECASE)  # "at last": finally
_IDIOM_AFTER_RE = re.compile(r"[ \u00a0]+but[ \u00a0]+not[ \u00a0]+least|-", re.IGNORECASE)  # "last-minute"
_NEXT_TO_RE = re.compile(r"[ \u00a0]+(?:to|door)\b", re.IGNORECASE)  # "next to the station"
# "an electric current", "the current of the river": the noun, not "the present one".
_CURRENT_NOUN_BEFORE_RE = re.compile(r"\b(?:electric|electrical|alternating|direct|ocean|jet|rip)[ \u00a0]+$", re.I)
_CURRENT_NOUN_AFTER_RE = re.compile(r"[ \u00a0]+(?:of|flows?|density)\b", re.IGNORECASE)
# "one last time": "one" is a determiner there, not a count.
_NUMBER_BEFORE_RE = re.compile(
    rf"(?:\d|\b(?:{'|'.join(w for w in UNITS if w != 'one')}|dozen|hundred|thousand))[ \u00a0]+$", re.IGNORECASE
)
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;\"“(]\s*|\n\s*)$")

# A standing: "finished last", "ranked second to last", "last place", "the penultimate spot".
_STANDING_AFTER_RE = re.compile(
    r"[ \u00a0-]+(?:place|position|spot|rank|ranked|in[ \u00a0]+the[ \u00a0]+(?:ranking|rankings|league|table|standings"
    r"|index|list|poll))\b",
    re.IGNORECASE,
)
_STANDING_BEFORE_RE = re.compile(
    r"\b(?:ranked|ranks|rank|ranking|finished|finishes|finish|came|comes|come|placed|places|slipped[ \u00a0]+to"
    r"|fell[ \u00a0]+to|dropped[ \u00a0]+to|sank[ \u00a0]+to|rose[ \u00a0]+to|climbed[ \u00a0]+to)"
    r"(?:[ \u00a0]+(?:in|at))?(?:[ \u00a0]+the)?[ \u00a0]+$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class RelativeRank:
    start: int
    end: int
    anchor: Anchor
    offset: int


def find_relative_ranks(text: str) -> list[RelativeRank]:
    out: list[RelativeRank] = []
    # Every reading ends on one of these words, each a whole run of letters: without any, nothing to scan.
    for match in _RELATIVE_RE.finditer(text) if not _END_WORDS.isdisjoint(words_in(text)) else ():
        found = _read(text, match)
        if found is not None:
            out.append(found)
    return out


def _read(text: str, match: re.Match[str]) -> RelativeRank | None:
    start, end = match.start(), match.end()
    if match.group("before"):
        return RelativeRank(start, end, "end", -1)
    if match.group("but"):
        return RelativeRank(start, end, "end", -1 if match.group("but_n").lower() == "one" else -2)
    if match.group("to_last"):
        return RelativeRank(start, end, "end", 1 - _ORDINAL_WORDS[match.group("nth").lower()])
    if match.group("ante"):
        return RelativeRank(start, end, "end", -2)
    if match.group("pen"):
        return RelativeRank(start, end, "end", -1)
    word = match.group("word")
    lower = word.lower()
    word_end = match.end("word")
    before = text[max(0, start - 16) : start]
    after = text[word_end : word_end + 24]
    if word[0].isupper() and not _SENTENCE_START_RE.search(text[max(0, start - 3) : start]):
        return None  # "Next", the retailer; "The Last of Us"
    if _NUMBER_BEFORE_RE.search(before):
        return None  # "the 50 previous years": the number is the quantity
    if _IDIOM_AFTER_RE.match(after) or (lower == "next" and _NEXT_TO_RE.match(after)):
        return None
    # "built to last." is the verb; "fell to last place" is not.
    to_verb = re.search(r"\bto[ \u00a0]+$", before, re.IGNORECASE) and not re.match(r"[ \u00a0]+[A-Za-z]", after)
    if lower == "last" and (
        to_verb or _VERB_BEFORE_RE.search(before) or _VERB_AFTER_RE.match(after) or _IDIOM_BEFORE_RE.search(before)
    ):
        return None
    if lower == "current" and (_CURRENT_NOUN_BEFORE_RE.search(before) or _CURRENT_NOUN_AFTER_RE.match(after)):
        return None
    if not match.group("one"):
        end = word_end
    anchor: Anchor = "end" if lower == "last" else "current"
    offset = {"last": 0, "current": 0, "next": 1}.get(lower, -1)
    return RelativeRank(start, end, anchor, offset)


def is_standing(text: str, start: int, end: int) -> bool:
    """Whether the position at ``text[start:end]`` reads as a standing in a ranking."""
    return bool(
        _STANDING_AFTER_RE.match(text, end, min(len(text), end + 40))
        or _STANDING_BEFORE_RE.search(text, max(0, start - 40), start)
    )
