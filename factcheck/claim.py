"""A checkable claim: a quantity read in context (subject, metric, time, change)."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from factcheck.quantity import Quantity
from factcheck.spans import Span


class Metric(StrEnum):
    """The small vocabulary of things a figure can measure. Unknown stays unknown."""

    SHARE_PRICE = "share_price"
    MARKET_CAP = "market_cap"
    MARKET_VALUE_CHANGE = "market_value_change"
    REVENUE = "revenue"
    SEGMENT_REVENUE = "segment_revenue"
    PROFIT = "profit"
    GROWTH = "growth"
    PRICE_CHANGE = "price_change"
    MARKET_SHARE = "market_share"
    INVESTMENT = "investment"
    HEADCOUNT = "headcount"
    RANK = "rank"
    COUNT = "count"
    MARKET_SIZE = "market_size"
    DURATION = "duration"
    UNKNOWN = "unknown"


class TimeKind(StrEnum):
    DATE = "date"  # "Jan. 31", "Monday"
    PERIOD = "period"  # "fourth-quarter 2024", "in 2025 alone"
    POINT = "point"  # "start of 2025", "late 2021"
    BASELINE = "baseline"  # "compared with one month ago", "year over year"
    WINDOW = "window"  # "over the next three years", "over the past two years"
    YEAR_TO_DATE = "year_to_date"
    SINCE = "since"  # "since late 2021"


class TimeRef(BaseModel):
    model_config = ConfigDict(frozen=True)

    text: str
    span: Span
    kind: TimeKind
    year: int | None = None
    quarter: int | None = None
    month: int | None = None
    day: int | None = None
    part: str | None = Field(None, description="start, end, early, mid, late of a year or period.")
    months: float | None = Field(None, description="Length of a window or distance to a baseline, in months.")
    direction: str | None = Field(None, description="past or future, for windows and baselines.")


class ChangeKind(StrEnum):
    RELATIVE = "relative"  # up 8 percent
    ABSOLUTE = "absolute"  # gained $100 billion
    POINTS = "points"  # up 2 percentage points


class Change(BaseModel):
    model_config = ConfigDict(frozen=True)

    direction: int = Field(description="+1 up, -1 down.")
    kind: ChangeKind
    verb: str | None = Field(None, description="The word that says it: up, rose, fell, gained ...")
    verb_span: Span | None = None


class Claim(BaseModel):
    """A quantity with what it is about. ``id`` is stable for a given text."""

    model_config = ConfigDict(frozen=True)

    id: str
    text: str = Field(description="The sentence the claim stands in.")
    span: Span = Field(description="The quantity's span in the article.")
    sentence_span: Span
    quantity: Quantity
    subject: str | None = None
    subject_span: Span | None = None
    metric: Metric = Metric.UNKNOWN
    measure: str | None = Field(
        None,
        description="What the figure measures, as a canonical noun ('revenue', 'net income', 'shipments', "
        "'unemployment rate'); finer than ``metric``; None when no measure word governs it.",
    )
    period: TimeRef | None = None
    baseline: TimeRef | None = None
    change: Change | None = None
    related: dict[str, str] = Field(
        default_factory=dict,
        description="Links to other claims by role, e.g. {'from': 'c3', 'to': 'c4'} for 'from X to Y'.",
    )
