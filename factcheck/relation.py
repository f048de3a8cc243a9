"""Which claims belong together, and why: the hand-over from relation finding to the checks.

A :class:`Relation` names its kind, its members by role (``change``, ``from``,
``to``, ``part`` ...) and its :class:`Evidence`: the cue words that tie the
members, how far apart they stand, and whether their subject, metric, unit and
period agree, disagree or are unknown. The checks only do arithmetic over a
relation; how sure the pairing is decides how loud a failed check may be
(:func:`factcheck.runner.severity_for`).
"""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from factcheck.spans import Span


class RelationKind(StrEnum):
    PERCENT_CHANGE = "percent_change"  # a stated change with both ends, or with its absolute size and one end
    GROWTH_PRIOR = "growth_prior"  # a stated change against a prior figure stated apart
    ABSOLUTE_CHANGE = "absolute_change"  # end - start = the stated amount
    POINTS_CHANGE = "points_change"  # a change in percentage points between two rates
    DIRECTION = "direction"  # a direction word against the move between two levels
    COMPARISON = "comparison"  # words that compare figures: beat, fell short, above, wider, record
    WORD_RANGE = "word_range"  # a word's range against one figure: double-digit, nearly a third
    MULTIPLE = "multiple"  # doubled, tripled, half of
    SHARES = "shares"  # shares of one whole fit in 100%
    RANK_ORDER = "rank_order"  # stated ranks against the order of the figures
    PART_WHOLE = "part_whole"  # parts add up to their whole; a part is no larger than it
    PART_SHARE = "part_share"  # a part, its whole and the percentage one is of the other
    PER_UNIT = "per_unit"  # price x count = total
    SHARE_COUNT = "share_count"  # profit / earnings per share gives a steady share count
    RUN_RATE = "run_rate"  # a quarterly figure x 4 = the annual one
    EXCHANGE_RATE = "exchange_rate"  # one exchange rate across an article's conversions
    MARKET_VALUE = "market_value"  # a market value moves with its price
    AVERAGE = "average"  # a stated average of stated figures
    TIME_WINDOW = "time_window"  # "a three-year high" against "since late 2021"
    SAME_FIGURE = "same_figure"  # one figure stated twice
    TABLE_TOTAL = "table_total"  # a table's rows add up to its total row
    SOURCE = "source_agreement"  # a claim against a linked source passage


LABELS: dict[str, str] = {
    "percent_change": "Percent change against its levels",
    "growth_prior": "Growth against an earlier figure",
    "absolute_change": "Change against its levels",
    "points_change": "Change in points between two rates",
    "direction": "Direction word against the move",
    "comparison": "Comparison in words",
    "word_range": "Word against its figure",
    "multiple": "Multiple (doubled, tripled, half)",
    "shares": "Shares of one whole",
    "rank_order": "Ranks against the figures",
    "part_whole": "Parts against their whole",
    "part_share": "Part as a share of its whole",
    "per_unit": "Price times quantity",
    "share_count": "Share count behind per-share figures",
    "run_rate": "Quarterly against yearly figure",
    "exchange_rate": "One exchange rate",
    "market_value": "Market value against the price",
    "average": "Average against its figures",
    "time_window": "Time span against its dates",
    "same_figure": "One figure stated twice",
    "table_total": "Table rows against their total",
    "source_agreement": "Figure against a source",
}


def label(check: str) -> str:
    """A check's name in plain words, for people ("percent_change" is "Percent change against its levels")."""
    return LABELS.get(check, check.replace("_", " ").capitalize())


class Agreement(StrEnum):
    AGREE = "agree"
    DISAGREE = "disagree"
    UNKNOWN = "unknown"


class Tie(StrEnum):
    """What ties the members, from strongest to weakest."""

    CUE = "cue"  # explicit words in one clause: "from X to Y", "X, or P%", "beat estimates of Y"
    STRUCTURE = "structure"  # an unambiguous layout: "£58.5m (2001: £52.0m) +12.4%", a list of shares
    INFERRED = "inferred"  # matched by subject, metric and period across clauses or sentences


class Cue(BaseModel):
    model_config = ConfigDict(frozen=True)

    text: str
    span: Span
    meaning: str = Field(description="What the words say, in plain words: 'from X to Y', 'beat the estimate'.")


class Member(BaseModel):
    model_config = ConfigDict(frozen=True)

    role: str = Field(description="change, from, to, delta, prior, current, estimate, part, whole, share ...")
    claim: str = Field(description="A claim id.")


class Evidence(BaseModel):
    """Why the members were put together, and what is not known about them."""

    model_config = ConfigDict(frozen=True)

    tie: Tie
    cues: list[Cue] = Field(default_factory=list)
    sentences_apart: int = 0
    subject: Agreement = Agreement.UNKNOWN
    metric: Agreement = Agreement.UNKNOWN
    unit: Agreement = Agreement.UNKNOWN
    period: Agreement = Agreement.UNKNOWN
    ambiguous: list[str] = Field(
        default_factory=list, description="Other figures that could fill a role, in plain words."
    )
    doubts: list[str] = Field(default_factory=list, description="Anything else that makes the pairing uncertain.")

    @property
    def missing(self) -> list[str]:
        """What keeps the pairing from being certain, in plain words; empty when it is certain."""
        reasons: list[str] = []
        for name in ("subject", "metric", "unit", "period"):
            if getattr(self, name) == Agreement.DISAGREE:
                reasons.append(f"the figures' {name}s differ")
        if self.tie == Tie.INFERRED:
            # Nothing in the words ties the figures: only agreement on what they measure can.
            for name in ("subject", "metric"):
                if getattr(self, name) == Agreement.UNKNOWN:
                    reasons.append(f"the {name} of one figure is not known")
        reasons.extend(f"{what} could also fit" for what in self.ambiguous)
        reasons.extend(self.doubts)
        return reasons

    @property
    def certain(self) -> bool:
        return not self.missing


class Relation(BaseModel):
    """Claims that belong together, by role, with the evidence that ties them."""

    model_config = ConfigDict(frozen=True)

    id: str = ""
    kind: RelationKind
    members: list[Member]
    evidence: Evidence
    reason: str = Field(description="Why these figures were paired, in plain words a reviewer can judge at a glance.")
    params: dict[str, Any] = Field(
        default_factory=dict, description="What the words state: a range ('doubled': [1.9, 2.1]), a comparison."
    )
    spans: list[Span] = Field(default_factory=list, description="Spans of the words the relation rests on.")

    def claim(self, role: str) -> str | None:
        """The claim id of the first member in ``role``."""
        return next((m.claim for m in self.members if m.role == role), None)

    def claims(self, role: str | None = None) -> list[str]:
        """Claim ids in ``role`` (all members when None), in member order, without repeats."""
        seen: list[str] = []
        for member in self.members:
            if (role is None or member.role == role) and member.claim not in seen:
                seen.append(member.claim)
        return seen

    def key(self) -> tuple[str, frozenset[tuple[str, str]], str]:
        """Two relations with the same kind, members and stated words are one relation, however found."""
        return (
            self.kind.value,
            frozenset((m.role, m.claim) for m in self.members),
            json.dumps(self.params, sort_keys=True, default=str),
        )
