"""The words a person reads on the review screens and in reports, in one place.

Every internal value that reaches a page (a check's name, a claim's status, a float the checks
computed, a missing person) goes through one of these functions, so the queue, the claim page,
the article page, the home page and the reports say the same thing the same way. Nothing here
touches the database.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

# Who changed something when no person did: the pipeline storing what it extracted and checked.
PIPELINE = "factcheck (automatic)"
# Nobody holds the claim.
UNASSIGNED = "Unassigned"
# A value the record does not have.
NOT_KNOWN = "not known"

# Short titles for the checks, as a heading reads ("Percent change"); the engine's longer
# description of each is in factcheck.relation.LABELS (see check_description).
CHECK_TITLES: dict[str, str] = {
    "percent_change": "Percent change",
    "growth_prior": "Growth against an earlier figure",
    "absolute_change": "Change in amount",
    "points_change": "Change in points",
    "direction": "Direction of the move",
    "comparison": "Comparison",
    "word_range": "Word against figure",
    "multiple": "Multiple",
    "shares": "Shares of a whole",
    "rank_order": "Rank order",
    "part_whole": "Parts and whole",
    "part_share": "Part as a share",
    "per_unit": "Price times quantity",
    "share_count": "Share count",
    "run_rate": "Quarterly against yearly",
    "exchange_rate": "Exchange rate",
    "market_value": "Market value",
    "average": "Average",
    "time_window": "Time span",
    "same_figure": "Same figure twice",
    "table_total": "Table total",
    "source_agreement": "Against a source",
}

CLAIM_STATUSES: dict[str, str] = {
    "unreviewed": "Not reviewed yet",
    "in_review": "In review",
    "awaiting_signoff": "Awaiting sign-off",
    "reviewed": "Finished",
}

VERDICTS: dict[str, str] = {
    "accurate": "Accurate",
    "accurate_within_rounding": "Accurate within rounding",
    "inaccurate": "Inaccurate",
    "misleading": "Misleading",
    "unverifiable": "Unverifiable",
}

RESULTS: dict[str, str] = {
    "pass": "Passed",
    "fail": "Failed",
    "indeterminate": "Undecided",
    "": "Not checked",
}

SEVERITIES: dict[str, str] = {"error": "Error", "warning": "Warning", "info": "Note"}

# Currency codes printed as their sign before the figure; others are printed as a code after it.
CURRENCY_SIGNS: dict[str, str] = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹", "KRW": "₩"}

# Keys of the figures a check computed, as a person reads them.
COMPUTED_LABELS: dict[str, str] = {
    "change_percent": "Change",
    "interval": "Range the rounding allows",
    "implied_start": "Starting level the percentage implies",
    "implied_change": "Change the figures imply",
    "implied_whole": "Whole the parts imply",
    "change_between": "Change between the two dates",
    "sum": "Sum",
    "rank": "Rank",
    "larger_rivals": "Rivals stated above it",
    "unnamed_above": "Unnamed rivals above it",
    "room_left": "Share left for the rest",
    "figure": "Figure",
    "allowed": "Range the words allow",
    "rate": "Rate",
    "reference_rate": "Reference rate",
    "reference_interval": "Reference range",
    "ratio": "Ratio",
    "stated": "As stated",
    "product": "Product",
    "total": "Total",
    "mean": "Average",
    "share_percent": "Share",
    "value_change_percent": "Change in value",
    "price_change_percent": "Change in price",
}

_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def check_title(name: str) -> str:
    """A check's name as a title: ``percent_change`` is "Percent change"."""
    return CHECK_TITLES.get(name, name.replace("_", " ").strip().capitalize() or "Check")


def check_description(name: str) -> str:
    """What the check compares, in a phrase ("Percent change against its levels")."""
    from factcheck.relation import label  # the engine's own wording; no Django there

    return label(name)


def claim_status(value: str | None) -> str:
    """A claim's review status as words: ``awaiting_signoff`` is "Awaiting sign-off"."""
    return CLAIM_STATUSES.get(value or "", _words(value) or "Not reviewed yet")


def verdict(value: str | None) -> str:
    """A verdict as words; no verdict is "No verdict yet"."""
    if not value:
        return "No verdict yet"
    return VERDICTS.get(value, _words(value))


def result(status: str | None) -> str:
    """A check result as a word: pass is "Passed", no result is "Not checked"."""
    return RESULTS.get(status or "", _words(status))


def severity(value: str | None) -> str:
    return SEVERITIES.get(value or "", _words(value))


def finding_reason(status: str, severity_: str, check: str) -> str:
    """Why a claim is in the queue, in one phrase: "Failed (warning): Percent change"."""
    if not check:
        return "Not checked"
    head = result(status)
    if status in ("fail", "indeterminate") and severity_ and severity_ != "info":
        head = f"{head} ({severity(severity_).lower()})"
    return f"{head}: {check_title(check)}"


def person(name: str | None) -> str:
    """Whoever holds a claim: a username, or "Unassigned" for nobody."""
    return name or UNASSIGNED


def actor(name: str | None) -> str:
    """Whoever made a change: a username, or the pipeline when no person did."""
    return name or PIPELINE


def status_change(before: str | None, after: str | None) -> str:
    """A status change as words: "In review → Awaiting sign-off"; a first status on its own."""
    if not before:
        return claim_status(after)
    return f"{claim_status(before)} → {claim_status(after)}"


def number(value: float | int | None) -> str:
    """A figure as a paper prints it: 35345622119.81 is "35.3 billion", 89.440994 is "89.4"."""
    if value is None or isinstance(value, bool):
        return NOT_KNOWN if value is None else ("yes" if value else "no")
    value = float(value)
    if not math.isfinite(value):
        return NOT_KNOWN
    sign = "-" if value < 0 else ""
    size = abs(value)
    for scale, word in _SCALES:
        if size >= scale * 0.9995:
            return f"{sign}{_significant(size / scale)} {word}"
    if size >= 999.5:  # whole thousands are printed with separators, never as 1e+03
        return f"{sign}{size:,.0f}"
    return f"{sign}{_significant(size)}"


def _significant(size: float) -> str:
    """Three significant figures, no trailing zeros, never in exponent form."""
    if size == 0:
        return "0"
    decimals = max(0, 2 - math.floor(math.log10(size)))
    text = f"{round(size, decimals):.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def amount(value: float | int | None, unit: str | None = None) -> str:
    """A figure with its unit as printed: (35.3e9, "USD") is "$35.3 billion", (61, "percent") is "61%"."""
    if value is None:
        return NOT_KNOWN
    figure = number(value)
    unit = (unit or "").strip()
    if unit in CURRENCY_SIGNS:
        sign = "-" if figure.startswith("-") else ""
        return f"{sign}{CURRENCY_SIGNS[unit]}{figure.lstrip('-')}"
    if len(unit) == 3 and unit.isupper():  # another currency code: CNY, HKD ...
        return f"{unit} {figure}"
    if unit in ("percent", "%"):
        return f"{figure}%"
    if unit in ("percentage_point", "points"):
        return f"{figure} percentage point{'' if figure == '1' else 's'}"
    if unit in ("", "dimensionless", "number"):
        return figure
    return f"{figure} {_words(unit)}"


def plain_value(value: Any) -> str:
    """Any value a check computed, as words: a pair is a range, a list is listed, None is "not known"."""
    if value is None:
        return NOT_KNOWN
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return number(value)
    if isinstance(value, (list, tuple)):
        if len(value) == 2 and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value):
            return f"{number(value[0])} to {number(value[1])}"
        return ", ".join(plain_value(item) for item in value) or "none"
    if isinstance(value, Mapping):
        return "; ".join(f"{computed_label(str(k)).lower()} {plain_value(v)}" for k, v in value.items()) or "none"
    return str(value)


def computed_label(key: str) -> str:
    return COMPUTED_LABELS.get(key, _words(key).capitalize())


def computed_rows(computed: Mapping[str, Any] | None) -> list[tuple[str, str]]:
    """A check's computed figures as (label, value) rows, in the order the check gave them."""
    return [(computed_label(str(key)), plain_value(value)) for key, value in (computed or {}).items()]


def count(n: int, noun: str, plural: str | None = None) -> str:
    """ "1 claim", "3 claims"."""
    return f"{n:,} {noun if n == 1 else (plural or noun + 's')}"


def listing(items: Iterable[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    items = [item for item in items if item]
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def _words(value: str | None) -> str:
    return (value or "").replace("_", " ").strip()
