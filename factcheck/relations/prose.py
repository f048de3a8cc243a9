"""How news prose ties figures together: the words between two figures of one sentence.

Reporters tie a change to its levels with a small grammar that holds across
desks and topics: "rose 5% to $11 from $10", "$11, up 5% from $10", "fell 120.32,
or 1.2 percent, to 10,349.93", "£58.5m (2001: £52.0m) +12.4%", "to 4.1 percent
from 4.2 percent", "$27.8 million, short of estimates of $29.4 million". Each
:class:`Link` here is one such tie between two figures, read from the words
between them (and the few words before the first). Links never cross a clause
break, so everything a link joins is said in one breath; the finders build
relations out of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property, lru_cache

from factcheck.claim import ChangeKind, Claim
from factcheck.context import ArticleContext, per_claim
from factcheck.extraction.measures import MEASURE_WORD
from factcheck.figures import RATE_KINDS, is_level, is_rate_level, same_family, same_unit
from factcheck.literals import gated
from factcheck.quantity import QuantityKind


class LinkKind(StrEnum):
    FROM_TO = "from_to"  # a is the start, b the end: "from 20.2 million to 29.9 million"
    TO_FROM = "to_from"  # a is the end, b the start: "to $496.2 million from $506.3 million", "$5, up from $4"
    CHANGE_TO = "change_to"  # a change, then its end: "rose 18 percent to $10.43 billion"
    CHANGE_FROM = "change_from"  # a change, then its start: "grew 9 per cent from Rs 1,200 crore"
    LEVEL_CHANGE = "level_change"  # an end level, then its change: "$38.4 billion, up 8 percent"
    START_CHANGE = "start_change"  # a start level, then the change that left it: "from 9 HK cents ... down 33%"
    RESTATED = "restated"  # one move in two units: "fell 120.32, or 1.2 percent"
    PRIOR_NOTE = "prior_note"  # a level, then its prior in brackets: "£58.5m (2001: £52.0m)"
    NOTE_CHANGE = "note_change"  # the bracketed prior, then the change: "(2001: £52.0m) +12.4%"
    RATE_FROM = "rate_from"  # a growth rate, then the earlier rate it is set against: "6.7%, a slowdown from 11.8%"
    THEN_TO = "then_to"  # a level, then where it is said to move: "was 6.5% in 2012 and is projected to fall to 4.4%"
    PAIR_PERCENT = "pair_percent"  # a level of a move, then a bare percentage restating it: "from 16.9m, or 4.4%"
    ESTIMATE = "estimate"  # an actual, then the estimate it is set against: "$27.8m, short of estimates of $29.4m"


@dataclass(frozen=True)
class Link:
    kind: LinkKind
    a: Claim
    b: Claim
    cue: str  # the words that tie them, as printed
    cue_span: tuple[int, int]


# Words that may sit between a preposition and its figure: "from a revised $207,900", "from last year's 31.08".
_DET = (
    r"(?:(?:the|a|an|its|their|his|her|this|that|last\s+year['’]?s|the\s+previous\s+\w+['’]s|\w+['’]s|a\s+year\s+earlier"
    r"|year[- ]ago|year[- ]earlier|prior[- ]year|same[- ]period|previous|prior|preceding|revised|upwardly|downwardly"
    r"|initial|initially\s+reported|original|originally\s+reported|preliminary|earlier|record|estimated|unrevised"
    r"|reported|seasonally\s+adjusted|adjusted|total|average|new|fresh|multi-year|all-time|high\s+of|low\s+of|level\s+of|figure\s+of"
    r"|total\s+of|loss\s+of|profit\s+of|deficit\s+of|surplus\s+of|gain\s+of|an?\s+\w+[- ]year\s+(?:high|low)\s+of"
    # "from yesterday's Nasdaq close of $217.50", "against the previous closing level of"
    r"|(?:[\w’'.&-]+\s+){0,3}(?:close|closing(?:\s+(?:price|level))?|level|price|figure|reading|mark|value|total|high"
    r"|low|peak|record|estimate|forecast|rate|pace|tally|count|shortfall|deficit|surplus|amount|sum)\s+(?:of|at)"
    # "up from its prior dividend of", "against last year's profit of"
    r"|(?:prior|previous|earlier|last|year[- ]ago|old|original|initial|former|preceding)\s+(?:[\w-]+\s+){0,2}?(?:of|at)"
    r"|(?:posted|reported|recorded|booked|seen|registered)(?:\s+(?:in|for|during)\s+[\w\s-]{0,25}?)?)\s+)"
)
_HEDGE = (
    r"(?:(?:around|about|nearly|almost|roughly|some|over|more\s+than|less\s+than|fewer\s+than|under|just"
    r"(?:\s+(?:over|under|shy\s+of|below|above))?|approximately|an?\s+estimated|close\s+to|up\s+to|at\s+least"
    r"|as\s+(?:much|many|high|low)\s+as|a\s+little\s+(?:over|under|more\s+than|less\s+than))\s+)"
)
_CURRENCY_WORD = r"(?:(?:Rs\.?|INR|USD|US|EUR|GBP|SGD|HK|S|A|C|NZ|RM|R|Rp|Rupees?|¥|₹|£|€|\$)\s*)"
_TAIL = rf"\s*{_DET}{{0,3}}{_HEDGE}?(?:{_CURRENCY_WORD})?$"

# "$46 and profit was above ...", "and revenue topped ...": "and" opening a clause whose subject names a measure of
# its own; what that clause compares or moves is its subject's figure, not the one before "and".
_AND_MEASURE_CLAUSE = (
    rf"\band\s+(?:[a-z][\w’'-]*\s+){{0,2}}?(?<![A-Za-z])(?:{MEASURE_WORD})\s+(?:(?:also|still|then|too)\s+)?"
    r"(?:was|were|is|are|came\s+in|rose|fell|grew|jumped|climbed|dropped|declined|slipped|slid|gained|increased"
    r"|decreased|edged|topped|beat|missed|exceeded|reached|hit|stood|totall?ed|amounted|trailed|lagged)\b"
)
_CLAUSE_BREAK = re.compile(
    rf"{_AND_MEASURE_CLAUSE}|"
    r";|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bthough\b|,\s+and\b|,\s+with\b|\band\s+(?:the|its|a|an)\s"
    # "a 12% rise – to 168 from 150": a dash right before the move's end (the gap stops at that figure) sets
    # the ends off; one before other words opens another clause. An en dash between two words ("April–June",
    # "Paris–Berlin") joins them, as a hyphen does.
    # "— slightly up from", "– marginally down on": a degree word may stand between the dash and the direction
    r"|(?:—|(?<![A-Za-z])–|–(?![A-Za-z])|\s--)(?!\s*(?:(?:slightly|sharply|marginally|modestly|somewhat|a\s+(?:little"
    r"|bit|touch|tad))\s+)?(?:up|down|an?\s+(?:increase|decrease|rise|fall|drop|gain|decline))\b)"
    rf"(?!\s*(?:to|from)\s+{_HEDGE}?{_CURRENCY_WORD}?$)|\bhowever\b"
    r"|\bmeanwhile\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = gated(_CLAUSE_BREAK)  # tried on the clause around every figure: most clauses hold none of its words
_UP_WORDS = (
    r"up|rose|rise|rises|risen|rising|increased|increase|increases|increasing|climbed|climbs|jumped|jumps|grew|grows"
    r"|growing|grown|gained|gains|surged|surges|soared|soars|rocketed|advanced|advances|picked\s+up|ticked\s+up"
    r"|edged\s+up|moved\s+up|went\s+up|rebounded|improved|higher|widened|expanded|accelerated|boosted|raised|added"
    r"|quickened|strengthened|firmed|recovered|rallied|spiked|swelled|doubled|tripled|leapt|leaped|ballooned|zoomed"
    r"|tacked\s+on|upwards?"
)
_DOWN_WORDS = (
    r"down|fell|fall|falls|fallen|falling|declined|decline|declines|declining|dropped|drops|decreased|decrease"
    r"|decreases|slipped|slips|slumped|slumps|plunged|plunges|plummeted|tumbled|tumbles|sank|sinks|slid|slides|eased"
    r"|eases|sliding|downwards?|edged\s+down|ticked\s+down|went\s+down|shrank|shrinks|shrunk|contracted|lower|narrowed|dipped|dips|lost|loses"
    r"|cut|reduced|retreated|weakened|decelerated|slowed|moderated|cooled|softened|halved|shed|tumbled|sagged"
    r"|skidded|tanked|dived|nosedived|slashed|trimmed|receded|depreciated"
    r"|descended|stumbled|surrendered|sputtered|(?:gave|give|gives|giving|given)\s+up"
    # Indian business copy's "de-grew" and "de-growth": a fall, though "grew" stands inside it.
    r"|de-grew|de-growth"
)
# "up" and "down" as the particle of a verb that moves nothing: "coffee, which made up a third of exports of $4.1
# billion against $4.6 billion", "plug-ins now make up 30%", "the survey broke down revenue into segments", "the
# plant was shut down". One look-behind per verb form (a look-behind has one width).
_NOT_A_MOVE_UP = ("made", "make", "makes", "making", "take", "takes", "took", "taken", "taking", "set", "sets",
                  "setting", "sign", "signs", "signed", "signing", "sum", "sums", "summed", "wrap", "wraps", "wrapped",
                  "line", "lines", "lined", "draw", "draws", "drew", "drawn", "tie", "ties", "tied",
                  "gave", "give", "gives", "giving", "given")  # fmt: skip
_NOT_A_MOVE_DOWN = ("broke", "broken", "break", "breaks", "breaking", "shut", "shuts", "shutting", "turned", "turn",
                    "turns", "played", "play", "plays", "stepped", "step", "steps", "stepping", "cracked", "crack",
                    "handed", "hand", "track", "tracked", "pin", "pinned")  # fmt: skip
# The word is matched first, so the look-behinds are tried only where an "up" or a "down" stands.
_PARTICLE_UP = r"(?=up\b)" + "".join(rf"(?<!\b{verb}\s)" for verb in _NOT_A_MOVE_UP) + r"up"
_PARTICLE_DOWN = r"(?=down\b)" + "".join(rf"(?<!\b{verb}\s)" for verb in _NOT_A_MOVE_DOWN) + r"down"
# Lower case, or capitalised only to start a sentence: "Gross Value Added" names a measure, not a move.
DIRECTION_WORD = re.compile(
    rf"(?:(?<=[.!?]\s)|(?<=^)|(?<=\n)|(?-i:(?=[a-z])))(?<!de-)\b(?:(?P<up>{_PARTICLE_UP}|{_UP_WORDS.removeprefix('up|')})"
    rf"|(?P<down>{_PARTICLE_DOWN}|{_DOWN_WORDS.removeprefix('down|')}))\b",
    re.IGNORECASE,
)

# The words before a start: "from", "compared with", "against", "versus", "as against", "over last year's".
_START_LEAD = re.compile(
    rf"\b(?:from|compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|as\s+against|against|versus|vs\.?"
    rf"|relative\s+to|over(?=\s+(?:the|last|a|its|\w+['’]s)\b)"
    # "after it had closed at $41.20 on Friday", "its prior close of"
    rf"|after\s+(?:having\s+)?(?:closed|finished|ended|settled)\s+(?:at|on)"
    rf"|(?:previous|prior|last|yesterday['’]s|\w+day['’]s)\s+(?:close|closing(?:\s+(?:price|level))?)\s+(?:of|at)){_TAIL}",
    re.IGNORECASE,
)
_START_LEAD = gated(_START_LEAD)  # tried on every figure's window, seldom matching there
# "Compared to the first half of last year, which saw 42,800 sales", "down from the year-ago quarter, when it shipped
# 3,100": the period compared with, and its figure.
_COMPARED_WHICH = re.compile(
    r"\b(?:compared\s+(?:with|to)|as\s+against|against|versus|(?:up|down)\s+from)\s+(?:the|last|a)\b[^,.;:!?\d]{0,50}"
    r",\s*(?:which|when)"
    r"\s+(?:\w+\s+)?(?:saw|witnessed|recorded|registered|had|posted|reported|logged|totall?ed|numbered|stood\s+at"
    r"|came\s+to|reached|shipped|sold)\s+$",
    re.IGNORECASE,
)
_COMPARED_WHICH = gated(_COMPARED_WHICH)  # tried on every figure's window, seldom matching there
_FROM_LEAD = re.compile(rf"\bfrom{_TAIL}", re.IGNORECASE)
_FROM_LEAD = gated(_FROM_LEAD)  # tried on every figure's window, seldom matching there
_END_LEAD = re.compile(rf"\b(?:to|at|reaching|hitting|hit){_TAIL}", re.IGNORECASE)
# "<figure>, similar to last year", "in line with the prior year": a comparison word before the date makes the
# figure the current one, compared with the year before, not the year before's own figure.
_BASELINE_GAP = re.compile(
    r"\b(?:from|over|versus|vs\.?|compared\s+(?:with|to)|against|on|(?:similar|equal|identical|close|comparable)\s+to"
    r"|in\s+line\s+with|level\s+with|consistent\s+with|same\s+as|than)\s+(?:the\s+)?(?:a\s+year|year|same|corresponding|prior"
    r"|previous|last|a\s+quarter|a\s+month|preceding|comparable)",
    re.IGNORECASE,
)
_PRIOR_AFTER = re.compile(
    r"^[^.;!?]{0,45}?\b(?:a\s+year\s+(?:earlier|ago|before)|(?:in|during|for)\s+the\s+(?:same|corresponding|year[- ]ago"
    r"|year[- ]earlier|year[- ]on|prior[- ]year|previous[- ]year|comparable)\s+(?:\w+\s+)?(?:period|quarter|month|half"
    r"|year|time)"
    r"|(?:in\s+)?the\s+(?:previous|prior|preceding)\s+(?:year|quarter|month|period|half)|last\s+year|a\s+year\s+before"
    r"|previously|(?:in\s+)?the\s+year[- ]ago|a\s+quarter\s+(?:earlier|ago)|a\s+month\s+(?:earlier|ago))\b",
    re.IGNORECASE,
)
_PRIOR_AFTER = gated(_PRIOR_AFTER)  # tried on every figure's window, seldom matching there
_ESTIMATE_WORDS = (
    r"estimates?|expectations?|expected|forecasts?|forecast(?:ed)?|consensus|anticipated|predicted|projected"
    r"|projections?|polled|surveyed|guidance|outlook|view|predictions?|target|had\s+(?:expected|forecast|predicted"
    r"|projected|estimated|anticipated)|were\s+expecting|had\s+been\s+expecting|analysts?"
)
_ESTIMATE_LEAD = re.compile(
    rf"\b(?:{_ESTIMATE_WORDS})\b[^.;!?\d$£€¥₹]{{0,50}}?(?:\b(?:of|for|at|was|were|is|had|to|called\s+for|expected"
    rf"|forecast)\b)?{_TAIL}",
    re.IGNORECASE,
)
# The estimate words alone: a lead without any cannot match _ESTIMATE_LEAD (which starts with one), and this
# search is far cheaper than that pattern's backtracking through its tail, so it is asked first.
_ESTIMATE_WORD = re.compile(rf"\b(?:{_ESTIMATE_WORDS})\b", re.IGNORECASE)
_ESTIMATE_WORD = gated(_ESTIMATE_WORD)  # tried on every figure's window, seldom matching there
_ESTIMATE_TRAIL = re.compile(rf"^\s*(?:\w+\s+){{0,2}}?(?:{_ESTIMATE_WORDS})\b", re.IGNORECASE)
_ESTIMATE_TRAIL = gated(_ESTIMATE_TRAIL)  # tried on every figure's window, seldom matching there
# A figure run straight into a comparison word and then an estimate word is how far a result stood from an
# estimate the text does not print ("$2.4 million below forecast", "$90 million larger than first projected"):
# it is neither the estimate nor a result set against a figure that follows.
_MARGIN_TO_ESTIMATE = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:above|below|over|under|ahead\s+of|short\s+of|shy\s+of|behind"
    r"|(?:more|less|fewer|higher|lower|larger|smaller|greater|bigger|better|worse|wider|narrower)\s+than)"
    rf"\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){{0,2}}?(?:{_ESTIMATE_WORDS})\b",
    re.IGNORECASE,
)
_MARGIN_TO_ESTIMATE = gated(_MARGIN_TO_ESTIMATE)  # tried on every figure's window, seldom matching there


def is_margin_to_estimate(ctx: ArticleContext, claim: Claim) -> bool:
    """ "$2.4 million below forecast": the figure is a result's distance from an unprinted estimate."""
    return bool(_MARGIN_TO_ESTIMATE.match(ctx.text, claim.span[1], min(claim.sentence_span[1], claim.span[1] + 60)))


def _mark_elsewhere(ctx: ArticleContext, a: Claim, b: Claim) -> bool:
    """ "$2.9 million above estimate, bringing the total to <b>": ``a`` is a miss from an estimate its words end on,
    and ``b`` comes after more words than "of" or "at" (which would make ``b`` that estimate)."""
    found = _MARGIN_TO_ESTIMATE.match(ctx.text, a.span[1], b.span[0])
    if found is None:
        return False
    rest = ctx.text[found.end() : b.span[0]]
    return "," in rest or len(rest.split()) > 2


# "topped estimates by $3 million": a figure right after "by" is how far apart two others are.
_BY_HEDGE = r"\bby\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|just\s+)?"
_BY_LEAD = re.compile(rf"{_BY_HEDGE}\S{{0,4}}$", re.I)
# "ran ahead of the forecast, coming in at <claim>": a clause after the estimate word brings in the result.
_RESULT_AFTER_COMMA = re.compile(
    r",\s*(?:[\w-]+\s+){0,2}?(?:coming|came|landing|landed|ending|ended|finishing|finished|reaching|reached"
    r"|totall?ing|totall?ed|arriving|arrived)\b",
    re.IGNORECASE,
)


_MARGIN_KINDS = RATE_KINDS | {QuantityKind.MONEY, QuantityKind.PER_UNIT}


def _margin_kind(claim: Claim) -> bool:
    # "expected by 14 of the 17 economists": after "by", a count names who expected, not a margin
    return claim.quantity.kind in _MARGIN_KINDS


def after_by(ctx: ArticleContext, claim: Claim) -> bool:
    """ "above forecast by <claim>": an amount or rate right after "by" is how far apart two others are."""
    return _margin_kind(claim) and bool(_BY_LEAD.search(lead(ctx, claim, 30)))


_BY_FIGURE = re.compile(rf"{_BY_HEDGE}(?:[$£€¥₹]|Rs\.?\s*)?(?:\d|$)", re.I)
_NOTE = re.compile(
    r"^\s*\(\s*(?:(?:FY\s?)?(?:19|20)?\d\d(?:/\d\d)?|prior\s+year|previous\s+year|last\s+year|PY|\d{4}\s+restated)\s*[:=]\s*"
    r"(?:[A-Za-z$£€¥₹]{1,4}\s*)?$",
    re.IGNORECASE,
)
_NOTE = gated(_NOTE)  # tried on every figure's window, seldom matching there


def lead(ctx: ArticleContext, claim: Claim, width: int = 90) -> str:
    """The words before a figure, within its sentence."""
    return ctx.text[max(claim.sentence_span[0], claim.span[0] - width) : claim.span[0]]


# "41 per 100,000 people", "three for every 1,000 births": the number after the word is the rate's denominator.
_DENOMINATOR = re.compile(r"\b(?:per|for\s+every|out\s+of\s+every)\s+$", re.IGNORECASE)
_DENOMINATOR = gated(_DENOMINATOR)  # tried on every figure's window, seldom matching there


def is_denominator(ctx: ArticleContext, claim: Claim) -> bool:
    """A rate's denominator ("per 100,000 residents"): it fixes the rate's unit and is no figure of its own, so it
    is never one end of a comparison, a change or a part."""
    return bool(_DENOMINATOR.search(lead(ctx, claim, 16)))


# "48,300 (± 700)", "46% (+/- 3 points)", "plus or minus 2,000", "a margin of error of 2.1 points": how far a survey
# or model estimate may be off, said beside it.
_ERROR_MARGIN = re.compile(
    r"(?:±|\+\s*/\s*[-−]|plus\s*/\s*minus|plus\s+or(?:\s+minus)?"
    r"|margin\s+of\s+error\s+(?:of|is|was|at)?)\s*(?:about\s+|around\s+|roughly\s+)?$",
    re.IGNORECASE,
)
_ERROR_MARGIN = gated(_ERROR_MARGIN)  # tried on every figure's window, seldom matching there


def is_error_margin(ctx: ArticleContext, claim: Claim) -> bool:
    """A figure's margin of error ("48,300 (± 700)"): it bounds the estimate beside it and is no level or end of a
    move of its own."""
    return bool(_ERROR_MARGIN.search(lead(ctx, claim, 30)))


def trail(ctx: ArticleContext, claim: Claim, width: int = 90) -> str:
    """The words after a figure, within its sentence and up to the next figure."""
    stop = min(claim.sentence_span[1], claim.span[1] + width)
    following = ctx.claims_in(claim.span[1], stop)
    if following:
        stop = min(stop, following[0].span[0])
    return ctx.text[claim.span[1] : stop]


_AGES = re.compile(r"\b(?:aged|ages|age(?:s)?\s+of)\s+(?:from\s+|between\s+)?$", re.IGNORECASE)
_AGES = gated(_AGES)  # tried on every figure's window, seldom matching there


_CELL_MARKS = frozenset(" \t\r\f\v\u00a0\u2007\u2009\u202f\u3000+-−–,.;:()%")


def _alone_on_its_line(text: str, claim: Claim) -> bool:
    """A figure that is all its line holds but for signs and punctuation: a table's or quote box's cell, which a
    page's text runs into the line after it with no full stop. Asked of every figure, so each side is walked only
    over such marks, up to the line break or the first other character, never across a long line."""
    start = claim.span[0]
    while start > 0 and text[start - 1] in _CELL_MARKS:
        start -= 1
    end = claim.span[1]
    while end < len(text) and text[end] in _CELL_MARKS:
        end += 1
    return start > 0 and text[start - 1] == "\n" and end < len(text) and text[end] == "\n"


@lru_cache(maxsize=8192)
def has_break(text: str) -> bool:
    # Asked of the words between every pair of figures by many finders, and the short gaps of prose (" to ",
    # ", up ") come back again and again: the answer depends on the words alone.
    return bool(_CLAUSE_BREAK.search(text))


def _is_change(claim: Claim, kinds: tuple[ChangeKind, ...] | None = None) -> bool:
    if claim.change is None or claim.quantity.kind in (QuantityKind.RANK, QuantityKind.DURATION):
        return False
    return kinds is None or claim.change.kind in kinds


def is_move_level(claim: Claim) -> bool:
    """A level that can be the start or end of a move: an amount, a count, a rate or a length of time.

    A length of time is a level ("inventory rose from 10.8 months to 11.1 months"), not when it names a period
    ("from the year to June 2021 to the year to June 2022").
    """
    if claim.quantity.kind == QuantityKind.DURATION:
        return (
            claim.change is None
            and not _PERIOD_BEFORE.search(claim_lead(claim))
            and not _PERIOD_AFTER.match(claim_trail(claim))
        )
    return is_level(claim) or is_rate_level(claim)


# "between the two", "of the three": a spelled-out number after "the" with no noun of its own names things the text
# has already counted, not a level of a measure.
_REFERENT_LEAD = re.compile(r"\b(?:the|these|those|all)\s+$", re.IGNORECASE)


def _is_referent(ctx: ArticleContext, claim: Claim) -> bool:
    surface = claim.quantity.text
    return surface.isalpha() and claim.quantity.noun is None and bool(_REFERENT_LEAD.search(lead(ctx, claim, 12)))


_PERIOD_BEFORE = re.compile(r"\b(?:the|past|last|next|first|previous|prior|coming)\s+$", re.IGNORECASE)
_PERIOD_AFTER = re.compile(r"^\s*(?:ending|ended|through|of|since)\b", re.IGNORECASE)


def claim_lead(claim: Claim, width: int = 14) -> str:
    """The words before a figure in its own sentence, read from the claim alone."""
    offset = claim.span[0] - claim.sentence_span[0]
    return claim.text[max(0, offset - width) : offset]


def claim_trail(claim: Claim, width: int = 14) -> str:
    offset = claim.span[1] - claim.sentence_span[0]
    return claim.text[offset : offset + width]


_PLUPERFECT = re.compile(
    r"\bhad\s+(?:reported|posted|clocked|earned|recorded|booked|registered|made|logged|generated|shipped|sold"
    r"|delivered)\b[^.;!?\d]{0,45}$",
    re.IGNORECASE,
)
_PLUPERFECT = gated(_PLUPERFECT)  # tried on every figure's window, seldom matching there


@per_claim
def starts_from(ctx: ArticleContext, claim: Claim) -> re.Match[str] | None:
    """ "from/compared with/against ... <claim>", "it had reported <claim>": the figure is set as a start or prior."""
    words = lead(ctx, claim, 90)
    return _START_LEAD.search(words[-70:]) or _PLUPERFECT.search(words[-70:]) or _COMPARED_WHICH.search(words)


@per_claim
def is_prior_by_date(ctx: ArticleContext, claim: Claim) -> bool:
    """ "<claim> a year earlier", "... in the year-ago period": the figure is dated before."""
    found = _PRIOR_AFTER.match(trail(ctx, claim, 70))
    # "fell 6 percent to 355.2 million units in the quarter from a year earlier": the words give the move's
    # baseline; the figure they follow is the new level
    if found is None or _BASELINE_GAP.search(found.group(0)):
        return False
    # "357.9bn riyals, and expenditures for the same period were": the date belongs to the next clause's figure
    return not (has_break(found.group(0)) or re.search(r"\band\s+\w+\s+(?:for|in|during)\b", found.group(0), re.I))


# "Apple AAPL, -1.93%", "(NYSE: XYZ) +2.1%": a quote box for the company's shares, set into the sentence.
_TICKER_QUOTE = re.compile(r"(?:\b[A-Z]{1,5}(?:\.[A-Z]{1,2})?,|\((?:[A-Z]+:\s*)?[A-Z]{1,5}\))\s*$")


def is_ticker_quote(ctx: ArticleContext, claim: Claim) -> bool:
    """A share-price move printed beside a ticker symbol: it belongs to no measure the sentence talks about."""
    return claim.quantity.kind == QuantityKind.PERCENT and bool(_TICKER_QUOTE.search(lead(ctx, claim, 16)))


def _after_margin(ctx: ArticleContext, claim: Claim, start: int) -> bool:
    """ "$2.9 million above estimate, bringing the total to <claim>": the estimate word at ``start`` closed the
    margin before it, and the figure after the comma is named by words of its own."""
    before = ctx.claim_before(claim)
    if before is None or before.sentence_span != claim.sentence_span or not is_margin_to_estimate(ctx, before):
        return False
    return start - before.span[1] < 40 and _mark_elsewhere(ctx, before, claim)


@per_claim
def is_estimate(ctx: ArticleContext, claim: Claim, depth: int = 0) -> re.Match[str] | None:
    """ "estimates of <claim>", "<claim> average estimate", "analysts had expected <claim>".

    A figure listed right after an estimate in one clause is one too: "had forecast 55 cents a share on
    $15.8 billion in revenue", "expected earnings of 75 cents and revenue of $15.8 billion".
    """
    words = lead(ctx, claim, 80)
    # A match runs from its estimate word to the end of the words, and none of its parts takes a ";", "!" or "?":
    # it starts after the last of them, and the search starts there (before it, the tail backtracked in vain).
    cut = max(words.rfind(";"), words.rfind("!"), words.rfind("?")) + 1
    found = _ESTIMATE_LEAD.search(words, cut) if _ESTIMATE_WORD.search(words, cut) else None
    if found is not None and found.group(0).lower().startswith("polled") and _tallied(found.group(0), claim):
        found = None  # "Okoro polled 5,219 votes", "Okoro polled 52,190": a candidate's tally, not an opinion poll
    if (
        found is not None
        and _RESPONDENTS.match(found.group(0))
        and _asked_group(ctx, claim.span[0] - len(words) + found.start())
    ):
        found = None  # "Of the 3,000 adults surveyed, 1,140 ...": the people asked and their answers, no forecast
    if (
        found is not None
        and not has_break(found.group(0))
        and not ctx.claims_in(claim.span[0] - len(found.group(0)), claim.span[0])
        and not _after_margin(ctx, claim, claim.span[0] - len(found.group(0)))
        and not (_BY_LEAD.search(found.group(0)) and _margin_kind(claim))  # "topped estimates by $36 million"
        and not _RESULT_AFTER_COMMA.search(found.group(0))  # "beat the forecast, coming in at $31 million"
    ):
        return found
    after = _ESTIMATE_TRAIL.match(trail(ctx, claim, 40))
    if after is not None and is_margin_to_estimate(ctx, claim):
        after = None  # "$2.4 million below forecast" is the miss, not the forecast
    if after is not None or depth > 2:
        return after
    before = ctx.claim_before(claim)
    if before is not None:
        gap = ctx.text[before.span[1] : claim.span[0]]
        # "forecasts for 22.0 percent and down from 31.0 percent a month earlier": a start, not another estimate
        if _LISTED.fullmatch(gap) and not re.search(r"\bfrom\s*$", gap) and is_estimate(ctx, before, depth + 1):
            return _LISTED.fullmatch(gap)
    return None


_BALLOTS = re.compile(r"(?:\w+\s+)?(?:votes?|ballots?)$", re.IGNORECASE)
# "surveyed," or "polled," closing the phrase that counts the people asked: the figures after it are their answers.
_RESPONDENTS = re.compile(
    r"(?:surveyed|polled|questioned|interviewed)(?:\s+(?:in|across|at|online|nationwide)(?:\s+[\w-]+){0,2})?\s*,",
    re.IGNORECASE,
)
_COUNT_THEN_NOUN = re.compile(r"\s*(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)


def _asked_group(ctx: ArticleContext, start: int) -> bool:
    """The word at ``start`` follows a count of people with at most two words between ("1,200 voters polled",
    "3,000 adults in Ohio surveyed"): those asked, not those who forecast."""
    counted = ctx.claims_in(max(0, start - 40), start)
    if not counted or counted[-1].quantity.kind not in (QuantityKind.COUNT, QuantityKind.NUMBER):
        return False
    return bool(_COUNT_THEN_NOUN.fullmatch(ctx.text, counted[-1].span[1], start))


def _polled_tally(gap: str, claim: Claim) -> bool:
    """ "a majority of 9,310 over Doe, who polled 12,594": the gap's only estimate word is "polled" right before
    a candidate's tally, so nothing in it was forecast."""
    words = list(_ESTIMATE_WORD.finditer(gap))
    return (
        bool(words) and all(w.group(0).lower() == "polled" for w in words) and _tallied(gap[words[-1].start() :], claim)
    )


def _tallied(words: str, claim: Claim) -> bool:
    """ "polled" right before a tally of votes, or before a bare figure that counts no people."""
    noun = claim.quantity.noun or ""
    if _BALLOTS.match(noun):
        return True
    return words.strip().lower() == "polled" and not noun and claim.quantity.kind == QuantityKind.NUMBER


# "... from 41.0 million in July and 7% more than 42.4 million a year earlier": a change told with a base of its own.
_OWN_START = re.compile(
    r"\s*(?:percent|per\s*cent|%)?\s*(?:from|over|on|below|above|under|(?:more|less|higher|lower|greater|fewer)\s+than)\b",
    re.IGNORECASE,
)
_OWN_BASE = re.compile(rf"{_OWN_START.pattern}[^.;!?\d]{{0,40}}$", re.IGNORECASE)


def has_own_base(ctx: ArticleContext, change: Claim) -> bool:
    """ "7% more than 42.4 million tonnes", "up 5% from $3.1 billion": the words right after a change lead to the
    figure it is measured from, so no figure stated elsewhere is its base."""
    following = ctx.claims_in(change.span[1], change.sentence_span[1])
    if not following or not is_move_level(following[0]) or following[0].quantity.kind == QuantityKind.DURATION:
        return False  # "rose 26.8% from the 12 months to September 2019 to ...": a span of time, not a base
    return bool(_OWN_BASE.match(ctx.text[change.span[1] : following[0].span[0]]))


_LISTED = re.compile(r"[^;.,()\d]{0,6}?(?:,\s*)?(?:and|on|with|plus)\s+(?:\w+\s+){0,3}?(?:of\s+)?", re.IGNORECASE)
_LISTED = gated(_LISTED)  # tried on every figure's window, seldom matching there


def direction_in(text: str) -> int:
    """+1 or -1 for the last direction word in ``text``, 0 for none."""
    found = 0
    for match in DIRECTION_WORD.finditer(text):
        found = 1 if match.group("up") else -1
    return found


class SentenceLinks:
    """Every link between the figures of one sentence."""

    def __init__(self, ctx: ArticleContext, claims: list[Claim]) -> None:
        self.ctx = ctx
        self.claims = claims

    @cached_property
    def links(self) -> list[Link]:
        found: list[Link] = []
        # "rose to $520m (€430m) from $380m (€314m)": an amount restated in brackets in another currency is the
        # same figure again, so the move and its restatements pair as if the brackets held no figure.
        converted = bracketed_conversions(self.ctx)
        claims = [c for c in self.claims if c.id not in converted]
        for i, a in enumerate(claims):
            # "48,300 (± 700)", "the rate per 100,000 people fell 7%": a margin or a denominator ends no move
            if is_error_margin(self.ctx, a) or is_denominator(self.ctx, a):
                continue
            if _alone_on_its_line(self.ctx.text, a):
                continue  # "-1.85%" on a line of its own: a quote box's cell, not a word of the prose after it
            # A link may step over one figure stated in other units ("$2.1 billion, or 48 cents a share,
            # from $1.7 billion"), never over two, and never over a clause break.
            for j in range(i + 1, min(len(claims), i + 4)):
                b = claims[j]
                gap = self.ctx.text[a.span[1] : b.span[0]]
                # "$27.8 million, but fell short of estimates of $29.4 million": one subject, two verbs.
                but_estimate = _BUT_ONLY.fullmatch(gap) and _ESTIMATE_GAP.match(gap) and j == i + 1
                # "910 the year before – a 9% drop": a dash that brings in the change of the figure just before
                dashed_change = (
                    j == i + 1
                    and _is_change(b)
                    and _LEVEL_CHANGE_GAP.match(gap)
                    and not has_break(re.sub(r"\s*(?:—|–|--?)\s*", " ", gap))
                )
                if has_break(gap) and not but_estimate and not dashed_change:
                    break
                skipped = claims[i + 1 : j]
                if is_denominator(self.ctx, b) or is_error_margin(self.ctx, b):
                    continue  # stepped over as a figure in other units, if a later one is the end
                if j + 1 < len(claims) and _mark_span_word(self.ctx, a, claims[j + 1], [b]):
                    continue  # the span is a word of the mark that follows, not a level of its own
                if skipped and _mark_span_word(self.ctx, a, b, skipped):
                    # "25% below its ten-year average of 68 cm": the span names the mark, it is no figure between
                    link = _classify(self.ctx, a, b, self.ctx.text[a.span[1] : b.span[0]])
                    if link is not None:
                        found.append(link)
                    continue
                aside = _record_aside(self.ctx.text, a, b, skipped)
                if aside is not None:
                    # "rose to 5.2%, the highest since 2019, from 4.9%": the level's record is said between the
                    # level and its start; the move reads as if the aside were not there
                    link = _classify(self.ctx, a, b, aside)
                    if link is not None and link.kind in _PARALLEL_KINDS:
                        found.append(link)
                    continue
                if skipped and not all(_in_other_units(self.ctx, s, a, b) for s in skipped):
                    break
                link = _classify(self.ctx, a, b, _without(self.ctx.text, a, b, skipped))
                if link is not None and link.kind == LinkKind.THEN_TO and any(s.change for s in skipped):
                    # "to 458 units (-13.1%) and to 1,165 (-10.2%)": ends of two series, each with its own move
                    continue
                if link is not None and link.kind == LinkKind.TO_FROM and any(s.change for s in skipped):
                    # "rose 1.1% to 41,210, 3.6% down from its 42,750 peak": the move stepped over takes the start
                    continue
                if link is not None:
                    found.append(link)
        found.extend(_parallel(self.ctx, found, claims))
        return found


def bracketed_conversions(ctx: ArticleContext) -> frozenset[str]:
    """The ids of amounts restated in brackets in another currency right after the amount they convert."""
    from factcheck.relations.exchange_rates import conversions  # it reads links' helpers: imported when asked

    return ctx.memo(
        "bracketed_conversions",
        lambda: frozenset(c.converted.id for c in conversions(ctx) if c.how == "brackets"),
    )


_BUT_ONLY = re.compile(r"[^;—]*?,?\s+but\s+[^;—]*", re.IGNORECASE)
_BUT_ONLY = gated(_BUT_ONLY)  # tried on every figure's window, seldom matching there


def _without(text: str, a: Claim, b: Claim, skipped: list[Claim]) -> str:
    """The words between a and b with the restated figures between them left out.

    "$2.1 billion, or 48 cents a share, from $1.7 billion" reads as "$2.1 billion, from $1.7 billion".
    """
    if not skipped:
        return text[a.span[1] : b.span[0]]
    pieces = []
    start = a.span[1]
    for s in skipped:
        # "14.2 cases per 1,000 residents in 2018 to 12.9": a denominator goes with its "per".
        pieces.append(re.sub(r"[\s,(]*(?:or|and|per)?[\s(]*$", "", text[start : s.span[0]]))
        start = s.span[1]
    pieces.append(re.sub(r"^[\s)]*", "", text[start : b.span[0]]))
    gap = " ".join(p for p in pieces if p)
    return re.sub(r"^\s*,?", ", ", gap) if gap.lstrip().startswith(",") else gap


_PARALLEL_KINDS = frozenset({LinkKind.TO_FROM, LinkKind.FROM_TO, LinkKind.PRIOR_NOTE})


def _parallel(ctx: ArticleContext, links: list[Link], claims: list[Claim]) -> list[Link]:
    """ "$2.1 billion, or 48 cents a share, from $1.7 billion, or 39 cents": the restatements pair up too."""
    index = {c.id: i for i, c in enumerate(claims)}
    found = []
    for link in links:
        if link.kind not in _PARALLEL_KINDS:
            continue
        i, j = index[link.a.id], index[link.b.id]
        if i + 1 >= len(claims) or j + 1 >= len(claims) or i + 1 == j:
            continue
        ra, rb = claims[i + 1], claims[j + 1]
        if ra.quantity.kind == link.a.quantity.kind or ra.quantity.kind != rb.quantity.kind:
            continue
        joins = [_unconverted(ctx, link.a.span[1], ra.span[0]), _unconverted(ctx, link.b.span[1], rb.span[0])]
        if all(_RESTATED_GAP.match(g) or re.fullmatch(r"\s*\(\s*", g) for g in joins):
            found.append(Link(link.kind, ra, rb, link.cue, link.cue_span))
    return found


def _unconverted(ctx: ArticleContext, start: int, end: int) -> str:
    """The words from ``start`` to ``end`` without a bracketed conversion that opens them ("(€430m), or")."""
    words = ctx.text[start:end]
    if ctx.claims_in(start, end) and all(c.id in bracketed_conversions(ctx) for c in ctx.claims_in(start, end)):
        return re.sub(r"^\s*\([^()]{0,40}\)", "", words)
    return words


def _in_other_units(ctx: ArticleContext, skipped: Claim, a: Claim, b: Claim) -> bool:
    """A figure restated beside another in other units (per share after a total, a conversion in brackets), or
    a rate's denominator ("26.1 victimizations per 1,000 persons")."""
    if is_denominator(ctx, skipped) or is_error_margin(ctx, skipped):
        return True
    # A bare number beside counts is a count too ("a fall of 4,320 (31,420 ballots ... vs 27,100)").
    kinds = {_counted(a.quantity.kind), _counted(b.quantity.kind)}
    return _counted(skipped.quantity.kind) not in kinds or (
        skipped.quantity.kind == QuantityKind.PER_UNIT and QuantityKind.PER_UNIT not in kinds
    )


def _counted(kind: QuantityKind) -> QuantityKind:
    return QuantityKind.COUNT if kind == QuantityKind.NUMBER else kind


_MONTHS = (
    r"jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sept?(?:ember|\.)?"
    r"|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?"
)
_TIME_WORD = (
    rf"(?:the|a|an|of|this|that|last|next|same|first|second|third|fourth|final|latest|previous|prior|preceding|year-ago"
    rf"|year-earlier|fiscal|calendar|financial|current|full|half|half-year|full-year|quarter|quarters|year|years|month"
    rf"|months|week|weeks|day|days|period|session|trading|close|end|start|ended|ending|through|to|date|morning"
    # "the July-September quarter": a quarter named by its months, one word
    rf"|afternoon|evening|early|late|mid|spring|summer|autumn|winter|\w+day|(?:{_MONTHS})[-–/](?:{_MONTHS})|{_MONTHS}"
    rf"|q[1-4]|h[1-2]|fy\s?\d+|[\w/-]*\d[\w/-]*|gmt|et|est|edt|bst"
    rf"|ist|cet|utc|local|time|hour|hours|minute|minutes|noon|midday)"
)
# "in the fourth quarter", "on Monday", "for the three months ended July 31": when, not what.
_TIME = (
    rf"(?:(?:in|on|for|during|at|as\s+of|by|ended|ending|through|over)\s+(?:{_TIME_WORD}[\s,.]+){{1,7}}?"
    # "from April through September": a span of months, not the start of a move
    rf"|from\s+(?:{_MONTHS})(?:\s+\d{{4}})?\s+(?:through|to|until|till|-|–)\s+(?:{_MONTHS})(?:\s+\d{{4}})?[\s,.]+)"
)
# ", the highest since 2019,", ", its lowest level in three years,", ", a 14-month low,": an aside that ranks the
# level just said against its own past. Between a level and the other end of its move it is no figure of the move:
# the years or months it names only date the record.
_RECORD_ASIDE = re.compile(
    rf"(?:(?P<when>\s*{_TIME})|\s*,)\s*(?:the|its|their|a|an)\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:highest|lowest|strongest|weakest|fastest|slowest|biggest|smallest|largest|steepest|sharpest|best|worst"
    r"|high|low|peak|trough)\b(?:[^,;:()\n—–]{0,40}?)\s*,\s*",
    re.IGNORECASE,
)
_RECORD_ASIDE = gated(_RECORD_ASIDE)


def _record_aside(text: str, a: Claim, b: Claim, skipped: list[Claim]) -> str | None:
    """The words between ``a`` and ``b`` with a record aside just after ``a`` left out (``None`` without one).

    Every figure between them must lie inside the aside ("its highest level in three years"): a figure after it
    is a level of its own.
    """
    aside = _RECORD_ASIDE.match(text, a.span[1], b.span[0])
    if aside is None or aside.end() == b.span[0] or any(s.span[1] > aside.end() for s in skipped):
        return None
    when = aside.group("when") or ""
    return f"{when.rstrip(', ')}, {text[aside.end() : b.span[0]]}"


# "down slightly from", "up sharply from": how far a move went, said between its word and its start.
_DEGREE = (
    r"(?:(?:slightly|sharply|marginally|modestly|somewhat|significantly|substantially|considerably|steeply|strongly"
    r"|a\s+(?:little|bit|touch|tad))\s+)"
)
# "fell to $2.7 trillion, according to the tracker, from $3 trillion", "as per the filing": where the figure comes
# from, said between a level and its start; the move reads across it.
_SOURCE_ASIDE = r"(?:(?:according\s+to|as\s+per|citing)\s+[^,;:()\d]{1,40}?,?\s+)"
# "were sold", "was reported", "had been shipped": a passive verb between a figure and its start.
_PARTICIPLE = r"(?:\w+(?:ed|en|t|wn)|sold|made|paid|held|bought|brought|won|led|hit|cut|set|put|built|spent)"
_TO_FROM_GAP = re.compile(
    rf"^\s*,?\s*(?:\([^()]{{0,40}}\)\s*)?(?:(?:were|was|is|are|had\s+been|have\s+been|has\s+been)\s+{_PARTICIPLE}\s+)?"
    rf"{_TIME}?,?\s*{_SOURCE_ASIDE}?"
    rf"(?:(?:(?:which\s+was\s+)?(?:up|down|higher|lower|{_UP_WORDS}|{_DOWN_WORDS}"
    rf"|an?\s+(?:increase|decrease|rise|fall|drop|decline|gain))\s+{_DEGREE}?)"
    rf"|(?:compared\s+(?:with|to)|against|versus|vs\.?|as\s+against)\s+)?"
    rf"(?:from|(?:as\s+)?compared\s+(?:with|to)|against|versus|vs\.?|as\s+against){_TAIL}",
    re.IGNORECASE,
)
_TO_FROM_GAP = gated(_TO_FROM_GAP)  # tried on every figure's window, seldom matching there
# "from 83.5% of GDP to 79.8%": the whole a ratio is taken of, said once at the start.
_RATIO_OF = r"(?:of\s+(?:the\s+)?(?:GDP|gross\s+domestic\s+product|national\s+income|output|sales|revenue|income)\s+)?"
_FROM_TO_GAP = re.compile(
    rf"^\s*{_RATIO_OF}(?:\([^()]{{0,40}}\)\s*)?(?:(?:rate|level|figure|reading|mark|pace|high|low)\s+)?"
    rf"(?:(?:recorded|reported|seen|posted|registered|logged|set|reached)\s+)?"
    rf"(?:{_TIME}|(?:a\s+year\s+(?:earlier|ago)|last\s+\w+)\s+)?,?\s*(?:(?:{_UP_WORDS}|{_DOWN_WORDS})\s+)?to{_TAIL}",
    re.IGNORECASE,
)
_RANGE_NAMED = re.compile(
    r"\b(?:range|view|guidance|forecasts?|outlook|estimates?|targets?|projections?|band|bracket)\s+(?:of\s+|at\s+)?"
    rf"{_HEDGE}?(?:{_CURRENCY_WORD})?$",
    re.IGNORECASE,
)
_OVER_GAP = re.compile(rf"^\s*,?\s*(?:up\s+|down\s+)?over{_TAIL}", re.IGNORECASE)
_CHANGE_TO_GAP = re.compile(
    rf"^\s*(?:percent|per\s+cent|pct|points?|percentage\s+points?)?\s*,?\s*(?P<words>(?:[A-Za-z’'/–—-]+[\s,]+){{0,9}}?)"
    rf"(?:to|at|reaching|hitting){_TAIL}",
    re.IGNORECASE,
)
# "up 16% by value", "down 3% in volume terms": words that say which measure a change is of. A level in the other
# measure after them ("..., equal to 1,200 homes") restates the thing moved, not the change's end.
_VALUE_BASIS = re.compile(r"\b(?:by|in)\s+value\b|\bvalue\s+terms\b", re.IGNORECASE)
_VOLUME_BASIS = re.compile(r"\b(?:by|in)\s+(?:volume|number)\b|\bvolume\s+terms\b", re.IGNORECASE)


def basis_clash(words: str, end: Claim) -> bool:
    """The words name a change's measure (value or volume) and ``end`` is a figure of the other one."""
    money = end.quantity.kind == QuantityKind.MONEY
    return bool(_VALUE_BASIS.search(words) and not money) or bool(_VOLUME_BASIS.search(words) and money)


# "rose 2%, lifting the load factor to 84.2%", "pushing the jobless rate to 5.1%": a participle that moves an object.
_MOVES_OBJECT = re.compile(
    r"\b(?:lifting|pushing|taking|bringing|driving|sending|raising|boosting|cutting|lowering|dragging|putting"
    r"|nudging|knocking|trimming|reducing|increasing)\s+(?:the|its|their|his|her|our|a)\s",
    re.IGNORECASE,
)


def _moves_another(change: Claim, end: Claim, words: str) -> bool:
    """The words after a change move an object ("lifting the load factor to"): the end is that object's level, so
    the change ends there only when the object is a total or tally of it, or names the change's own measure."""
    moved = _MOVES_OBJECT.search(words)
    if moved is None or _TALLY_OBJECT.match(words, moved.end()):
        return False
    return not (change.measure and change.measure == end.measure)


# "taking the total to", "bringing the tally to": the object is the changed figure's own running total.
_TALLY_OBJECT = re.compile(
    r"(?:\w+\s+){0,2}?(?:total|tally|count|sum|figure|number|overall|aggregate|level|it|them)\b", re.IGNORECASE
)


_RESTATING = re.compile(r"\b(?:equivalent|equal|equating|amounting|corresponding)$", re.IGNORECASE)


def _restates_level(ctx: ArticleContext, change: Claim, end: Claim, words: str) -> bool:
    """ "<level>, up 4% on the year, equal to <end>": the change is the level's before it, and ``end``, in another
    unit, restates that level rather than ending the change."""
    if not _RESTATING.search(words.strip(" ,")):
        return False
    level = ctx.claim_before(change)
    return (
        level is not None
        and level.sentence_span == change.sentence_span
        and level.change is None
        and level.quantity.kind != QuantityKind.PERCENT
        and not same_unit(level, end)
    )


# "a 20% increase in cargo handled at the docks over the winter – to 684 from 570": a move named as a noun,
# what moved, then a dash setting off its end (and start); the words between may run longer than a clause's.
_CHANGE_DASH_TO_GAP = re.compile(
    rf"^\s*(?:percent|per\s+cent|pct)?\s*(?:rise|increase|jump|gain|growth|fall|drop|decline|decrease)\s+(?:in|of)\s+"
    rf"(?P<words>(?:[A-Za-z’'/-]+[\s,]+){{1,14}}?)(?:—|–|--)\s*to{_TAIL}",
    re.IGNORECASE,
)
# A comparative adjective right after a figure, with no comma between, makes that figure the size of a gap, not
# a level: "$8 million ($0.02 a share) higher compared to ...", "3,000 fewer than ...". "$5 million, higher than"
# keeps its comma and its level.
_GAP_SIZE = re.compile(
    r"^(?:\([^()]{0,40}\)\s*)?(?:higher|lower|greater|more|less|fewer|bigger|smaller|larger)\b", re.IGNORECASE
)
_COMPARED = re.compile(r"\b(?:compared|against|versus|vs\.?|relative|previous\s+close|prior\s+close)\b", re.I)
# Words that start another clause or another comparison between a change and a level.
_NOT_BETWEEN = re.compile(
    r"\b(?:and|as|after|which|that|than|when|because|where|who|if|whereas|before|expected|estimated|forecasts?"
    r"|analysts?|said|says|while|but|plans?|aims?)\b",
    re.IGNORECASE,
)
_CHANGE_FROM_GAP = re.compile(
    rf"^\s*(?:percent|per\s+cent|pct|points?|percentage\s+points?)?\s*(?:,|[–—]|--)?\s*(?:(?:year|on|a|an|the|annual|yearly"
    rf"|basis|y-o-y|yoy|increase|decrease|rise|fall|drop|decline|gain|jump|growth)\b[^,;()\d]{{0,30}}?"
    # "3.6% down from its peak of 42,750": the direction word after the figure
    rf"|(?:up|down)\s+)?"
    rf"(?:from|compared\s+(?:with|to)|against|versus|vs\.?|over|ahead\s+of|above"
    rf"|below|behind|higher\s+than|lower\s+than|up\s+on|down\s+on|premium\s+(?:to|over)|discount\s+to"
    # "6% more than 3.8 million": said straight after the change (after a comma "more than" may hedge a new figure)
    rf"|(?<![,–—-]\s)(?<![,–—-])(?:more|less|fewer|greater)\s+than){_TAIL}",
    re.IGNORECASE,
)
# "420 units, 12% below its long-term average of 620 units": a percentage placed by its own word against a mark the
# clause names by a noun of reference ("average", "norm", "target") and then gives; the mark is the base the
# percentage is reckoned on, as a start is.
_NAMED_MARK_GAP = re.compile(
    r"^\s*(?:percent|per\s+cent|pct)?\s*(?:above|below|higher\s+than|lower\s+than)\s+(?:the|its|their)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:average|mean|median|norm|normal|target|benchmark|baseline)\s+(?:of|at)\s+"
    rf"{_HEDGE}?$",
    re.IGNORECASE,
)


def _mark_span_word(ctx: ArticleContext, a: Claim, b: Claim, skipped: list[Claim]) -> bool:
    """A span ("ten-year", "30-year") that is a word of the named mark between a placed percentage and the mark."""
    return (
        len(skipped) == 1
        and skipped[0].quantity.kind == QuantityKind.DURATION
        and _placed_on_named_mark(a, b, ctx.text[a.span[1] : b.span[0]])
    )


def _placed_on_named_mark(a: Claim, b: Claim, gap: str) -> bool:
    """ "A, P% below the average of B": the percentage's own word places it; the mark is a level of A's units."""
    if a.change is None or (a.change.verb or "").lower() not in ("above", "below", "higher", "lower"):
        return False
    if b.quantity.kind in (QuantityKind.PERCENT, QuantityKind.PERCENTAGE_POINT):
        return False  # "5%, above the average of 3%": rates set side by side, not a base of the percentage
    return bool(_NAMED_MARK_GAP.match(gap))


# "from 910 the year before, a 9% drop", "against 58 a year earlier – down 9%": a start's own time, said bare.
_BARE_PRIOR_TIME = (
    r"(?:the\s+(?:year|month|quarter|week|season|term)\s+before|an?\s+(?:year|month|quarter|week)\s+(?:earlier|before|ago)"
    r"|(?:the\s+)?(?:previous|prior|preceding)\s+(?:year|month|quarter|week|season|term)|last\s+(?:year|month|quarter"
    r"|week|season|term))"
)
_LEVEL_CHANGE_GAP = re.compile(
    rf"^\s*(?:(?:a|an|per)\s+(?:barrel|share|ounce|tonne|ton|bushel|pound|gallon|litre|liter|unit|head|kg)\s*)?"
    rf"(?:\([^()]{{0,40}}\)\s*)?(?:{_TIME}|{_BARE_PRIOR_TIME})?\s*(?:[,(]|--?|—|–)?\s*"
    rf"(?:(?:was|were|is|are|has\s+been|had\s+been)\s+(?:\w+ed|given|paid)\s*,?\s*)?"
    rf"(?:(?:which\s+(?:is|was|represents|represented|marks|marked)(?:\s+(?:now|still|currently))?|representing"
    rf"|marking|reflecting|showing|posting|recording|registering|to\s+(?:mark|post|record|show)|and|or|a|an|for"
    rf"|with)\s+)?(?:(?:an?|the)\s+(?:[a-z]+\s+(?=(?:{_UP_WORDS}|{_DOWN_WORDS}|increase|decrease|growth|gain|jump"
    rf"|drop|loss|decline|rise|fall|improvement|surge|slump)\b))?)?"
    rf"(?:(?:{_UP_WORDS}|{_DOWN_WORDS}|increase|decrease|growth|gain|jump|drop|loss|decline|rise|fall|improvement"
    rf"|surge|slump)\s+(?:of\s+|by\s+|to\s+)?)?(?:by\s+)?{_HEDGE}?[+\-−]?$",
    re.IGNORECASE,
)
_RATE_FROM_GAP = re.compile(
    # "rose 6.4% on the year—an increase from May's 5.8% pace": a dash sets the comparison off as
    # a comma does, and the earlier rate may be named by its period's possessive
    # "(down from 6.1% a month before)": an opening bracket sets it off too
    r"^\s*(?:[a-z/.-]+\s*){0,7}?(?:compared\s+(?:to|with)\s+[^,;]{0,30})?(?:,|\s*(?:—|–|--|\())\s*(?:which\s+(?:was|is)\s+)?"
    r"(?:\w+\s+)?(?:an?\s+)?(?P<noun>slowdown|slowing|deceleration|acceleration|pick-?up|improvement|deterioration"
    r"|easing|increase|decrease|rise|fall|drop|decline|up|down)\s+(?:from|on|over|compared\s+(?:to|with)|against)\s+"
    r"(?:the\s+|an?\s+|[A-Z][a-z]+['’]s\s+)?$",
    re.IGNORECASE,
)
# "stood at 5.1% in FY20 and is forecast to ease to 4.6% in FY21": one series, a level and where it goes next.
_THEN_TO_GAP = re.compile(
    rf"^\s*(?:of\s+(?:[A-Za-z]+\s+){{1,2}})?{_TIME}?,?\s*(?:and|but|before)\s+(?:then\s+)?(?:(?:is|are|was|were|has|have|had)\s+)?(?:(?:been\s+)?"
    rf"(?:projected|expected|forecast|set|likely|seen|estimated)\s+to\s+)?(?P<verb>{_UP_WORDS}|{_DOWN_WORDS}|rise|fall"
    rf"|drop|climb|decline|increase|decrease|jump|slip|ease|grow)\s+(?:back\s+)?to{_TAIL}",
    re.IGNORECASE,
)
_THEN_TO_GAP = gated(_THEN_TO_GAP)  # tried on every figure's window, seldom matching there
_AND_TO_GAP = re.compile(rf"^\s*{_TIME}?,?\s*(?:and|then)\s+(?:then\s+)?(?:further\s+)?to{_TAIL}", re.IGNORECASE)
_BARE_RESTATED = re.compile(rf"^\s*,\s*(?:or|a\s+(?:drop|fall|rise|gain|decline|increase)\s+of)\s+{_HEDGE}?$", re.I)
_BARE_OR = re.compile(rf"^\s+or\s+{_HEDGE}?$", re.I)
_RESTATED_GAP = re.compile(rf"^\s*(?:[a-z]+\s+)?[,(]?\s*(?:or|and)?\s*[,(]?\s*{_HEDGE}?[+\-−]?$", re.IGNORECASE)
_NOTE_LEAD = re.compile(
    r"\(\s*(?:(?:FY\s?)?(?:19|20)?\d\d(?:/\d\d)?|prior\s+year|previous\s+year|last\s+year|PY)\s*[:=]\s*(?:[A-Za-z$£€¥₹]{1,4}\s*)?$",
    re.IGNORECASE,
)
_NOTE_CHANGE_GAP = re.compile(
    r"^\s*\)\s*[,;]?\s*(?:(?:up|down|a\s+rise\s+of|a\s+fall\s+of)\s+)?[+\-−]?\s*$", re.IGNORECASE
)
_ESTIMATE_GAP = re.compile(
    rf"^[^.;!?]{{0,80}}?\b(?:{_ESTIMATE_WORDS})\b[^.;!?]{{0,45}}?(?:\b(?:of|for|at|was|were|is|had|to|called\s+for)\b)?"
    rf"{_TAIL}",
    re.IGNORECASE,
)
_ESTIMATE_GAP = gated(_ESTIMATE_GAP)  # tried on every figure's window, seldom matching there
# The words that set one figure against another, with no direction of their own.
COMPARED_WORDS = r"compared\s+(?:with|to)|against|versus|vs\.?"
# A figure that a comparison word governs, a few words after it ("below the $100 million", "ahead of the consensus
# forecast of", "against", "under February's"): the reference of a comparison. Hedges ("more than", a bare "over" or
# "under") are left out: they qualify.
COMPARED_OBJECT = re.compile(
    r"\b(?:above|below|beat(?:ing|s)?|ahead\s+of|short\s+of|behind|(?:higher|lower|greater|smaller|larger)\s+than"
    r"|exceed(?:ed|ing|s)?|topp(?:ed|ing)|surpass(?:ed|es|ing)?|trail(?:ed|ing|s)?|miss(?:ed|es|ing)"
    rf"|{COMPARED_WORDS})"
    r"\s+(?:[^\d\s,;:()]+\s+|(?:19|20)\d\d\s+){0,6}?(?:of\s+)?[$£€¥₹]?\s*$"
    # "under February's 3,300", "over the 3,300 of May": a comparison, the mark right after the article or the
    # possessive; a bare "under 3,300" is a hedge, and "over the year to 3,300" a span of time
    r"|\b(?:under|over)\s+(?:the|(?:last\s+|this\s+)?[\w-]+'s?)\s+[$£€¥₹]?\s*$",
    re.IGNORECASE,
)
COMPARED_OBJECT = gated(COMPARED_OBJECT)  # tried on the words before figures that link to an estimate
# From a first comparison's reference to a second word hung on the same subject: "below the 9,000 target and below
# ...", "below the 3,300 of February, and down from ...".
CHAINED = re.compile(
    r"[^.;:()\d]{0,60}?,?\s*\b(?:and|but|yet)\s+(?:(?:still|also|well|far|slightly|just|only|much|comfortably"
    r"|was|is|were|are|remained|remains|stayed|stood|came\s+in)\s+)*",
    re.IGNORECASE,
)

# "a 38% premium over the offer price of", "a 12% discount to the close of": the figure after is the base.
_PREMIUM_TO = re.compile(r"^\s*(?:percent|per\s*cent|pct)?\s*(?:premium\s+(?:to|over)|discount\s+to)\b", re.IGNORECASE)

# "a premium of 38% over the offer price of": the noun came before the figure, the base follows all the same.
_PREMIUM_OF_TO = re.compile(rf"^\s*(?:percent|per\s*cent|pct)?\s*(?:to|over)\s{_TAIL}", re.IGNORECASE)
# "$46 a share, a premium of 15% to", "The bid of $23 represents a premium of 15% to": the level the premium prices.
_PREMIUM_OF_GAP = re.compile(
    r"^\s*(?:(?:a|an|per)\s+(?:share|unit|barrel|ounce|tonne)\s*)?(?:,\s*|\s+)?(?:(?:which\s+)?(?:is|was|represents"
    r"|represented|representing|marks|marking)\s+)?(?:at\s+)?an?\s+(?:premium|discount)\s+of\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|approximately|more\s+than|just\s+(?:over|under))\s+)?$",
    re.IGNORECASE,
)

# "The bid of $46 is a 15% premium to ...": a bare copula ties a level to its premium or discount only; "£262,954 is
# £23,600 higher than before the pandemic" sets the level against a base of its own.
_COPULA_GAP = re.compile(r"^\s*(?:is|was|represents|represented)\s+(?:an?\s+)?$", re.IGNORECASE)


def _is_premium(claim: Claim) -> bool:
    return claim.change is not None and (claim.change.verb or "").lower() in ("premium", "discount")


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_COMPARED_ONLY = re.compile(rf"\b(?:{COMPARED_WORDS}|as\s+against)\s*$", re.IGNORECASE)


# "slowed to 3.1 per cent (at 2011-12 prices) against 4.8 per cent in 2019-20": the year of a price base dates
# the prices the figures are counted in, not either figure.
_PRICE_BASE = re.compile(
    r"\b(?:at|in)\s+(?:constant\s+|fixed\s+|real\s+)?(?:19|20)\d\d(?:\s*[-–/]\s*\d{2,4})?\s+(?:constant\s+)?"
    r"(?:prices|dollars|rupees|pounds|euros|yuan|yen|terms|money|values)\b",
    re.IGNORECASE,
)


def _dated_in_order(ctx: ArticleContext, a: Claim, b: Claim, gap: str) -> bool:
    """ "A in 2008 vs B in 2012": a comparison word, not "from", with the earlier year on the first figure."""
    if not _COMPARED_ONLY.search(gap):
        return False
    first = _YEAR.findall(_PRICE_BASE.sub(" ", gap))
    second = _YEAR.findall(re.split(r"[,;.)]", ctx.text[b.span[1] : b.span[1] + 30], maxsplit=1)[0])
    return len(first) == 1 and len(second) == 1 and first[0] < second[0]


# "fell between 2016 and 2022 (61.2% vs 54.8%)": a bracketed pair right after two years named in order follows
# their order, as the pair's figures carry no dates of their own.
_YEARS_THEN_BRACKET = re.compile(
    r"\b(?:between|from)\s+(?P<y1>(?:19|20)\d\d)\s+(?:and|to|through|until)\s+(?P<y2>(?:19|20)\d\d)\b"
    r"[^()\d.;:]{0,40}\(\s*$",
    re.IGNORECASE,
)


def _years_named_in_order(ctx: ArticleContext, a: Claim, b: Claim, gap: str) -> bool:
    if not _COMPARED_ONLY.search(gap) or _YEAR.search(gap):
        return False
    named = _YEARS_THEN_BRACKET.search(lead(ctx, a, 120))
    after = re.split(r"[,;)]", ctx.text[b.span[1] : b.span[1] + 30], maxsplit=1)[0]
    return named is not None and named.group("y1") < named.group("y2") and not _YEAR.search(after)


# "stood at 52,400 units, up 12 per cent": a move set right after a level is that level's move, whatever measure
# the sentence's other words lent each figure; unless the move names a measure of its own after it ("up 12 per
# cent in value").
_APPOSED_GAP = re.compile(r"^\s*,\s*(?:up|down)\s*$", re.IGNORECASE)
_OWN_MEASURE_AFTER = re.compile(rf"[^,.;:!?]{{0,40}}?\b(?:{MEASURE_WORD}|value|volume|terms)\b", re.IGNORECASE)


# "down from 910, with a 12% rise in teachers": the change names what it is of, right after its noun.
_CHANGE_OBJECT = re.compile(
    r"\s*(?:percent|per\s*cent|pct)?\s*(?:rise|increase|jump|gain|growth|surge|fall|drop|decline|decrease|cut"
    r"|reduction|slump)?\s+in\s+(?:the\s+(?:number|count|total|amount|share|rate|level)\s+of\s+|the\s+|its\s+|their\s+)?"
    r"(?P<noun>[A-Za-z][A-Za-z-]{2,})",
    re.IGNORECASE,
)
_NOT_OBJECT = re.compile(rf"(?:{_MONTHS}|the|a|an|each|every|all|total|both|just|only|one|two|three|its|their)$", re.I)


def names_other_object(ctx: ArticleContext, change: Claim) -> bool:
    """ "830 pupils, down from 910, with a 12% rise in teachers": the change says what it is of ("in teachers"),
    and that noun is nowhere in its sentence before it, so the levels before are of something else."""
    found = _CHANGE_OBJECT.match(ctx.text, change.span[1], change.sentence_span[1])
    if found is None or _NOT_OBJECT.match(found.group("noun")):
        return False
    noun = found.group("noun").lower()
    stem = noun[:-1] if noun.endswith("s") and len(noun) > 4 else noun
    return stem not in ctx.text[change.sentence_span[0] : change.span[0]].lower()


def _apposed_move(ctx: ArticleContext, change: Claim, gap: str) -> bool:
    return bool(_APPOSED_GAP.match(gap)) and not _OWN_MEASURE_AFTER.match(ctx.text, change.span[1])


def _classify(ctx: ArticleContext, a: Claim, b: Claim, gap: str) -> Link | None:
    text = ctx.text
    span = (a.span[1], b.span[0])

    def link(kind: LinkKind) -> Link:
        return Link(kind, a, b, gap.strip() or gap, span)

    a_change, b_change = _is_change(a), _is_change(b)
    if a_change and b_change:
        if (a.quantity.kind in (QuantityKind.PERCENT, QuantityKind.PERCENTAGE_POINT)) != (
            b.quantity.kind in (QuantityKind.PERCENT, QuantityKind.PERCENTAGE_POINT)
        ) and _RESTATED_GAP.match(gap):
            return link(LinkKind.RESTATED)
        if a.quantity.kind == b.quantity.kind == QuantityKind.PERCENT and _RATE_FROM_GAP.match(gap):
            return link(LinkKind.RATE_FROM)  # "grew 6.7%, quite a slowdown from 11.8% growth"
        return None
    if (
        a_change
        and a.quantity.kind == QuantityKind.PERCENT
        and b.change is None
        and b.quantity.kind == QuantityKind.PERCENT
        and _RATE_FROM_GAP.match(gap)
    ):
        return link(LinkKind.RATE_FROM)  # "grew just 2.8%, a slowdown from 7.4% during the year before"
    if a_change and is_move_level(b):
        if _PREMIUM_TO.match(gap) and _CHANGE_FROM_GAP.match(gap):
            return link(LinkKind.CHANGE_FROM)  # "a 15% premium to the last close of $40": the base, not an end
        if _is_premium(a) and _PREMIUM_OF_TO.match(gap):
            return link(LinkKind.CHANGE_FROM)  # "a premium of 15% to the last close of $40"
        to = _CHANGE_TO_GAP.match(gap) or _CHANGE_DASH_TO_GAP.match(gap)
        if to is not None and basis_clash(to.group("words"), b):
            return None  # "orders up 16% by value, equal to 1,200 homes": the end is told in another measure
        if to is not None and _moves_another(a, b, to.group("words")):
            return (
                None  # "capacity rose 2%, lifting the load factor to 84.2%": the end is the object's, not the change's
            )
        if to is not None and _restates_level(ctx, a, b, to.group("words")):
            return None  # "€310 million, up 4%, equal to 1,150 flats": the flats restate the sum the change is of
        if to is not None and not _NOT_BETWEEN.search(to.group("words")) and not _FROM_LEAD.search(gap):
            compared = _COMPARED.search(to.group("words"))
            if compared is not None and "," not in to.group("words")[compared.end() :]:
                # "up 2.1 percent against its prior close of X"; but "compared to last year, to reach X"
                # ends at X.
                return link(LinkKind.CHANGE_FROM)
            return link(LinkKind.CHANGE_TO)
        if _CHANGE_FROM_GAP.match(gap):
            return link(LinkKind.CHANGE_FROM)
        if _placed_on_named_mark(a, b, gap):
            return link(LinkKind.CHANGE_FROM)
        return None
    bare_percent = b.change is None and b.quantity.kind == QuantityKind.PERCENT
    if is_move_level(a) and bare_percent and a.quantity.kind != QuantityKind.PERCENT and _BARE_RESTATED.match(gap):
        return link(LinkKind.PAIR_PERCENT)  # "slid to 8.2 million from 8.6 million, or 4.7%"
    if (
        is_move_level(a)
        and bare_percent
        and a.quantity.kind != QuantityKind.PERCENT
        and abs(a.quantity.value) >= 100
        and _BARE_OR.match(gap)
    ):
        # "fell from 8,600 to 2,150 or 75%" without its comma; "to 40 or 50%" is a range of two guesses
        return link(LinkKind.PAIR_PERCENT)
    if is_move_level(a) and b_change:
        if a.measure and b.measure and a.measure != b.measure and not _apposed_move(ctx, b, gap):
            return None  # "the value grew 55.5%, with a 44% growth in the number of sales": two measures
        if names_other_object(ctx, b):
            return None  # "830 pupils, down from 910, with a 12% rise in teachers": the change is of another thing
        if _NOTE_CHANGE_GAP.match(gap) and _NOTE_LEAD.search(lead(ctx, a, 30)):
            return link(LinkKind.NOTE_CHANGE)
        if _LEVEL_CHANGE_GAP.match(gap) or (_is_premium(b) and (_COPULA_GAP.match(gap) or _PREMIUM_OF_GAP.match(gap))):
            if starts_from(ctx, a):
                if _OWN_START.match(text, b.span[1]):
                    # "22 million, down 2% from 22.5 million, down 26% from 29.9 million": each change of the
                    # first figure has its own start
                    return None
                return link(LinkKind.START_CHANGE)
            return link(LinkKind.LEVEL_CHANGE)
        return None
    if not (is_move_level(a) and is_move_level(b)):
        return None
    if _AGES.search(lead(ctx, a, 24)):
        return None  # "people aged from 16 to 64": a band of ages, not a move
    if _NOTE.match(gap):
        return link(LinkKind.PRIOR_NOTE)
    if _FROM_LEAD.search(lead(ctx, a, 60)) and _FROM_TO_GAP.match(gap) and not re.search(r"\bfrom\b", gap, re.I):
        if _RANGE_NAMED.search(lead(ctx, a, 30)):
            return None  # "down from an earlier outlook of $3.1 billion to $3.2 billion": a range, not a move
        return link(LinkKind.FROM_TO)
    # "to $50 million compared to an estimate of $48 million": set against a forecast, not a start; "revised to
    # 81,000 from an initial estimate of 36,000" keeps its start.
    forecast = not re.search(r"\bfrom\b", gap, re.I) and is_estimate(ctx, b)
    if _GAP_SIZE.match(gap.lstrip(") ")):
        return None  # "which were $8 million higher compared to $210 million": the first figure is the gap
    if _TO_FROM_GAP.match(gap.lstrip(") ")) and not starts_from(ctx, a) and not forecast:
        if _is_referent(ctx, a):
            return None  # "the gap between the two widened from 50 points": "the two" names the rivals, no level
        if _dated_in_order(ctx, a, b, gap) or _years_named_in_order(ctx, a, b, gap):
            return link(LinkKind.FROM_TO)  # "31,420 were cast in 2008 vs 27,100 in 2012": the dates give the order
        return link(LinkKind.TO_FROM)  # also "(64,472) increased from 48,140"
    if (_THEN_TO_GAP.match(gap) or _AND_TO_GAP.match(gap)) and not starts_from(ctx, a):
        return link(LinkKind.THEN_TO)  # also "eased to 4.1 percent in 2021 and to 3.9 percent in 2022"
    if _OVER_GAP.match(gap) and is_prior_by_date(ctx, b) and not starts_from(ctx, a):
        return link(LinkKind.TO_FROM)  # "climbed to Rs 512 crore, over Rs 430 crore in the year-ago quarter"
    if not same_family(a, b):
        return None  # "Seventeen analysts expected $29.91 billion": the analysts are no actual
    if _mark_elsewhere(ctx, a, b) or _BY_FIGURE.search(text, *span):
        # "$2.9 million above estimate, bringing the total to $141.6 million": the first is a miss from an unprinted
        # estimate and the clause after it names a figure of its own; "beat estimates by $36 million (or 7%)": the
        # figures after "by" are the margin
        return None
    if COMPARED_OBJECT.search(lead(ctx, a, 70)):
        # "came to $90 million, below the $100 million expected and below the $95 million of 2024": the first
        # figure after a comparison word is what the result was compared with; the second word compares the
        # result again (see comparisons_chained), never the first reference with the second
        return None
    if _ESTIMATE_GAP.match(gap) and not re.search(r"\bfrom\b", gap, re.I) and not _polled_tally(gap, b):
        return link(LinkKind.ESTIMATE)
    if (
        _ESTIMATE_TRAIL.match(text[b.span[1] : b.span[1] + 40])
        and len(gap) < 60
        and re.search(
            r"\b(?:beat|beating|top|topped|topping|exceed|exceeded|exceeding|ahead\s+of|above|below|short\s+of|miss|missed"
            r"|missing|trail|trailed|trailing|under|over|than|surpass\w*|outpac\w*|lagg?\w*)\b",
            gap,
            re.IGNORECASE,
        )
    ):
        return link(LinkKind.ESTIMATE)
    return None


# A length of time written as one adjective before its noun: "a 12-month span", "the 52-week high", "10-year
# yields", "a five-year plan". The number names the period the words speak of, not a figure of the article.
_PERIOD_WORD = re.compile(
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"sixty|ninety|hundred)[-‑](?:year|month|week|day|hour|minute|quarter|decade|session|night)",
    re.IGNORECASE,
)
# Nouns after which such a length is a measured figure: "a six-month supply of homes" is a ratio of stock to sales.
_MEASURED_LENGTH = re.compile(r"\s+(?:supply|supplies|backlog|inventory|inventories)\b", re.IGNORECASE)


@per_claim
def is_period_word(ctx: ArticleContext, claim: Claim) -> bool:
    """A length of time that only names a period: "the 12-month span", "a 52-week high", or the "12 months" of
    "over the past 12 months" when another figure is read as dated by it. Never a level to pair with another."""
    if claim.quantity.kind != QuantityKind.DURATION:
        return False
    if _PERIOD_WORD.fullmatch(claim.quantity.text.strip()):
        return not _MEASURED_LENGTH.match(ctx.text, claim.span[1])
    return any(
        other.period is not None and other.period.span[0] <= claim.span[0] and claim.span[1] <= other.period.span[1]
        for other in ctx.claims
        if other.id != claim.id
    )


# "up 6% at constant currency", "a rise of 4% like-for-like", "8% on an organic basis": a change told on a basis of its
# own, with currency moves, acquisitions or new stores taken out, which the reported levels beside it do not share.
_OWN_BASIS = re.compile(
    r"^\s*(?:percent|per\s*cent|pct|%)?\s*,?\s*(?:(?:at|in|on)\s+(?:an?\s+)?)?"
    r"(?P<basis>constant[- ](?:currenc\w*|exchange(?:\s+rates?)?|rates?|fx)"
    r"|local[- ]currenc\w*|like[- ]for[- ]like|organic(?:ally)?|underlying|same[- ]store"
    r"|comparable|excluding\s+(?:currency|currencies|foreign\s+exchange|fx|exchange|acquisitions|disposals))\b",
    re.IGNORECASE,
)


def own_basis(ctx: ArticleContext, change: Claim, levels: list[Claim]) -> str | None:
    """The basis a change names just after it ("6% at constant currency") when none of ``levels`` names one just
    after it too: the levels are then the reported ones and may move apart from the change by right."""
    said = _OWN_BASIS.match(trail(ctx, change, 50))
    if said is None:
        return None
    if any(_OWN_BASIS.match(trail(ctx, level, 50)) for level in levels):
        return None
    return said.group("basis").lower()


def own_basis_doubt(basis: str) -> str:
    return f"the change is on a basis of its own (“{basis}”), which the levels beside it are not said to share"
