"""Words that say a figure trails another closely: "Ford sold 1.792 million vehicles, with Toyota close behind at
1.789 million"; "Samsung shipped 58 million phones, closely followed by Apple with 55 million".

"close behind", "closely followed by", "just behind", "hot on the heels of" state
that the trailing figure is a little below the leading one: read as 80–100% of
it (a loose reading: a false alarm on a vague word costs more than a miss).
Which is ahead is the ranks' business; this reads only how close.

What makes a pairing certain: the leading figure is the last figure of the same
unit before the words in their sentence, with no other such figure between, and
the trailing figure is printed right after them ("at", "with", "on", a bracket):
a cue. Two figures of different units, or none right after, give no relation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.context import ArticleContext
from factcheck.figures import same_family, show
from factcheck.literals import led
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Evidence, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import roles
from factcheck.relations.evidence import cue
from factcheck.relations.multiples_words import sentence_of

LOW, HIGH = 0.8, 1.0
_CLOSE = re.compile(
    r"\b(?:close(?:ly)?\s+behind|just\s+behind|closely\s+followed\s+by|narrowly\s+followed\s+by"
    r"|hot\s+on\s+(?:its|their|the)\s+heels(?:\s+of)?)\b",
    re.IGNORECASE,
)
_CLOSE = led(_CLOSE)  # read over the whole article: tried only where its first words are
# Between the words and the trailing figure: a name at most, then "at", "with", "on" or a bracket.
_TO_FIGURE = re.compile(r"^(?:\s+[A-Z][\w&.'’-]*){0,4}\s*(?:,\s*)?(?:at|with|on|\()?\s*(?:about\s+|some\s+)?$")
_KINDS = (QuantityKind.MONEY, QuantityKind.COUNT, QuantityKind.NUMBER, QuantityKind.PERCENT)


@finder("multiple_closeness")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for match in _CLOSE.finditer(ctx.text):
        sentence = sentence_of(ctx, match.start())
        trailing = next(iter(ctx.claims_in(match.end(), min(sentence[1], match.end() + 50))), None)
        if trailing is None or not _TO_FIGURE.match(ctx.text[match.end() : trailing.span[0]]):
            continue
        before = [c for c in ctx.claims_in(max(sentence[0], match.start() - 150), match.start())]
        leading = before[-1] if before else None
        if leading is None or trailing.quantity.kind not in _KINDS or not same_family(leading, trailing):
            continue
        if leading.quantity.value <= 0 or trailing.quantity.value <= 0 or leading.change or trailing.change:
            continue
        words = " ".join(match.group(0).split())
        evidence = Evidence(
            tie=Tie.CUE,
            cues=[
                cue(ctx, match.span(), "the words"),
                cue(ctx, (leading.span[1], trailing.span[0]), "the two figures"),
            ],
            subject=Agreement.AGREE,
            metric=Agreement.AGREE,
            unit=Agreement.AGREE,
        )
        yield Relation(
            kind=RelationKind.MULTIPLE,
            members=roles(figure=trailing, base=leading),
            evidence=evidence,
            reason=f"“{words}” sets {show(trailing)} just under {show(leading)}, the figure before it",
            params={"word": words, "factor": 1.0, "low": LOW, "high": HIGH, "closeness": True},
            spans=[match.span()],
        )
