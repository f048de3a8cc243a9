"""The word that narrows a figure's measure: "voice" in "a 3% rise in voice revenue", "service" in "the service
revenue of $40 billion".

A figure's measure is a canonical noun ('revenue'), so "voice revenue" and "service revenue" read as one measure.
Results copy names segments side by side in one sentence ("voice revenue rose 11%, data revenue 32%") and sets a
segment against the whole ("the 3% rise in voice revenue, which made up 68% of the service revenue of $40 billion
versus $36 billion"). Within one sentence a writer who puts two different narrowing words before one measure noun
names two things, so a finder pairing a change with a pair of levels must not take the whole's pair for the
segment's change. Across sentences the same thing is often named in other words ("auto sales ... light-vehicle
sales"), so a clash read there would be no evidence: callers ask only within a sentence.

Only a clash is read, never agreement: a figure with no narrowing word (or a neutral one: a determiner, "total",
a period, a verb) clashes with none. The word read is the one right before the measure word that governs the
figure in its clause: the nearest one before it, or the one a change names after itself ("a 3% rise in voice
revenue").
"""

from __future__ import annotations

import re

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.extraction.measures import measure_pattern
from factcheck.relations.prose import lead, trail

# Words before a measure word that do not narrow it: determiners, wholes, periods, function words and the verbs
# results copy puts before a measure ("we expect revenue of").
_NEUTRAL = frozenset(
    {
        "a", "an", "the", "its", "their", "his", "her", "our", "your", "this", "that", "these", "those", "company",
        "company's", "group", "group's", "total", "overall", "combined", "consolidated", "reported", "headline",
        "underlying", "all", "whole", "entire", "quarterly", "annual", "yearly", "monthly", "weekly", "daily",
        "fiscal", "interim", "year", "quarter", "month", "period", "half", "in", "of", "on", "for", "to", "from", "by",
        "with", "and", "or", "as", "at", "than", "also", "both", "which", "whose", "while", "where", "when",
        "record", "higher", "lower", "strong", "weak", "expect", "expects", "post", "posts", "report", "reports",
        "boost", "boosts", "grow", "grows", "generate", "generates", "lift", "lifts", "see", "sees", "forecast",
        "forecasts", "project", "projects", "has", "have", "had", "was", "were", "are", "said", "says", "raise",
        "raises", "cut", "cuts",
    }
)  # fmt: skip
_PERIOD = re.compile(
    r"^(?:first|second|third|fourth|q[1-4]|h[12]|full|half|nine|six|three|twelve|\d+)[- ]?"
    r"(?:quarter|half|year|month)s?$"
)
# The measure word a change names after itself: "a 3 per cent rise in voice revenue".
_CHANGE_IN = re.compile(
    r"^\s*(?:percent|per\s*cent|%)?\s*(?:drop|fall|rise|increase|decrease|decline|gain|jump|growth|slump|surge"
    r"|plunge|slide|dip|climb)\s+(?:in|of)\s+",
    re.IGNORECASE,
)
_BREAK = re.compile(r"[;:(]|\bbut\b|\bwhile\b|\bwhereas\b|—", re.IGNORECASE)
_WORD = re.compile(r"([A-Za-z][\w'’-]*)\s+$")


def qualifier(ctx: ArticleContext, claim: Claim) -> str | None:
    """The narrowing word of the measure word governing ``claim``, lower-cased; None when it has none."""
    if claim.measure is None:
        return None
    pattern = measure_pattern(claim.measure)
    if pattern is None:
        return None
    after = trail(ctx, claim, 60)
    named = _CHANGE_IN.match(after)
    if named is not None:
        found = pattern.search(after, named.end(), named.end() + 40)
        if found is not None:
            return _word_before(after[: found.start()])
    before = lead(ctx, claim, 90)
    cut = 0
    for stop in _BREAK.finditer(before):
        cut = stop.end()
    before = before[cut:]
    starts = [found.start() for found in pattern.finditer(before)]
    return _word_before(before[: starts[-1]]) if starts else None


def _word_before(text: str) -> str | None:
    found = _WORD.search(text)
    if found is None:
        return None
    word = found.group(1).lower().replace("’", "'")
    if word in _NEUTRAL or _PERIOD.match(word) or word.endswith(("ed", "'s", "'")) or len(word) < 3:
        return None
    return word


def clash(ctx: ArticleContext, a: Claim, b: Claim) -> tuple[str, str] | None:
    """The two narrowing words when both figures' measure words carry one and they differ."""
    qa, qb = qualifier(ctx, a), qualifier(ctx, b)
    if qa is None or qb is None or qa == qb:
        return None
    return qa, qb
