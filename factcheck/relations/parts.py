"""Parts and their whole: breakdowns, lists, rates of a whole and its halves, profit bridges.

News prose states a whole and its parts in a handful of layouts, each found here
and turned into a ``part_whole`` relation (members ``whole`` and ``part``; the
``rule`` in ``params`` says what the check computes):

* a breakdown in one sentence: a total with its cue ("out of 4,560 shares,
  2,559 advanced, 1,813 declined and 188 were unchanged"; "$14 billion -- $8
  billion for X and $6 billion for Y"; "10.28p which, together with 5.19p,
  makes a total of 15.47p"; "$10 billion, including $2 billion from X"). The
  cue ties the members (evidence: a cue). A bracketed prior beside each figure
  ("10.28p (2007: 9.13p)") forms its own breakdown with the bracketed total,
  never one mixed with this year's figures;
* a breakdown that refers back: "Of the delivery total, A and B ..." or "The
  remaining N ..." after "M were ...": the whole is the figure the words point
  back to in the sentences before (evidence: structure; uncertain when another
  figure could be it);
* a segment list: "broke down display revenue into four segments: A ($3.4
  billion), B ($891 million) ..." against the total stated just before;
* a total rate and its complementary parts: a global growth rate is a weighted
  mean of its international and domestic rates (men and women, X and non-X,
  public and private, urban and rural), so it lies between them. Tied by the
  shared noun ("international traffic ... domestic traffic" against "traffic
  rose"); across sentences the evidence is inferred;
* a before/after-exceptional bridge in a results statement: profit before an
  exceptional item, less the item, is the reported profit after it.

``rule`` is ``sum`` (the parts add up to the whole; ``exhaustive`` says whether
the words name every part, so a shortfall counts), ``within`` (the parts named
are some of the whole: they cannot exceed it), ``between`` (the whole's rate
lies between its parts' rates) or ``bridge`` (before - item = after).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from factcheck.claim import Claim, Metric
from factcheck.context import ArticleContext
from factcheck.figures import is_level, same_unit, show
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Cue, Evidence, Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue, periods, stated_together, units
from factcheck.relations.prose import is_estimate, is_prior_by_date, lead, starts_from, trail

# figures ---------------------------------------------------------------------------

_NOTE_LEAD = re.compile(
    r"\(\s*(?:(?:FY\s?)?(?:19|20)?\d\d(?:/\d\d)?|prior\s+year|previous\s+year|last\s+year|PY)\s*[:=]\s*"
    r"(?:(?:profit|loss|income)\s+of\s+)?(?:[A-Za-z$£€¥₹.]{1,4}\s*)?$",
    re.IGNORECASE,
)


def noted(ctx: ArticleContext, claim: Claim) -> bool:
    """A bracketed comparative: "(2007: 9.13p)", "(prior year: $4m)"."""
    return bool(_NOTE_LEAD.search(ctx.text[max(0, claim.span[0] - 40) : claim.span[0]]))


def looks_like_year(claim: Claim) -> bool:
    q = claim.quantity
    return (
        q.kind == QuantityKind.NUMBER and 1900 <= q.value <= 2100 and re.fullmatch(r"\d{4}", q.text.strip()) is not None
    )


def is_amount(claim: Claim) -> bool:
    """A level that can be a part or a whole: an amount or a count, not a rank, a year or a change."""
    return is_level(claim) and claim.quantity.kind != QuantityKind.PER_UNIT and not looks_like_year(claim)


def is_prior(ctx: ArticleContext, claim: Claim) -> bool:
    """A figure the text sets as earlier: "from X", "X a year earlier", "(2007: X)"."""
    return bool(starts_from(ctx, claim) or is_prior_by_date(ctx, claim) or noted(ctx, claim))


def is_current(ctx: ArticleContext, claim: Claim) -> bool:
    return is_amount(claim) and not is_prior(ctx, claim) and not is_estimate(ctx, claim)


def _head(noun: str | None) -> str:
    words = re.findall(r"[a-z]+", (noun or "").lower())
    return words[-1].rstrip("s") if words else ""


def fits(part: Claim, whole: Claim) -> bool:
    """Can ``part`` be counted in ``whole``'s units? ("15,933 other vehicles" in "497,099 vehicles")"""
    if same_unit(part, whole):
        return True
    a, b = part.quantity, whole.quantity
    return a.kind == b.kind == QuantityKind.COUNT and bool(_head(a.noun)) and _head(a.noun) == _head(b.noun)


def _note_after(ctx: ArticleContext, claim: Claim, reach: int = 60) -> Claim | None:
    """The bracketed comparative printed right after a figure: "10.28p (2007: 9.13p)"."""
    for other in ctx.claims_in(claim.span[1], min(len(ctx.text), claim.span[1] + reach)):
        if noted(ctx, other) and re.fullmatch(r"[^()\d.;]{0,25}\([^()]{0,30}", ctx.text[claim.span[1] : other.span[0]]):
            return other if fits(other, claim) else None
        if other.span[0] > claim.span[1]:
            return None
    return None


# relations -------------------------------------------------------------------------


def part_whole(
    whole: Claim,
    parts: Sequence[Claim],
    evidence: Evidence,
    reason: str,
    *,
    rule: str = "sum",
    exhaustive: bool = False,
    spans: Iterable[tuple[int, int]] = (),
) -> Relation:
    members = [Member(role="whole", claim=whole.id)] + [Member(role="part", claim=p.id) for p in parts]
    return Relation(
        kind=RelationKind.PART_WHOLE,
        members=members,
        evidence=evidence,
        reason=reason,
        params={"rule": rule, "exhaustive": exhaustive},
        spans=list(spans),
    )


def listed(claims: Sequence[Claim]) -> str:
    shown = [show(c) for c in claims]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def quote(ctx: ArticleContext, start: int, end: int, limit: int = 170) -> str:
    text = " ".join(ctx.text[start:end].split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# a breakdown in one sentence --------------------------------------------------------

# Words before a total that close a list of parts stated before it: "together with ..., makes a total of".
_TOTAL_AFTER_PARTS = re.compile(
    r"\b(?:(?:make|makes|making|made)\s+(?:up\s+)?(?:a|the)\s+(?:combined\s+)?total\s+of|for\s+a\s+(?:combined\s+)?total"
    r"\s+of|(?:add|adds|adding|added)\s+up\s+to|(?:a|the)\s+combined\s+total\s+of|totall?ing|in\s+all\s+of)"
    r"\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+)?[$£€¥₹]?\s*$",
    re.IGNORECASE,
)
# Words before a total that open a list of parts after it: "out of 4,560 shares, ...".
_TOTAL_BEFORE_PARTS = re.compile(
    r"\b(?:out\s+of(?:\s+(?:a|the)\s+total\s+of)?|of\s+(?:a|the)\s+total\s+of)\s+(?:[A-Za-z’'-]+\s+){0,4}?"
    r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+)?[$£€¥₹]?\s*$",
    re.IGNORECASE,
)
# Words after a total that open its breakdown: a dash or colon, "of which", "including", "made up of".
_BREAKDOWN = re.compile(
    r"^[^.;:\d$£€¥₹—–]{0,40}?(?P<cue>\s--\s|—|–|:\s|,?\s*(?:(?:which\s+)?(?:is|are|was|were)\s+)?(?:made\s+up\s+of"
    r"|compris(?:es|ed|ing)|consist(?:s|ed|ing)?\s+of|split\s+(?:between|into)|divided\s+(?:between|into)"
    r"|broken\s+down\s+into))",
    re.IGNORECASE,
)
DASHES = ("--", "—", "–", ":")
_SUBSET = re.compile(
    r"^[^.;:\d$£€¥₹]{0,30}?,?\s*(?P<cue>of\s+which|of\s+whom|including|among\s+(?:them|which|whom))\b", re.IGNORECASE
)
# Words that name the last part as everything else: the list is then complete.
_REST = re.compile(
    r"\b(?:other|others|rest|remaining|remainder|balance|unchanged|the\s+remaining|everything\s+else)\b", re.IGNORECASE
)
# Words that turn to another matter inside a sentence; "while" and "and" join the parts of one list.
_CONTRAST = re.compile(r"\b(?:but|however|meanwhile|whereas|although|though)\b", re.IGNORECASE)
# A part that is not counted in the same breath: a net figure can include a larger gross item.
_NET = re.compile(r"\bnet\b", re.IGNORECASE)


def _exhaustive(ctx: ArticleContext, last: Claim) -> bool:
    return bool(_REST.search(lead(ctx, last, 25)) or _REST.search(trail(ctx, last, 30)))


_OF_WHOLE = re.compile(
    r"^[\s)(]*(?:(?:out\s+)?of|in)\s+(?:(?:the|its|their)\s+)?(?:(?:last|first|past|next)\s+)?$", re.I
)


def in_ratio(ctx: ArticleContext, claim: Claim) -> bool:
    """One side of "P out of W", "five of the last six": a pair of its own, not one part of a longer list."""
    for other in ctx.sentence_claims(claim):
        if other.id == claim.id:
            continue
        first, second = (other, claim) if other.span[0] < claim.span[0] else (claim, other)
        if _OF_WHOLE.match(ctx.text[first.span[1] : second.span[0]]):
            return True
    return False


def _opens_list(ctx: ArticleContext, whole: Claim, found: re.Match[str]) -> bool:
    """ "Out of 4,560 shares, ..." opens a list; "16 out of 22" is one ratio."""
    start = whole.span[0] - len(found.group(0))
    before = [c for c in ctx.sentence_claims(whole) if c.span[1] <= start]
    return not before or not re.fullmatch(r"[\s)(]*(?:[A-Za-z-]+\s+){0,3}", ctx.text[before[-1].span[1] : start])


def _parts_after(ctx: ArticleContext, whole: Claim, noted_whole: bool) -> list[Claim]:
    parts = []
    for other in ctx.sentence_claims(whole):
        if other.span[0] <= whole.span[1]:
            continue
        if ";" in ctx.text[whole.span[1] : other.span[0]]:
            break
        if not fits(other, whole) or not is_amount(other) or is_estimate(ctx, other) or in_ratio(ctx, other):
            continue
        if noted(ctx, other) != noted_whole or (not noted_whole and is_prior(ctx, other)):
            continue
        parts.append(other)
    return parts


def _parts_before(ctx: ArticleContext, whole: Claim, noted_whole: bool) -> list[Claim]:
    parts = []
    for other in reversed(ctx.sentence_claims(whole)):
        if other.span[1] > whole.span[0]:
            continue
        if ";" in ctx.text[other.span[1] : whole.span[0]]:
            break
        if not fits(other, whole) or not is_amount(other) or is_estimate(ctx, other) or in_ratio(ctx, other):
            continue
        if noted(ctx, other) != noted_whole or (not noted_whole and is_prior(ctx, other)):
            continue
        parts.insert(0, other)
    return parts


def _breakdowns(ctx: ArticleContext) -> Iterator[Relation]:
    for claims in ctx.sentence_groups().values():
        for whole in claims:
            if not is_amount(whole) or noted(ctx, whole) or is_prior(ctx, whole):
                continue
            before = lead(ctx, whole, 70)
            after = ctx.text[whole.span[1] : whole.sentence_span[1]]
            closing = _TOTAL_AFTER_PARTS.search(before)
            opening = _TOTAL_BEFORE_PARTS.search(before)
            if opening and not _opens_list(ctx, whole, opening):
                opening = None
            breakdown = _BREAKDOWN.match(after)
            if breakdown and whole.quantity.kind == QuantityKind.NUMBER and breakdown.group("cue").strip() in DASHES:
                breakdown = None  # "7 – titles for City, including five of the last six": a list item, not a total
            subset = _SUBSET.match(after)
            if closing:
                parts, rule, exhaustive = _parts_before(ctx, whole, False), "sum", True
                words = (whole.span[0] - len(closing.group(0)), whole.span[0])
            elif breakdown or opening:
                parts = _parts_after(ctx, whole, False)
                rule = "sum"
                exhaustive = bool(breakdown) or bool(parts and _exhaustive(ctx, parts[-1]))
                words = (
                    (whole.span[1] + breakdown.start("cue"), whole.span[1] + breakdown.end("cue"))
                    if breakdown
                    else (whole.span[0] - len(opening.group(0)), whole.span[0])  # type: ignore[union-attr]
                )
            elif subset:
                parts, rule, exhaustive = _parts_after(ctx, whole, False)[:1], "within", False
                words = (whole.span[1] + subset.start("cue"), whole.span[1] + subset.end("cue"))
            else:
                continue
            if (rule == "sum" and len(parts) < 2) or not parts:
                continue
            if rule == "within" and _NET.search(lead(ctx, whole, 30)):
                continue  # "a net 12 cents gain, including 13 cents for X": a net figure can be smaller than a part
            said = cue(ctx, words, "the total and its parts")
            yield _breakdown(ctx, whole, parts, said, rule, exhaustive)
            # The bracketed comparatives beside each figure make their own breakdown.
            notes = [_note_after(ctx, c) for c in (whole, *parts)]
            if all(n is not None for n in notes):
                noted_whole, *noted_parts = notes
                assert noted_whole is not None
                yield _breakdown(
                    ctx, noted_whole, [n for n in noted_parts if n is not None], said, rule, exhaustive, bracketed=True
                )


def _breakdown(
    ctx: ArticleContext,
    whole: Claim,
    parts: list[Claim],
    said: Cue,
    rule: str,
    exhaustive: bool,
    *,
    bracketed: bool = False,
) -> Relation:
    members = [whole, *parts]
    doubts = []
    if any(_CONTRAST.search(ctx.between(whole, p)) for p in parts if p.sentence_span == whole.sentence_span):
        doubts.append("a clause break stands between the total and a part")
    evidence = stated_together(ctx, members, [said], tie=Tie.STRUCTURE if bracketed else Tie.CUE, doubts=doubts)
    start = min(c.span[0] for c in members)
    end = max(c.span[1] for c in members)
    what = "bracketed comparatives" if bracketed else "figures"
    if rule == "within":
        reason = f"“{said.text}” makes {listed(parts)} part of {show(whole)}: “{quote(ctx, start, end)}”"
    else:
        reason = f"“{said.text}” ties the total {show(whole)} to its parts ({what}): “{quote(ctx, start, end)}”"
    return part_whole(whole, parts, evidence, reason, rule=rule, exhaustive=exhaustive, spans=[said.span])


# a breakdown that refers back -------------------------------------------------------

_OF_TOTAL = re.compile(
    r"^\W*(?:of\s+(?:the|that|this|these|those)\s+(?:[\w-]+\s+){0,2}?(?:total|number|figure|amount|sum|units|vehicles"
    r"|deliveries|people|jobs|shares)|of\s+(?:these|those|them|this|that))\s*,",
    re.IGNORECASE,
)
_REMAINING = re.compile(r"^\W*the\s+(?:remaining|other|rest\s+of\s+the)\s*$", re.IGNORECASE)


def _earlier_wholes(ctx: ArticleContext, anchor: Claim, like: Claim, sentences: int = 2) -> list[Claim]:
    """Current figures in ``like``'s units in the sentences before ``anchor``, nearest first."""
    index = ctx.sentence_index(anchor.sentence_span[0])
    lo = ctx.sentences[max(0, index - sentences)][0]
    found = [
        c
        for c in ctx.claims_in(lo, anchor.sentence_span[0])
        if fits(like, c) and is_current(ctx, c) and c.id != like.id
    ]
    return sorted(found, key=lambda c: -c.span[0])


def _back_references(ctx: ArticleContext) -> Iterator[Relation]:
    for (start, end), claims in ctx.sentence_groups().items():
        text = ctx.text[start:end]
        opening = _OF_TOTAL.match(text)
        if opening:
            parts = [c for c in claims if is_current(ctx, c)]
            if not parts or not all(fits(p, parts[0]) for p in parts):
                continue
            wholes = [w for w in _earlier_wholes(ctx, parts[0], parts[0], 1) if all(fits(p, w) for p in parts)]
            if not wholes:
                continue
            whole, others = wholes[0], wholes[1:]
            said = cue(ctx, (start, start + opening.end()), "refers back to the total")
            exhaustive = len(parts) >= 2 and _exhaustive(ctx, parts[-1])
            rule = "sum" if exhaustive else "within"
            yield _referred(ctx, whole, parts, others, said, rule, exhaustive)
            continue
        for claim in claims:
            rest = _REMAINING.match(ctx.text[start : claim.span[0]])
            if rest is None or not is_current(ctx, claim):
                continue
            earlier = _earlier_wholes(ctx, claim, claim, 2)
            if len(earlier) < 2:
                continue
            first, whole = earlier[0], earlier[1]
            others = [c for c in earlier[2:] if c.sentence_span == whole.sentence_span]
            said = cue(ctx, (start + rest.start(), claim.span[0]), "the rest of a total")
            yield _referred(ctx, whole, [first, claim], others, said, "sum", True)


def _referred(
    ctx: ArticleContext,
    whole: Claim,
    parts: list[Claim],
    others: list[Claim],
    said: Cue,
    rule: str,
    exhaustive: bool,
) -> Relation:
    members = [whole, *parts]
    evidence = Evidence(
        tie=Tie.STRUCTURE,
        cues=[said],
        sentences_apart=max(ctx.sentences_apart(whole, p) for p in parts),
        subject=Agreement.AGREE,
        metric=Agreement.AGREE,
        unit=units(members),
        period=Agreement.UNKNOWN if periods(members) != Agreement.DISAGREE else Agreement.DISAGREE,
        ambiguous=[show(o) for o in others],
    )
    reason = (
        f"“{said.text}” points back to {show(whole)}, the figure just before in those units; its parts: {listed(parts)}"
    )
    return part_whole(whole, parts, evidence, reason, rule=rule, exhaustive=exhaustive, spans=[said.span])


# a segment list --------------------------------------------------------------------

_LIST_CUE = re.compile(
    r"\b(?P<verb>broke|breaks|broken|split|splits|divided|divides)\b(?P<object>[^:;.]{0,60}?)\s+(?:down\s+)?"
    r"(?:in(?:to)?|between|among|as\s+follows)\b[^:;.]{0,40}:\s*",
    re.IGNORECASE,
)
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "this",
        "that",
        "these",
        "those",
        "into",
        "in",
        "of",
        "and",
        "for",
        "with",
        "from",
        "down",
        "up",
        "by",
        "to",
        "as",
        "at",
        "on",
        "it",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "which",
        "who",
    ]
)


def _words(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z][a-z-]+", text.lower()) if w not in _STOP and len(w) > 2}


def _overlap(a: set[str], b: set[str]) -> bool:
    """Words in common, a plural or a longer form counting as the same word ("tax" and "taxes")."""
    return any(x.startswith(y) or y.startswith(x) for x in a for y in b if min(len(x), len(y)) >= 3)


def _segment_lists(ctx: ArticleContext) -> Iterator[Relation]:
    for (start, end), claims in ctx.sentence_groups().items():
        found = _LIST_CUE.search(ctx.text, start, end)
        if found is None:
            continue
        colon = found.end()
        parts = [c for c in claims if c.span[0] >= colon and is_current(ctx, c)]
        parts = [p for p in parts if fits(p, parts[0])] if parts else []
        if len(parts) < 2:
            continue
        biggest = max(p.quantity.value for p in parts)
        wholes = [
            w
            for w in _earlier_wholes(ctx, parts[0], parts[0], 1)
            if w.span[1] <= found.start() and w.quantity.value > biggest and all(fits(p, w) for p in parts)
        ]
        if not wholes:
            continue
        whole = wholes[0]
        named = _words(found.group("object"))
        doubts = []
        if not named or not _overlap(named, _words(lead(ctx, whole, 60) + " " + trail(ctx, whole, 20))):
            doubts.append(f"the list does not name the measure stated with {show(whole)}")
        said = cue(ctx, (found.start(), colon), "a list of the parts")
        members = [whole, *parts]
        evidence = Evidence(
            tie=Tie.STRUCTURE,
            cues=[said],
            sentences_apart=ctx.sentences_apart(whole, parts[0]),
            subject=Agreement.AGREE,
            metric=Agreement.AGREE,
            unit=units(members),
            period=Agreement.DISAGREE if periods(members) == Agreement.DISAGREE else Agreement.UNKNOWN,
            ambiguous=[show(o) for o in wholes[1:] if o.sentence_span == whole.sentence_span],
            doubts=doubts,
        )
        reason = (
            f"“{said.text.strip()}” lists {listed(parts)} as the parts of {show(whole)}, the figure stated just before"
        )
        yield part_whole(whole, parts, evidence, reason, rule="sum", exhaustive=True, spans=[said.span])


# a total rate and its complementary parts -------------------------------------------

_HALVES = (
    (r"international|overseas|foreign", r"domestic|local|home"),
    (r"men|male|boys", r"women|female|girls"),
    (r"public", r"private"),
    (r"urban", r"rural"),
)
_TOTAL_WORD = re.compile(
    r"\b(?:global|total|overall|worldwide|industry(?:-wide)?|combined|systemwide|system-wide|all)\b", re.IGNORECASE
)


_MOVES = frozenset(
    [
        "rose",
        "grew",
        "fell",
        "increased",
        "decreased",
        "declined",
        "climbed",
        "dropped",
        "jumped",
        "gained",
        "lost",
        "was",
        "were",
    ]
)


def _rates_after(ctx: ArticleContext, lo: int, hi: int) -> list[Claim]:
    return [c for c in ctx.claims_in(lo, hi) if c.quantity.kind == QuantityKind.PERCENT]


def _noun_after(text: str) -> str | None:
    """The one or two words after a part's qualifier: "taxes", "passenger traffic"."""
    found = re.match(r"\s*([A-Za-z][\w-]{2,})(?:\s+([A-Za-z][\w-]{2,}))?", text)
    return " ".join(w for w in found.groups() if w) if found else None


def _halves(ctx: ArticleContext, start: int, end: int) -> Iterator[tuple[Claim, Claim, str, tuple[int, int]]]:
    """Two rates of complementary halves in one sentence: "international traffic rose 7.4%, domestic 3.9%"."""
    text = ctx.text[start:end]
    for a_words, b_words in _HALVES:
        for x_words, y_words in ((a_words, b_words), (b_words, a_words)):
            x = re.search(rf"\b(?:{x_words})\b", text, re.IGNORECASE)
            if x is None:
                continue
            y = re.search(rf"\b(?:non-?(?:{x.group(0)})|{y_words})\b", text[x.end() :], re.IGNORECASE)
            if y is None:
                continue
            y_start = x.end() + y.start()
            respectively = re.search(r"\brespectively\b", text[y_start:], re.IGNORECASE)
            if respectively:
                rates = _rates_after(ctx, start + y_start, start + y_start + respectively.start())
                if len(rates) != 2:
                    continue
                first, second = rates
            else:
                first_rates = _rates_after(ctx, start + x.end(), start + y_start)
                second_rates = _rates_after(ctx, start + y_start, end)
                if (
                    not first_rates
                    and len(second_rates) == 2
                    and re.search(r"\bvs\.?|\bversus\b|\band\b", ctx.between(*second_rates), re.IGNORECASE)
                ):
                    first_rates, second_rates = second_rates[:1], second_rates[1:]  # "women and men (39% vs 23%)"
                if len(first_rates) != 1 or not second_rates:
                    continue
                first, second = first_rates[0], second_rates[0]
            noun = _noun_after(text[x.end() :]) or ""
            yield first, second, noun, (start + x.start(), start + y_start + len(y.group(0)))
            return
    # "withheld ... non-withheld": any word and its "non-" form.
    for found in re.finditer(r"\bnon-?([a-z]{4,})\b", text, re.IGNORECASE):
        base = re.search(rf"\b{re.escape(found.group(1))}\b", text[: found.start()], re.IGNORECASE)
        if base is None:
            continue
        first_rates = _rates_after(ctx, start + base.end(), start + found.start())
        second_rates = _rates_after(ctx, start + found.end(), end)
        if len(first_rates) == 1 and second_rates:
            noun = _noun_after(text[base.end() :]) or found.group(1).lower()
            yield first_rates[0], second_rates[0], noun, (start + base.start(), start + found.end())
            return


def _same_kind_of_rate(a: Claim, b: Claim) -> bool:
    """Both changes or both levels; a parallel clause may leave one change unread ("rose a stronger 13.0%")."""
    return (a.change is None) == (b.change is None) or a.metric == b.metric != Metric.UNKNOWN


def _weighted_means(ctx: ArticleContext) -> Iterator[Relation]:
    sentences = list(ctx.sentence_groups())
    for index, (start, end) in enumerate(sentences):
        for first, second, noun, span in _halves(ctx, start, end):
            if not _same_kind_of_rate(first, second):
                continue
            if first.change is None and second.change is not None:
                first, second = second, first  # the change decides what kind of rate the total must be
            whole = _whole_rate(ctx, sentences[max(0, index - 2) : index + 1], first, second, span)
            if whole is None:
                continue
            rate, how, tie = whole
            members = [rate, first, second]
            doubts = []
            noun_words = _words(noun) - _MOVES
            if not noun_words or not _overlap(noun_words, _words(lead(ctx, rate, 60))):
                doubts.append("the total rate's measure is not named like its parts'")
            evidence = Evidence(
                tie=tie,
                cues=[cue(ctx, span, "complementary parts"), cue(ctx, how, "the total")],
                sentences_apart=ctx.sentences_apart(rate, first),
                subject=Agreement.AGREE,
                metric=Agreement.AGREE,  # a doubt below says so when the nouns do not match
                unit=Agreement.AGREE,
                period=Agreement.DISAGREE if periods(members) == Agreement.DISAGREE else Agreement.AGREE,
                doubts=doubts,
            )
            reason = (
                f"{show(rate)} is the total of two complementary parts (“{ctx.text[span[0] : span[1]]}”: "
                f"{show(first)} and {show(second)}); a total rate is their weighted mean"
            )
            yield part_whole(rate, [first, second], evidence, reason, rule="between", spans=[span])


def _whole_rate(
    ctx: ArticleContext, sentences: list[tuple[int, int]], first: Claim, second: Claim, span: tuple[int, int]
) -> tuple[Claim, tuple[int, int], Tie] | None:
    """The total's rate: before the parts, of the same kind (change or level), marked as a total or sharing the noun."""
    for start, end in reversed(sentences):
        candidates = [
            c
            for c in ctx.claims_in(start, min(end, span[0]))
            if c.quantity.kind == QuantityKind.PERCENT
            and _same_kind_of_rate(c, first)
            and c.id not in (first.id, second.id)
        ]
        if not candidates:
            continue
        rate = candidates[-1]
        if len(candidates) > 1 and not _TOTAL_WORD.search(lead(ctx, rate, 60)):
            return None
        total = _TOTAL_WORD.search(lead(ctx, rate, 60))
        if total is not None:
            offset = rate.span[0] - len(lead(ctx, rate, 60))
            how = (offset + total.start(), offset + total.end())
        else:
            how = (rate.sentence_span[0], rate.span[0])
        tie = Tie.CUE if start <= span[0] < end and (start, end) == tuple(first.sentence_span) else Tie.INFERRED
        return rate, how, tie
    return None


# before and after an exceptional item -----------------------------------------------

_BEFORE_ITEM = re.compile(
    r"\b(?:before\s+(?:one-off\s+|the\s+)?exceptional|underlying|before\s+(?:one-off\s+)?(?:items|impairment))\b",
    re.IGNORECASE,
)
_AFTER_ITEM = re.compile(r"\b(?:after\s+(?:the\s+)?(?:exceptional|one-off|impairment)|reported|statutory)\b", re.I)
_ITEM = re.compile(
    r"\b(?:impairment|write-?down|write-?off|exceptional\s+(?:item|charge|cost)s?|one-off\s+(?:charge|cost)s?)\b"
    r"[^.\n]{0,25}$",
    re.IGNORECASE,
)
_PROFIT = re.compile(r"\b(?:profit|loss|earnings|income)\b", re.IGNORECASE)


def _line_lead(ctx: ArticleContext, claim: Claim) -> str:
    start = max(ctx.text.rfind("\n", 0, claim.span[0]) + 1, claim.sentence_span[0], claim.span[0] - 120)
    return ctx.text[start : claim.span[0]]


def loss_sign(ctx: ArticleContext, claim: Claim) -> int:
    """-1 for a figure the text calls a loss ("loss before tax of £87.1m", "(2014: loss of £2m)")."""
    near = _line_lead(ctx, claim)[-60:].lower()
    if re.search(r"\bprofit\s+of\s*[^\s]{0,2}\s*$", near):
        return 1
    return -1 if re.search(r"\bloss\b", near) else 1


def _bridges(ctx: ArticleContext) -> Iterator[Relation]:
    money = [
        c
        for c in ctx.claims
        if c.quantity.kind == QuantityKind.MONEY and c.change is None and not noted(ctx, c) and not is_estimate(ctx, c)
    ]
    befores = [c for c in money if _BEFORE_ITEM.search(_line_lead(ctx, c)) and _PROFIT.search(_line_lead(ctx, c))]
    items = [
        c
        for c in money
        if _ITEM.search(_line_lead(ctx, c)[-70:])
        and not _BEFORE_ITEM.search(_line_lead(ctx, c))
        and not _AFTER_ITEM.search(_line_lead(ctx, c))
    ]
    afters = [
        c
        for c in money
        if _AFTER_ITEM.search(_line_lead(ctx, c)) and _PROFIT.search(_line_lead(ctx, c)) and c not in befores
    ]
    if not befores or not items or not afters:
        return
    before, item, after = befores[0], items[0], afters[0]
    if len({before.id, item.id, after.id}) < 3 or not (before.span[0] < item.span[0] < after.span[0]):
        return
    ambiguous = [show(c) for c in (*befores[1:], *items[1:], *afters[1:])]
    yield _bridge(ctx, before, item, after, ambiguous, bracketed=False)
    notes = [_note_after(ctx, c, 40) for c in (before, item, after)]
    nil = re.match(r"\s*\(\s*(?:19|20)\d\d\s*:\s*nil\s*\)", ctx.text[item.span[1] : item.span[1] + 20], re.IGNORECASE)
    if notes[0] is not None and notes[2] is not None and (notes[1] is not None or nil):
        yield _bridge(ctx, notes[0], notes[1], notes[2], ambiguous, bracketed=True)


def _bridge(
    ctx: ArticleContext, before: Claim, item: Claim | None, after: Claim, ambiguous: list[str], *, bracketed: bool
) -> Relation:
    members = [c for c in (before, item, after) if c is not None]
    evidence = Evidence(
        tie=Tie.STRUCTURE,
        cues=[cue(ctx, (before.span[0] - len(_line_lead(ctx, before)), before.span[0]), "before the item")],
        sentences_apart=ctx.sentences_apart(before, after),
        subject=Agreement.AGREE,
        metric=Agreement.AGREE,
        unit=units(members),
        period=Agreement.AGREE,
        ambiguous=ambiguous,
    )
    roles = [Member(role="before", claim=before.id)]
    if item is not None:
        roles.append(Member(role="item", claim=item.id))
    roles.append(Member(role="after", claim=after.id))
    what = "the bracketed comparatives: " if bracketed else ""
    reason = (
        f"{what}a results statement gives profit before an exceptional item ({show(before)}), the item "
        f"({show(item) if item is not None else 'nil'}) and the result after it ({show(after)})"
    )
    return Relation(
        kind=RelationKind.PART_WHOLE,
        members=roles,
        evidence=evidence,
        reason=reason,
        params={
            "rule": "bridge",
            "before_sign": loss_sign(ctx, before),
            "after_sign": loss_sign(ctx, after),
        },
    )


# a gap between two flows: deficit = outlays - receipts, trade deficit = imports - exports ------

_OUT_FLOW = re.compile(r"\b(?:spending|outlays|expenditures?|imports)\b", re.IGNORECASE)
_IN_FLOW = re.compile(r"\b(?:revenues?|receipts|exports)\b", re.IGNORECASE)
_GAP_WORDS = re.compile(
    r"\b(?:deficit|shortfall|surplus|(?:outlays|spending)\s+exceeded\s+(?:receipts|revenues?)\s+by)\b[^.;$£€\d]{0,40}$",
    re.IGNORECASE,
)
_TRADE = re.compile(r"\b(?:imports?|exports?|trade)\b", re.IGNORECASE)


def _flow(ctx: ArticleContext, claim: Claim, pattern: re.Pattern[str]) -> bool:
    """A level whose own clause names the flow just before it: "outlays dropped 2.8 percent to $1.145 trillion"."""
    words = lead(ctx, claim, 90)
    earlier = [
        c for c in ctx.sentence_claims(claim) if c.span[1] <= claim.span[0] and c.quantity.kind == claim.quantity.kind
    ]
    if earlier:
        words = ctx.text[max(earlier[-1].span[1], claim.span[0] - 90) : claim.span[0]]
    if re.search(r"\b(?:imports?\s+and\s+exports?|exports?\s+and\s+imports?|combined)\b", words, re.IGNORECASE):
        return False  # "imports and exports were valued ...": the two flows together, neither one
    return bool(pattern.search(words))


def _flows(ctx: ArticleContext) -> Iterator[tuple[Claim, Claim]]:
    """One outflow and one inflow stated in one sentence or in two running sentences."""
    money = [
        c for c in ctx.claims if c.quantity.kind == QuantityKind.MONEY and is_amount(c) and not starts_from(ctx, c)
    ]
    groups = list(ctx.sentence_groups().values())
    for index, claims in enumerate(groups):
        levels = [c for c in claims if c in money]
        outs = [c for c in levels if _flow(ctx, c, _OUT_FLOW)]
        ins = [c for c in levels if _flow(ctx, c, _IN_FLOW) and c not in outs]
        if len(outs) == 1 and not ins and index + 1 < len(groups):
            ins = [
                c for c in groups[index + 1] if c in money and _flow(ctx, c, _IN_FLOW) and not _flow(ctx, c, _OUT_FLOW)
            ]
        if len(outs) == 1 and len(ins) == 1 and fits(ins[0], outs[0]):
            yield outs[0], ins[0]


def _gaps(ctx: ArticleContext) -> Iterator[Relation]:
    money = [c for c in ctx.claims if c.quantity.kind == QuantityKind.MONEY and is_current(ctx, c)]
    for out, inflow in _flows(ctx):
        trade = bool(_TRADE.search(lead(ctx, out, 90)))
        gaps = [
            c
            for c in money
            if c.id not in (out.id, inflow.id)
            and fits(c, out)
            and _GAP_WORDS.search(lead(ctx, c, 70))
            and bool(_TRADE.search(c.text)) == trade
            and not re.search(r"\b(?:forecast|predicted|projected|expected|estimate)", lead(ctx, c, 70), re.I)
            and not re.search(r"\bfrom\b[^.;,]{0,45}$", lead(ctx, c, 60), re.IGNORECASE)
        ]
        if not gaps:
            continue
        gaps.sort(key=lambda c: (ctx.sentences_apart(c, out), c.span[0]))
        gap = gaps[0]  # the nearest; any other leaves the pairing uncertain
        surplus = "surplus" in lead(ctx, gap, 70).lower()
        whole, parts = (inflow, [out, gap]) if surplus else (out, [inflow, gap])
        members = [whole, *parts]
        period = periods(members)
        evidence = Evidence(
            tie=Tie.INFERRED,
            cues=[cue(ctx, (gap.span[0], gap.span[1]), "the gap"), cue(ctx, (out.span[0], out.span[1]), "the flows")],
            sentences_apart=max(ctx.sentences_apart(gap, out), 0),
            subject=Agreement.AGREE,
            metric=Agreement.AGREE,
            unit=units(members),
            period=Agreement.DISAGREE if period == Agreement.DISAGREE else Agreement.AGREE,
            ambiguous=[show(c) for c in gaps[1:]],
        )
        what = "surplus" if surplus else "deficit"
        reason = (
            f"{show(gap)} is the {what} between {show(out)} ({'imports' if trade else 'outlays'}) and "
            f"{show(inflow)} ({'exports' if trade else 'receipts'}), the flows stated nearest to it"
        )
        yield part_whole(whole, parts, evidence, reason, rule="sum", exhaustive=True)


@finder("parts")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    yield from _breakdowns(ctx)
    yield from _back_references(ctx)
    yield from _segment_lists(ctx)
    yield from _weighted_means(ctx)
    yield from _bridges(ctx)
    yield from _gaps(ctx)
