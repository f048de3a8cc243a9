"""Words that compare figures: beat or missed the estimate, above or below a line, more or less than another.

* Against an estimate: "revenue of $27.8 million fell short of estimates of $29.4 million" (one clause), or "The
  results beat Wall Street's expectations. Analysts had forecast 55 cents a share" with the actual stated before
  (the estimate of the same measure is paired with the actual of that measure). The comparison word decides the
  order: beat, topped, exceeded, ahead of, above, better than; missed, short of, below, trailing, worse than.
  An estimate with no comparison word is only an estimate: nothing to check. A figure after "as was" or "as did"
  ("in line with forecasts, as was a margin of 18%") is a second thing that met them, not the estimate.
* Against a line: "has risen above two percent", "fell below $50", "crossed $1 trillion": the figure the clause
  states against the threshold it names.
* Against another figure: "A was wider/larger/higher than B", "A, more than the B of last year", "A, below the B
  average": the two figures the comparative joins in one clause.
* Records and superlatives: "a record 497,099 vehicles" is at least every other level of the same measure and
  subject the article states; "the largest growth, 16%" at least every other growth rate of the same measure.
  Nothing in the words names the other figures, so these are inferred and certain only when measure and subject
  agree. A record of a part ("its cloud revenue rose to a record $2 billion") against a figure that names no such
  part, a record told as set before the article's time ("had climbed to a new record of"), and a record set in its
  own year ("to a record 36 million in 2019") against a figure of a later year are left uncertain: the other
  figure may be the whole, or later, and top it.
* Not a comparison of two figures: a figure after "by" ("topping the norm by 1.4°C") is the margin; "more than"
  before a multiple ("more than tripled in two years") is a multiple; a comparison word run straight into a figure
  of its own ("seen in under 12 minutes, against a goal of 80%") compares that figure, not a later target; a count
  of periods ("above the last four winters") names a span whose levels are not given; a negated comparative
  ("not higher than 6%") bounds a level the text does not give, and the figure before it is another bound's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import (
    direction,
    is_absolute_change,
    is_level,
    is_rate_level,
    is_relative_change,
    same_family,
    same_unit,
    show,
)
from factcheck.literals import gated
from factcheck.quantity import Hedge, QuantityKind
from factcheck.relation import Agreement, Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import one_series, roles, sentence_links
from factcheck.relations.comparisons_combined import combined_items
from factcheck.relations.comparisons_gaps import is_gap
from factcheck.relations.comparisons_undone import UNDO_VERBS
from factcheck.relations.evidence import cue, inferred, metrics, periods, stated_together, subjects
from factcheck.relations.measure_qualifiers import qualifier
from factcheck.relations.move_signs import move_params
from factcheck.relations.prose import (
    CHAINED,
    COMPARED_OBJECT,
    DIRECTION_WORD,
    LinkKind,
    claim_lead,
    claim_trail,
    has_break,
    is_estimate,
    is_move_level,
    is_prior_by_date,
    lead,
    starts_from,
)
from factcheck.relations.record_actions import acts_differ

_ABOVE = (
    r"beat|beats|beating|topp?ed|tops|topping|exceed(?:ed|s|ing)?|ahead\s+of|above|better\s+than|surpass(?:ed|es|ing)?"
    r"|outpac(?:ed|es|ing)|outstrip(?:ped|s|ping)?|outperform(?:ed|s|ing)?|higher\s+than|greater\s+than|larger\s+than"
    # "more than erasing a 2% gain" takes a move back (:mod:`.comparisons_undone`)
    rf"|more\s+than(?!\s+(?:{UNDO_VERBS})\b)"
    # "over the past year" is a time, not a comparison
    r"|over(?!\s+(?:the\s+)?(?:past|last|next|previous|prior|coming|course|period|weekend|year|years|quarter|month|week"
    r"|decade|same|time)\b)"
    # "tightened over the forecast period", "over the medium term": a span of time named by its kind
    r"(?!\s+the\s+(?:[\w-]+\s+){1,2}(?:period|horizon|term|run|years|months|quarters|weeks)\b)"
)
_BELOW = (
    r"miss(?:ed|es|ing)?|(?:fell|falling|fall|came\s+in|was|were)\s+short\s+of|short\s+of|below|behind|trail(?:ed|s|ing)?"
    r"|worse\s+than|lower\s+than|less\s+than|fewer\s+than|smaller\s+than|under|lagg?(?:ed|ing)?|undershot|fell\s+short"
    r"|failed\s+to\s+meet|disappoint(?:ed|ing)?"
)
_IN_LINE = r"in\s+line\s+with|matched|met|meeting|matching"
# Not inside a hyphenated word: "year-over-year" compares nothing.
COMPARE = re.compile(
    rf"(?<![\w-])(?:(?P<above>{_ABOVE})|(?P<below>{_BELOW})|(?P<same>{_IN_LINE}))\b(?!-\w)", re.IGNORECASE
)
# A comparison word run straight into a figure ("under 12 minutes", "above 3%", "more than $2 million") has that figure
# as its object: it says nothing of an expectation named later in the sentence.
_OWN_OBJECT = re.compile(r"\s*(?:the\s+|a\s+|an\s+)?[$£€¥₹]?\s*\d")
_EXPECTATION = re.compile(
    r"\b(?:estimates?|expectations?|expected|forecasts?|consensus|projections?|predictions?|anticipated|guidance"
    r"|views?|targets?|analysts?|economists?|forecasters?|expecting|street|polled|surveyed)\b",
    re.IGNORECASE,
)


def _op(match: re.Match[str]) -> str:
    return "gt" if match.group("above") else "lt" if match.group("below") else "approx"


def _comparable(a: Claim, b: Claim, moves: bool = False) -> bool:
    """Two levels in one unit (a per-share amount and a bare one of one currency count), or two growth rates
    (with ``moves``, also a change in units against a figure: "added 176,000 jobs, below the 180,000 average")."""
    if a.id == b.id or not (same_unit(a, b) or one_series(a, b)):
        return False
    if moves and is_absolute_change(a) and b.change is None:
        return True
    if moves and a.quantity.kind == b.quantity.kind == QuantityKind.DURATION and a.change is b.change is None:
        return True  # "a supply of 4.4 months, higher than the 4.1 months of a year ago": the words compare them
    if moves and is_absolute_change(a) and is_absolute_change(b) and a.quantity.kind == b.quantity.kind:
        return True  # "hired 8,400 people, more than the typical quarterly rise of 6,000": two moves in units
    if moves and (_growth_level(a, b) or _growth_level(b, a)):
        return True  # "puts growth at 2.4%, below a 2.9% growth": two growth rates, one printed as a level
    return (is_move_level(a) and is_move_level(b)) or (is_relative_change(a) and is_relative_change(b))


# "growth at 2.4%", "expanded at a 2.9% pace": a growth rate printed as a level; the words name it a rise.
_GROWTH_AT = re.compile(
    r"\b(?:growth(?:\s+rate)?\s+(?:at|of)|(?:grew|expanded|rose|increased)\s+at)\s+(?:an?\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


# "the 3.6% annual increase": a rise named by the noun a word after the figure.
_RISE_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:increase|rise|gain|growth)\b", re.IGNORECASE)


def _growth_level(level: Claim, move: Claim) -> bool:
    """``level`` is a growth rate printed as a level (or named a rise by a noun after it) and ``move`` a rise in
    percent: two growth rates."""
    return (
        level.change is None
        and level.quantity.kind == QuantityKind.PERCENT
        and is_relative_change(move)
        and direction(move) > 0
        and bool(_GROWTH_AT.search(claim_lead(level, 40)) or _RISE_AFTER.match(claim_trail(level, 30)))
    )


@finder("comparisons")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for found in (
        _estimates_in_clause,
        _estimates_across,
        _thresholds,
        _records,
        _comparatives,
        _records_broken,
        _comparative_moves,
        _surpassed_named,
    ):
        yield from (r for r in found(ctx) if not _better_of_a_cost(ctx, r))


# "Better" and "worse" say which way only of a measure where more is good: a jobless rate "better than" the first
# estimate is lower, a contraction "better than" feared is smaller, a loss "worse than" expected is larger. Where
# the sentence measures something of which less is good, the word gives no order to check.
_BETTER = re.compile(r"\b(?:better|worse)\b", re.IGNORECASE)
_LESS_IS_GOOD = re.compile(
    r"\b(?:unemploy\w*|jobless\w*|inflation|loss(?:es)?|deficits?|debts?|costs?|expenses?|spending|shr[au]nk|shrinks?"
    r"|contract(?:ed|ion|s)?|declin\w*|fell|falls?|drop(?:ped|s)?|deaths?|crimes?|emissions|delays?|waits?|prices?"
    r"|yields?|rates?\s+of\s+(?:infection|default)|defaults?|arrears|layoffs?|claims)\b",
    re.IGNORECASE,
)


def _better_of_a_cost(ctx: ArticleContext, relation: Relation) -> bool:
    word = str((relation.params or {}).get("word", ""))
    if not _BETTER.search(word):
        return False
    spans = relation.spans or []
    at = spans[0][0] if spans else 0
    lo, hi = ctx.sentences[ctx.sentence_index(at)]
    return bool(_LESS_IS_GOOD.search(ctx.text, lo, hi))


_SURPASSED_NAMED = re.compile(
    r"\b(?:surpass(?:ed|es|ing)?|overt(?:ook|akes?|aking)|topp?(?:ed|ing|s)?|pass(?:ed|es|ing)|exceed(?:ed|s|ing)?"
    r"|beat(?:s|ing)?|eclips(?:ed|es|ing))\s+(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})['’]s?\s+(?:at|with|to)\s+$"
)
_SURPASSED_NAMED = gated(_SURPASSED_NAMED)  # tried on every figure's window, seldom matching there


def _surpassed_named(ctx: ArticleContext) -> Iterator[Relation]:
    """ "Apple finished at $3.004 trillion. Nvidia's market value surpassed Apple's at $3.005 trillion": the named
    rival's figure, stated just before, is the one surpassed."""
    for figure in ctx.claims:
        before = lead(ctx, figure, 80)
        said = _SURPASSED_NAMED.search(before)
        if said is None or not is_move_level(figure):
            continue
        name = said.group("name")
        index = ctx.sentence_index(figure.span[0])
        lo = ctx.sentences[max(0, index - 2)][0]
        offset = figure.span[0] - len(before)
        theirs = [
            c
            for c in ctx.claims_in(lo, offset + said.start())
            if _comparable(c, figure) and (c.subject == name or name in ctx.text[c.sentence_span[0] : c.span[0]])
        ]
        if not theirs:
            continue
        reference = theirs[-1]
        if metrics([figure, reference]) == Agreement.DISAGREE:
            continue
        span = (offset + said.start(), offset + said.end())
        evidence = stated_together(
            ctx, [figure, reference], [cue(ctx, span, "a named rival surpassed")], tie=Tie.STRUCTURE
        ).model_copy(update={"subject": Agreement.AGREE})
        yield Relation(
            kind=RelationKind.COMPARISON,
            members=roles(figure=figure, reference=reference),
            evidence=evidence,
            reason=f"“{said.group(0).strip()}” names {name}, whose figure just before is {show(reference)}",
            params={"op": "gt", "word": said.group(0).strip()},
            spans=[span],
        )


_MOVE_COMPARED = re.compile(
    r"\b(?:an?\s+)?(?P<word>(?P<more>wider|bigger|larger|steeper|sharper|deeper|faster|stronger|greater)"
    r"|(?P<less>smaller|narrower|milder|slower|weaker|softer|gentler|shallower))\s+(?P<noun>decline|drop|fall|decrease"
    r"|contraction|loss|rise|increase|gain|growth|jump|expansion)\b",
    re.IGNORECASE,
)
_MOVE_COMPARED = gated(_MOVE_COMPARED)  # read over the whole article: skipped where none of its words is


def _comparative_moves(ctx: ArticleContext) -> Iterator[Relation]:
    """ "Gartner said shipments fell 5.2 percent. IDC reported a wider decline, finding ... a 6.7 percent drop":
    this sentence's change against the same measure's change stated just before."""
    for said in _MOVE_COMPARED.finditer(ctx.text):
        index = ctx.sentence_index(said.start())
        start, end = ctx.sentences[index]
        mine = [c for c in ctx.claims_in(start, end) if is_relative_change(c) and c.span[0] > said.start()]
        if len(mine) != 1:
            continue
        figure = mine[0]
        earlier = [
            c
            for c in ctx.claims_in(ctx.sentences[max(0, index - 2)][0], start)
            if is_relative_change(c) and c.change is not None and figure.change is not None
            and c.change.direction == figure.change.direction
        ]  # fmt: skip
        if not earlier:
            continue
        reference = earlier[-1]
        op = "gt" if said.group("more") else "lt"
        evidence = inferred(
            ctx,
            [figure, reference],
            [cue(ctx, said.span(), "a change compared with another")],
            period=Agreement.AGREE,
            ambiguous=[show(c) for c in earlier[:-1]],
        )
        if evidence.subject == Agreement.DISAGREE and figure.measure and figure.measure == reference.measure:
            # "IDC reported a wider decline": two trackers of one market are compared, not two subjects.
            evidence = evidence.model_copy(update={"subject": Agreement.AGREE})
        yield Relation(
            kind=RelationKind.COMPARISON,
            members=roles(figure=figure, reference=reference),
            evidence=evidence,
            reason=f"“{said.group(0)}” sets {show(figure)} against the {show(reference)} stated before",
            params={"op": op, "word": said.group(0), "magnitude": True},
            spans=[said.span()],
        )


_BROKE = re.compile(
    r"\b(?:broke|breaking|surpass(?:ed|ing)|topp?(?:ed|ing)|beat(?:ing)?|exceed(?:ed|ing)|eclips(?:ed|ing)|set\s+a\s+new)"
    r"\s+(?:its|the|their|a)\s+(?:previous|prior|old|earlier|former|last)?\s*"
    r"(?:all[- ]time\s+|intra-?day\s+|closing\s+)?"
    r"(?:record|high|peak|best|mark)(?:\s+(?:close|closing|high|level|finish))?\s+(?:of|at)\s+$",
    re.IGNORECASE,
)
_BROKE = gated(_BROKE)  # tried on every figure's window, seldom matching there


_QUALIFIED = re.compile(r"\b(?P<intraday>intra-?\s?day)|\b(?P<close>clos(?:e|ing))", re.IGNORECASE)


def _same_qualifier(kind: re.Match[str], text: str) -> bool:
    found = _QUALIFIED.search(text)
    return found is not None and bool(found.group("intraday")) == bool(kind.group("intraday"))


_ALSO = re.compile(r"\s*(?:it|the\s+(?:index|stock|shares|price|benchmark|gauge))\s+also\s+$", re.IGNORECASE)


def _records_broken(ctx: ArticleContext) -> Iterator[Relation]:
    """ "... ending at 12,510.4. The index topped its earlier record close of 12,480.5": the new level, stated
    just before, above the old record; after "It also topped ...", the new level may be a sentence further back."""
    for record in ctx.claims:
        before = lead(ctx, record, 90)
        said = _BROKE.search(before)
        if said is None or not is_move_level(record):
            continue
        index = ctx.sentence_index(record.span[0])
        # "It broke its record close of A. It also eclipsed its earlier intraday high of B": "also" adds a second old
        # mark beaten by the same new levels, stated before the first
        also = _ALSO.match(ctx.text, record.sentence_span[0], record.span[0] - len(before) + said.start())
        lo = ctx.sentences[max(0, index - (2 if also else 1))][0]
        earlier = [
            c
            for c in ctx.claims_in(lo, record.span[0])
            if c.span[1] <= record.span[0] - len(before) + said.start()
            and _comparable(c, record)
            and starts_from(ctx, c) is None
            and not is_prior_by_date(ctx, c)
            and _BROKE.search(lead(ctx, c, 90)) is None  # an older record, not the new level
            # "1,046 points (in 40 games, or 26.2 a game), beating the old mark of 1,010": a figure in a bracketed
            # aside closed before the cue is a detail of the level, not the level
            and not re.match(r"[^(\[]*[)\]]", ctx.text[c.span[1] : record.span[0] - len(before) + said.start()])
        ]
        if not earlier:
            continue
        figure = earlier[-1]
        offset = record.span[0] - len(before)
        span = (offset + said.start(), offset + said.end())
        if _BEATEN_LOW.search(ctx.text, record.sentence_span[0], span[0]):
            continue  # "the fastest time, beating the previous best of 9.9 seconds": a low, not a high

        kind = _QUALIFIED.search(said.group(0))
        if kind is not None:
            # "It eclipsed its earlier intraday high of X": the new intra-day high, not the close, is compared.
            alike = [
                c for c in earlier if _QUALIFIED.search(lead(ctx, c, 40)) and _same_qualifier(kind, lead(ctx, c, 40))
            ]
            figure = alike[-1] if alike else figure
        head = ctx.text[record.sentence_span[0] : span[0]]
        same_sentence = figure.sentence_span == record.sentence_span
        pointed = same_sentence or re.match(
            r"\W*(?:it|the\s+(?:index|stock|shares|price|company|figure|level)|they|this|that)\b", head, re.I
        )
        # "Volume rose to 412 million shares. It topped its intraday peak of 8,405.75": a count of a named thing in
        # another sentence may be another measure than the bare level the record is of.
        counted = {figure.quantity.kind, record.quantity.kind} == {QuantityKind.NUMBER, QuantityKind.COUNT}
        doubts = ["the new level counts a thing the record does not name"] if counted and not same_sentence else []
        evidence = stated_together(ctx, [figure, record], [cue(ctx, span, "a record broken")], tie=Tie.STRUCTURE)
        if not pointed or doubts:
            evidence = inferred(
                ctx, [figure, record], [cue(ctx, span, "a record broken")], period=Agreement.AGREE, doubts=doubts
            )
        yield Relation(
            kind=RelationKind.COMPARISON,
            members=roles(figure=figure, reference=record),
            evidence=evidence,
            reason=f"“{said.group(0).strip()}” {show(record)}: the level just stated, {show(figure)}, is the new one",
            params={"op": "gt", "word": said.group(0).strip()},
            spans=[span],
        )


# "above the regional mean of", "more than the typical quarterly rise of", "below the long-run target rate of":
# a noun phrase of up to four words naming the figure after "of". No verb, pronoun or preposition inside: "the level
# the bank targeted in 2019 of" is a clause, and what it compares is not sure.
_NOT_IN_NOUN_PHRASE = (
    r"(?:is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|could|should|may|might|can|said|says|say"
    r"|reported|expected|forecast|posted|recorded|set|saw|see|sees|it|they|he|she|we|you|i|this|that|these|those"
    r"|which|who|what|where|when|while|and|or|but|than|as|if|in|on|at|to|for|from|by|with|since|after|before|of"
    r"|during|over|under|about|into|through|per|its|their|his|her|our|your|my)"
)
_NOUN_PHRASE_OF = rf"(?:(?!{_NOT_IN_NOUN_PHRASE}\b)[A-Za-z][A-Za-z’'-]*\s+){{2,4}}?of\s+"
_COMPARATIVE = re.compile(
    r"(?:^|[\s,(])(?:(?P<above>(?:higher|more|greater|larger|bigger|wider|faster|stronger|better)\s+than|above|ahead\s+of"
    r"|exceeding|outpacing|topping|surpassing|beating)|(?P<below>(?:lower|less|fewer|smaller|narrower|slower|weaker"
    r"|worse)\s+than|below|behind|short\s+of|trailing|lagging))\s+(?:(?:the|a|an|its|their|last\s+year['’]s"
    rf"|\w+['’]s)\s+)?(?:(?:[\w’'-]+\s+){{0,2}}?|{_NOUN_PHRASE_OF})$",
    re.IGNORECASE,
)
_COMPARATIVE = gated(_COMPARATIVE)  # tried on every figure's window, seldom matching there
_UNDONE = re.compile(rf"\bmore\s+than\s+(?:{UNDO_VERBS})\b", re.IGNORECASE)


# "above the average of the last three decades (21.2 percent)": the figure compared with, in brackets.
_BRACKETED = re.compile(
    r"(?:^|[\s,(])(?:(?P<above>(?:higher|more|greater|larger|bigger|wider|faster|stronger)\s+than|above|ahead\s+of)"
    r"|(?P<below>(?:lower|less|fewer|smaller|narrower|slower|weaker)\s+than|below|behind))\s+(?:the\s+)?"
    r"[^.;()]{0,60}\(\s*$",
    re.IGNORECASE,
)
_BRACKETED = gated(_BRACKETED)  # tried on every figure's window, seldom matching there


# "4.4 months, slightly below last month's level but higher than the 4.1 months": one figure, two comparisons joined
# by "but"; the second is about the same figure.
_TWO_PREDICATES = re.compile(
    r",\s*(?:[\w’'-]+\s+){0,2}?(?:above|below|under|over|higher\s+than|lower\s+than|up\s+from|down\s+from|more\s+than"
    r"|less\s+than|ahead\s+of|behind|short\s+of)\b[^,;.\d]{0,40}?\s+but\s+(?:(?:still|also|well|far)\s+)?",
    re.IGNORECASE,
)

_FROM_THEN_BUT = re.compile(
    r",\s*(?:[\w’'-]+\s+){0,2}?(?:up|down)\s+from\s+[^,;]{0,40}?\s+but\s+(?:(?:still|also|well|far)\s+)?", re.I
)


# "9.3%, its best reading since 2008 and above ...": an apposition dated by "since" describes the figure,
# and "and" adds a second description of it; the "since" dates the record, it starts no move.
_APPOSED_SINCE = re.compile(
    r"(?:\s+(?:(?!from\b|following\b|since\b)\w+\s*){1,5}?)?,\s*(?:the|its|their|a)\s+(?:[\w-]+\s+){0,3}?since\s+(?:(?:early|late|mid-?)\s*)?(?:(?:19|20)\d\d|(?:january"
    r"|february|march|april|may|june|july|august|september|october|november|december)(?:\s+(?:19|20)\d\d)?)\s+and"
    r"\s+(?:(?:also|still|well|far)\s+)?",
    re.IGNORECASE,
)

# A negation between the figure and the comparative: "no", "not", "never", "cannot", "isn't" deny the comparison.
_NEGATED = re.compile(r"\b(?:not|no|never|none|neither|nor|cannot)\b|n[’']t\b", re.IGNORECASE)
# A figure run straight into "more than"/"less than" (no comma) is the margin between two others, not one of them.
_MARGIN = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:more|less|fewer|higher|lower|greater|bigger|smaller|larger|wider|narrower|deeper)\s+than\b",
    re.IGNORECASE,
)
_AGENT_VERB = re.compile(
    r"\b(?:scored|earned|got|received|won|took|polled|voted|rated|said|answered|bought|paid|sold|spent|made|gave"
    r"|predicted|expected|estimated|reported|wanted|chose|ranked)\b",
    re.IGNORECASE,
)
# "the quickest ever, beating the previous record of 48 days": a record that is the fewest days or games beats the
# old mark by being below it, which comparisons_records_prior reads; the beat verb here would say above.
_BEATEN_LOW = re.compile(
    r"\b(?:fastest|quickest|soonest|earliest|shortest|lowest|fewest|(?<!at\s)least|smallest|cheapest|record[\s-]+lows?)\b",
    re.IGNORECASE,
)
_BEAT_VERB = re.compile(r"^(?:beating|topping|surpassing|exceeding|outpacing)\b", re.IGNORECASE)
# "beating the mean by", "ahead of its rivals by": a figure after "by" is how far apart the two are; the mark itself
# is named in words, so nothing here is compared with it.
_BY_MARGIN = re.compile(r"\bby\s*$", re.IGNORECASE)
_THAN_MULTIPLE = re.compile(
    r"\bthan\s+(?:doubl|tripl|quadrupl|halv|twice\b|three\s+times\b|four\s+times\b)", re.IGNORECASE
)
# "above the last four winters", "higher than the past five years": the figure is set against the levels of a span
# of periods, which the count of periods does not give.
_SPAN_BEFORE = re.compile(r"\b(?:previous|past|last|prior|preceding|first|next|following)\s*$", re.IGNORECASE)
_PERIODS = re.compile(
    r"[\w.,-]+\s+(?:seasons?|years?|months?|quarters?|weeks?|days?|decades?|games?|matches|rounds?|terms?|sessions?)",
    re.IGNORECASE,
)
# "and Arsenal just", "while the Harriers": a coordinator, then a capitalised name that opens a new subject (not a
# month, a weekday or a pronoun, which keep the figure's own).
_NEW_SUBJECT = re.compile(
    r"\b(?:and|or|while|whereas|with)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|It|They|This|That|The)\b)"
    r"[A-Z][\w’'&.-]*"
)
# "Rook is close behind at 9.8%", "just behind holding 9.8%", "ahead with 14%": an adverb of place used without an
# object, then a preposition or participle bringing in its subject's own figure, which is not what it is set against.
_NO_OBJECT = re.compile(
    r"\b(?:behind|ahead|below|above)\s+(?:at|on|with|holding|having|taking|posting|claiming|commanding|recording)\s+$",
    re.IGNORECASE,
)
# "which combined exceeded", "together above": the words compare a sum of figures, not the one just before.
_SUMMED = re.compile(
    r"\b(?:combined|together|altogether|in\s+total|all\s+told|between\s+them|taken\s+together)\b", re.IGNORECASE
)
# A verb of ending at a level ("finishing above", "to close below") and a mark named as a level ("the 39,000 level"):
# what such words compare is where the thing stands, never a move.
_REACHED = re.compile(
    r"\b(?:finish|finished|finishing|close|closed|closing|end|ended|ending|settle|settled|settling|stand|stood"
    r"|standing|trade|traded|trading|stay|stayed|staying|remain|remained|remaining)\b",
    re.IGNORECASE,
)
_LEVEL_NOUN = re.compile(
    r"\s*(?:-?\s*(?:mark|level|barrier|line|threshold|milestone|handle))\b(?!\s+(?:gain|rise|drop|fall|jump))",
    re.IGNORECASE,
)
_HEDGE_THAN = re.compile(r"\b(?:more|less|fewer)\s+than\s+(?:about\s+|around\s+|nearly\s+)?[$£€¥₹]?\s*$", re.I)


def _comparatives(ctx: ArticleContext) -> Iterator[Relation]:
    """ "212,000, a little under the 220,000 average", "a $41 billion gap, wider than the spring's
    $37 billion": two figures of one unit that a comparative joins in one clause."""
    estimates = {e.id for _, e, _, _ in _clause_estimates(ctx)}
    for reference in ctx.claims:
        if reference.id in estimates:
            continue
        before = lead(ctx, reference, 90)
        word = _COMPARATIVE.search(before) or _BRACKETED.search(before)
        if word is None or _HEDGE_THAN.search(before):
            continue  # "handled more than 1m teu": a bound on the figure's own amount, not a second figure
        if _THAN_MULTIPLE.search(word.group(0)):
            continue  # "more than tripled in two years": a multiple over a span of time, not two figures compared
        if _UNDONE.search(word.group(0)):
            continue  # "slid 30 points, more than erasing a 25-point gain": a move taken back (comparisons_undone)
        if _BY_MARGIN.search(word.group(0)):
            continue  # "topping the old mark by 1.4°C", "above the average by 3 points": the margin, not the mark
        if _SPAN_BEFORE.search(word.group(0)) and _PERIODS.fullmatch(ctx.text[reference.span[0] : reference.span[1]]):
            continue  # "above the last four winters": the winters' levels, which are not given, not "four"
        offset = reference.span[0] - len(before)
        word_span = (offset + word.start(1 if word.group("above") else 2), offset + word.end())
        figures = [c for c in ctx.sentence_claims(reference) if c.span[1] <= word_span[0]]
        if not figures:
            continue
        figure = figures[-1]
        gap = ctx.text[figure.span[1] : word_span[0]]
        if len(figures) > 1 and _FROM_THEN_BUT.fullmatch(ctx.text[figures[-2].span[1] : word_span[0]]):
            # "3.4 months, down from 3.9 months in May but higher than ...": the start is the other predicate's.
            figure, gap = figures[-2], ""
        if len(gap) > 60 or (has_break(gap) and not _TWO_PREDICATES.fullmatch(gap)):
            continue
        if CHAINED.fullmatch(gap) and COMPARED_OBJECT.search(lead(ctx, figure, 70)):
            # "8,400, below the 9,000 target and below the 8,600 record": the second word compares 8,400 again, not
            # the first reference (comparisons_chained pairs it)
            continue
        if re.match(r"[^(\[]*[)\]]", gap):
            # "Tuesday's peak (+41) and stayed above ...", "a fourth gain (+4,000 in May) and was larger than": a
            # figure in a bracketed aside closed before the comparative is not what is compared
            continue
        if not _comparable(figure, reference, moves=True):
            continue
        if starts_from(ctx, figure) or is_prior_by_date(ctx, figure):
            continue  # "fell to 5.9% from 6.1%, below 6%": the start is not what the words compare
        if _NEGATED.search(gap):
            # "kept between 2% and 6%, not lower than 2% and not higher than 6%": a negated comparative bounds an
            # unstated level; the figure before it belongs to the other bound, not to this comparison. So does one
            # whose clause is negated further back ("a cap of 8%, so that no fee may be set above 11%").
            continue
        if re.search(r"\b(?:than|from|to|of)\s*$", gap, re.IGNORECASE):
            continue  # the figure belongs to another phrase ("rose to 5%, above ...": the 5% is compared)
        if re.search(r"\b(?:from|following|since)\b", gap, re.IGNORECASE) and not _APPOSED_SINCE.fullmatch(gap):
            continue  # "114.84, after weakening from levels below 114.5": the comparison is of the earlier level
        if _MARGIN.match(ctx.text, figure.span[1], word_span[1]):
            continue  # "3,000 more jobs than last year's 41,000": the figure is the difference
        if is_gap(ctx, figure):
            continue  # "$1.02 a share, 2 cents above the $1.00 expected": the figure is the gap
        if _AGENT_VERB.search(gap):
            continue  # "889,011 pupils scored below 300 marks": the count does something; what it got is compared
        if _NEW_SUBJECT.search(gap):
            # "the Rovers drew over 41,000 and the Harriers just under 30,000": "and" names a second subject whose
            # own level the comparative bounds; the figure before is the first subject's.
            continue
        if _NO_OBJECT.search(word.group(0)):
            continue  # "Rook close behind at 9.8%": the word has no object; the figure after it is its subject's own
        if _SUMMED.search(gap):
            continue  # "and 4,100 more, together above the 10,000 target": the sum is compared, not the last part
        if is_absolute_change(figure) and (
            _REACHED.search(gap) or _LEVEL_NOUN.match(ctx.text, reference.span[1], reference.span[1] + 20)
        ):
            # "a 612-point gain, finishing above the 39,000 level": what ends above the mark is the level reached,
            # not the move
            continue
        op = "gt" if word.group("above") else "lt"
        said = ctx.text[word_span[0] : word_span[1]].strip()
        if _BEAT_VERB.match(said) and _BEATEN_LOW.search(ctx.text, reference.sentence_span[0], reference.span[0]):
            continue
        params: dict[str, object] = {"op": op, "word": said}
        doubts: list[str] = []
        if reference.quantity.is_range:
            params["beyond_range"] = True  # "above the $20-to-$22 range it had set": beyond its top
        if (is_relative_change(figure) and is_relative_change(reference)) or (
            is_absolute_change(figure) and is_absolute_change(reference)
        ):
            # "grew 0.8%, higher than the forecast 1.6% decline": a rise against a fall is read with their signs.
            more, doubts = move_params(direction(figure) > 0, direction(reference) > 0, said)
            params |= more
        items = None if len(params) > 2 else combined_items(ctx, reference)
        if items is not None:
            # "more than the combined 22 and 21": one comparison with the items' sum, none with each item.
            yield Relation(
                kind=RelationKind.COMPARISON,
                members=[Member(role="figure", claim=figure.id)]
                + [Member(role="reference", claim=c.id) for c in items],
                evidence=stated_together(ctx, [figure, *items], [cue(ctx, word_span, "a comparison with a sum")]),
                reason=f"“{said}” sets {show(figure)} against the sum of {', '.join(show(c) for c in items)}",
                params=params | {"summed": True},
                spans=[word_span],
            )
            continue
        in_a_row = list(_in_a_row(ctx, figure, reference, params, word_span))
        if len(in_a_row) == 1 and not in_a_row[0].evidence.doubts and not doubts:
            # "from 5.1% in 2020 to 5.9% in 2021, over the long-run mean (4.8%) for a second straight year": one
            # relation holds both years' levels against the mean, as the words state them at once
            start = in_a_row[0].members[0].claim
            yield Relation(
                kind=RelationKind.COMPARISON,
                members=[*roles(figure=figure), Member(role="figure", claim=start), *roles(reference=reference)],
                evidence=stated_together(ctx, [figure, ctx.by_id[start], reference], list(in_a_row[0].evidence.cues)),
                reason=f"“{said}” sets {show(figure)} against {show(reference)}; {in_a_row[0].reason}",
                params=params,
                spans=list(in_a_row[0].spans),
            )
            yield from _listed_with(ctx, figure, reference, params, word_span)
            continue
        yield Relation(
            kind=RelationKind.COMPARISON,
            members=roles(figure=figure, reference=reference),
            evidence=stated_together(ctx, [figure, reference], [cue(ctx, word_span, "a comparison")], doubts=doubts),
            reason=f"“{said}” sets {show(figure)} against {show(reference)} in one clause",
            params=params,
            spans=[word_span],
        )
        yield from in_a_row
        yield from _listed_with(ctx, figure, reference, params, word_span)


# "more than in 2016 (38%) and in 2011 (35%)", "below France (5.1%) or Spain (6.0%)", "above the 4.1% of May and
# the 3.9% of April": a second reference joined to the first by "and"/"or", introduced the same way (a period or a
# name, its figure in brackets, or a bare figure after "the"). No verb may stand in the join: "above 3% and rose 2%"
# is another predicate.
_LISTED_NEXT = re.compile(
    r"\s*\)?\s*,?\s*(?:and|or)\s+(?:(?:in|for|of)\s+)?(?:the\s+)?"
    r"(?:(?:(?:19|20)\d\d|[A-Z][\w’'-]*(?:['’]s)?|(?:a|the)\s+year\s+(?:before|earlier)|last\s+year['’]s)\s*\(\s*)?$"
)


def _listed_with(
    ctx: ArticleContext, figure: Claim, reference: Claim, params: dict[str, object], word_span: tuple[int, int]
) -> Iterator[Relation]:
    """The further references a comparative lists after its first: each is set against the same figure, in its own
    relation, with the same words."""
    if params.get("magnitude") or params.get("signs") or params.get("beyond_range"):
        return
    previous = reference
    later = [c for c in ctx.sentence_claims(reference) if c.span[0] >= reference.span[1]]
    for nxt in later[:3]:
        join = ctx.text[previous.span[1] : nxt.span[0]]
        if not _LISTED_NEXT.fullmatch(join) or ("(" in join) != _bracketed(ctx, previous):
            return  # the list is over, or its items are not laid out alike
        if not _comparable(figure, nxt) or not same_family(previous, nxt):
            return
        said = ctx.text[word_span[0] : word_span[1]].strip()
        yield Relation(
            kind=RelationKind.COMPARISON,
            members=roles(figure=figure, reference=nxt),
            evidence=stated_together(
                ctx,
                [figure, nxt],
                [
                    cue(ctx, word_span, "a comparison"),
                    cue(ctx, (previous.span[1], nxt.span[0]), "a further figure compared"),
                ],
            ),
            reason=f"“{said}” sets {show(figure)} against {show(nxt)} too, listed after {show(previous)}",
            params={k: v for k, v in params.items() if k in ("op", "word")},
            spans=[word_span],
        )
        previous = nxt


def _bracketed(ctx: ArticleContext, claim: Claim) -> bool:
    return ctx.text[max(0, claim.span[0] - 3) : claim.span[0]].rstrip().endswith("(")


# "... above the decade's mean (6.2%) for a second straight year": the year before was above it too.
_SECOND_IN_A_ROW = re.compile(
    r"\s*\)?\s*,?\s*for\s+(?:the|a)\s+second\s+(?:straight\s+|consecutive\s+|successive\s+)?(?P<unit>year|month"
    r"|quarter)(?:\s+in\s+a\s+row|\s+running)?\b",
    re.IGNORECASE,
)


def _in_a_row(
    ctx: ArticleContext, figure: Claim, reference: Claim, params: dict[str, object], word_span: tuple[int, int]
) -> Iterator[Relation]:
    """ "climbed from 6.8% in 2021 to 7.5% in 2022, ... above the mean (6.2%) for a second straight year": the
    start of the figure's move, dated the period before, stands in the same order to the reference."""
    said = _SECOND_IN_A_ROW.match(ctx.text, reference.span[1])
    if said is None or params.get("magnitude") or params.get("signs"):
        return
    # The move's start, in its clause: "from 6.8% in 2021 to 7.5% in 2022".
    starts = [
        c
        for c in ctx.sentence_claims(figure)
        if c.span[1] <= figure.span[0]
        and starts_from(ctx, c) is not None
        and not has_break(ctx.text[c.span[1] : figure.span[0]])
    ]
    if len(starts) != 1 or not _comparable(starts[0], reference):
        return
    start = starts[0]
    now, before = figure.period, start.period
    doubts = []
    dated = now is not None and before is not None and now.year is not None and before.year is not None
    if said.group("unit").lower() != "year" or not dated or now.year - before.year != 1:  # type: ignore[union-attr,operator]
        doubts.append("the start of the move is not dated the year before the figure")
    span = (said.start(), said.end())
    yield Relation(
        kind=RelationKind.COMPARISON,
        members=roles(figure=start, reference=reference),
        evidence=stated_together(
            ctx,
            [start, reference],
            [cue(ctx, word_span, "a comparison"), cue(ctx, span, "a second period")],
            doubts=doubts,
        ),
        reason=f"“{ctx.text[span[0] : span[1]].strip(' ),')}”: {show(start)}, the level the period before, stood in "
        f"the same order to {show(reference)}",
        params={k: v for k, v in params.items() if k in ("op", "word")},
        spans=[word_span, span],
    )


def _relation(
    ctx: ArticleContext, figure: Claim, reference: Claim, op: str, word: re.Match[str], why: str, evidence
) -> Relation:
    return Relation(
        kind=RelationKind.COMPARISON,
        members=roles(figure=figure, reference=reference),
        evidence=evidence,
        reason=why,
        params={"op": op, "word": word.group(0)},
        spans=[word.span()],
    )


def _governs_another(ctx: ArticleContext, end: int, estimate: Claim) -> bool:
    """Whether the comparison word ending at ``end`` runs straight into a figure other than the estimate: "under
    12 minutes" compares the wait with 12 minutes, not a share of callers with the goal."""
    own = _OWN_OBJECT.match(ctx.text, end)
    if own is None:
        return False
    object_ = next(iter(ctx.claims_in(end, own.end())), None)  # the figure the words run into
    return object_ is not None and object_.id != estimate.id


# "better than expected underlying profit of $64.2 million", "a bigger-than-expected $3 million loss": the words
# after "expected" name the measure compared and run into its figure.
_EXPECTED_OBJECT = re.compile(
    r"[\s-]+expected[\s-]+(?:[a-z][\w'-]*\s+){0,4}?(?:(?:of|at)\s+)?(?:about\s+|around\s+|nearly\s+|some\s+)?"
    r"(?=[$£€¥₹]?\s*\d)",
    re.IGNORECASE,
)


def _expected_other_measure(ctx: ArticleContext, end: int, estimate: Claim) -> bool:
    """Whether the comparison word ending at ``end`` ("better than") says "expected" of a figure of another measure
    than the estimate's: it then tells how that figure stood to its own expectations, not how this estimate's
    measure did."""
    own = _EXPECTED_OBJECT.match(ctx.text, end)
    if own is None:
        return False
    object_ = next(iter(ctx.claims_in(own.end(), own.end() + 3)), None)  # a figure right after the words
    return (
        object_ is not None
        and object_.id != estimate.id
        and object_.measure is not None
        and estimate.measure is not None
        and object_.measure != estimate.measure
    )


# "forecasts of above 6,000", "a forecast of under 2%": an estimate noun then "of" before the comparison
# word; the word is then a bound inside the estimate's own phrase, not the comparison of the result with it.
_ESTIMATE_OF = re.compile(
    r"\b(?:estimates?|expectations?|forecasts?|consensus|projections?|predictions?|guidance|targets?|views?|calls?)"
    r"\s+(?:of|for|at)\s+$",
    re.IGNORECASE,
)


def _bounds_estimate(ctx: ArticleContext, word: re.Match[str], estimate: Claim) -> bool:
    """Whether the comparison word is a bound the estimate's phrase puts on its own figure ("expectations of more
    than 6,000"): which way the result stood to the expectation is said elsewhere, and the expectation itself is
    only known to lie past the figure, so no check on it is certain."""
    if not _ESTIMATE_OF.search(ctx.text, max(0, word.start() - 40), word.start()):
        return False
    own = _OWN_OBJECT.match(ctx.text, word.end())
    return own is not None and estimate.span[0] < own.end() + 1


def _word_in(ctx: ArticleContext, start: int, end: int) -> re.Match[str] | None:
    found = None
    for match in COMPARE.finditer(ctx.text, start, end):
        found = match
    return found


def _one_scale(a: Claim, b: Claim) -> bool:
    """A per-share amount and a bare one are compared only when they are of one size: "$2.15 a share" is no
    estimate of "$55 billion" of revenue."""
    per_unit = [c.quantity.kind == QuantityKind.PER_UNIT for c in (a, b)]
    if per_unit[0] == per_unit[1] or not a.quantity.value or not b.quantity.value:
        return True
    return 0.1 <= a.quantity.value / b.quantity.value <= 10


# "..., as was a return of 18%", "as did its margin": a second subject that the comparison holds for too.
_AS_WAS = re.compile(r"\bas\s+(?:was|were|did|is|are|has|had|were\s+both)\b", re.IGNORECASE)
_WITH_CLAUSE = re.compile(r"\bwith\s+(?:[\w-]+\s+){1,3}?[a-z]+ing\b", re.IGNORECASE)


def _clause_estimates(ctx: ArticleContext) -> list[tuple[Claim, Claim, re.Match[str], tuple[int, int]]]:
    """(actual, estimate, comparison word, cue span) for every estimate compared in its own clause."""

    def make() -> list[tuple[Claim, Claim, re.Match[str], tuple[int, int]]]:
        found = []
        for links in sentence_links(ctx).values():
            ends = {lk.b.id: lk.a for lk in links if lk.kind == LinkKind.TO_FROM}
            ends |= {lk.a.id: lk.b for lk in links if lk.kind == LinkKind.FROM_TO}
            for link in links:
                if link.kind != LinkKind.ESTIMATE:
                    continue
                actual, estimate = link.a, link.b
                if is_gap(ctx, actual):
                    continue  # "2 cents above the $1.00 expected": a gap to the estimate, see comparisons_gaps
                word = _word_in(ctx, actual.span[1], estimate.span[0])
                if word is None or _WITH_CLAUSE.search(ctx.text, word.end(), estimate.span[0]):
                    continue  # "missed expectations, with earnings shrinking about 47 per cent": a clause of its own
                if _SUMMED.search(ctx.text, actual.span[1], word.start()):
                    continue  # "a special payment of 3.2 cents, which combined exceeded": the sum is compared
                if _AS_WAS.search(ctx.text, word.end(), estimate.span[0]):
                    continue  # "in line with forecasts, as was a margin of 18%": a second thing that also met them
                if _bounds_estimate(ctx, word, estimate):
                    continue  # "below forecasts of above 6,000": "above" bounds the estimate
                if _governs_another(ctx, word.end(), estimate):
                    continue  # "answered in under 8 minutes, against a target of 85%": "under" has its own figure
                # "slipped 3% to $120 million from $124 million, and short of the $130 million analysts expected":
                # the figure compared is where the move ended, not where it started.
                if actual.id not in ends and starts_from(ctx, actual) is not None:
                    continue  # "slowed from 2.8% but beat forecasts of 1.8%": the start is not the result compared
                actual = ends.get(actual.id, actual)
                if actual.id != estimate.id and same_family(actual, estimate) and _one_scale(actual, estimate):
                    found.append((actual, estimate, word, link.cue_span))
        return found

    return ctx.memo("clause_estimates", make)


def _estimates_in_clause(ctx: ArticleContext) -> Iterator[Relation]:
    """ "$51 million, short of the $55 million forecast": one clause, one comparison word."""
    for actual, estimate, word, span in _clause_estimates(ctx):
        why = f"“{word.group(0)}” sets {show(actual)} against the estimate of {show(estimate)} in one clause"
        evidence = stated_together(ctx, [actual, estimate], [cue(ctx, span, "compared with an estimate")])
        yield _relation(ctx, actual, estimate, _op(word), word, why, evidence)
        # "more than in 2016 (38 per cent) and in 2011 (35 per cent)": the words list a second figure compared
        yield from _listed_with(ctx, actual, estimate, {"op": _op(word), "word": word.group(0)}, word.span())


def _estimates_across(ctx: ArticleContext) -> Iterator[Relation]:
    """ "Microsoft beat expectations on both counts. Analysts had forecast 55 cents a share on $15.8 billion":
    each estimate against the actual of its own measure stated before, the comparison word a sentence away."""
    paired = {link.b.id for links in sentence_links(ctx).values() for link in links if link.kind == LinkKind.ESTIMATE}
    # A comparison word that has its own estimate in its clause says nothing about other estimates.
    used = {word.span() for _, _, word, _ in _clause_estimates(ctx)}
    for estimate in ctx.claims:
        if estimate.id in paired or estimate.change is not None or is_estimate(ctx, estimate) is None:
            continue
        index = ctx.sentence_index(estimate.span[0])
        sentences = ctx.sentences
        lo = sentences[max(0, index - 2)][0]
        hi = sentences[min(len(sentences) - 1, index + 1)][1]
        word = None
        ways = set()
        for match in COMPARE.finditer(ctx.text, lo, hi):
            # What the word compares with is named in its own sentence: "still above band. With the treasury
            # expecting ..." does not set anything against expectations.
            own_end = ctx.sentences[ctx.sentence_index(match.start())][1]
            tail = ctx.text[match.end() : min(match.end() + 60, own_end)]
            if match.span() in used or ctx.claims_in(match.start(), match.end()):
                continue
            if _governs_another(ctx, match.end(), estimate):
                continue  # "seen in under 12 minutes ..., against a goal of 80%": the word compares its own figure
            if _expected_other_measure(ctx, match.end(), estimate):
                continue  # "a better than expected profit of $64 million": the word is about the profit
            if _EXPECTATION.search(tail):
                word = match  # the last word that compares something with expectations
                ways.add(_op(match))
        if word is None or word.group("same"):
            continue
        actuals = [
            c
            for c in ctx.claims_in(sentences[max(0, index - 3)][0], estimate.span[0])
            if _comparable(c, estimate)
            and is_estimate(ctx, c) is None
            and starts_from(ctx, c) is None  # a start or a year-ago figure is not the result compared
            and not is_prior_by_date(ctx, c)
        ]
        own_sentence = ctx.sentence_index(word.start()) == index
        if (
            own_sentence
            and not any(
                _comparable(c, estimate) and is_estimate(ctx, c) is None
                for c in ctx.claims_in(estimate.span[1], word.start())
            )
            and word.start() >= estimate.span[1]
        ):
            # "guided to profit of $8.10 to $8.30 a share, which was a little below what analysts expected":
            # the estimate is what the word compares, with estimates the text does not give
            continue
        if own_sentence and not any(c.sentence_span == estimate.sentence_span for c in actuals):
            head = ctx.text[ctx.sentences[index][0] : min(word.start(), estimate.span[0])]
            if DIRECTION_WORD.search(head) or re.search(r"\d", head):
                continue  # "GDP climbed2.1 percent, beating forecasts for 2.0 percent": its own result went unread
        same_measure = [c for c in actuals if c.measure == estimate.measure]
        if estimate.measure is None:
            # "Revenue of $30.45 billion, also topping Street forecasts. Analysts expected $29.91 billion": an
            # estimate that names no measure is of the one figure the comparison word's own clause gives.
            own = [c for c in actuals if c.sentence_span[0] <= word.start() < c.sentence_span[1]]
            own = [c for c in own if c.span[1] <= word.start()]
            if len(own) != 1 or has_break(ctx.text[own[0].span[1] : word.start()]):
                continue
            same_measure = own
        if not same_measure:
            continue
        actual = same_measure[-1]
        if _MARGIN.match(ctx.text, actual.span[1], word.end()):
            continue  # "the deficit is likely to be Rs1,137 billion more than the target": the figure is the excess
        others = same_measure[:-1]
        doubts = []
        if {"gt", "lt"} <= ways:
            # "Though it beat the plan, August alone was lower than expected": results beat and missed
            # expectations side by side, so which result this estimate belongs to is not given by the words
            doubts.append("the passage has results both above and below expectations")
        evidence = inferred(
            ctx,
            [actual, estimate],
            [cue(ctx, word.span(), "comparison with expectations")],
            period=Agreement.AGREE,
            ambiguous=[show(o) for o in others if subjects([o, actual]) != Agreement.DISAGREE][-2:],
            doubts=doubts,
        )
        if evidence.subject != Agreement.AGREE and not _reports(ctx, estimate.subject):
            # An estimate names the analysts, not the company: the actual's subject stands for both.
            evidence = evidence.model_copy(update={"subject": Agreement.AGREE})
        if estimate.measure is None:
            # The estimate names no measure: it is the expectation the comparison word's clause sets its one
            # figure against, so that figure's measure is the estimate's.
            evidence = evidence.model_copy(update={"metric": Agreement.AGREE, "tie": Tie.STRUCTURE})
        why = (
            f"“{word.group(0)}” compares the results with expectations; {show(estimate)} is the estimate of "
            f"{estimate.measure or 'that figure'} and {show(actual)} the {estimate.measure or 'figure'} reported"
        )
        yield _relation(ctx, actual, estimate, _op(word), word, why, evidence)


def _reports(ctx: ArticleContext, subject: str | None) -> bool:
    """Whether ``subject`` reports figures of its own in the article (a company does; a broker's analysts do not)."""
    if not subject:
        return False
    return any(c.subject == subject and is_estimate(ctx, c) is None for c in ctx.claims)


_THRESHOLD_VERB = re.compile(
    r"\b(?:risen|rose|rises|climbed|climbs|is|was|were|been|remained|remains|stayed|stays|moved|jumped|fell|falls"
    r"|dropped|drops|slipped|come|came|fallen|stood|stands|closed|ended|traded|trading|held|holds|hovered"
    r"|falling|dropping|slipping|rising|climbing)\s+"
    r"(?P<dir>above|over|beyond|below|under|past)\s+$",
    re.IGNORECASE,
)
_THRESHOLD_VERB = gated(_THRESHOLD_VERB)  # tried on every figure's window, seldom matching there


# "... to 4.7 percent", "... to a low of $61,480": the level the move reached.
_CROSSED_TO = re.compile(
    r"^\s*(?:of\s+[\w-]+\s+)?(?:in\s+[\w-]+\s+)?,?\s*to\s+(?:an?\s+(?:(?:session|intraday|fresh|new)\s+)?"
    r"(?:low|high|close|level)\s+of\s+)?$",
    re.IGNORECASE,
)
_APPOSED = re.compile(r",\s*(?P<dir>above|below|under)\s+$", re.IGNORECASE)
_APPOSED = gated(_APPOSED)  # tried on every figure's window, seldom matching there


def _priced_alike(figure: Claim, line: Claim) -> bool:
    """One unit, or a price "a share" or "per unit" against a bare amount of its money: "fell below $50 to $48 a
    share" gives the line and the price it reached in one currency."""
    unit, other = figure.quantity.unit, line.quantity.unit
    return unit == other or (line.quantity.kind == QuantityKind.MONEY and unit.startswith(f"{other} / "))


# A verb right before a figure whose own words hold the line's side ("is above $8,000"); compiled once, not looked up
# for every figure.
_PLAIN_VERB = re.compile(r"\b(?:risen|rose|climbed|is|was|been|remained|stayed|moved|fell|dropped)\s+$")


def _thresholds(ctx: ArticleContext) -> Iterator[Relation]:
    """ "prices have risen above two percent", "fell to 5.9%, below 6%": the figure stated before, against the line.
    With no figure before it, the level reached after it: "sank below $50 to a low of $46", "to $48 a share"."""
    for line in ctx.claims:
        before = lead(ctx, line, 40)
        surface = line.quantity.text.lower()
        verb = _THRESHOLD_VERB.search(before) or _APPOSED.search(before)
        if verb is not None:
            up = verb.group("dir").lower() in ("above", "over", "beyond", "past")
            offset = line.span[0] - len(before)
            span = (offset + verb.start("dir"), offset + verb.end("dir"))
        else:
            # The hedge word is part of the figure's surface: "is above $8,000".
            plain = _PLAIN_VERB.search(before)
            hedged = line.quantity.hedge in (Hedge.OVER, Hedge.UNDER, Hedge.AT_LEAST, Hedge.UP_TO)
            if plain is None or not hedged or not re.match(r"(above|over|below|under)\b", surface):
                continue
            up = surface.startswith(("above", "over"))
            span = (line.span[0], line.span[0] + len(surface.split()[0]))
        figures = [
            c
            for c in ctx.sentence_claims(line)
            if c.span[1] <= line.span[0]
            and c.quantity.hedge == Hedge.EXACT
            and c.quantity.kind == line.quantity.kind
            and c.quantity.unit == line.quantity.unit
            and (c.change is None) == (line.change is None)
            and starts_from(ctx, c) is None  # "fell to 5.9% from 6.1%, ... below 6%": the line is the end's
            and not is_prior_by_date(ctx, c)
        ]
        if not figures:
            # "dropped under the 5 percent mark to 4.7 percent": the figure that crossed the line comes after it.
            following = [c for c in ctx.sentence_claims(line) if c.span[0] >= line.span[1]]
            if (
                following
                and _CROSSED_TO.match(ctx.text[line.span[1] : following[0].span[0]])
                and _priced_alike(following[0], line)
                and following[0].change is None
            ):
                figures = [following[0]]
        if not figures or has_break(
            ctx.text[min(figures[-1].span[1], line.span[1]) : max(line.span[0], figures[-1].span[0])]
        ):
            continue
        figure = figures[-1]
        yield Relation(
            kind=RelationKind.COMPARISON,
            members=roles(figure=figure, reference=line),
            evidence=stated_together(ctx, [figure, line], [cue(ctx, span, "a line the figure is said to cross")]),
            reason=f"the clause states {show(figure)} and says it is {'above' if up else 'below'} {show(line)}",
            params={"op": "gt" if up else "lt", "word": ctx.text[span[0] : span[1]], "threshold": True},
            spans=[span],
        )


_RECORD = re.compile(
    r"\b(?:(?:a|the)\s+(?:new\s+)?record(?:[- ]high)?|(?:new\s+|fresh\s+)?record[- ]high|all[- ]time\s+high"
    r"|highest\s+ever|best\s+ever|highest\s+on\s+record)\s+(?:of\s+|at\s+|with\s+)?$"
    # "The all-time peak for bookings, in 2019, was 12 million"
    # but not "retreated after the record high and traded at": another verb, another figure
    r"|\b(?:the\s+)?(?:record|all[- ]time)\s+(?:high|peak)\b"
    r"(?:(?!\band\b|\bbut\b)[^.;]){0,40}?\b(?:was|of|at|stood\s+at|reached|hit)\s+$",
    re.IGNORECASE,
)
_RECORD = gated(_RECORD)  # tried on every figure's window, seldom matching there
# "had reached 47 percent — its all-time high in this poll": the record named right after the figure.
_RECORD_AFTER = re.compile(
    r"^\s*(?:[—–-]+|,)\s*(?:its|a|the|their)\s+(?:new\s+)?(?:record(?:[- ]high)?|all[- ]time\s+high|highest\s+ever)\b",
    re.IGNORECASE,
)
_RECORD_AFTER = gated(_RECORD_AFTER)  # tried on every figure's window, seldom matching there
_NOT_RECORD = re.compile(r"\b(?:for\s+the\s+month|for\s+the\s+quarter|for\s+a|since|in\s+\w+\s+years|low)\b", re.I)


# "which had climbed to a new record of", "its then-record": a record told as one set before the time the article
# reports, so a later figure of the article may top it.
_EARLIER_RECORD = re.compile(
    r"\bhad\s+(?:(?:already|just|also|previously|since)\s+)?(?:been|\w+ed|hit|set|grown|risen|reached)\b[^.;!?]{0,60}$"
    r"|\bthen[- ](?:all[- ]time\s+)?(?:record|high|peak|best)",
    re.IGNORECASE,
)
_EARLIER_RECORD = gated(_EARLIER_RECORD)  # tried only on the lead of a figure called a record
# The record words of a mark set at its own time ("to a record", "a new record of", "new record-high"), not one still
# standing ("the record high", "their record high in 2018, at", "its all-time high").
_SET_THEN = re.compile(r"(?:an?|new|fresh)\s", re.IGNORECASE)


_SPANS_DIFFER = "the record covers “{}”, the other figure “{}”: spans of different lengths"


def _spans_differ(record: Claim, other: Claim) -> bool:
    """A record over one length of time set against a total over another: "a record 21 million passengers in
    the first half" is no record to top 38 million in a whole year, nor a record month to top a quarter."""
    if record.period is None or other.period is None:
        return False
    a, b = record.period.months, other.period.months
    return a is not None and b is not None and abs(a - b) > 0.5


# "has sold 9,300 boats so far", "year-to-date sales of 9,300": a running total over a span the words
# leave open (often several of the periods a record is set in), so it is no level the record had to top.
_RUNNING_AFTER = re.compile(
    r"^[^.;\d]{0,25}?\b(?:so\s+far|to\s+date|thus\s+far|year[\s-]+to[\s-]+date|all\s+told)\b", re.I
)
_RUNNING_BEFORE = re.compile(
    r"\b(?:year[\s-]+to[\s-]+date|cumulative|running\s+total\s+of)\s+(?:[\w-]+\s+){0,2}$", re.I
)


# "could set a record of 5,000 sales", "must sell at least 5,400 to hit the target": a figure
# hoped for or required, in its own clause, is no level anyone reached, so a record read on it is not certain.
_HOPED = re.compile(
    r"\b(?:(?:has|have|had|with|stands?)\s+a\s+(?:shot|chance)\s+at|aims?\s+(?:to|for|at)|hop(?:es|ed|ing)\s+(?:to|for)"
    r"|on\s+(?:track|course|pace)\s+(?:to|for)|plans?\s+to|needs?\s+to|needed\s+to|must|could|might|would"
    r"|seeks?\s+to|wants?\s+to|targets?|targeting|goal\s+of)\b[^.;,]{0,40}$",
    re.IGNORECASE,
)


def _hoped(ctx: ArticleContext, claim: Claim) -> bool:
    return bool(_HOPED.search(ctx.text[max(claim.sentence_span[0], claim.span[0] - 60) : claim.span[0]]))


def _running_total(ctx: ArticleContext, claim: Claim) -> bool:
    return bool(
        _RUNNING_AFTER.search(ctx.text[claim.span[1] : claim.span[1] + 40])
        or _RUNNING_BEFORE.search(ctx.text[max(0, claim.span[0] - 40) : claim.span[0]])
    )


def _dated_after(other: Claim, record: Claim) -> bool:
    """The other figure is dated to a later year (or a later month of the year) than the record."""
    a, b = record.period, other.period
    if a is None or b is None or a.year is None or b.year is None:
        return False
    if a.year != b.year:
        return b.year > a.year
    return a.month is not None and b.month is not None and b.month > a.month


def _when(claim: Claim) -> str:
    return claim.period.text if claim.period is not None else ""


def _records(ctx: ArticleContext) -> Iterator[Relation]:
    """ "delivered a record 497,099 vehicles": at least every other level of that measure and subject."""
    for record in ctx.claims:
        if not (is_level(record) or is_rate_level(record)):
            continue
        before = lead(ctx, record, 70)
        found = _RECORD.search(before)
        after = None if found else _RECORD_AFTER.match(ctx.text[record.span[1] : record.span[1] + 50])
        if (found is None and after is None) or _NOT_RECORD.search(ctx.text[record.span[1] : record.span[1] + 25]):
            continue
        if record.measure is None:
            continue
        others = [
            c
            for c in ctx.claims
            if c.id != record.id
            and c.change is None
            and same_unit(c, record)
            and c.measure == record.measure
            and metrics([c, record]) != Agreement.DISAGREE
            and subjects([c, record]) != Agreement.DISAGREE
            and is_estimate(ctx, c) is None
            and record.quantity.value
            and 1 / 3 <= c.quantity.value / record.quantity.value <= 3
            # a record of deliveries need not top the output of the same things
            and not acts_differ(ctx, c, record)
        ]
        if not others:
            continue
        if found is not None:
            offset = record.span[0] - len(before)
            span = (offset + found.start(), offset + found.end())
        else:
            assert after is not None
            span = (record.span[1] + after.start(), record.span[1] + after.end())
        said = ctx.text[span[0] : span[1]].strip(" ,—–-")
        earlier = _EARLIER_RECORD.search(before)
        # "The record high, in 2017, was 95 million": the record still standing, which later years must not top;
        # "rose to a record 36 million in 2019" is the mark of that year, which a later year may top
        standing = _SET_THEN.match(said) is None
        narrowed = qualifier(ctx, record)
        # One relation holds the record and every other level it must top, so one finding says whether the word
        # holds for all; the levels a doubt hangs on go in a second one, so they cannot cloud the sure ones.
        sure: list[Claim] = []
        doubtful: list[Claim] = []
        spanned: list[Claim] = []
        running: list[Claim] = []
        hoped: list[Claim] = []
        narrower: list[Claim] = []
        later: list[Claim] = []
        for other in others:
            apart = record.sentence_span != other.sentence_span
            other_time = periods([record, other]) == Agreement.DISAGREE
            # "its all-time high of 55,100 points" in one index's paragraph, 82,700 points in another's; "the
            # operating profit in the sector hit a record" against the whole company's
            unnamed = subjects([record, other]) == Agreement.UNKNOWN and apart and not other_time
            if _hoped(ctx, record) or _hoped(ctx, other):
                hoped.append(other)  # "could set a record 5,000", "must sell at least 5,400": not levels reached
            elif _spans_differ(record, other):
                spanned.append(other)  # a record half-year against a full year's total: no record to top
            elif other.period is None and _running_total(ctx, other):
                running.append(other)  # a record quarter against the total so far: no record to top either
            elif not standing and _dated_after(other, record):
                later.append(other)  # "a record 36 million in 2019" need not top 2024's 41 million
            elif narrowed is not None and qualifier(ctx, other) != narrowed:
                # "its cloud revenue rose to a record $2 billion" against "revenue of $5 billion": the record is
                # one segment's, the other figure may be the whole company's
                narrower.append(other)
            else:
                (doubtful if unnamed else sure).append(other)
        for group, doubts in (
            (sure, []),
            (doubtful, ["the record and the other figure are stated apart, one without a named subject"]),
            (spanned, [_SPANS_DIFFER.format(_when(record), "”, “".join(_when(c) for c in spanned))]),
            (running, ["the other figure is a running total to date, over a span the words leave open"]),
            (hoped, ["the record or the other figure is one hoped for or required, not a level reached"]),
            (later, [f"the record is dated {_when(record)}, “{'”, “'.join(_when(c) for c in later)}” after it"]),
            (
                narrower,
                [
                    f"the record's {record.measure} is narrowed by “{narrowed}”, the other figure's is not: "
                    "it may be a whole or another part"
                ],
            ),
        ):
            if not group:
                continue
            if earlier is not None:
                doubts = [
                    *doubts,
                    f"the record is told as one set before the article's time (“{earlier.group(0).strip()}”): "
                    "a later figure may top it",
                ]
            evidence = inferred(
                ctx, [record, *group], [cue(ctx, span, "a record")], period=Agreement.AGREE, doubts=doubts
            )
            yield Relation(
                kind=RelationKind.COMPARISON,
                members=[Member(role="figure", claim=record.id)]
                + [Member(role="reference", claim=c.id) for c in group],
                evidence=evidence,
                reason=f"{show(record)} is called a record; "
                + ", ".join(show(c) for c in group)
                + f" {'is another' if len(group) == 1 else 'are other'} {record.measure} "
                f"figure{'s' if len(group) > 1 else ''} of the same subject in the article",
                params={"op": "ge", "word": said, "record": True},
                spans=[span],
            )
