"""Shares of one whole: which percentages split one market, one vote, one total.

A share is a percentage (or a word fraction) that the words mark as a part of
a whole: "a 30 percent share", "12.5% of the market", "34% of the total
revenues", "57.6% of the ballots counted", "market share of 22.3%", "is second
with 18%"; or a bare percentage listed beside such a share in one sentence
("..., followed by Microsoft at 21%"; not one whose holder names a ratio of its
own, "the gross margin was 61%"). Changes, growth rates ("19% year over
year growth"), starts ("up from 62%"), figures dated a year earlier, windows
("over the past two years"), thresholds ("50 per cent and above"), conditions
("if no candidate receives more than 50%"), combined shares ("together make up
63%") and ratios to something players do not split ("4.5% of GDP", "39% of
adults", "40% of its sales" is the player's own breakdown) are not shares of a
market. One figure several named players hold each ("Xenon and Lumo each hold
9%", "companies with a share of 1% include A, B and C") counts once for each.

Each share gets its holder (the player, read from its own clause item:
"Microsoft at 21%", "HP's 22%", "Dell (14.7 percent)", "behind Quill (22%)",
"the market share of Jio was", "she got" for the player just named, "25 votes
went to write-in candidates, accounting for 2.1%"; a player called by what it
is, "the Korean firm", stands for the first player the sentence before
names), its whole (a family, market / vote / revenue / segment, and the words
that narrow it: "smartphone", "EV"; "the overall market" is wider than "the EV
market"), its region ("In the U.S. ...", "worldwide", "in Clarke County"), its
period (a dated year and quarter, or the words of an undated one: "last year"
is not "this year") and its mood (a forecast is another whole than a result).

How the evidence is decided:

* STRUCTURE, certain: the shares of one sentence, or of one line list under an
  intro ("traffic by operating system:" then "iOS — 57 percent" lines, or "•
  Chrome 61.1% (4.78% decrease)" bullets), that agree on whole, region, period
  and mood and have different holders; a holder the text does not give leaves
  it uncertain. A list that names "others"/"the rest" is exhaustive (it must
  reach 100%). Vote shares of one sentence that name different races ("won the
  mayoral race ..., won the council seat ...") are not one whole. The answers
  to one poll question are a structure too: "38 percent approval, 56 percent
  disapproval", "approval/disapproval was 37/59", "Trump leads Clinton 47% to
  36%". So is the make-up of one group (:mod:`.shares_makeup`): "85% nurses and
  15% non-nurses" (a label and its negation: exhaustive), "12% under 30 years
  old, 61% 30–49 years old, 27% 50+ years old" (bands of one scale).
* INFERRED: shares of neighbouring sentences of one section (no heading
  between, at most three sentences apart) that agree as above, where no player
  comes back with another figure (a player named twice means another whole or
  another time), no figure is restated under another name, and the whole is
  not closed yet (once "others" or the write-ins are counted, a player named
  after them is of another whole). Certain for market shares held by players
  the text names with a capital (companies, brands, countries). Certain also,
  by :mod:`.shares_chains`, for one race's tally (one sentence lists its
  candidates, the others add only the rest of the field, no second race or
  second majority) and for one breakdown of one total (every sentence says "of
  total revenue", a total no player owns, categories cut along one line, none
  inside another). Other breakdowns into categories ("diesel car sales"),
  other revenue shares and other vote shares can be cut along other lines or
  belong to other races from one sentence to the next, so those stay
  uncertain; so does a sentence that could join two different wholes. When
  some members of such a chain are in doubt, its named players also form a
  group of their own (any subset of one whole must fit in 100% too).

Counts stated with their shares ("470 votes for 57.6%") imply one whole each;
that is :mod:`.part_shares`' implied whole, not repeated here.

The reading is split by what it holds: :mod:`.shares_words` (vocabulary and
records), :mod:`.shares_holders` (who holds a share), :mod:`.shares_reading`
(one sentence's shares), :mod:`.shares_lists` (line lists, poll answers),
:mod:`.shares_makeup`, :mod:`.shares_chains`, :mod:`.shares_groups` (wholes).
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.relation import Member, Relation, RelationKind
from factcheck.relations import finder
from factcheck.relations.shares_groups import evidence, groups, whole_words
from factcheck.relations.shares_holders import nested_holder
from factcheck.relations.shares_words import Share


def _label(share: Share) -> str:
    label = (
        f"{share.holder} {show(share.claim)}"
        if share.holder and not share.holder.startswith("item ")
        else show(share.claim)
    )
    return label + (f" each ({share.count} players)" if share.count > 1 else "")


@finder("shares")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for group in groups(ctx):
        shares = group.shares
        if sum(s.count for s in shares) < 2:
            continue
        members = [Member(role="share", claim=s.claim.id) for s in shares]
        listed = ", ".join(_label(s) for s in shares)
        reason = f"{group.how}: {listed}"
        if group.exhaustive:
            if any(s.rest for s in shares):
                reason += "; the list names the rest, so it covers the whole"
            else:
                reason += ", so together they are the whole"
        complete_by = "a list that includes the rest" if any(s.rest for s in shares) else "a label and its negation"
        said = evidence(ctx, group)
        nested = nested_holder(ctx, [s.claim for s in shares])
        if nested is not None:
            said = said.model_copy(update={"doubts": [*said.doubts, nested]})
        majorities = [s.claim for s in shares if s.claim.quantity.value > 50]
        if len(majorities) > 1 and not any(s.whole.family for s in shares):
            # "ranks first with 79.9%, followed by Brisk at 79.4%", no whole named: two majorities of one whole cannot
            # be, so these are rates of each holder's own (on-time flights, turnout), not a split of one whole
            doubt = f"{show(majorities[0])} and {show(majorities[1])} are both over half: not shares of one whole"
            said = said.model_copy(update={"doubts": [*said.doubts, doubt]})
        yield Relation(
            kind=RelationKind.SHARES,
            members=members,
            evidence=said,
            reason=reason,
            params={
                "exhaustive": group.exhaustive,
                **({"complete_by": complete_by} if group.exhaustive else {}),
                "whole": whole_words(shares),
                "holders": {s.claim.id: s.holder for s in shares if s.holder},
                **(
                    {"counts": {s.claim.id: s.count for s in shares if s.count > 1}}
                    if any(s.count > 1 for s in shares)
                    else {}
                ),
            },
        )
