"""Multiples and fractions of another figure: doubled, tripled, halved, twice as many, half of.

A multiple word states a ratio. News prose uses it in two ways:

* a move of one series ("net profit more than doubled to $54 million from $25
  million", "costs were halved", "a three-fold rise", "fell by a third"): the
  ratio is current / prior, read from the pair the word governs, or 1 + the
  growth rate that restates it ("more than doubled, rising 120%"); a rate given by a second verb joined to
  the word's ("doubled over five years and rose 12% last year"), or a rate with a narrower stretch after a
  stretch of the word's ("tripled since 2023, climbing 4% this week alone"), is a further move: that pairing
  carries a doubt;
* a comparison of two figures ("528,000, more than doubling the estimate of
  258,000", "That is half of what its rival sold (40 million)", "exports
  grew twice as fast, 9.2 per cent", "twice as likely (24% vs. 12%)",
  "nearly half of its 1,200 workers, or 560"): the ratio is the figure the
  word describes over the figure it is set against.

What makes a pairing certain:

* the word and both figures in one clause, tied by its words ("doubled to X
  from Y", "X, more than double the Y", "A vs. B") are a cue; the two ends of
  one move must not name different measures;
* "That is half of what ... (Y)" with exactly one figure of Y's unit in the
  sentence before, or "twice as much, P" with exactly one change of P's kind
  earlier in its sentence, are a structure;
* a base named by what it covers ("18%, more than double the global average"),
  its figure in one of the three sentences before, in a sentence that has the
  qualifier ("global") and shares a specific noun with the word's ("wind",
  "solar"), is inferred with subject and measure taken as agreeing; a figure the
  word describes said in an earlier sentence ("output in May was about
  triple the 0.4 percent pace") is inferred and needs the measure of the word's
  clause to be the figure's;
* a word whose clause has no pair ("net profit more than tripled"), matched to
  a current/prior pair or a growth rate of its measure in the next two
  sentences, is inferred: certain only when subject and measure agree, nothing
  else fits, the word speaks of no other stretch of time ("since 2019", a
  year-on-year word against a quarter-earlier prior) and its clause names no
  region or segment the figures' sentence lacks. The prior for a current
  stated with the word ("two-fold growth in net profit to X ... It had Y in the
  year-ago period") is tied the same way (see ``multiples_apart``).

Ratios in words between two counts ("by a 3-to-2 margin", "close behind") are
in ``multiples_margins`` and ``multiples_closeness``.

A figure after a connector that follows the word's own noun phrase ("more than
double the 2011 count, plus 6,200 renewals") is another item, never the
base. A move in a plan or forecast ("aims to double") and an adjusted ratio in a study
("odds", "adjusted") always carry a doubt. A word with no pair, a period ("the
first half"), a count of occasions ("scored twice") and a valuation ("30 times
earnings") give no relation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import is_relative_change, same_family, show
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Relation, Tie
from factcheck.relations import finder
from factcheck.relations.changes import quote, roles
from factcheck.relations.evidence import cue
from factcheck.relations.multiples_apart import pair_after, prior_after
from factcheck.relations.multiples_words import (
    VALUATION,
    VERB,
    Word,
    clause_of,
    evidence,
    is_figure,
    is_marked_prior,
    make_relation,
    plan_doubt,
    sentence_of,
    word_claim,
    word_measure,
    words,
)
from factcheck.relations.prose import is_denominator, is_ticker_quote

# "the richest 2% use four times as much as the poorest 30%", "the top 10 percent of earners": a percentage that names a
# slice of a population is the group's label, not the amount the word compares (that amount is left unsaid).
_SLICE_WORD = (
    r"(?:richest|poorest|wealthiest|top|bottom|highest|lowest|upper|lower|best|worst|oldest|youngest"
    r"|(?:highest|lowest|best|top|bottom)[ \u00a0-]+(?:paid|earning|income))"
)
_SLICE_LEAD = re.compile(rf"\b(?:the|a|its|their)\s+{_SLICE_WORD}\s*$", re.IGNORECASE)
_SLICE_TRAIL = re.compile(
    rf"^\s*(?:(?:most|least)\s+\w+|{_SLICE_WORD}|of\s+(?:the\s+)?(?:world'?s?\s+|global\s+|the\s+)?"
    r"(?:population|people|earners|households|adults|taxpayers|income\s+distribution))\b",
    re.IGNORECASE,
)


def is_slice_label(ctx: ArticleContext, claim: Claim) -> bool:
    """A percentage naming a slice of a population ("the richest 2%", "the 30% poorest", "the top 10% of earners")."""
    if claim.quantity.kind != QuantityKind.PERCENT or claim.change is not None:
        return False
    if _SLICE_LEAD.search(ctx.text[max(0, claim.span[0] - 30) : claim.span[0]]):
        return True
    # "the 30% poorest", "the 10% of earners": _SLICE_TRAIL holds the slice words as well
    before = ctx.text[max(0, claim.span[0] - 8) : claim.span[0]]
    after = ctx.text[claim.span[1] : claim.span[1] + 50]
    return bool(re.search(r"\bthe\s*$", before, re.IGNORECASE) and _SLICE_TRAIL.match(after))


# "more than double the 2011 count, plus 6,200 ...", "twice the rate of its rivals; and 40 ...": a connector
# after the word's own noun phrase starts another item, so the figure after it is not what the word is set against.
_ADDED = re.compile(r"(?:,|;)\s*(?:plus|and|while|but|as\s+well\s+as|besides|with)\b|;", re.IGNORECASE)


@finder("multiples")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for word in words(ctx):
        if word.shape == "parallel":
            found = _parallel(ctx, word)
        else:
            found = _compare(ctx, word) if word.shape == "compare" else None
            # "doubling the capacity to X from Y" is a move after all; "double the global average" never is.
            if found is None and (word.shape == "move" or VERB.match(word.text.split()[-1])):
                found = _move(ctx, word)
        if found is not None:
            yield found


def _compare(ctx: ArticleContext, word: Word) -> Relation | None:
    """ "X, more than double the Y", "That is half of what ... (Y)", "twice as much, P"."""
    clause = clause_of(ctx, word.span)
    claim = word_claim(ctx, word.span)
    # A comparison holds in any tense: "is expected to be twice the $6 billion, at $12 billion".
    doubts: list[str] = []
    after = [
        c
        for c in ctx.claims_in(word.span[1], clause[1])
        if (is_figure(c) or (is_relative_change(c) and c.quantity.value > 0))
        and c is not claim
        and not is_denominator(ctx, c)
    ]
    versus = _versus(ctx, word, after)
    if versus is not None:
        return versus
    # The base: the first figure after the word's link, close to it ("the Dow Jones estimate of 258,000").
    base = next((c for c in after if c.span[0] - word.span[1] <= 70), None)
    if base is None and not after:
        return _named_base(ctx, word, clause, claim)
    if base is None or VALUATION.match(ctx.text[word.span[1] : word.span[1] + 40]):
        return None
    if _ADDED.search(ctx.text, word.span[1], base.span[0]):
        return None  # "more than double the 2011 count, plus 6,200 renewals": a figure added, not the base
    if base.quantity.kind == QuantityKind.PERCENT and re.match(
        r"\s*(?:of\s+(?:a\s+|one\s+|1\s+)?(?:percentage\s+)?points?|of\s+a\s+percent)", ctx.text[word.span[1] :]
    ):
        return None
    sentence = sentence_of(ctx, word.span[0])
    before = [
        c
        for c in ctx.claims_in(clause[0], word.span[0])
        if c is not claim
        and c.quantity.value > 0
        # "41 per 100,000 people is less than half the 97 of 1988": the rate is 41, 100,000 only its unit
        and not is_denominator(ctx, c)
        and same_family(c, base)
        # "returned 12%, twice the 6% gain": percentages compare as percentages, change or level.
        and (c.quantity.kind == QuantityKind.PERCENT or is_relative_change(c) == is_relative_change(base))
    ]
    if before:
        figure = before[-1]
        if is_slice_label(ctx, figure) or is_slice_label(ctx, base):
            return None  # "the richest 2% use four times as much as the poorest 30%": groups named, amounts unsaid
        if is_marked_prior(ctx, figure):
            return None  # "to $40 million from $25 million, almost double ...": the word is the current's
        gap = ctx.text[figure.span[1] : word.span[0]]
        # "528,000 for July, more than doubling the estimate": the figure the word restates ends just before it.
        if len(gap) > 60 or re.search(r"\bfrom\b|\bto\b", gap, re.IGNORECASE):
            return None
        cues = [cue(ctx, (figure.span[1], base.span[0]), "one figure set against the other")]
        return make_relation(
            ctx,
            word,
            roles(figure=figure, base=base),
            evidence(ctx, Tie.CUE, [figure, base], cues, doubts=doubts, subject=Agreement.AGREE),
            f"“{quote(ctx, [figure, base])}”: the word sets {show(figure)} against {show(base)}",
        )
    restated = _restated_part(ctx, word, base, after)
    if restated is not None:
        return restated
    opener = re.match(r"\s*[\"“]?\s*(?:That|This|It|Which)\s+(?:is|was|represents|represented|means|meant)\b",
                      ctx.text[sentence[0] : word.span[0]])  # fmt: skip
    if opener is None and not ctx.claims_in(clause[0], word.span[0]):
        return _described_earlier(ctx, word, clause, claim, base)
    if opener is None or ctx.claims_in(sentence[0], word.span[0]):
        return None
    index = ctx.sentence_index(word.span[0])
    if index == 0:
        return None
    previous = ctx.sentences[index - 1]
    candidates = [
        c for c in ctx.claims_in(*previous) if c.quantity.value > 0 and same_family(c, base) and c is not base
    ]
    candidates = [c for c in candidates if not is_relative_change(c)]
    if not candidates:
        return None
    figure = candidates[-1]
    return make_relation(
        ctx,
        word,
        roles(figure=figure, base=base),
        evidence(
            ctx,
            Tie.STRUCTURE,
            [figure, base],
            [cue(ctx, (sentence[0] + opener.start(), sentence[0] + opener.end()), "refers to the sentence before")],
            subject=Agreement.AGREE,
            ambiguous=[show(c) for c in candidates[:-1]],
            doubts=doubts,
        ),
        f"“{opener.group(0).strip()} {word.text} …” refers back to {show(figure)}, set against {show(base)}",
    )


# "18%, more than double the global average": a base named by what it covers, its figure stated before.
_NAMED_BASE = re.compile(
    r"^\s+(?:the|its|their)\s+(?P<q>[A-Za-z.-]+(?:\s+[A-Za-z.-]+)?)\s+(?:average|rate|level|figure|share|mean|norm)\b",
)


# "double the usual rate", "twice the previous level": a base of another time or kind, not a place or group.
_NOT_A_PLACE = frozenset(
    [
        "same",
        "previous",
        "prior",
        "last",
        "current",
        "usual",
        "normal",
        "typical",
        "historical",
        "long-term",
        "year-ago",
        "expected",
        "forecast",
        "pre-pandemic",
        "old",
        "new",
    ]
)


def _named_base(ctx: ArticleContext, word: Word, clause: tuple[int, int], claim: Claim | None) -> Relation | None:
    """ "Wind and solar made up 8.2% of global generation. ... The EU's share is 18%, more than double the global
    average": the figure the base's qualifier ("global") and the word's own nouns point back to."""
    from factcheck.relations.time_windows import nouns

    named = _NAMED_BASE.match(ctx.text[word.span[1] : clause[1]])
    if named is None or word.factor < 1 or named.group("q").lower().split()[0] in _NOT_A_PLACE:
        return None
    before = [c for c in ctx.claims_in(clause[0], word.span[0]) if c is not claim and is_figure(c)]
    if not before or len(ctx.text[before[-1].span[1] : word.span[0]]) > 30:
        return None
    figure = before[-1]
    qualifier = named.group("q").lower().split()
    sentence = sentence_of(ctx, word.span[0])
    own = nouns(ctx.text[sentence[0] : word.span[0]]) - set(qualifier)
    index = ctx.sentence_index(word.span[0])
    candidates = []
    for earlier in ctx.sentences[max(0, index - 3) : index]:
        text = ctx.text[earlier[0] : earlier[1]].lower()
        if not all(re.search(rf"\b{re.escape(q)}\b", text) for q in qualifier) or not own & nouns(text):
            continue
        candidates.extend(
            c
            for c in ctx.claims_in(*earlier)
            if is_figure(c) and same_family(c, figure) and is_relative_change(c) == is_relative_change(figure)
        )
    if not candidates:
        return None
    base = candidates[-1]
    qualifier_text = " ".join(named.group(0).split())
    return make_relation(
        ctx,
        word,
        roles(figure=figure, base=base),
        evidence(
            ctx,
            Tie.INFERRED,
            [figure, base],
            [cue(ctx, (word.span[1], word.span[1] + named.end()), "the base, named")],
            word=claim,
            subject=Agreement.AGREE,
            metric=Agreement.AGREE,
            ambiguous=[show(c) for c in candidates[:-1]],
            doubts=plan_doubt(ctx, word.span),
        ),
        f"“{word.text} {qualifier_text}” sets {show(figure)} against {show(base)}, the figure stated earlier for "
        f"what “{named.group('q')}” covers",
    )


# "the initial 1.7 percent rate", "previously estimated at": a figure revised away, not the one described.
_REVISED = re.compile(r"\b(?:initial|initially|originally|previously|first)\b(?:\s+[\w-]+){0,3}\s*$", re.IGNORECASE)
# "output in May was about triple the 0.4 percent pace": a noun and a verb of being before the word.
_DESCRIBED = re.compile(r"^[\w\s,'’-]{3,60}?\b(?:was|is|were|are|came\s+in\s+at|ran\s+at)\s+$", re.IGNORECASE)


def _described_earlier(
    ctx: ArticleContext, word: Word, clause: tuple[int, int], claim: Claim | None, base: Claim
) -> Relation | None:
    """ "Output rose at a 1.3 percent pace in May. ... Output in May was about triple the 0.4
    percent pace of April": the figure the word describes is the like one said before.

    Inferred: certain only when the word's clause names the figure's measure and their subjects agree.
    """
    if not _DESCRIBED.match(ctx.text[clause[0] : word.span[0]]) or word.factor < 1:
        return None
    index = ctx.sentence_index(word.span[0])
    candidates = [
        c
        for earlier in ctx.sentences[max(0, index - 3) : index]
        for c in ctx.claims_in(*earlier)
        if is_figure(c) or (is_relative_change(c) and c.quantity.value > 0)
    ]
    candidates = [
        c
        for c in candidates
        if c is not base
        and same_family(c, base)
        and is_relative_change(c) == is_relative_change(base)
        and not is_marked_prior(ctx, c)
        and not _REVISED.search(ctx.text[max(0, c.span[0] - 40) : c.span[0]])
    ]
    if not candidates:
        return None
    figure = candidates[-1]
    measure = word_measure(ctx, word.span)
    metric = Agreement.AGREE if measure is not None and figure.measure == measure else Agreement.UNKNOWN
    return make_relation(
        ctx,
        word,
        roles(figure=figure, base=base),
        evidence(
            ctx,
            Tie.INFERRED,
            [figure, base],
            [cue(ctx, (clause[0], word.span[0]), "what the word describes")],
            word=claim,
            metric=metric,
            ambiguous=[show(c) for c in candidates[:-1]],
            doubts=plan_doubt(ctx, word.span),
        ),
        f"“{' '.join(ctx.text[clause[0] : word.span[1]].split())} …” has no figure of its own; {show(figure)} is the "
        f"like figure said before it, set against {show(base)}",
    )


_FROM_BEFORE = re.compile(r"\bfrom\s*[$£€¥₹]?\s*$", re.IGNORECASE)


def _versus(ctx: ArticleContext, word: Word, after: list[Claim]) -> Relation | None:
    """ "twice as likely to smoke as their parents (24% vs. 12%)": the two rates the word compares, in order."""
    if not re.match(r"as\b|(?:more|less)\b", word.link, re.IGNORECASE) or len(after) < 2:
        return None
    first, second = after[0], after[1]
    gap = ctx.text[first.span[1] : second.span[0]]
    if not re.fullmatch(r"\s*(?:vs\.?|versus|compared\s+(?:with|to)|against|and|to)\s*", gap, re.IGNORECASE):
        return None
    if not same_family(first, second) or first.span[0] - word.span[1] > 120:
        return None
    # "fell twice as fast as a month before, from 6.1% to 5.3%": "from A to B" gives the two ends of one move,
    # whose pace the word compares with another move's; the ends are not the two figures compared.
    if gap.strip().lower() == "to" and _FROM_BEFORE.search(ctx.text[max(0, first.span[0] - 12) : first.span[0]]):
        return None
    # A study's "twice as likely" may be an adjusted ratio that the raw shares beside it need not match.
    sentence = sentence_of(ctx, word.span[0])
    adjusted = re.search(
        r"\b(?:odds|adjusted|hazard|risk\s+ratio|relative\s+risk)\b", ctx.text[sentence[0] : sentence[1]], re.I
    )
    doubts = ["the word may state an adjusted ratio, which the raw figures need not match"] if adjusted else []
    return make_relation(
        ctx,
        word,
        roles(figure=first, base=second),
        evidence(
            ctx,
            Tie.CUE,
            [first, second],
            [cue(ctx, (first.span[1], second.span[0]), "the two figures")],
            subject=Agreement.AGREE,
            doubts=doubts,
        ),
        f"“{word.text} … {show(first)}{gap}{show(second)}”: the word sets the first figure against the second",
    )


def _restated_part(ctx: ArticleContext, word: Word, base: Claim, after: list[Claim]) -> Relation | None:
    """ "nearly half of its 1,200 workers, or 560": the part restated right after the whole."""
    if word.factor >= 1:
        return None
    following = [c for c in after if c.span[0] > base.span[1]]
    if not following:
        return None
    part = following[0]
    gap = ctx.text[base.span[1] : part.span[0]]
    if not re.fullmatch(
        r"(?:\s+[a-z]+){0,2}?\s*(?:\(|,\s*or|—|–)\s*(?:about|around|roughly|some|nearly|almost)?\s*", gap
    ):
        return None
    if not same_family(part, base) or part.quantity.value >= base.quantity.value * 1.5:
        return None
    return make_relation(
        ctx,
        word,
        roles(figure=part, base=base),
        evidence(
            ctx,
            Tie.CUE,
            [part, base],
            [cue(ctx, (base.span[1], part.span[0]), "the part restated")],
            subject=Agreement.AGREE,
        ),
        f"“{word.text} {show(base)}” is restated as {show(part)}",
    )


# "Fees in many towns doubled and running costs rose 30%": a joined clause with its own subject and verb of change
# gives that subject's rate, not the word's; "doubled, rising 120%" (no subject between) restates the word. A ranking
# joins the next subject too: "sales to Corvia rose by a third, followed by Telmar, which was up 12%", "fell by half,
# trailing Telmar, up 9%".
_OTHER_MOVER = re.compile(
    r"\b(?:and|but|while|whereas|(?:followed|trailed)\s+by|ahead\s+of|trailing|behind|outpacing|against|versus)\s+"
    r"(?!(?:by|to|from|of|at|up|down|then|so)\b)(?:[\w'’-]+,?\s+){1,5}?"
    r"(?:rose|risen|increased|grew|climbed|jumped|soared|fell|dropped|declined|decreased|gained|slipped|edged"
    r"|(?:was|were|is|are)\s+(?:up|down)|(?<=,\s)(?:up|down))\b",
    re.IGNORECASE,
)


# "more than doubled from a year ago and jumped 38% in May alone": a second finite verb of change joined to the
# word's own (no new subject) is a further move of the series when either move names a stretch of its own: one before
# the joint ("doubled over five years and rose 12%") or a narrower one after the rate ("in May alone", "last week").
# The restating rate comes as a participle or an apposition ("doubled, rising 120%"); "doubled and rose 30% over the
# decade" shares one stretch and stays paired.
_SECOND_MOVE = re.compile(
    r"\b(?:and|but|while|yet|then)\s+(?:(?:has|have|had|was|were|is|are)\s+)?(?:also\s+|then\s+)?"
    r"(?:rose|risen|increased|grew|grown|climbed|jumped|soared|surged|rallied|advanced|added|gained|fell|fallen"
    r"|dropped|declined|decreased|slipped|edged|lost|slumped|tumbled|plunged|sank|sunk|shed)\b",
    re.IGNORECASE,
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_UNIT = r"(?:day|session|week|month|quarter|year|decade)s?"
_OWN_STRETCH = re.compile(
    rf"\b(?:since|over|from|during|within|year[- ]on[- ]year|compared|(?:this|last|past|a)\s+{_UNIT}"
    rf"|in\s+(?:\d{{4}}|{_MONTH}|the\s+(?:past|last|first|second|third|fourth)\b|the\s+(?:{_UNIT})\b))",
    re.IGNORECASE,
)
_NARROWER_STRETCH = re.compile(
    rf"\b(?:alone|(?:this|last|past|previous|that)\s+{_UNIT}|in\s+(?:the\s+)?(?:past|last)\b|on\s+{_DAY}"
    rf"|in\s+{_MONTH}(?!\w)|over\s+(?:the\s+)?(?:past|last)\b"
    rf"|in\s+the\s+(?:first|second|third|fourth|final|latest)\s+(?:quarter|half|month|week)\b)",
    re.IGNORECASE,
)

# "tripled in the spring and, in the autumn of the year before, the count climbed 40%": a joined clause that opens on
# a stretch of its own is a second move over that stretch, whatever its subject.
_JOINED_STRETCH = re.compile(
    rf"\b(?:and|but|while|whereas|yet)\s*,?\s+(?:(?:in|during|for|over|through|since)\s+(?:the\s+)?"
    rf"(?:(?:first|second|third|fourth|final|last|past|previous|prior|same|latest|year-earlier)\b|{_MONTH}(?!\w)"
    rf"|(?:19|20)\d\d\b|{_UNIT}\b)|(?:last|this|a)\s+{_UNIT}\b)",
    re.IGNORECASE,
)


def _second_move(ctx: ArticleContext, word: Word, rate: Claim, clause: tuple[int, int]) -> bool:
    """The rate belongs to a further move over a stretch of its own, not the word's.

    A joined verb with a stretch on either side, or any rate (a participle too: "almost tripled since 2023,
    climbing 4% this week alone") set between a stretch of the word's and a narrower one of its own.
    """
    if _JOINED_STRETCH.search(ctx.text, word.span[1], rate.span[0]):
        return True
    joint = _SECOND_MOVE.search(ctx.text, word.span[1], rate.span[0])
    own = _OWN_STRETCH.search(ctx.text, word.span[1], joint.start() if joint else rate.span[0]) is not None
    rest = re.split(r"[,;]", ctx.text[rate.span[1] : clause[1]], maxsplit=1)[0]
    narrower = _NARROWER_STRETCH.search(rest) is not None
    if joint is not None:
        return own or narrower
    return own and narrower


def _move(ctx: ArticleContext, word: Word) -> Relation | None:
    clause = clause_of(ctx, word.span)
    claim = word_claim(ctx, word.span)
    doubts = plan_doubt(ctx, word.span)
    inside = [c for c in ctx.claims_in(*clause) if c is not claim]
    levels = [c for c in inside if is_figure(c)]
    priors = [c for c in levels if is_marked_prior(ctx, c)]
    currents = [c for c in levels if c not in priors and c.span[0] >= word.span[1]]
    if not currents:
        # "Profit of $54 million more than doubled from $25 million": the current before the word.
        currents = [c for c in levels if c not in priors and c.span[1] <= word.span[0]][-1:]
    current = currents[0] if currents else None
    prior = next((p for p in priors if current is not None and same_family(p, current) and p is not current), None)
    if current is not None and prior is not None:
        cues = [cue(ctx, (min(current.span[1], prior.span[1]), max(current.span[0], prior.span[0])), "the pair")]
        return make_relation(
            ctx,
            word,
            roles(current=current, prior=prior),
            evidence(ctx, Tie.CUE, [current, prior], cues, word=claim, doubts=doubts, one_series=True),
            f"one clause gives the word with both figures: “{quote(ctx, [current, prior])}”",
        )
    # A growth rate in the word's own clause restates it: "more than doubled, rising 120% to $5.5 million".
    # "jumped by 8% and thefts from vehicles rose by a quarter": a rate before the word has a verb of its own
    # A quote box beside a ticker ("Globex GBX, +1.4%") is another company's share move, not the word's rate.
    rates = [c for c in inside if is_relative_change(c) and c.span[0] >= word.span[1] and not is_ticker_quote(ctx, c)]
    if len(rates) == 1 and (current is None or rates[0].span[0] < current.span[0]):
        rate = rates[0]
        between = ctx.text[word.span[1] : rate.span[0]]
        if _OTHER_MOVER.search(between):
            doubts = [*doubts, "another subject with a move of its own stands between the word and the rate"]
        elif _second_move(ctx, word, rate, clause):
            doubts = [*doubts, "the rate is a further move over a stretch of its own, not the word's"]
        return make_relation(
            ctx,
            word,
            roles(change=rate),
            evidence(ctx, Tie.CUE, [rate], [cue(ctx, rate.span, "the growth rate")], word=claim, doubts=doubts),
            f"one clause gives the word with the growth rate {show(rate)}",
        )
    if current is not None:
        return prior_after(ctx, word, current, claim, doubts)
    if not levels and not rates:
        return pair_after(ctx, word, claim, doubts)
    return None


def _parallel(ctx: ArticleContext, word: Word) -> Relation | None:
    """ "Spending rose 7.9% ..., while revenues increased twice as much, 14.6%": the like figure before."""
    sentence = sentence_of(ctx, word.span[0])
    figure = next(iter(ctx.claims_in(word.span[1], min(sentence[1], word.span[1] + 16))), None)
    if figure is None or figure.quantity.value <= 0:
        return None
    like = [
        c
        for c in ctx.claims_in(sentence[0], word.span[0])
        if c.quantity.value > 0 and same_family(c, figure) and c.quantity.kind == figure.quantity.kind
    ]
    # "as much", "as fast": the word compares moves, so a change said before is the like figure.
    moves = [c for c in like if c.change is not None]
    like = moves or like
    if not like:
        return None
    base = like[-1]
    return make_relation(
        ctx,
        word,
        roles(figure=figure, base=base),
        evidence(
            ctx,
            Tie.STRUCTURE,
            [figure, base],
            [cue(ctx, (word.span[1], figure.span[0]), "the figure the word describes")],
            subject=Agreement.AGREE,
            metric=Agreement.AGREE,
            ambiguous=[show(c) for c in like[:-1]],
            doubts=plan_doubt(ctx, word.span),
        ),
        f"“{word.text}” describes {show(figure)} and sets it against {show(base)}, the like figure said before it",
    )
