"""Two answers of a poll compared in words: "more voters oppose the plan (48%) than support it (41%)".

"More people say A than B" (or "fewer ... than") orders the share giving answer A against the share giving
answer B. A's share is the one percentage between "more" and "than"; B's is the one after "than" in the sentence
or, when the sentence prints none, the one share of B's side in the next two sentences ("More voters strongly
oppose it (46%) than back it in any way. Overall, 37% back it."). The answers are read by their words
(:mod:`.parts_net_balance`) and must be of opposite sides.

In one sentence the words tie them (cue); a share in a later sentence is matched by its answer only, and another
share of that side there, a group of people named ("among women"), or another date leaves it out or uncertain.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import roles
from factcheck.relations.evidence import cue, matched, periods
from factcheck.relations.parts_net_balance import read_answer

_MORE_THAN = re.compile(
    r"\b(?P<word>more|fewer)\s+(?:people|voters|respondents|adults|residents|members|parents|americans|britons"
    r"|customers|workers|users|firms|businesses|companies)\b(?P<a>[^.;!?]{3,90}?)\bthan\b(?P<b>[^.;!?]{0,90})",
    re.IGNORECASE,
)
_MORE_THAN = gated(_MORE_THAN)  # tried on every figure's window, seldom matching there
_SIDE = re.compile(
    r"\b(?:(?P<neg>disapprov\w*|oppos\w*|against|unfavou?rabl\w*|disagree\w*|dissatisf\w*|pessimis\w*|distrust\w*)"
    r"|(?P<pos>approv\w*|support\w*|favou?r\w*|agree\w*|satisf\w*|optimis\w*|trust\w*|back\w*))\b",
    re.IGNORECASE,
)
_OTHER = re.compile(r"\b(?:among|ago|earlier|last\s+(?:year|month|week)|previous\w*|(?:19|20)\d\d)\b", re.IGNORECASE)


def _pole(words: str) -> str | None:
    hit = _SIDE.search(words)
    return None if hit is None else ("neg" if hit.group("neg") else "pos")


def _percents(ctx: ArticleContext, start: int, stop: int) -> list[Claim]:
    return [
        c
        for c in ctx.claims_in(start, stop)
        if c.quantity.kind == QuantityKind.PERCENT and c.change is None and not c.quantity.is_range
    ]


@finder("comparisons_answers")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for start, stop in ctx.sentences:
        for hit in _MORE_THAN.finditer(ctx.text, start, stop):
            a_pole, b_pole = _pole(hit.group("a")), _pole(hit.group("b"))
            if a_pole is None or b_pole is None or a_pole == b_pole:
                continue
            firsts = _percents(ctx, *hit.span("a"))
            if len(firsts) != 1:
                continue
            first = firsts[0]
            seconds = _percents(ctx, hit.start("b"), stop)
            same_sentence = bool(seconds)
            if not same_sentence:
                seconds = _later_share(ctx, first, b_pole)
            if len(seconds) != 1 or periods([first, seconds[0]]) == Agreement.DISAGREE:
                continue
            second = seconds[0]
            op = "gt" if hit.group("word").lower() == "more" else "lt"
            word_span = (hit.start("word"), hit.end("word"))
            cues = [cue(ctx, word_span, f"“{hit.group('word')} ... than”: one answer against the other")]
            evidence = matched(ctx, Tie.CUE if same_sentence else Tie.INFERRED, cues, [first, second])
            yield Relation(
                kind=RelationKind.COMPARISON,
                members=roles(figure=first, reference=second),
                evidence=evidence,
                reason=f"“{hit.group('word')} ... than” sets the {show(first)} giving one answer against the "
                f"{show(second)} giving the other",
                params={"op": op, "word": f"{hit.group('word').lower()} ... than"},
                spans=[word_span],
            )


def _later_share(ctx: ArticleContext, first: Claim, pole: str) -> list[Claim]:
    """The one share of ``pole``'s side, its answer printed beside it, in the two sentences after ``first``'s."""
    here = ctx.sentence_index(first.span[0])
    found = []
    for index in range(here + 1, min(here + 3, len(ctx.sentences))):
        start, stop = ctx.sentences[index]
        for claim in _percents(ctx, start, stop):
            read = read_answer(ctx, claim)
            if read is None or not read[3] or read[0] != pole:
                continue
            if _OTHER.search(ctx.text[start : claim.span[0]]):
                return []  # a share of another group or time: the sentence speaks of something else
            found.append(claim)
    return found
