"""One figure stated twice, and an unrounded figure against its rounded form.

* The same figure twice: two figures of one subject, one measure and one period (or both undated), of the same
  kind, not set against each other ("$53 billion in AI" and, later, "its $53 billion AI investment"). Only
  measures a story states once per subject and period take part (revenue, profit, market value, investment,
  headcount ...): prices, index levels and rates move within a story and are stated many times. Nothing in the
  words ties the two, so the pairing is inferred: certain only when subject and measure are both known and agree.
* Unrounded: "Before rounding, prices were up 0.244 percent" restates the figure of the same kind just before it
  ("rose 0.2 percent"); the words "before rounding" tie them. A sentence told again "to two decimal places" after
  one giving its figures rounded ("fell from 5.6% to 5.4%. To two decimal places, it fell from 5.63% to 5.41%")
  pairs its figures one to one, in order, when both give as many of the kind and each earlier one is the rounder.
* Spelled out, then in digits: "Forty-one percent (41%) of members", "twelve (12) months", "two million
  (2,000,000) shares". A figure written in words with a bracket right after it that holds nothing but a figure
  in digits of the same kind and unit gives one figure twice, the style of polling releases and contracts. A
  bracket with other words in it ("(up from 38%)"), or a figure of another unit ("(12% of the total)", "(£4m)"),
  says something else. A fraction in words with a percentage in the bracket ("around a third (34%) of sales") is
  one share twice too, but a fraction in words is rounded loosely, so that pairing stays indeterminate.
* Told again in the same words: a key-points line above the story, a deck under the headline or a closing
  summary repeats a sentence of the body, with the figure in the same place ("Coverdale's output rose 4.1% in
  May" ... "Coverdale's output rose 4.1% in May, the office said"; "the jobless rate was 5.2 per cent, the lowest
  since 2008" ... "the rate - the share of the workforce out of work - was 5.2 per cent, the lowest since 2008").
  The pairing rests on the words around the two figures (read with every figure masked, so a changed copy still
  pairs), never on their values: the nearest content words on one side must be the same and those on the other
  side must not differ, the figures must be of one kind, unit and way, and no subject, measure or period may
  differ. A different subject or whole ("sales in the north rose 4%" / "in the south"; "4% of revenue" / "of
  costs"), a forecast against the result ("expects output to rise 4%" / "output rose 4%") or another period
  changes the words next to the figure; so does another basis ("Underlying profit from operations" / "Reported
  profit from operations", where a filler-like "reported" is the basis). A release tells a sentence again for
  its second basis, named where the paragraph or sentence opens ("Unadjusted figures were stronger. Retail sales
  rose 4.3% in June"): two tellings whose openings name different bases stay uncertain (paragraph_bases). A
  word for the stretch a figure covers in one telling only ("Its quarterly profit hit ..." / "Profit hit ...",
  under a paragraph on the year) may mark the quarter's figure and the year's: that pairing stays uncertain.
  Nothing but the words ties the two, so
  the pairing is inferred: certain only when subject and measure are both known and agree (or when a bulleted key
  point above the story comes back in the body word for word, ten words or more: its words then tie it); it stays
  uncertain when only one figure is dated, in the words before it ("Third quarter Net sales rose to ..." against
  a block whose heading the reader did not take for a date). A telling whose subject points back ("The figure was a 20
  per cent rise") is about the sentence before it: the two pair only when those sentences are one retold. A short
  unpunctuated heading line between the two tellings that names a subject the text had not named before starts
  another item of a roundup ("Brenner Gas lifts dividend by 4%"), whose template sentence names no subject of its
  own: that pairing stays uncertain too.
* Named by its figure: "The 0.4% rise was the first in a year", "..., and that 5.1 percent rate came after ...":
  a determiner opening the clause, the figure, a noun for a move or a level, then the clause's verb use the figure
  as the name of one already told (after "than", "from" or "double" the same words bring in a new figure). It is
  the nearest figure before it, in the six sentences before, of the same kind, unit and way, no forecast and of no
  other measure or period. The words say the figure was told before but not which: the pairing is certain only
  when no other figure in those sentences would fit, the phrase gives no time of its own ("over 12 months") and
  names nothing the first figure's sentence does not ("the 6% rise in online sales" after "sales rose 4%").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from difflib import SequenceMatcher

from factcheck.claim import Claim
from factcheck.context import ArticleContext, per_claim
from factcheck.figures import direction, same_unit, show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import roles, scale_doubts
from factcheck.relations.evidence import cue, inferred, periods, stated_together, subjects
from factcheck.relations.paragraph_bases import basis_apart
from factcheck.relations.paragraph_subjects import subjects_apart
from factcheck.relations.prose import is_estimate, is_prior_by_date, lead, starts_from

# Measures an article states once per subject and period.
_ONCE = frozenset(
    {"revenue", "net income", "operating income", "pre-tax profit", "market value", "dividend",
     "earnings per share", "ebitda", "gross profit", "total income", "expenses", "debt", "deficit"}
)  # fmt: skip
_COMPARED = re.compile(
    r"\b(?:from|against|versus|vs\.?|compared|a year (?:ago|earlier)|year[- ]ago|last year|previous|prior|preceding"
    r"|same (?:period|quarter|time)|year[- ]on|earlier|before|since|to|instead\s+of|rather\s+than)\b",
    re.IGNORECASE,
)
_COMPARED = gated(_COMPARED)  # tried on every figure's window, seldom matching there
# Forecasts, targets and plans are not the record: two of them may differ by design.
_FORWARD = re.compile(
    r"\b(?:expects?|expected|forecasts?|guidance|outlook|targets?|plans?|projects?|projected|estimates?|sees|would"
    r"|could|may|might|will)\b",
    re.IGNORECASE,
)
_FORWARD = gated(_FORWARD)  # tried on every figure's window, seldom matching there


def _period_key(claim: Claim) -> tuple | None:
    ref = claim.period
    if ref is None:
        return None
    return (ref.kind.value, ref.year, ref.quarter, ref.month, ref.day, ref.part, ref.months, ref.text.lower())


def _set_against(ctx: ArticleContext, claim: Claim) -> bool:
    """A figure compared with something, or dated before: a different time, not a restatement."""
    return bool(
        _COMPARED.search(lead(ctx, claim, 40))
        or starts_from(ctx, claim)
        or is_prior_by_date(ctx, claim)
        or is_estimate(ctx, claim)
        or claim.change is not None
        or claim.quantity.is_range
        or _FORWARD.search(ctx.text[claim.sentence_span[0] : claim.span[0]])
    )


@finder("same_figures")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    yield from _unrounded(ctx)
    yield from _spelled_then_digits(ctx)
    yield from _echoed(ctx)
    yield from _named_by_figure(ctx)
    figures = [c for c in ctx.claims if c.measure in _ONCE and c.subject and not _set_against(ctx, c)]
    for i, a in enumerate(figures):
        for b in figures[i + 1 :]:
            if a.measure != b.measure or not same_unit(a, b) or a.sentence_span == b.sentence_span:
                continue
            if _period_key(a) != _period_key(b):
                continue
            if a.quantity.text.strip() == b.quantity.text.strip():
                continue  # repeated word for word: nothing to check
            if scale_doubts([a, b]):
                continue  # "£9.9m" and "3.9p": a total and a per-share figure, not one figure twice
            doubts = []
            if not (_RESTATED.search(lead(ctx, a, 40)) or _RESTATED.search(lead(ctx, b, 40))):
                # "$5.5 billion in Mac revenue" and "$10.2 billion in revenue from China": parts of one measure
                # are stated side by side; only "its $53 billion investment" reads as the same figure again.
                doubts.append("neither figure is worded as a restatement (“its …”), so they may be different parts")
            apart = basis_apart(ctx, a, b)
            if apart is not None:
                doubts.append(apart)
            evidence = inferred(ctx, [a, b], period=Agreement.AGREE, doubts=doubts)
            if evidence.subject != Agreement.AGREE:
                continue
            yield Relation(
                kind=RelationKind.SAME_FIGURE,
                members=roles(first=a, second=b),
                evidence=evidence,
                reason=f"both give {a.subject}'s {a.measure}"
                + (f" for {a.period.text}" if a.period else "")
                + ", and neither is set against another time",
            )


# "its $53 billion investment", "the $4.1 billion deal": a figure used to name something already stated.
# "Acme's revenue of $4.2bn": the measure named whole, with no part of it.
_RESTATED = re.compile(
    r"(?:\b(?:its|their|his|her|the|this|that)\s+(?:[a-z]+\s+)?|['’]s\s+(?:total\s+)?[a-z]+(?:\s+[a-z]+)?\s+of\s+)"
    r"[$£€¥₹]?\s*$",
    re.IGNORECASE,
)

_UNROUNDED = re.compile(
    r"\b(?:before rounding|unrounded|not rounded|exact figure|precisely"
    r"|(?:to|at|in)\s+(?:one|two|three|1|2|3)\s+decimal\s+(?:places|points))\b",
    re.IGNORECASE,
)
_UNROUNDED = gated(_UNROUNDED)  # tried on every figure's window, seldom matching there


def _unrounded(ctx: ArticleContext) -> Iterator[Relation]:
    told: set[str] = set()
    for exact in ctx.claims:
        if exact.id in told:
            continue
        said = _UNROUNDED.search(lead(ctx, exact, 60))
        if said is None:
            continue
        offset = exact.span[0] - len(lead(ctx, exact, 60))
        span = (offset + said.start(), offset + said.end())
        ordered = _told_in_order(ctx, exact, span)
        if ordered:
            told.update(e.id for _, e in ordered)
            for rounded, more in ordered:
                yield _unrounded_relation(ctx, rounded, more, said.group(0), span, [])
            continue
        earlier = [
            c
            for c in ctx.claims_in(max(0, exact.span[0] - 300), exact.span[0])
            if c.span[1] <= exact.span[0]
            and c.quantity.kind == exact.quantity.kind
            and c.quantity.unit == exact.quantity.unit
            and c.quantity.rounding > exact.quantity.rounding
        ]
        if not earlier:
            continue
        rounded = earlier[-1]
        # "Jobless rate: 5.2% versus 5.3% expected. Unrounded rate: 5.2291%": the line before sets a result against
        # a forecast or a prior, and the word does not say which of its figures is given unrounded.
        rivals = [c for c in earlier[:-1] if c.sentence_span == rounded.sentence_span]
        # "... nearly a 0.5% rise once rounded. Unrounded, the core index gained 0.6348%", after
        # "the core index rose 0.6%": a figure further back that the exact one rounds to may be the one it gives.
        rivals += [
            c
            for c in earlier[:-1]
            if c not in rivals and abs(c.quantity.value - exact.quantity.value) <= c.quantity.rounding
        ]
        yield _unrounded_relation(ctx, rounded, exact, said.group(0), span, rivals)


def _unrounded_relation(
    ctx: ArticleContext, rounded: Claim, exact: Claim, said: str, span: tuple[int, int], rivals: list[Claim]
) -> Relation:
    return Relation(
        kind=RelationKind.SAME_FIGURE,
        members=roles(first=rounded, second=exact),
        evidence=stated_together(
            ctx,
            [rounded, exact],
            [cue(ctx, span, "the unrounded figure")],
            tie=Tie.CUE,
            ambiguous=[show(c) for c in rivals],
        ),
        reason=f"“{said}” gives {show(exact)} as the unrounded form of {show(rounded)}",
        params={"unrounded": True},
        spans=[span],
    )


def _told_in_order(ctx: ArticleContext, exact: Claim, span: tuple[int, int]) -> list[tuple[Claim, Claim]]:
    """ "The rate fell from 5.6% to 5.4%. To two decimal places, it fell from 5.63% to 5.41%": a sentence told again
    more exactly, its figures in the order the sentence before gave them. Paired one to one only when both sentences
    give the same number of figures of the kind and each earlier one is the rounder."""
    if exact.sentence_span[0] > span[0]:
        return []  # the words open another sentence than the figures'
    exacts = [c for c in ctx.claims_in(span[1], exact.sentence_span[1]) if _way(c) == _way(exact)]
    index = ctx.sentence_index(exact.sentence_span[0])
    if len(exacts) < 2 or index == 0:
        return []
    before = ctx.claims_in(*ctx.sentences[index - 1])
    rounded = [c for c in before if _way(c) == _way(exact)]
    if len(rounded) != len(exacts) or any(c.quantity.is_range for c in rounded + exacts):
        return []
    pairs = list(zip(rounded, exacts, strict=True))
    if any(r.quantity.unit != e.quantity.unit or r.quantity.rounding <= e.quantity.rounding for r, e in pairs):
        return []
    return pairs


# Only the bracket's own figure between "(" and ")": "(41%)", "( 12 )".
_BRACKETED = re.compile(r"\s*\(\s*$")
_BRACKET_END = re.compile(r"^\s*\)")


# A number in words that goes on across commas: what the extraction read is its last group only.
_SPELLED_BEFORE = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million"
    r"|billion|trillion)\s*,\s*$",
    re.IGNORECASE,
)


def _spelled_then_digits(ctx: ArticleContext) -> Iterator[Relation]:
    for words, digits in zip(ctx.claims, ctx.claims[1:], strict=False):
        if any(ch.isdigit() for ch in words.quantity.text) or not any(ch.isdigit() for ch in digits.quantity.text):
            continue
        between = ctx.text[words.span[1] : digits.span[0]]
        if not _BRACKETED.fullmatch(between) or not _BRACKET_END.match(ctx.text[digits.span[1] : digits.span[1] + 3]):
            continue
        share = words.quantity.kind == QuantityKind.FRACTION and digits.quantity.kind == QuantityKind.PERCENT
        if not share and (words.quantity.kind != digits.quantity.kind or not same_unit(words, digits)):
            continue
        if digits.quantity.is_range or words.quantity.is_range:
            continue
        if _SPELLED_BEFORE.search(ctx.text, max(0, words.span[0] - 24), words.span[0]):
            continue  # "one billion, ..., four hundred and ten rand (R1,204,...)": the tail of a longer one
        span = (words.span[1], digits.span[1] + 1)
        # "around a third (34%)": a fraction in words is rounded loosely (a third for 30% to 37%), so only the
        # pairing is given, not a verdict.
        doubts = ["a fraction in words stands for a loosely rounded share, so the percentage is not held to it"]
        yield Relation(
            kind=RelationKind.SAME_FIGURE,
            members=roles(first=words, second=digits),
            evidence=stated_together(
                ctx,
                [words, digits],
                [cue(ctx, span, "the figure again, in digits")],
                unit=Agreement.AGREE if share else None,
                doubts=doubts if share else (),
            ),
            reason=f"{show(words)} is written out and given again in digits in the bracket after it: {show(digits)}",
            params={"in_digits": True},
            spans=[span],
        )


_WORD = re.compile(r"[^\W\d_][\w'’&-]*|\d(?:[\d.,]*\d)?")
_NAME = re.compile(r"(?<![\w'’.])[A-Z][\w&-]*")
_FIGURE = "#"
# A one-word gloss in brackets, "(QIB)", "(Ltd)": an abbreviation one telling gives and the other leaves out.
_GLOSS = re.compile(r"\(\s*[^\W\d_][\w&.'’-]{0,15}\s*\)")
# Words that change between two tellings of one statement without changing what it says.
_FILLER = frozenset(
    {"a", "an", "the", "and", "or", "but", "of", "to", "at", "by", "was", "is", "are", "were", "be", "been", "has",
     "have", "had", "its", "their", "his", "her", "this", "that", "which", "while", "with", "about", "around", "nearly",
     "almost", "some", "roughly", "approximately", "just", "more", "less", "than", "over", "under", "whopping",
     "stood", "came", "moved", "reported", "said", "says", "per", "cent", "percent", "meanwhile", "also"}
)  # fmt: skip
_ECHO_SIDE = 4  # words read on each side of the figure
_ECHO_MIN = 3  # words (not figures) that must agree on the side that matches in full
_ECHO_SHORT = 5  # words a sentence needs to be told again: a shorter line is a table's row or a label
# Figures sharing the word next to them beyond this are the rows of a table or a template, not a retelling.
_ECHO_GROUP = 12


def _words(ctx: ArticleContext, start: int, end: int) -> list[str]:
    """The words from start to end, lower case, filler left out and every figure the article states as ``#``.

    Read once per stretch of the article and shared (callers read the list, never change it): the echo search asks
    for every sentence's words, then again for the openings and sentences of the pairs it weighs and of their rivals.
    """
    return _read(ctx, start, end)[0]


def _read(ctx: ArticleContext, start: int, end: int) -> tuple[list[str], dict[int, int] | None]:
    """:func:`_words` of the stretch, and where each figure's ``#`` stands among them (keyed by the claim's identity),
    or ``None`` for the places where figures overlap (a figure inside another's span reads as neither's side)."""
    read: dict[tuple[int, int], tuple[list[str], dict[int, int] | None]] = ctx.memo("same_figures.words", dict)
    found = read.get((start, end))
    if found is None:
        found = read[start, end] = _read_words(ctx, start, end)
    return found


def _read_words(ctx: ArticleContext, start: int, end: int) -> tuple[list[str], dict[int, int] | None]:
    words: list[str] = []
    places: dict[int, int] | None = {}
    pos = start
    for figure in [*ctx.claims_in(start, end), None]:
        stop = end if figure is None else max(pos, figure.span[0])
        segment = _GLOSS.sub(" ", ctx.text[pos:stop]) if "(" in ctx.text[pos:stop] else ctx.text[pos:stop]
        words += [w for w in (m.lower() for m in _WORD.findall(segment)) if w not in _FILLER]
        if figure is not None:
            if places is not None and (pos > figure.span[0] or figure.span[0] >= figure.span[1]):
                places = None  # figures overlap here: no figure's place stands for its sides
            if places is not None:
                places[id(figure)] = len(words)
            words.append(_FIGURE)
            pos = max(pos, figure.span[1])
    return words, places


def _placed(ctx: ArticleContext, claim: Claim) -> tuple[list[str], int] | None:
    """The words of the figure's sentence and the place of its ``#`` among them, where the sentence's figures do not
    overlap: the words on either side of the figure are then those before and after its ``#``, so the sentence is
    read once for all its figures, not again for each one's opening and sides."""
    start, end = claim.sentence_span
    words, places = _read(ctx, start, end)
    at = places.get(id(claim)) if places is not None else None
    return (words, at) if at is not None and claim.span[1] <= end else None


@per_claim  # asked again for every pair a figure is in, and for every rival of the pair
def _sides(ctx: ArticleContext, claim: Claim) -> tuple[list[str], list[str]]:
    placed = _placed(ctx, claim)
    if placed is not None:
        words, at = placed
        return words[:at][-_ECHO_SIDE:], words[at + 1 :][:_ECHO_SIDE]
    start, end = claim.sentence_span
    return _words(ctx, start, claim.span[0])[-_ECHO_SIDE:], _words(ctx, claim.span[1], end)[:_ECHO_SIDE]


@per_claim  # asked for every pair a figure is in
def _opening_words(ctx: ArticleContext, claim: Claim) -> list[str]:
    """:func:`_words` of the figure's opening (:func:`_opening`)."""
    placed = _placed(ctx, claim)
    return placed[0][: placed[1]] if placed is not None else _words(ctx, *_opening(claim))


def _agree(a: list[str], b: list[str], *, nearest_last: bool) -> int:
    """How many of the nearest words (not figures) agree, or -1 when the nearest words differ."""
    if nearest_last:
        a, b = a[::-1], b[::-1]
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            return -1 if shared == 0 else shared
        shared += x != _FIGURE
    return shared


def _echo(ctx: ArticleContext, a: Claim, b: Claim) -> bool:
    """The words next to the two figures agree: in full on one side, or in part on both sides."""
    (before_a, after_a), (before_b, after_b) = _sides(ctx, a), _sides(ctx, b)
    before = _agree(before_a, before_b, nearest_last=True)
    after = _agree(after_a, after_b, nearest_last=False)
    if max(before, after) >= _ECHO_SIDE:
        return True  # "..., the highest since records began": a clause added before it does not undo this
    if min(before, after) < 0:
        return False
    return max(before, after) >= _ECHO_MIN or before + after >= _ECHO_SIDE


@per_claim  # asked of both figures of every pair that reads alike
def _names(ctx: ArticleContext, claim: Claim) -> frozenset[str]:
    """The capitalised words of the figure's sentence: who and what it is about."""
    found = (m.group(0).lower() for m in _NAME.finditer(ctx.text, *claim.sentence_span))
    return frozenset(w for w in found if w not in _FILLER)


def _retold(ctx: ArticleContext, a: tuple[int, int], b: tuple[int, int], *, one_way: bool = False) -> bool:
    """One sentence is the other with words added or left out, none put in another's place.

    ``one_way``: one holds all the other's words (words only added, or only left out).
    """
    return _alike(_words(ctx, *a), _words(ctx, *b), one_way=one_way)


def _alike(words_a: list[str], words_b: list[str], *, one_way: bool = False) -> bool:
    """:func:`_retold` of two word lists."""
    if words_a == words_b:
        # Most pairs weighed are one sentence told again as it was: their match is all "equal" (none, when empty).
        return bool(words_a)
    ops = {op for op, *_ in SequenceMatcher(None, words_a, words_b, autojunk=False).get_opcodes()}
    if "equal" not in ops or "replace" in ops:
        return False
    return not (one_way and {"insert", "delete"} <= ops)


# The basis a results figure is told on: highlights list one measure on two ("Underlying profit before tax",
# "Reported profit before tax"), the same words but for this one.
_BASIS = re.compile(
    r"\b(?:underlying|adjusted|reported|statutory|core|normali[sz]ed|comparable|organic|like-for-like|headline"
    r"|pro\s+forma|non-gaap|gaap|ifrs)\b",
    re.IGNORECASE,
)
_BASIS = gated(_BASIS)  # tried on every figure's window, seldom matching there


@per_claim  # asked of both figures of every pair that reads alike
def _bases(ctx: ArticleContext, claim: Claim) -> frozenset[str]:
    """The basis words in the few words before the figure, in its sentence."""
    words = ctx.text[max(claim.sentence_span[0], claim.span[0] - 80) : claim.span[0]]
    return frozenset(" ".join(m.group(0).lower().split()) for m in _BASIS.finditer(words))


# "Its quarterly profit hit $310 million" then, under a paragraph on the year, "Profit hit $1.2 billion": a word
# naming the stretch a figure covers, in one telling's words before the figure only, makes them two figures.
_STRETCH_WORD = re.compile(
    r"\b(?:quarterly|monthly|weekly|annual|annuali[sz]ed|yearly|full[- ]year|half[- ]year(?:ly)?|first[- ]half"
    r"|second[- ]half|(?:first|second|third|fourth)[- ]quarter|nine[- ]month|year[- ]to[- ]date"
    # "Over the past 12 months, clinics have added 318,000 jobs" after "added 27,000 jobs in May": a run of periods
    r"|(?:over|in|during|across)\s+the\s+(?:past|last|previous|preceding)\s+(?:[\w-]+\s+)?(?:days?|weeks?|months?"
    r"|quarters?|years?)|so\s+far\s+this\s+(?:year|month|quarter)|since\s+the\s+start\s+of)\b",
    re.IGNORECASE,
)
_STRETCH_WORD = gated(_STRETCH_WORD)  # tried on every figure's window, seldom matching there


@per_claim  # asked of both figures of every pair that reads alike
def _stretch_words(ctx: ArticleContext, claim: Claim) -> frozenset[str]:
    words = ctx.text[claim.sentence_span[0] : claim.span[0]]
    return frozenset(re.sub(r"[\s-]+", " ", m.group(0).lower()) for m in _STRETCH_WORD.finditer(words))


def _opening(claim: Claim) -> tuple[int, int]:
    return claim.sentence_span[0], claim.span[0]


def _way(claim: Claim) -> tuple:
    return (claim.quantity.kind, direction(claim), claim.change.kind if claim.change else None)


def _echoed(ctx: ArticleContext) -> Iterator[Relation]:
    long = {span: len(_words(ctx, *span)) > _ECHO_SHORT for span in {c.sentence_span for c in ctx.claims}}
    figures = [c for c in ctx.claims if not c.quantity.is_range and long[c.sentence_span]]
    # Two tellings agree on the word next to the figure on one side at least (see _echo), so only figures that
    # share such a word are set side by side: the article's figures are not all compared with all.
    sides = {c.id: _sides(ctx, c) for c in figures}
    keys = [_keys(claim, sides[claim.id]) for claim in figures]  # asked again of the first figure of every pair
    groups: dict[tuple, list[int]] = {}
    for index, claim_keys in enumerate(keys):
        for key in claim_keys:
            groups.setdefault(key, []).append(index)
    pairs = sorted(
        {
            (i, j)
            for group in groups.values()
            if len(group) <= _ECHO_GROUP
            for n, i in enumerate(group)
            for j in group[n + 1 :]
        }
    )
    for i, j in pairs:
        a, b = figures[i], figures[j]
        if b.sentence_span == a.sentence_span or not same_unit(a, b):
            continue
        if a.measure and b.measure and a.measure != b.measure:
            continue
        if periods([a, b]) == Agreement.DISAGREE or subjects([a, b]) == Agreement.DISAGREE:
            continue
        if not _echo(ctx, a, b) or not _alike(_opening_words(ctx, a), _opening_words(ctx, b), one_way=True):
            # "The food index rose 0.4% in May" and "The fuel index rose 0.4% in May": the words before the
            # figure name what it measures; a word put in another's place there, or words dropped on one side
            # and others added, name another thing.
            continue
        if _ANAPHOR.match(ctx.text, a.sentence_span[0]) and not _same_antecedent(ctx, a, b):
            # "The figure was a 20 per cent rise on a year earlier." told after profit after tax, and again after
            # profit before tax: the subject is the sentence before's figure, and those sentences differ.
            continue
        names_a, names_b = _names(ctx, a), _names(ctx, b)
        if not (names_a <= names_b or names_b <= names_a):
            continue  # "the Detroit makers' sales of ..." and "European brands' sales of ...": other subjects
        if _bases(ctx, a) != _bases(ctx, b):
            continue  # "Underlying profit from operations $19.8m" and "Reported profit from operations $13.7m"
        rivals = [o for o in ctx.claims_in(*b.sentence_span) if o is not b and _way(o) == _way(b)]
        if any(_echo(ctx, a, o) for o in rivals):
            continue  # the words fit two figures of the sentence: a list, not a retelling
        alike = [figures[k] for key in keys[i] for k in groups.get(key, ())]
        doubts = _echo_doubts(ctx, a, b, alike)
        apart_subjects = subjects_apart(ctx, a, b) if a.subject is None or b.subject is None else None
        if apart_subjects is not None and not doubts:
            # "The surplus with Norland widened ... Exports slipped to $8.2 billion." and, a paragraph on, "The
            # surplus with Vestria narrowed ... Exports slipped to $3.1 billion.": one template, two subjects.
            doubts.append(apart_subjects)
        apart = basis_apart(ctx, a, b)
        if apart is not None:
            # "Retail sales rose 1.8% in June." and, under "Unadjusted figures were stronger.", "Retail sales rose
            # 4.3% in June.": a release's sentence told again for its second basis.
            doubts.append(apart)
        stretches = _stretch_words(ctx, a) ^ _stretch_words(ctx, b)
        if stretches:
            # "Its quarterly profit hit $310 million" and "Profit hit $1.2 billion" under a paragraph on the
            # year: one telling names the stretch its figure covers and the other does not, so it may be another.
            doubts.append(f"only one of them names its stretch (“{sorted(stretches)[0]}”), so they may be two periods")
        evidence = inferred(ctx, [a, b], doubts=doubts)
        if not evidence.doubts and _word_for_word(ctx, a, b):
            evidence = evidence.model_copy(
                update={"tie": Tie.CUE, "cues": [cue(ctx, b.sentence_span, "the sentence told again word for word")]}
            )
        yield Relation(
            kind=RelationKind.SAME_FIGURE,
            members=roles(first=a, second=b),
            evidence=evidence,
            reason=f"{show(b)} is told in the same words as {show(a)} was, in another sentence",
            params={"echoed": True},
        )


_WORD_FOR_WORD = 10  # words (not figures) a sentence told again in full needs to say by itself what it is about


def _word_for_word(ctx: ArticleContext, a: Claim, b: Claim) -> bool:
    """A key-points line above the story told again in its body, word for word but for its figures, and long.

    A bulleted key point repeated in the body ("- Tarvik holders will get $38 in cash a share, about 21% above
    where the stock traded before the bid.") names its subject and measure in its own words, whichever of them the
    reader could name: with ten words or more alike, the copies are one figure. Two body paragraphs that share a
    sentence are not read so: a report tells one sentence again for another basis its paragraph opens on ("On an
    unadjusted basis, ..."), so only a bullet line retold in the body is tied.
    """
    if not (_bullet(ctx, a) and not _bullet(ctx, b)):
        return False
    words_a, words_b = _words(ctx, *a.sentence_span), _words(ctx, *b.sentence_span)
    return words_a == words_b and sum(w != _FIGURE for w in words_a) >= _WORD_FOR_WORD


def _bullet(ctx: ArticleContext, claim: Claim) -> bool:
    """The figure's sentence opens a line marked as a list's point ("- ", "• ")."""
    start = ctx.text.rfind("\n", 0, claim.sentence_span[0]) + 1
    return bool(_BULLET.match(ctx.text, start)) and not ctx.text[start : claim.sentence_span[0]].strip(" -–•*·\t")


_BULLET = re.compile(r"[ \t]*[-–•*·][ \t]")


# A subject that points back to the sentence before ("The figure", "This", "It", "That amount"), or a sentence
# that names no subject at all ("There were 2% fewer riders in the year"): what it counts is told before it.
_ANAPHOR = re.compile(
    r"\s*(?:(?:the|this|that|these|those)\s+(?:figure|figures|number|amount|sum|total|result|level|rise|increase"
    r"|growth|gain|fall|drop|decline)|this|that|it|these|those"
    r"|there\s+(?:is|are|was|were|(?:has|have|had)\s+been|will\s+be))\b",
    re.IGNORECASE,
)


def _same_antecedent(ctx: ArticleContext, a: Claim, b: Claim) -> bool:
    """The sentences right before the two tellings are one sentence retold: the pointer points at the same thing."""
    index_a, index_b = ctx.sentence_index(a.sentence_span[0]), ctx.sentence_index(b.sentence_span[0])
    if index_a == 0 or index_b == 0:
        return False
    before_a, before_b = ctx.sentences[index_a - 1], ctx.sentences[index_b - 1]
    return _retold(ctx, before_a, before_b)


def _keys(claim: Claim, sides: tuple[list[str], list[str]]) -> list[tuple]:
    """What a telling must share with another on one side for the two to agree there (_agree): the words next to
    the figure up to the first that is not a figure, with the figure's way."""
    keys = []
    for side, words in (("before", sides[0][::-1]), ("after", sides[1])):
        near = next((n for n, w in enumerate(words) if w != _FIGURE), None)
        if near is not None:
            keys.append((_way(claim), side, *words[: near + 1]))
    return keys


def _echo_doubts(ctx: ArticleContext, a: Claim, b: Claim, figures: list[Claim]) -> list[str]:
    """Why two figures told in like words may still be two figures: lines of a list or of repeated blocks."""
    dated = [c for c in (a, b) if c.period is not None and c.sentence_span[0] <= c.period.span[0] < c.span[0]]
    if dated and (a.period is None) != (b.period is None):
        # "Third quarter net sales rose to X ... Nine months net sales rose to Y": a report's blocks each open on
        # their stretch; one the reader did not take for a date leaves the other's stretch unmatched.
        return [f"only one of them is dated ({dated[0].period.text}), in the words before it"]
    heading = _new_heading(ctx, a, b)
    if heading is not None:
        # "Palto lifts dividend 6% ... With the stock at $77, the payout gives a return of 3.1%. / Brenner Gas lifts
        # dividend 4% ... With the stock at $30, the payout gives a return of 5%": a roundup's items each under a
        # heading of their own, told in one template that names no subject; the second telling is about the
        # heading's new subject.
        return [f"a heading between them (“{heading}”) names a subject not named before, so they may be two items"]
    if not _retold(ctx, a.sentence_span, b.sentence_span):
        return ["the two sentences differ in more than added or dropped words, so they may be parallel lines"]
    if any(o.sentence_span not in (a.sentence_span, b.sentence_span) and _way(o) == _way(a) and _echo(ctx, a, o)
           for o in figures):  # fmt: skip
        return ["more than two sentences read alike, as the lines of a list or table do"]
    first, second = ctx.sentence_index(a.span[0]), ctx.sentence_index(b.span[0])
    if first > 0 and second - first > 1 and _retold(ctx, ctx.sentences[first - 1], ctx.sentences[second - 1]):
        # "On the day: the index is up 28 points ... For the year: the index is up 893 points": a block told
        # again for another period or market, its heading in a line above.
        return ["the sentences before them read alike too, as repeated blocks of a report do"]
    return []


_HEADING_WORDS = 14  # a line this short with no full stop, between paragraphs, heads the item below it
_ENDS_SENTENCE = re.compile(r"[.!?:;,]['\"’”)]?\s*$")


def _new_heading(ctx: ArticleContext, a: Claim, b: Claim) -> str | None:
    """A heading line between two tellings that names something the text before the first one never named."""
    between = ctx.text[a.sentence_span[1] : b.sentence_span[0]]
    if "\n" not in between:
        return None
    told = ctx.text[: a.sentence_span[1]].lower()
    for line in between.split("\n"):
        line = line.strip()
        if not line or len(line.split()) > _HEADING_WORDS or _ENDS_SENTENCE.search(line):
            continue
        found = list(_NAME.finditer(line))
        if found and found[0].start() == 0 and (len(found) == 1 or found[1].start() > found[0].end() + 1):
            # "Orders rose sharply over the year": a line's first word is capitalised anyway; a name there must run
            # on into a second capitalised word ("Brenner Gas lifts dividend")
            found = found[1:]
        names = {m.group(0).lower() for m in found} - _FILLER
        if any(re.search(rf"\b{re.escape(name)}\b", told) is None for name in names):
            return line
    return None


# "the 0.4% rise", "that 5.1 percent rate", "its 12% increase": the figure names something told before it.
# The phrase opens its clause and is what the clause is about ("The 0.4% rise was ...", "..., and the 3.1% increase
# came ..."): after "than", "from" or "double" the same words introduce a new figure to compare with.
_NAMING = re.compile(r"(?:^|[,;:]\s*(?:and\s+|but\s+|while\s+)?)(?:the|that|this|its|their)\s+$", re.IGNORECASE)
_NAMING = gated(_NAMING)  # tried on every figure's window, seldom matching there
_MOVE_NOUN = re.compile(
    r"^[\s-]*(?:(?:annual|monthly|quarterly|yearly|overall|headline)\s+)?(?:increase|rise|gain|jump|climb|advance"
    r"|surge|drop|decline|fall|slide|dip|decrease|cut|growth|rate|level|reading|turnout)s?\b",
    re.IGNORECASE,
)
# A figure someone predicted is not the result a later "the 0.4% rise" names.
_FORECAST_BY = re.compile(r"\b(?:predict\w*|economists|analysts|consensus|poll\w*|surveyed)\b", re.IGNORECASE)
# "the 3.1% increase over 12 months", "the 2% rise from a year earlier": words in the naming figure's own phrase
# that give it a time of its own.
_OWN_TIME = re.compile(
    r"\b(?:over|for|from|since|during|through|on\s+the|in\s+(?:the\s+)?(?:year|month|quarter|week|(?:19|20)\d\d)"
    r"|annual|year[- ]on[- ]year|twelve|12)\b",
    re.IGNORECASE,
)
_PHRASE_END = re.compile(
    r"[,.;:!?]|\b(?:was|is|were|are|came|has|had|marked|followed|left|took|put|brought|will|would)\b"
)
_NAMED_BACK = 6  # sentences before the naming figure searched for the one it names


def _named_by_figure(ctx: ArticleContext) -> Iterator[Relation]:
    for named in ctx.claims:
        if named.quantity.is_range or not _NAMING.search(ctx.text[named.sentence_span[0] : named.span[0]]):
            continue
        noun = _MOVE_NOUN.match(ctx.text[named.span[1] : named.span[1] + 30])
        if noun is None or is_estimate(ctx, named):
            continue
        index = ctx.sentence_index(named.span[0])
        start = ctx.sentences[max(0, index - _NAMED_BACK)][0]
        told = [
            c
            for c in ctx.claims_in(start, named.sentence_span[0])
            if _way(c) == _way(named)
            and same_unit(c, named)
            and not c.quantity.is_range
            and not (c.measure and named.measure and c.measure != named.measure)
            and periods([c, named]) != Agreement.DISAGREE
            and not is_estimate(ctx, c)
            and not _FORWARD.search(ctx.text[c.sentence_span[0] : c.span[0]])
            and not _FORECAST_BY.search(ctx.text[c.sentence_span[0] : c.span[0]])
        ]
        # "the 3.1% increase" names a 3.1% told before, even one told as a level ("the annual rate moved to 3.1%"):
        # a figure of that very value is the one named, before any nearer figure of its way.
        valued = [
            c
            for c in ctx.claims_in(start, named.sentence_span[0])
            if c.quantity.kind == named.quantity.kind
            and c.quantity.value == named.quantity.value
            and direction(c) == direction(named)
            and same_unit(c, named)
            and not c.quantity.is_range
            and not (c.measure and named.measure and c.measure != named.measure)
            and periods([c, named]) != Agreement.DISAGREE
            and not is_estimate(ctx, c)
        ]
        if valued:
            told = [c for c in told if c.quantity.value != named.quantity.value] + valued[-1:]
        if not told:
            continue
        first = told[-1]
        others = [] if valued else [c for c in told[:-1] if c.sentence_span != first.sentence_span or c is not first]
        span = (named.span[0], named.span[1] + noun.end())
        doubts = []
        after = ctx.text[span[1] : named.sentence_span[1]]
        phrase_end = _PHRASE_END.search(after)
        if phrase_end is None or not phrase_end.group(0)[0].isalpha():
            continue  # the phrase ends at a comma or full stop, not a verb: it is not its clause's subject
        phrase = after[: phrase_end.start()]
        if _OWN_TIME.search(phrase):
            doubts.append("the naming figure is given a span of time of its own, so it may be another move")
        earlier_words = set(_words(ctx, *first.sentence_span))
        if any(w not in earlier_words and w not in ("in", "on") for w in _words(ctx, span[1], span[1] + len(phrase))):
            # "The 6% rise in online sales" after "sales rose 4%": the phrase names a part the first did not.
            doubts.append("the naming figure's own words name something the earlier figure's sentence does not")
        if any(o is not named and _way(o) == _way(named) for o in ctx.claims_in(*named.sentence_span)):
            doubts.append("its sentence names another figure of the kind, so either may be the one told before")
        yield Relation(
            kind=RelationKind.SAME_FIGURE,
            members=roles(first=first, second=named),
            evidence=inferred(
                ctx,
                [first, named],
                [cue(ctx, span, "a figure naming one told before")],
                ambiguous=[show(c) for c in others[-2:]],
                doubts=doubts,
            ),
            reason=f"“{ctx.text[span[0] : span[1]].strip()}” names a figure told before: "
            + (f"{show(first)} gave that value" if valued else f"the nearest of its kind and way is {show(first)}"),
            params={"named": True},
            spans=[span],
        )
