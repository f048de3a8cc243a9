"""Magnitude words against the figures they describe.

Rule: "single-digit" means 1–9.99%, "double-digit" 10–99.99%, "triple-digit"
100–999.99%. The word is compared with the percentage it describes: the
figure in the same clause ("double digits at 13 percent"), or, when its own
sentence has none, the growth figures of the next two sentences ("double-digit
growth in sales ... Sales jumped 19 percent"). A word with no figure to
compare is indeterminate. Fraction words extraction reads as FRACTION
quantities ("more than half" > 50%, "nearly a third" a little under 33.3%)
are compared only with a percentage printed right after them ("more than
half, 54%"); a fraction of another figure is the multiples check's, a
fraction of a whole the shares check's.

Tolerance: the figure's rounding interval must overlap the word's range.
Falling outside the range is a warning; a figure an order of magnitude off
(13% called triple-digit) is still a warning, since the word, not a number, is
what is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.checks import register
from factcheck.checks.base import CheckContext, Verdict, finding, interval, is_relative_change, show
from factcheck.claim import Claim
from factcheck.finding import Finding, Severity, Status
from factcheck.intervals import Interval, fmt
from factcheck.quantity import QuantityKind

NAME = "magnitude_words"

_DIGITS = {"single": (1.0, 9.995), "double": (10.0, 99.995), "triple": (100.0, 999.995)}
_WORD = re.compile(r"\b(single|double|triple)[- ]digits?\b", re.IGNORECASE)


@dataclass(frozen=True)
class Word:
    text: str
    span: tuple[int, int]
    range: Interval
    claim: Claim | None = None


def _words(ctx: CheckContext) -> list[Word]:
    words: list[Word] = []
    for claim in ctx.claims:
        q = claim.quantity
        if q.kind == QuantityKind.MAGNITUDE:
            lo = q.lower if q.lower is not None else q.value
            hi = q.upper if q.upper is not None else float("inf")
            words.append(Word(q.text, tuple(q.span), Interval(lo, hi), claim))  # type: ignore[arg-type]
        elif q.kind == QuantityKind.FRACTION and q.value and abs(q.value) <= 1:
            iv = interval(claim) * 100
            words.append(Word(q.text, tuple(q.span), iv, claim))  # type: ignore[arg-type]
    for match in _WORD.finditer(ctx.text):
        if any(w.span[0] < match.end() and match.start() < w.span[1] for w in words):
            continue
        lo, hi = _DIGITS[match.group(1).lower()]
        words.append(Word(match.group(0), match.span(), Interval(lo, hi)))
    return words


def _upper(value: float) -> str:
    # 99.995 is the rounding edge of "99.99"; print what the word means, not the edge.
    return f"{value:.2f}".rstrip("0").rstrip(".") if value != float("inf") else "∞"


def _sentences(text: str) -> list[tuple[int, int]]:
    bounds = []
    start = 0
    for match in re.finditer(r"(?<=[.!?])\s+(?=[A-Z“\"])|\n+", text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return [b for b in bounds if b[1] > b[0]]


def _percents_in(ctx: CheckContext, lo: int, hi: int) -> list[Claim]:
    return [
        c
        for c in ctx.claims
        if c.quantity.kind == QuantityKind.PERCENT and lo <= c.span[0] < hi and c.quantity.hedge.value == "exact"
    ]


@register(NAME)
def check(ctx: CheckContext) -> Iterator[Finding]:
    sentences = _sentences(ctx.text)
    for word in _words(ctx):
        index = next((i for i, s in enumerate(sentences) if s[0] <= word.span[0] < s[1]), None)
        if index is None:
            continue
        own = [c for c in _percents_in(ctx, *sentences[index]) if not (word.claim and c.id == word.claim.id)]
        # "double digits at 13 percent": the figure after the word, in the same clause.
        after = [
            c for c in own if 0 <= c.span[0] - word.span[1] <= 40 and "," not in ctx.text[word.span[1] : c.span[0]]
        ]
        # A figure earlier in the sentence describes something else ("double digits at 13%, ... triple-digit").
        figures = after[:1] or ([] if any(c.span[0] < word.span[0] for c in own) else own[:1])
        is_fraction = word.claim is not None and word.claim.quantity.kind == QuantityKind.FRACTION
        if is_fraction:
            # "More than half of voters, 54%, ...": an apposition right after the word.
            figures = [c for c in own if 0 <= c.span[0] - word.span[1] <= 25][:1]
            if not figures:
                continue
        if not figures:
            later = [c for s in sentences[index + 1 : index + 3] for c in _percents_in(ctx, *s)]
            figures = [c for c in later if is_relative_change(c) and (c.change is None or c.change.direction > 0)]
        claims = [word.claim] if word.claim else []
        if not figures:
            yield finding(
                NAME,
                claims,
                f"{word.text!r} ({fmt(word.range.lo)}–{_upper(word.range.hi)}%): "
                "the article gives no figure to compare",
                status=Status.INDETERMINATE,
                severity=Severity.INFO,
                extra_spans=[word.span],
            )
            continue
        for figure in figures:
            value = interval(figure)
            holds = value.overlaps(word.range)
            within = holds and not word.range.contains(figure.quantity.value)
            verdict = Verdict(holds, within, False)
            relation = "within" if holds else "outside"
            yield finding(
                NAME,
                [*claims, figure],
                f"{word.text!r} means {fmt(word.range.lo)}–{_upper(word.range.hi)}%; {show(figure)} is {relation} it",
                verdict=verdict,
                extra_spans=[word.span],
                computed={"range": word.range, "figure": figure.quantity.value},
                tolerance="the figure's rounding interval must overlap the word's range",
            )
