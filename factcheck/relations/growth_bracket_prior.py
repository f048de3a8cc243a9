"""A change whose prior stands in brackets after its baseline words: "up 3.7 percent from March 2019 ($212,400)",
"still 4.3 percent below a year earlier (2.35 million units)".

Data releases state a change against a dated baseline and then put the
baseline's own figure in brackets right behind the date words. The brackets
tie that figure to the change (structure): it is the level the change is
counted from. The current level is the end the change's own clause gives it,
else the last level of the prior's unit before the change in its sentence
("Average rent was $1,430, up ..."; "grew 2% to 2.25 million units, yet stayed
4.3 percent below a year earlier (2.35 million units)"). More than one such
level leaves the pairing uncertain, naming the others.

Not taken: a bracketed percentage (a rate's change "in percent" is often a
change in points), a figure that does not close its brackets ("(up 3% on 2019)"
restates, it is no prior), and baseline words this module does not know: an
unknown phrase may name another reference (a peak, a forecast).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import READ_REACH, ArticleContext
from factcheck.figures import show
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Relation, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue
from factcheck.relations.growth import growth_relation, pointed_current
from factcheck.relations.growth_since_peak import _alike
from factcheck.relations.growth_when import _OTHER_CLAUSE, _without_figures, open_changes
from factcheck.relations.prose import is_estimate, starts_from

_MONTH = (
    r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?"
    r"|sep(?:t(?:ember|\.)?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
)
_YEAR = r"(?:19|20)\d\d(?:[-/]\d\d)?"
_UNIT = r"(?:year|quarter|month|week|period|season|half)"
# Words that date a baseline, and nothing else: a bracket after them holds the baseline's figure.
_BASELINE = (
    rf"(?:a\s+{_UNIT}\s+(?:ago|earlier|before)"
    rf"|last\s+{_UNIT}|(?:{_YEAR}|last\s+year)['’]s\s+(?:level|figure|total)?"
    rf"|the\s+(?:previous|prior|preceding|same|corresponding|year[- ]ago|year[- ]earlier)\s+(?:\w+\s+)?{_UNIT}"
    rf"(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+{_YEAR}|in\s+{_YEAR}))?"
    rf"|(?:the\s+)?(?:(?:first|second|third|fourth)\s+quarter|q[1-4]|h[12]|fiscal(?:\s+year)?)\s+(?:of\s+)?{_YEAR}"
    rf"|(?:{_MONTH}\s+(?:\d{{1,2}},?\s+)?)?{_YEAR}|{_MONTH}(?:\s+last\s+year)?"
    # "than when the pier opened in 2011 (13,140)": a past moment named by what happened then, and its year.
    rf"|when\s+(?:[\w’'-]+\s+){{1,10}}?(?:in|during)\s+(?:the\s+year\s+to\s+)?(?:{_MONTH}\s+)?{_YEAR})"
)
# "than the rate in 2015 (16.3)", "than the 2019 total (9,600)": the measure named again before its date. A peak,
# an average or a forecast is another reference, not the same measure at an earlier date.
_OTHER_REFERENCE = r"(?!(?:[\w-]+\s+){0,2}?(?:high|peak|low|record|average|mean|median|forecast|estimate|target)s?\b)"
_RENAMED = (
    rf"(?:the\s+{_OTHER_REFERENCE}(?:[\w-]+\s+){{1,2}}?(?:in|of|for|during)\s+(?={_BASELINE})"
    rf"|that\s+(?:in|of|for)\s+(?={_BASELINE})"
    rf"|the\s+(?={_YEAR}\s+{_OTHER_REFERENCE}[a-z]+\s*\())"
)
_YEAR_NAMED = rf"(?<=the\s){_YEAR}\s+{_OTHER_REFERENCE}[a-z]+"
# After the change: a comparative or nothing, the word that sets it against its base, the baseline, the bracket.
_NOTED = re.compile(
    r"\s*(?:percent\s+|per\s*cent\s+|%\s*)?(?:year[- ](?:on|over)[- ]year\s+)?"
    r"(?:(?:lower|higher|below|above|less|more|up|down|greater|smaller|bigger|larger)\s+)?"
    r"(?P<against>from|than|over|on|against|versus|vs\.?|compared\s+(?:with|to)|as\s+against|relative\s+to)\s+(?:in\s+|at\s+)?"
    rf"(?P<base>{_RENAMED}?(?:{_BASELINE}|{_YEAR_NAMED}))\s*\(\s*(?:about|around|roughly|some|nearly|almost)?\s*",
    re.IGNORECASE,
)
_CLOSE = re.compile(r"\s*\)")
_BRACKETED = re.compile(r"\(\s*$")
# "a record high and up 3.7 percent": "and" carries on the level's own predicate, it opens no other clause.
_SAME_PREDICATE = re.compile(r"\band\s+(?=(?:\w+ly\s+)?(?:up|down|higher|lower)\b)", re.IGNORECASE)


@finder("growth_bracket_prior")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for change, end in open_changes(ctx):
        noted = _NOTED.match(ctx.text, change.span[1], change.sentence_span[1])
        if noted is None:
            continue
        prior = _bracketed(ctx, change, noted.end())
        if prior is None:
            continue
        yield from _pair(ctx, change, prior, noted, None if end is None or end.id == prior.id else end)


def _bracketed(ctx: ArticleContext, change: Claim, opened: int) -> Claim | None:
    """The level that fills the bracket opened just before ``opened``, alone."""
    # The figure's span may take in a currency sign the pattern stopped before; the baseline's words may hold a
    # figure of their own ("when records were first kept").
    after = next(iter(ctx.claims_in(opened - 1, opened + 40)), None)
    if after is None or not opened - 1 <= after.span[0] <= opened + 1:
        return None
    if after.change is not None or after.quantity.kind == QuantityKind.PERCENT or is_estimate(ctx, after):
        return None
    if _CLOSE.match(ctx.text, after.span[1]) is None:
        return None
    return after


def _pair(
    ctx: ArticleContext, change: Claim, prior: Claim, noted: re.Match[str], end: Claim | None
) -> Iterator[Relation]:
    others: list[Claim] = []
    subject = _bracketed_subject(ctx, change, prior)
    if end is not None:
        current, how = end, "the level the change's clause ends at"
    elif subject is not None:
        current, how = subject, "the level in brackets after the subject the change is said of"
    else:
        levels = _levels(ctx, change, prior)
        if not levels:
            # "That was 40% higher than when ... (13,140)": the sentence points back at the level before it.
            yield from pointed_current(ctx, change, prior)
            return
        current, others, how = levels[-1], levels[:-1][-2:], "the level its sentence gives before the change"
    if not _alike(current, prior):
        return
    base = " ".join(noted.group("base").split())
    said = " ".join(ctx.text[noted.start("against") : noted.end()].split())
    relation = growth_relation(
        ctx,
        change,
        prior,
        current,
        f"{show(prior)} stands in brackets after “{said.rstrip(' (')}”: the level at {base} that "
        f"{show(change)} is counted from; {show(current)} is {how}",
        [
            cue(ctx, (noted.start("against"), noted.end()), "the baseline, its figure in brackets"),
            cue(ctx, current.span, "the level reached"),
        ],
        others,
        tie=Tie.STRUCTURE,
    )
    # The bracket names the change's own baseline and the level stands in the change's clause:
    # what they measure is what the change measures.
    evidence = relation.evidence.model_copy(update={"subject": Agreement.AGREE, "metric": Agreement.AGREE})
    yield relation.model_copy(update={"evidence": evidence})


# "Thefts in 2021 (8,400) were 12% lower than in 2019 (9,600)": the subject's own figure in brackets, the bracket
# closed right before the verb that carries the change; "per 100,000" may follow the figure inside the bracket.
_SUBJECT_CLOSE = re.compile(
    r"(?:\s+per\s+[\d,.]+(?:\s+[a-z]+){0,2})?\s*\)\s*(?:was|were|is|are|stood|ran|came\s+in|has\s+been|had\s+been)"
    r"\s+(?:about|around|roughly|some|nearly|almost|just|only)?\s*",
    re.IGNORECASE,
)


def _bracketed_subject(ctx: ArticleContext, change: Claim, prior: Claim) -> Claim | None:
    """The level whose bracket closes right before the change's verb, alone in its bracket."""
    for c in ctx.claims_in(max(change.sentence_span[0], change.span[0] - READ_REACH), change.span[0]):
        if c.id == prior.id or c.change is not None or not _alike(c, prior):
            continue
        if not _BRACKETED.search(ctx.text, max(0, c.span[0] - 3), c.span[0]):
            continue
        if _SUBJECT_CLOSE.fullmatch(ctx.text, c.span[1], change.span[0]) and not is_estimate(ctx, c):
            return c
    return None


def _levels(ctx: ArticleContext, change: Claim, prior: Claim) -> list[Claim]:
    found = []
    for c in ctx.claims_in(max(change.sentence_span[0], change.span[0] - READ_REACH), change.span[0]):
        if c.id == prior.id or c.change is not None or not _alike(c, prior):
            continue
        if _BRACKETED.search(ctx.text, max(0, c.span[0] - 3), c.span[0]):
            continue  # "inventory(3)": a note's number, or another bracketed figure
        before = ctx.text[change.sentence_span[0] : c.span[0]]
        if before.count("(") > before.count(")"):
            continue  # "(8,400, or 23 a day)": a figure further inside an aside is not the clause's level
        if (
            starts_from(ctx, c)
            or is_estimate(ctx, c)
            or _OTHER_CLAUSE.search(_SAME_PREDICATE.sub(" ", _without_figures(ctx, c, change)))
        ):
            continue
        found.append(c)
    return found
