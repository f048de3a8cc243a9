"""A level dated in the past, then where it has moved to since: "A month ago the coin traded at $410; it has
now climbed to $455".

News copy sets a thing's level at a past time ("last Friday", "a year ago", "at the start of the year", "in
2019") and then says where the same thing "has now risen to" or "has since fallen to", with no "from" of its
own: the dated level is where the move started, and the verb gives the move's sign. Other forms: "At the
start of the season the club had 8,200 members. That has since grown to 9,100."; "Crews numbered 640 in
2021, but the total has since dropped to 580."

The rule: "has/have now|since <verb> to <figure>" with no "from" after the figure in its clause; the start is
the one level of the same unit before it, in the same sentence or the one before, in a clause that names a
past time. Nothing about the pairing is left to guess when:

* exactly one such level is there (two would leave the start open: "fell to $20 in March and has now risen
  to $35" moved from $20, not from the dated level);
* no word between them moves the other way ("slumped in the spring but has since risen to ..." started from
  the spring's low, which is not printed);
* subject and measure do not differ, and a move in the next sentence opens with a word that points back
  ("It", "They", "That", "Its price").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import is_change, same_unit, show
from factcheck.literals import gated
from factcheck.relation import Agreement, Evidence, Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue, metrics, subjects
from factcheck.relations.multiples_words import clause_of
from factcheck.relations.prose import DIRECTION_WORD, is_estimate, is_move_level

_UP = r"risen|climbed|jumped|increased|grown|rallied|surged|soared|rocketed|gained|advanced|swelled|expanded"
_DOWN = r"fallen|dropped|declined|decreased|slipped|slumped|sunk|tumbled|plunged|shrunk|shrank|dipped|eased|slid"
_MOVE = re.compile(
    rf"\b(?:has|have)\s+(?:now|since|now\s+since|since\s+then)\s+(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\s+to\s+$",
    re.IGNORECASE,
)
_MOVE = gated(_MOVE)  # tried on every figure's window, seldom matching there
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTH = (
    r"january|february|march|april|may|june|july|august|september|october|november|december"
    r"|spring|summer|autumn|winter"
)
# A past time the earlier level is dated at.
_PAST = re.compile(
    rf"\b(?:last\s+(?:week|month|year|quarter|season|{_WEEKDAY}|{_MONTH})"
    r"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days?|weeks?|months?|years?|decades?)\s+"
    r"(?:ago|earlier)"
    r"|at\s+the\s+(?:start|beginning|end|turn)\s+of"
    r"|earlier\s+(?:this|in\s+the)\s+(?:week|month|year|quarter|season)"
    rf"|(?:in|on|during|by)\s+(?:(?:early|late|mid)[- ]?)?"
    rf"(?:(?:19|20)\d\d|{_WEEKDAY}|(?:{_MONTH})(?:\s+(?:19|20)\d\d)?)"
    r"|yesterday|previously|back\s+then|at\s+the\s+time)\b",
    re.IGNORECASE,
)
# The move's own start: "has now risen to $455 from $410" is read by the one-clause finders.
_OWN_FROM = re.compile(r"[^.;!?]{0,40}?\bfrom\b", re.IGNORECASE)
# A move in the next sentence must point back to the dated thing.
_BACK = re.compile(
    r"^\W*(?:it|they|that|this|these|those|its\s+[\w-]+|their\s+[\w-]+|that\s+[\w-]+|the\s+(?:figure|number"
    r"|total|price|value|level|rate|count|tally))\s+$",
    re.IGNORECASE,
)


def _starts(ctx: ArticleContext, end: Claim, move_start: int, first: int) -> list[Claim]:
    """The levels that could be the start: same unit, in [first, move_start), each in a clause naming a past
    time."""
    found = []
    for claim in ctx.claims_in(first, move_start):
        if claim.span[1] > move_start or not same_unit(claim, end) or is_change(claim):
            continue
        if not is_move_level(claim) or is_estimate(ctx, claim):
            continue
        clause = clause_of(ctx, claim.span)
        if _PAST.search(ctx.text, clause[0], clause[1]):
            found.append(claim)
    return found


@finder("directions_since")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for end in ctx.claims:
        if is_change(end) or not is_move_level(end):
            continue
        sentence = ctx.sentence_index(end.span[0])
        here = ctx.sentences[sentence]
        move = _MOVE.search(ctx.text, max(here[0], end.span[0] - 60), end.span[0])
        if move is None:
            continue
        if _OWN_FROM.match(ctx.text, end.span[1], here[1]):
            continue
        sign = 1 if move.group("up") else -1
        first = ctx.sentences[sentence - 1][0] if sentence > 0 else here[0]
        candidates = _starts(ctx, end, move.start(), first)
        if len(candidates) != 1:
            continue
        start = candidates[0]
        if start.span[0] < here[0] and not _BACK.match(ctx.text[here[0] : move.start()]):
            continue
        between = ctx.text[start.span[1] : move.start()]
        if any((m.group("up") is not None) != (sign > 0) for m in DIRECTION_WORD.finditer(between)):
            continue
        pair = [start, end]
        subject, metric = subjects(pair), metrics(pair)
        if Agreement.DISAGREE in (subject, metric):
            continue
        word = " ".join(move.group(0).split()[:-1])
        cues = [cue(ctx, (move.start(), move.end()), "where it has moved to since")]
        past = _PAST.search(ctx.text, *clause_of(ctx, start.span))
        if past is not None:
            cues.append(cue(ctx, past.span(), "the earlier level's date"))
        evidence = Evidence(
            tie=Tie.STRUCTURE,
            cues=cues,
            sentences_apart=ctx.sentences_apart(start, end),
            subject=subject,
            metric=metric,
            unit=Agreement.AGREE,
            period=Agreement.AGREE,  # the two ends of one move: its start's date and now
        )
        yield Relation(
            kind=RelationKind.DIRECTION,
            members=[Member(role="from", claim=start.id), Member(role="to", claim=end.id)],
            evidence=evidence,
            reason=f"{show(start)} is dated in the past and “{word} to” {show(end)} says where it has moved since",
            params={"direction": sign, "word": word},
            spans=[(move.start(), move.end())],
        )
