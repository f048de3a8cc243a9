"""Shares laid out as a structure: one line list under an intro, and the answers to one poll question."""

from __future__ import annotations

import itertools
import re

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.extraction.changes import DOWN, UP
from factcheck.quantity import QuantityKind
from factcheck.relations.evidence import cue
from factcheck.relations.shares_reading import period_of
from factcheck.relations.shares_words import ANSWER, FORECAST, INTRO, REST, Share, Whole

# line lists and poll answers -----------------------------------------------------------


def line_lists(ctx: ArticleContext) -> list[tuple[list[Share], str]]:
    """ "Traffic by system:" then "iOS — 57 percent" lines, or "• Chrome 61.1% (4.78% decrease)" bullets under
    "the top five browsers:": one whole per intro."""
    lists: list[tuple[list[Share], str]] = []
    offset = 0
    current: list[Share] = []
    intro = ""
    for line in ctx.text.split("\n"):
        start = offset
        offset += len(line) + 1
        if not line.strip() and current:
            continue  # a blank line between the items of one list
        share = _list_item(ctx, line, start, intro)
        if share is not None:
            current.append(share)
            continue
        if current and INTRO.search(intro):
            lists.append((current, intro))
        current = []
        intro = line.strip()
    if current and INTRO.search(intro):
        lists.append((current, intro))
    return lists


def _list_item(ctx: ArticleContext, line: str, start: int, intro: str) -> Share | None:
    """One line that is a label and its percentage, and nothing else but a bracketed aside."""
    claims = [c for c in ctx.claims_in(start, start + len(line)) if c.span[1] <= start + len(line)]
    if not claims or claims[0].quantity.kind != QuantityKind.PERCENT or claims[0].change is not None:
        return None
    claim = claims[0]
    if not re.fullmatch(r"\s*(?:\([^()]*\))?\s*", line[claim.span[1] - start :]):
        return None  # only a bracketed aside may follow: "(4.78% decrease)"
    label = _LIST_LABEL.fullmatch(line[: claim.span[0] - start])
    if label is None:
        return None
    holder = (label.group("a") or label.group("b") or "").strip()
    if not holder:
        return None
    return Share(
        claim=claim,
        whole=Whole("", frozenset(), intro),
        holder=holder,
        named=holder[:1].isupper() or bool(re.match(r"[a-z]{1,2}[A-Z]", holder)),
        scope=None,
        period=None,
        forecast=False,
        cue=cue(ctx, (start, start + len(line)), "a line of a breakdown"),
        rest=bool(REST.search(holder)),
        item_start=start,
        sentence=ctx.sentence_index(claim.span[0]),
    )


# "iOS — ", "• Google Chrome ", "- Alpha: ": a label, with a separator or after a bullet.
_LIST_LABEL = re.compile(
    r"\s*(?:(?:[•*·▪‣–-]\s*)(?P<a>[^\n—–:|\d%]{1,40}?)\s*(?:—|–|:|\||\s-)?|(?P<b>[^\n—–:|\d%]{1,40}?)\s*(?:—|–|:|\||\s-))\s*"
)


_CONTEST = re.compile(
    r"\b(?:leads?|leading|led|trails?|trailing|trailed|beats?|beating|defeated|won|wins|winning|breaks?|broke|splits?"
    r"|favou?rs?|favou?red|edges?|edged|tops?|topped|versus|vs\.?|against"
    # the loser's side of a result: "lost the primary to Roe 53% to 47%", "lost his seat to Doe"
    r"|lost|loses|losing|defeats|defeating|ousted|unseated|outpolled"
    # a standing rather than a verb: "has Roe ahead 48% to 31%", "puts Doe behind ...", "a statistical tie, 41% to 40%"
    r"|ahead|behind|tied?|deadlocked|neck[\s-]and[\s-]neck)\b",
    re.I,
)


def _moves(text: str) -> bool:
    """Whether a word of rise or fall stands in ``text``: "top" and "leading" also name a rank ("the top five
    banks", "the leading lender"), and a rank followed by a move is no race."""
    return any(w.lower() in _MOVE_WORDS for w in re.findall(r"[A-Za-z]+", text))


_MOVE_WORDS = frozenset(w for w in UP | DOWN if not _CONTEST.fullmatch(w))


def _answer_share(ctx: ArticleContext, claim: Claim, word: str) -> Share:
    return Share(
        claim=claim,
        whole=Whole("answers", frozenset(), "the answers to one question"),
        holder=word,
        named=True,
        scope=None,
        period=period_of(ctx, claim),
        forecast=False,
        cue=cue(ctx, tuple(claim.span), f"answer “{word}”"),  # type: ignore[arg-type]
        sentence=ctx.sentence_index(claim.span[0]),
    )


def poll_answers(ctx: ArticleContext, claims: list[Claim]) -> list[list[Share]]:
    """The answers to one poll question in one sentence: "38 percent approval, 56 percent disapproval",
    "approval/disapproval was 37/59", "45%/47% approval/disapproval", "Trump leads Clinton 47% to 36%"."""
    pairs = _slash_pairs(ctx, claims) or _contest_pairs(ctx, claims)
    if pairs:
        return pairs
    found = _answer_words(ctx, claims)
    return [found] if found else []


def _slash_pairs(ctx: ArticleContext, claims: list[Claim]) -> list[list[Share]]:
    found: list[list[Share]] = []
    words: tuple[str, str] | None = None
    for a, b in itertools.pairwise(claims):
        if ctx.text[a.span[1] : b.span[0]].strip() != "/":
            continue
        lead = ctx.text[max(a.sentence_span[0], a.span[0] - 60) : a.span[0]]
        after = ctx.text[b.span[1] : min(b.sentence_span[1], b.span[1] + 40)]
        slash = re.search(r"\b([a-z]+)\s*/\s*([a-z]+)\b[^.;\d]{0,20}$", lead, re.I) or re.match(
            r"^\s*(?:percent|%)?\s*([a-z]+)\s*/\s*([a-z]+)\b", after, re.I
        )
        if slash is not None:
            first, second = ANSWER.fullmatch(slash.group(1)), ANSWER.fullmatch(slash.group(2))
            if first and second and _polarity(first) != _polarity(second):
                words = (slash.group(1), slash.group(2))
        if words is not None:  # "... 45%/47% approval/disapproval ratings and is currently at 39%/55%"
            found.append([_answer_share(ctx, a, words[0]), _answer_share(ctx, b, words[1])])
    return found


def _contest_pairs(ctx: ArticleContext, claims: list[Claim]) -> list[list[Share]]:
    """ "Trump leads Clinton 47% to 36%", "independents break 27% to 22% for Perdue": one race, two sides."""
    found = []
    for a, b in itertools.pairwise(claims):
        if any(c.change is not None or c.quantity.kind != QuantityKind.PERCENT or c.quantity.is_range for c in (a, b)):
            continue
        if not re.fullmatch(r"\s*(?:percent|per\s*cent)?\s*(?:to|-|–)\s*", ctx.text[a.span[1] : b.span[0]], re.I):
            continue
        lead = ctx.text[max(a.sentence_span[0], a.span[0] - 50) : a.span[0]]
        contest = list(_CONTEST.finditer(lead))
        if not contest or re.search(r"\bfrom\b|\bbetween\b", lead, re.I) or FORECAST.search(lead):
            continue
        if _moves(lead[contest[-1].end() :]):
            continue  # "the leading insurers' cost ratio climbed a steep 9% to 61%": a move, then its level
        found.append([_answer_share(ctx, a, "the first side"), _answer_share(ctx, b, "the second side")])
    return found


def _answer_words(ctx: ArticleContext, claims: list[Claim]) -> list[Share]:
    """ "38 percent approval, 56 percent disapproval", "48% approve while 45% disapprove": one answer of each kind."""
    found: list[tuple[str, Claim, str]] = []
    population: set[str] = set()
    for claim in claims:
        if claim.change is not None or claim.quantity.kind != QuantityKind.PERCENT:
            continue
        after = ctx.text[claim.span[1] : min(claim.sentence_span[1], claim.span[1] + 60)]
        before = ctx.text[max(claim.sentence_span[0], claim.span[0] - 40) : claim.span[0]]
        match = re.match(
            r"^\s*(?:percent|per\s*cent|%)?\s*(?:\(\d+%?\)\s*)?(?:(?:of|among)\s+(?P<who>[\w\s-]{1,30}?)\s+)?"
            r"(?:(?:say|said|now|at\s+least|somewhat|strongly|were|are|statewide|nationally|overall)\s+){0,3}"
            rf"(?P<word>{ANSWER.pattern})",
            after,
            re.I,
        )
        word = None
        if match and ANSWER.fullmatch(match.group("word").strip()):
            word = match.group("word").strip()
            if match.group("who"):
                population.add(match.group("who").lower())
        else:
            lead = re.search(r"\b([a-z]+)\s+(?:rating\s+)?(?:had\s+)?(?:reached|of|at|was|is|to|stood\s+at)\s*$",
                             before, re.I)  # fmt: skip
            if lead and ANSWER.fullmatch(lead.group(1)):
                word = lead.group(1)
        if word:
            found.append((_polarity(ANSWER.fullmatch(word)), claim, word))  # type: ignore[arg-type]
    if len(population) > 1:
        return []  # "52% of men approve, 40% of women disapprove": two groups of people
    polarities = [p for p, _, _ in found]
    if polarities.count("pos") != 1 or polarities.count("neg") != 1 or polarities.count("none") > 1:
        return []
    return [_answer_share(ctx, claim, word) for _, claim, word in found]


def _polarity(match: re.Match[str]) -> str:
    return "neg" if match.group("neg") else "pos" if match.group("pos") else "none"
