"""Words that say which metric a passage speaks of, and subject keys for blocking.

Blocking keeps linking fast: a claim is only scored against passages that name
its subject (or come from a source about it) and use a word of its metric.
"""

from __future__ import annotations

import re

from factcheck.claim import Claim, Metric

_GROWTH = {"increase", "increased", "growth", "grew", "rose", "up", "higher", "decrease", "decreased", "down",
           "declined", "fell", "lower", "year-over-year", "yoy"}  # fmt: skip
METRIC_WORDS: dict[Metric, frozenset[str]] = {
    Metric.REVENUE: frozenset({"revenue", "revenues", "sales", "turnover"}),
    Metric.SEGMENT_REVENUE: frozenset({"revenue", "revenues", "sales", "turnover"}),
    Metric.PROFIT: frozenset({"profit", "profits", "income", "earnings", "ebita", "ebitda"}),
    Metric.SHARE_PRICE: frozenset({"share", "shares", "stock", "ads", "adr", "price", "traded", "trading"}),
    Metric.PRICE_CHANGE: frozenset({"share", "shares", "stock", "ads", "adr", "price", "traded", "trading"}),
    Metric.MARKET_CAP: frozenset({"capitalization", "capitalisation", "cap", "value", "valuation"}),
    Metric.MARKET_VALUE_CHANGE: frozenset({"capitalization", "capitalisation", "value", "valuation"}),
    Metric.MARKET_SHARE: frozenset({"share", "market"}),
    Metric.INVESTMENT: frozenset({"invest", "investment", "investing", "capex", "expenditure", "spend", "spending"}),
    Metric.HEADCOUNT: frozenset({"employees", "staff", "workforce", "headcount", "people"}),
    Metric.GROWTH: frozenset(_GROWTH),
    Metric.MARKET_SIZE: frozenset({"market", "spending", "size"}),
}

_WORD = re.compile(r"[a-z0-9][a-z0-9\-]*")
_STOP = frozenset({"the", "group", "inc", "corp", "co", "ltd", "limited", "holding", "holdings", "plc", "company"})


def words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower().replace("’", "'").replace("'s", "")))


def metric_words(claim: Claim) -> frozenset[str]:
    """Words of which a passage must use one to speak of the claim's metric; empty means any."""
    found = METRIC_WORDS.get(claim.metric, frozenset())
    if claim.change is not None:
        found = found | METRIC_WORDS[Metric.GROWTH]
    if not found and claim.quantity.noun:
        found = frozenset(words(claim.quantity.noun))
    return found


def subject_keys(subject: str | None) -> frozenset[str]:
    """Lower-case words any of which, in a passage, names the subject: the name's core and its acronym."""
    if not subject:
        return frozenset()
    tokens = [t for t in _WORD.findall(subject.lower()) if t not in _STOP]
    keys = set(tokens[:1])
    initials = "".join(t[0] for t in _WORD.findall(subject.lower()) if t not in {"the"})
    if len(initials) >= 2 and len(tokens) >= 2:
        keys.add(initials)
    if len(tokens) == 1 and len(tokens[0]) <= 5 and subject.isupper():
        keys.add(tokens[0])
    return frozenset(keys)
