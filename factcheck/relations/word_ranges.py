"""Words with a numeric range, against the one percentage they describe.

Two families:

* digit words: "single-digit" (below 10%), "double-digit" (10–99.99%),
  "triple-digit" (100–999.99%), with "low/high single digits";
* fractions and majorities printed with their percentage: "nearly two-thirds
  (63%)", "more than half, 54%", "almost a tenth (9.8%)", "a majority of
  members, 55.8%", "31%, or nearly a third".

What makes a pairing certain: the word and the figure printed together, in
apposition, in brackets or joined by "at", "of", "by" ("double digits at 13
percent", "double-digit growth of 27%") are a cue; a fraction after a bare
comma ("fell 5%, half of its gain") is a fraction of something else and is left
to the multiples. A word with no figure beside it is matched to a percentage of
the same measure in the next two sentences, never in another clause of its own
("nearly a third of its U.S. employees" ... "about 32 percent of its U.S.
workforce"; a fraction of a whole only to a percentage of a whole, a digit word
only to a change its way): inferred, and certain only when the word's subject
and measure are the figure's, no other percentage fits and the word's clause
names no region or segment the figure's sentence lacks ("double-digit growth in
Asia").

Not ranges: "the first half" and "in the half" (periods), "a tenth of a point" or "of an hour"
(a change in units, not a tenth of a level), "half-year", "a quarter earlier".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.literals import led
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Evidence, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import roles
from factcheck.relations.evidence import cue, stated_together
from factcheck.relations.multiples_words import HEDGE, clause_of, name_doubts, ratio_range, word_claim, word_measure

INF = float("inf")

_DIGITS = {"single": (0.0, 9.99), "double": (10.0, 99.99), "triple": (100.0, 999.99)}
# "low single digits" is read generously: the word is loose, a false alarm on it would not be.
_POSITION = {"low": (0.0, 0.6), "lower": (0.0, 0.6), "mid": (0.2, 0.8), "high": (0.4, 1.0), "higher": (0.4, 1.0),
             "upper": (0.4, 1.0)}  # fmt: skip
_DIGIT_WORD = re.compile(
    r"\b(?:(?P<pos>low|lower|mid|middle|high|higher|upper)[- ](?:to[- ]\w+[- ])?)?(?P<n>single|double|triple)"
    r"[- ]digits?\b(?![- ](?:millions?|billions?|thousands?|number|figures?))",
    re.IGNORECASE,
)
_DIGIT_WORD = led(_DIGIT_WORD)  # read over the whole article: tried only where its first words are
_FRACTIONS = {
    "half": 1 / 2, "one-half": 1 / 2, "one half": 1 / 2, "a third": 1 / 3, "one-third": 1 / 3, "one third": 1 / 3,
    "two-thirds": 2 / 3, "two thirds": 2 / 3, "a quarter": 1 / 4, "one-quarter": 1 / 4, "one quarter": 1 / 4,
    "three-quarters": 3 / 4, "three quarters": 3 / 4, "a fifth": 1 / 5, "one-fifth": 1 / 5, "one fifth": 1 / 5,
    "two-fifths": 2 / 5, "two fifths": 2 / 5, "three-fifths": 3 / 5, "three fifths": 3 / 5, "four-fifths": 4 / 5,
    "four fifths": 4 / 5, "a tenth": 1 / 10, "one-tenth": 1 / 10, "one tenth": 1 / 10,
}  # fmt: skip
_IN = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_NUMBER_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
_FRACTION_WORD = re.compile(
    rf"\b(?:{HEDGE}\s+)?(?P<word>"
    + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(_FRACTIONS, key=len, reverse=True))
    + rf"|(?P<top>{_NUMBER_WORD})\s+(?:in|out\s+of)\s+(?P<bottom>{_NUMBER_WORD})"
    r"|(?:a|the)\s+(?:slim\s+|narrow\s+|clear\s+|large\s+|vast\s+|overwhelming\s+|small\s+)?(?P<side>majority|minority))\b",
    re.IGNORECASE,
)
_FRACTION_WORD = led(_FRACTION_WORD)  # read over the whole article: tried only where its first words or digits are
# What follows a fraction that is no share of a whole: "a tenth of a point", "half-year", "a quarter earlier".
_NOT_A_SHARE_AFTER = re.compile(
    r"^(?:[- ](?:year|yearly|hour|time|term|point|century|decade)"
    r"|\s+of\s+(?:a|an|one|1)\s|\s+of\s+(?:percentage\s+)?(?:points?|percent|per\s+cent|cent)\b"
    r"|\s+(?:earlier|ago|later|before|after)\b|\s+(?:a|per)\s+point)",
    re.IGNORECASE,
)
_NOT_A_SHARE_BEFORE = re.compile(
    r"\b(?:first|second|1st|2nd|latter|back|front|other|fiscal|financial|third|fourth|previous|last|next|this"
    # "that half of the year", but not "which means that two thirds of voters"
    r"|(?<!means\s)(?<!meaning\s)that|every|each|per|by|of\s+the"
    # "earned $2 billion in the half, 12% more than": a report's half-year, as "the quarter" is its quarter
    r"|(?:in|for|during|over|through)\s+the)\s+$",
    re.IGNORECASE,
)
# Joins between a word and the figure it is printed with.
_AFTER_JOIN = re.compile(
    r"^(?:\s+of\s+(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)?\s*(?:\(|,|—|–|-|:)\s*(?:or\s+|about\s+|some\s+|roughly\s+|around\s+)?$"
    r"|^\s*\(\s*$",
    re.IGNORECASE,
)
_DIGIT_JOIN = re.compile(
    r"^(?:\s+[a-z-]+){0,2}?\s+(?:at|of|to|by|was|is|were|are|reaching|hitting)\s+(?:about\s+|some\s+|around\s+)?$"
    r"|^(?:\s+[a-z-]+){0,2}?\s*(?:\(|,|—|–|:)\s*(?:or\s+|at\s+|of\s+)?$",
    re.IGNORECASE,
)
# "15%, a double-digit gain", "54% (more than half)", "54%, or more than half", "54%, meaning more than half", "54%,
# which means that more than half". A
# fraction after a bare comma may be a fraction of something else ("fell 5%, half of its gain"): only digit words and
# majorities take it.
_BEFORE_JOIN = re.compile(
    r"^\s*(?:\(|—|–)\s*(?:or\s+|which\s+is\s+|that\s+is\s+|i\.e\.\s+|just\s+)?(?:an?\s+|the\s+)?$"
    r"|^(?:\s+of\s+(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+)?\s*,\s*(?:or|which\s+is|that\s+is|i\.e\.|meaning(?:\s+that)?"
    # "67%, which means that two thirds of voters": the figure said again as a fraction of the same whole
    r"|which\s+means(?:\s+that)?)"
    r"\s+(?:just\s+)?"
    r"(?:an?\s+|the\s+)?$"
    r"|^\s+(?=majority|minority)",
    re.IGNORECASE,
)
_BARE_COMMA = re.compile(r"^(?:\s+of\s+(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+)?\s*,\s*(?:just\s+)?(?:an?\s+|the\s+)?$")
# "two in five adults (41%)", "one in four Americans, or 24%": the counted noun between the word and its figure.
_COUNTED_JOIN = re.compile(r"^(?:\s+[\w’'.-]+){1,2}\s*(?:\(|,\s*or\b|—|–)\s*(?:about\s+|some\s+|roughly\s+)?$")
# "a slim majority of 52%": a majority and its size.
_MAJORITY_JOIN = re.compile(r"^\s+of\s+(?:about\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Word:
    text: str
    span: tuple[int, int]
    lo: float  # in percent
    hi: float
    digits: bool  # a digit word, not a fraction

    def params(self) -> dict[str, object]:
        return {"word": self.text, "low": self.lo, "high": None if self.hi == INF else self.hi}


def _digit_range(match: re.Match[str]) -> tuple[float, float]:
    lo, hi = _DIGITS[match.group("n").lower()]
    pos = (match.group("pos") or "").lower()
    if pos in _POSITION and not re.search(r"to[- ]", match.group(0), re.IGNORECASE):
        a, b = _POSITION[pos]
        span = hi - lo
        lo, hi = lo + a * span, lo + b * span
    return lo, hi


def _fraction_range(match: re.Match[str]) -> tuple[float, float] | None:
    side = (match.group("side") or "").lower()
    if side == "majority":
        return 50.0, 100.0
    if side == "minority":
        return 0.0, 50.0
    if match.group("top"):
        top, bottom = (_count(match.group(g)) for g in ("top", "bottom"))
        if not top or not bottom or top >= bottom:
            return None
        share = top / bottom
    else:
        share = _FRACTIONS.get(" ".join(match.group("word").lower().split()).replace("one-", "one-"))
        if share is None:
            share = _FRACTIONS.get(" ".join(match.group("word").lower().replace("-", " ").split()))
        if share is None:
            return None
    lo, hi = ratio_range(share, match.group("hedge"))
    return lo * 100, min(hi * 100, 100.0)


def _count(text: str) -> int | None:
    text = text.lower()
    if text == "one":
        return 1
    if text in _IN:
        return _IN[text]
    return int(text) if text.isdigit() else None


def words(ctx: ArticleContext) -> list[Word]:
    def make() -> list[Word]:
        found: list[Word] = []
        for match in _DIGIT_WORD.finditer(ctx.text):
            lo, hi = _digit_range(match)
            found.append(Word(" ".join(match.group(0).split()), match.span(), lo, hi, True))
        for match in _FRACTION_WORD.finditer(ctx.text):
            inner = match.span("word")
            if _NOT_A_SHARE_AFTER.match(ctx.text[inner[1] : inner[1] + 30]):
                continue
            if _NOT_A_SHARE_BEFORE.search(ctx.text[max(0, inner[0] - 14) : inner[0]]):
                continue
            bounds = _fraction_range(match)
            if bounds is None:
                continue
            found.append(Word(" ".join(match.group(0).split()), match.span(), bounds[0], bounds[1], False))
        return sorted(found, key=lambda w: w.span)

    return ctx.memo("range_words", make)


def _is_percent(claim: Claim, digits: bool) -> bool:
    kinds = {QuantityKind.PERCENT, QuantityKind.PERCENTAGE_POINT} if digits else {QuantityKind.PERCENT}
    return claim.quantity.kind in kinds


@finder("word_ranges")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for word in words(ctx):
        found = _printed_with(ctx, word)
        if found is None:
            found = _stated_later(ctx, word)
        if found is not None:
            yield found


def _relation(ctx: ArticleContext, word: Word, figure: Claim, evidence: Evidence, reason: str) -> Relation:
    return Relation(
        kind=RelationKind.WORD_RANGE,
        members=roles(figure=figure),
        evidence=evidence.model_copy(update={"cues": [cue(ctx, word.span, "the word"), *evidence.cues]}),
        reason=reason,
        params=word.params(),
        spans=[word.span],
    )


def _printed_with(ctx: ArticleContext, word: Word) -> Relation | None:
    """ "nearly two-thirds (63%)", "54%, more than half", "double digits at 13 percent"."""
    clause = clause_of(ctx, word.span)
    own = word_claim(ctx, word.span)
    after = next((c for c in ctx.claims_in(word.span[1], clause[1]) if c is not own), None)
    if (
        after is not None
        and _is_percent(after, word.digits)
        and after.span[0] - word.span[1] <= 60
        and not re.match(r"\s+of\s+(?:which|whom|them|those)\b", ctx.text[after.span[1] : after.span[1] + 14])
    ):
        gap = ctx.text[word.span[1] : after.span[0]]
        counted = re.search(r"\b(?:in|out\s+of)\s+\w+$", word.text) and _COUNTED_JOIN.match(gap)
        sized = re.search(r"majority|minority", word.text, re.IGNORECASE) and _MAJORITY_JOIN.match(gap)
        if _AFTER_JOIN.match(gap) or (word.digits and _DIGIT_JOIN.match(gap)) or counted or sized:
            return _together(ctx, word, after, (word.span[1], after.span[0]))
    before = [c for c in ctx.claims_in(clause[0], word.span[0]) if c is not own]
    if before and _is_percent(before[-1], word.digits):
        figure = before[-1]
        gap = ctx.text[figure.span[1] : word.span[0]]
        # "45% of staff, a majority of them women": a word with its own "of" is a share of something else.
        own_of = re.match(r"\s+of\b", ctx.text[word.span[1] : word.span[1] + 6])
        bare = (
            _BARE_COMMA.match(gap) and not own_of and (word.digits or re.search(r"majority|minority", word.text, re.I))
        )
        if len(gap) <= 30 and (_BEFORE_JOIN.match(gap) or bare):
            return _together(ctx, word, figure, (figure.span[1], word.span[0]))
    return _restated_share(ctx, word, own)


# "Less than half of all towns (1,440 towns) grew, representing 46.9 percent of towns": the sentence ends by giving
# the share its fraction stood for, as a percentage of the same whole.
_RESTATING = re.compile(
    r",\s*(?:representing|accounting\s+for|equal\s+to|equivalent\s+to|making\s+up|or)\s+(?:about\s+|some\s+|roughly\s+"
    r"|around\s+|nearly\s+|almost\s+|just\s+)?$",
    re.IGNORECASE,
)


def _restated_share(ctx: ArticleContext, word: Word, own: Claim | None) -> Relation | None:
    if word.digits or not re.match(r"\s+of\b", ctx.text[word.span[1] : word.span[1] + 5]):
        return None
    sentence = ctx.sentences[ctx.sentence_index(word.span[0])]
    for claim in ctx.claims_in(word.span[1], min(sentence[1], word.span[1] + 160)):
        if claim is own or not _is_percent(claim, False):
            continue
        window = max(word.span[1], claim.span[0] - 40)
        join = _RESTATING.search(ctx.text[window : claim.span[0]])
        if join is None or not re.match(r"\s+of\b", ctx.text[claim.span[1] : claim.span[1] + 5]):
            return None  # the first percentage after the word is another share, not this one restated
        return _together(ctx, word, claim, (window + join.start(), claim.span[0]))
    return None


def _together(ctx: ArticleContext, word: Word, figure: Claim, join: tuple[int, int]) -> Relation:
    return _relation(
        ctx,
        word,
        figure,
        stated_together(ctx, [figure], [cue(ctx, join, "printed together")]),
        f"“{word.text}” and {show(figure)} are printed together",
    )


def _stated_later(ctx: ArticleContext, word: Word) -> Relation | None:
    """ "nearly a third of its U.S. employees" ... "about 32 percent of its U.S. workforce"."""
    clause = clause_of(ctx, word.span)
    own = word_claim(ctx, word.span)
    if any(_is_percent(c, word.digits) for c in ctx.claims_in(*clause) if c is not own):
        return None  # a percentage beside the word that is not printed with it describes something else
    measure = (own.measure if own is not None else None) or word_measure(ctx, word.span)
    index = ctx.sentence_index(word.span[0])
    if index + 1 >= len(ctx.sentences):
        return None
    # A percentage in another clause of the word's own sentence speaks of something else ("two thirds of
    # revenues, with the eight largest controlling more than 80 percent"): only later sentences restate it.
    first = ctx.sentences[index + 1][0]
    last = ctx.sentences[min(len(ctx.sentences) - 1, index + 2)][1]
    candidates = [c for c in ctx.claims_in(first, last) if _is_percent(c, word.digits) and c is not own]
    if word.digits:
        # A digit word describes a change ("double-digit growth"): only changes of the word's direction.
        sign = _direction(ctx, word)
        candidates = [c for c in candidates if c.change is not None and (sign == 0 or c.change.direction == sign)]
    else:
        # A fraction of a whole is restated as a percentage of a whole: "a third of its employees" ... "32
        # percent of its workforce", never by a change ("rose 0.2% in January").
        if not re.match(r"\s+of\b", ctx.text[word.span[1] : word.span[1] + 5]):
            return None
        candidates = [c for c in candidates if re.match(r"\s+of\b", ctx.text[c.span[1] : c.span[1] + 5])]
    # Only a percentage of the word's own measure can restate it; with no measure there is nothing to go on.
    candidates = [c for c in candidates if measure is not None and c.measure == measure]
    if not candidates:
        return None
    figure = candidates[0]
    subject = _subject(own, figure)
    metric = Agreement.AGREE if measure is not None and figure.measure == measure else Agreement.UNKNOWN
    if measure is not None and figure.measure is not None and figure.measure != measure:
        metric = Agreement.DISAGREE
    # "double-digit growth in Asia" ... "sales rose 8%": a name the word's clause gives and the figure's sentence
    # lacks may narrow the word to a part of what the figure covers.
    figure_sentence: tuple[int, int] = ctx.sentences[ctx.sentence_index(figure.span[0])]
    named = own.subject if own is not None and subject == Agreement.AGREE else None
    doubts = name_doubts(ctx, clause, figure_sentence, named, word.span)
    evidence = Evidence(
        tie=Tie.INFERRED,
        cues=[cue(ctx, figure.span, "a percentage stated after the word")],
        sentences_apart=ctx.sentence_index(figure.span[0]) - index,
        subject=subject,
        metric=metric,
        unit=Agreement.UNKNOWN,
        period=Agreement.UNKNOWN,
        ambiguous=[show(c) for c in candidates[1:]],
        doubts=doubts,
    )
    what = f" ({measure})" if measure else ""
    return _relation(
        ctx,
        word,
        figure,
        evidence,
        f"“{word.text}”{what} has no figure beside it; {show(figure)} is the next percentage of that measure",
    )


def _subject(own: Claim | None, figure: Claim) -> Agreement:
    from factcheck.relations.multiples_words import same_subject

    if own is None:
        return Agreement.UNKNOWN
    return same_subject(own.subject, figure.subject)


_UP = re.compile(
    r"\b(?:growth|gains?|grew|grow|rise|rising|rose|increases?|increased|jump|up|higher|expansion)\b", re.I
)
_DOWN = re.compile(r"\b(?:declines?|declined|decrease[sd]?|drops?|dropped|fall|fell|falls|losses|down|lower|contraction"
                   r"|slump|shrank|cuts?)\b", re.I)  # fmt: skip


def _direction(ctx: ArticleContext, word: Word) -> int:
    """Which way the move a digit word describes goes: "double-digit growth" +1, "a single digit decrease" -1."""
    after = ctx.text[word.span[1] : word.span[1] + 25]
    before = ctx.text[max(0, word.span[0] - 25) : word.span[0]]
    for text in (after, before):
        up, down = _UP.search(text), _DOWN.search(text)
        if up and not down:
            return 1
        if down and not up:
            return -1
    return 0
