"""Reading one sentence's shares: which percentages the words mark as parts of a whole, of which whole.

See :mod:`.shares` for what counts as a share and what does not. A share is the rest of the field ("and others
13%") when the rest word is its holder, or stands in its item with no named holder; a rest word before named players
("the remaining brands are Vexa at 6% and Orlo at 3%") lists members of the rest, each a part, not the rest itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from factcheck.claim import Claim, TimeKind, TimeRef
from factcheck.context import ArticleContext
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Cue
from factcheck.relations.evidence import cue
from factcheck.relations.prose import is_prior_by_date, starts_from
from factcheck.relations.shares_holders import (
    holder_for,
    is_descriptor,
    many_holders,
    names_count,
    referent,
    same_holder,
)
from factcheck.relations.shares_words import (
    AFTER_OF,
    AFTER_SHARE,
    BEFORE_SHARE,
    COMBINED,
    CONNECTOR,
    CUT_WHOLE,
    FAMILY,
    FILLER,
    FORECAST,
    GENERIC,
    GROWTH_AFTER,
    GROWTH_BEFORE,
    HOME,
    LEADING_CONNECTOR,
    NOT_BETWEEN,
    NOT_NAME,
    NOT_PLACE,
    PLACE,
    PLACE_ADJ,
    PLACE_SAME,
    PLACE_WORDS,
    REST,
    STOP,
    WORLD,
    Period,
    Share,
    Whole,
    word_set,
)

# reading one share -----------------------------------------------------------------


def _whole_from(phrase: str) -> Whole | None:
    """ "the worldwide smartphone market" -> market {smartphone}; "the ballots counted" -> vote; "GDP" -> None."""
    phrase = CUT_WHOLE.sub("", phrase.strip())
    phrase = re.split(r"[,;:]", phrase)[-1]
    cased = re.findall(r"[\w’'.-]+", phrase)
    words = [w.lower() for w in cased]
    heads = [i for i, w in enumerate(words) if w in FAMILY or w in GENERIC]
    if not heads:
        return None
    head = heads[-1]
    family = FAMILY.get(words[head], "")
    if family == "market" and words and words[0] in ("its", "their", "his", "her", "our"):
        family = "revenue"  # "40% of its sales": a player's own sales broken down, not a market it shares
    overall = any(w in ("overall", "entire", "whole", "broader", "wider", "total", "all") for w in words[:head])
    narrow: list[str] = []
    owner = ""
    for word, printed in zip(reversed(words[:head]), reversed(cased[:head]), strict=True):
        if word in STOP or re.fullmatch(r"[\d.,]+", word):
            break
        if word in FILLER or WORLD.fullmatch(word) or word in PLACE_WORDS:
            continue
        possessive = re.search(r"['’]s?$", word)
        if possessive or (printed[:1].isupper() and not (printed.isupper() and len(printed) <= 4)):
            owner = word[: possessive.start()] if possessive else ""
            break  # "Apple's smartphone market": the owner, not the market (but "the EV market" is a market)
        narrow.append(word)
    return Whole(family, frozenset(narrow), " ".join(words[: head + 1]), overall, owner)


def _sentence_whole(ctx: ArticleContext, claim: Claim) -> Whole | None:
    """ "In the tablet market, ...": a market the sentence names for shares that name none."""
    text = ctx.text[claim.sentence_span[0] : claim.sentence_span[1]]
    match = re.search(r"\b(?:in|of|for)\s+the\s+((?:[\w-]+\s+){0,3})market\b", text, re.I)
    if match is None:
        return None
    return _whole_from(match.group(1) + "market")


@dataclass(frozen=True)
class Marked:
    """What marks a figure as a share: the cue words, the whole they name, and an owner they name."""

    cue: Cue
    whole: Whole
    owner: str | None = None  # "a wind and solar share of 18%": the share is wind and solar's, wherever it is
    holder: str | None = None  # "the market share of Jio was 55.9 per cent": the player the cue names


def _family_of(share_word: str) -> str:
    if re.match(r"vot", share_word, re.I):
        return "vote"
    return "revenue" if re.match(r"rev", share_word, re.I) else "market"


def _owner(before: str) -> str | None:
    """The category right before a bare "share": "a wind and solar share", "fleet's share"; not "its share"."""
    words = re.findall(r"[\w’'-]+", before)[-4:]
    kept: list[str] = []
    for i, word in reversed(list(enumerate(words))):
        bare = re.sub(r"['’]s?$", "", word)
        if re.search(r"(?:est|ed)$", bare.lower()) or bare.lower() in ("own", "respective", "current", "combined"):
            break  # "its largest share": a superlative, not a category
        joins = bare.lower() in ("and", "&") and kept and i > 0 and words[i - 1].lower() not in STOP
        if not joins and (
            bare.lower() in STOP or bare.lower() in FILLER or bare.lower() in NOT_NAME or bare[:1].isupper()
        ):
            break
        kept.insert(0, bare)
    return " ".join(kept) or None


def _share_cue(ctx: ArticleContext, claim: Claim) -> Marked | None:
    """The words that mark ``claim`` as a share, and the whole they name."""
    after = ctx.text[claim.span[1] : min(claim.sentence_span[1], claim.span[1] + 90)]
    match = AFTER_SHARE.match(after)
    if match is not None:
        whole = _whole_from(match.group("of")) if match.group("of") else None
        if match.group("of") and whole is None:
            return None  # "a 10% share of the company": a stake, not a split of a whole
        whole = whole or Whole(_family_of(match.group("share")), overall=bool(match.group("overall")))
        span = (claim.span[1], claim.span[1] + match.end())
        return Marked(cue(ctx, span, "a share"), whole)
    match = AFTER_OF.match(after)
    if match is not None:
        whole = _whole_from(match.group("of"))
        if whole is None:
            return None
        span = (claim.span[1], claim.span[1] + match.end())
        return Marked(cue(ctx, span, "a share of " + (whole.text or "the total")), whole)
    start = max(claim.sentence_span[0], claim.span[0] - 90)
    for earlier in ctx.claims_in(start, claim.span[0]):
        if earlier.id != claim.id and earlier.span[1] <= claim.span[0] and earlier.change is None:
            if starts_from(ctx, earlier) or earlier.quantity.kind == QuantityKind.PERCENTAGE_POINT:
                continue  # "its share jumped from 6.9 percent to 9 percent": the start is not another level
            start = max(start, earlier.span[1])  # a share word before another level is that one's
    before = ctx.text[start : claim.span[0]]
    match = None
    for found in BEFORE_SHARE.finditer(before):
        match = found
    if match is None or NOT_BETWEEN.search(before[match.end() :]):
        return None
    share_word = match.group("share")
    if share_word.lower() == "shares" and is_descriptor(match.group("of")):
        return None  # "the unlisted shares of the company traded at": its stock, not a split of a market
    whole = _whole_from(match.group("of")) if match.group("of") else None
    if whole is None and match.group("of") and not re.search(r"[A-Z]", match.group("of")):
        # "its share of smartphones": a market narrowed to what it names
        words = frozenset(w for w in re.findall(r"[\w’'-]+", match.group("of").lower()) if w not in FILLER | STOP)
        whole = Whole(_family_of(share_word), words, match.group("of"))
    if whole is None and re.search(r"market", share_word, re.I):
        lead = before[: match.start("share")]
        if start == claim.sentence_span[0]:
            lead = lead[:1].lower() + lead[1:]  # "Broadband market share of Jio": capitalised only to open the sentence
        whole = _whole_from(lead + " market")
        if whole is not None:
            whole = replace(whole, owner="")  # "Apple's market share": Apple holds a share, not the market
    if whole is None or not whole.family:
        whole = Whole(_family_of(share_word), whole.words if whole else frozenset(), whole.text if whole else "")
    owner = _owner(before[: match.start("share")]) if share_word.lower() == "share" else None
    of_name = re.match(r"(?:the\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s*$", match.group("of") or "")
    named_after = of_name.group(1) if of_name and of_name.group(1).split()[0].lower() not in NOT_NAME else None
    if named_after is None and is_descriptor(match.group("of")):
        named_after = referent(ctx, claim.span[0])  # "the share of the Korean firm was 9.4%"
        whole = Whole(whole.family, whole.words, whole.text.replace(match.group("of") or "", "").strip(), whole.overall)
    if named_after:
        # "the market share of Jio was 55.9 per cent": the player is named after "share of"
        return Marked(cue(ctx, (start + match.start("share"), start + match.end("share")), "a share"), whole,
                      holder=named_after)  # fmt: skip
    return Marked(cue(ctx, (start + match.start("share"), start + match.end("share")), "a share"), whole, owner)


_RIVAL_LEAD = re.compile(
    r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['’]s?\s"
)


_CONDITION = re.compile(
    r"\b(?:if|unless|whether)\b|\bno\s+(?:\w+\s+){1,2}(?:received|got|won|obtained|had|has|reached|took|gets)\s+"
    r"(?:more|less|fewer)\s+than\s*$",
    re.I,
)
_CONDITION = gated(_CONDITION)  # tried on every figure's window, seldom matching there


def _is_excluded(ctx: ArticleContext, claim: Claim) -> bool:
    """A change, a growth rate, a start or an earlier figure: not a share of the whole now."""
    if claim.change is not None or claim.quantity.kind not in (QuantityKind.PERCENT, QuantityKind.FRACTION):
        return True
    if claim.quantity.is_range:
        return True
    after = ctx.text[claim.span[1] : min(claim.sentence_span[1], claim.span[1] + 50)]
    before = ctx.text[max(claim.sentence_span[0], claim.span[0] - 40) : claim.span[0]]
    if GROWTH_AFTER.match(after) and not AFTER_SHARE.match(after):
        return True
    if GROWTH_BEFORE.search(before):
        return True
    if _CONDITION.search(ctx.text[claim.sentence_span[0] : claim.span[0]]):
        return True  # "if no candidate receives more than 50% of the vote": a condition, not a result
    if re.match(
        r"^\s*(?:percent|per\s*cent|pct|%)?\s*(?:of\s+[\w\s]{1,30}?\s+)?(?:and|or)\s+(?:above|more|over|higher|below"
        r"|less|lower|under)\b",
        after,
        re.I,
    ):
        return True  # "those polling half the vote or more": a threshold, not a share anyone holds
    own = _own_period(ctx, claim)
    if own is not None and own.kind in (TimeKind.WINDOW, TimeKind.SINCE):
        return True
    start = starts_from(ctx, claim)
    if start is not None and not _RIVAL_LEAD.search(start.group(0)):
        return True  # "up from 62%": an earlier figure; "compared to Romney's 47.2%" is a rival's
    # "rose ... to 31.4 percent in the quarter compared to a year ago": the date is the change's basis, not this level's
    return is_prior_by_date(ctx, claim) and not re.search(r"\bto\s+(?:about\s+|around\s+|nearly\s+)?$", before, re.I)


def _scope(ctx: ArticleContext, text: str) -> str | None:
    found: str | None = None
    for match in PLACE.finditer(text):
        place = match.group("place")
        if NOT_PLACE.match(place):
            continue
        found = place
    for match in PLACE_ADJ.finditer(text):
        found = match.group("place")
    if found is None and WORLD.search(text):
        return "world"
    if found is None and HOME.search(text):
        return "home"
    if found is None:
        return None
    key = found.lower().rstrip(".").strip()
    return PLACE_SAME.get(key, key)


def _own_period(ctx: ArticleContext, claim: Claim) -> TimeRef | None:
    """The claim's period, unless another figure stands between them ("32% share - a 1% rise over the quarter")."""
    ref = claim.period
    if ref is None:
        return None
    lo, hi = sorted([claim.span, ref.span])
    between = [c for c in ctx.claims_in(lo[1], hi[0]) if c.id != claim.id and c.span[1] <= hi[0]]
    words = ctx.text[lo[1] : hi[0]]
    if between or re.search(r"[,;]\s+[A-Z]|\bwhile\b|\bbut\b|\bwhereas\b", words):
        return None  # the date belongs to another figure or another clause
    return ref


_PERIOD_FILLER = word_set("in the during for of a an at on over by as through to")


def period_of(ctx: ArticleContext, claim: Claim) -> Period | None:
    ref = _own_period(ctx, claim)
    if ref is None or ref.kind in (TimeKind.BASELINE, TimeKind.WINDOW):
        return None
    if ref.year is not None:
        return Period(ref.year, ref.quarter)
    words = frozenset(w for w in re.findall(r"[a-z0-9]+", ref.text.lower()) if w not in _PERIOD_FILLER)
    return Period(words=words) if words else None


def _sentence_text(ctx: ArticleContext, claim: Claim) -> str:
    return ctx.text[claim.sentence_span[0] : claim.sentence_span[1]]


_NAME_LIST = re.compile(
    r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*(?:\s*\([^)]{1,12}\))?(?:\s*,\s*[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*"
    r"(?:\s*\([^)]{1,12}\))?)*,?\s+(?:and|&)\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*(?:\s*\([^)]{1,12}\))?\s+"
    r"(?:(?:together|now|jointly|collectively|combined|still|also|all)\s+)*(?:make|made|hold|held|have|had|has|account"
    r"|accounted|control|controlled|took|take|capture|captured|represent|represented|command|commanded|grab|grabbed"
    r"|own|owned|claim|claimed|dominate|dominated)\b"
)
_TOGETHER = re.compile(r"\b(?:together|combined|jointly|collectively|between\s+them|in\s+total|all\s+told)\b", re.I)


_TOGETHER_OPENER = re.compile(r"^\W*(?:together|combined|collectively|jointly|all\s+told|in\s+total)\b", re.I)


def _combined(ctx: ArticleContext, claim: Claim, holder: str | None, item_start: int, segment_start: int) -> bool:
    """ "Amazon, Microsoft and Google together make up 63%", "the big three hold a combined 63%"."""
    if holder and COMBINED.search(holder):
        return True
    after = ctx.text[claim.span[1] : min(claim.sentence_span[1], claim.span[1] + 30)]
    if re.match(r"^\s*(?:percent|per\s*cent|%)?\s*(?:combined|together|between\s+them|collectively)\b", after, re.I):
        return True
    if _TOGETHER.search(ctx.text[item_start : claim.span[0]]):
        return True
    head = ctx.text[claim.sentence_span[0] : claim.span[0]]
    if _TOGETHER_OPENER.match(head) and not ctx.claims_in(claim.sentence_span[0], claim.span[0]):
        return True  # "Together, the Big Three (A, B and C) control 63%": the opener names a group
    if re.search(r"\beach\b|\bapiece\b", ctx.text[segment_start : claim.span[1] + 12], re.I):
        return True  # "each expanded its share to nearly 5 percent": one figure for several players
    if re.search(r"\b(?:they|both|all\s+three|the\s+three|the\s+two|the\s+trio|the\s+pair)\b(?:\s+\w+){0,3}\s*$",
                 LEADING_CONNECTOR.sub("", ctx.text[item_start : claim.span[0]]), re.I):  # fmt: skip
        return True  # "they now account for 63%": the players named before, together
    if re.search(r"\brespectively\b", ctx.text[claim.span[1] : claim.sentence_span[1]], re.I):
        return False  # "A, B and C have 20%, 18% and 4%, respectively": one figure each
    return bool(_NAME_LIST.search(ctx.text[segment_start : claim.span[0]]))


def _last_piece(ctx: ArticleContext, item_start: int, claim: Claim) -> str:
    """The words right before a figure, back to the last connector: "Apple will hold" in "..., Apple will hold 30%"."""
    text = ctx.text[item_start : claim.span[0]]
    cuts = [m.start() for m in CONNECTOR.finditer(text)]
    return text[cuts[-1] :] if cuts else text


def item_piece(ctx: ArticleContext, item_start: int, claim: Claim) -> str:
    """The clause piece that names the holder: from its connector to the next one (or to the figure)."""
    text = ctx.text[item_start : claim.span[0]]
    later = [m.start() for m in CONNECTOR.finditer(text) if m.start() > 0]
    return text[: later[0]] if later else text


def sentences(ctx: ArticleContext) -> dict[tuple[int, int], list[Claim]]:
    """Claims by sentence, with a sentence cut after "No." joined again ("ranks No. 4 ... with 4 percent share")."""

    def make() -> dict[tuple[int, int], list[Claim]]:
        joined: dict[tuple[int, int], list[Claim]] = {}
        for span, claims in ctx.sentence_groups().items():
            last = next(reversed(joined), None)
            cut = _CUT_AFTER_NO.search(ctx.text[max(0, span[0] - 8) : span[0]])
            if last is not None and last[0] < span[0] <= last[1] + 2 and cut:
                joined[(last[0], max(last[1], span[1]))] = joined.pop(last) + list(claims)
                continue
            joined[span] = list(claims)
        return joined

    return ctx.memo("share_sentences", make)


_CUT_AFTER_NO = re.compile(r"\b[Nn]os?\.\s*$")


def read_sentence(ctx: ArticleContext, claims: list[Claim], span: tuple[int, int] | None = None) -> list[Share]:
    """The shares of one sentence, each with its holder, whole, region and clause item."""
    cued: dict[str, Marked] = {}
    candidates = []
    for claim in claims:
        if _is_excluded(ctx, claim):
            continue
        found = _share_cue(ctx, claim) or _ranked_cue(ctx, claim)
        if found is not None:
            cued[claim.id] = found
        candidates.append(claim)
    if not cued:
        return []
    percents = [c for c in claims if c.quantity.kind in (QuantityKind.PERCENT, QuantityKind.FRACTION)]
    sentence_start = span[0] if span else claims[0].sentence_span[0]
    fallback_whole = _sentence_whole(ctx, claims[0])
    # "the hydro share in Peru (9%), Chile (8%) and Ghana (10%)": one category's share in several
    # places, each of its own whole, so no figure is listed beside it as another player's.
    owned = any(m.owner for m in cued.values())
    respectively = bool(re.search(r"\brespectively\b", _sentence_text(ctx, claims[0]), re.I))
    shares: list[Share] = []
    previous_end = sentence_start
    for claim in candidates:
        after = ctx.text[claim.span[1] : min(claim.sentence_span[1], claim.span[1] + 40)]
        if claim.id in cued:
            found_cue, whole = cued[claim.id].cue, cued[claim.id].whole
            if fallback_whole is not None and (
                not whole.family or (not whole.words and not whole.overall and fallback_whole.family == whole.family)
            ):  # "an 8% overall market share" is of the whole market, whatever narrower one the sentence names
                whole = fallback_whole
        elif (
            not owned
            and _SIBLING_AFTER.match(after)
            and not _paired_elsewhere(ctx, claim, claims)
            and _beside_a_share(claim, percents, cued, shares)
        ):
            # A bare figure beside a share, with nothing after it that says it measures something else.
            found_cue, whole = None, fallback_whole or Whole("", frozenset(), "")
        else:
            continue
        holder, named, item_start = holder_for(ctx, claim, previous_end, sentence_start, shares, respectively)
        owner = cued[claim.id].owner if claim.id in cued else None
        if owner:
            holder, named = owner, False
        if claim.id in cued and cued[claim.id].holder:
            holder, named = cued[claim.id].holder, True
        if found_cue is None and (holder is None or any(same_holder(holder, s.holder) for s in shares)):
            continue  # a bare figure is listed beside a share only as another player's
        if found_cue is None and _RATIO_HEAD.search(holder):
            continue  # "45% of sales, the gross margin was 61%": a ratio of its own, no player's part of the whole
        segment_start, previous_end = previous_end, claim.span[1]
        many = many_holders(ctx, claim, segment_start)
        if many is not None:
            holder, named = many
        elif _combined(ctx, claim, holder, item_start, segment_start):
            continue  # a combined share: its parts are elsewhere
        item_text = ctx.text[item_start : claim.span[1]] + after
        own_period = _own_period(ctx, claim)
        future = own_period is not None and own_period.direction == "future"
        shares.append(
            Share(
                claim=claim,
                whole=whole,
                holder=holder,
                named=named,
                scope=_scope(ctx, item_text),
                period=period_of(ctx, claim),
                forecast=bool(FORECAST.search(_last_piece(ctx, item_start, claim) + after)) or future,
                cue=found_cue,
                # "The remaining makers are Vexa with 6%, ...": a rest word before a named holder introduces
                # members of the rest (of a top five), not the rest of the field as one item.
                rest=many is None
                and bool(
                    (not named and REST.search(item_piece(ctx, item_start, claim))) or (holder and REST.search(holder))
                ),
                item_start=item_start,
                sentence=ctx.sentence_index(claim.span[0]),
                count=names_count(holder) if many is not None else 1,
            )
        )
    _fill_scopes(ctx, claims[0], shares)
    return shares


# What a bare percentage's holder is when it names a ratio of its own rather than a player: the figure measures
# one thing against another (profit against sales, costs against income), it is no part of the shares' whole.
_RATIO_HEAD = re.compile(
    r"\b(?:margins?|rates?|ratios?|yields?|returns?|occupancy|utili[sz]ation|penetration|inflation|turnout|churn"
    r"|retention|conversion)\W*$",
    re.I,
)


def _beside_a_share(claim: Claim, percents: list[Claim], cued: dict[str, Marked], shares: list[Share]) -> bool:
    """A bare figure joins a list of shares: the percentage before it is one of them (or, first, the one after)."""
    index = next(i for i, c in enumerate(percents) if c.id == claim.id)
    if index > 0:
        return any(s.claim.id == percents[index - 1].id for s in shares)
    return index + 1 < len(percents) and percents[index + 1].id in cued


_RANKED_WITH = re.compile(
    r"\b(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:[\s-]+(?:place|spot|position|largest"
    r"|biggest))?|No\.\s?\d{1,2}|leads|led|leader|the\s+top\s+spot|the\s+lead)\s+(?:[\w’'-]+\s+){0,3}?(?:with|at|on)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|just\s+(?:over|under)\s+)?$",
    re.I,
)
_RANKED_WITH = gated(_RANKED_WITH)  # tried on every figure's window, seldom matching there


def _ranked_cue(ctx: ArticleContext, claim: Claim) -> Marked | None:
    """ "Apple is second with 18%", "AWS leads at 29%": a percentage a ranking hands to a player."""
    before = ctx.text[max(claim.sentence_span[0], claim.span[0] - 50) : claim.span[0]]
    match = _RANKED_WITH.search(before)
    after = ctx.text[claim.span[1] : min(claim.sentence_span[1], claim.span[1] + 40)]
    if match is None or not _SIBLING_AFTER.match(after):
        return None
    offset = claim.span[0] - len(before)
    # "leads tablets with 40%", "leads the smartphone market with 22%": what the ranking is of
    middle = re.sub(r"^\S+\s+|\s*(?:with|at|on)\s+\S*\s*$", "", match.group(0).strip() + " ")
    middle = re.sub(r"\b(?:place|spot|position|largest|biggest|is|was|the|in|of)\b", " ", middle, flags=re.I).strip()
    whole = _whole_from(middle + " market") if middle else None
    marked = Whole("", whole.words if whole else frozenset(), whole.text if whole else "")
    return Marked(cue(ctx, (offset + match.start(), offset + match.end()), "a ranked share"), marked)


def _paired_elsewhere(ctx: ArticleContext, claim: Claim, claims: list[Claim]) -> bool:
    """ "fell 10.2 percent and 20.2 percent", "79 (26 per cent)": a bare figure that goes with its neighbour."""
    earlier = [c for c in claims if c.span[1] <= claim.span[0]]
    if not earlier:
        return False
    previous = earlier[-1]
    gap = ctx.text[previous.span[1] : claim.span[0]]
    if re.fullmatch(r"\s*\(\s*", gap) and previous.quantity.kind != QuantityKind.PERCENT:
        return True  # a share of a count in brackets: a part and its share, not a list of players
    if previous.quantity.kind == QuantityKind.PERCENT and _is_excluded(ctx, previous):
        return bool(re.fullmatch(r"\s*(?:percent|per\s*cent|%)?\s*(?:,|and|or|to|,\s*and)\s*", gap, re.I))
    return False


_SIBLING_AFTER = re.compile(
    r"^\s*(?:percent|per\s*cent|pct|%)?\s*(?:$|[,.;)]|\([^)]{0,30}\)|\band\b|\bwhile\b|\bthen\b|\brespectively\b|\beach\b|\bapiece\b"
    r"|\bfor\b|\bin\s+(?:the\s+)?(?:first|second|third|fourth|[A-Z]))"
)


def _fill_scopes(ctx: ArticleContext, first: Claim, shares: list[Share]) -> None:
    """A region said earlier in the sentence or the paragraph holds for shares that name none."""
    if all(s.scope for s in shares):
        return
    start = first.sentence_span[0]
    lead_scope = _scope(ctx, ctx.text[start : shares[0].claim.span[0]]) if shares else None
    line_start = ctx.text.rfind("\n", 0, start) + 1
    carried = _scope(ctx, ctx.text[line_start:start])
    for share in shares:
        if share.scope is None:
            share.scope = lead_scope or carried
