"""A share of a group of people or firms: "61% of respondents said ...", "58 per cent of the party's candidates".

A percentage followed by "of" and a group counted by its members ("respondents", "voters", "households",
"companies", "those surveyed") counts how many of those members the sentence says something about: no more than
all of them, so it is at most 100%. A share "of the vote" ("won 58% of the vote", "of the votes cast") is a part
of the votes of one race, and so at most all of them too. The words tie the figure to its group (``shares`` with
the one share, a structure, certain), and the ``shares`` check alarms when the figure is above 100%. A share
printed at 100% or below is within its group whatever it is, and is not recorded (the other ``shares`` finders
group it with its neighbours).

Only a group of members is read, never an amount ("120% of GDP", "150% of the target", "110% of last year's
level"), a possessive ("130% of workers' pay" is a ratio of pay) or a ratio to another group ("women earned 84%
of what men earned"). Copy in which the count can outrun the group it is set against is left out: turnout or
registration counts against a roll ("102% of registered voters" in a story about an irregular count), doses or
coverage against a population estimate ("105% of adults" jabbed where the census is out of date), gross
enrolment and anything called an estimate or a projection.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue, stated_together

_MEMBERS = (
    r"respondents|voters|adults|people|residents|citizens|Americans|Britons|Canadians|Australians|students|pupils"
    r"|children|teenagers|teens|parents|workers|employees|members|households|families|firms|companies|businesses"
    r"|employers|candidates|patients|participants|users|customers|consumers|shoppers|investors|homeowners|renters"
    r"|drivers|applicants|graduates|retirees|smokers|teachers|doctors|nurses|owners|executives|managers|CEOs"
)
# "of" then the group: a determiner, up to three words naming which members ("likely", "Green", "small"), the
# plural noun, and no possessive after it; or "those" with the verb of the poll.
_OF_GROUP = re.compile(
    r"^\s*of\s+(?:(?:the|all|those|these|its|their|our|his|her)\s+)?"
    rf"(?:(?:[\w.'’-]+\s+){{0,3}}?(?P<noun>{_MEMBERS})\b(?![’'])"
    r"|those\s+(?:surveyed|polled|asked|questioned|interviewed)"
    r"|(?:the\s+)?(?:popular\s+|total\s+|first-round\s+)?(?P<vote>votes?)(?:\s+cast)?\b"
    r"(?![’'\w-]|\s+(?:share|count|tally|margin)))",
    re.IGNORECASE,
)
_OF_GROUP = gated(_OF_GROUP)  # tried on every figure's window, seldom matching there
# Stories where a count can outrun its group as printed: rolls, population estimates, gross ratios, a group set as
# a need or a target ("120% of the nurses it needs"), or the group of another time ("104% of the workers it had
# before the crisis").
_OUTRUN = re.compile(
    r"\b(?:turnout|registered|eligible|enrol\w*|enroll\w*|vaccin\w*|doses?|jabs?|jabbed|coverage|estimat\w*"
    r"|projected|projection|gross|ratio|what|compared|than|relative|combined|together|expected"
    r"|needs?|needed|required|requires|budgeted|planned|target\w*|quotas?|capacity|before|pre-\w+|prior|levels?"
    r"|recover\w*|restor\w*|rehir\w*|back)\b",
    re.IGNORECASE,
)
# A percentage that is the complement of an amount ("revenue was 140% of the next three companies"; "pays 120% of
# workers"): a ratio of amounts, not a count of members. Hedges between the verb and the figure are skipped.
_COMPLEMENT = re.compile(
    r"\b(?:is|was|are|were|be|been|being|equal\w*|equivalent\s+to|reach\w*|amount\w*\s+to|represent\w*|stood\s+at|at"
    r"|pays?|paid|earn\w*|costs?|worth|cover\w*|match\w*)\s+(?:(?:about|around|nearly|almost|roughly|some|over|just"
    r"|only|more\s+than|less\s+than|close\s+to|up\s+to)\s+)?$",
    re.IGNORECASE,
)


@finder("shares_of_people")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for claim in ctx.claims:
        if claim.quantity.kind != QuantityKind.PERCENT or claim.change is not None or claim.quantity.is_range:
            continue
        after = ctx.text[claim.span[1] : min(claim.sentence_span[1], claim.span[1] + 80)]
        match = _OF_GROUP.match(after)
        if match is None or claim.quantity.value <= 100:
            continue  # a share within its group says nothing more than the figure: only one past it is recorded
        if _OUTRUN.search(ctx.text, *claim.sentence_span):
            continue
        if _COMPLEMENT.search(ctx.text[max(claim.sentence_span[0], claim.span[0] - 40) : claim.span[0]]):
            continue
        span = (claim.span[0], claim.span[1] + match.end())
        group = " ".join(ctx.text[claim.span[1] + match.start() : span[1]].split()[1:])
        yield Relation(
            kind=RelationKind.SHARES,
            members=[Member(role="share", claim=claim.id)],
            evidence=stated_together(
                ctx, [claim], [cue(ctx, span, "a share of a group of members")], tie=Tie.STRUCTURE
            ),
            reason=f"{show(claim)} of {group} counts members of that group, so it is at most all of them",
            params={"exhaustive": False, "whole": f"group ({group})", "counts": {claim.id: 1}},
        )
