"""A total rate and its complementary parts: the whole's rate is their weighted mean.

A global growth rate is a weighted mean of its international and domestic rates
(men and women, X and non-X, public and private, urban and rural, exports and
imports of total trade, premium and economy cabins), so it lies between them
(``part_whole`` with rule ``between``). The halves are tied by the shared noun
("international traffic ... domestic traffic" against "traffic rose"); in one
sentence the words tie them, across sentences the evidence is inferred. The
halves may stand in two neighbouring sentences when each opens on its half with
one rate and both name one noun ("Foreign visitors rose 5% ... Domestic
visitors rose 3%"). A surplus, deficit or gap is the halves' difference and is
never taken for their total. Imports and exports are not all of a port's box
count (empty and transshipped boxes are counted too), so where the sentences
speak of containers the pairing is kept but left uncertain.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim, Metric
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Evidence, Relation, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue, periods
from factcheck.relations.parts import overlap, part_whole, words
from factcheck.relations.prose import lead

_HALVES = (
    (r"international|overseas|foreign", r"domestic|local|home"),
    (r"men|male|boys", r"women|female|girls"),
    (r"public", r"private"),
    (r"urban", r"rural"),
    # total trade is exports plus imports; a cabin's traffic is premium plus economy
    (r"exports?", r"imports?"),
    (r"premium", r"economy"),
)
_HALF_WORDS = {words: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for pair in _HALVES for words in pair}
_TOTAL_WORD = re.compile(
    r"\b(?:global|total|overall|worldwide|industry(?:-wide)?|combined|systemwide|system-wide|all)\b", re.IGNORECASE
)

_DIFFERENCE = re.compile(r"\b(?:surplus|deficit|shortfall|balance|gap|spread)\b", re.IGNORECASE)

# A port's box count holds more than its imports and exports: empty boxes repositioned and boxes transshipped
# are parts of the total too, so the two loaded halves need not bound its rate ("volume rose 15%: imports up
# 12%, exports down 5%, empties up 41%").
_TRADE_HALVES = re.compile(r"\bexports?\b", re.IGNORECASE)
_BOX_COUNT = re.compile(
    r"\b(?:containers?|box(?:es)?|TEUs?|FEUs?|twenty-foot|empt(?:y|ies)|tran(?:s)?shipp?(?:ed|ing|ment)|throughput)\b",
    re.IGNORECASE,
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


# A sentence with none of these holds no pair of halves: one scan of it spares the dozen per pair of words.
_ANY_HALF = re.compile(rf"\b(?:{'|'.join(words for pair in _HALVES for words in pair)})\b|\bnon-?[a-z]{{4,}}\b", re.I)
_ANY_HALF = gated(_ANY_HALF)  # tried on every sentence, seldom matching there


def _halves(ctx: ArticleContext, start: int, end: int) -> Iterator[tuple[Claim, Claim, str, tuple[int, int]]]:
    """Two rates of complementary halves in one sentence: "international traffic rose 7.4%, domestic 3.9%"."""
    if not _ANY_HALF.search(ctx.text, start, end):
        return
    text = ctx.text[start:end]
    for a_words, b_words in _HALVES:
        for x_words, y_words in ((a_words, b_words), (b_words, a_words)):
            # "imports and exports ..., of which exports ... and imports ...": the pair framing one rate each
            for x in _HALF_WORDS[x_words].finditer(text):
                found = _pair_from(ctx, start, end, text, x, y_words)
                if found is not None:
                    yield found
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


# From a rate to the half it leads: "a 7% gain in", "2.5% growth for the".
_RATE_OF = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:rise|increase|gain|growth|jump|drop|fall|decline|decrease)\s+(?:in|of|for)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _pair_from(
    ctx: ArticleContext, start: int, end: int, text: str, x: re.Match[str], y_words: str
) -> tuple[Claim, Claim, str, tuple[int, int]] | None:
    """The two rates of one half named at ``x`` and of its complement after it, one rate each."""
    y = re.search(rf"\b(?:non-?(?:{x.group(0)})|{y_words})\b", text[x.end() :], re.IGNORECASE)
    if y is None:
        return None
    y_start = x.end() + y.start()
    respectively = re.search(r"\brespectively\b", text[y_start:], re.IGNORECASE)
    if respectively:
        rates = _rates_after(ctx, start + y_start, start + y_start + respectively.start())
        if len(rates) != 2:
            return None
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
        if len(first_rates) == 2 and _RATE_OF.fullmatch(ctx.text, first_rates[1].span[1], start + y_start):
            # "overseas sales up 9%, and a 2% gain in home sales": the rate leads its half
            first_rates, second_rates = first_rates[:1], first_rates[1:]
        if len(first_rates) != 1 or not second_rates:
            return None
        first, second = first_rates[0], second_rates[0]
    # "export and import freight fell ...": two halves joined before their noun share the noun after the second
    joined = re.match(r"\s*(?:and|or|&)\s*$", text[x.end() : y_start], re.IGNORECASE)
    noun = _noun_after(text[y_start + len(y.group(0)) :] if joined else text[x.end() :]) or ""
    return first, second, noun, (start + x.start(), start + y_start + len(y.group(0)))


# "International passengers were up 2% ... Domestic passengers rose 4%": each sentence opens on its half.
_OPENING = r"^\W*(?:(?:the|its|their|[A-Z][\w&.'’-]*(?:['’]s)?)\s+){0,2}?"


_OPENS = {words: re.compile(rf"{_OPENING}\b(?:{words})\b", re.IGNORECASE) for pair in _HALVES for words in pair}
# Any half at all: most pairs of sentences open on none, and are passed over with one try each.
_OPENS_ANY = re.compile(rf"{_OPENING}\b(?:{'|'.join(words for pair in _HALVES for words in pair)})\b", re.IGNORECASE)
_OPENS_ANY = gated(_OPENS_ANY)  # tried on every figure's window, seldom matching there


def _halves_across(
    ctx: ArticleContext, one: tuple[int, int], two: tuple[int, int]
) -> Iterator[tuple[Claim, Claim, str, tuple[int, int]]]:
    """Two neighbouring sentences, each opening on one of two complementary halves and giving it one rate."""
    if ctx.sentence_index(two[0]) != ctx.sentence_index(one[0]) + 1:
        return
    text_one, text_two = ctx.text[one[0] : one[1]], ctx.text[two[0] : two[1]]
    if not _OPENS_ANY.match(text_one) or not _OPENS_ANY.match(text_two):
        return
    for a_words, b_words in _HALVES:
        for x_words, y_words in ((a_words, b_words), (b_words, a_words)):
            x = _OPENS[x_words].match(text_one)
            y = _OPENS[y_words].match(text_two)
            if x is None or y is None:
                continue
            first_rates = _rates_after(ctx, one[0] + x.end(), one[1])
            second_rates = _rates_after(ctx, two[0] + y.end(), two[1])
            if len(first_rates) != 1 or len(second_rates) != 1:
                return  # a second rate in either sentence could be the one meant
            noun = _noun_after(text_one[x.end() :]) or ""
            other = _noun_after(text_two[y.end() :]) or ""
            if not overlap(words(noun) - _MOVES, words(other) - _MOVES):
                return  # "International passengers ... Domestic fares": nothing says the two halves are of one whole
            yield (
                first_rates[0],
                second_rates[0],
                noun,
                (one[0] + x.end() - len(x.group(0).split()[-1]), two[0] + y.end()),
            )
            return


def _same_kind_of_rate(a: Claim, b: Claim) -> bool:
    """Both changes or both levels; a parallel clause may leave one change unread ("rose a stronger 13.0%")."""
    return (a.change is None) == (b.change is None) or a.metric == b.metric != Metric.UNKNOWN


def _weighted_means(ctx: ArticleContext) -> Iterator[Relation]:
    sentences = list(ctx.sentence_groups())
    for index, (start, end) in enumerate(sentences):
        pairs = list(_halves(ctx, start, end))
        if not pairs and index + 1 < len(sentences):
            pairs = list(_halves_across(ctx, (start, end), sentences[index + 1]))
        for first, second, noun, span in pairs:
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
            noun_words = words(noun) - _MOVES
            if not noun_words or not overlap(noun_words, words(lead(ctx, rate, 60))):
                doubts.append("the total rate's measure is not named like its parts'")
            if _TRADE_HALVES.search(ctx.text, *span) and _counts_boxes(ctx, rate, first, second):
                doubts.append("a port's box count holds empty and transshipped boxes besides imports and exports")
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


def _counts_boxes(ctx: ArticleContext, *members: Claim) -> bool:
    """The members' sentences, and the one after the last, speak of containers: the total is a port's box count."""
    spans = {(m.sentence_span[0], m.sentence_span[1]) for m in members}
    following = ctx.sentence_index(max(end for _, end in spans) - 1) + 1
    if following < len(ctx.sentences):
        spans.add(ctx.sentences[following])
    return any(_BOX_COUNT.search(ctx.text, start, end) for start, end in spans)


def _whole_rate(
    ctx: ArticleContext, sentences: list[tuple[int, int]], first: Claim, second: Claim, span: tuple[int, int]
) -> tuple[Claim, tuple[int, int], Tie] | None:
    """The total's rate: before the parts, of the same kind (change or level), marked as a total or sharing the noun."""
    for start, end in reversed(sentences):
        if not start <= span[0] < end and next(_halves(ctx, start, end), None) is not None:
            # "Of exports, the domestic sector gave $9.8 billion and the foreign one the rest, down 16% and 9%
            # respectively": an earlier sentence that gives two halves their own rates is another measure's
            # parts, and the total, if any, is not there
            return None
        candidates = [
            c
            for c in ctx.claims_in(start, min(end, span[0]))
            if c.quantity.kind == QuantityKind.PERCENT
            and _same_kind_of_rate(c, first)
            and c.id not in (first.id, second.id)
            # "the trade surplus widened 45%": a difference of the halves is no total of them
            and not _DIFFERENCE.search(lead(ctx, c, 40))
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


@finder("part_rates")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    yield from _weighted_means(ctx)
