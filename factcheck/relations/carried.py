"""A move whose end was stated a sentence before: "Inflation rose to 3 percent. ... up from 2.9 percent".

News often gives the new level first and the old one in a later sentence, with only a direction and "from"
to tie them: "Rents rose 4 percent in May. The gauge edged up ..., up from 3.6 percent in
April", or "Bookings grew 5 percent. Though that was below 7 percent in March, ...". The start
stands alone in its sentence; its end is the latest earlier figure in the same unit that is not itself a start.

An anaphor at the head of the start's sentence ("this was down from", "it was up from") points at the previous
sentence's figure, which makes the tie structural. Without one, the pairing is inferred and is certain only when
both figures name the same measure (and no other figure of that unit and measure stands between).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import is_relative_change, same_unit, show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import roles, sentence_links
from factcheck.relations.evidence import cue, inferred
from factcheck.relations.prose import LinkKind, has_break, is_estimate, is_move_level, is_prior_by_date, lead

_UP_FROM = re.compile(
    r"(?P<word>\b(?:up|down|higher|lower|increase|decrease|rise|fall|drop|decline|gain|improvement|slowdown"
    r"|acceleration|deceleration|easing|jump)\b)(?:\s+\w+){0,2}?\s+from\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?:revised|previous|prior|upwardly\s+revised|downwardly\s+revised)\s+)?$",
    re.IGNORECASE,
)
_UP_FROM = gated(_UP_FROM)  # tried on every figure's window, seldom matching there
_ANAPHOR = re.compile(r"^\W*(?:(?:while|although|though|but|and)\s+)?(?:this|that|it|which)\b", re.IGNORECASE)
# A start told as what would be, of a forecast: "That would be down from 2.5 percent".
_WOULD = re.compile(r"\b(?:would|will|could)\s+(?:be|mark|represent)\b", re.IGNORECASE)
_DOWN_NOUNS = re.compile(r"^(?:down|lower|decrease|fall|drop|decline|slowdown|deceleration|easing)$", re.IGNORECASE)


def _linked(ctx: ArticleContext) -> set[str]:
    def make() -> set[str]:
        ids: set[str] = set()
        for links in sentence_links(ctx).values():
            for link in links:
                if link.kind != LinkKind.ESTIMATE:
                    ids.update((link.a.id, link.b.id))
        return ids

    return ctx.memo("linked_figures", make)


@finder("carried")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    linked = _linked(ctx)
    for start in ctx.claims:
        if start.id in linked or not is_move_level(start):
            continue
        before = lead(ctx, start, 60)
        cue_match = _UP_FROM.search(before)
        if cue_match is None or has_break(before[cue_match.start() :]):
            continue
        own = [c for c in ctx.sentence_claims(start) if c.span[0] < start.span[0] and same_unit(c, start)]
        if own:
            continue  # an end in its own sentence would have been linked; one left over is another story
        end = _end_before(ctx, start)
        if end is None:
            continue
        sentence_head = ctx.text[start.sentence_span[0] : start.span[0]]
        anaphor = _ANAPHOR.match(sentence_head) is not None
        if not anaphor and (start.measure is None or start.measure != end.measure):
            continue
        word = cue_match.group("word")
        sign = -1 if _DOWN_NOUNS.match(word) else 1
        offset = start.span[0] - len(before)
        span = (offset + cue_match.start("word"), offset + cue_match.end("word"))
        doubts = []
        if not anaphor and start.measure == _COUNTS and not _names_again(ctx, sentence_head, end):
            doubts.append(
                f"{show(end)} and {show(start)} are both counts, and the sentence of {show(start)} does not name "
                "what the earlier one counts"
            )
        evidence = inferred(
            ctx,
            [end, start],
            [cue(ctx, span, "a move from an earlier level")],
            period=Agreement.AGREE,
            doubts=doubts,
            tie=Tie.STRUCTURE if anaphor else Tie.INFERRED,
        )
        if anaphor:
            evidence = evidence.model_copy(update={"subject": Agreement.AGREE, "metric": Agreement.AGREE})
        yield Relation(
            kind=RelationKind.DIRECTION,
            members=roles(from_=start, to=end),
            evidence=evidence,
            reason=(
                f"“{ctx.text[span[0] : span[1]]} from {show(start)}” refers back to {show(end)}, "
                + ("which the sentence points to" if anaphor else f"the {end.measure} figure stated before")
            ),
            params={"direction": sign, "word": f"{word} from"},
            spans=[span],
        )


# The measure of every counted thing (deliveries, production, sales in units): alone it does not say the two counts
# are of one thing ("a record of 64,000 deliveries" ... "Production was up from 51,000 cars").
_COUNTS = "units"
_FILLER = frozenset(["their", "this", "that", "these", "those", "were", "have", "also", "still"])


def _names_again(ctx: ArticleContext, head: str, end: Claim) -> bool:
    """Whether a word opening the start's sentence ("Production", "Deliveries") is said in the end's sentence."""
    words = {w[:5] for w in re.findall(r"[a-z]{4,}", head.lower()) if w not in _FILLER}  # "delivered", "deliveries"
    said = {w[:5] for w in re.findall(r"[a-z]{4,}", ctx.text[end.sentence_span[0] : end.sentence_span[1]].lower())}
    return bool(words & said)


def _end_before(ctx: ArticleContext, start: Claim) -> Claim | None:
    index = ctx.sentence_index(start.span[0])
    lo = ctx.sentences[max(0, index - 2)][0]
    forecast: bool | None = None
    for other in reversed(ctx.claims_in(lo, start.sentence_span[0])):
        # "climbed 6.2 percent ... this was down from 8.1 percent growth": growth rates compared as levels.
        rate = is_relative_change(other) and start.quantity.kind == QuantityKind.PERCENT
        if not (is_move_level(other) or rate) or not same_unit(other, start):
            continue
        if (not rate and is_prior_by_date(ctx, other)) or re.search(
            r"\bfrom\s+(?:\S+\s+){0,3}$", lead(ctx, other, 30), re.I
        ):
            continue  # a start of its own
        if forecast is None:
            forecast = is_estimate(ctx, start) is not None or bool(_WOULD.search(lead(ctx, start, 60)))
        if not forecast and is_estimate(ctx, other):
            # "Payrolls rose 140,000. Economists had expected 155,000. The total was up from 120,000": what
            # moves is the figure that happened, not the forecast told beside it
            continue
        return other
    return None
