"""Sports copy's score lines: a margin and the score, a shooting line and its percentage, a record and its
winning percentage, a player's points and the shots that made them.

Extraction reads each side of a score, record or shooting line as a count of what it counts ("61-42" after a
margin in points; "15-for-33" or "7-10 from the floor" as shots made and shots tried; "a 31-47 record" or
".500 at 7-7" as wins and losses). Four structures tie them to another figure of the same clause (of the next
sentence, for points):

* a margin and the score it sums up: "led by as many as 19 points (61-42 at the half)", "cut the deficit to
  six points (88-82)", "a 21-point win, 98-77": the margin is the gap between the two sides
  (``absolute_change`` with form ``net``, compared by size);
* a shooting percentage and its line: "shot 45.5 percent from deep (15-for-33)", "went 12-of-20 (60%)": the made
  shots over the tried (``part_share``, rule ``share``);
* a winning percentage and its record: ".500 at 7-7", ".625 (10-6)", "they were 9-9, a .500 mark": wins over
  games (``part_share``, rule ``record``).

* a player's points and the line that made them: "scored 31 points ... went 12-20 from the field (4-9 from three)
  and 3-4 from the line": 2 x field goals + threes + free throws (``part_whole``, rule ``points``). Read only when
  the points' sentence or the next gives exactly one of each kind for the same player (a line without its free
  throws may hide some points).

The words tie them (the margin's cue, a bracket or a linking "at"/"were"), in one clause with no figure between,
so the pairing is certain. A score next to a margin the words do not name as one ("scored 23 points (10-15 ...)")
is not read.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.extraction.quantities import GAME_TIME
from factcheck.figures import show
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Evidence, Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue

# Words naming a gap between two sides: "led by", "the deficit to", "a 21-point win", "ahead by".
_MARGIN_CUE = re.compile(
    r"\b(?:by|lead|led|leading|deficit|margin|win|won|victory|ahead|advantage|cushion|trail(?:ed|ing)?|behind|beat"
    r"|rout(?:ed|ing)?|defeat(?:ed)?|loss|lost|gap|edge)\b",
    re.I,
)
# Between a margin and the score it sums up: "19 points (", "six points, ", "21-point win, ".
_MARGIN_TO_SCORE = re.compile(
    rf"^(?:[\s-]*(?:lead|win|victory|margin|loss|defeat|rout|cushion|advantage))?(?:{GAME_TIME})?\s*[(,]\s*$", re.I
)
_SCORE_TO_MARGIN = re.compile(r"^\s*,\s+an?\s+$", re.I)
# Between a percentage and its shooting line, or the line and its percentage.
_PCT_TO_LINE = re.compile(r"^[^\d.;:()]{0,40}\(\s*$")
_LINE_TO_PCT = re.compile(r"^\)?\s*(?:shooting|[^\d.;:()]{0,30}?)?\s*(?:\(|,\s+or\s+|,\s+)\s*$", re.I)
# A winning percentage printed as a fraction: ".500", "0.625".
_FRACTION = re.compile(r"^0?\.\d{3}$")
_PCT_TO_RECORD = re.compile(
    r"^\s*(?:(?:at|with)\s+|\(\s*|since\s+\w+\s+(?:were|was)\s+|when\s+\w+\s+(?:were|was)\s+|after\s+going\s+)$", re.I
)
_RECORD_TO_PCT = re.compile(r"^\s*(?:record\s*|mark\s*)?(?:\(\s*|,\s+an?\s+|,\s+good\s+for\s+(?:an?\s+)?)$", re.I)


def _pairs(ctx: ArticleContext, first_unit: str, second_unit: str) -> list[tuple[Claim, Claim]]:
    """The two sides of each score line: adjacent claims of the two units, parted by a dash (and "for"/"of")."""
    found = []
    claims = ctx.claims
    for a, b in itertools.pairwise(claims):
        if a.quantity.unit != first_unit or b.quantity.unit != second_unit:
            continue
        if re.fullmatch(r"[-–](?:(?:for|of)[-–])?", ctx.text[a.span[1] : b.span[0]]):
            found.append((a, b))
    return found


def _evidence(ctx: ArticleContext, words: tuple[int, int], meaning: str) -> Evidence:
    return Evidence(
        tie=Tie.CUE,
        cues=[cue(ctx, words, meaning)],
        sentences_apart=0,
        subject=Agreement.AGREE,
        metric=Agreement.AGREE,
        unit=Agreement.AGREE,
        period=Agreement.AGREE,
    )


@finder("scores")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    units = {c.quantity.unit for c in ctx.claims if c.quantity.kind == QuantityKind.COUNT}
    if "points" in units:
        yield from _margins(ctx)
    if "shots" in units:
        yield from _shooting(ctx)
    if "losses" in units:
        yield from _records(ctx)
    if "shots made" in units and "points" in units:
        yield from _point_lines(ctx)


def _margins(ctx: ArticleContext) -> Iterator[Relation]:
    for a, b in _pairs(ctx, "points", "points"):
        before = ctx.claim_before(a)
        after = ctx.claim_after(b)
        margin, gap = None, (0, 0)
        if (
            before is not None
            and _is_margin(before)
            and before.sentence_span == a.sentence_span
            and _MARGIN_TO_SCORE.match(ctx.text[before.span[1] : a.span[0]])
        ):
            margin, gap = before, (before.span[1], a.span[0])
        elif (
            after is not None
            and _is_margin(after)
            and after.sentence_span == b.sentence_span
            and _SCORE_TO_MARGIN.match(ctx.text[b.span[1] : after.span[0]])
        ):
            margin, gap = after, (b.span[1], after.span[1])
        if margin is None:
            continue
        lead = ctx.text[max(margin.sentence_span[0], margin.span[0] - 40) : margin.span[0]]
        tail = ctx.text[margin.span[1] : min(margin.sentence_span[1], margin.span[1] + 12)]
        said = _MARGIN_CUE.search(lead) or _MARGIN_CUE.match(tail.lstrip(" -"))
        if said is None:
            continue
        yield Relation(
            kind=RelationKind.ABSOLUTE_CHANGE,
            members=[
                Member(role="delta", claim=margin.id),
                Member(role="from", claim=b.id),
                Member(role="to", claim=a.id),
            ],
            evidence=_evidence(ctx, gap, "a margin and the score it sums up"),
            reason=f"{show(margin)} is the margin of the score {show(a)}-{show(b)}: the gap between its sides",
            params={"form": "net", "unsigned": True},
            spans=[gap],
        )


def _is_margin(claim: Claim) -> bool:
    q = claim.quantity
    return q.kind == QuantityKind.COUNT and q.unit == "points" and claim.change is None and not q.is_range


def _beside(
    ctx: ArticleContext,
    first: Claim,
    last: Claim,
    fits: Callable[[Claim], bool],
    to_line: re.Pattern[str],
    from_line: re.Pattern[str],
) -> tuple[Claim, tuple[int, int]] | None:
    """The figure that fits just before a line's first side (words ``to_line`` between) or else just after its last
    (words ``from_line``), in the line's sentence, with the words that tie them."""
    before, after = ctx.claim_before(first), ctx.claim_after(last)
    found = None
    if before is not None and fits(before) and to_line.match(ctx.text[before.span[1] : first.span[0]]):
        found = before, (before.span[1], first.span[0])
    elif after is not None and fits(after) and from_line.match(ctx.text[last.span[1] : after.span[0]]):
        found = after, (last.span[1], after.span[0])
    if found is None or found[0].sentence_span != first.sentence_span:
        return None
    return found


def _shooting(ctx: ArticleContext) -> Iterator[Relation]:
    for made, tried in _pairs(ctx, "shots made", "shots"):
        found = _beside(ctx, made, tried, _is_pct, _PCT_TO_LINE, _LINE_TO_PCT)
        if found is None:
            continue
        share, gap = found
        yield Relation(
            kind=RelationKind.PART_SHARE,
            members=[
                Member(role="part", claim=made.id),
                Member(role="whole", claim=tried.id),
                Member(role="share", claim=share.id),
            ],
            evidence=_evidence(ctx, gap, "a shooting percentage and its line"),
            reason=f"{show(share)} is the shooting line {show(made)}-{show(tried)} as a percentage: made over tried",
            params={"rule": "share"},
            spans=[gap],
        )


def _is_pct(claim: Claim) -> bool:
    q = claim.quantity
    return q.kind == QuantityKind.PERCENT and claim.change is None and not q.is_range and 0 <= q.value <= 100


def _records(ctx: ArticleContext) -> Iterator[Relation]:
    for wins, losses in _pairs(ctx, "wins", "losses"):
        found = _beside(ctx, wins, losses, lambda claim: _is_fraction(ctx, claim), _PCT_TO_RECORD, _RECORD_TO_PCT)
        if found is None:
            continue
        share, gap = found
        yield Relation(
            kind=RelationKind.PART_SHARE,
            members=[
                Member(role="part", claim=wins.id),
                Member(role="rest", claim=losses.id),
                Member(role="share", claim=share.id),
            ],
            evidence=_evidence(ctx, gap, "a winning percentage and its record"),
            reason=f"{show(share)} is the record {show(wins)}-{show(losses)} as a winning percentage: wins over games",
            params={"rule": "record"},
            spans=[gap],
        )


def _is_fraction(ctx: ArticleContext, claim: Claim) -> bool:
    return bool(_FRACTION.match(ctx.text[claim.span[0] : claim.span[1]])) and claim.change is None


# What a made shot was, read after its line ("12-20 from the field", "4-9 on 3-pointers") or after "of his ...".
_KINDS = {
    "threes": re.compile(
        r"(?:3|three)[\s-]?(?:pointers?|point\s+(?:range|attempts?|shots?|tries))|\bthrees\b|\b3s\b"
        r"|from\s+(?:deep|long\s+range|beyond\s+the\s+arc|three|3)\b",
        re.I,
    ),
    "free_throws": re.compile(r"free[\s-]throws?|foul\s+line|from\s+the\s+line\b|charity\s+stripe", re.I),
    "field_goals": re.compile(r"from\s+the\s+(?:floor|field)\b|field[\s-]goals?|\bshooting\b|\bFGs?\b", re.I),
}
_MADE_OF = re.compile(r"\s+of\s+(?:his|her|their|its)?\s*\S+\s+(?P<what>[^,;().]{0,40})", re.I)


def _kind_of(text: str) -> str | None:
    found = [kind for kind, words in _KINDS.items() if words.search(text)]
    return found[0] if len(found) == 1 else None


def _made(ctx: ArticleContext, claims: list[Claim]) -> dict[str, list[Claim]]:
    """The made shots of each kind among ``claims``: a line's first side, or "eight of his nine free throws"."""
    made: dict[str, list[Claim]] = {kind: [] for kind in _KINDS}
    for i, claim in enumerate(claims):
        tail: str | None = None
        if claim.quantity.unit == "shots made" and i + 1 < len(claims) and claims[i + 1].quantity.unit == "shots":
            after = claims[i + 1].span[1]
            tail = re.split(r"[()]", ctx.text[after : min(claim.sentence_span[1], after + 40)])[0]
        elif claim.change is None and claim.quantity.kind in (QuantityKind.NUMBER, QuantityKind.COUNT):
            of = _MADE_OF.match(ctx.text, claim.span[1], min(claim.sentence_span[1], claim.span[1] + 70))
            tail = of.group("what") if of else None
        kind = _kind_of(tail) if tail else None
        if kind is not None:
            made[kind].append(claim)
    return made


def _surname(claim: Claim) -> str | None:
    return claim.subject.split()[-1].lower() if claim.subject else None


def _point_lines(ctx: ArticleContext) -> Iterator[Relation]:
    sentences = ctx.sentence_groups()
    spans = sorted(sentences)
    for k, span in enumerate(spans):
        for points in sentences[span]:
            if not _is_margin(points) or not ctx.text[points.span[0] : points.span[1]].endswith("points"):
                continue
            # the player's line in the same sentence or the next
            window = [c for s in spans[k : k + 2] for c in sentences[s] if c.span[0] > points.span[1]]
            who = _surname(points)
            window = [c for c in window if _surname(c) in (who, None)]
            made = _made(ctx, window)
            if who is None or any(len(found) != 1 for found in made.values()):
                continue
            field, threes, free = made["field_goals"][0], made["threes"][0], made["free_throws"][0]
            if _surname(field) != who:
                continue
            gap = (points.span[0], points.span[1])
            yield Relation(
                kind=RelationKind.PART_WHOLE,
                members=[
                    Member(role="whole", claim=points.id),
                    Member(role="field_goals", claim=field.id),
                    Member(role="threes", claim=threes.id),
                    Member(role="free_throws", claim=free.id),
                ],
                evidence=_evidence(ctx, gap, "a player's points and the shots that made them"),
                reason=(
                    f"{show(points)} and the line that made them: {show(field)} field goals (each worth 2, a three "
                    f"one more), {show(threes)} threes, {show(free)} free throws"
                ),
                params={"rule": "points"},
                spans=[gap],
            )
