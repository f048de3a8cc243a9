"""A figure told in the prose and again on a labelled line: "the retail portion was bid 3.4 times" ... "- Retail: 3.4x".

Reports often close with their figures flattened into lines, each opening with a label, a colon, then the figure
("- Retail category: 3.4 times subscription with ...", "Turnout: 61.2%", "Revenue: $4.2bn", "Vasquez: 31 points, 12
rebounds"). The prose names the same group or measure with its figure ("Retail investors bid for 3.4 times the shares
on offer"). The line's first figure and the figure the prose gives for the label, of the same kind and unit, are one
figure told twice.

The label ties the two: its words (less the generic ones, "category", "portion", "segment" ...) must all stand in the
prose sentence, the sentence must not be another labelled line, and its figure is the only one of the kind and unit
there, or else the first after the label's words. Not paired: a prose figure set against another time or a forecast
("up from 1.2 times on the first day", "expects revenue of ..."), one of another dated period, a figure of another
kind or unit ("2.9 bids" against "2.9 times"). The pairing is certain only when one prose sentence alone gives the
label a figure of the kind, no other line's label is named before that figure, and no period is named on one side
only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import same_unit, show
from factcheck.literals import gated
from factcheck.relation import Agreement, Evidence, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import roles
from factcheck.relations.evidence import cue, metrics, periods
from factcheck.relations.paragraph_subjects import subjects_apart
from factcheck.relations.prose import is_estimate, is_prior_by_date, lead, starts_from

# A line opening with a short label and a colon, a dash or bullet before it: "- QIB portion: ", "Turnout: ".
_LABEL_LINE = re.compile(r"^[ \t]*(?:[-–—•*][ \t]*)?(?P<label>[A-Za-z][^\n:.;!?]{0,40}?)[ \t]*:[ \t]*", re.MULTILINE)
_LABEL_LINE = gated(_LABEL_LINE)  # read over the whole article, seldom matching: its words are looked up first
_LINE_START = re.compile(r"[^\n:.!?]{1,80}:")
_WORD = re.compile(r"[^\W\d_][\w&'’-]*|\d+", re.UNICODE)
# A prose figure set against another: the comparison's other end, or an earlier time.
_COMPARED = re.compile(
    r"\b(?:from|against|versus|vs\.?|compared|a year (?:ago|earlier)|year[- ]ago|last year|previous|prior|preceding"
    r"|earlier|before|instead\s+of|rather\s+than)\b",
    re.IGNORECASE,
)
_FORWARD = re.compile(
    r"\b(?:expects?|expected|forecasts?|guidance|outlook|targets?|plans?|projects?|projected|estimates?|would|could"
    r"|may|might|will)\b",
    re.IGNORECASE,
)
# Words a label adds to the name of its group or measure.
_GENERIC = frozenset(
    {"category", "categories", "portion", "segment", "section", "part", "quota", "class", "group", "the", "of", "and",
     "for", "in", "a", "an", "total", "overall", "figure", "figures", "rate", "investors", "book"}
)  # fmt: skip
_MAX_NAMED = 12  # prose sentences naming a label, past which it names no one thing
_MAX_LINES = 200  # labelled lines read: past this the text is a data listing, not a report told in prose


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


@finder("same_figures_labelled")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    lines: list[tuple[tuple[int, int], tuple[str, ...], Claim]] = []
    for match in _LABEL_LINE.finditer(ctx.text):
        after = ctx.claims_in(match.end(), match.end() + 8)
        if not after or after[0].quantity.is_range or "(" in ctx.text[match.end() : after[0].span[0]]:
            continue  # "Turnout: (votes cast) / (voters) * 100": a formula, not a figure
        phrase = tuple(w for w in _words(match.group("label")) if w not in _GENERIC)
        if not phrase or any(w.isdigit() for w in phrase):
            continue  # "Game 3:" names a time, not a group or measure
        if set(phrase) <= set(_words(after[0].quantity.unit.replace("_", " "))):
            continue  # "Goals: 25": the label is the figure's own noun and names no group
        lines.append((match.span("label"), phrase, after[0]))
        if len(lines) > _MAX_LINES:
            return
    if not lines:
        return
    labelled = {ctx.sentence_index(figure.span[0]) for _, _, figure in lines}
    # Each word of the article's sentences, once: a label's sentences are those holding all its words.
    where: dict[str, set[int]] = {}
    wanted = set().union(*(label for _, label, _ in lines))
    for index, (start, end) in enumerate(ctx.sentences):
        if index in labelled or _LINE_START.match(ctx.text, start, end):
            continue  # a labelled line itself, its label too long to be read as one: no prose
        for word in _words(ctx.text[start:end]):
            if word in wanted:
                where.setdefault(word, set()).add(index)
    for span, label, figure in lines:
        sentences = set.intersection(*(where.get(w, set()) for w in label))
        if len(sentences) > _MAX_NAMED:
            continue  # a word on every other line ("Revenue:") names no one group
        told = [c for c in (_told(ctx, ctx.sentences[i], label, figure) for i in sorted(sentences)) if c is not None]
        if not told:
            continue
        prose = told[0]
        if periods([prose, figure]) == Agreement.DISAGREE:
            continue
        doubts = []
        if len(told) > 1:
            doubts.append("more than one sentence gives the label a figure of the kind")
        words = _words(ctx.text[prose.sentence_span[0] : prose.span[0]])
        if any(o != label and _named(words, o) is not None for _, o, _ in lines):
            # "Retail and anchor buyers bid 3.4 and 0.8 times": either label may own the figure. A label named
            # after it ("Retail buyers bid 3.4 times, the anchor portion 0.8 times") moves on to another group.
            doubts.append("the prose names another line's label before the figure")
        if (prose.period is None) != (figure.period is None):
            doubts.append("one of the two names a period the other does not")
        else:
            line_dates = _dates(ctx.text[span[0] : figure.span[0]])
            dated = _dates(ctx.text[prose.sentence_span[0] : prose.span[0]]) - line_dates
            if dated:
                # "July's median price of $415,000" against "Median price: $420,500" under a list for June: a
                # month, quarter or year in the prose's words before its figure that the line does not name.
                doubts.append(f"the prose dates its figure (“{sorted(dated)[0]}”) and the line does not")
        first, second = sorted((prose, figure), key=lambda c: c.span[0])
        apart = subjects_apart(ctx, first, second)
        if apart is not None:
            # "Nationally, ..." or a new place named before the later of the two: it may be another's figure.
            doubts.append(apart)
        metric = metrics([prose, figure])
        yield Relation(
            kind=RelationKind.SAME_FIGURE,
            members=roles(first=first, second=second),
            evidence=Evidence(
                tie=Tie.STRUCTURE,
                cues=[cue(ctx, span, "a labelled line")],
                sentences_apart=ctx.sentences_apart(first, second),
                subject=Agreement.AGREE,
                metric=Agreement.DISAGREE if metric == Agreement.DISAGREE else Agreement.AGREE,
                unit=Agreement.AGREE,
                period=Agreement.AGREE,
                doubts=doubts,
            ),
            reason=f"the line labelled “{ctx.text[span[0] : span[1]]}” gives {show(figure)}, the figure the prose "
            f"gives for it is {show(prose)}",
            params={"labelled": True},
            spans=[span],
        )


_DATE = re.compile(
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
    r"|Nov(?:ember)?|Dec(?:ember)?|Q[1-4]|(?i:first|second|third|fourth)[- ](?i:quarter)|(?:19|20)\d\d)\b"
)


def _dates(text: str) -> set[str]:
    return {m.group(0).lower() for m in _DATE.finditer(text)}


def _named(words: list[str], label: tuple[str, ...]) -> int | None:
    """Where the label's words stand together, in order, among a sentence's words (the index after them)."""
    n = len(label)
    for i in range(len(words) - n + 1):
        if tuple(words[i : i + n]) == label:
            return i + n
    return None


def _told(ctx: ArticleContext, sentence: tuple[int, int], label: tuple[str, ...], figure: Claim) -> Claim | None:
    """The figure a prose sentence naming the label gives it: the only one of the line figure's kind and unit, or
    the first after the label's words. "Goals scored: 25" is not named by "the goals were scored": a label's words
    stand together in the prose."""
    text = ctx.text[sentence[0] : sentence[1]]
    if _named(_words(text), label) is None:
        return None
    fits = [
        c
        for c in ctx.claims_in(*sentence)
        if c.quantity.kind == figure.quantity.kind and same_unit(c, figure) and not c.quantity.is_range
    ]
    if not fits:
        return None
    if len(fits) > 1:
        named = next(m.end() for m in _WORD.finditer(text) if m.group(0).lower() == label[-1])
        fits = [c for c in fits if c.span[0] >= sentence[0] + named]
        if not fits:
            return None
    told = fits[0]
    return None if _set_against(ctx, told) else told


def _set_against(ctx: ArticleContext, claim: Claim) -> bool:
    """Another time's figure or a forecast: "up from 1.2 times", "expects output of ...". A level reached ("came to
    61,000 tonnes", "rose to 3.4 times") is the figure itself."""
    return bool(
        _COMPARED.search(lead(ctx, claim, 40))
        or starts_from(ctx, claim)
        or is_prior_by_date(ctx, claim)
        or is_estimate(ctx, claim)
        or claim.change is not None
        or _FORWARD.search(ctx.text[claim.sentence_span[0] : claim.span[0]])
    )
