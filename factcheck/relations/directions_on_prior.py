"""A level, then its move "on" an earlier period's figure: "sales reached 14,200 units, up on last year's 13,100";
"a 41.3% share, a slight dip on 2020's figure of 42.8%"; "a rise on the previous year's total of 13,100".

British and Commonwealth copy puts the earlier figure after "up on" / "down on", or after a move noun and "on"
("a dip on", "an increase on"), with a possessive that dates it to an earlier period ("last year's", "2020's",
"the previous quarter's", "March's"), and sometimes a noun for the figure ("figure of", "total of", "level of").
The words make the earlier figure the start of a move and give its sign; the move's end is the like figure the
clause gives just before the phrase ("X, up on ..."), with no other figure of that unit between.

Tied by the words (a cue); a move's two ends are of one measure at two times, so the periods are not compared.
Not taken: a comparison with another place or group ("up on Leeds's 12,900" has no earlier period), a figure
in brackets, and an end with a "from" or "than" of its own between it and the phrase (that clause has its start).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import is_relative_change, same_unit, show
from factcheck.literals import gated
from factcheck.relation import Agreement, Member, Relation, RelationKind
from factcheck.relations import finder
from factcheck.relations.evidence import cue, stated_together
from factcheck.relations.prose import has_break, is_estimate, is_prior_by_date, starts_from

_ADVERB = r"(?:slight|small|modest|marginal|sharp|steep|big|huge|strong|large|further|\w+ly)"
_EARLIER = (
    r"(?:(?:the\s+)?(?:previous|prior|preceding|same\s+(?:month|period|quarter|week)\s+last)\s+"
    r"(?:year|month|quarter|season|week|period|half)['’]s?"
    r"|last\s+(?:year|month|quarter|season|week|time)['’]s?"
    r"|(?:19|20)\d\d(?:-\d\d)?['’]s"
    r"|(?:january|february|march|april|may|june|july|august|september|october|november|december)['’]s)"
)
_ON_PRIOR = re.compile(
    rf"(?:^|[\s,(])(?:(?:an?\s+)?(?:{_ADVERB}\s+)?(?:(?P<up_noun>rise|increase|gain|jump|improvement|uptick)"
    r"|(?P<down_noun>dip|fall|drop|decline|decrease|reduction|downturn|slip))|(?:(?:\w+ly|slightly|well|sharply)\s+)?"
    rf"(?:(?P<up>up)|(?P<down>down)))\s+on\s+{_EARLIER}\s+"
    r"(?:(?:figure|total|level|tally|count|number|result|reading|share|rate|record)\s+(?:of\s+)?)?[$£€¥₹]?\s*$",
    re.IGNORECASE,
)
_ON_PRIOR = gated(_ON_PRIOR)  # tried on every figure's window, seldom matching there
# The end's clause has a start of its own ("fell to 5% from 6%, down on ..."), compares with something else, or
# a second subject steps in ("£40m, with profit up on ...").
_OWN_START = re.compile(r"\b(?:from|than|versus|against|compared|with|while|whereas|and|but)\b", re.IGNORECASE)


@finder("directions_on_prior")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for prior in ctx.claims:
        start, _ = ctx.sentences[ctx.sentence_index(prior.span[0])]
        said = _ON_PRIOR.search(ctx.text, max(start, prior.span[0] - 90), prior.span[0])
        if said is None:
            continue
        word_start = said.start() + (1 if ctx.text[said.start()] in " ,(" else 0)
        end = _end(ctx, prior, word_start)
        if end is None:
            continue
        sign = 1 if said.group("up") or said.group("up_noun") else -1
        word = " ".join(ctx.text[word_start : said.end()].split())
        evidence = stated_together(
            ctx, [prior, end], [cue(ctx, (word_start, said.end()), "a move on an earlier period's figure")]
        )
        # the words make the two figures one measure's ends at two times
        evidence = evidence.model_copy(update={"period": Agreement.AGREE})
        yield Relation(
            kind=RelationKind.DIRECTION,
            members=[Member(role="from", claim=prior.id), Member(role="to", claim=end.id)],
            evidence=evidence,
            reason=f"“{word}” makes {show(prior)} the earlier figure {show(end)} moved from",
            params={"direction": sign, "word": word},
            spans=[(word_start, said.end())],
        )


def _end(ctx: ArticleContext, prior: Claim, word_start: int) -> Claim | None:
    """The like figure the clause gives just before the phrase, if nothing else could be meant."""
    before = [c for c in ctx.sentence_claims(prior) if c.span[1] <= word_start]
    if not before:
        return None
    end = before[-1]
    gap = ctx.text[end.span[1] : word_start]
    if len(gap) > 70 or has_break(gap.rstrip(", ")) or "(" in gap or ")" in gap or _OWN_START.search(gap):
        return None
    if not same_unit(end, prior) or is_relative_change(end) != is_relative_change(prior):
        return None
    if starts_from(ctx, end) is not None or is_prior_by_date(ctx, end):
        return None  # "fell to 14,200 from 14,900, down on ...": the figure before is a start, not the end
    if is_estimate(ctx, end) is not None or is_estimate(ctx, prior) is not None:
        return None  # a forecast against an outturn is a comparison with expectations, not a move
    return end
