"""Multiples and fractions of another figure: doubled, tripled, halved, twice as many, half of.

A multiple word states a ratio. News prose uses it in two ways:

* a move of one series ("net profit more than doubled to $54 million from $25
  million", "costs were halved", "a three-fold rise", "fell by a third"): the
  ratio is current / prior, read from the pair the word governs, or 1 + the
  growth rate that restates it ("more than doubled, rising 120%");
* a comparison of two figures ("528,000, more than doubling the estimate of
  258,000", "That is half of what Samsung shipped (70 million)", "revenues
  increased twice as much, 14.6 per cent", "twice as likely (24% vs. 12%)",
  "nearly half of its 1,200 workers, or 560"): the ratio is the figure the
  word describes over the figure it is set against.

What makes a pairing certain:

* the word and both figures in one clause, tied by its words ("doubled to X
  from Y", "X, more than double the Y", "A vs. B") are a cue; the two ends of
  one move must not name different measures;
* "That is half of what ... (Y)" with exactly one figure of Y's unit in the
  sentence before, or "twice as much, P" with exactly one change of P's kind
  earlier in its sentence, are a structure;
* a word whose clause has no pair ("net profit more than tripled"), matched to
  a current/prior pair or a growth rate of its measure in the next two
  sentences, is inferred: certain only when subject and measure agree, nothing
  else fits, the word speaks of no other stretch of time ("since 2019", a
  year-on-year word against a quarter-earlier prior) and its clause names no
  region or segment the figures' sentence lacks. The prior for a current stated
  with the word ("two-fold growth in net profit to X ... It had Y in the
  year-ago period") is tied the same way.

A move in a plan or forecast ("aims to double") and an adjusted ratio in a study
("odds", "adjusted") always carry a doubt. A word with no pair, a period ("the
first half"), a count of occasions ("scored twice") and a valuation ("30 times
earnings") give no relation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import is_level, is_rate_level, is_relative_change, norm_noun, same_family, show
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Cue, Evidence, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import quote, roles, statements
from factcheck.relations.evidence import cue, metrics, subjects, units
from factcheck.relations.prose import is_prior_by_date, starts_from

INF = float("inf")

# Clause breaks, as relations.prose reads them: a word's figures are looked for inside its clause.
_BREAK = re.compile(
    r";|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bthough\b|,\s+and\b|,\s+with\b|\band\s+(?:the|its|a|an)\s"
    r"|—|–|\s--|\bhowever\b|\bmeanwhile\b",
    re.IGNORECASE,
)

_COUNT = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}  # fmt: skip
_FRACTION = {
    "half": 1 / 2, "one-half": 1 / 2, "a third": 1 / 3, "one-third": 1 / 3, "one third": 1 / 3,
    "two-thirds": 2 / 3, "two thirds": 2 / 3, "a quarter": 1 / 4, "one-quarter": 1 / 4, "one quarter": 1 / 4,
    "three-quarters": 3 / 4, "three quarters": 3 / 4, "a fifth": 1 / 5, "one-fifth": 1 / 5, "one fifth": 1 / 5,
    "a tenth": 1 / 10, "one-tenth": 1 / 10, "one tenth": 1 / 10,
}  # fmt: skip

HEDGE = (
    r"(?P<hedge>more\s+than|well\s+over|just\s+over|over|nearly|almost|close\s+to|about|around|roughly|some"
    r"|approximately|just\s+under|just\s+shy\s+of|less\s+than|under|at\s+least)"
)
_N = r"(?P<n>\d+(?:\.\d+)?|" + "|".join(_COUNT) + r")"
# A series that moves: "doubled", "more than tripled", "halved", "a three-fold rise", "almost double its profit".
_MOVE = re.compile(
    rf"\b(?:{HEDGE}\s+)?(?P<word>doubl(?:ed|ing|es)|tripl(?:ed|ing|es)|quadrupl(?:ed|ing|es)|halv(?:ed|ing|es)"
    rf"|cut\s+(?:\w+\s+)?in\s+half|{_N}[- ]?fold"
    rf"|(?<=\bto\s)(?:double|triple|quadruple|halve)|(?<=\bwill\s)(?:double|triple|halve)"
    rf"|(?<=\bcould\s)(?:double|triple|halve)|(?<=\bwould\s)(?:double|triple|halve))\b"
    r"(?![- ](?:digit|dip|check|count|edged|standard|whammy|taxation|down|click|decker|header))",
    re.IGNORECASE,
)
# A move by a fraction: "fell by a third to $20 million from $30 million", "rose by more than half".
_BY_FRACTION = re.compile(
    r"\b(?P<verb>(?P<up>rose|rise|rises|rising|risen|increased|increases|increasing|grew|grown|growing|jumped|climbed"
    r"|surged|gained|expanded)|fell|falling|fallen|falls|dropped|declined|decreased|slumped|shrank|shrunk|plunged|slid"
    rf"|cut|reduced|tumbled|sank|contracted)\s+(?:by\s+)?(?:{HEDGE}\s+)?(?P<word>half|a\s+third|one[- ]third"
    r"|two[- ]thirds|a\s+quarter|one[- ]quarter|three[- ]quarters|a\s+fifth|one[- ]fifth|a\s+tenth|one[- ]tenth)\b"
    r"(?!\s+(?:of\b|a\s|an\s|one\s|1\s)|[- ]?(?:point|percent|per\s+cent))",
    re.IGNORECASE,
)
# A bare "double"/"triple" after a hedge is a verb too: "helped almost double its operating profit".
_HEDGED_VERB = re.compile(
    rf"\b{HEDGE}\s+(?P<word>double|triple|quadruple)\b(?=\s+(?:its|their|his|her|our|the\s+number|the\s+amount))",
    re.IGNORECASE,
)
# One figure against another: "more than double the 1.1 percent rate", "twice as many as", "half of what".
_COMPARE = re.compile(
    rf"\b(?:{HEDGE}\s+)?(?P<word>twice|double|doubling|triple|tripling|{_N}\s+times"
    r"|half|one[- ]half|a\s+third|one[- ]third|two[- ]thirds|a\s+quarter|one[- ]quarter|three[- ]quarters"
    r"|a\s+fifth|one[- ]fifth|a\s+tenth|one[- ]tenth)"
    r"(?P<link>\s+as\s+(?:much|many|large|big|high|fast|quickly|great|long|strong|heavy|likely|common|frequent)"
    r"(?:\s+[a-z]+){0,5}?\s+as\b"
    r"|\s+(?:more|less|as)\s+(?:likely|common|frequent|often)\b"
    r"|\s+(?:that|those)\s+of\b|\s+what\b|\s+the\b|\s+of\s+(?:the|what|that|those|its|their|his|her|our)\b"
    r"|\s+(?:more|higher|larger|bigger|greater)\s+than\b)",
    re.IGNORECASE,
)
# "revenues increased twice as much, 14.6 per cent": set against the like figure said just before.
_AS_MUCH = re.compile(
    rf"\b(?:{HEDGE}\s+)?(?P<word>twice|{_N}\s+times)\s+as\s+(?:much|fast|quickly|strongly|sharply|rapidly|steeply)"
    r"(?=\s*,\s*(?:or\s+|at\s+|by\s+)?[^\s,]*\d)",
    re.IGNORECASE,
)
# "30 times earnings of $2": a valuation multiple of a per-share figure, not of the figure before it.
_VALUATION = re.compile(
    r"\s*(?:its\s+|the\s+)?(?:forward\s+|trailing\s+|expected\s+|projected\s+|next\s+year['’]s\s+)?"
    r"(?:earnings|sales|revenue|ebitda|book|cash\s+flow|profits?)\b",
    re.IGNORECASE,
)
_VERB = re.compile(r"(?:doubl|tripl|quadrupl|halv)(?:ed|ing)$", re.IGNORECASE)
_PLAN = re.compile(
    r"\b(?:plans?|planned|planning|aims?|aimed|aiming|targets?|targeted|targeting|goal|expects?|expected|forecasts?"
    r"|forecast|projects?|projected|seeks?|hopes?|wants?|intends?|pledged?|promised?|vows?|vowed|set\s+to|on\s+track"
    r"|will|would|could|(?-i:may)|might|should|can)\b",
    re.IGNORECASE,
)
# "the first half", "half-year", "second half of 2024": a period, not a fraction.
_PERIOD_HALF = re.compile(
    r"(?:\b(?:first|second|1st|2nd|latter|back|front|the\s+other)\s+$)|(?:^[- ](?:year|yearly|hour|time|term|point))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Word:
    """A multiple or fraction word as printed, with the ratio range it allows."""

    text: str
    span: tuple[int, int]
    factor: float
    lo: float
    hi: float
    shape: str  # "move" of one series, "compare" with a figure after it, "parallel" with a like figure before it
    link: str = ""  # the words that set the base: "the", "as many as", "of what"

    def params(self) -> dict[str, object]:
        return {"word": self.text, "factor": self.factor, "low": self.lo, "high": None if self.hi == INF else self.hi}


def ratio_range(factor: float, hedge: str | None, loose: bool = False) -> tuple[float, float]:
    """The ratios a word allows: "doubled" 1.9–2.1, "almost double" 1.8–2.0, "more than doubled" above 2.

    A whole multiple is read to 5% either way, a fraction to 10% ("half" is 0.45–0.55); "N times more" is
    also read as N + 1 times, since writers use it both ways.
    """
    spread = 0.05 if factor >= 1 else 0.1
    hedge = " ".join((hedge or "").lower().split())
    if hedge in ("more than", "over", "well over", "at least"):
        lo, hi = factor, INF
    elif hedge == "just over":
        lo, hi = factor, factor * 1.1
    elif hedge in ("nearly", "almost", "close to", "just under", "just shy of"):
        lo, hi = factor * 0.9, factor
    elif hedge in ("less than", "under"):
        lo, hi = 0.0, factor
    elif hedge in ("about", "around", "roughly", "some", "approximately"):
        lo, hi = factor * 0.9, factor * 1.1
    else:
        lo, hi = factor * (1 - spread), factor * (1 + spread)
    if loose and hi != INF:
        hi = max(hi, (factor + 1) * (1 + spread))
    return lo, hi


def _factor(word: str) -> float | None:
    w = " ".join(word.lower().replace("-", " ").split())
    if w.startswith(("doubl", "double", "twice")):
        return 2.0
    if w.startswith(("tripl", "triple")):
        return 3.0
    if w.startswith(("quadrupl", "quadruple")):
        return 4.0
    if w.startswith(("halv", "halve", "cut")):
        return 0.5
    for name, value in _FRACTION.items():
        if w == name.replace("-", " "):
            return value
    head = w.split()[0]
    if head.endswith("fold"):
        head = head[:-4].strip()
    if head in _COUNT:
        return float(_COUNT[head])
    try:
        return float(head)
    except ValueError:
        return None


def _blocked_half(text: str, span: tuple[int, int]) -> bool:
    before = text[max(0, span[0] - 12) : span[0]]
    after = text[span[1] : span[1] + 8]
    return bool(_PERIOD_HALF.search(before) or _PERIOD_HALF.match(after))


def words(ctx: ArticleContext) -> list[Word]:
    """Every multiple word of the article, in text order (a hedge is part of its word)."""

    def make() -> list[Word]:
        found: list[Word] = []
        taken: list[tuple[int, int]] = []

        def add(match: re.Match[str], shape: str, link: str = "") -> None:
            span = match.span()
            if any(s < span[1] and span[0] < e for s, e in taken):
                return
            factor = _factor(match.group("word"))
            if factor is None or factor <= 0 or factor == 1:
                return
            if factor == 0.5 and _blocked_half(ctx.text, match.span("word")):
                return
            loose = bool(re.search(r"\b(?:more|higher|larger|bigger|greater)\b", link, re.IGNORECASE))
            lo, hi = ratio_range(factor, match.groupdict().get("hedge"), loose)
            # The word with its hedge ("more than double"), without the words that link it to its base.
            shown = (span[0], match.end("word"))
            text = " ".join(ctx.text[shown[0] : shown[1]].split())
            found.append(Word(text, shown, factor, lo, hi, shape, " ".join(link.split())))
            taken.append(span)

        for match in _BY_FRACTION.finditer(ctx.text):
            share = _factor(match.group("word"))
            if share is None or share >= 1 or any(s < match.end() and match.start() < e for s, e in taken):
                continue
            lo, hi = ratio_range(share, match.group("hedge"))
            sign = 1 if match.group("up") else -1
            # "rose by more than half" has no ceiling; a fall cannot take more than the whole.
            bounds = (1 + lo, 1 + hi) if sign > 0 else (1 - min(hi, 1.0), 1 - lo)
            span = (match.start("verb"), match.end())
            text = " ".join(ctx.text[span[0] : span[1]].split())
            found.append(Word(text, span, 1 + sign * share, bounds[0], bounds[1], "move"))
            taken.append(span)
        for match in _AS_MUCH.finditer(ctx.text):
            add(match, "parallel")
        for match in _COMPARE.finditer(ctx.text):
            add(match, "compare", match.group("link"))
        for pattern in (_MOVE, _HEDGED_VERB):
            for match in pattern.finditer(ctx.text):
                add(match, "move")
        return sorted(found, key=lambda w: w.span)

    return ctx.memo("multiple_words", make)


# reading the prose around a word ---------------------------------------------------


def sentence_of(ctx: ArticleContext, offset: int) -> tuple[int, int]:
    return ctx.sentences[ctx.sentence_index(offset)] if ctx.sentences else (0, len(ctx.text))


def clause_of(ctx: ArticleContext, span: tuple[int, int]) -> tuple[int, int]:
    """The clause around ``span``: its sentence cut at the clause breaks before and after it."""
    start, end = sentence_of(ctx, span[0])
    for match in _BREAK.finditer(ctx.text, start, span[0]):
        start = match.end()
    after = _BREAK.search(ctx.text, span[1], end)
    return start, (after.start() if after else end)


def word_claim(ctx: ArticleContext, span: tuple[int, int]) -> Claim | None:
    """The claim extraction made of the word itself, if any ("doubled" as a multiple)."""
    for claim in ctx.claims_in(max(0, span[0] - 30), span[1]):
        if claim.span[0] < span[1] and span[0] < claim.span[1]:
            return claim
    return None


def word_measure(ctx: ArticleContext, span: tuple[int, int]) -> str | None:
    """What the word's clause is about: "net profit more than tripled" -> net income."""
    try:
        from factcheck.extraction.measures import measure_of
    except ImportError:  # the engine runs without extraction; the measure is then unknown
        return None
    sentence = sentence_of(ctx, span[0])
    return measure_of(ctx.text, span[0], span[1], sentence, QuantityKind.NUMBER, None)


def plan_doubt(ctx: ArticleContext, span: tuple[int, int]) -> list[str]:
    """ "aims to double", "could triple": a target or forecast, which writers round loosely."""
    start, _ = clause_of(ctx, span)
    if _PLAN.search(ctx.text[max(start, span[0] - 50) : span[0]]):
        return ["the word states a plan or a forecast, not a result"]
    return []


def names(text: str, opener: bool = True) -> set[str]:
    """Capitalised words of a stretch: places, segments, companies (days, months and pronouns aside).

    Without ``opener`` the stretch's first word is left out: "Net profit ..." is capitalised only because it
    opens the sentence.
    """
    found = re.finditer(r"(?<![A-Za-z])([A-Z][A-Za-z.&-]+)", text)
    words = [m.group(1).strip(".") for m in found if opener or text[: m.start()].strip(" \"“‘'(")]
    return {w for w in words if not _NOT_NAME.fullmatch(w)}


# Capitalised but no qualifier: sentence openers, days and months.
_NOT_NAME = re.compile(
    r"The|A|An|It|Its|This|That|These|Those|In|On|At|For|And|But|I|He|She|They|We"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September"
    r"|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
)


def name_doubts(
    ctx: ArticleContext, clause: tuple[int, int], sentence: tuple[int, int], subject: str | None
) -> list[str]:
    """ "double-digit growth in Asia" ... "sales rose 8%": a name the word's clause gives and the figure's sentence
    lacks may narrow the word to a part of what the figure covers (the shared subject aside)."""
    missing = sorted(
        names(ctx.text[clause[0] : clause[1]], opener=False)
        - names(ctx.text[sentence[0] : sentence[1]])
        - names(subject or "")
    )
    return [f"the word's clause names {', '.join(missing[:3])}, the figure's sentence does not"] if missing else []


def is_marked_prior(ctx: ArticleContext, claim: Claim) -> str | None:
    """ "from Y", "compared with Y", "Y a year earlier", "(2023: Y)": the figure is the earlier one."""
    found = starts_from(ctx, claim)
    if found is not None:
        return found.group(0).strip()
    if is_prior_by_date(ctx, claim):
        return "dated earlier"
    if re.search(r"\(\s*(?:FY\s?)?(?:19|20)\d\d\s*[:=]\s*\S*$", ctx.text[max(0, claim.span[0] - 20) : claim.span[0]]):
        return "a bracketed prior"
    return None


def _is_figure(claim: Claim) -> bool:
    return (is_level(claim) or is_rate_level(claim)) and claim.quantity.value > 0


def _same_measure(a: str | None, b: str | None) -> Agreement:
    if a is None or b is None:
        return Agreement.UNKNOWN
    return Agreement.AGREE if a == b else Agreement.DISAGREE


def _periods_differ(a: Claim | None, b: Claim) -> bool:
    if a is None or a.period is None or b.period is None or a.period.year is None or b.period.year is None:
        return False
    return (a.period.year, a.period.quarter) != (b.period.year, b.period.quarter)


def evidence(
    ctx: ArticleContext,
    tie: Tie,
    figures: Sequence[Claim],
    cues: list[Cue],
    *,
    word: Claim | None = None,
    subject: Agreement | None = None,
    metric: Agreement | None = None,
    ambiguous: Sequence[str] = (),
    doubts: Sequence[str] = (),
    one_series: bool = False,
) -> Evidence:
    """Evidence for figures a word ties: a current/prior pair's periods differ by design, so only units are compared.

    With a cue or a structure the words vouch for the subject, and for the metric unless the figures are two
    readings of ``one_series`` whose measures differ; an inferred tie needs both known and in agreement.
    """
    everything = [c for c in (word, *figures) if c is not None]
    if subject is None:
        subject = subjects(everything)
    if metric is None:
        metric = metrics(list(figures)) if len(figures) > 1 else Agreement.UNKNOWN
    if tie != Tie.INFERRED:
        # The words vouch for what the figures measure; a name read differently leaves it open, as in
        # relations.evidence.stated_together.
        subject = Agreement.AGREE if subject != Agreement.DISAGREE else Agreement.UNKNOWN
        # Two figures compared ("unemployment at 8%, double the 4% inflation rate") measure different things
        # by design; the two ends of one move ("doubled to X from Y") must not.
        if not (one_series and metric == Agreement.DISAGREE):
            metric = Agreement.AGREE if metric != Agreement.DISAGREE else Agreement.UNKNOWN
    return Evidence(
        tie=tie,
        cues=cues,
        sentences_apart=max((ctx.sentences_apart(everything[0], c) for c in everything[1:]), default=0),
        subject=subject,
        metric=metric,
        unit=units(list(figures)) if len(figures) > 1 else Agreement.UNKNOWN,
        period=Agreement.UNKNOWN,
        ambiguous=list(ambiguous),
        doubts=list(doubts),
    )


# the finder ------------------------------------------------------------------------


@finder("multiples")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for word in words(ctx):
        if word.shape == "parallel":
            found = _parallel(ctx, word)
        else:
            found = _compare(ctx, word) if word.shape == "compare" else None
            # "doubling the capacity to X from Y" is a move after all; "double the global average" never is.
            if found is None and (word.shape == "move" or _VERB.match(word.text.split()[-1])):
                found = _move(ctx, word)
        if found is not None:
            yield found


def _relation(ctx: ArticleContext, word: Word, members: list, evidence_: Evidence, reason: str) -> Relation:
    return Relation(
        kind=RelationKind.MULTIPLE,
        members=members,
        evidence=evidence_.model_copy(update={"cues": [cue(ctx, word.span, "the multiple word"), *evidence_.cues]}),
        reason=reason,
        params=word.params(),
        spans=[word.span],
    )


def _compare(ctx: ArticleContext, word: Word) -> Relation | None:
    """ "X, more than double the Y", "That is half of what ... (Y)", "twice as much, P"."""
    clause = clause_of(ctx, word.span)
    claim = word_claim(ctx, word.span)
    # A comparison holds in any tense: "is expected to be twice the $6 billion, at $12 billion".
    doubts: list[str] = []
    after = [
        c
        for c in ctx.claims_in(word.span[1], clause[1])
        if (_is_figure(c) or (is_relative_change(c) and c.quantity.value > 0)) and c is not claim
    ]
    versus = _versus(ctx, word, after)
    if versus is not None:
        return versus
    # The base: the first figure after the word's link, close to it ("the Dow Jones estimate of 258,000").
    base = next((c for c in after if c.span[0] - word.span[1] <= 70), None)
    if base is None or _VALUATION.match(ctx.text[word.span[1] : word.span[1] + 40]):
        return None
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
        and same_family(c, base)
        # "returned 12%, twice the 6% gain": percentages compare as percentages, change or level.
        and (c.quantity.kind == QuantityKind.PERCENT or is_relative_change(c) == is_relative_change(base))
    ]
    if before:
        figure = before[-1]
        if is_marked_prior(ctx, figure):
            return None  # "to $40 million from $25 million, almost double ...": the word is the current's
        gap = ctx.text[figure.span[1] : word.span[0]]
        # "528,000 for July, more than doubling the estimate": the figure the word restates ends just before it.
        if len(gap) > 60 or re.search(r"\bfrom\b|\bto\b", gap, re.IGNORECASE):
            return None
        cues = [cue(ctx, (figure.span[1], base.span[0]), "one figure set against the other")]
        return _relation(
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
    return _relation(
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
    # A study's "twice as likely" may be an adjusted ratio that the raw shares beside it need not match.
    sentence = sentence_of(ctx, word.span[0])
    adjusted = re.search(
        r"\b(?:odds|adjusted|hazard|risk\s+ratio|relative\s+risk)\b", ctx.text[sentence[0] : sentence[1]], re.I
    )
    doubts = ["the word may state an adjusted ratio, which the raw figures need not match"] if adjusted else []
    return _relation(
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
    return _relation(
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


def _move(ctx: ArticleContext, word: Word) -> Relation | None:
    clause = clause_of(ctx, word.span)
    claim = word_claim(ctx, word.span)
    doubts = plan_doubt(ctx, word.span)
    inside = [c for c in ctx.claims_in(*clause) if c is not claim]
    levels = [c for c in inside if _is_figure(c)]
    priors = [c for c in levels if is_marked_prior(ctx, c)]
    currents = [c for c in levels if c not in priors and c.span[0] >= word.span[1]]
    if not currents:
        # "Profit of $54 million more than doubled from $25 million": the current before the word.
        currents = [c for c in levels if c not in priors and c.span[1] <= word.span[0]][-1:]
    current = currents[0] if currents else None
    prior = next((p for p in priors if current is not None and same_family(p, current) and p is not current), None)
    if current is not None and prior is not None:
        cues = [cue(ctx, (min(current.span[1], prior.span[1]), max(current.span[0], prior.span[0])), "the pair")]
        return _relation(
            ctx,
            word,
            roles(current=current, prior=prior),
            evidence(ctx, Tie.CUE, [current, prior], cues, word=claim, doubts=doubts, one_series=True),
            f"one clause gives the word with both figures: “{quote(ctx, [current, prior])}”",
        )
    # A growth rate in the word's own clause restates it: "more than doubled, rising 120% to $5.5 million".
    rates = [c for c in inside if is_relative_change(c)]
    if len(rates) == 1 and (current is None or rates[0].span[0] < current.span[0]):
        rate = rates[0]
        return _relation(
            ctx,
            word,
            roles(change=rate),
            evidence(ctx, Tie.CUE, [rate], [cue(ctx, rate.span, "the growth rate")], word=claim, doubts=doubts),
            f"one clause gives the word with the growth rate {show(rate)}",
        )
    if current is not None:
        return _prior_after(ctx, word, current, claim, doubts)
    if not levels and not rates:
        return _pair_after(ctx, word, claim, doubts)
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
    return _relation(
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


def _prior_after(
    ctx: ArticleContext, word: Word, current: Claim, claim: Claim | None, doubts: list[str]
) -> Relation | None:
    """ "two-fold growth in net profit to X ... It had Y in the year-ago period": a prior in the next sentences."""
    found = []
    for other in _later(ctx, word.span[0], 2):
        if other is current or not _is_figure(other) or not same_family(other, current):
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
    subject = subjects([c for c in (claim, current, prior) if c is not None])
    return _relation(
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
    if _periods_differ(claim, figure):
        doubts.append("the word and the figures are dated differently")
    sentence = sentence_of(ctx, figure.span[0])
    shared = claim.subject if claim is not None and subjects([claim, figure]) == Agreement.AGREE else None
    doubts.extend(name_doubts(ctx, clause, sentence, shared or figure.subject))
    return doubts


def _claimed_elsewhere(ctx: ArticleContext, prior: Claim, current: Claim) -> bool:
    """A prior that a clause already pairs with its own current figure is not this word's."""
    for statement in statements(ctx):
        if statement.start is not None and statement.start.id == prior.id:
            return statement.end is not None and statement.end.id != current.id
    return False


def _pair_after(ctx: ArticleContext, word: Word, claim: Claim | None, doubts: list[str]) -> Relation | None:
    """ "net profit more than tripled" with no figure: the pair or growth rate of that measure in the next sentences."""
    measure = word_measure(ctx, word.span)
    if measure is None:
        return None
    window = [c for c in _later(ctx, word.span[0], 2) if c.measure == measure]
    options: list[tuple[str, list[Claim]]] = []
    for current in window:
        if not _is_figure(current) or is_marked_prior(ctx, current):
            continue
        own = clause_of(ctx, tuple(current.span))  # type: ignore[arg-type]
        prior = next(
            (
                p
                for p in ctx.claims_in(current.span[1], own[1])
                if _is_figure(p) and same_family(p, current) and is_marked_prior(ctx, p)
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
    word_subject = subjects([c for c in (claim, *chosen) if c is not None])
    metric = Agreement.AGREE if all(c.measure == measure for c in chosen) else Agreement.UNKNOWN
    if how == "pair":
        current, prior = chosen
        return _relation(
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
    return _relation(
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


def same_subject(a: str | None, b: str | None) -> Agreement:
    if not a or not b:
        return Agreement.UNKNOWN
    x, y = sorted((norm_noun(a), norm_noun(b)), key=len)
    return Agreement.AGREE if x and x in y else Agreement.DISAGREE
