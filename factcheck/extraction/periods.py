"""Which date of its sentence a figure is dated by: the one printed with it, in its own clause.

A sentence often dates several figures, each with its own date: "payrolls rose by 48,000 in September after
a 31,000 increase in August". A figure takes, in this order:

1. the date printed right after it ("48,000 in September", "a 31,000 increase in August");
2. the nearest date of its own clause that no other figure stands between and no other figure has taken by
   rule 1 ("In the quarter, revenue rose 5%"; "revenue in 2019 was $5bn");
3. the date of a figure tied to it in one breath ("rose 5% to $10bn in 2019": the change shares its level's
   date; "$10bn in 2019, up 5%");
4. the date that opens its sentence ("In 2019, sales rose 5% while costs fell 3%").

Anything else stays undated: a date across a clause break or past another figure dates that figure, not
this one.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from factcheck.claim import TimeKind, TimeRef

# Clause breaks a date does not reach across.
_BREAK_RE = re.compile(
    r";|—|–|\s--\s|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bthough\b|\bafter\b|\bbefore\b|\bcompared\b"
    r"|\bversus\b|\bvs\b|\bagainst\b|\bthan\b|\bfrom\b",
    re.IGNORECASE,
)
# From a figure to the date printed right after it: a few words of its noun or move, then the preposition.
_OWN_GAP_RE = re.compile(
    r"[ \u00a0]*,?[ \u00a0]*(?:(?!(?:from|than|since|against|versus|compared|after|before|while|but|and|or)"
    r"(?![a-z'’-]))"
    r"[a-z][a-z'’-]*[ \u00a0]+){0,3}?(?:(?:in|on|at|during|for|by|of|through|over|as[ \u00a0]+of"
    r"|throughout|within|until|till)[ \u00a0]+)?(?:the[ \u00a0]+)?",
)
# Between two figures said in one breath of the same time: a move and its level, a figure restated.
_HEDGE = r"(?:(?:about|around|nearly|almost|some|roughly|just|more[ \u00a0]+than|over|under)[ \u00a0]+)?"
_RESTATED = (
    r"\(|or|(?:up|down|higher|lower)(?:[ \u00a0]+by)?"
    r"|(?:a|an)[ \u00a0]+(?:rise|fall|gain|drop|increase|decrease|decline|jump)[ \u00a0]+of"
)
# This figure, then the one that owns the date: "rose 5% to $10bn in 2019", "5% (or $2bn) in 2019".
_SAME_TIME_AFTER_RE = re.compile(
    rf"[ \u00a0]*(?:,[ \u00a0]*)?(?:to(?:[ \u00a0]+(?:settle|close|end|finish|stand|trade|reach|an?|record|new|high"
    rf"|low)){{0,2}}"
    rf"(?:[ \u00a0]+(?:at|of))?|at|of|{_RESTATED})?[ \u00a0]*(?:[$€£¥₹]|Rs\.?[ \u00a0]?)?{_HEDGE}",
    re.IGNORECASE,
)
# The date of the figure before, then this one restating or moving it: "$10bn in 2019, up 5%".
# "up 61 percent Monday morning at around $144": a move, its date, then its level.
_SAME_TIME_BEFORE_RE = re.compile(
    rf"(?:[ \u00a0]+(?:morning|afternoon|evening|night|trading|trade|session))?[ \u00a0]*(?:,[ \u00a0]*)?"
    rf"(?:(?:representing|marking|reflecting|which[ \u00a0]+(?:was|is))[ \u00a0]+)?(?:{_RESTATED}|at)[ \u00a0]*"
    rf"(?:[$€£¥₹]|Rs\.?[ \u00a0]?)?{_HEDGE}",
    re.IGNORECASE,
)
# What may open a sentence before its date: "In", "For", "During", "Over", "As of", "By", "Since", "Last".
_FRONT_RE = re.compile(r"""[\s"“‘(•*–—-]*(?:(?:in|for|during|over|throughout|as[ \u00a0]+of|by|at|on)[ \u00a0]+)?""",
                       re.IGNORECASE)  # fmt: skip
_NOTE_OPEN_RE = re.compile(r"\([ \u00a0]?$")
_NOTE_COLON_RE = re.compile(r"[ \u00a0]?[:=]")
_ASIDE_RE = re.compile(r"[ \u00a0]*\([^()\n]{0,60}\)")
_OWN_REACH = 40


def _in_aside(text: str, figure: tuple[int, int], before: int) -> bool:
    """Whether the figure sits in brackets that close before ``before``: "(from 142,000)"."""
    opening = text.rfind("(", max(0, figure[0] - 30), figure[0])
    if opening < 0 or ")" in text[opening : figure[0]]:
        return False
    closing = text.find(")", figure[1], min(len(text), figure[1] + 30))
    return 0 <= closing < before


_SAME_TIME_REACH = 30


def period_of(
    text: str,
    span: tuple[int, int],
    others: Sequence[tuple[int, int]],
    refs: Sequence[TimeRef],
    sentence: tuple[int, int],
) -> TimeRef | None:
    """The period of the figure at ``span``, from ``refs`` (the sentence's dates, in text order).

    ``span`` and ``others`` (the sentence's other figures, in text order) include their hedge words; durations
    ("the six months to August 3") are frames of a date, not figures that own it, and are left out of ``others``.
    """
    refs = [r for r in refs if not (r.span[0] <= span[0] and r.span[1] >= span[1])]  # a window framing the figure
    if not refs:
        return None
    figures = sorted({*others, span})
    starts = [s for s, _ in figures]

    def figure_between(lo: int, hi: int) -> bool:
        i = bisect.bisect_left(starts, lo)
        while i < len(figures) and figures[i][1] <= hi:
            if not _in_aside(text, figures[i], hi):
                return True
            i += 1
        return False

    def owner(ref: TimeRef) -> tuple[int, int] | None:
        """The figure the date is printed right after, if any; a bracketed aside between them is passed over
        ("a 159,000 increase (from 142,000) in August"). A bracketed note's date is the note's figure's:
        "£746.8m (2007: £719.4m)"."""
        if _NOTE_OPEN_RE.search(text, max(0, ref.span[0] - 3), ref.span[0]) and _NOTE_COLON_RE.match(
            text, ref.span[1], min(len(text), ref.span[1] + 3)
        ):
            j = bisect.bisect_left(starts, ref.span[1])
            return figures[j] if j < len(figures) and figures[j][0] - ref.span[1] <= 8 else None
        i = bisect.bisect_right(starts, ref.span[0]) - 1
        while i >= 0 and figures[i][1] > ref.span[0]:
            i -= 1
        while i >= 0 and _in_aside(text, figures[i], ref.span[0]):
            i -= 1
        if i < 0:
            return None
        gap = _ASIDE_RE.sub("", text[figures[i][1] : ref.span[0]])
        return figures[i] if len(gap) <= _OWN_REACH and _OWN_GAP_RE.fullmatch(gap) else None

    owners = {ref.span: owner(ref) for ref in refs}
    # A dated period beats a weekday or a period counted from now ("last month") in the same sentence: "the
    # Tracker for March 2025 shows 1.04 million cars registered last month" is dated March 2025.
    precise = [r for r in refs if r.year is not None or not (r.kind is TimeKind.DATE or r.direction)] or refs
    # Another period between a date and the figure takes the figure; a weekday does not ("second-quarter revenue
    # on Thursday of $5.5bn").
    blockers = [r for r in refs if not (r.kind is TimeKind.DATE and r.year is None)]
    ref_starts = [r.span[0] for r in blockers]

    def date_between(lo: int, hi: int) -> bool:
        i = bisect.bisect_left(ref_starts, lo)
        return i < len(blockers) and blockers[i].span[1] <= hi

    # 1. Printed right after this figure, or as its bracketed note's date.
    own = [r for r in precise if owners[r.span] == span]
    if own:
        return own[0]
    # 2. The nearest date of its own clause that is no other figure's: one after it with no figure between,
    # or one before it ("In April, sales rose 5% and profit 3%"; "second-quarter net income of $359m, or 71
    # cents a share") with no other date between.
    reachable = []
    for ref in precise:
        after = ref.span[0] >= span[1]
        lo, hi = (span[1], ref.span[0]) if after else (ref.span[1], span[0])
        if owners[ref.span] is not None or _BREAK_RE.search(text, lo, hi):
            continue
        if figure_between(lo, hi) if after else date_between(lo, hi):
            continue
        reachable.append((hi - lo + (0 if after else 1), ref))
    if reachable:
        return min(reachable, key=lambda pair: pair[0])[1]
    # 3. The date of a figure said in the same breath, along a chain of such figures.
    position = figures.index(span)
    for step in (1, -1):
        i = position
        while 0 <= i + step < len(figures):
            near, far = (figures[i], figures[i + step]) if step == 1 else (figures[i + step], figures[i])
            tie = _SAME_TIME_AFTER_RE if step == 1 else _SAME_TIME_BEFORE_RE
            gap_end = far[0]
            if step == -1:
                # "$10bn in 2019, up 5%": the gap runs from the earlier figure's own date, if any.
                dated = [r for r in precise if owners[r.span] == near and r.span[1] <= far[0]]
                if dated:
                    after_date = dated[-1].span[1]
                    if far[0] - after_date <= _SAME_TIME_REACH and tie.fullmatch(text, after_date, gap_end):
                        return dated[-1]
                    break
            if far[0] - near[1] > _SAME_TIME_REACH or not tie.fullmatch(text, near[1], gap_end):
                break
            i += step
            if step == 1:
                dated = [r for r in precise if owners[r.span] == figures[i]]
                if dated:
                    return dated[0]
    # 4. The date that opens the sentence.
    first = precise[0]
    if _FRONT_RE.fullmatch(text, sentence[0], first.span[0]) and owners[first.span] is None:
        return first
    return None
