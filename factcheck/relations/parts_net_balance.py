"""A net balance: the share on one side of a question less the share on the other.

Poll and survey copy reduces two opposite answers to one signed figure: "41% approve and 27% disapprove, a net
approval rating of +14", "37% of firms expect higher prices and 12% lower, a balance of +25", "31% trust the
council while 52% distrust it, a net score of -21". The net figure is the positive side less the negative side
(``absolute_change`` with form ``net``: from the negative share, to the positive share, delta the net figure).

Two layouts are read:

* one sentence: one share of each side, then the net figure named as such ("net ...", "a balance of", an
  approval or confidence index). The words tie them.
* a series: a sentence with two shares of one side (from one date to another), a sentence with two shares of the
  other side, then a sentence with two net figures, read in order (the first net figure from the first share of
  each side). Certain only when the net figures' sentence refers back to the shares ("Those numbers put the
  index at ...", "That gives ..."); otherwise indeterminate.

A side is read from the answer's word next to its share (approve/disapprove, support/oppose, optimistic/
pessimistic, better/worse, higher/lower ...). Shares of two groups of people ("of men ... of women") or of two
strengths ("strongly approve" against "disapprove") are different wholes and are not paired. A net figure
printed without a sign is compared by its size.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext, per_claim
from factcheck.figures import show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Relation, RelationKind
from factcheck.relations import finder
from factcheck.relations.changes import roles
from factcheck.relations.evidence import cue, periods, stated_together

_NEG = (
    r"disapprov\w*|oppos\w*|against|unfavou?rabl\w*|disagree\w*|dissatisf\w*|pessimis\w*|negative\w*|worse"
    r"|lower|deteriorat\w*|decreas\w*|fall(?:ing)?|distrust\w*|no"
)
_POS = (
    r"approv\w*|support\w*|in\s+favou?r|favou?rabl\w*|agree\w*|satisf\w*|optimis\w*|positive\w*|better"
    r"|higher|improv\w*|increas\w*|ris(?:e|ing)|trust\w*|yes"
)
_SIDE = re.compile(rf"\b(?:(?P<neg>{_NEG})|(?P<pos>{_POS}))\b", re.IGNORECASE)
_SIDE = gated(_SIDE)  # tried on every figure's window, seldom matching there
# Between a share and its answer word: "of firms expected", "said they", "strongly".
_TO_WORD = re.compile(
    r"^\s*\)?\s*(?:percent|per\s*cent)?\s*(?:(?P<who>(?:of|among)\s+[\w\s-]{1,30}?)\s+)?"
    r"(?:(?:say|said|says|they|now|were|are|was|is|expect(?:ed|s)?|report(?:ed|s)?|see|saw|felt|feel|strongly"
    r"|somewhat|at\s+least|think|thought|it|its|an?|the|to|be|would|will|prices?|conditions?)\s+){0,4}$",
    re.IGNORECASE,
)
# "'strongly disapprove' (47%)", "support the levy (33%)": the answer and at most its object, then the share.
_WORD_BEFORE = re.compile(
    rf"\b(?:(?P<neg>{_NEG})|(?P<pos>{_POS}))[\"'”’]?(?:\s+(?:of\s+)?(?:the|this|that|his|her|its|their)\s+[\w-]+)?"
    r"[\"'”’\s:(]{0,4}$",
    re.IGNORECASE,
)
_WORD_BEFORE = gated(_WORD_BEFORE)  # tried on every figure's window, seldom matching there
_STRENGTH = re.compile(r"\b(?:strong(?:ly)?|somewhat|very)\b", re.IGNORECASE)
# The net figure's name, right before it: "a net approval rating of", "a balance of", "the approval index at".
_NET_NAME = re.compile(
    r"\b(?:net\s+(?:[\w-]+\s+){0,2}?(?:of|at|to|was|is|stood\s+at)?|(?:net\s+)?balance\s+(?:of|at|to|was|is)"
    r"|(?:approval|confidence|sentiment|optimism|satisfaction|favou?rability)\s+index\b[^.;%\d]{0,40}?"
    r"(?:of|at|to|was|is|from)?)\s*[+\-−]?\s*$",
    re.IGNORECASE,
)
_NET_NAME = gated(_NET_NAME)  # tried on every figure's window, seldom matching there
# The net figures' sentence refers to the shares of the sentences before it.
_BACK = re.compile(
    r"^\W*(?:(?:those|these|the)\s+(?:numbers|figures|results|readings|shares|findings)\b"
    r"|(?:that|this|which)\s+(?:gives?|puts?|translates?|means?|leaves?|brings?|makes?)\b|taken\s+together\b)",
    re.IGNORECASE,
)
# Between the shares and the net figure: a forecast, another date or another group makes it another net figure.
_OTHER = re.compile(
    r"\b(?:expect\w*|forecasts?|forecaster\w*|project\w*|predict\w*|targets?|will|would|could|may|might|ago|earlier"
    r"|previous\w*|prior|last\s+(?:year|month|week|quarter|time)|(?:19|20)\d\d|among|though|although|whereas"
    r"|another|other\s+(?:polls?|surveys?)|(?:spring|summer|autumn|fall|winter)\s+(?:polls?|surveys?))\b",
    re.IGNORECASE,
)
_NET_KINDS = (QuantityKind.NUMBER, QuantityKind.PERCENT)


def side_of(ctx: ArticleContext, claim: Claim) -> tuple[str, str, bool] | None:
    """The answer a share stands for: its side, the group it is of, and whether a strength qualifies it."""
    read = read_answer(ctx, claim)
    return None if read is None else read[:3]  # type: ignore[return-value]


def read_answer(ctx: ArticleContext, claim: Claim) -> tuple[str, str, bool, bool] | None:
    """:func:`side_of`, and whether the answer word is printed beside the share (not only its measure's name)."""
    if claim.change is not None or claim.quantity.kind != QuantityKind.PERCENT or claim.quantity.is_range:
        return None
    return _read_answer(ctx, claim)


@per_claim  # asked of every share by three finders (net balances, answer comparisons, intensities)
def _read_answer(ctx: ArticleContext, claim: Claim) -> tuple[str, str, bool, bool] | None:
    nxt = ctx.claim_after(claim)
    stop = min(claim.sentence_span[1], nxt.span[0] if nxt else claim.sentence_span[1], claim.span[1] + 60)
    after = ctx.text[claim.span[1] : stop]
    for hit in _SIDE.finditer(after):
        lead = _TO_WORD.match(after[: hit.start()])
        if lead is None:
            continue
        who = (lead.group("who") or "").lower().split()
        strong = bool(_STRENGTH.search(after[: hit.start()]))
        return ("neg" if hit.group("neg") else "pos", " ".join(who[1:]), strong, True)
    before = ctx.text[max(claim.sentence_span[0], claim.span[0] - 150) : claim.span[0]]
    # "more people 'strongly disapprove' (47%)": the answer printed right before its share
    word = _WORD_BEFORE.search(before)
    if word is not None:
        return ("neg" if word.group("neg") else "pos", "", bool(_STRENGTH.search(before[-40:])), True)
    measure = (claim.measure or "").lower()
    if measure in ("approval", "disapproval"):
        # "the share answering strongly approve slid from 51% to 36%": the strength is said once, before both
        return ("neg" if measure == "disapproval" else "pos", "", bool(_STRENGTH.search(before)), False)
    return None


def _same_whole(a: tuple[str, str, bool], b: tuple[str, str, bool]) -> bool:
    """Two answers of one group at one strength: a group named for one side only is the other's too."""
    return a[2] == b[2] and (not a[1] or not b[1] or a[1] == b[1])


def _net(ctx: ArticleContext, claim: Claim) -> re.Match[str] | None:
    if claim.quantity.kind not in _NET_KINDS or claim.quantity.is_range or claim.change is not None:
        return None
    return _net_name(ctx, claim)


@per_claim  # asked again of a figure for every group and neighbour it is weighed in
def _net_name(ctx: ArticleContext, claim: Claim) -> re.Match[str] | None:
    start = max(claim.sentence_span[0], claim.span[0] - 70)
    return _NET_NAME.search(ctx.text[start : claim.span[0]])


def _signed(ctx: ArticleContext, claim: Claim) -> bool:
    """Whether the net figure's sign is printed: "+14", "-21", "minus 21", "plus 14"."""
    if claim.quantity.value < 0:
        return True
    before = ctx.text[max(0, claim.span[0] - 7) : claim.span[0]]
    return bool(re.search(r"(?:[+\-−]|\b(?:plus|minus)\s+)$", before, re.IGNORECASE))


def _relation(
    ctx: ArticleContext, pos: Claim, neg: Claim, net: Claim, name: re.Match[str], offset: int, *, series: bool
) -> Relation:
    doubts: list[str] = []
    if not series and net.period is not None and periods([pos, neg, net]) != Agreement.AGREE:
        doubts.append("the net figure is dated and the shares are not, or differently")
    if series and not _BACK.match(ctx.text[net.sentence_span[0] : net.span[0]]):
        doubts.append("the net figures' sentence does not say they come from the shares before it")
    evidence = stated_together(
        ctx,
        [pos, neg, net],
        [cue(ctx, (offset + name.start(), offset + name.end()), "a net balance: one side less the other")],
        levels=[neg, pos],
        unit=Agreement.AGREE,
        period=Agreement.AGREE,
        doubts=doubts,
    )
    return Relation(
        kind=RelationKind.ABSOLUTE_CHANGE,
        members=roles(delta=net, from_=neg, to=pos),
        evidence=evidence,
        reason=f"{show(net)} is named a net figure: the {show(pos)} on one side less the {show(neg)} on the other",
        params={"form": "net", "unsigned": not _signed(ctx, net)},
        spans=[(offset + name.start(), offset + name.end())],
    )


def _one_sentence(ctx: ArticleContext, claims: list[Claim]) -> Iterator[Relation]:
    for i, net in enumerate(claims):
        name = _net(ctx, net)
        if name is None:
            continue
        sides = [(c, s) for c in claims[:i] if (s := side_of(ctx, c)) is not None]
        pos = [(c, s) for c, s in sides if s[0] == "pos"]
        neg = [(c, s) for c, s in sides if s[0] == "neg"]
        if len(pos) != 1 or len(neg) != 1 or not _same_whole(pos[0][1], neg[0][1]):
            continue  # two answers of one side, or two groups of people, or two strengths
        first, second = sorted((pos[0][0], neg[0][0]), key=lambda c: c.span[0])
        tail = ctx.text[second.span[1] : net.span[0]]
        clause = tail[max(tail.rfind(","), tail.rfind(";"), tail.rfind(":")) + 1 :]
        # The answers themselves may say "expected higher prices": the net figure's own clause is what is read.
        if re.search(r"\bamong\b", ctx.text[first.span[1] : second.span[0]], re.IGNORECASE) or _OTHER.search(clause):
            continue  # "while among women", "analysts expect a net rating of +20", "a year ago it was +9"
        offset = max(net.sentence_span[0], net.span[0] - 70)
        yield _relation(ctx, pos[0][0], neg[0][0], net, name, offset, series=False)


def _series(ctx: ArticleContext, groups: list[list[Claim]], k: int) -> Iterator[Relation]:
    """Two shares of each side in the two sentences before two net figures, paired in order."""
    if k < 2 or ctx.sentences_apart(groups[k - 2][0], groups[k][0]) != 2:
        return
    nets = [(c, m) for c in groups[k] if (m := _net(ctx, c)) is not None or _net_follows(ctx, groups[k], c)]
    if len(nets) != 2 or nets[0][1] is None:
        return
    found: dict[str, list[Claim]] = {}
    reading: set[tuple[str, bool]] = set()
    for claims in groups[k - 2 : k]:
        percents = [c for c in claims if c.quantity.kind == QuantityKind.PERCENT]
        read = [side_of(ctx, c) for c in percents]
        if len(percents) != 2 or any(s is None for s in read) or len({s[0] for s in read if s}) != 1:
            return
        side = read[0]
        assert side is not None
        found[side[0]] = percents
        reading |= {s for s in read if s}
    if set(found) != {"pos", "neg"} or any(not _same_whole(a, b) for a in reading for b in reading):
        return
    if _OTHER.search(ctx.text[nets[0][0].sentence_span[0] : nets[0][0].span[0]]):
        return  # "Forecasters expect the index at ..."
    name = nets[0][1]
    offset = max(nets[0][0].sentence_span[0], nets[0][0].span[0] - 70)
    for j, (net, _) in enumerate(nets):
        yield _relation(ctx, found["pos"][j], found["neg"][j], net, name, offset, series=True)


def _net_follows(ctx: ArticleContext, claims: list[Claim], claim: Claim) -> bool:
    """The second net figure of a move: "... index declined from +18 in May to -6 in June"."""
    if claim.quantity.kind not in _NET_KINDS or claim.change is not None:
        return False
    earlier = [c for c in claims if c.span[1] <= claim.span[0]]
    if len(earlier) != 1 or _net(ctx, earlier[0]) is None:
        return False
    between = ctx.text[earlier[0].span[1] : claim.span[0]]
    return bool(re.search(r"\b(?:to|and)\b", between)) and len(between) < 40


@finder("parts_net_balance")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    groups = list(ctx.sentence_groups().values())
    for k, claims in enumerate(groups):
        yield from _one_sentence(ctx, claims)
        yield from _series(ctx, groups, k)
