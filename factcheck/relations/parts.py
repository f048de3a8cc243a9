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

Rates of a whole and its halves are in :mod:`.parts_rates`; profit bridges and
the gap between two flows in :mod:`.parts_flows`.

``rule`` is ``sum`` (the parts add up to the whole; ``exhaustive`` says whether
the words name every part, so a shortfall counts) or ``within`` (the parts named
are some of the whole: they cannot exceed it). An "including" list that names no
figure before a verb takes the sentence elsewhere ("from investors including two
funds, and now has a value of $60bn") gives no part. A "total" over a thousand times smaller than one of its
parts ("Release 1: ... Code 540133 ... $187.9 billion") is a misread list, not a misprinted sum: uncertain. So is
a colon past a label in a table flattened into text ("Total: $900 Roads: $500 Rail: $400 Ports, $150"): each
figure has a label of its own and rows may nest, so the colon does not say which figures add up to which.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import pairwise

from factcheck.claim import Claim
from factcheck.context import ArticleContext, per_claim
from factcheck.figures import is_level, same_unit, show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Cue, Evidence, Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import roles, statements
from factcheck.relations.evidence import cue, periods, stated_together, units
from factcheck.relations.prose import is_estimate, is_prior_by_date, lead, starts_from, trail

# figures ---------------------------------------------------------------------------

_NOTE_LEAD = re.compile(
    r"\(\s*(?:(?:FY\s?)?(?:19|20)?\d\d(?:/\d\d)?|prior\s+year|previous\s+year|last\s+year|PY)\s*[:=]\s*"
    r"(?:(?:profit|loss|income)\s+of\s+)?(?:[A-Za-z$£€¥₹.]{1,4}\s*)?$",
    re.IGNORECASE,
)
_NOTE_LEAD = gated(_NOTE_LEAD)  # tried on every figure's window, seldom matching there


@per_claim
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


@per_claim
def is_prior(ctx: ArticleContext, claim: Claim, listed: bool = True) -> bool:
    """A figure the text sets as earlier: "from X", "X a year earlier", "(2007: X)", or the next start in the same
    list ("down from X in December and Y a year before")."""
    if starts_from(ctx, claim) or is_prior_by_date(ctx, claim) or noted(ctx, claim):
        return True
    if not listed:
        return False
    before = ctx.claim_before(claim)
    return bool(
        before is not None
        and _AND_NEXT.fullmatch(ctx.text[before.span[1] : claim.span[0]])
        and is_prior(ctx, before, listed=False)
    )


_AND_NEXT = re.compile(r"[^;,.()\d]{0,40}?,?\s+and\s+(?:from\s+)?", re.IGNORECASE)
_AND_NEXT = gated(_AND_NEXT)  # tried on every figure's window, seldom matching there


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


def note_after(ctx: ArticleContext, claim: Claim, reach: int = 60) -> Claim | None:
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


def part_share(part: Claim, whole: Claim, share: Claim, evidence: Evidence, reason: str) -> Relation:
    """A part, its whole and the share the text gives it."""
    return Relation(
        kind=RelationKind.PART_SHARE,
        members=roles(part=part, whole=whole, share=share),
        evidence=evidence,
        reason=reason,
        params={"rule": "share"},
    )


def implied_whole(
    pairs: Sequence[tuple[Claim, Claim]],
    evidence: Evidence,
    reason: str,
    *,
    whole: str | None = None,
    spans: Iterable[tuple[int, int]] = (),
) -> Relation:
    """Parts each stated with their share of one whole: each (part, share) implies its size, which must agree."""
    members = [Member(role=role, claim=c.id) for part, share in pairs for role, c in (("part", part), ("share", share))]
    params: dict[str, str] = {"rule": "implied_whole"}
    if whole is not None:
        params["whole"] = whole
    return Relation(
        kind=RelationKind.PART_SHARE,
        members=members,
        evidence=evidence,
        reason=reason,
        params=params,
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
    r"\s+of|(?:add|adds|adding|added)\s+up\s+to|(?<!than\s)(?:a|the)\s+combined(?:\s+total\s+of)?|totall?ing|in\s+all\s+of)"
    r"\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+)?[$£€¥₹]?\s*$",
    re.IGNORECASE,
)
_TOTAL_AFTER_PARTS = gated(_TOTAL_AFTER_PARTS)  # tried on every figure's window, seldom matching there
# A total in brackets after its parts, marked inside them: "(42 games in all)", "(243 total games)".
_BRACKETED_TOTAL = re.compile(
    r"[^\s()]+(?:\s*[A-Za-z-]+){0,3}?\s*(?:in\s+all|in\s+total|all\s+told|altogether|combined|total)\b[^()]{0,30}\)",
    re.IGNORECASE,
)


def _bracketed_total(ctx: ArticleContext, whole: Claim) -> tuple[int, int] | None:
    """The words that make a bracketed figure the total of the list before it, or None."""
    if not ctx.text[max(0, whole.span[0] - 2) : whole.span[0]].strip().endswith("("):
        return None
    found = _BRACKETED_TOTAL.match(ctx.text, whole.span[0], whole.sentence_span[1])
    return (whole.span[0], found.end()) if found else None


# Words before a total that open a list of parts after it: "out of 4,560 shares, ...".
_TOTAL_BEFORE_PARTS = re.compile(
    # "out of which 164 advanced" points back to the total before it: 164 is a part
    r"\b(?:out\s+of(?!\s+(?:which|whom|them|those|these)\b)(?:\s+(?:a|the)\s+total\s+of)?|of\s+(?:a|the)\s+total"
    r"\s+of)\s+(?:[A-Za-z’'-]+\s+){0,4}?(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+)?[$£€¥₹]?\s*$",
    re.IGNORECASE,
)
_TOTAL_BEFORE_PARTS = gated(_TOTAL_BEFORE_PARTS)  # tried on every figure's window, seldom matching there
# Words after a total that open its breakdown: a dash or colon, "of which", "including", "made up of".
_BREAKDOWN = re.compile(
    r"^[^.;:\d$£€¥₹—–]{0,40}?(?P<cue>\s--\s|—|–|:\s|,?\s*(?:(?:which\s+)?(?:is|are|was|were)\s+)?(?:made\s+up\s+of"
    r"|compris(?:es|ed|ing)|consist(?:s|ed|ing)?\s+of|split\s+(?:between|into)|divided\s+(?:between|into)"
    r"|broken\s+down\s+into))",
    re.IGNORECASE,
)
_BREAKDOWN = gated(_BREAKDOWN)  # tried on every figure's window, seldom matching there
DASHES = ("--", "—", "–", ":")
# A dash or colon that opens a clause turning to other things ("solar grew by 60 GW — whereas hydro and biomass grew
# by 4 GW and 1 GW") or measuring the total against others ("sold 260 — easily outpacing rivals' 170 and 178",
# "— well ahead of ..."). The figures after it are set against the total, not its breakdown.
# A dash that opens on a move ("$58.20 – a 9% increase and a $4.80 jump", "– up 6% or $3"): what follows
# restates how far the figure moved, so its figures are moves, not parts of it.
_MOVE_AFTER_DASH = re.compile(
    r"\s*(?:an?\s+)?(?:(?:about|around|roughly|nearly|almost|some)\s+)?(?:[$£€¥₹]?\s*[\d.,]+\s*(?:%|percent|per\s*cent"
    r"|points?)?[\s-]*)?(?:increase|rise|jump|gain|climb|surge|leap|drop|fall|decline|decrease|dip|slide|up|down)\b",
    re.IGNORECASE,
)
_TURN = re.compile(
    r"\s*(?:while|whilst|whereas|but|although|though|yet|even\s+as|meanwhile|however|by\s+contrast|in\s+contrast"
    r"|(?:(?:easily|comfortably|well|far|just|way|still|roughly|about|nearly|almost|some)\s+)?"
    r"(?:outpac\w*|outstripp\w*|surpass\w*|exceed\w*|beat(?:ing)?|ahead\s+of|above|below|behind|short\s+of"
    r"|compared|versus|vs\.?|against|up\s+from|down\s+from|double|twice|triple))\b",
    re.IGNORECASE,
)
_SUBSET = re.compile(
    r"^[^.;:\d$£€¥₹]{0,30}?,?\s*(?P<cue>(?:out\s+)?of\s+which|(?:out\s+)?of\s+whom|including|among\s+(?:them|which|whom))\b",
    re.IGNORECASE,
)
_SUBSET = gated(_SUBSET)  # tried on every figure's window, seldom matching there
# "14,000 of whom received the drug", "12 of which were sold": the pronoun follows the figure with no comma and
# a verb follows it, so the figure counts some of an earlier total; it is a part, not the whole of what follows.
_COUNTED_OF_THEM = re.compile(
    r"^(?:\s+[a-z][\w-]*){0,2}?\s+(?:of\s+which|of\s+whom)\s+"
    r"(?!(?:about|around|some|nearly|almost|roughly|only|just|over|more\s+than|an?\s+(?:estimated|further))\b)"
    r"(?![$£€¥₹\d]|(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an|the|half)\b)",
    re.IGNORECASE,
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


def _moved(ctx: ArticleContext, claim: Claim) -> bool:
    """The end of a move stated with its start ("revised to 200,000 from 215,000"): a new level, no listed part.

    A bracketed comparative ("6.0p (2023: 5.0p)") is no move: its figure stays a part of this year's list."""
    ends = ctx.memo(
        "parts_moved_ends",
        lambda: {
            s.end.id for s in statements(ctx) if s.end is not None and s.start is not None and not noted(ctx, s.start)
        },
    )
    return claim.id in ends


def _parts_after(ctx: ArticleContext, whole: Claim, noted_whole: bool) -> list[Claim]:
    parts = []
    for other in ctx.sentence_claims(whole):
        if other.span[0] <= whole.span[1]:
            continue
        if ";" in ctx.text[whole.span[1] : other.span[0]]:
            break
        if not fits(other, whole) or not is_amount(other) or is_estimate(ctx, other) or in_ratio(ctx, other):
            continue
        if noted(ctx, other) != noted_whole or (not noted_whole and is_prior(ctx, other)) or _moved(ctx, other):
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
        if noted(ctx, other) != noted_whole or (not noted_whole and is_prior(ctx, other)) or _moved(ctx, other):
            continue
        parts.insert(0, other)
    return parts


def _inside_aside(ctx: ArticleContext, whole: Claim, breakdown: re.Match[str], parts: list[Claim]) -> list[Claim]:
    """ "shot 5-12 — hitting both of his long tries — and 4-4 at the line": a dash answered by a second one
    closes an aside, and the figures past it belong to the sentence again, not to the list the first dash opened."""
    mark = breakdown.group("cue").strip()
    if mark not in ("—", "–", "--"):
        return parts
    opened = whole.span[1] + breakdown.end("cue")
    closed = ctx.text.find(mark, opened, whole.sentence_span[1])
    return parts if closed < 0 else [p for p in parts if p.span[1] <= closed]


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
            if breakdown and breakdown.group("cue").strip() in DASHES and re.match(r"[–—-]\d", after):
                breakdown = None  # "98–91 win": a dash run into the next figure joins a score or a span, not a list
            if breakdown and breakdown.group("cue").strip() in DASHES and _TURN.match(after[breakdown.end() :]):
                breakdown = None  # "wind added 40 GW — while hydro and biomass added 3 GW and 1 GW": other things
            if (
                breakdown
                and breakdown.group("cue").strip() in DASHES
                and _MOVE_AFTER_DASH.match(after[breakdown.end() :])
            ):
                breakdown = None  # "$58.20 – a 9% increase and a $4.80 jump on last year": the move, not parts
            subset, shift = _SUBSET.match(after), 0
            if subset and _COUNTED_OF_THEM.match(after):
                subset = None
            if breakdown and _SUBSET.match(after[breakdown.end() :]):
                # "70 runs – out of which X made 42, while Y scored 25": the dash leads into a subset, not a list
                shift = breakdown.end()
                breakdown, subset = None, _SUBSET.match(after[shift:])
            bracketed = None if closing else _bracketed_total(ctx, whole)
            if closing or bracketed:
                parts, rule, exhaustive = _parts_before(ctx, whole, False), "sum", True
                words = bracketed or (whole.span[0] - len(closing.group(0)), whole.span[0])  # type: ignore[union-attr]
            elif breakdown or opening:
                parts = _parts_after(ctx, whole, False)
                if breakdown:
                    parts = _inside_aside(ctx, whole, breakdown, parts)
                rule = "sum"
                exhaustive = bool(breakdown) or bool(parts and _exhaustive(ctx, parts[-1]))
                words = (
                    (whole.span[1] + breakdown.start("cue"), whole.span[1] + breakdown.end("cue"))
                    if breakdown
                    else (whole.span[0] - len(opening.group(0)), whole.span[0])  # type: ignore[union-attr]
                )
            elif subset:
                listed_all = _parts_after(ctx, whole, False)
                cue_end = whole.span[1] + shift + subset.end("cue")
                if listed_all and _LIST_LEFT.search(ctx.text, cue_end, listed_all[0].span[0]):
                    # "$4bn from investors including Acme and Zed before the listing, and now has a value of $60bn":
                    # the list named no figures, and the sentence went on to another measure before the next one.
                    continue
                parts, rule, exhaustive = _one_list(ctx, whole, listed_all), "within", False
                if "which" in subset.group("cue").lower() and len(listed_all) >= 2 and _exhaustive(ctx, listed_all[-1]):
                    # "448 were active, out of which 164 advanced, 221 declined and 63 remained unchanged": the
                    # last part names the rest, so the list is the whole.
                    parts, rule, exhaustive = listed_all, "sum", True
                words = (whole.span[1] + shift + subset.start("cue"), whole.span[1] + shift + subset.end("cue"))
                if parts and not _first_item(ctx, words[1], parts[0]):
                    continue
            else:
                continue
            if (rule == "sum" and len(parts) < 2) or not parts:
                continue
            if _AVERAGE_WHOLE.search(lead(ctx, whole, 60)):
                continue  # "an average audience of 985,514, including the 2.189 million who watched the final": no sum
            if _LIST_SIZE.search(lead(ctx, whole, 20)) or _other_nouns(whole, parts) or _fractional_parts(whole, parts):
                continue  # "the top 10 members are made up of Acme (1,671 units), ...": the list's length, no total
            if rule == "within" and _NET.search(lead(ctx, whole, 30)):
                continue  # "a net 12 cents gain, including 13 cents for X": a net figure can be smaller than a part
            said = cue(ctx, words, "the total and its parts")
            yield _breakdown(ctx, whole, parts, said, rule, exhaustive)
            # The bracketed comparatives beside each figure make their own breakdown.
            notes = [note_after(ctx, c) for c in (whole, *parts)]
            if all(n is not None for n in notes):
                noted_whole, *noted_parts = notes
                assert noted_whole is not None
                yield _breakdown(
                    ctx, noted_whole, [n for n in noted_parts if n is not None], said, rule, exhaustive, bracketed=True
                )


# Between two items of one list after "including": "$1.1 billion on bridge repairs and $600 million on resurfacing".
# No verb and no other measure between them, only the first item's own words and a comma or "and".
_LIST_JOIN = re.compile(
    r"[^.;:()\d$£€¥₹]{0,40}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:another|a\s+further|some|about|around|nearly|almost)\s+)?"
    r"[$£€¥₹]?\s*",
    re.IGNORECASE,
)
# A verb or a measure of its own between two items: "including $2 billion from X, and profit rose to $1 billion".
_NEW_CLAUSE = re.compile(
    r"\b(?:was|were|is|are|has|have|had|rose|fell|grew|reached|totall?ed|stood|came|profit|income|revenue|sales"
    r"|loss|margin|earnings|while|whereas|but|which|who|that)\b",
    re.IGNORECASE,
)


# Between "including" and its first figure: a verb, or "and" bringing in a verb, leaves the list for another clause.
_LIST_LEFT = re.compile(
    r"\b(?:and\s+(?:now\s+|also\s+|then\s+|later\s+)?(?:has|have|had|is|are|was|were|will|would|said|says)"
    r"|has|have|had|is|are|was|were|stands?|stood|rose|fell|grew|reached|totall?ed|came|while|whereas|but)\b",
    re.IGNORECASE,
)


def _one_list(ctx: ArticleContext, whole: Claim, after: list[Claim]) -> list[Claim]:
    """The items of the list an "including" opens: the first part, and each next one joined to it by a comma or
    "and" with no verb or other measure between ("including $1.1 billion on X and $600 million on Y")."""
    if not after:
        return []
    items = [after[0]]
    for part in after[1:]:
        gap = ctx.text[items[-1].span[1] : part.span[0]]
        if not _LIST_JOIN.fullmatch(gap) or _NEW_CLAUSE.search(gap) or ctx.claims_between(items[-1], part):
            break
        if part.measure and whole.measure and part.measure != whole.measure:
            break
        items.append(part)
    return items


# The words that open a list's first item may not close on a bracket: "eight ports, including the largest,
# Shanghai (see the 10 Million chart)" names its item in words; the figure in the aside is no item of the list.
_ITEM_OPENING = re.compile(r"[^()\[\]]{0,60}", re.IGNORECASE)


def _first_item(ctx: ArticleContext, cue_end: int, part: Claim) -> bool:
    """The part a subset cue opens is its first item: no other figure stands between the cue and the part, and
    the words between are a short lead-in with no bracket. "owned 61 farms, including 27 dairies, and rented 148
    farms": 27 dairies is the item (another thing counted); 148 farms, after it, opens a clause of its own."""
    if ctx.claims_in(cue_end, part.span[0]):
        return False
    return bool(_ITEM_OPENING.fullmatch(ctx.text[cue_end : part.span[0]]))


_AVERAGE_WHOLE = re.compile(r"\b(?:average|mean|median|typical)\b[^.;,\d]{0,40}$", re.IGNORECASE)
_LIST_SIZE = re.compile(r"\b(?:top|leading|biggest|largest|remaining)\s+$", re.IGNORECASE)


def _fractional_parts(whole: Claim, parts: list[Claim]) -> bool:
    """ "571 goals in 179 matches – 3.19 –": a count has whole parts; a figure with decimals is something else."""
    return whole.quantity.kind == QuantityKind.COUNT and any(
        p.quantity.kind in (QuantityKind.COUNT, QuantityKind.NUMBER) and not float(p.quantity.value).is_integer()
        for p in parts
    )


def _other_nouns(whole: Claim, parts: list[Claim]) -> bool:
    """A count of one thing broken into counts of another: "10 members" into "1,671 units"; or parts that
    count different things ("40 games", "44 players"), which add up to no one whole."""
    heads = {_head(p.quantity.noun) for p in parts if p.quantity.kind == QuantityKind.COUNT and p.quantity.noun}
    if len(heads) > 1 and all(p.quantity.kind == QuantityKind.COUNT and p.quantity.noun for p in parts):
        return True
    if whole.quantity.kind != QuantityKind.COUNT or not whole.quantity.noun:
        return False
    # Heads, so "176 total matches" is counted in "140 league matches" and "36 cup matches".
    own = _head(whole.quantity.noun)
    nouns = {_head(p.quantity.noun) for p in parts if p.quantity.kind == QuantityKind.COUNT and p.quantity.noun}
    return bool(nouns) and own not in nouns


# "Outlays: $820.0 Schools: $310.0 Health: $510.0 Clinics, $190.0 Hospitals, $320.0": a table flattened
# into text, each figure after a label and a colon of its own. A colon past a label is that label's, and the
# rows may nest (services under a department), so which figures add up to which is not given.
_LABEL_COLON = re.compile(r"[A-Za-z][^.;:\d$£€¥₹]{0,60}:\s*[$£€¥₹]?\s*$")


def _labelled_rows(ctx: ArticleContext, whole: Claim, parts: list[Claim], said: Cue) -> bool:
    """Whether a colon cue is one label's among several: words stand between the total and the colon, and the total
    follows a label and colon of its own, or another label with its own colon comes before a later part."""
    if said.text.strip() != ":" or not ctx.text[whole.span[1] : said.span[0]].strip():
        return False
    if _LABEL_COLON.search(ctx.text, max(whole.sentence_span[0], whole.span[0] - 70), whole.span[0]):
        return True  # "Schools: $310.0 Health: $510.0": the total is a labelled row itself
    return any(_LABEL_COLON.search(ctx.text, a.span[1], b.span[0]) for a, b in pairwise(parts))


def _told_as_earlier(ctx: ArticleContext, claim: Claim) -> bool:
    """An earlier period's figure told beside this one's: "(2007: 9.13p)", "from $4m", "a year earlier"."""
    return bool(_NOTE_LEAD.search(lead(ctx, claim, 30)) or is_prior_by_date(ctx, claim) or starts_from(ctx, claim))


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
    if _labelled_rows(ctx, whole, parts, said):
        doubts.append("each figure has a label and colon of its own, as rows of a table: their nesting is not given")
    if any(_CONTRAST.search(ctx.between(whole, p)) for p in parts if p.sentence_span == whole.sentence_span):
        doubts.append("a clause break stands between the total and a part")
    if whole.quantity.value and any(abs(p.quantity.value) > 1000 * abs(whole.quantity.value) for p in parts):
        # "Release 1: … Code 540133 … assets of $187.9 billion": a part a thousand times the total is no misprint of
        # a sum; the figures were read as one list where they are not one.
        doubts.append("a part is over a thousand times the total, so the figures are not read as one list")
    start = min(c.span[0] for c in members)
    end = max(c.span[1] for c in members)
    ids = {c.id for c in members}
    kinds = {p.quantity.kind for p in parts}
    if kinds & {QuantityKind.COUNT, QuantityKind.NUMBER}:
        kinds |= {QuantityKind.COUNT, QuantityKind.NUMBER}  # "171 recorded gains" among bare counts
    earlier = any(_told_as_earlier(ctx, p) for p in parts)
    passed = [
        c
        for c in ctx.claims_in(start, end)
        if c.id not in ids
        and c.quantity.kind in kinds
        and not looks_like_year(c)
        # "5.19p (2007: 4.32p)": a figure of the other period told beside a part is no missing item
        and _told_as_earlier(ctx, c) == earlier
    ]
    if passed:
        # "Of 250 listed firms, 128 posted gains, 117 fell and five held steady": a figure of the parts'
        # kind among them that was not read as one (its noun told apart) may be the item the list lacks.
        doubts.append(f"{show(passed[0])} stands among the parts but is not read as one, so they may not be all")
    evidence = stated_together(ctx, members, [said], tie=Tie.STRUCTURE if bracketed else Tie.CUE, doubts=doubts)
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
_REMAINING = gated(_REMAINING)  # tried on every figure's window, seldom matching there


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
            if whole.quantity.is_range or whole.quantity.kind != QuantityKind.COUNT:
                continue  # a score ("117–112") or a bare number is no total: "Of the 12 directors, five ..."
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
_LIST_CUE = gated(_LIST_CUE)  # tried on every figure's window, seldom matching there
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


def words(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z][a-z-]+", text.lower()) if w not in _STOP and len(w) > 2}


def overlap(a: set[str], b: set[str]) -> bool:
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
        named = words(found.group("object"))
        doubts = []
        if not named or not overlap(named, words(lead(ctx, whole, 60) + " " + trail(ctx, whole, 20))):
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


@finder("parts")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    yield from _breakdowns(ctx)
    yield from _back_references(ctx)
    yield from _segment_lists(ctx)
