"""A comparative whose clause has no figure of its own before it.

"Exports rose at a 4.2 percent pace in the autumn. The ministry said that pace was well above the
3.1 percent first reported": the clause names what it compares ("that pace", "growth this year") and
the figure it is compared with, but the figure it describes was said in a sentence before. That figure
is the latest like one (same unit family, a rate with a rate) in the two sentences before, leaving
out starts, year-ago figures and figures revised away ("the initial 1.7 percent").

The subject may name the month of the figure it describes ("The July figure was the strongest since January and
was above the average monthly gain of 190,000"): then the figure is the one of that month in the sentences
before, a move in units as well as a level or a rate, and the month stands for the measure; with two figures of
that month the pairing stays open. A first predicate joined by "and" and a bracketed aside do not break the clause.

Nothing in the words ties the two, so the pairing is inferred: certain only when the clause names the
figure's measure and their subjects agree, and never when another like figure could be meant.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import direction, is_absolute_change, is_relative_change, same_family, show, total_and_each
from factcheck.literals import gated
from factcheck.relation import Agreement, Relation, RelationKind
from factcheck.relations import finder
from factcheck.relations.changes import roles
from factcheck.relations.evidence import cue, inferred
from factcheck.relations.multiples_words import clause_of, is_figure, is_marked_prior, word_measure
from factcheck.relations.prose import after_by, is_estimate, starts_from
from factcheck.relations.time_now import MONTHS

# "a more dramatic increase", "a slower rise": a comparative on a rise noun. Only rises: a "bigger fall" compares sizes.
_RISE_NOUN = r"(?:increase|rise|gain|growth|expansion|advance|climb|jump)"
_RISE_MORE = (
    r"(?:an?\s+)?(?:(?:more\s+(?:dramatic|rapid|pronounced|marked|substantial|robust)|bigger|larger|stronger|faster"
    rf"|sharper|steeper|greater|quicker|swifter)\s+{_RISE_NOUN})"
)
_RISE_LESS = (
    r"(?:an?\s+)?(?:(?:less\s+(?:dramatic|rapid|pronounced|marked|substantial|robust)|more\s+modest|smaller|slower"
    rf"|weaker|milder|softer|gentler)\s+{_RISE_NOUN})"
)
# "that pace was well above the", "growth this year came in sharply lower than an initial": a noun phrase, a verb
# of being and at most two adverbs, then the comparative and the words that lead to the figure compared with, or
# the time compared with and a bracket.
_DESCRIBED_COMPARATIVE = re.compile(
    r"^(?P<what>[\w\s,'’-]{3,80}?)\b"
    # "The May figure marked the strongest gain since January and was above": a first predicate joined by "and"
    r"(?:(?P<first>(?:marked|was|is|came|hit|reached|matched|set)\b[\w\s,'’-]{0,70}?)\s+and\s+)?"
    r"(?:(?:was|is|were|are|came\s+in|ran|stood|remained|stayed)\s+"
    r"(?:(?:[\w-]+ly|well|far|much|still|also|even|way|a\s+(?:bit|little|lot))\s+){0,2}(?:(?P<above>(?:higher|greater|larger|bigger|faster|stronger)\s+than|above"
    # "That was a sharper increase than the": a rise said to be bigger than another rise
    rf"|{_RISE_MORE}\s+than)|(?P<below>(?:lower|smaller|slower|weaker)\s+than|below|short\s+of|{_RISE_LESS}\s+than))"
    # "Their mean falls well short of the": the verb is part of the comparative
    r"|(?P<short>(?:falls|fell|fall|falling|comes\s+up|came\s+up)\s+(?:[\w-]+ly\s+|well\s+|far\s+)?short\s+of)"
    # "Growth slowed from a 4.2 percent pace in the previous quarter": a rate's move said with its start only
    r"|(?P<slowed>(?:slowed|decelerated|eased|cooled|moderated|softened)\s+(?:[\w-]+ly\s+)?from)"
    r"|(?P<quickened>(?:accelerated|quickened|picked\s+up|strengthened)\s+(?:[\w-]+ly\s+)?from))"
    # "the average monthly gain of": a noun phrase of up to three words, closed by "of"
    r"\s+(?:(?:(?:the|an?|its|their)\s+)?(?:(?:[\w’'-]+\s+){0,2}?|(?:[a-z’'-]+\s+){1,3}?of\s+)"
    # "higher than a year ago (6.2%)": the time compared with, its figure in brackets
    r"|(?:[\w’'-]+\s+){0,4}?(?:year|month|quarter|week|ago|earlier|before|\d{4})\s*\(\s*)$",
    re.IGNORECASE,
)
_DESCRIBED_COMPARATIVE = gated(_DESCRIBED_COMPARATIVE)  # tried on every figure's window, seldom matching there
# "the initial 1.7 percent rate", "previously estimated at": a figure revised away is no reading of its own.
_REVISED = re.compile(r"\b(?:initial|initially|originally|previously|first)\b(?:\s+[\w-]+){0,3}\s*$", re.IGNORECASE)


@finder("comparisons_apart")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for reference in ctx.claims:
        clause = clause_of(ctx, tuple(reference.span))  # type: ignore[arg-type]
        head = ctx.text[clause[0] : reference.span[0]]
        # "(+310,000)": a bracketed aside is no figure of the clause's own; blanked, the offsets stay
        plain = _ASIDE.sub(lambda m: " " * len(m.group(0)), head)
        word = _DESCRIBED_COMPARATIVE.match(plain)
        if word is None:
            continue
        # only an aside in a first predicate is blanked: "Leon's share (5%) was above" states the subject's own figure
        aside_from = clause[0] + (word.start("first") if word.group("first") else len(head))
        own = [
            c
            for c in ctx.claims_in(clause[0], reference.span[0])
            if plain[c.span[0] - clause[0]] != " " or c.span[0] < aside_from
        ]
        if own or is_estimate(ctx, reference) is not None:
            continue  # an estimate is set against the result by the comparisons with expectations
        if after_by(ctx, reference):
            continue  # "was above forecast by $45 million": the margin, not the figure compared with
        month = _named_month(word.group("what"))
        said_as = next(g for g in ("above", "below", "short", "slowed", "quickened") if word.group(g))
        higher = bool(word.group("above") or word.group("quickened"))
        word_span = (clause[0] + word.start(said_as), clause[0] + word.end())
        measure = word_measure(ctx, word_span)
        kind_word = _KIND_WORD.search(word.group("what"))
        # "a sharper increase than the 3.8%": the figure described is a rise, whatever the 3.8% was read as
        rise = re.search(rf"\b{_RISE_NOUN}\s+than\b", ctx.text[word_span[0] : word_span[1]], re.IGNORECASE)
        figure, others = _described(
            ctx,
            reference,
            measure,
            month,
            kind_word.group(0) if kind_word else None,
            rise=rise is not None,
            # "slowed from a 2.8 percent pace": a growth rate's move, the rate said as a change or as a level
            loose=said_as in ("slowed", "quickened"),
        )
        if figure is None:
            continue
        evidence = inferred(
            ctx,
            [figure, reference],
            [cue(ctx, (clause[0], word_span[1]), "a comparison with the figure said before")],
            period=Agreement.UNKNOWN,  # a comparison may well set one period against another
            ambiguous=[show(o) for o in others],
            doubts=_narrowed(word.group("what"))
            + _appositive(plain, reference)
            + _owner(ctx, word.group("what"), figure),
        )
        if measure is None:
            # "second-quarter growth was higher than": the head noun of what is compared names the measure
            head_noun = re.findall(r"[a-z]+", _REPORTED.sub("", word.group("what")).lower())
            measure = head_noun[-1] if head_noun else None
        if month is not None and not others and _READING.search(word.group("what")):
            # "The September reading was above": the month names the one figure of that month said before
            evidence = evidence.model_copy(update={"metric": Agreement.AGREE})
        elif measure is None or not _same_measure(measure, figure):
            evidence = evidence.model_copy(update={"metric": Agreement.UNKNOWN})
        elif reference.measure in (None, figure.measure, measure):
            # the clause names the figure's measure, and the figure it is set against names no other
            evidence = evidence.model_copy(update={"metric": Agreement.AGREE})
        said = " ".join(ctx.text[word_span[0] : word_span[1]].split())
        yield Relation(
            kind=RelationKind.COMPARISON,
            members=roles(figure=figure, reference=reference),
            evidence=evidence,
            reason=(
                f"“{' '.join(head.split())} …” has no figure of its own; {show(figure)} is the like figure said "
                f"before it, set against {show(reference)}"
            ),
            params={"op": "gt" if higher else "lt", "word": said},
            spans=[word_span],
        )
    yield from _beaten(ctx)
    yield from _attributive(ctx)


# "That beat the average forecast of", "but fell short of analysts' expectations of": an estimate beaten or missed
# by a result the clause does not state.
_BEATEN = re.compile(
    r"\b(?:(?P<above>beat|beats|topped|tops|exceeded|exceeds|surpassed|outstripped|came\s+in\s+(?:above|ahead\s+of))"
    r"|(?P<below>missed|misses|fell\s+short\s+of|falls\s+short\s+of|came\s+in\s+(?:below|under)))\s+"
    r"(?:(?:the|an?|its|their|[\w-]+['’]s?)\s+)?(?:[\w-]+\s+){0,3}?(?:forecasts?|estimates?|expectations?|consensus"
    r"|predictions?|projections?)\s+(?:of|for)\s+(?:an?\s+)?$",
    re.IGNORECASE,
)
_BEATEN = gated(_BEATEN)


def _beaten(ctx: ArticleContext) -> Iterator[Relation]:
    """ "The economy grew 3.5 percent. Growth slowed from 4.2 percent but beat the average forecast of 3.3
    percent": the result is the like figure said in the sentence before; a start the sentence gives ("slowed from
    4.2 percent") is no result."""
    for estimate in ctx.claims:
        start = ctx.sentences[ctx.sentence_index(estimate.span[0])][0]
        word = _BEATEN.search(ctx.text, max(start, estimate.span[0] - 90), estimate.span[0])
        if word is None:
            continue
        if any(starts_from(ctx, c) is None for c in ctx.claims_in(start, word.start())):
            continue  # the sentence states a result of its own: the comparisons in one clause read it
        figure, others = _described(ctx, estimate, None, loose=True)
        if figure is None or (is_relative_change(figure) and direction(figure) < 0):
            continue  # "fell 4%, missed the estimate of a 5% drop": which way a fall beats a forecast is not said
        said = " ".join(word.group(0).split())
        yield _against_before(
            ctx,
            (figure, estimate, others),
            word,
            "an estimate beaten or missed by the result said before",
            f"“{said}” names no result of its own; {show(figure)} is the like figure said before it, set against "
            f"the estimate of {show(estimate)}",
            "gt" if word.group("above") else "lt",
        )


# "Output in the spring came in at a lower 3.2 percent": the figure itself is called lower or higher, than
# the like figure said before. The clause holds no figure of its own before it.
_ATTRIBUTIVE = re.compile(
    r"\b(?:was|were|came\s+in\s+at|stood\s+at|ran\s+at|registered|recorded|posted|at)\s+(?:a|an)\s+"
    r"(?:(?:much|slightly|far|somewhat|still|revised)\s*,?\s+)?"
    r"(?:(?P<higher>higher|stronger|bigger|larger|faster|greater)|(?P<lower>lower|weaker|smaller|slower|softer))"
    r"\s+[$£€¥₹]?$",
    re.IGNORECASE,
)
_ATTRIBUTIVE = gated(_ATTRIBUTIVE)


def _attributive(ctx: ArticleContext) -> Iterator[Relation]:
    for reference in ctx.claims:
        clause = clause_of(ctx, tuple(reference.span))  # type: ignore[arg-type]
        word = _ATTRIBUTIVE.search(ctx.text, clause[0], reference.span[0])
        if word is None or ctx.claims_in(clause[0], word.start()):
            continue  # the clause's own figure is the one compared, read by the one-clause comparisons
        if is_estimate(ctx, reference) is not None:
            continue
        # "growth of 3.9 percent ... came in at a lower 3.2 percent": a rate said as a change and as a level
        figure, others = _described(ctx, reference, None, loose=True, priors=True)
        if figure is None:
            continue
        said = " ".join(word.group(0).split())
        yield _against_before(
            ctx,
            (figure, reference, others),
            word,
            "a figure called higher or lower than the one said before",
            f"“{said} {show(reference)}” calls it {'higher' if word.group('higher') else 'lower'} than "
            f"{show(figure)}, the like figure said before",
            "lt" if word.group("higher") else "gt",  # "a lower 3.2%": the reference lies below the figure before
        )


def _against_before(
    ctx: ArticleContext,
    pair: tuple[Claim, Claim, list[Claim]],
    word: re.Match[str],
    meaning: str,
    reason: str,
    op: str,
) -> Relation:
    """A figure the words set against the like figure said before them (``pair``: that figure, the one the words
    speak of, and the other figures that would fit as well). Nothing in the clause names the measure compared, so
    the pairing stays open."""
    figure, reference, others = pair
    evidence = inferred(
        ctx,
        [figure, reference],
        [cue(ctx, word.span(), meaning)],
        period=Agreement.UNKNOWN,
        ambiguous=[show(o) for o in others],
    )
    return Relation(
        kind=RelationKind.COMPARISON,
        members=roles(figure=figure, reference=reference),
        evidence=evidence.model_copy(update={"metric": Agreement.UNKNOWN}),
        reason=reason,
        params={"op": op, "word": " ".join(word.group(0).split())},
        spans=[word.span()],
    )


# "revenue in Asia", "the rate for young workers", "sales at its rival": what is compared is narrower than, or other
# than, the figure said before.
_QUALIFIER = re.compile(r"\b(?:in|at|for|of|from|among|excluding|with|without|by|on|outside|inside)\b", re.IGNORECASE)
# "The ministry said (that) ...": the reporting words are not part of what is compared.
_REPORTED = re.compile(r"^.*\b(?:said|says|reported|noted|estimated|added)\s+(?:that\s+)?", re.IGNORECASE)


def _same_measure(said: str, figure: Claim) -> bool:
    """The comparison names the figure's measure, its head noun or what kind of figure it is: "growth was higher
    than ..." after "the economy grew at a 2.5 percent rate" (GDP, a growth rate) refers back to it."""
    if figure.measure is None:
        return False
    kind = figure.metric.value if figure.metric is not None else ""
    return said in (figure.measure, figure.measure.split()[-1], kind)


# "Leeds's rate is a little above the region's at 6.2%": "at" may hang the figure on the subject as well as on what it
# is compared with.
_AT_FIGURE = re.compile(r"\bat\s*$", re.IGNORECASE)


def _appositive(head: str, reference: Claim) -> list[str]:
    if _AT_FIGURE.search(head):
        return [f"“at {show(reference)}” may give the subject's own figure, not the one it is compared with"]
    return []


# "Ferrisby's jobless rate was above ...": what is compared is named as someone's
_OWNER_NAME = re.compile(r"\b([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})['’]s?(?=\s)")


def _owner(ctx: ArticleContext, what: str, figure: Claim) -> list[str]:
    """The clause names whose figure it compares ("Ferrisby's rate ..."), and the sentence of the figure said before
    does not name them: that figure may well be another's ("The county's rate held at 3.9%")."""
    named = _OWNER_NAME.search(_REPORTED.sub("", what))
    if named is None:
        return []
    sentence = ctx.text[figure.sentence_span[0] : figure.sentence_span[1]]
    if named.group(1).lower() in sentence.lower():
        return []
    return [f"the clause speaks of {named.group(1)}, which the sentence of {show(figure)} does not name"]


def _narrowed(what: str) -> list[str]:
    compared = _REPORTED.sub("", what).strip()
    if _QUALIFIER.search(compared):
        return [f"“{' '.join(compared.split())}” may be narrower than the figure said before"]
    return []


# "That average", "the median": what is compared names the kind of figure it was said as.
_KIND_WORD = re.compile(r"\b(?:average|median)\b", re.IGNORECASE)
_ASIDE = re.compile(r"\([^()]{0,40}\)")
# "The September reading", "the May figure", "March's gain": a month and a noun that stands for a figure of it.
_READING = re.compile(
    r"^\s*the\s+(?P<month>[a-z]+)(?:['’]s)?\s+(?:reading|figure|number|gain|increase|rise|drop|decline|fall|total"
    r"|print|result)\s*$",
    re.IGNORECASE,
)


def _moves_alike(figure: Claim, reference: Claim) -> bool:
    """Two changes in units the same way: "payrolls rose 254,000" against "the average monthly gain of 203,000"."""
    if not (is_absolute_change(figure) and is_absolute_change(reference)):
        return False
    return (
        figure.change is not None
        and reference.change is not None
        and figure.change.direction == reference.change.direction
    )


def _named_month(what: str) -> int | None:
    """The month a "the <month> reading" subject names (1-12), if that is what it is."""
    said = _READING.match(what)
    if said is None or said.group("month").lower() not in MONTHS:
        return None
    return MONTHS.index(said.group("month").lower()) + 1


def _described(
    ctx: ArticleContext,
    reference: Claim,
    measure: str | None,
    month: int | None = None,
    kind_word: str | None = None,
    rise: bool = False,
    loose: bool = False,
    priors: bool = False,
) -> tuple[Claim | None, list[Claim]]:
    """The like figure said in the two sentences before, and any others that could be meant: the latest, or the
    latest whose measure the clause names ("The jobless rate is higher ..." after "the jobless rate rose to 6.4%,
    while the participation rate of 62% held"); with ``month``, the figure of that month ("The September reading was
    above ..."), none when no figure or several are of it. With ``priors``, a figure marked as an earlier one may be
    meant too ("growth had been 3.9% ... came in at a lower 3.2%")."""
    index = ctx.sentence_index(reference.span[0])
    if index == 0:
        return None, []
    candidates = [
        c
        for earlier in ctx.sentences[max(0, index - 2) : index]
        for c in ctx.claims_in(*earlier)
        if (is_figure(c) or (is_relative_change(c) and c.quantity.value > 0) or _moves_alike(c, reference))
        and same_family(c, reference)
        # "revenue rose to $35 billion ... fell short of the estimate of $10.38 per share": a total is no like figure
        # for an amount per share
        and not total_and_each(c, reference)
        and (is_relative_change(c) if rise else loose or is_relative_change(c) == is_relative_change(reference))
        and (priors or not is_marked_prior(ctx, c))
        and is_estimate(ctx, c) is None
        and not _REVISED.search(ctx.text[max(0, c.span[0] - 40) : c.span[0]])
    ]
    if month is not None:
        candidates = [c for c in candidates if c.period is not None and c.period.month == month]
        return (candidates[-1], candidates[:-1][-2:]) if candidates else (None, [])
    if kind_word is not None:
        # "the average comes up short of": only a figure said as an average (a gain as well as a level) is meant
        said_so = [
            c
            for earlier in ctx.sentences[max(0, index - 2) : index]
            for c in ctx.claims_in(*earlier)
            if same_family(c, reference)
            and not is_relative_change(c)
            and not is_relative_change(reference)
            and re.search(rf"\b{kind_word}", ctx.text[max(0, c.span[0] - 40) : c.span[0]], re.IGNORECASE)
        ]
        return (said_so[-1], said_so[:-1][-2:]) if said_so else (None, [])
    if not candidates:
        return None, []
    named = [c for c in candidates if measure is not None and c.measure == measure]
    if named and named[-1] is not candidates[-1]:
        candidates = [c for c in candidates if c is not named[-1]] + [named[-1]]
    figure = candidates[-1]
    # Another like figure in the same sentence as the one chosen could be the one meant.
    others = [c for c in candidates[:-1] if c.sentence_span == figure.sentence_span]
    return figure, others[-2:]
