"""Hedge words before a figure and the interval a hedged, rounded figure stands for.

The widths live in one table so the checks engineer and reviewers can argue about
them in one place. ``rounding`` is half a unit in the last printed digit.

| hedge        | words                                         | lower                         | upper                |
|--------------|-----------------------------------------------|-------------------------------|----------------------|
| exact        | (none)                                        | v - rounding                  | v + rounding         |
| approximate  | around, about, roughly, some, approximately   | v - max(rounding, 2.5% of v)  | v + same             |
| over         | over, more than, above, upwards of            | v                             | None (open)          |
| under        | under, less than, below, fewer than           | None (open)                   | v                    |
| nearly       | nearly, almost, just shy of, close to         | v - 5% of v                   | v                    |
| at_least     | at least, no less than                        | v - rounding                  | None                 |
| up_to        | up to, as much as, at most, no more than      | None                          | v + rounding         |
"""

from __future__ import annotations

import re

from factcheck.extraction.word_starts import search_from_words
from factcheck.quantity import Hedge

APPROXIMATE_SHARE = 0.025
NEARLY_SHARE = 0.05

HEDGE_WORDS: dict[str, Hedge] = {
    "around": Hedge.APPROXIMATE, "about": Hedge.APPROXIMATE, "roughly": Hedge.APPROXIMATE,
    "some": Hedge.APPROXIMATE, "approximately": Hedge.APPROXIMATE, "approx.": Hedge.APPROXIMATE,
    "an estimated": Hedge.APPROXIMATE, "estimated": Hedge.APPROXIMATE, "circa": Hedge.APPROXIMATE,
    "or so": Hedge.APPROXIMATE, "~": Hedge.APPROXIMATE, "nearly": Hedge.NEARLY, "almost": Hedge.NEARLY,
    "just shy of": Hedge.NEARLY, "shy of": Hedge.NEARLY, "close to": Hedge.NEARLY, "just under": Hedge.NEARLY,
    "over": Hedge.OVER, "more than": Hedge.OVER, "above": Hedge.OVER, "upwards of": Hedge.OVER,
    "in excess of": Hedge.OVER, "just over": Hedge.OVER, "north of": Hedge.OVER, "exceeding": Hedge.OVER,
    "greater than": Hedge.OVER, "higher than": Hedge.OVER, ">": Hedge.OVER, "well over": Hedge.OVER,
    "under": Hedge.UNDER, "less than": Hedge.UNDER, "below": Hedge.UNDER, "fewer than": Hedge.UNDER,
    "lower than": Hedge.UNDER, "<": Hedge.UNDER, "south of": Hedge.UNDER,
    "at least": Hedge.AT_LEAST, "no less than": Hedge.AT_LEAST, "no fewer than": Hedge.AT_LEAST,
    "a minimum of": Hedge.AT_LEAST, "up to": Hedge.UP_TO, "as much as": Hedge.UP_TO,
    "as many as": Hedge.UP_TO, "as high as": Hedge.UP_TO, "at most": Hedge.UP_TO,
    "no more than": Hedge.UP_TO, "a maximum of": Hedge.UP_TO, "as little as": Hedge.AT_LEAST,
}  # fmt: skip

_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])("
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(HEDGE_WORDS, key=len, reverse=True) if w != "or so")
    + r")\s*$",
    re.IGNORECASE,
)
# Asked of every figure: each hedge opens with a whole word or a sign, so only the window's words that open one are
# tried (search_from_words), not every position; fifty needed words made a gate cost more than that.
_FIRST_WORDS = frozenset(re.split(r"\s+", words)[0].rstrip(".").lower() for words in HEDGE_WORDS if words[0].isalpha())
_SIGNS = "".join(words for words in HEDGE_WORDS if not words[0].isalpha())
_AFTER_RE = re.compile(r"\s+or\s+so(?![A-Za-z])", re.IGNORECASE)


def hedge_before(text: str, start: int) -> tuple[Hedge, int] | None:
    """The hedge ending right before ``start`` (spaces allowed) and where it begins."""
    match = search_from_words(_BEFORE_RE, _FIRST_WORDS, text, max(0, start - 24), start, _SIGNS)
    if not match:
        return None
    word = re.sub(r"\s+", " ", match.group(1).lower())
    return HEDGE_WORDS[word], match.start(1)


def hedge_after(text: str, end: int) -> int | None:
    """End offset of a trailing "or so"."""
    match = _AFTER_RE.match(text, end, min(len(text), end + 12))
    return match.end() if match else None


def interval(value: float, rounding: float, hedge: Hedge) -> tuple[float | None, float | None]:
    """The interval a hedged, rounded figure stands for (see the module table)."""
    magnitude = abs(value)
    if hedge is Hedge.APPROXIMATE:
        half = max(rounding, APPROXIMATE_SHARE * magnitude)
        return value - half, value + half
    if hedge is Hedge.OVER:
        return value, None
    if hedge is Hedge.UNDER:
        return None, value
    if hedge is Hedge.NEARLY:
        # Not widened by rounding: "nearly $1 billion" does not mean as little as $0.5 billion.
        return value - NEARLY_SHARE * magnitude, value
    if hedge is Hedge.AT_LEAST:
        return value - rounding, None
    if hedge is Hedge.UP_TO:
        return None, value + rounding
    return value - rounding, value + rounding
