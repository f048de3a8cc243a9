"""Claim extraction: article text in, quantities and claims out. Never imports Django.

``extract_quantities(text) -> list[Quantity]`` lists every quantity in text order:
``text == article[span[0]:span[1]]``; ``value`` scaled ("$38.4 billion" is 3.84e10,
"8 percent" is 8), sub-units in the main unit with their rounding ("135p" is 1.35 GBP,
"6 HK cents" 0.06 HKD, "25 basis points" 0.25 percentage_point); ``unit`` parses in
:data:`factcheck.units.ureg` ("USD", "USD / share", "percent", "percentage_point", "rank",
"year", "mile" ...) except for counts, whose unit is the counted noun ("employees") with the phrase in ``noun``;
``lower``/``upper`` are the interval after rounding and hedge (table in
:mod:`factcheck.extraction.hedges`), ``None`` for an open side; ranges and vague
amounts ("dozens of") have ``is_range`` set, and a written range keeps its two printed
figures in ``ends``. Ranks counted from the end or the current item ("second to last",
"penultimate", "next one") have ``relative_to`` set ("end", "current") and the offset
as ``value`` (``end-1`` is -1), as in Microsoft's Recognizers-Text.

``extract_claims(text) -> list[Claim]`` reads each quantity in context, ids ``c0``,
``c1`` ... in text order:

* ``subject``: the canonical name of the organisation or thing (aliases folded:
  "AWS" = "Amazon Web Services", "Alibaba Group Holding" = "Alibaba"; "the company"
  and "its" resolve to the most recent organisation); ``None`` when unclear.
* ``metric``: a :class:`~factcheck.claim.Metric` from the clause's cue words and the
  quantity kind; ``UNKNOWN`` rather than a guess.
* ``change``: set when a direction word governs the figure ("up 8 percent",
  "gained $100 billion", "an increase of 13 percent", "doubled"): RELATIVE for
  percent/multiples, POINTS for percentage points, ABSOLUTE otherwise; also when the
  same move is restated beside it ("fell 50 points or 2 per cent"), a direction
  word stands a little further off ("1.23 percent ... up"; :mod:`.directions`), or a
  percentage is printed with its sign in a results line ("+12.4%", "-3.1%").
* ``period``: the nearest date, period, point, window or year-to-date in the sentence
  ("fourth-quarter 2024", "the start of 2025", "over the next three years"; "the
  quarter" inherits the last named quarter).
* ``baseline``: for change and growth claims only, the comparison ("year over year",
  "compared with one month ago", "since late 2021").
* Relative ranks become claims only where they read as a standing ("finished last",
  "second-to-last place"); "the next generation" stays a quantity only.
* ``related``: ``"of"`` on a change claim = the level it changes in the same sentence
  ("revenue of $38.4 billion, up 8 percent"); ``"from"``/``"to"`` for "from X to Y",
  "to Y from X" and "rose 5% to $10" (set on the change claim and on both ends).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factcheck.extraction.claims import extract_claims
    from factcheck.extraction.quantities import extract_quantities

__all__ = ["extract_claims", "extract_quantities"]

# Loaded on first use, not with the package: a process that reads one small module of it (the sentence splitter,
# say) or none at all (a command that only hands out work) should not pay for pint's unit table and every pattern
# of extraction, about half a CPU-second at each start.
_HOMES = {"extract_claims": "factcheck.extraction.claims", "extract_quantities": "factcheck.extraction.quantities"}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
