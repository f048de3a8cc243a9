"""Multiple words whose figures are stated in other sentences: "net profit more than tripled" ... "Net profit
was X, compared with Y a year earlier".

A word whose clause has no pair is matched to a current/prior pair or a growth
rate of its measure in the next two sentences; a current stated with the word
("two-fold growth in net profit to X") to a prior of its measure marked as
earlier in the next two sentences. Inferred: certain only when subject and
measure agree, nothing else fits, the word speaks of no other stretch of time
("since 2019", a year-on-year word against a quarter-earlier prior) and its
clause names no region or segment the figures' sentence lacks.

Subjects: the word's and the figures' when all are names; else the figures'
sentences must name no one but whom the word's sentence names before the word,
the speaker included ("Acme Co. said its net profit more than tripled. Net
profit for the April-June period was X, compared with Y a year earlier"); a
subject read from a date is no name, and who speaks narrows nothing. Measures:
a bare "profit" in the word's clause stands for whichever profit the figures
give (net, pre-tax, operating); two of them make the pairing ambiguous. A prior
in the sentence after the current's is taken only when that sentence is about
the figure ("That figure was ... the £144m a year ago") or names the measure,
and the prior starts no move of its own ("from a £1m loss to a £2.5m profit").
"""

from __future__ import annotations

import re

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import is_relative_change, same_family, show
from factcheck.relation import Agreement, Relation, Tie
from factcheck.relations.changes import roles, statements
from factcheck.relations.evidence import cue, metrics, subjects
from factcheck.relations.multiples_words import (
    Word,
    clause_of,
    evidence,
    is_figure,
    is_marked_prior,
    make_relation,
    name_doubts,
    names,
    periods_differ,
    sentence_of,
    word_measure,
)


def _later(ctx: ArticleContext, offset: int, after: int) -> list[Claim]:
    """The claims of the ``after`` sentences that follow the one at ``offset``.

    Another clause of the word's own sentence ("sales doubled in Asia, while revenue rose to X from Y") speaks
    of something else; a restatement comes in a sentence of its own.
    """
    index = ctx.sentence_index(offset)
    sentences = ctx.sentences
    if index + 1 >= len(sentences):
        return []
    return ctx.claims_in(sentences[index + 1][0], sentences[min(len(sentences) - 1, index + after)][1])


# A run over time rather than a move between two dates: "doubled this year", "has tripled since 2019".
_RUN = re.compile(
    r"\b(?:this\s+year|so\s+far|year[- ]to[- ]date|since|over\s+the\s+(?:past|last)|in\s+(?:the\s+)?(?:past|last))\b",
    re.IGNORECASE,
)


def _run_doubt(ctx: ArticleContext, word: Word) -> list[str]:
    start, end = clause_of(ctx, word.span)
    if _RUN.search(ctx.text[start:end]):
        return ["the word speaks of a run over time, which the figures stated apart may not cover"]
    return []


def prior_after(
    ctx: ArticleContext, word: Word, current: Claim, claim: Claim | None, doubts: list[str]
) -> Relation | None:
    """ "two-fold growth in net profit to X ... It had Y in the year-ago period": a prior in the next sentences."""
    found = []
    for other in _later(ctx, word.span[0], 2):
        if other is current or not is_figure(other) or not same_family(other, current):
            continue
        how = is_marked_prior(ctx, other)
        if how is None or _claimed_elsewhere(ctx, other, current):
            continue
        if metrics([other, current]) == Agreement.DISAGREE:
            continue
        found.append((other, how))
    if not found:
        return None
    prior, how = found[0]
    metric = metrics([current, prior])
    subject = subject_of(ctx, word, claim, [current, prior])
    return make_relation(
        ctx,
        word,
        roles(current=current, prior=prior),
        evidence(
            ctx,
            Tie.INFERRED,
            [current, prior],
            [cue(ctx, prior.span, how)],
            word=claim,
            subject=subject,
            metric=metric,
            ambiguous=[show(c) for c, _ in found[1:]],
            doubts=[*doubts, *_run_doubt(ctx, word), *_time_doubts(ctx, word, claim, current, prior)],
        ),
        f"“{word.text}” is stated with {show(current)}; {show(prior)} is the same measure marked as earlier (“{how}”)",
    )


def _time_doubts(ctx: ArticleContext, word: Word, claim: Claim | None, figure: Claim, prior: Claim | None) -> list[str]:
    """A word and figures stated apart may speak of different stretches of time: say so."""
    from factcheck.relations.growth import basis, change_basis, prior_basis

    doubts = []
    clause = clause_of(ctx, word.span)
    mine = basis(ctx.text[clause[0] : clause[1]])
    theirs = prior_basis(ctx, prior) if prior is not None else change_basis(ctx, figure)
    if mine and theirs and mine != theirs:
        doubts.append(f"the word compares with a {mine} before, the figures with a {theirs} before")
    if periods_differ(claim, figure):
        doubts.append("the word and the figures are dated differently")
    sentence = sentence_of(ctx, figure.span[0])
    shared = claim.subject if claim is not None and subjects([claim, figure]) == Agreement.AGREE else None
    doubts.extend(name_doubts(ctx, clause, sentence, shared or figure.subject, word.span))
    return doubts


# A subject extraction read from a date: "the April-June period", "the third quarter".
_PERIOD_SUBJECT = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|quarter|period"
    r"|half|year|month|week|Q[1-4]|H[12]|FY)\b",
    re.IGNORECASE,
)


def _sentence_names(ctx: ArticleContext, sentence: tuple[int, int]) -> set[str]:
    """The names a sentence gives; its first word only when it is one ("Acme's net profit", not "Net profit"):
    possessive, or capitalised again later inside a sentence."""
    text = ctx.text[sentence[0] : sentence[1]]
    found = names(text, opener=False)
    first = re.match(r"\W*([A-Z][A-Za-z.&-]+)(['’]s\b)?", text)
    if first is not None:
        again = re.compile(rf"(?<![.!?\n]\s)(?<![.!?\n])\b{re.escape(first.group(1))}\b")
        if first.group(2) or again.search(ctx.text, sentence[1]):
            found |= names(first.group(1))
    return found


def subject_of(ctx: ArticleContext, word: Word, claim: Claim | None, figures: list[Claim]) -> Agreement:
    """Whether the word and the figures stated after it are about one company or place.

    Their subjects as read when the word's and every figure's are names; else the figures' sentences name no one
    but whom the word's sentence names before the word, the speaker included ("Acme said its net profit more than
    tripled. Net profit was X, compared with Y a year earlier, the company said"; not "..., beating rival Beta.
    Beta's net profit was X"). A subject read from a date ("the April-June period") is no name.
    """
    everyone = [c for c in (claim, *figures) if c is not None]
    named = [c for c in everyone if c.subject and not _PERIOD_SUBJECT.search(c.subject)]
    if claim is not None and len(named) == len(everyone):
        return subjects(named)
    sentence = sentence_of(ctx, word.span[0])
    mine = _sentence_names(ctx, (sentence[0], word.span[0]))
    if not mine:
        return Agreement.UNKNOWN  # no one named before the word: nothing says whose figures these are
    here = ctx.sentence_index(word.span[0])
    for figure in figures:
        if not 0 < ctx.sentence_index(figure.span[0]) - here <= 2:
            return Agreement.UNKNOWN
        if _sentence_names(ctx, sentence_of(ctx, figure.span[0])) - mine:
            return Agreement.UNKNOWN
        if figure.subject and not _PERIOD_SUBJECT.search(figure.subject) and not names(figure.subject) <= mine:
            return Agreement.UNKNOWN
    return Agreement.AGREE


# "That figure was 96.5% ahead of the £144m ...": a sentence about the figure before it.
_BACK = re.compile(r"\W*(?:That|This|It|The)\s+(?:figure|number|total|result|amount|profit|was|is|compared)\b")


def _own_end(ctx: ArticleContext, prior: Claim) -> bool:
    """ "swinging from a £1m loss to a £2.5m profit": a start with its own end in its clause belongs to that move."""
    clause = clause_of(ctx, tuple(prior.span))  # type: ignore[arg-type]
    following = ctx.claims_in(prior.span[1], clause[1])
    if not following or not same_family(following[0], prior):
        return False
    return bool(re.fullmatch(r"[^.;,\d]{0,30}?\bto\b[^.;,\d]{0,15}", ctx.text[prior.span[1] : following[0].span[0]]))


def _claimed_elsewhere(ctx: ArticleContext, prior: Claim, current: Claim) -> bool:
    """A prior that a clause already pairs with its own current figure is not this word's."""
    for statement in statements(ctx):
        if statement.start is not None and statement.start.id == prior.id:
            return statement.end is not None and statement.end.id != current.id
    return False


# "Profit" alone, in a lead, stands for whichever profit the body gives: "annual profit more than doubled" ...
# "Pre-tax profit rose by 120%".
_PROFITS = ("net income", "pre-tax profit", "operating income")
_BARE_PROFIT = re.compile(
    r"(?<!\bnet\s)(?<!pre-tax\s)(?<!pretax\s)(?<!operating\s)(?<!gross\s)(?<!trading\s)(?<!underlying\s)"
    r"(?<!core\s)(?<!adjusted\s)(?<!after-tax\s)\b(?:profits?|earnings)\b",
    re.IGNORECASE,
)


def _kin(ctx: ArticleContext, word: Word, measure: str) -> tuple[str, ...]:
    """The measures the figures may carry: the word's own, or any profit for a bare "profit"."""
    start, end = clause_of(ctx, word.span)
    if (
        measure == "net income"
        and _BARE_PROFIT.search(ctx.text[start : word.span[0]])
        and not re.search(r"\bnet\b|\bbottom[- ]line\b|\bafter\s+tax", ctx.text[start:end], re.IGNORECASE)
    ):
        return _PROFITS
    return (measure,)


def pair_after(ctx: ArticleContext, word: Word, claim: Claim | None, doubts: list[str]) -> Relation | None:
    """ "net profit more than tripled" with no figure: the pair or growth rate of that measure in the next sentences."""
    measure = word_measure(ctx, word.span)
    if measure is None:
        return None
    kin = _kin(ctx, word, measure)
    window_all = _later(ctx, word.span[0], 2)
    window = [c for c in window_all if c.measure in kin]
    options: list[tuple[str, list[Claim]]] = []
    for current in window:
        if not is_figure(current) or is_marked_prior(ctx, current):
            continue
        own = clause_of(ctx, tuple(current.span))  # type: ignore[arg-type]
        prior = next(
            (
                p
                for p in ctx.claims_in(current.span[1], own[1])
                if is_figure(p) and same_family(p, current) and is_marked_prior(ctx, p)
            ),
            None,
        )
        if prior is None:
            # "... jumped to £283m. That figure was 96.5% ahead of the £144m posted a year ago": the prior of
            # the next sentence, when no other clause claims it.
            prior = next(
                (
                    p
                    for p in window_all
                    if p.span[0] > own[1]
                    and ctx.sentence_index(p.span[0]) == ctx.sentence_index(current.span[0]) + 1
                    and is_figure(p)
                    and same_family(p, current)
                    and is_marked_prior(ctx, p)
                    and not _claimed_elsewhere(ctx, p, current)
                    and not _own_end(ctx, p)
                    and (p.measure in kin or _BACK.match(ctx.text[slice(*sentence_of(ctx, p.span[0]))]))
                ),
                None,
            )
        if prior is not None:
            options.append(("pair", [current, prior]))
    for rate in window:
        if is_relative_change(rate) and (
            rate.change is None or rate.change.direction == (1 if word.factor > 1 else -1)
        ):
            options.append(("rate", [rate]))
    if not options:
        return None
    options.sort(key=lambda o: o[1][0].span[0])
    how, chosen = options[0]
    others = [show(o[1][0]) for o in options[1:] if not set(c.id for c in o[1]) & set(c.id for c in chosen)]
    prior = chosen[1] if how == "pair" else None
    pair_doubts = [*doubts, *_run_doubt(ctx, word), *_time_doubts(ctx, word, claim, chosen[0], prior)]
    word_subject = subject_of(ctx, word, claim, chosen)
    metric = Agreement.AGREE if all(c.measure in kin for c in chosen) else Agreement.UNKNOWN
    if how == "pair" and metrics(chosen) == Agreement.DISAGREE:
        metric = Agreement.DISAGREE
    measure = chosen[0].measure or measure
    if how == "pair":
        current, prior = chosen
        return make_relation(
            ctx,
            word,
            roles(current=current, prior=prior),
            evidence(
                ctx,
                Tie.INFERRED,
                chosen,
                [cue(ctx, prior.span, "marked as earlier")],
                word=claim,
                subject=word_subject,
                metric=metric,
                ambiguous=others,
                doubts=pair_doubts,
            ),
            f"“{word.text}” ({measure}) has no figure in its clause; {show(current)} against {show(prior)} is the "
            f"{measure} pair stated next",
        )
    rate = chosen[0]
    return make_relation(
        ctx,
        word,
        roles(change=rate),
        evidence(
            ctx,
            Tie.INFERRED,
            chosen,
            [cue(ctx, rate.span, "the growth rate")],
            word=claim,
            subject=word_subject,
            metric=metric,
            ambiguous=others,
            doubts=pair_doubts,
        ),
        f"“{word.text}” ({measure}) has no figure in its clause; {show(rate)} is the {measure} growth stated next",
    )
