"""Direction words that make a figure a change ("up 8 percent", "gained $100 billion")."""

from __future__ import annotations

import re

from factcheck.claim import Change, ChangeKind
from factcheck.extraction.word_starts import search_from_words
from factcheck.literals import gated, plain_case
from factcheck.quantity import QuantityKind

UP = frozenset(
    [
        "up",
        "rose",
        "rise",
        "rises",
        "rising",
        "risen",
        "gained",
        "gain",
        "gains",
        "gaining",
        "jumped",
        "jump",
        "jumps",
        "jumping",
        "surged",
        "surge",
        "surges",
        "surging",
        "soared",
        "soar",
        "soars",
        "soaring",
        "climbed",
        "climb",
        "climbs",
        "climbing",
        "increased",
        "increase",
        "increases",
        "increasing",
        "grew",
        "grow",
        "grows",
        "growing",
        "grown",
        "added",
        "add",
        "adds",
        "adding",
        "rallied",
        "rally",
        "rallies",
        "advanced",
        "advance",
        "advances",
        "higher",
        "boosted",
        "boost",
        "raised",
        "raise",
        "spiked",
        "spike",
        "rebounded",
        "rebound",
        "expanded",
        "expand",
        "expands",
        "widened",
        "doubled",
        "tripled",
        "quadrupled",
        "growth",
        "accelerated",
        "hike",
        "hikes",
        "hiked",
        # Colourful verbs of news copy: past tenses only where the bare word is also a noun ("a leap", "a dive").
        "leapt",
        "leaped",
        "rocketed",
        "swelled",
        "ballooned",
        "zoomed",
        "strengthened",
        "appreciated",
        # "tacked on 210 points": market copy's rise, read only with its "on" (see _BEFORE_RE).
        "tacked",
    ]
)
DOWN = frozenset(
    [
        "down",
        "fell",
        "fall",
        "falls",
        "falling",
        "fallen",
        "dropped",
        "drop",
        "drops",
        "dropping",
        "declined",
        "decline",
        "declines",
        "declining",
        "slid",
        "slide",
        "slides",
        "sliding",
        "plunged",
        "plunge",
        "plunges",
        "plunging",
        "plummeted",
        "plummet",
        "tumbled",
        "tumble",
        "tumbles",
        "sank",
        "sink",
        "sinks",
        "slumped",
        "slump",
        "slumps",
        "slipped",
        "slip",
        "slips",
        "dipped",
        "dip",
        "dips",
        "decreased",
        "decrease",
        "decreases",
        "decreasing",
        "lost",
        "lose",
        "loses",
        "losing",
        "shed",
        "sheds",
        "shedding",
        "cut",
        "cuts",
        "reduced",
        "reduce",
        "reduces",
        "lower",
        "lowered",
        "shrank",
        "shrink",
        "shrinks",
        "shrunk",
        "contracted",
        "contraction",
        "retreated",
        "retreat",
        "eased",
        "ease",
        "crashed",
        "crash",
        "halved",
        "narrowed",
        "wiped",
        "wiping",
        "erased",
        "erasing",
        "skidded",
        "tanked",
        "dived",
        "nosedived",
        "sagged",
        "slashed",
        "trimmed",
        "receded",
        "weakened",
        "depreciated",
        "dwindled",
        "dwindle",
        "dwindles",
        # Market-close verbs of a fall: "descended 431 points, or 1.3%", "stumbled 2.1%", "surrendered 96 points".
        "descended",
        "stumbled",
        "surrendered",
        "sputtered",
    ]
)
_WORD_ALT = "|".join(sorted(UP | DOWN, key=len, reverse=True))
# Verb, an optional "by"/"of", then the quantity (its hedge already removed by the caller). "By" and an article
# may carry one adjective of any kind: "grew by a modest 8%", "fell by a painful 40 percent" give the amount of
# the move whatever the word. Without "by" only a word of degree may stand there: "jumped a whopping 80%" is a
# move, "declined a revised 5% offer" is an act on a thing.
_BEFORE_RE = re.compile(
    rf"(?<![A-Za-z])(?P<verb>{_WORD_ALT})"
    r"(?:[ \u00a0]+by[ \u00a0]+an?[ \u00a0]+[A-Za-z]+(?:-[A-Za-z]+)?"
    r"|[ \u00a0]+an?[ \u00a0]+(?:additional|extra|further|mere|modest|marginal|slight|small|whopping|staggering"
    r"|hefty|healthy|steep|sharp|solid|robust|strong|massive|huge|big|record|remarkable|dramatic|significant"
    r"|substantial|meagre|meager|paltry|respectable|impressive|stunning|estimated|reported|average|annual)"
    r"|[ \u00a0]+(?:by|of|another|nearly|almost|just|only|merely|slightly|still)"
    # "tacked on 210 points": the particle of the one verb that needs it (a bare "on" after a verb is a date).
    r"|(?<=tacked)[ \u00a0]+on"
    # "increased strongly by 64 units", "fell markedly by 4%": an adverb of manner between the verb and "by".
    r"|[ \u00a0]+[A-Za-z]{2,}ly[ \u00a0]+by"
    # "increased year-on-year by 6.1%": the basis of the move said between the verb and "by".
    r"|[ \u00a0]+(?:year|month|quarter|week)[- \u00a0](?:on|over)[- \u00a0](?:year|month|quarter|week)[ \u00a0]+by)?"
    r"[ \u00a0]*$",
    re.IGNORECASE,
)
# "at a lower 5.2 percent", "a higher 4%": "a" and a comparative right before the figure make it a level.
COMPARATIVE_LEVEL_RE = re.compile(r"(?<![A-Za-z])(?:a|an)[ \u00a0]+(?:lower|higher)$", re.IGNORECASE)
# "cut interest rates by a quarter point", "raised its key rate 25 basis points": the rate stands between.
_RATE_OBJECT_RE = re.compile(
    rf"(?<![A-Za-z])(?P<verb>{_WORD_ALT})(?:[ \u00a0]+[A-Za-z'’-]+){{0,3}}?[ \u00a0]+rates?"
    r"(?:[ \u00a0]+by)?[ \u00a0]*$",
    re.IGNORECASE,
)
# "raised its quarterly dividend by 7 percent", "cut prices 10%": a verb that acts on its object, the object
# between. Only objects that are amounts (never a stake or a share, whose change may be in points).
_OBJECT_RE = re.compile(
    r"(?<![A-Za-z])(?P<verb>rais(?:e|ed|es|ing)|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|hik(?:e|ed|es|ing)"
    r"|increas(?:e|ed|es|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?|reduc(?:e|ed|es|ing)|trim(?:s|med|ming)?"
    r"|slash(?:es|ed|ing)?)"
    r"[ \u00a0]+(?:its|their|the|his|her|our|a)(?:[ \u00a0]+[A-Za-z'’-]+){0,2}?[ \u00a0]+"
    r"(?:dividends?|payouts?|prices?|fees?|fares?|wages?|salaries|pay|rents?|tariffs?|forecasts?|budgets?|output"
    r"|production)"
    r"(?:[ \u00a0]+by)?[ \u00a0]*$",
    re.IGNORECASE,
)
# "plummeted on Monday by about $151bn": the verb, a few words of time or place, then "by" and the amount.
_VERB_THEN_BY_RE = re.compile(
    rf"(?<![A-Za-z])(?P<verb>{_WORD_ALT})[ \u00a0]+(?P<lead>on|in|at|during|over|for|last|this|since|after|overnight"
    r"|yesterday|today|sharply|slightly|steeply|overall|again|further|late|early)"
    r"(?:,?[ \u00a0]+(?!by\b)[A-Za-z'’-]+){0,5},?[ \u00a0]+by[ \u00a0]*$",
    re.IGNORECASE,
)
# "grew its profit for the half by $2.2bn": a verb acting on its object, the object (and a time) between. Read of an
# amount or a count only: a percentage "by" which "its stake" or "its profile" was raised may be in points, or of no
# amount at all (:data:`_OBJECT_RE` names the objects a percentage may move).
_OBJECT_THEN_BY_RE = re.compile(
    rf"(?<![A-Za-z])(?P<verb>{_WORD_ALT})[ \u00a0]+(?P<lead>its|their|his|her|our|it|them)"
    r"(?:,?[ \u00a0]+(?!by\b)[A-Za-z'’-]+){0,5},?[ \u00a0]+by[ \u00a0]*$",
    re.IGNORECASE,
)
_AGENT_WORD_RE = re.compile(r"(?<![A-Za-z])(?:[a-z]+(?:ed|en)|hit|led|set|cut|hurt|made|caused|driven)(?![A-Za-z])")
# "30 percent more headsets than a year earlier": a percentage set before a comparison with "than".
_COMPARED_AFTER_RE = re.compile(
    r"[ \u00a0]+(?P<verb>more|fewer|less|cheaper|dearer|bigger|smaller|larger|greater|faster|slower|longer|shorter)"
    r"(?:[ \u00a0]+(?!than\b)[A-Za-z'’-]+){0,4}[ \u00a0]+than\b",
    re.IGNORECASE,
)
_COMPARED_UP = frozenset({"more", "dearer", "bigger", "larger", "greater", "faster", "longer"})
# "revenues increased twice as much, 8.1%": the figure after the comparison restates the move.
_AS_MUCH_BEFORE_RE = re.compile(
    rf"(?<![A-Za-z])(?P<verb>{_WORD_ALT})(?:[ \u00a0]+[A-Za-z-]+){{0,3}}?[ \u00a0]+as[ \u00a0]+"
    r"(?:much|fast|quickly|rapidly|strongly|sharply|steeply|steadily)[ \u00a0]*[,:–—(][ \u00a0]*$",
    re.IGNORECASE,
)
_AS_MUCH_BEFORE_RE = gated(_AS_MUCH_BEFORE_RE)  # tried on every figure's window, seldom matching there
# "closed at 41.20 for a loss of 3.10 points": an index's fall in points. Only in points: "a loss of $5 million" is
# a result, not a move.
_POINTS_LOSS_RE = re.compile(r"(?<![A-Za-z])(?:a|an)[ \u00a0]+(?P<verb>loss)[ \u00a0]+of[ \u00a0]*$", re.IGNORECASE)
# "a 4.5 point rise": the figure is the bare number, "point" stands between it and the move.
_AFTER_RE = re.compile(
    r"(?:[ \u00a0]+point)?[ \u00a0]+(?P<verb>higher|lower|increase|decrease|rise|drop|decline|gain|jump|fall|growth"
    r"|surge|plunge|slide|cut|hike)"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)


_PLACED_RE = re.compile(
    r"[ \u00a0]+(?P<verb>above|below|ahead|behind)(?:[ \u00a0]+of)?[ \u00a0]+(?:the|its|their|a|last|this|that|year|"
    r"[A-Z$£€¥₹]|\d)",
)

# "a 38% premium over the offer price", "a 12% discount to Friday's close": a price set against a base.
_PREMIUM_RE = re.compile(r"[ \u00a0]+(?:(?P<verb>premium)[ \u00a0]+(?:to|over)|(?P<down>discount)[ \u00a0]+to)\b", re.I)
# The same with the noun first: "a premium of 38% over the offer price", "at a discount of about 12% to the close".
_PREMIUM_OF_RE = re.compile(
    r"(?<![A-Za-z])(?P<verb>premium|discount)[ \u00a0]+of[ \u00a0]+(?:(?:about|around|roughly|some|nearly|almost"
    r"|approximately|more[ \u00a0]+than|just[ \u00a0]+(?:over|under))[ \u00a0]+)?$",
    re.I,
)
# "41,210 points, 3.6% down from its peak", "7% up on last year": a percentage's gap from a base it names ("a 20%
# down payment" names none; "$40.5 billion, up from" is a level and its start).
_UP_DOWN_FROM_RE = re.compile(
    r"[ \u00a0]+(?P<verb>up|down)(?=[ \u00a0]+(?:from|on|over|against|compared|versus|vs\.?|year[- ]on[- ]year)"
    r"(?![A-Za-z]))",
    re.IGNORECASE,
)
_PREMIUM_OF_AFTER_RE = re.compile(r"[ \u00a0]+(?:to|over)\b", re.I)


# "gave up 96 points": the verb before "up" that makes it a fall.
_GAVE_UP_RE = re.compile(r"(?<![A-Za-z])(?:gave|give|gives|giving|given)[ \u00a0]+$", re.IGNORECASE)
# "made up 9% of revenue", "sets up": before "up", a part or an act, not a rise.
NOT_A_RISE_RE = re.compile(
    r"(?<![A-Za-z])(?:make|makes|made|making|take|takes|took|taking|set|sets|setting|add|adds|added|adding"
    r"|sum|sums|summed|summing|divided|split)[ \u00a0]+$",
    re.IGNORECASE,
)
# "a negative growth of 1.7%", "minus growth": a rise-word negated, which statistics copy uses for a fall.
_NEGATIVE_RISE_RE = re.compile(r"(?<![A-Za-z])(?:negative|minus)[ \u00a0]+$", re.IGNORECASE)
# Between a move and the same move in other units: "up $1.17, or 1.2%", "fell 50 points (2%)".
RESTATED_GAP_RE = re.compile(
    r"\s*,?\s*(?:or|\(|–|—|-)\s*(?:(?:nearly|about|around|almost|roughly|some|over|more\s+than|just)\s+)?",
    re.IGNORECASE,
)


_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _last_words(text: str, start: int, end: int, count: int) -> int:
    """Where the last ``count`` runs of letters of ``text[start:end]`` begin (``start`` if it has fewer).

    _BEFORE_RE matches a verb and at most four runs of letters after it ("by an eye-catching"), up to the end: no
    match can begin before its fifth run from the end, so its search begins there instead of trying every
    position of the window. Where a character beyond ASCII may match a letter, the whole window is searched.
    """
    if not plain_case(text[start:end]):
        return start
    i = end
    for _ in range(count):
        while i > start and text[i - 1] not in _LETTERS:
            i -= 1
        while i > start and text[i - 1] in _LETTERS:
            i -= 1
        if i == start:
            return start
    return i


_DIRECTION_WORDS = UP | DOWN


def _search_from_verb(regex: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """``regex.search(text, start, end)`` for a pattern that opens with a direction word (``_WORD_ALT``), tried only
    where one begins: the search tries the alternation of some 150 words at every position of the window, the cost of
    reading a figure's change. These patterns have no letter before the word and a space (or the window's end) after
    it, as :func:`search_from_words` asks."""
    return search_from_words(regex, _DIRECTION_WORDS, text, start, end)


def _ends_in_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends in a letter but for spaces, or but for spaces and a last line break (which a
    pattern's "$" lets through)."""
    tail = text[start:end]
    if tail.rstrip(" \u00a0")[-1:].isalpha():
        return True
    return tail.endswith("\n") and tail[:-1].rstrip(" \u00a0")[-1:].isalpha()


def _premium_of(text: str, start: int, end: int) -> re.Match[str] | None:
    """ "a premium of 38% over ...": the noun before the figure, its base after; a discount only "to" one (a
    "discount of 20% on the door price" may be a saving, not a price set against a base)."""
    before = _PREMIUM_OF_RE.search(text, max(0, start - 40), start)
    if before is None:
        return None
    after = _PREMIUM_OF_AFTER_RE.match(text, end, min(len(text), end + 8))
    if after is None or (before.group("verb").lower() == "discount" and after.group(0).strip().lower() != "to"):
        return None
    return before


def change_for(text: str, start: int, end: int, kind: QuantityKind, clause_start: int) -> Change | None:
    """The change a quantity at ``start:end`` expresses, if a direction word governs it."""
    window_start = max(clause_start, start - 40)
    # Both patterns end in a word right before the figure: when the window does not, neither can match.
    ends_in_word = _ends_in_word(text, window_start, start)
    match = (
        _search_from_verb(_BEFORE_RE, text, _last_words(text, window_start, start, 5), start) if ends_in_word else None
    )
    verb_span: tuple[int, int] | None = None
    verb = None
    if match is None and kind is QuantityKind.PERCENTAGE_POINT and ends_in_word:
        match = _search_from_verb(_RATE_OBJECT_RE, text, window_start, start)
    if match is None and kind is QuantityKind.PERCENT and ends_in_word:
        match = _OBJECT_RE.search(text, window_start, start)
    if match is None:
        # Across commas too: "sank on Friday, at its worst by roughly $88bn".
        lead_start = max(0, start - 80)
        # The pattern ends in "by": without one in the window it cannot match ("b" and "y" have no other case forms).
        has_by = "by" in text[lead_start:start].lower()
        match = _search_from_verb(_VERB_THEN_BY_RE, text, lead_start, start) if has_by else None
        if match is None and has_by and kind in (QuantityKind.MONEY, QuantityKind.COUNT):
            match = _search_from_verb(_OBJECT_THEN_BY_RE, text, lead_start, start)
        if match is not None and _AGENT_WORD_RE.search(text, match.end("lead"), start):
            match = None  # "rose in the areas hit by 5 storms": "by" names an agent, not the amount
    if match is None and kind is QuantityKind.PERCENT:
        match = _AS_MUCH_BEFORE_RE.search(text, max(0, start - 60), start)
    if match is None and text[max(start, end - 6) : end].lower().endswith(("point", "points")):
        match = _POINTS_LOSS_RE.search(text, max(0, start - 20), start)
    if match and COMPARATIVE_LEVEL_RE.search(text, max(0, match.start("verb") - 8), match.end("verb")):
        return None  # "came in at a lower 5.2 percent": an adjective on a level, not a fall of 5.2 percent
    if match:
        verb, verb_span = match.group("verb"), (match.start("verb"), match.end("verb"))
    else:
        after = _AFTER_RE.match(text, end, min(len(text), end + 16))
        if after is None and kind is QuantityKind.PERCENT:
            after = _UP_DOWN_FROM_RE.match(text, end, min(len(text), end + 24))
        if after:
            verb, verb_span = after.group("verb"), (after.start("verb"), after.end("verb"))
        elif kind is QuantityKind.PERCENT:
            compared = _COMPARED_AFTER_RE.match(text, end, min(len(text), end + 60))
            if compared is not None:
                word = compared.group("verb")
                return Change(
                    direction=1 if word.lower() in _COMPARED_UP else -1,
                    kind=ChangeKind.RELATIVE,
                    verb=word,
                    verb_span=(compared.start("verb"), compared.end("verb")),
                )
            # "7.1 percent below the record", "5.8% above March last year": a percentage set against a base.
            placed = _PLACED_RE.match(text, end, min(len(text), end + 24)) or _PREMIUM_RE.match(
                text, end, min(len(text), end + 24)
            )
            if placed is None:
                placed = _premium_of(text, start, end)
            if placed:
                word = "verb" if placed.group("verb") else "down"
                up = placed.group(word).lower() in ("above", "ahead", "premium")
                span = (placed.start(word), placed.end(word))
                return Change(
                    direction=1 if up else -1, kind=ChangeKind.RELATIVE, verb=placed.group(word), verb_span=span
                )
    if verb is None or verb_span is None:
        return None
    lowered = verb.lower()
    if lowered == "tacked" and not re.match(r"[ \u00a0]+on\b", text[verb_span[1] : start], re.IGNORECASE):
        return None  # "tacked" moves a figure only with its "on"
    gave = _GAVE_UP_RE.search(text, max(0, verb_span[0] - 9), verb_span[0]) if lowered == "up" else None
    if gave is not None:
        # "gave up 96 points, or 0.4%": a fall told with a rise's particle.
        span = (gave.start(), verb_span[1])
        return Change(direction=-1, kind=_kind(kind), verb=text[span[0] : span[1]], verb_span=span)
    if lowered == "up" and NOT_A_RISE_RE.search(text, max(0, verb_span[0] - 12), verb_span[0]):
        return None  # "made up 9% of revenue", "sets up": a part or an act, not a rise
    if lowered.startswith("rais") and kind is QuantityKind.MONEY and not text[verb_span[1] : start].strip():
        return None  # "raised Y5.3 billion through the sale of shares": money collected, not a rise
    direction = 1 if lowered in UP else -1
    if text[max(0, verb_span[0] - 3) : verb_span[0]].lower() == "de-":
        # "revenue de-grew 5%", "a de-growth of 3.7%": Indian business copy's word for a fall, not a rise.
        direction, verb_span = -1, (verb_span[0] - 3, verb_span[1])
        verb = text[verb_span[0] : verb_span[1]]
    negated = _NEGATIVE_RISE_RE.search(text, max(0, verb_span[0] - 12), verb_span[0])
    if direction == 1 and negated is not None:
        # "registering a negative growth of 1.7%", "minus growth of 3%": trade and statistics copy's fall.
        direction, verb_span = -1, (negated.start(), verb_span[1])
        verb = text[verb_span[0] : verb_span[1]]
    if match is not None and match.re is _OBJECT_RE:
        direction = 1 if lowered.startswith(("rais", "lift", "boost", "hik", "increas")) else -1
    return Change(direction=direction, kind=_kind(kind), verb=verb, verb_span=verb_span)


def _kind(kind: QuantityKind) -> ChangeKind:
    if kind is QuantityKind.PERCENTAGE_POINT:
        return ChangeKind.POINTS
    if kind in (QuantityKind.PERCENT, QuantityKind.MULTIPLE, QuantityKind.FRACTION, QuantityKind.MAGNITUDE):
        return ChangeKind.RELATIVE
    return ChangeKind.ABSOLUTE


def multiple_change(word: str, span: tuple[int, int]) -> Change | None:
    """ "doubled" and "halved" are changes by themselves."""
    lowered = word.lower()
    if lowered.startswith(("doubl", "tripl", "quadrupl")):
        return Change(direction=1, kind=ChangeKind.RELATIVE, verb=word, verb_span=span)
    if lowered.startswith("halv"):
        return Change(direction=-1, kind=ChangeKind.RELATIVE, verb=word, verb_span=span)
    return None
