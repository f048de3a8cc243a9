"""A level, then how much more or less it is than before, in units and in percent: "$2.6 trillion, $150
billion (or about 6 percent) more than a year before".

Two shapes of one clause:

* "L, D (or P) more/less than ...": the level, the gap in the level's units, and the
  gap in percent in brackets or after "or";
* "L, D more/less than ..., a P rise" (or "representing a P increase", "a rise of
  P"): the percentage follows the comparison;
* "L, D above/below ... (P)": the comparison, then the percentage alone in brackets.

The earlier level is never printed; it is L less D (or L plus D for "less"), so
the percentage must be D over it. The words tie the three figures, so the
evidence is a cue; a figure between them, units that differ, a percentage
followed by "of" (a share of something) or subjects that disagree leave them
unpaired. The level may open a passive clause that runs on before the gap ("L were
sold last month, the most for a May, and D more than ..."), and a bare gap after a
count counts the same thing unless a noun of its own says otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import currency, norm_noun, same_unit, show
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Evidence, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import roles
from factcheck.relations.evidence import cue, subjects

_LEVEL_KINDS = (QuantityKind.MONEY, QuantityKind.COUNT, QuantityKind.NUMBER, QuantityKind.DIMENSION)
# Between the level and the gap: at most a short date ("in 2015", "last month"), then a comma or a dash.
_LEVEL_TO_GAP = re.compile(
    r"^(?:\s+(?:in|during|for|last|this|so\s+far\s+this)\s+[\w ]{1,25}?)?\s*[,—–]\s*$|^\s+[—–-]{1,2}\s*$",
    re.IGNORECASE,
)
_PERCENT_WORD = r"(?:\s*(?:percent|per\s*cent|pct|%))?"
_HEDGE = r"(?:about|almost|nearly|roughly|some|around|just\s+over|just\s+under|close\s+to)"
# "2.3 million phones were shipped in the quarter, the most for a spring quarter, and 300,000 more than ...": the
# level is the subject of a passive clause, which may run on with a date and an apposition before the gap.
_PASSIVE_TO_GAP = re.compile(
    r"^\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|ld|wn|ght)\b"
    r"[^.;:!?()\d]{0,90}?(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*[—–]\s*)$",
    re.IGNORECASE,
)
# Another clause, with a subject of its own, between the level and the gap: "..., and its rival shipped 150,000 more".
_OTHER_CLAUSE = re.compile(
    r"\b(?:while|whereas|but|although|though|compared|against|versus|vs)\b"
    r"|\b(?:and|as)\s+(?:the|its|their|his|her|a|an|this|that|[A-Z][\w'’-]*)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:\w+ed|sold|shipped|grew|rose|fell|made|sent|built|took|won|saw|had|got|has|have|is|are|was|were)\b",
)
# "(or almost 8 percent) more than": the percentage in brackets or after "or", then the comparison.
_BRACKETED_BEFORE = re.compile(rf"^\s*(?:\(\s*|,\s*)or\s+{_HEDGE}?\s*$", re.IGNORECASE)
_BRACKETED_AFTER = re.compile(
    rf"^{_PERCENT_WORD}\s*(?:\)|,)\s*(?P<dir>more|higher|greater|larger|bigger|less|lower|fewer|smaller)\s+than\b",
    re.IGNORECASE,
)
# "152,000 more sales than in March 2024, a 17% rise": the comparison, then the percentage.
_COMPARED_FIRST = re.compile(
    r"^\s*(?:[a-z][\w-]*\s+){0,2}?(?P<dir>more|higher|greater|larger|bigger|less|lower|fewer|smaller)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?than\b[^,.;—–()]{0,40}[,—–]\s*(?:(?:representing|marking|or|which\s+is|up|down)\s+)?"
    rf"(?:an?\s+)?(?:(?P<noun>rise|increase|gain|jump|growth|climb|drop|decline|fall|decrease)\s+of\s+)?{_HEDGE}?\s*$",
    re.IGNORECASE,
)
# "..., a rise of 14%": with the noun before the percentage, nothing may follow it that makes it a share ("of").
_PERCENT_ALONE = re.compile(rf"^{_PERCENT_WORD}(?!\s*of\b)", re.IGNORECASE)
# "412.5 million barrels, 21.0 million barrels above a year earlier (5.4%)": the comparison, then the percentage
# alone in brackets, closed right after it (a bracket that goes on may hold a share or another measure).
_COMPARED_BRACKET = re.compile(
    r"^(?P<unit>\s*[A-Za-z]{1,12}(?=\s))?\s*(?P<dir>above|below|more|higher|greater|larger|bigger|less|lower|fewer"
    r"|smaller)\b(?:\s+than\b)?"
    rf"[^,.;:—–()\d]{{0,40}}\(\s*{_HEDGE}?\s*$",
    re.IGNORECASE,
)
_BRACKET_CLOSED = re.compile(rf"^{_PERCENT_WORD}\s*\)")
_MOVE_AFTER = re.compile(
    rf"^{_PERCENT_WORD}\s*(?:(?:year[- ]on[- ]year|annual)\s+)?"
    r"(?:rise|increase|gain|jump|growth|climb|drop|decline|fall|decrease|more|higher|less|lower)\b",
    re.IGNORECASE,
)
_DOWN = re.compile(r"less|lower|fewer|smaller|below|drop|decline|fall|decrease|down", re.IGNORECASE)


# "At 41.6 million tonnes, stocks are 2.2 million tonnes below ...": the level leads, and the clause that follows
# names what stands at it; an unparsed unit word must follow both figures alike.
_AT_LEAD = re.compile(r"(?:^|[,;:]\s*)at\s*$", re.IGNORECASE)
_AT_GAP = re.compile(
    r"^(?P<unit>\s*[A-Za-z]{1,12})?\s*,\s*(?:[\w’'-]+\s+){1,3}?(?:is|are|was|were|stood|stands|stand|sat|sits|sit)\s+$"
)


def _at_level(ctx: ArticleContext, level: Claim, gap: Claim, between: str) -> bool:
    if not _AT_LEAD.search(ctx.text[level.sentence_span[0] : level.span[0]]):
        return False
    found = _AT_GAP.match(between)
    if found is None:
        return False
    unit = (found.group("unit") or "").strip()
    return not unit or re.match(rf"\s*{re.escape(unit)}\b", ctx.text[gap.span[1] :]) is not None


def _same_units(level: Claim, gap: Claim) -> bool:
    if level.quantity.kind == QuantityKind.COUNT and gap.quantity.kind == QuantityKind.NUMBER:
        return gap.quantity.noun is None  # "2.3 million phones ..., 300,000 more": the bare gap counts the same thing
    if level.quantity.kind != gap.quantity.kind or level.quantity.kind not in _LEVEL_KINDS:
        return False
    if level.quantity.kind == QuantityKind.DIMENSION:
        return same_unit(level, gap)  # barrels against barrels, never tonnes against barrels
    return level.quantity.kind != QuantityKind.MONEY or currency(level) == currency(gap)


# "152,000 more sales than": a noun after the comparison word names what the bare gap counts.
_GAP_NOUN = re.compile(r"\s*(?:more|fewer|less)\s+(?P<noun>[a-z][\w-]*)\s+than\b", re.IGNORECASE)


def _counts_the_same(ctx: ArticleContext, level: Claim, gap: Claim) -> bool:
    """A bare gap after a count counts the same thing, unless its own noun names another ("300 more stores")."""
    found = _GAP_NOUN.match(ctx.text, gap.span[1])
    if found is None:
        return True

    def head(words: str) -> str:
        last = (norm_noun(words).split() or [""])[-1]
        return last[:-1] if last.endswith("s") else last

    return head(found.group("noun")) in (head(level.quantity.noun or ""), "unit", "sale")


def _plain(claim: Claim) -> bool:
    return claim.change is None and not claim.quantity.is_range and claim.quantity.value > 0


def _shapes(ctx: ArticleContext, level: Claim, gap: Claim, pct: Claim) -> tuple[str, tuple[int, int]] | None:
    """The comparison word and the span of the words that tie the three, when they read as one of the shapes."""
    text = ctx.text
    before, after = text[gap.span[1] : pct.span[0]], text[pct.span[1] : pct.span[1] + 60]
    if _BRACKETED_BEFORE.match(before):
        found = _BRACKETED_AFTER.match(after)
        if found:
            return found.group("dir"), (gap.span[1], pct.span[1] + found.end())
        return None
    bracketed = _COMPARED_BRACKET.match(before)
    if bracketed is not None:
        unit = (bracketed.group("unit") or "").strip()
        if unit and not re.match(rf"\s*{re.escape(unit)}\b", text[level.span[1] :]):
            return None  # a word the figures do not share: "52.4 Mbbl, ... 2.4 kbbl above"
        closed = _BRACKET_CLOSED.match(after)
        return (bracketed.group("dir"), (gap.span[1], pct.span[1] + closed.end())) if closed else None
    compared = _COMPARED_FIRST.match(before)
    if compared is None:
        return None
    moved = _PERCENT_ALONE.match(after) if compared.group("noun") else _MOVE_AFTER.match(after)
    if moved is None:
        return None
    word = compared.group("dir")
    noun = (compared.group("noun") or moved.group(0).strip().split()[-1]).lower()
    if noun not in ("more", "higher", "less", "lower") and bool(_DOWN.search(word)) != bool(_DOWN.search(noun)):
        return None  # "152,000 more ..., a 17% drop": the words disagree on the way it went
    return word, (gap.span[1], pct.span[1] + moved.end())


@finder("changes_more_than")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for claims in ctx.sentence_groups().values():
        for i in range(len(claims) - 2):
            level, gap, pct = claims[i], claims[i + 1], claims[i + 2]
            if pct.quantity.kind != QuantityKind.PERCENT or not _plain(level):
                continue
            if not _same_units(level, gap) or gap.quantity.is_range or gap.quantity.value >= level.quantity.value:
                continue
            if gap.quantity.kind != level.quantity.kind and not _counts_the_same(ctx, level, gap):
                continue
            between = ctx.text[level.span[1] : gap.span[0]]
            passive = _PASSIVE_TO_GAP.match(between) is not None and not _OTHER_CLAUSE.search(between)
            if not (_LEVEL_TO_GAP.match(between) or passive or _at_level(ctx, level, gap, between)):
                continue
            shape = _shapes(ctx, level, gap, pct)
            if shape is None:
                continue
            word, span = shape
            named = subjects([level, gap, pct])
            if named == Agreement.DISAGREE:
                continue
            down = bool(_DOWN.search(word))
            evidence = Evidence(
                tie=Tie.CUE,
                cues=[cue(ctx, span, f"“{word} than”: the gap to the earlier level, in units and in percent")],
                subject=named,
                metric=Agreement.AGREE,
                unit=Agreement.AGREE,
                period=Agreement.AGREE,
            )
            params: dict[str, object] = {"word": f"{word} than"}
            if down:
                params.update({"direction": -1, "delta_sign": -1})
            yield Relation(
                kind=RelationKind.PERCENT_CHANGE,
                members=roles(change=pct, delta=gap, to=level),
                evidence=evidence,
                reason=f"one clause gives a level, {show(level)}, and how much {word} it is than before: "
                f"{show(gap)} and {show(pct)} (“{ctx.text[span[0] : span[1]].strip(' ,')}”)",
                params=params,
                spans=[span],
            )
