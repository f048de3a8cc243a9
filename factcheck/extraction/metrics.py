"""What a figure measures, from the words of its clause and its kind.

The nearest cue wins; no cue leaves ``Metric.UNKNOWN``. The cue table is ordered by
specificity: "market capitalization" must win over "market".
"""

from __future__ import annotations

import functools
import re

from factcheck.claim import Change, ChangeKind, Metric
from factcheck.literals import Vocabulary
from factcheck.quantity import QuantityKind

_CUES: list[tuple[str, str]] = [
    ("market_cap", r"market[ -]cap(?:italization|italisation)?|market value|valuation|valued at|worth"),
    ("share_price", r"share price|stock price|per share|a share|stock|shares|trading|traded|trades"),
    ("revenue", r"revenues?|sales|turnover|top line"),
    ("profit", r"profits?|net income|earnings|earn(?:s|ed)?|ebitda|operating income|net loss|losses"),
    ("investment", r"invest(?:ing|ed|s|ment|ments)?|pour(?:ing|ed|s)?|spend(?:ing)?|spent|capex|capital expenditures?"
                   r"|commitment|commit(?:ted|s)?|pledg(?:e|ed|ing)|fund(?:ing)?"),
    ("market_share", r"market share|share of the (?:\w+ )*market|share"),
    ("market", r"(?<!-)market(?!-)"),  # not "pre-market trading", "market-moving"
    ("headcount", r"employees|employ|workers|staff|headcount|workforce|jobs"),
    ("growth", r"growth|grew|grow|increase|rise|year over year|year-over-year|yoy"),
    ("rank", r"largest|biggest|place|ranks?|ranked|rankings?|standings|position|No\."),
]  # fmt: skip
_CUE_RES = [(name, re.compile(rf"(?<![A-Za-z])(?:{pattern})(?![A-Za-z])", re.IGNORECASE)) for name, pattern in _CUES]
_LOSS_OF_RE = re.compile(
    r"(?<![A-Za-z])(?:posted|reported|recorded|booked|swung\s+to|narrowed|widened)\s+(?:an?\s+)?(?:\w+\s+)?loss\s+of\s+"
    r"(?:about\s+|around\s+|nearly\s+|some\s+)?$",
    re.IGNORECASE,
)
_HEADCOUNT_NOUNS = frozenset(["employees", "employee", "workers", "worker", "staff", "staffers", "staffs"])
_SEGMENT_WORDS = re.compile(r"segment|division|unit|business|group|cloud|arm", re.IGNORECASE)


def _nearest(clause: str, offset: int, names: set[str]) -> str | None:
    """The cue in ``names`` nearest to ``offset`` within ``clause``."""
    best: tuple[int, int, str] | None = None
    possible = _possible_cues(clause)
    for order, (name, _) in enumerate(_CUE_RES):
        if name not in names or name not in possible:
            continue
        for start, end in _cue_spans(clause, order):
            distance = min(abs(start - offset), abs(end - offset))
            key = (distance, order, name)
            if best is None or key < best:
                best = key
    return best[2] if best else None


# The words each cue cannot match without: a clause holding none of a cue's words is not scanned for it.
_CUE_WORDS = Vocabulary(dict(_CUE_RES))


# Cached: the figures of one sentence share their clause, and each asks for several cues.
@functools.lru_cache(maxsize=256)
def _possible_cues(clause: str) -> frozenset[str]:
    """The cues that may match in ``clause`` (all of them where lower case cannot stand for its text)."""
    return _CUE_WORDS.possible(clause)


@functools.lru_cache(maxsize=1024)
def _cue_spans(clause: str, order: int) -> tuple[tuple[int, int], ...]:
    """Where the cue ``_CUE_RES[order]`` matches in ``clause``.

    The figures of one sentence share their clause: its cues are found once, not once per figure and cue set.
    """
    return tuple(match.span() for match in _CUE_RES[order][1].finditer(clause))


_PER_SHARE_RE = re.compile(r"(?:per|a)\s+share", re.IGNORECASE)
_STAFF_RE = re.compile(r"employ|staff|workforce|headcount", re.IGNORECASE)
_SHARE_AFTER_RE = re.compile(r"[^,;.]{0,24}?\bshare\b", re.IGNORECASE)
_MARKET_SHARE_RE = re.compile(r"market share", re.IGNORECASE)


def _nearest_text(clause: str, offset: int, name: str) -> str | None:
    """The words of the cue ``name`` nearest to ``offset``."""
    regex = dict(_CUE_RES)[name]
    found = min(
        regex.finditer(clause),
        key=lambda m: min(abs(m.start() - offset), abs(m.end() - offset)),
        default=None,
    )
    return found.group() if found else None


def classify(
    kind: QuantityKind,
    noun: str | None,
    unit: str,
    clause: str,
    offset: int,
    change: Change | None,
    is_segment: bool,
    value: float | None = None,
) -> Metric:
    """``clause`` is the text around the quantity; ``offset`` the quantity's position in it."""
    if kind is QuantityKind.RANK:
        return Metric.RANK if _nearest(clause, offset, {"rank", "market_share"}) else Metric.UNKNOWN
    if kind is QuantityKind.DURATION:
        return Metric.DURATION
    if kind is QuantityKind.COUNT:
        head = noun.split()[-1].lower() if noun else ""
        if head in _HEADCOUNT_NOUNS:
            return Metric.HEADCOUNT
        # "employs 160,000 people": people counted as staff.
        if head in ("people", "persons") and _STAFF_RE.search(clause):
            return Metric.HEADCOUNT
        return Metric.COUNT
    if kind is QuantityKind.PER_UNIT:
        if noun == "share" or _nearest(clause, offset, {"share_price"}):
            return Metric.SHARE_PRICE
        return Metric.UNKNOWN
    if kind is QuantityKind.MONEY:
        if _LOSS_OF_RE.search(clause[max(0, offset - 40) : offset]):
            return Metric.PROFIT  # "posted a loss of $96 million": a result, whatever the words around it
        cues = {"market_cap", "revenue", "profit", "investment", "market", "market_share", "share_price"}
        if value is not None and abs(value) < 1e6:
            cues -= {"market", "market_share"}  # "earned 20 cents", "$181.25": no market is that small
        cue = _nearest(clause, offset, cues)
        if cue == "market_cap":
            return Metric.MARKET_VALUE_CHANGE if change is not None else Metric.MARKET_CAP
        if cue == "revenue":
            return Metric.SEGMENT_REVENUE if is_segment else Metric.REVENUE
        if cue == "profit":
            return Metric.PROFIT
        if cue == "investment":
            return Metric.INVESTMENT
        if cue in ("market", "market_share"):
            return Metric.MARKET_SIZE
        if cue == "share_price":
            if value is not None and abs(value) >= 1e7:
                # No share costs that much. "Apple shares closed at $3 trillion": the shares' worth is meant;
                # "$3.02 billion, or 92 cents per share": the per-share words are the next figure's.
                if _PER_SHARE_RE.search(_nearest_text(clause, offset, "share_price") or ""):
                    return Metric.UNKNOWN
                return Metric.MARKET_VALUE_CHANGE if change is not None else Metric.MARKET_CAP
            return Metric.SHARE_PRICE
        return Metric.UNKNOWN
    if kind in (QuantityKind.PERCENT, QuantityKind.PERCENTAGE_POINT):
        after = clause[offset:]
        if _SHARE_AFTER_RE.match(after) or (_MARKET_SHARE_RE.search(clause) and change is None):
            return Metric.MARKET_SHARE
        if change is not None and change.kind in (ChangeKind.RELATIVE, ChangeKind.POINTS):
            if _nearest(clause, offset, {"share_price", "market_cap"}) in ("share_price",):
                return Metric.PRICE_CHANGE
            return Metric.GROWTH
        if _nearest(clause, offset, {"growth"}):
            return Metric.GROWTH
        return Metric.UNKNOWN
    if kind is QuantityKind.MAGNITUDE:
        return Metric.GROWTH if _nearest(clause, offset, {"growth"}) or change is not None else Metric.UNKNOWN
    if kind in (QuantityKind.MULTIPLE, QuantityKind.FRACTION):
        return Metric.GROWTH if change is not None else Metric.UNKNOWN
    return Metric.UNKNOWN


def is_segment_name(name: str | None) -> bool:
    return bool(name) and bool(_SEGMENT_WORDS.search(name or ""))
