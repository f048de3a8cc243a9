"""Multiple and fraction words, and the readings of prose the multiple finders share.

:func:`words` finds every multiple word of an article with the ratio range it
allows ("doubled" 1.9–2.1x, "more than doubled" above 2x, "half" 0.45–0.55, "fell
by a third" 0.60–0.70x) and its shape: the move of one series, a comparison with a
figure after it, or "twice as much, P" with a like figure before it. The rest are
small readings of the prose around a word (its clause, its measure, a plan or
forecast, names that narrow it, a figure marked as earlier) and the evidence built
for the figures a word ties. The finder is ``multiples`` (figures in the word's
own clause or sentence); ``multiples_apart`` pairs figures stated in other
sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.claim import Claim
from factcheck.context import READ_REACH, ArticleContext
from factcheck.extraction.keywords import words_in
from factcheck.figures import is_level, is_rate_level, norm_noun
from factcheck.literals import gated, led
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Cue, Evidence, Relation, RelationKind, Tie
from factcheck.relations.evidence import cue, metrics, subjects, units
from factcheck.relations.prose import is_prior_by_date, starts_from
from factcheck.spans import Taken

INF = float("inf")

# Clause breaks, as relations.prose reads them: a word's figures are looked for inside its clause.
BREAK = re.compile(
    r";|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bthough\b|,\s+and\b|,\s+with\b|\band\s+(?:the|its|a|an)\s"
    r"|—|–|\s--|\bhowever\b|\bmeanwhile\b",
    re.IGNORECASE,
)
BREAK = gated(BREAK)  # tried on the clause around every figure: most clauses hold none of its words

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
_MOVE = led(_MOVE)  # read over the whole article: tried only where its first words or digits are
# A move by a fraction: "fell by a third to $20 million from $30 million", "rose by more than half".
_BY_FRACTION = re.compile(
    r"\b(?P<verb>(?P<up>rose|rise|rises|rising|risen|increased|increases|increasing|grew|grown|growing|jumped|climbed"
    r"|surged|gained|expanded)|fell|falling|fallen|falls|dropped|declined|decreased|slumped|shrank|shrunk|plunged|slid"
    rf"|cut|reduced|tumbled|sank|contracted)\s+(?:by\s+)?(?:{HEDGE}\s+)?(?P<word>half|a\s+third|one[- ]third"
    r"|two[- ]thirds|a\s+quarter|one[- ]quarter|three[- ]quarters|a\s+fifth|one[- ]fifth|a\s+tenth|one[- ]tenth)\b"
    r"(?!\s+(?:of\b|a\s|an\s|one\s|1\s)|[- ]?(?:point|percent|per\s+cent))",
    re.IGNORECASE,
)
_BY_FRACTION = led(_BY_FRACTION)  # read over the whole article: tried only where its first words are
# A bare "double"/"triple" after a hedge is a verb too: "helped almost double its operating profit".
_HEDGED_VERB = re.compile(
    rf"\b{HEDGE}\s+(?P<word>double|triple|quadruple)\b(?=\s+(?:its|their|his|her|our|the\s+number|the\s+amount))",
    re.IGNORECASE,
)
_HEDGED_VERB = led(_HEDGED_VERB)  # read over the whole article: tried only where its first words are
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
_COMPARE = led(_COMPARE)  # read over the whole article: tried only where its first words or digits are
# "exports grew twice as fast, 9.2 per cent": set against the like figure said just before.
_AS_MUCH = re.compile(
    rf"\b(?:{HEDGE}\s+)?(?P<word>twice|{_N}\s+times)\s+as\s+(?:much|fast|quickly|strongly|sharply|rapidly|steeply)"
    r"(?=\s*,\s*(?:or\s+|at\s+|by\s+)?[^\s,]*\d)",
    re.IGNORECASE,
)
_AS_MUCH = led(_AS_MUCH)  # read over the whole article: tried only where its first words or digits are
# "30 times earnings of $2": a valuation multiple of a per-share figure, not of the figure before it.
# The words of _BY_FRACTION, _COMPARE and _MOVE (with _HEDGED_VERB), as whole runs of letters (keywords.words_in).
_FRACTION_WORDS = frozenset({"half", "third", "thirds", "quarter", "quarters", "fifth", "tenth"})
_COMPARE_WORDS = _FRACTION_WORDS | {"twice", "double", "doubling", "triple", "tripling", "times"}
_MOVE_WORDS = frozenset(
    {"doubled", "doubling", "doubles", "tripled", "tripling", "triples", "quadrupled", "quadrupling", "quadruples",
     "halved", "halving", "halves", "cut", "double", "triple", "quadruple", "halve"}
)  # fmt: skip
VALUATION = re.compile(
    r"\s*(?:its\s+|the\s+)?(?:forward\s+|trailing\s+|expected\s+|projected\s+|next\s+year['’]s\s+)?"
    r"(?:earnings|sales|revenue|ebitda|book|cash\s+flow|profits?)\b",
    re.IGNORECASE,
)
VERB = re.compile(r"(?:doubl|tripl|quadrupl|halv)(?:ed|ing)$", re.IGNORECASE)
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

    A whole multiple is read to 5% either way, a fraction to 10% ("half" is 0.45–0.55), and "nearly" a fraction
    to 15% below it; "N times more" is also read as N + 1 times, since writers use it both ways.
    """
    spread = 0.05 if factor >= 1 else 0.1
    hedge = " ".join((hedge or "").lower().split())
    if hedge in ("more than", "over", "well over", "at least"):
        lo, hi = factor, INF
    elif hedge == "just over":
        lo, hi = factor, factor * 1.1
    elif hedge in ("nearly", "almost", "close to", "just under", "just shy of"):
        # A fraction is a coarse word: "nearly a third" is printed beside 29% as often as beside 31%.
        lo, hi = factor * (0.9 if factor >= 1 else 0.85), factor
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
        taken = Taken()

        def add(match: re.Match[str], shape: str, link: str = "") -> None:
            span = match.span()
            if taken.overlaps(span):
                return
            factor = _factor(match.group("word"))
            if factor is None or factor <= 0 or factor == 1:
                return
            if factor == 0.5 and _blocked_half(ctx.text, match.span("word")):
                return
            loose = bool(re.search(r"\b(?:more|higher|larger|bigger|greater)\b", link, re.IGNORECASE))
            lo, hi = ratio_range(factor, match.groupdict().get("hedge"), loose)
            if factor < 1 and match.group("word").lower().startswith("halv") and match.groupdict().get("hedge"):
                # A hedge on a shrinking verb points the other way: "more than halved" ended below half, "nearly
                # halved" just above it. Mirroring the range about the factor (r -> factor² / r) does it.
                lo, hi = (factor * factor / hi if hi != INF else 0.0), (factor * factor / lo if lo else INF)
            # The word with its hedge ("more than double"), without the words that link it to its base.
            shown = (span[0], match.end("word"))
            text = " ".join(ctx.text[shown[0] : shown[1]].split())
            found.append(Word(text, shown, factor, lo, hi, shape, " ".join(link.split())))
            taken.add(span)

        # Each pattern's word is a whole run of letters in any match: one not in the article is not scanned for.
        present = words_in(ctx.text)
        folds = any(w.endswith("fold") for w in present)  # "twofold", "2-fold"
        for match in _BY_FRACTION.finditer(ctx.text) if not _FRACTION_WORDS.isdisjoint(present) else ():
            share = _factor(match.group("word"))
            if share is None or share >= 1 or taken.overlaps(match.span()):
                continue
            lo, hi = ratio_range(share, match.group("hedge"))
            sign = 1 if match.group("up") else -1
            # "rose by more than half" has no ceiling; a fall cannot take more than the whole.
            bounds = (1 + lo, 1 + hi) if sign > 0 else (1 - min(hi, 1.0), 1 - lo)
            span = (match.start("verb"), match.end())
            text = " ".join(ctx.text[span[0] : span[1]].split())
            found.append(Word(text, span, 1 + sign * share, bounds[0], bounds[1], "move"))
            taken.add(span)
        for match in _AS_MUCH.finditer(ctx.text) if not {"twice", "times"}.isdisjoint(present) else ():
            add(match, "parallel")
        for match in _COMPARE.finditer(ctx.text) if not _COMPARE_WORDS.isdisjoint(present) else ():
            add(match, "compare", match.group("link"))
        for pattern in (_MOVE, _HEDGED_VERB):
            if folds or not _MOVE_WORDS.isdisjoint(present):
                for match in pattern.finditer(ctx.text):
                    add(match, "move")
        return sorted(found, key=lambda w: w.span)

    return ctx.memo("multiple_words", make)


# reading the prose around a word ---------------------------------------------------


def sentence_of(ctx: ArticleContext, offset: int) -> tuple[int, int]:
    return ctx.sentences[ctx.sentence_index(offset)] if ctx.sentences else (0, len(ctx.text))


def clause_of(ctx: ArticleContext, span: tuple[int, int]) -> tuple[int, int]:
    """The clause around ``span``: its sentence cut at the clause breaks before and after it."""
    # Remembered per span for the article's run: some ten finders ask for the clause of the same figure or word,
    # and each answer is two scans for clause breaks.
    known: dict[tuple[int, int], tuple[int, int]] = ctx.memo("multiples_words clauses", dict)
    key = (span[0], span[1])
    found = known.get(key)
    if found is None:
        found = known[key] = _clause_of(ctx, span)
    return found


def _clause_of(ctx: ArticleContext, span: tuple[int, int]) -> tuple[int, int]:
    start, end = sentence_of(ctx, span[0])
    start, end = max(start, span[0] - READ_REACH), min(end, span[1] + READ_REACH)
    for match in BREAK.finditer(ctx.text, start, span[0]):
        start = match.end()
    after = BREAK.search(ctx.text, span[1], end)
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
    # "helped almost double its operating profit": the object the verb takes is what it is about.
    obj = _OBJECT.match(ctx.text, span[1], sentence[1])
    if obj is not None:
        found = measure_of(ctx.text, obj.end(), obj.end(), (span[1], obj.end()), QuantityKind.NUMBER, None)
        if found is not None:
            return found
    return measure_of(ctx.text, span[0], span[1], sentence, QuantityKind.NUMBER, None)


_OBJECT = re.compile(
    r"\s+(?:its|their|his|her|our|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?=\s+(?:to|from|in|at|for|on|by)\b|[,.;]|$)"
)


def plan_doubt(ctx: ArticleContext, span: tuple[int, int]) -> list[str]:
    """ "aims to double", "could triple": a target or forecast, which writers round loosely."""
    start, _ = clause_of(ctx, span)
    if _PLAN.search(ctx.text[max(start, span[0] - 50) : span[0]]):
        return ["the word states a plan or a forecast, not a result"]
    return []


def names(text: str, opener: bool = True) -> set[str]:
    """Capitalised words of a stretch: places, segments, companies (days, months and pronouns aside).

    Without ``opener`` the stretch's first word is left out: "Net profit ..." is capitalised only because it
    opens the sentence. "April-June" is two months; "US$162" a currency.
    """
    found = re.finditer(r"(?<![A-Za-z])([A-Z][A-Za-z.&-]+)(?![$A-Za-z])", text)
    words = [m.group(1).strip(".") for m in found if opener or text[: m.start()].strip(" \"“‘'(")]
    parts = [part for w in words for part in (w.split("-") if re.search(r"\b(?:" + _MONTH + r")\b", w) else [w])]
    return {w for w in parts if w and not _NOT_NAME.fullmatch(w)}


_MONTH = "January|February|March|April|May|June|July|August|September|October|November|December"


# Capitalised but no qualifier: sentence openers, days and months.
_NOT_NAME = re.compile(
    r"The|A|An|It|Its|This|That|These|Those|In|On|At|For|And|But|I|He|She|They|We"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September"
    r"|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
)


# "Acme Corp, the country's largest brewer, said on Monday its ...": what comes before is who speaks.
_SPEAKER = re.compile(
    r"\b(?:said|says|reported|reports|announced|announces|posted|posts|told\s+\w+)\b"
    r"(?:\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday))?(?:\s+that)?",
    re.IGNORECASE,
)


def after_speaker(ctx: ArticleContext, clause: tuple[int, int], word: tuple[int, int]) -> tuple[int, int]:
    """The clause from the end of its last "X said" before the word: the speaker's name narrows nothing."""
    start = clause[0]
    for match in _SPEAKER.finditer(ctx.text, clause[0], word[0]):
        start = match.end()
    return start, clause[1]


def name_doubts(
    ctx: ArticleContext,
    clause: tuple[int, int],
    sentence: tuple[int, int],
    subject: str | None,
    word: tuple[int, int] | None = None,
) -> list[str]:
    """ "double-digit growth in Asia" ... "sales rose 8%": a name the word's clause gives and the figure's sentence
    lacks may narrow the word to a part of what the figure covers (the shared subject, and who speaks, aside)."""
    if word is not None:
        clause = after_speaker(ctx, clause, word)
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


def is_figure(claim: Claim) -> bool:
    return (is_level(claim) or is_rate_level(claim)) and claim.quantity.value > 0


def _same_measure(a: str | None, b: str | None) -> Agreement:
    if a is None or b is None:
        return Agreement.UNKNOWN
    return Agreement.AGREE if a == b else Agreement.DISAGREE


def periods_differ(a: Claim | None, b: Claim) -> bool:
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


def same_subject(a: str | None, b: str | None) -> Agreement:
    if not a or not b:
        return Agreement.UNKNOWN
    x, y = sorted((norm_noun(a), norm_noun(b)), key=len)
    return Agreement.AGREE if x and x in y else Agreement.DISAGREE


def make_relation(ctx: ArticleContext, word: Word, members: list, evidence_: Evidence, reason: str) -> Relation:
    return Relation(
        kind=RelationKind.MULTIPLE,
        members=members,
        evidence=evidence_.model_copy(update={"cues": [cue(ctx, word.span, "the multiple word"), *evidence_.cues]}),
        reason=reason,
        params=word.params(),
        spans=[word.span],
    )
