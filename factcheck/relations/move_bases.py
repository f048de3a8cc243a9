"""The base a move names right after its figure, and two moves of one clause measured from different bases.

"Stocks are 6% below last year's level at 1.2 billion tonnes, a rise of 80 million tonnes from June": the
percentage compares with a year before, the units with a month; they are two moves of one series, not one move
said twice. The base is read from the words right after the figure (and its comparison word): "below last
year's", "from the previous month", "on last week", "year on year", "from June". Only a base said in so many
words counts; a move that names none is taken to share the other's.
"""

from __future__ import annotations

import re

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.relations.time_now import MON

# The comparison word between a figure and its base: "6% below last year", "12 tonnes from the previous month".
_LEAD = (
    r"\s*(?:percent|per\s+cent|pct)?\s*,?\s*(?:(?:higher|lower|above|below|up|down|more|less|fewer|over|under)\s+)?"
    r"(?:(?:than|from|on|against|versus|vs\.?|compared\s+(?:with|to)|since)\s+)?(?:the\s+)?"
)
_RELATIVE = {
    "year": r"last\s+year\b|(?:a|one)\s+year\s+(?:earlier|ago|before)|year[- ](?:on|over)[- ]year"
    r"|(?:previous|prior|preceding)\s+year|(?:same\s+)?(?:period|month|quarter|week|time)\s+(?:a\s+year\s+"
    r"(?:earlier|ago|before)|last\s+year)",
    "quarter": r"(?:previous|prior|preceding|last)\s+quarter|(?:a|one)\s+quarter\s+(?:earlier|ago|before)"
    r"|quarter[- ](?:on|over)[- ]quarter",
    "month": r"(?:previous|prior|preceding|last)\s+month|(?:a|one)\s+month\s+(?:earlier|ago|before)"
    r"|month[- ](?:on|over)[- ]month",
    "week": r"(?:previous|prior|preceding|last)\s+week|(?:a|one)\s+week\s+(?:earlier|ago|before)"
    r"|week[- ](?:on|over)[- ]week",
    "day": r"(?:previous|prior)\s+(?:day|session|close)|yesterday",
}
_BASE = re.compile(
    _LEAD
    + "(?:"
    + "|".join(f"(?P<{key}>{words})" for key, words in _RELATIVE.items())
    # "from June": a month named alone; "from June last year" or "from June 2024" is dated some other way.
    + rf"|(?P<named>{MON})\b(?![\s.,]*(?:\d|last\s+year|a\s+year))"
    + ")",
    re.IGNORECASE,
)
_POINTS_BACK = re.compile(r"\b(?:than|from|on|against|versus|vs\.?|compared\s+(?:with|to)|since)\s+(?:the\s+)?\w+$")


def named_base(ctx: ArticleContext, claim: Claim) -> str | None:
    """The base the words right after ``claim`` name ("year", "month", "june", ...), or None."""
    said = _BASE.match(ctx.text, claim.span[1], min(claim.sentence_span[1], claim.span[1] + 60))
    if said is None:
        return None
    key = next(k for k, v in said.groupdict().items() if v)
    if key != "named":
        return key
    # A month stands alone as a base only after a word that points back to it and with its capital: "may" is a verb.
    month = said.group("named")
    if not month[0].isupper() or not _POINTS_BACK.search(said.group(0)):
        return None
    return month


def bases_apart(ctx: ArticleContext, a: Claim, b: Claim) -> str | None:
    """A doubt when two moves of one clause name bases that differ, else None.

    One named base is enough when the moves go opposite ways: "6% below last year's level ..., a rise of 80
    million tonnes" cannot be one move, so the rise is from some other, unnamed mark."""
    first, second = named_base(ctx, a), named_base(ctx, b)
    if first is not None and second is not None:
        if first.lower()[:3] == second.lower()[:3]:
            return None
        return f"the two moves name bases of their own ({first} and {second}), so they may be two moves"
    named = first or second
    ways = {c.change.direction for c in (a, b) if c.change is not None}
    if named is not None and len(ways) == 2:
        return f"the moves go opposite ways and only one names its base ({named}), so they may be two moves"
    return None
