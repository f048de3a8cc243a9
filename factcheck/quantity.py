"""A number as printed in an article: its value, unit, interval and where it stands."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, FiniteFloat

from factcheck.spans import Span


class QuantityKind(StrEnum):
    MONEY = "money"
    PERCENT = "percent"
    PERCENTAGE_POINT = "percentage_point"
    PER_UNIT = "per_unit"  # "$144 per share"
    COUNT = "count"  # "194,000 employees": unit is the counted noun
    RANK = "rank"  # "No. 4", "fourth largest"
    MULTIPLE = "multiple"  # "doubled", "three times"
    FRACTION = "fraction"  # "a third", "more than half"
    MAGNITUDE = "magnitude"  # "double-digit": value is the lower end, upper set
    DURATION = "duration"  # "three years"
    DIMENSION = "dimension"  # physical quantities: km, kg, °C ...
    NUMBER = "number"  # a bare number with no unit we could attach


class Hedge(StrEnum):
    EXACT = "exact"  # no hedge word: the figure's own rounding still applies
    APPROXIMATE = "approximate"  # around, about, roughly, some
    OVER = "over"  # over, more than, above: a lower bound
    UNDER = "under"  # under, less than, below: an upper bound
    NEARLY = "nearly"  # nearly, almost, just shy of: a little below
    AT_LEAST = "at_least"
    UP_TO = "up_to"


class Quantity(BaseModel):
    """One quantity with its surface span and the interval it stands for.

    ``value`` is scaled ("$38.4 billion" is 3.84e10); percentages are the number
    shown (8 percent is 8). ``lower``/``upper`` bound what the printed figure can
    mean after its rounding and its hedge; either may be ``None`` for an open
    bound ("over $100 billion" has no upper bound). Every figure is finite: extraction refuses what is not
    as a number, and the databases and strict JSON could carry nothing else.
    """

    model_config = ConfigDict(frozen=True)

    text: str = Field(description="The surface text, equal to article[span[0]:span[1]].")
    span: Span
    value: FiniteFloat
    unit: str = Field(description="A unit string the project's pint registry parses, or a counted noun.")
    kind: QuantityKind
    lower: FiniteFloat | None = None
    upper: FiniteFloat | None = None
    hedge: Hedge = Hedge.EXACT
    rounding: FiniteFloat = Field(0.0, description="Half a unit in the last printed digit, in value's units.")
    noun: str | None = Field(None, description="The counted or per-unit noun: 'employees', 'share'.")
    is_range: bool = False
    ends: tuple[FiniteFloat, FiniteFloat] | None = Field(
        None,
        description="A range's two printed figures, scaled, before rounding and hedge ('$252 million to $287 "
        "million' is (2.52e8, 2.87e8)); value is their midpoint.",
    )
    end_spans: tuple[Span, Span] | None = Field(
        None,
        description="For a written range, where each printed end stands ('$12 to $15 billion': the spans of '$12' "
        "and '$15 billion'), so that each end can be shown and checked on its own.",
    )
    shared_scale: float | None = Field(
        None,
        description="For a written range, the scale printed once and shared by the other end ('$12 to $15 "
        "billion': 1e9); None when each end prints its own or there is none.",
    )
    relative_to: Literal["end", "current"] | None = Field(
        None,
        description="For ranks counted from the end ('second to last': value -1) or from the current item "
        "('next': value 1) rather than from the top; value is then the offset from that anchor.",
    )
