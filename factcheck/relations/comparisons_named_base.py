"""Figures set above or below a base named by what it covers, its figure stated earlier: "Solar made up 6.1% of
national output. ... The survey puts the solar share in Leon (7%), Soria (6%) and Avila (9%) at or above the
national level."

News copy states a figure for a whole (the country, the world, the sector) and later sets parts of it against
that whole by name only: "above the national average", "below the EU rate", "at or above the global level". The
same structure for one figure: "Leon's share (7%) was above the national level"; for several, listed with their
figures in brackets: "Leon (7%), Soria (6%) and Avila (9%) were all above the regional rate", one relation
holding every listed figure.

The rule: the comparison word, then "the <qualifier> average|rate|level|figure|mean|share" with no figure of its
own (one printed there is read by :mod:`.comparisons`); the figures compared are the one just before the word in
its clause, or the bracketed figures of a list there. The base is found as :mod:`.multiples` finds "double the
global average": a figure of the same unit in one of the three sentences before that names the qualifier and
shares a specific noun with the comparison's sentence. Nothing in the words points at that figure, so the pairing
is inferred, with subject and measure taken as agreeing; a second figure that fits leaves it uncertain, and a
qualifier of time or kind ("the usual level", "the previous average") names no whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import is_relative_change, same_family, show
from factcheck.literals import led
from factcheck.relation import Agreement, Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue, inferred
from factcheck.relations.multiples import _NOT_A_PLACE
from factcheck.relations.multiples_words import is_figure, sentence_of
from factcheck.relations.prose import has_break

_WORD = re.compile(
    r"\b(?:(?P<ge>at\s+or\s+above)|(?P<le>at\s+or\s+below)|(?P<gt>above|higher\s+than|greater\s+than|exceeding)"
    r"|(?P<lt>below|lower\s+than|beneath))\s+(?:the|its|their)\s+(?P<q>[A-Za-z.-]+(?:\s+[A-Za-z.-]+)?)\s+"
    r"(?:average|rate|level|figure|mean|share)\b(?!\s*(?:of\s+|at\s+|\(\s*)[$€£¥₹]?\s*\d)",
    re.IGNORECASE,
)
_WORD = led(_WORD)  # read over the whole article: tried only where its first words are
# A list of figures in brackets after their names: "Leon (7%), Soria (6%) and Avila (9%)".
_LISTED_GAP = re.compile(
    r"\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}\s*\(\s*$"
)
# A whole named as a base ("the global average") names the whole without stating its figure.
_NAMED = re.compile(
    r"\b(?:the|its|their)\s+[A-Za-z.-]+(?:\s+[A-Za-z.-]+)?\s+(?:average|rate|level|figure|mean)\b", re.I
)


def _compared(ctx: ArticleContext, word: re.Match[str]) -> list[Claim]:
    """The figure just before the word in its clause, with the bracketed figures listed before it."""
    sentence = sentence_of(ctx, word.start())
    before = [c for c in ctx.claims_in(sentence[0], word.start()) if c.span[1] <= word.start() and is_figure(c)]
    if not before:
        return []
    last = before[-1]
    gap = ctx.text[last.span[1] : word.start()]
    if len(gap) > 40 or has_break(gap):
        return []
    listed = [last]
    for earlier in reversed(before[:-1]):
        if not _LISTED_GAP.match(ctx.text[earlier.span[1] : listed[0].span[0]]):
            break
        listed.insert(0, earlier)
    return listed


@finder("comparisons_named_base")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    from factcheck.relations.time_windows import nouns

    for word in _WORD.finditer(ctx.text):
        qualifier = word.group("q").lower().split()
        if qualifier[0] in _NOT_A_PLACE:
            continue
        figures = _compared(ctx, word)
        if not figures or any(not same_family(f, figures[0]) for f in figures):
            continue
        sentence = sentence_of(ctx, word.start())
        own = nouns(ctx.text[sentence[0] : word.start()]) - set(qualifier)
        index = ctx.sentence_index(word.start())
        candidates: list[Claim] = []
        # The three sentences before, and the lead, where a story states the whole's figure.
        searched = sorted({*range(max(0, index - 3), index), 0} - {index})
        for earlier in (ctx.sentences[i] for i in searched):
            text = _NAMED.sub(" ", ctx.text[earlier[0] : earlier[1]]).lower()
            if not all(re.search(rf"\b{re.escape(q)}\b", text) for q in qualifier) or not own & nouns(text):
                continue
            candidates.extend(
                c
                for c in ctx.claims_in(*earlier)
                if is_figure(c)
                and same_family(c, figures[0])
                and is_relative_change(c) == is_relative_change(figures[0])
            )
        if not candidates:
            continue
        base = candidates[-1]
        op = next(name for name in ("ge", "le", "gt", "lt") if word.group(name))
        said = " ".join(word.group(0).split())
        # One relation for the list: the words set every listed figure against the base at once.
        evidence = inferred(
            ctx,
            [*figures, base],
            [cue(ctx, word.span(), "a comparison with a base named by what it covers")],
            ambiguous=[show(c) for c in candidates[:-1]],
            period=Agreement.UNKNOWN,
        ).model_copy(update={"subject": Agreement.AGREE, "metric": Agreement.AGREE, "tie": Tie.INFERRED})
        yield Relation(
            kind=RelationKind.COMPARISON,
            members=[Member(role="figure", claim=f.id) for f in figures] + [Member(role="reference", claim=base.id)],
            evidence=evidence,
            reason=f"“{said}” sets {', '.join(show(f) for f in figures)} against {show(base)}, the figure stated "
            f"earlier for what “{word.group('q')}” covers",
            params={"op": op, "word": said},
            spans=[word.span()],
        )
