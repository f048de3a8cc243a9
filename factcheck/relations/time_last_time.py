"""The last time a figure stood where it stands now: "The last time rates were this high was 2008, when they hit 7.1%".

News copy dates a level by the last moment it was matched, and often prints the figure of that moment after
"when": "The last time the index was this low was March 2009, when it closed at 6,540", "the last time she had
a lower rating was in May, when it stood at 37%". The words say how the figure then compares with the figure
now:

* "this (as, so) high", "higher", "bigger", "stronger": the figure then was at least the figure now;
* "this low", "lower", "smaller", "weaker": it was at most the figure now.

It is the claim a record "the highest since D, when it was X" makes, and is read as one (a ``record_since``
time window, role ``earlier``). The figure now is the one reading of the same family before the phrase in its
sentence, or, when the sentence opens on the phrase, in the sentence before; more than one such reading (two
series, a move and its level) leaves the pairing to no one. The figure then is the first figure after the date,
joined by "when" or a bracket, of the same family (both moves the same way, or both levels).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.literals import gated
from factcheck.relation import Agreement, Evidence, Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue
from factcheck.relations.prose import is_estimate, starts_from
from factcheck.relations.time_records import readings_alike

_HIGH = r"high|big|large|strong|much|many|fast|steep|wide|expensive|hot|heavy|elevated"
_LOW = r"low|small|weak|little|few|slow|narrow|cheap|cold|light|subdued"
_HIGHER = r"higher|bigger|larger|stronger|greater|faster|steeper|wider|more\s+expensive|hotter|heavier"
_LOWER = r"lower|smaller|weaker|fewer|less|slower|narrower|cheaper|colder|lighter"
# "the last time fares were this steep was ...", "the last time she polled a lower rating ... was ...": the words that
# rank the figure now against its own past, and the word that opens the date.
_LAST_TIME = re.compile(
    r"\b(?:the\s+)?last\s+time\s+(?P<subject>(?:[\w’'-]+\s+){1,6}?)"
    r"(?:was|were|had\s+been|has\s+been|stood|got|reached|had|saw)\s+"
    rf"(?:(?:this|that|as|so)\s+(?:(?P<high>{_HIGH})|(?P<low>{_LOW}))\b"
    rf"|(?:an?\s+|any\s+)?(?:(?P<higher>{_HIGHER})|(?P<lower>{_LOWER}))\b)"
    r"(?P<rest>[^.;!?]{0,80}?)\bwas\s+(?:back\s+)?(?:in\s+|on\s+|at\s+|during\s+)?",
    re.IGNORECASE,
)
_LAST_TIME = gated(_LAST_TIME)  # read over the whole article, seldom matching: its words are looked up first
# After the date: "(" or "when" and the same subject again ("when it closed at", "when his rating was"); "when the
# Fed's rate was 1.75%" names another measure.
_DATE_WORDS = r"(?:[^.;!?\d()]|\b(?:19|20)\d\d\b|\b\d{1,2}\b|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)"
_AT_DATE = re.compile(
    rf"{_DATE_WORDS}{{0,40}}?(?:\(\s*|,?\s*when\s+(?:it|they|he|she|its|their|his|her)\s+(?:[\w’'/-]+\s+){{0,5}}?)$",
    re.IGNORECASE,
)


def _reading(ctx: ArticleContext, claim: Claim) -> bool:
    return claim.quantity.value > 0 and not starts_from(ctx, claim) and not is_estimate(ctx, claim)


@finder("time_last_time")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for match in _LAST_TIME.finditer(ctx.text):
        if any(c.span[0] < match.end() and c.span[1] > match.start() for c in ctx.claims):
            continue  # a figure inside the phrase ("the last time 5,000 people ...") is no comparison of levels
        sentence = ctx.sentences[ctx.sentence_index(match.start())]
        then = next(iter(ctx.claims_in(match.end(), sentence[1])), None)
        if then is None or not _AT_DATE.match(ctx.text[match.end() : then.span[0]]):
            continue
        now = _now(ctx, match.start(), sentence, then)
        if now is None or not _same_subject(ctx, match.group("subject"), now):
            continue
        high = bool(match.group("high") or match.group("higher"))
        word = next(g for g in ("high", "low", "higher", "lower") if match.group(g))
        said = " ".join(ctx.text[match.start() : match.end(word)].split())
        yield Relation(
            kind=RelationKind.TIME_WINDOW,
            members=[Member(role="record", claim=now.id), Member(role="earlier", claim=then.id)],
            evidence=Evidence(
                tie=Tie.STRUCTURE,
                cues=[
                    cue(ctx, (match.start(), match.end()), "the last time the figure was matched"),
                    cue(ctx, (match.end(), then.span[0]), "the figure at that time"),
                ],
                sentences_apart=ctx.sentences_apart(now, then),
                subject=Agreement.AGREE,
                metric=Agreement.AGREE,
            ),
            reason=f"“{said}” dates {show(now)} by the last time it was matched; {show(then)} is printed as "
            "the figure then",
            params={"shape": "record_since", "record": said, "high": high, "role": "earlier"},
            spans=[(match.start(), match.end())],
        )


_PRONOUN = re.compile(r"^(?:it|they|he|she|we|its|their|his|her)\b", re.IGNORECASE)
_FILLER = {"the", "this", "that", "these", "those", "its", "their", "his", "her", "a", "an", "of", "in", "for", "on"}


def _same_subject(ctx: ArticleContext, subject: str, now: Claim) -> bool:
    """A pronoun carries on the figure's own subject; a named one must share a word with the figure's sentence
    ("the last time gasoline was this expensive" says nothing of a crude price said before)."""
    if _PRONOUN.match(subject.strip()):
        return True
    stems = {w.lower().rstrip("s").replace("’", "'").removesuffix("'") for w in re.findall(r"[\w’'-]+", subject)}
    stems -= _FILLER
    said = ctx.text[now.sentence_span[0] : now.sentence_span[1]].lower().replace("’", "'")
    return any(len(stem) > 3 and re.search(rf"\b{re.escape(stem)}", said) for stem in stems)


def _now(ctx: ArticleContext, at: int, sentence: tuple[int, int], then: Claim) -> Claim | None:
    """The one reading of the figure's family that the phrase speaks of: before it in its sentence, else (the
    sentence opening on the phrase) in the sentence before."""
    window = (sentence[0], at)
    if not ctx.claims_in(*window) and ctx.sentence_index(at) > 0:
        if re.search(r"\S", re.sub(r"(?i)\b(?:and|but|yet|indeed|in\s+fact)\b|\W", "", ctx.text[sentence[0] : at])):
            return None  # words of their own before the phrase: it may speak of them
        window = ctx.sentences[ctx.sentence_index(at) - 1]
    found = [c for c in ctx.claims_in(*window) if _reading(ctx, c) and readings_alike(c, then)]
    return found[0] if len(found) == 1 else None
