"""The article as relation finders and checks see it: its text, claims, sentences and date.

Built once per article; every index here is made in one pass, so finders that ask
"which claims are in this sentence" or "what comes next" stay linear in the
article's size.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from factcheck.claim import Claim, TimeKind, TimeRef
from factcheck.intervals import Interval

# How far from a figure the finders read its clause: a run-on "sentence" of many kilobytes (a table pasted as one
# line, fuzzed input) is then read in bounded windows, so the work stays linear; prose clauses are far shorter.
READ_REACH = 400

_YEAR = re.compile(r"(?<![\d.,$£€¥])((?:19|20)\d\d)(?![\d%])")
# Words that make a printed year the article's own: "in 2025 alone", "so far in 2025", "2025 to date".
_CURRENT_YEAR = re.compile(
    r"\b(?:in|for|during)\s+((?:19|20)\d\d)\s+(?:alone|so\s+far|to\s+date)\b"
    r"|\bso\s+far\s+(?:in|this\s+year,?)\s+((?:19|20)\d\d)\b"
    r"|\b((?:19|20)\d\d)\s+(?:so\s+far|to\s+date|year[\s-]to[\s-]date)\b",
    re.IGNORECASE,
)

_PARTS = {
    "start": (0.0, 2 / 12),
    "beginning": (0.0, 2 / 12),
    "early": (0.0, 4 / 12),
    "mid": (4 / 12, 8 / 12),
    "middle": (4 / 12, 8 / 12),
    "late": (8 / 12, 1.0),
    "end": (10 / 12, 1.0),
    "half1": (0.0, 0.5),
    "half2": (0.5, 1.0),
}


def per_claim[**P, R](reading: Callable[P, R]) -> Callable[P, R]:
    """Remember what ``reading(ctx, claim, ...)`` said of a claim for the rest of the article's run.

    Many finders ask the same question of the same figure ("is it an estimate?", "is it a start?"), each a few
    pattern searches over its words; asked once per figure instead, the relation stage costs a fraction. Only for
    readings that depend on nothing but the article and the claim, and whose answer nobody changes afterwards.
    """
    name = f"{reading.__module__}.{reading.__qualname__}"

    @functools.wraps(reading)
    def remembered(ctx: Any, claim: Any, *rest: Any, **kwargs: Any) -> R:
        # Asked some hundred thousand times in a long article: the arguments are named, not unpacked from a tuple,
        # and a context without a memo is told by the missing attribute, not by a lookup with a default.
        try:
            store = ctx._claim_memo
        except AttributeError:
            return reading(ctx, claim, *rest, **kwargs)  # type: ignore[arg-type]
        # One table per reading, keyed by the claim object itself (kept in the entry, so its id cannot be reused while
        # the entry lives): the usual call, ``(ctx, claim)`` alone, is looked up by the id alone. One table for all
        # the readings, keyed by name and id, grew to hundreds of thousands of entries in a long article, and the key's
        # making and hashing cost more than the answer's lookup.
        memo = store.get(name)
        if memo is None:
            memo = store[name] = {}
        key = id(claim) if not rest and not kwargs else (id(claim), rest, tuple(sorted(kwargs.items())))
        hit = memo.get(key)
        if hit is not None and hit[0] is claim:
            return hit[1]
        value = reading(ctx, claim, *rest, **kwargs)  # type: ignore[arg-type]
        memo[key] = (claim, value)
        return value

    return remembered  # type: ignore[return-value]


@dataclass(frozen=True)
class ArticleDate:
    """When the article was written, in fractional years, and how that is known."""

    when: Interval
    how: str  # "published", "stated" (a year the text calls current), "guessed" (latest year printed), "unknown"

    @property
    def known(self) -> bool:
        """Known from the article itself or its metadata, not guessed from the years it prints."""
        return self.how in ("published", "stated")


@dataclass
class ArticleContext:
    text: str
    claims: Sequence[Claim]
    sources: Any = None
    by_id: dict[str, Claim] = field(init=False)

    def __post_init__(self) -> None:
        self.claims = sorted((c for c in self.claims if isinstance(c, Claim)), key=lambda c: (c.span[0], c.span[1]))
        self.by_id = {c.id: c for c in self.claims}
        self._by_sentence: dict[tuple[int, int], list[Claim]] = defaultdict(list)
        for claim in self.claims:
            self._by_sentence[tuple(claim.sentence_span)].append(claim)  # type: ignore[index]
        self._starts = [c.span[0] for c in self.claims]
        self._memo: dict[str, Any] = {}
        self._claim_memo: dict[str, dict[Any, tuple[Claim, Any]]] = {}  # reading's name -> its answers (per_claim)

    # sentences ---------------------------------------------------------------------

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Every sentence of the article, claims or not, in order."""
        from factcheck.extraction.sentences import split_sentences

        # A claim's own sentence wins where the splitter and extraction disagree.
        owned = sorted({tuple(c.sentence_span) for c in self.claims})  # type: ignore[misc]
        owned_starts = [s[0] for s in owned]
        spans: set[tuple[int, int]] = set(owned)  # type: ignore[arg-type]
        for s in split_sentences(self.text):
            i = bisect.bisect_left(owned_starts, s.end)
            if i == 0 or owned[i - 1][1] <= s.start:
                spans.add((s.start, s.end))
        return sorted(spans)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s[0] for s in self.sentences]

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (the one before it, between sentences)."""
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)

    def sentences_apart(self, a: Claim, b: Claim) -> int:
        return abs(self.sentence_index(a.span[0]) - self.sentence_index(b.span[0]))

    def sentence_groups(self) -> dict[tuple[int, int], list[Claim]]:
        """Claims by sentence span, sentences in text order."""
        # Sorted once (some twenty finders ask); each caller still gets a dict of its own.
        return dict(self._sentence_groups)

    @cached_property
    def _sentence_groups(self) -> dict[tuple[int, int], list[Claim]]:
        return {span: self._by_sentence[span] for span in sorted(self._by_sentence)}

    def memo(self, key: str, make: Callable[[], Any]) -> Any:
        """A value computed once per article and shared by finders ("the article's links")."""
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]

    def sentence_claims(self, claim: Claim) -> list[Claim]:
        """Claims of ``claim``'s sentence, in text order."""
        return self._by_sentence.get(tuple(claim.sentence_span), [])  # type: ignore[arg-type]

    def claim_before(self, claim: Claim, where: Callable[[Claim], bool] | None = None) -> Claim | None:
        """The last claim of ``claim``'s sentence that ends before it starts (and satisfies ``where``): found by
        bisection, not by a scan of the sentence, so a run-on sentence of many figures stays linear."""
        sentence = tuple(claim.sentence_span)
        i = bisect.bisect_left(self._starts, claim.span[0]) - 1
        while i >= 0:
            other = self.claims[i]
            if other.span[0] < sentence[0]:
                return None
            if (
                tuple(other.sentence_span) == sentence
                and other.span[1] <= claim.span[0]
                and (where is None or where(other))
            ):
                return other
            i -= 1
        return None

    def claim_after(self, claim: Claim) -> Claim | None:
        """The first claim of ``claim``'s sentence that starts at or after its end."""
        sentence = tuple(claim.sentence_span)
        i = bisect.bisect_left(self._starts, claim.span[1])
        while i < len(self.claims):
            other = self.claims[i]
            if other.span[0] >= sentence[1]:
                return None
            if tuple(other.sentence_span) == sentence:
                return other
            i += 1
        return None

    def claims_in(self, start: int, end: int) -> list[Claim]:
        """Claims whose figure starts in ``[start, end)``, in text order."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return self.claims[lo:hi]  # a list (sorted in __post_init__): its slice is already a new list

    def claims_between(self, a: Claim, b: Claim) -> list[Claim]:
        lo, hi = sorted([a.span, b.span])
        return [c for c in self.claims_in(lo[1], hi[0]) if c.span[1] <= hi[0]]

    def between(self, a: Claim, b: Claim) -> str:
        lo, hi = sorted([a.span, b.span])
        return self.text[lo[1] : hi[0]]

    def paragraph(self, offset: int) -> tuple[int, int]:
        start = self.text.rfind("\n\n", 0, offset)
        end = self.text.find("\n\n", offset)
        return (0 if start < 0 else start + 2), (len(self.text) if end < 0 else end)

    def block(self, offset: int) -> tuple[int, int]:
        """The paragraph as the writer laid it out: blank lines part paragraphs; in text with none, every line break
        does (copy from a web page keeps one line per paragraph)."""
        mark = "\n\n" if "\n\n" in self.text else "\n"
        start = self.text.rfind(mark, 0, offset)
        end = self.text.find(mark, offset)
        return (0 if start < 0 else start + len(mark)), (len(self.text) if end < 0 else end)

    # time --------------------------------------------------------------------------

    @cached_property
    def date(self) -> ArticleDate:
        """The article's date: its publication date, else a year the text calls current, else a guess."""
        published = _published(self.sources)
        if published is not None:
            return ArticleDate(Interval.point(published), "published")
        stated = [int(next(g for g in m.groups() if g)) for m in _CURRENT_YEAR.finditer(self.text)]
        if stated:
            year = max(stated)
            return ArticleDate(Interval(year, year + 1), "stated")
        years: list[int] = []
        for claim in self.claims:
            for ref in (claim.period, claim.baseline):
                if ref is not None and ref.year and ref.direction != "future":
                    years.append(ref.year)
        if not years:
            years = [int(m.group(1)) for m in _YEAR.finditer(self.text)]
            years = [y for y in years if 1900 < y < 2100]
        if not years:
            return ArticleDate(Interval.everything(), "unknown")
        year = max(years)
        return ArticleDate(Interval(year, year + 1), "guessed")

    @property
    def article_date(self) -> Interval:
        return self.date.when

    def time_of(self, ref: TimeRef | None) -> Interval | None:
        """The stretch of time a reference can mean, in fractional years."""
        if ref is None:
            return None
        return time_interval(ref, self.article_date)


def _published(sources: Any) -> float | None:
    if not isinstance(sources, dict):
        return None
    value = sources.get("published") or sources.get("date")
    try:
        if hasattr(value, "year"):
            return value.year + (value.month - 1) / 12 + (getattr(value, "day", 1) - 1) / 365
        if isinstance(value, str) and re.match(r"\d{4}-\d\d-\d\d", value):
            y, m, d = (int(x) for x in value[:10].split("-"))
            return y + (m - 1) / 12 + (d - 1) / 365
    except (TypeError, ValueError):
        return None
    return None


def time_interval(ref: TimeRef, article: Interval) -> Interval | None:
    months = ref.months
    if ref.kind in (TimeKind.BASELINE, TimeKind.WINDOW) and months is not None and ref.year is None:
        shift = months / 12
        return article - shift if ref.direction != "future" else article + shift
    if ref.year is None:
        if ref.kind == TimeKind.DATE:
            return article  # "Monday": the day of the article
        return None
    year = float(ref.year)
    if ref.month:
        start = year + (ref.month - 1) / 12
        if ref.day:
            start += (ref.day - 1) / 365
            return Interval(start, start + 1 / 365)
        return Interval(start, start + 1 / 12)
    if ref.quarter:
        return Interval(year + (ref.quarter - 1) / 4, year + ref.quarter / 4)
    if ref.part and ref.part.lower() in _PARTS:
        lo, hi = _PARTS[ref.part.lower()]
        return Interval(year + lo, year + hi)
    return Interval(year, year + 1)
