"""When shares stated in neighbouring sentences are certainly of one whole, beyond market shares of named players.

* One race's tally: one sentence lists the candidates of a race ("Roe took 52% of the vote, while Doe got 41%")
  and the neighbouring sentences add only the rest of the field ("write-in candidates accounted for 3.8% of the
  ballots"). No sentence after the first names a race of its own, and no two players hold a majority (two
  majorities are two races). A sentence that adds another candidate ("Doe took 46%.") stays uncertain: a
  roundup of races reads the same.
* One breakdown of one total: every sentence says outright that its shares are of the total ("34% of the total
  revenues", "1% of overall revenue"), a total no player owns ("its total revenue" is one company's, and two
  companies' totals are two wholes), each share names its category, and the categories are cut along one line:
  not places beside products ("Europe" and "cloud"), and not one inside another ("search" and "mobile search").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.context import ArticleContext
from factcheck.relations.shares_holders import holder_key
from factcheck.relations.shares_words import FILLER, LEADING_CONNECTOR, PLACE_SAME, RACE, REST, VERB, Share, word_set

_WRITE_INS = re.compile(r"\bwrite[\s-]?ins?\b", re.I)
# Words a category's name shares with others without one being inside the other: "download sales", "physical sales".
_GENERIC = word_set(
    "revenue revenues sales segment segments business businesses unit units division divisions income the of and "
    "from in for a an"
)
_REGIONS = (
    frozenset(PLACE_SAME)
    | word_set(
        "us uk eu europe asia africa americas america emea apac asia-pacific international domestic overseas "
        "china japan india germany france canada mexico brazil korea australia russia latam"
    )
    | {"north america", "south america", "latin america", "middle east", "asia pacific", "rest of the world",
       "greater china", "the americas", "the us", "the u.s."}
)  # fmt: skip
_OWNED = re.compile(r"\b(?:its|their|his|her|our|my)\b", re.I)


def remainder(share: Share) -> bool:
    """ "Others", "the rest", "write-in candidates": the rest of the field, not one more player."""
    return share.rest or bool(share.holder and (_WRITE_INS.search(share.holder) or REST.search(share.holder)))


def _value(share: Share) -> float:
    q = share.claim.quantity
    return q.value * 100 if q.kind.value == "fraction" and abs(q.value) <= 1 else q.value


def _sentence(ctx: ArticleContext, share: Share) -> str:
    return ctx.text[share.claim.sentence_span[0] : share.claim.sentence_span[1]]


def one_tally(ctx: ArticleContext, chain: Sequence[Sequence[Share]]) -> bool:
    """Vote shares of neighbouring sentences that are certainly one race: a list of its candidates and the rest."""
    members = [s for part in chain for s in part]
    if {s.whole.family for s in members} - {""} != {"vote"}:
        return False
    listing = [p for p in chain if sum(1 for s in p if s.holder and s.named and not remainder(s)) >= 2]
    if len(listing) != 1:
        return False
    added = [p for p in chain if p is not listing[0]]
    if not all(remainder(s) for p in added for s in p):
        return False
    named_races = {m.group(0).lower() for s in listing[0] for m in RACE.finditer(_sentence(ctx, s))}
    for part in added:
        races = {m.group(0).lower() for s in part for m in RACE.finditer(_sentence(ctx, s))}
        if races - named_races:
            return False  # "In the council race, write-ins took 5%": another race's rest
    majorities = {holder_key(s.holder) for s in members if _value(s) > 50}
    return len(majorities) <= 1


def _owned(share: Share) -> bool:
    """ "of its total revenue", "of Apple's total revenue": one player's own total."""
    words = share.whole.text.split()
    return bool(_OWNED.search(share.whole.text)) or any(re.search(r"['’]s?$", w) and w not in FILLER for w in words)


def _content(holder: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", holder.lower().replace("-", " ")) if w not in _GENERIC}


def _is_place(holder: str) -> bool:
    key = re.sub(r"[^\w\s.-]", "", holder.lower()).strip()
    key = re.sub(r"^the\s+", "", key)
    return key in _REGIONS or key.rstrip(".") in _REGIONS


def _category(ctx: ArticleContext, share: Share) -> str:
    """The words that name a share's category, to its verb: "Mobile streaming" in "Mobile streaming accounted for"
    (a holder read as a name may keep only the capitalised first word)."""
    words = re.findall(r"[\w’'-]+", LEADING_CONNECTOR.sub("", ctx.text[share.item_start : share.claim.span[0]]))
    kept = []
    for word in words:
        if VERB.match(word) or word.lower() in ("of", "at", "with", "for"):
            break
        kept.append(word)
    phrase = " ".join(kept)
    holder = share.holder or ""
    return phrase if holder.lower() in phrase.lower() and len(phrase) > len(holder) else holder


def one_breakdown(ctx: ArticleContext, chain: Sequence[Sequence[Share]]) -> bool:
    """Revenue shares of neighbouring sentences that are certainly one breakdown of one total."""
    members = [s for part in chain for s in part]
    if {s.whole.family for s in members} - {""} != {"revenue"}:
        return False
    for part in chain:
        said = [s for s in part if s.cue is not None and s.whole.family == "revenue"]
        if not said or not all(s.whole.overall and not _owned(s) for s in said):
            return False  # a sentence that does not say "of the total" may cut another total
    if not all(s.holder for s in members):
        return False
    holders = [_category(ctx, s) for s in members]
    places = [_is_place(h) for h in holders]
    if any(places) and not all(places):
        return False  # "Europe" beside "cloud": two ways to cut one total
    for i, a in enumerate(holders):
        for b in holders[i + 1 :]:
            if _content(a) & _content(b):
                return False  # "search" and "mobile search": one category may hold the other
    # "Apple's services made up 20% of total revenue": a player's possessive says whose total it is
    return not any(re.search(r"\b[A-Z][\w&.-]*['’]s\b", ctx.text[s.item_start : s.claim.span[0]]) for s in members)
