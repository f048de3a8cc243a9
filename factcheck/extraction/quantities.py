"""From numbers to quantities: currency, percent, per-unit, counts, ranks, multiples, ranges.

The finder walks the numbers found by :mod:`numbers` and reads a bounded window
around each one, so the cost is linear in the text whatever the input looks like.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from factcheck.extraction.changes import RESTATED_GAP_RE
from factcheck.extraction.currencies import currency_after, currency_before
from factcheck.extraction.dimensions import _BY_SURFACE, WORD_UNITS, unit_after
from factcheck.extraction.hedges import hedge_after, hedge_before, interval
from factcheck.extraction.keywords import folded, words_in
from factcheck.extraction.labels import label_number_spans
from factcheck.extraction.names import is_name_ordinal, named_number_spans
from factcheck.extraction.numbers import LETTER_SCALES, Number, find_numbers, find_ordinals, words_value
from factcheck.extraction.relative_ranks import Anchor, find_relative_ranks
from factcheck.extraction.sentences import unwrap
from factcheck.extraction.spans import StaticSpans
from factcheck.extraction.timerefs import TimeScan, find_time
from factcheck.literals import gated, led
from factcheck.quantity import Hedge, Quantity, QuantityKind
from factcheck.units import noun_unit, per_unit

# A "%" sign may run into the next word ("37%of global shipments"); a word unit may not.
_PERCENT_RE = re.compile(
    r"[ \u00a0-]?(?:(?P<pp>percentage[ \u00a0-]points?|pct\.?[ \u00a0]points?|ppts?|pp)"
    r"|(?P<bp>basis[ \u00a0-]points?|bps)"
    r"|(?P<pc>%|percents?|percentage(?![ \u00a0-]points?)|per[ \u00a0]cent|pct\.?|(?-i:pc))"
    r"(?:[ \u00a0-](?P<ppt>points?))?)(?:(?![A-Za-z])|(?<=%)(?=[a-z]{2,}\b))",
    re.IGNORECASE,
)
_PER_RE = re.compile(
    r"(?:[ \u00a0]?/[ \u00a0]?|[ \u00a0](?:per|an?|each)[ \u00a0])"
    # "per diluted share", "a basic share", "per ordinary share": the kind of share, then the noun.
    r"(?:(?:fully[ \u00a0-])?(?:diluted|basic|ordinary|common|adjusted|preference|preferred|class[ \u00a0][A-C])"
    r"[ \u00a0](?=(?:shares?|ADS|ADSs|units?)\b))?"
    r"(?P<noun>(?!cent\b)[A-Za-z][A-Za-z-]{0,20})(?![A-Za-z])",
    re.IGNORECASE,
)
# A rate after a physical amount: "barrels a day", "tonnes per year", "litres/hour".
_RATE_RE = re.compile(
    r"(?:[ \u00a0](?:an?|per|each)[ \u00a0]|[ \u00a0]?/[ \u00a0]?)"
    r"(?P<t>day|week|month|year|annum|hour|minute|second|yr|hr|d|h)(?![A-Za-z])",
    re.IGNORECASE,
)
_RATE_UNITS = {"day": "day", "d": "day", "week": "week", "month": "month", "year": "year", "annum": "year",
               "yr": "year", "hour": "hour", "hr": "hour", "h": "hour", "minute": "minute",
               "second": "second"}  # fmt: skip
_ARTICLE_PER_NOUNS = frozenset(
    [
        "share",
        "dozen",
        "year",
        "month",
        "week",
        "day",
        "hour",
        "night",
        "barrel",
        "gallon",
        "litre",
        "liter",
        "ton",
        "tonne",
        "kilogram",
        "pound",
        "head",
        "person",
        "piece",
        "unit",
        "ticket",
        "seat",
        "unit",
        "user",
        "subscriber",
        "customer",
        "employee",
        "game",
        "visit",
        "ounce",
        "mile",
        "kilowatt-hour",
    ]
)
_MULTIPLE_AFTER_RE = re.compile(r"[ \u00a0-]?(?:times|fold|x)(?![A-Za-z])", re.IGNORECASE)
_MULTIPLE_WORD_RE = re.compile(
    r"(?<![A-Za-z-])(?P<w>doubled|doubling|doubles|tripled|tripling|triples|quadrupled|quadrupling|halved|halving|halves"
    r"|twice|thrice|double|triple|quadruple)(?![A-Za-z-])",
    re.IGNORECASE,
)
_FOLD_RE = re.compile(
    r"(?<![A-Za-z-])(?P<w>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)"
    r"-?fold(?![A-Za-z])",
    re.IGNORECASE,
)
# The words _MULTIPLE_WORD_RE and _FRACTION_RE match, each only as a whole run of letters (keywords.words_in).
_MULTIPLE_WORDS = frozenset(
    {"doubled", "doubling", "doubles", "tripled", "tripling", "triples", "quadrupled", "quadrupling", "halved",
     "halving", "halves", "twice", "thrice", "double", "triple", "quadruple"}
)  # fmt: skip
_FRACTION_WORDS = frozenset(
    {"half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth", "sixths", "seventh",
     "sevenths", "eighth", "eighths", "ninth", "ninths", "tenth", "tenths"}
)  # fmt: skip
_MULTIPLES = {"doub": 2.0, "twic": 2.0, "trip": 3.0, "thri": 3.0, "quad": 4.0, "halv": 0.5}
_FRACTION_RE = re.compile(
    r"(?<![A-Za-z-])(?:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine)[ \u00a0-]+)?"
    r"(?P<d>half|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)(?![A-Za-z-])",
    re.IGNORECASE,
)
_FRACTION_RE = led(_FRACTION_RE)  # read over the whole article: tried only where its first words are
_DENOMINATORS = {"hal": 2, "thi": 3, "qua": 4, "fif": 5, "six": 6, "sev": 7, "eig": 8, "nin": 9, "ten": 10}
_MAGNITUDE_RE = re.compile(
    r"(?<![A-Za-z-])(?P<w>single|double|triple|quadruple)[ \u00a0-]+digits?(?![A-Za-z])", re.IGNORECASE
)
_MAGNITUDE_RE = led(_MAGNITUDE_RE)  # read over the whole article: tried only where its first words are
_MAGNITUDES = {"single": (1.0, 9.99), "double": (10.0, 99.99), "triple": (100.0, 999.99), "quadruple": (1e3, 9999.99)}
_RANK_NO_RE = re.compile(
    r"(?<![A-Za-z])(?:No\.?|Number|#)[ \u00a0]?"
    r"(?P<n>\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)(?![\w.]\d|[A-Za-z0-9])"
)
_RANK_NO_RE = led(_RANK_NO_RE)  # read over the whole article: tried only where its first words are
_RANK_CONTEXT_RE = re.compile(
    r"[ \u00a0-]+(?:(?:most|least)[ \u00a0]+\w+|largest|biggest|highest|lowest|smallest|best|worst|place|position"
    r"|spot|rank|ranked|busiest|richest|largest-ever|fastest|slowest|oldest|leading|top)(?![A-Za-z])",
    re.IGNORECASE,
)
_NOUN_RE = re.compile(r"[ \u00a0](?P<w>[A-Za-z][A-Za-z'’-]{0,30})(?:[ \u00a0](?P<w2>[A-Za-z][A-Za-z'’-]{0,30}))?"
                      r"(?:[ \u00a0](?P<w3>[A-Za-z][A-Za-z'’-]{0,30}))?")  # fmt: skip
_STOP = frozenset(
    [
        "a",
        "an",
        "across",
        "through",
        "between",
        "among",
        "against",
        "along",
        "behind",
        "beyond",
        "during",
        "inside",
        "outside",
        "toward",
        "towards",
        "upon",
        "within",
        "without",
        "via",
        "near",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "with",
        "from",
        "into",
        "onto",
        "than",
        "as",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "this",
        "these",
        "those",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "has",
        "have",
        "had",
        "having",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "not",
        "no",
        "so",
        "if",
        "then",
        "there",
        "here",
        "it",
        "its",
        "it's",
        "their",
        "them",
        "they",
        "he",
        "she",
        "we",
        "you",
        "i",
        "his",
        "her",
        "our",
        "your",
        "my",
        "me",
        "us",
        "per",
        "percent",
        "about",
        "around",
        "over",
        "under",
        "more",
        "less",
        "fewer",
        "most",
        "least",
        "up",
        "down",
        "after",
        "before",
        "since",
        "until",
        "while",
        "when",
        "where",
        "also",
        "just",
        "only",
        "still",
        "even",
        "each",
        "every",
        "all",
        "some",
        "any",
        "both",
        "either",
        "neither",
        "such",
        "what",
        "how",
        "why",
        "again",
        "yet",
        "very",
        "too",
        "alone",
        "ago",
        "later",
        "earlier",
        "last",
        "next",
        "this",
        "times",
        "time",
    ]
)
_ONE_OF_SUPERLATIVE_RE = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:the|its|their|his|her|our|my|your|this|these|those)[ \u00a0]+"
    r"(?:[A-Za-z]+(?:’s|'s)?[ \u00a0]+)?(?P<w>most|least|best|worst|[a-z]{2,}est)\b"
)
# Words ending in "-est" that are no superlatives: "one of the interest rates", "one of the forest fires".
_NOT_SUPERLATIVES = frozenset(
    {"interest", "forest", "honest", "modest", "request", "harvest", "protest", "contest", "conquest", "guest",
     "quest", "chest", "vest", "rest", "west", "test", "nest", "pest", "crest", "priest", "unrest", "arrest",
     "digest", "manifest", "invest", "suggest", "midwest", "southwest", "northwest", "inquest", "bequest"}
)  # fmt: skip
# Compounds that count the parts of the thing they describe: "a four-cylinder engine", "a 12-storey block".
_COUNTED_PARTS = {
    "cylinder": "cylinders", "door": "doors", "seat": "seats", "seater": "seats", "wheel": "wheels",
    "bedroom": "bedrooms", "bathroom": "bathrooms", "room": "rooms", "storey": "storeys", "story": "stories",
    "floor": "floors", "lane": "lanes", "bed": "beds", "engine": "engines", "blade": "blades",
}  # fmt: skip
_PRONOUN_ONE_RE = re.compile(r"(?:\b(?:the|no|any|this|that|each|every|which|someone|anyone|same)\s+)$", re.IGNORECASE)
_ONE_OF_RE = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|those|these|them|us)\b", re.IGNORECASE)
# Spaces only, no line break: a break left after unwrapping ends a paragraph or a list item, and "Sales hit 23" then
# "- 5 items" below it are two figures, not one range.
_RANGE_GAP_RE = re.compile(
    r"^[^\S\n]*(?:-[^\S\n]*(?=to\b))?(?:-|–|—|to|and|or)[^\S\n]*(?:US\$|\$|€|£|¥|₹|RMB[^\S\n]?|Rs\.?[^\S\n]?)?$",
    re.IGNORECASE,
)
_SCALE_THEN_RE = re.compile(r"[ \u00a0]?(?:thousand|million|billion|trillion|bn|mn)(?![A-Za-z])", re.IGNORECASE)
_BETWEEN_RE = re.compile(r"(?<![A-Za-z])(?:between|from)\s*(?:US\$|\$|€|£|¥|₹)?$", re.IGNORECASE)
# After "5m": words that make it five metres rather than five million.
_METRE_CONTEXT_RE = re.compile(
    r"(?:[ \u00a0-]+(?:tall|high|long|wide|deep|away|above|below|under|in\b|across|down|up|sprint|race|hurdles"
    r"|freestyle|dash|relay|run|swim|mark|line|zone|radius|diameter|height|depth|length|width|metres|meters)"
    r"|[^ \u00a0A-Za-z-]|$)",
    re.IGNORECASE,
)
_URL_RE = led(re.compile(r"(?<![^\s(\[<\"'])(?:https?://|www\.)[^\s<>\"']++", re.IGNORECASE))  # as _RANK_NO_RE
_WEIGHT_HINT_RE = re.compile(r"£|sterling|\bpence\b|\bBritish\b|\bUK\b|\bBritain\b|\bBank of England\b")
# "increased from11.7 percent": a space lost after a small word, not a name like "V3" or "Q4".
_GLUED_WORD_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:from|to|by|of|at|than|and|or|about|around|nearly|almost|over|under|between|was|were|is|are"
    r"|reached|hit|rose|fell|with)$"
)
_PLUS_BEFORE_RE = re.compile(r"(?<![\w+])\+[ \u00a0]?$")
_PENCE_RE = re.compile(r"p(?![A-Za-z0-9])")
# Where a glued "p" is pence: British money copy, or a share price ("At 118.5p, its shares ..."), near the figure.
_STERLING_HINT_RE = re.compile(
    r"£|\bGBP\b|sterling|\bpence\b|\bFTSE\b|\bBritish\b|\bUK\b|\bBritain\b|\bLondon\b|(?i:\bshares?\b)|\bstock\b"
    r"|\bdividends?\b"
)
# Anywhere in the article, what makes it British money copy: a pound figure, "sterling", "pence", the FTSE, or a
# percentage printed "11.8pc". A "p" glued to a figure in such copy is pence however far from the cue.
_STERLING_COPY_RE = re.compile(r"£\s?\d|\bGBP\b|\bsterling\b|\bpence\b|\bFTSE\b|\d(?:\.\d+)?pc\b")
# A glued "p" that is no penny: "5p.m.", "1080p" video (apart), "a 2p orbital".
_NOT_PENCE_AFTER_RE = re.compile(r"p(?:\.?\s?m\b|[-\s](?:orbitals?|values?|waves?|shells?|electrons?)\b)", re.I)
_VIDEO_HINT_RE = re.compile(r"(?i)video|resolution|display|screen|stream|camera|monitor|\bHD\b|\bfps\b|pixel")
_RESOLUTIONS = frozenset({144.0, 240.0, 360.0, 480.0, 576.0, 720.0, 1080.0, 1440.0, 2160.0, 4320.0})


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    value: float
    unit: str
    kind: QuantityKind
    rounding: float = 0.0
    hedge: Hedge = Hedge.EXACT
    hedge_start: int | None = None
    noun: str | None = None
    lower: float | None = None
    upper: float | None = None
    bounds_fixed: bool = False  # magnitude words carry their own bounds
    is_range: bool = False
    relative_to: Anchor | None = None
    end_spans: tuple[tuple[int, int], tuple[int, int]] | None = None  # a written range's two printed ends
    shared_scale: float | None = None  # the scale one end borrowed from the other

    def to_quantity(self, text: str) -> Quantity:
        lower, upper = self.lower, self.upper
        ends = None
        if not self.bounds_fixed:
            if self.is_range:
                lo = self.lower if self.lower is not None else self.value
                hi = self.upper if self.upper is not None else self.value
                ends = (lo, hi)
                lower, upper = interval(lo, self.rounding, self.hedge)[0], interval(hi, self.rounding, self.hedge)[1]
            else:
                lower, upper = interval(self.value, self.rounding, self.hedge)
        return Quantity(
            text=text[self.start : self.end],
            span=(self.start, self.end),
            value=self.value,
            unit=self.unit,
            kind=self.kind,
            lower=lower,
            upper=upper,
            hedge=self.hedge,
            rounding=self.rounding,
            noun=self.noun,
            is_range=self.is_range,
            ends=ends,
            relative_to=self.relative_to,
            end_spans=self.end_spans if self.is_range else None,
            shared_scale=self.shared_scale if self.is_range else None,
        )


def extract_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text`` in order; see :class:`factcheck.quantity.Quantity`."""
    return [m.to_quantity(text) for m in find_mentions(unwrap(text))]


def _time_after(time: TimeScan, start: int, end: int) -> int | None:
    """Where a time phrase that begins inside ``(start, end)`` starts, if one does."""
    starts = [ref.span[0] for ref in time.refs if start < ref.span[0] < end]
    return min(starts, default=None)


def find_mentions(text: str, time: TimeScan | None = None) -> list[Mention]:
    if not isinstance(text, str) or not text:
        return []
    time = time or find_time(text)
    urls = [(m.start(), m.end()) for m in _URL_RE.finditer(text)]
    blocked: list[tuple[int, int]] = sorted(time.blocked + urls + named_number_spans(text) + label_number_spans(text))
    mentions: list[Mention] = []
    mentions += _magnitudes(text)
    blocked_index = StaticSpans(blocked)
    # "the first half of 2024" is a period, not a fraction.
    period_spans = blocked + [ref.span for ref in time.refs]
    mentions += _point_fractions(text, StaticSpans(period_spans))
    mentions += _fractions(text, StaticSpans(period_spans + [(m.start, m.end) for m in mentions]))
    mentions += _ranks(text, time, blocked_index)
    mentions += _multiple_words(text)
    mentions += _inverted_percents(text)
    mentions += _vague_amounts(text)
    mentions += _one_in_n(text, StaticSpans(blocked + [(m.start, m.end) for m in mentions]))
    taken = StaticSpans([(m.start, m.end) for m in mentions] + blocked)
    for number in find_numbers(text):
        if taken.overlaps(number.start, number.end):
            continue
        mention = _read_number(text, number)
        if mention is not None and taken.overlaps(mention.start, mention.end):
            # "38,200 tonnes a year ago": the unit read on into a time phrase ("tonnes a year") that is a
            # baseline; the figure is read again up to where that phrase starts.
            stop = _time_after(time, number.end, mention.end)
            mention = _read_number(text[:stop], number) if stop is not None else None
        if mention is not None and not taken.overlaps(mention.start, mention.end):
            mentions.append(mention)
    mentions.sort(key=lambda m: (m.start, -m.end))
    mentions = _drop_overlaps(mentions)
    mentions = _merge_compound_money(text, mentions)
    mentions = _merge_ranges(text, mentions)
    mentions = _unit_of_the_whole(text, mentions)
    mentions = _unit_carried_forward(text, mentions)
    mentions = _pair_scales(text, mentions)
    mentions = _pair_units(text, mentions)
    mentions = _points_of_a_rate(text, mentions)
    mentions = _cents_in_play(text, mentions)
    mentions = _per_elided(text, _millions_not_metres(text, _priced_at(text, mentions)))
    mentions = _equivalent_after(text, mentions)
    return [m for m in _up_to_restated(text, [_with_hedge(text, m) for m in mentions]) if _finite(m)]


def _finite(mention: Mention) -> bool:
    """Every figure of a mention is a finite float: what is not is refused as a number, never stored as a claim."""
    return all(math.isfinite(x) for x in (mention.value, mention.rounding, mention.lower or 0.0, mention.upper or 0.0))


_PAIR_OPENER_RE = re.compile(r"(?<![A-Za-z])(?P<w>from|to)[ \u00a0]*$", re.IGNORECASE)
_PAIR_OPENER_RE = gated(_PAIR_OPENER_RE)  # tried on every figure's window, seldom matching there
# Between the two figures of a pair: their dates or periods, then the other connector.
_PAIR_GAP_RE = re.compile(
    r"(?P<mid>[^.;:!?()\n]{0,40}?)(?:,[ \u00a0]*)?(?<![A-Za-z])(?P<w>to|from)[ \u00a0]*$", re.IGNORECASE
)
_PAIR_GAP_RE = gated(_PAIR_GAP_RE)  # tried on every figure's window, seldom matching there
_AGAINST_GAP_RE = re.compile(
    r"[ \u00a0]*,?[ \u00a0]*(?:(?:up|down)[ \u00a0]+from|compared[ \u00a0]+(?:with|to)|against|versus|vs\.?)"
    r"[ \u00a0]+(?:(?:a|an|the)[ \u00a0]+)?(?:(?:revised|restated|previous|prior)[ \u00a0]+)?",
    re.IGNORECASE,
)
_AGAINST_GAP_RE = gated(_AGAINST_GAP_RE)  # tried on every figure's window, seldom matching there
_SCALE_IN_SURFACE_RE = re.compile(
    r"(?i:(?<![A-Za-z])(?P<w>lakh[ \u00a0]crores?|thousand|million|billion|trillion|crores?|lakhs?|bn|bln|mn|mln|tn"
    r"|trn)(?![A-Za-z]))|\d(?P<l>[kKmMbB])(?![A-Za-z])"
)
_SCALE_FACTORS = {"lakh crore": 1e12, "lakh crores": 1e12, "thousand": 1e3, "million": 1e6, "billion": 1e9,
                  "trillion": 1e12, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5, "bn": 1e9, "bln": 1e9,
                  "mn": 1e6, "mln": 1e6, "tn": 1e12, "trn": 1e12}  # fmt: skip


def _surface_scale(text: str, mention: Mention) -> float | None:
    match = _SCALE_IN_SURFACE_RE.search(text, mention.start, mention.end)
    if match is None:
        return None
    if match.group("w"):
        return _SCALE_FACTORS.get(re.sub(r"\s+", " ", match.group("w").lower()))
    if mention.kind is QuantityKind.DIMENSION:
        return None  # "5m" of length
    return LETTER_SCALES[match.group("l").lower()]


def _pair_scales(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "from Rs 2,303 crore in the June quarter to Rs 2,974 in the September quarter": the scale is written once.

    Of a from/to (or to/from) pair in the same unit, a bare figure takes the other's scale when it would
    otherwise be a thousand times smaller and, scaled, is within 0.2x-5x of the other.
    """
    out = list(mentions)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        opener = _PAIR_OPENER_RE.search(text, max(0, first.start - 8), first.start)
        # The gap is read only after an opener: without one the pair is no from/to pair whatever it holds.
        gap = _PAIR_GAP_RE.fullmatch(text, first.end, second.start) if opener is not None else None
        # "£208m, up from £198.2": a bare figure set against a scaled one, the scale printed once.
        against = _AGAINST_GAP_RE.fullmatch(text, first.end, second.start) is not None
        paired = opener is not None and gap is not None and opener.group("w").lower() != gap.group("w").lower()
        if not paired and not against:
            continue
        if against and _surface_scale(text, second) is not None:
            continue  # only a scaled figure lends its scale to the bare one after it
        if first.is_range or second.is_range or first.bounds_fixed or second.bounds_fixed:
            continue
        first_scale, second_scale = _surface_scale(text, first), _surface_scale(text, second)
        if (first_scale is None) == (second_scale is None):
            continue
        bare, scaled, factor = (first, second, second_scale) if first_scale is None else (second, first, first_scale)
        if factor is None or factor < 1e3 or not _same_measure(bare, scaled):
            continue
        if not scaled.value or not 0.2 <= bare.value * factor / scaled.value <= 5:
            continue
        shared = replace(bare, value=bare.value * factor, rounding=bare.rounding * factor, unit=scaled.unit,
                         kind=scaled.kind, noun=scaled.noun)  # fmt: skip
        out[i if bare is first else i + 1] = shared
    return out


_SET_AGAINST_GAP_RE = re.compile(
    r"(?:[ \u00a0]+(?:in|for|during|on|this|last)[ \u00a0]+[A-Za-z \u00a0-]{1,25}?\d{0,4})?[ \u00a0]*,[ \u00a0]*"
    r"(?:(?:up|down)[ \u00a0]+from|compared[ \u00a0]+(?:with|to)|against|as[ \u00a0]+against|versus|vs\.?)"
    r"[ \u00a0]+(?:(?:a|an|the)[ \u00a0]+)?(?:(?:revised|restated|previous|prior)[ \u00a0]+)?",
    re.IGNORECASE,
)
_PAIRED_UNIT_KINDS = frozenset({QuantityKind.PERCENT, QuantityKind.MONEY, QuantityKind.PERCENTAGE_POINT})


def _pair_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "to 4.2 per cent in March from 4.9 in February", "from $8 to 11": the unit of a from/to pair is written once.

    A bare figure takes the unit of the other end of a from/to (or to/from) pair, or of the level it follows after a
    comma and "compared with", "against" or "up from" ("4.1%, against 3.8 a year ago"). A pair only right after
    "to"/"from", with no other figure and no sentence break between, and only where the other end has no scale word
    (a scaled pair is :func:`_pair_scales`'s) and the bare figure is within 0.1x-10x of it. A from/to with no opener
    ("cut 300 jobs from 2,000") is left alone.
    """
    out = list(mentions)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        opener = _PAIR_OPENER_RE.search(text, max(0, first.start - 8), first.start)
        gap = _PAIR_GAP_RE.fullmatch(text, first.end, second.start) if opener is not None else None
        paired = opener is not None and gap is not None and opener.group("w").lower() != gap.group("w").lower()
        # "4.1% in March, compared with 3.8 a year earlier": the earlier figure set against the level, after it
        against = second.kind is QuantityKind.NUMBER and _SET_AGAINST_GAP_RE.fullmatch(text, first.end, second.start)
        if not paired and not against:
            continue
        if (first.kind is QuantityKind.NUMBER) == (second.kind is QuantityKind.NUMBER):
            continue
        bare, unit = (first, second) if first.kind is QuantityKind.NUMBER else (second, first)
        if unit.kind not in _PAIRED_UNIT_KINDS or bare.is_range or unit.is_range or bare.bounds_fixed:
            continue
        if _surface_scale(text, unit) is not None or _surface_scale(text, bare) is not None:
            continue
        if not unit.value or not bare.value or not 0.1 <= bare.value / unit.value <= 10:
            continue
        out[i if bare is first else i + 1] = replace(bare, unit=unit.unit, kind=unit.kind, noun=unit.noun)
    return out


def _same_measure(bare: Mention, scaled: Mention) -> bool:
    if scaled.kind not in (QuantityKind.MONEY, QuantityKind.NUMBER, QuantityKind.COUNT):
        return False
    if bare.kind is QuantityKind.NUMBER:
        return True  # "to 2,974 in the September quarter": the bare figure has no unit of its own
    return bare.kind is scaled.kind and bare.unit == scaled.unit


_POINT_TO_RATE_GAP_RE = re.compile(
    r"[ \u00a0]*,?[ \u00a0]*(?:to|from)[ \u00a0]+(?:(?:a|an)[ \u00a0]+)?(?:(?:record|new|seasonally|adjusted|"
    r"about|around|nearly|almost|just|over|under|roughly)[ \u00a0-]+){0,3}",
    re.IGNORECASE,
)
_POINT_TO_RATE_FAR_RE = re.compile(
    r"(?:[ \u00a0]+point)?[ \u00a0]+(?:rise|fall|gain|drop|increase|decrease|decline|jump|improvement|climb|dip)"
    r"[ \u00a0]+in[^.;!?\n]{0,100}?(?<![A-Za-z])to[ \u00a0]+(?:(?:a|an)[ \u00a0]+)?"
    r"(?:(?:record|new|about|around|nearly|almost|just)[ \u00a0-]+){0,3}",
    re.IGNORECASE,
)
_RATE_WORDS_RE = re.compile(
    r"(?i)\brates?\b|\byields?\b|\bmargins?\b|inflation|unemployment|jobless|approval|\bpolls?\b|interest"
    r"|percent|per[ \u00a0]cent|%"
)
_INDEX_WORDS_RE = re.compile(
    r"(?i)\bindex|\bindices|\bDow\b|Nasdaq|S&P|FTSE|Nikkei|Sensex|Nifty|Hang[ \u00a0]Seng|Stoxx|\bDAX\b|\bCAC\b"
    r"|Kospi|\bASX\b|\bTSX\b|\bscore|\bgoals?\b|\bgames?\b"
)


def _points_of_a_rate(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "edged down 0.3 point to 4.1%", "yields fell half a point": points of a rate are percentage points.

    A move in points followed by "to"/"from" a percentage is in percentage points; a fraction of a point
    is one too where the clause talks of a rate and names no index or score ("the Dow fell 150 points" stays).
    """
    out = list(mentions)
    for i, mention in enumerate(mentions):
        if mention.kind is not QuantityKind.COUNT or (mention.noun or "").lower() not in ("point", "points"):
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        to_rate = (
            nxt is not None
            and nxt.kind is QuantityKind.PERCENT
            and (
                _POINT_TO_RATE_GAP_RE.fullmatch(text, mention.end, nxt.hedge_start or nxt.start) is not None
                # "a 4.5 point rise in the load factor - how full its planes were - to 74%"
                or _POINT_TO_RATE_FAR_RE.fullmatch(text, mention.end, nxt.hedge_start or nxt.start) is not None
            )
        )
        lo, hi = max(0, mention.start - 120), min(len(text), mention.end + 80)
        rate_talk = (
            0 < abs(mention.value) < 1
            and _RATE_WORDS_RE.search(text, lo, hi) is not None
            and _INDEX_WORDS_RE.search(text, lo, hi) is None
        )
        if to_rate or rate_talk:
            out[i] = replace(mention, unit="percentage_point", kind=QuantityKind.PERCENTAGE_POINT, noun=None)
    return out


_BARE_CENTS_RE = re.compile(r"\d[ \u00a0-]?cents?(?![A-Za-z])")
_CENT_CURRENCIES = frozenset({"AUD", "CAD", "NZD", "HKD", "SGD", "TWD", "EUR"})
_SENTENCE_BREAK_RE = re.compile(r"[.!?][\"'’”)]?\s+[A-Z]|\n")


def _cents_in_play(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "rose 5 cents to A$3.20": bare "cents" are the cents of the one currency beside them, else of the one
    currency the article prices in, US cents by default."""
    out = list(mentions)
    # An article that prices everything in one other currency ("13 euro cents", "€2.1 million") means its cents
    # by a bare "cents" too; one explicit dollar figure leaves bare cents American.
    named = {
        m.unit.split(" / ")[0]
        for m in mentions
        if m.kind in (QuantityKind.MONEY, QuantityKind.PER_UNIT) and not _BARE_CENTS_RE.search(text, m.start, m.end)
    }
    article = next(iter(named)) if len(named) == 1 and named <= _CENT_CURRENCIES else None
    for i, mention in enumerate(mentions):
        if not mention.unit.startswith("USD") or not _BARE_CENTS_RE.search(text, mention.start, mention.end):
            continue
        near: set[str] = set()
        for j in (i - 1, i + 1):
            if j == i - 1 and _conversion_in_brackets(text, mentions, j):
                # "earned $377m (€318m), equal to 29 cents a share": the bracket converts the amount; the cents
                # are in the amount's currency
                j -= 1
            if not 0 <= j < len(mentions) or mentions[j].kind not in (QuantityKind.MONEY, QuantityKind.PER_UNIT):
                continue
            other = mentions[j]
            lo, hi = (other.end, mention.start) if j < i else (mention.end, other.start)
            if hi - lo > 150 or _SENTENCE_BREAK_RE.search(text, lo, hi):
                continue
            if _BARE_CENTS_RE.search(text, other.start, other.end):
                continue
            near.add(other.unit.split(" / ")[0])
        if len(near) == 1 and (code := next(iter(near))) in _CENT_CURRENCIES:
            out[i] = replace(mention, unit=code + mention.unit[len("USD") :])
        elif not near and article is not None:
            out[i] = replace(mention, unit=article + mention.unit[len("USD") :])
    return out


_OPEN_BRACKET_RE = re.compile(r"[ \u00a0]*\([ \u00a0]*")
_CLOSE_BRACKET_RE = re.compile(r"[ \u00a0]*\)")


def _conversion_in_brackets(text: str, mentions: list[Mention], j: int) -> bool:
    """ "$512m (€431m)": the amount at ``j`` restates, in brackets, the money figure right before it."""
    if j < 1 or mentions[j].kind is not QuantityKind.MONEY or mentions[j - 1].kind is not QuantityKind.MONEY:
        return False
    before, amount = mentions[j - 1], mentions[j]
    return (
        _OPEN_BRACKET_RE.fullmatch(text, before.end, amount.start) is not None
        and _CLOSE_BRACKET_RE.match(text, amount.end) is not None
        and before.unit != amount.unit
    )


# "at", not "for": "bought 5 cars for $1 million" gives the total paid.
_AT_GAP_RE = re.compile(r"[ \u00a0]+at[ \u00a0]+(?:(?:about|around|roughly)[ \u00a0]+)?")


def _priced_at(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "selling 3.4 million shares at Y1,800": money right after a count "at" is a price per item."""
    out = list(mentions)
    for i in range(1, len(out)):
        count, money = out[i - 1], out[i]
        if count.kind is not QuantityKind.COUNT or money.kind is not QuantityKind.MONEY or not count.noun:
            continue
        if _AT_GAP_RE.fullmatch(text, count.end, money.start) is None:
            continue
        head = count.noun.split()[-1].lower()
        if not _is_plural(head):
            continue
        noun = _singular(head)
        out[i] = replace(money, kind=QuantityKind.PER_UNIT, unit=per_unit(money.unit, noun), noun=noun)
    return out


_GLUED_M_RE = re.compile(r"\d[\d,]*(?:\.\d+)?m")
_COMPARED_BEFORE_RE = re.compile(r"\b(?:compared[ \u00a0]+(?:to|with)|from|against|versus|vs\.?|to)[ \u00a0]+$", re.I)


def _millions_not_metres(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "carried 4.74m people, up 11.3% compared to 4.26m": "m" after a figure in millions is millions too."""
    out: list[Mention] = []
    last_million_end = -(10**9)
    for mention in mentions:
        surface = text[mention.start : mention.end]
        if mention.kind is not QuantityKind.DIMENSION and mention.value >= 1e6 and _GLUED_M_RE.search(surface):
            last_million_end = mention.end
        elif (
            mention.kind is QuantityKind.DIMENSION
            and mention.unit == "meter"
            and _GLUED_M_RE.fullmatch(surface)
            and mention.start - last_million_end < 300
            and ("." in surface or _COMPARED_BEFORE_RE.search(text, max(0, mention.start - 16), mention.start))
        ):
            mention = replace(mention, value=mention.value * 1e6, rounding=mention.rounding * 1e6,
                              unit="dimensionless", kind=QuantityKind.NUMBER)  # fmt: skip
        out.append(mention)
    return out


def _up_to_restated(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "up to $1.17, or 1.2 percent": restated as a percentage, "up to" is a rise, not a cap."""
    out = list(mentions)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if first.hedge is not Hedge.UP_TO or second.kind is not QuantityKind.PERCENT:
            continue
        second_start = second.hedge_start if second.hedge_start is not None else second.start
        if first.kind is not QuantityKind.PERCENT and RESTATED_GAP_RE.fullmatch(text, first.end, second_start):
            out[i] = replace(first, hedge=Hedge.EXACT, hedge_start=None)
    return out


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


# A score, a record or a shooting line of sports copy, found whole around either of its sides: "61-42",
# "15-for-33", "9-of-12". Not a year span ("2023-24"), a slash ("24/7", "2023/24") or a decimal.
_SCORE_RE = re.compile(r"(?<![\d.,/:–-])(\d{1,3})[-–](?:(for|of)[-–])?(\d{1,3})(?![\d/:]|[.,]\d|[-–]\w)")
# A shooting line: made and tried, with what was shot.
_SHOTS_AFTER_RE = re.compile(
    r"\s*\)?\s*(?:shooting\b|FGs?\b|from\s+(?:the\s+)?(?:floor|field|(?:free[\s-]throw\s+)?line|arc|deep|long\s+range"
    r"|three|3(?:-point)?(?:\s+range)?|beyond\s+the\s+arc)\b|on\s+(?:3-pointers|three-pointers|threes|3s|free\s+throws"
    r"|field\s+goals)\b)",
    re.I,
)
# A record: "a 31-47 record", "10-6 (.625)", "at 7-7" after a winning percentage (".500 at 7-7").
_RECORD_AFTER_RE = re.compile(r"\s+(?:record|mark)\b|\s*(?:\(|,\s+an?\s+|,\s+good\s+for\s+an?\s+)0?\.\d{3}\b", re.I)
_RECORD_BEFORE_RE = re.compile(r"(?<![\d])\.\d{3}\b[^.;:\d]{0,40}?\b(?:at|were|was|is|are|to|of)\s+$")
# When in a game: "in the second quarter", "early in the third", "at the half".
GAME_TIME = (
    r"\s+(?:(?:early|late|midway)\s+)?(?:in|at|through|into)\s+the\s+(?:\w+\s+)?(?:quarter|half|period|inning|set|third"
    r"|second|fourth|first)"
)
# A game's score after its margin in points: "led by 19 points (61-42 ...", "a 17-point win, 97-80".
_MARGIN_BEFORE_RE = re.compile(rf"\b(?:\w+[\s-]points?|point(?:\s+\w+)?)(?:{GAME_TIME})?\s*(?:\(|,)\s*$", re.I)
_MARGIN_AFTER_RE = re.compile(r",\s+an?\s+\w+-point\b", re.I)


# A game's result named right after its score: "a 105-92 win", "the 3-1 defeat".
_RESULT_AFTER_RE = re.compile(r"\s+(?:win|wins|victory|loss|defeat|rout|triumph)\b", re.I)
# A score when in a game: "71-64 at the half", "48-39 in the second half", "30-28 at halftime".
_GAME_TIME_RE = re.compile(rf"{GAME_TIME}\b|\s+at\s+(?:half[\s-]?time|the\s+(?:break|interval))\b", re.I)
# A score after a verb of the game's state: "trailing 71-64", "outscored the Owls 48-39", "led Denver 30-28".
_SCORE_VERB_RE = re.compile(
    r"\b(?:trail(?:ed|ing)|lead(?:ing)?|led|outscor(?:ed|ing)|outscores)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}$"
)
# Records in brackets after "record ... through N games:": "through 36 games: Denver (31-5), Miami (30-6)".
_RECORD_THROUGH_RE = re.compile(
    r"\brecords?\b[^.;]{0,80}\b(?:through|after|over|in)\s+(?:their\s+|its\s+|the\s+)?(?:first\s+)?\d{1,3}\s+games\b"
    r"[^.;()]{0,12}(?:[:,][^.;]*?)?\($"
)


def _game_score(lead: str, after: str) -> bool:
    """A score the words make a game's: its result or its time after it, a verb of the game's state before it."""
    return bool(_RESULT_AFTER_RE.match(after) or _GAME_TIME_RE.match(after) or _SCORE_VERB_RE.search(lead))


def _score_side(text: str, number: Number) -> Mention | None:
    """One side of a score, record or shooting line, as a count of what it counts; None for any other dash."""
    start, end = number.start, number.end
    if number.is_word or not (text[end : end + 1] in "-–" or text[start - 1 : start] in "-–") or start == end:
        return None
    match = None
    for candidate in _SCORE_RE.finditer(text, max(0, start - 8), min(len(text), end + 8)):
        if candidate.start(1) == start or candidate.start(3) == start:
            match = candidate
            break
    if match is None:
        return None
    first = match.start(1) == start
    lead = text[max(0, match.start() - 80) : match.start()]
    after = text[match.end() : match.end() + 40]
    if match.group(2) or _SHOTS_AFTER_RE.match(after):
        unit = "shots made" if first else "shots"
    elif _RECORD_AFTER_RE.match(after) or _RECORD_BEFORE_RE.search(lead):
        unit = "wins" if first else "losses"
    elif _MARGIN_BEFORE_RE.search(lead[-70:]) or _MARGIN_AFTER_RE.match(after) or _game_score(lead, after):
        unit = "points"
    elif _RECORD_THROUGH_RE.search(text, max(0, match.start() - 200), match.start()):
        unit = "wins" if first else "losses"
    else:
        return None
    # A score is counted, never rounded: its sides are exact.
    return Mention(start, end, number.value, unit, QuantityKind.COUNT, 0.0, noun=unit)


def _is_score_side(text: str, mention: Mention) -> bool:
    return mention.noun in _SCORE_UNITS and text[mention.start : mention.end].isdigit()


_SCORE_UNITS = frozenset({"shots made", "shots", "wins", "losses", "points"})


_YEAR_SLASH_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)/$")
_YEAR_DASH_RE = re.compile(r"(?<![\d.,])((?:19|20)\d\d)[-–/]$")


def _fiscal_year_tail(text: str, start: int, end: int) -> bool:
    """ "in 2010/11", "the 2022/23 season": the two digits after a year and a slash are the next year's, the
    span's end, not a figure. So are four digits after a year and a dash or slash, a few years on: "in
    2019-2020", "the 2023–2025 plan"."""
    if end - start == 4 and start >= 5 and text[start - 1] in "-–/" and not text[end : end + 1].isdigit():
        year = _YEAR_DASH_RE.search(text, start - 5, start)
        tail = text[start:end]
        return year is not None and tail.isdigit() and 0 < int(tail) - int(year.group(1)) <= 10
    if end - start != 2 or start < 5 or text[start - 1] != "/":
        return False
    year = _YEAR_SLASH_RE.search(text, start - 5, start)
    return (
        year is not None
        and text[start:end].isdigit()
        and int(text[start:end]) == (int(year.group(1)) + 1) % 100
        and not text[end : end + 1].isdigit()
    )


# Compiled once: each is asked of every figure (the module functions look the pattern up on each call).
_NAME_PREFIX_RE = re.compile(r"([A-Za-z]+)-$")
_MINUS_BEFORE_RE = re.compile(r"(?<![A-Za-z])minus[ \u00a0-]$", re.IGNORECASE)
_PART_NUMBER_AFTER_RE = re.compile(r"[A-Za-z]{1,3}\d")
_HYPHEN_WORD_AFTER_RE = re.compile(r"-[a-z]")
_SCORE_NEXT_RE = re.compile(r"-\d{1,2}(?![\d.,])")
_SCORE_PREV_RE = re.compile(r"(?<![\d.,])\d{1,2}-$")
_FEET_AFTER_RE = re.compile(r"['′](?=[ \u00a0]+[a-z]|[ \u00a0]*[.,;:)]|$)")


def _read_number(text: str, number: Number) -> Mention | None:
    start, end, value, rounding = number.start, number.end, number.value, number.rounding
    score = _score_side(text, number)
    if score is not None:
        return score
    # "V3", "COVID-19", "G7": part of a name, not a quantity.
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha() and not number.is_word:
        prefix = _NAME_PREFIX_RE.search(text[max(0, start - 12) : start])
        word = prefix.group(1).lower() if prefix else ""
        if word not in _NUMBER_PREFIXES:
            return None
        if word == "minus":  # "minus-130 degrees"
            start -= len("minus-")
            value, number = -value, replace(number, value=-value)
    if number.is_word and _is_pronoun_one(text, number):
        return None
    if _fiscal_year_tail(text, start, end):
        return None
    negative = start >= 1 and text[start - 1] in "-−" and (start < 2 or not text[start - 2].isalnum())
    minus = _MINUS_BEFORE_RE.search(text[max(0, start - 7) : start])
    if negative or minus:
        start -= 1 if negative else len(minus.group()) if minus else 0
        value = -value
    currency = currency_before(text, start)
    # "V3", "G7", "Q4", "COVID19": a letter glued to the digits names something, unless it is
    # a currency code ("USD10m", "RM23.50").
    if (
        currency is None
        and start > 0
        and (text[start - 1].isalpha() or text[start - 1] == "_")
        and not _GLUED_WORD_RE.search(text, max(0, start - 10), start)
    ):
        return None
    if currency is not None:
        code, cur_start = currency
        if number.letter_scale is not None and number.letter_end is not None:
            value *= number.letter_scale
            rounding *= number.letter_scale
            end = number.letter_end
        after = currency_after(text, end)
        if after is not None and after[0] == code:
            end = after[1]  # "$5 USD"
        per = _per_noun(text, end, money=True)
        if per is not None:
            noun, per_end = per
            return Mention(cur_start, per_end, value, per_unit(code, noun), QuantityKind.PER_UNIT, rounding, noun=noun)
        return Mention(cur_start, end, value, code, QuantityKind.MONEY, rounding)
    if number.letter_scale is not None and number.letter_end is not None:
        letter = text[number.end : number.letter_end]
        follower = _count_noun(text, number.letter_end)
        of_follows = re.match(r"[ \u00a0]+of[ \u00a0]", text[number.letter_end : number.letter_end + 5])
        money_after = currency_after(text, number.letter_end)
        if money_after is not None and letter.lower() in ("m", "b", "k", "t"):
            code, cur_end, factor = money_after  # "1.8M dollars"
            scaled = value * number.letter_scale * factor
            return Mention(start, cur_end, scaled, code, QuantityKind.MONEY, rounding * number.letter_scale * factor)
        metres = letter == "m" and _METRE_CONTEXT_RE.match(
            text, number.letter_end, min(len(text), number.letter_end + 24)
        )
        word_follows = re.match(r"[ \u00a0]+([a-z]+)", text[number.letter_end : number.letter_end + 20])
        content_follows = word_follows is not None and word_follows.group(1) not in _STOP
        scale_first = letter in ("M", "B") or (
            letter.lower() in ("m", "b", "k") and not metres and (of_follows or content_follows)
        )
        unit_next = unit_after(text, number.letter_end) if scale_first else None
        if unit_next is not None:
            # "0.5k miles": the letter scales, the unit after it still applies.
            unit, kind, unit_end = unit_next
            return Mention(start, unit_end, value * number.letter_scale, unit, kind, rounding * number.letter_scale)
        if scale_first:
            value, rounding = value * number.letter_scale, rounding * number.letter_scale
            if follower and _is_plural(follower[1]):
                phrase, head, noun_end = follower
                return Mention(start, noun_end, value, head, QuantityKind.COUNT, rounding, noun=phrase)
            return Mention(start, number.letter_end, value, "dimensionless", QuantityKind.NUMBER, rounding)
        if letter.lower() in ("m", "t") and not number.scaled:
            unit = "meter" if letter == "m" else "metric_ton"
            return Mention(start, number.letter_end or end, value, unit, QuantityKind.DIMENSION, rounding)
        kelvin = letter == "K" and "." in number.digits and unit_after(text, number.end) is not None
        if kelvin:  # "573.15K" next to other temperatures
            return Mention(start, number.letter_end or end, value, "kelvin", QuantityKind.DIMENSION, rounding)
        if letter in ("K", "k") and value < 1000:
            value, rounding = value * LETTER_SCALES["k"], rounding * LETTER_SCALES["k"]
            end = number.letter_end or end
    percent = _PERCENT_RE.match(text, end, min(len(text), end + 24))
    if percent is not None:
        plus = _PLUS_BEFORE_RE.search(text, max(0, start - 3), start)
        if plus is not None and value >= 0:
            start = plus.start()  # "+12.4%": the sign is printed, and says a rise
        if percent.group("pp") or percent.group("ppt"):
            return Mention(start, percent.end(), value, "percentage_point", QuantityKind.PERCENTAGE_POINT, rounding)
        if percent.group("bp"):  # in points, as every other point change is: "25 basis points" is 0.25 points
            return Mention(start, percent.end(), value / 100, "percentage_point", QuantityKind.PERCENTAGE_POINT,
                           rounding / 100)  # fmt: skip
        return Mention(start, percent.end(), value, "percent", QuantityKind.PERCENT, rounding)
    after = currency_after(text, end)
    if after is not None:
        code, cur_end, factor = after
        word = text[end:cur_end].strip(" \u00a0-").lower()
        # "pounds" is weight unless the text is about British money or the figure is
        # scaled ("361 million pounds" is rarely a weight in news).
        if (
            word.startswith("pound")
            and not number.scaled
            and not _WEIGHT_HINT_RE.search(text, max(0, start - 300), min(len(text), end + 300))
        ):
            after = None
        else:
            per = _per_noun(text, cur_end, money=True)
            value, rounding = value * factor, rounding * factor
            if per is not None:
                noun, per_end = per
                return Mention(start, per_end, value, per_unit(code, noun), QuantityKind.PER_UNIT, rounding, noun=noun)
            return Mention(start, cur_end, value, code, QuantityKind.MONEY, rounding)
    pence = _pence(text, start, end, value, rounding)
    if pence is not None:
        return pence
    multiple = _MULTIPLE_AFTER_RE.match(text, end, min(len(text), end + 8))
    # "three times a week" is a frequency; "3 x 4" is arithmetic.
    if (
        multiple is not None
        and not re.match(r"\s+(?:a|an|per|each)\s", text[multiple.end() : multiple.end() + 6])
        and (multiple.group().strip(" -").lower() != "x" or multiple.group()[:1] != " ")
    ):
        return Mention(start, multiple.end(), value, "dimensionless", QuantityKind.MULTIPLE, rounding)
    dimension = unit_after(text, end)
    if dimension is not None:
        unit, kind, unit_end = dimension
        rate = _RATE_RE.match(text, unit_end, min(len(text), unit_end + 16)) if kind is QuantityKind.DIMENSION else None
        if rate is not None:  # "800,000 barrels a day", "40 tonnes per year": the rate, not the amount
            per = _RATE_UNITS[rate.group("t").lower()]
            return Mention(start, rate.end(), value, f"{unit} / {per}", kind, rounding)
        return Mention(start, unit_end, value, unit, kind, rounding)
    # "Nikkei 225", "Boeing 737" and "iOS 17.2" are names; "in France 280,000 were installed" and "in Spain 1.2
    # million" are figures: a name's number has no thousands separator and no scale word.
    grouped = not number.is_word and ("," in number.digits or number.scaled)
    if (not number.is_word or text[start].isupper()) and not grouped and _continues_name(text, start):
        return None
    if not number.is_word and (
        _ERA_BEFORE_RE.search(text, max(0, start - 20), start)
        or _ERA_AFTER_RE.match(text, end, min(len(text), end + 20))
    ):
        return None  # "between A.D. 1000 and 1260", "500 BC": years
    if not number.is_word and value < 100 and _MODEL_AFTER_RE.match(text, end, min(len(text), end + 10)):
        return None  # "the 11 Pro Max", "a 5 Series": a model name
    if not number.is_word and len(number.digits) > 1 and number.digits[0] == "0" and number.digits[1].isdigit():
        return None  # "0401": a code, not a figure
    if not number.is_word and _PART_NUMBER_AFTER_RE.match(text[end : end + 4]):
        return None  # "24703L202": a part number
    # "a six-speed gearbox", "a 5-star hotel": a compound adjective, unless the word is a unit.
    if (
        _HYPHEN_WORD_AFTER_RE.match(text[end : end + 2])
        and unit_after(text, end) is None
        and not _PERCENT_RE.match(text, end)
    ):
        margin = _MARGIN_COMPOUND_RE.match(text, end, min(len(text), end + 40))
        if margin is not None:  # "a 230-vote margin", "a 12-point lead": a count of votes or points
            noun = margin.group("noun") + "s"
            return Mention(start, margin.end("noun"), value, noun, QuantityKind.COUNT, rounding, noun=noun)
        strong = _STRONG_RE.match(text, end, min(len(text), end + 40))
        if strong is not None and strong.group("w2") and strong.group("w2").lower() in _STRONG_MEMBERS:
            noun, strong_end = strong.group("w2").lower(), strong.end("w2")  # "a 12,000-strong global staff"
        elif strong is not None:
            noun, strong_end = strong.group("w1").lower(), strong.end("w1")
        if strong is not None:  # "a 5,000-strong workforce": a headcount, read as "5,000 employees"
            members = _STRONG_MEMBERS.get(noun, "members")
            return Mention(start, strong_end, value, members, QuantityKind.COUNT, rounding, noun=members)
        compound = re.match(r"-([a-z]+)", text[end : end + 24])
        if compound and compound.group(1) in _COUNTED_PARTS:  # "a four-cylinder engine": four cylinders
            noun = _COUNTED_PARTS[compound.group(1)]
            compound_end = end + 1 + len(compound.group(1))
            return Mention(start, compound_end, value, noun, QuantityKind.COUNT, rounding, noun=noun)
        if compound and compound.group(1) not in ("fold", "times", "digit"):
            return None
    if _is_age(text, start, end, value):
        return Mention(start, end, value, "year", QuantityKind.DURATION, rounding)
    # "2-0 down", "won 3-1": a score, not two quantities.
    score_next = _SCORE_NEXT_RE.match(text[end : end + 4])
    score_prev = start >= 3 and _SCORE_PREV_RE.search(text[max(0, start - 3) : start])
    if (score_next or score_prev) and value < 100 and not number.is_word:
        tail = end + score_next.end() if score_next else end
        unit_follows = (
            _PERCENT_RE.match(text, tail, min(len(text), tail + 24))
            or unit_after(text, tail)
            or currency_after(text, tail)
        )
        if not unit_follows and not _SCALE_THEN_RE.match(text, tail, min(len(text), tail + 12)):
            return None
    if _POINT_MOVE_RE.match(text, end, min(len(text), end + 24)) is not None:
        # The span stays on the number: "point rise" reads as the compound noun after it, as in "a 10 percent rise".
        return Mention(start, end, value, "points", QuantityKind.COUNT, rounding, noun="points")
    noun = _count_noun(text, end)
    if noun is not None:
        phrase, head, noun_end = noun
        # A counted noun is plural ("14 people"); a singular after a number is usually
        # something else ("73 raising", "9 citizen journalists" cut short).
        unit_word = _BY_SURFACE.get(head)
        if unit_word is not None:
            unit, kind = WORD_UNITS[unit_word]
            return Mention(start, noun_end, value, unit, kind, rounding, noun=phrase)
        # Fractions take the singular: "1/4 point", "0.5 mile".
        if _is_plural(head) or value == 1 or 0 < abs(value) < 1:
            per = _per_count(text, noun_end)
            if per is not None:  # "2.2 goals per game": a figure per unit, never a total of goals
                denominator, per_end = per
                unit = per_unit(noun_unit(head), denominator)
                return Mention(start, per_end, value, unit, QuantityKind.PER_UNIT, rounding, noun=denominator)
            return Mention(start, noun_end, value, head, QuantityKind.COUNT, rounding, noun=phrase)
    feet = _FEET_AFTER_RE.match(text[end : end + 3])
    if feet and not number.is_word:
        return Mention(start, end + 1, value, "foot", QuantityKind.DIMENSION, rounding)  # "an altitude of 30'"
    vulgar = "/" in number.digits or any(c in number.digits for c in "½¼¾⅓⅔⅛⅜⅝⅞")
    if vulgar and 0 < value < 1:  # "1/3 of all phones": a fraction of a whole, as "a third" is
        return Mention(start, end, value, "dimensionless", QuantityKind.FRACTION, rounding)
    return Mention(start, end, value, "dimensionless", QuantityKind.NUMBER, rounding)


@lru_cache(maxsize=4)
def _sterling_copy(text: str) -> bool:
    return _STERLING_COPY_RE.search(text) is not None


def _pence(text: str, start: int, end: int, value: float, rounding: float) -> Mention | None:
    """ "down 9.5% or 135p": a "p" glued to a figure in British money copy is pence, scaled to pounds."""
    if _PENCE_RE.match(text, end, min(len(text), end + 2)) is None or _NOT_PENCE_AFTER_RE.match(text, end):
        return None
    if not _STERLING_HINT_RE.search(text, max(0, start - 400), min(len(text), end + 400)) and not _sterling_copy(text):
        return None
    if value in _RESOLUTIONS and _VIDEO_HINT_RE.search(text, max(0, start - 200), min(len(text), end + 200)):
        return None  # "1080p" video
    per = _per_noun(text, end + 1, money=True)
    if per is not None:
        noun, per_end = per
        return Mention(start, per_end, value * 0.01, per_unit("GBP", noun), QuantityKind.PER_UNIT, rounding * 0.01,
                       noun=noun)  # fmt: skip
    return Mention(start, end + 1, value * 0.01, "GBP", QuantityKind.MONEY, rounding * 0.01)


_NAME_BEFORE_RE = re.compile(r"(?<![A-Za-z&])([a-z]?[A-Z][A-Za-z&]*[A-Za-z]|[A-Z]&[A-Z])[ \u00a0]$")
_NAME_NOT = frozenset(
    [
        "No",
        "Number",
        "Q",
        "H",
        "FY",
        "The",
        "A",
        "In",
        "On",
        "At",
        "By",
        "For",
        "Of",
        "To",
        "And",
        "Or",
        "But",
        "Up",
        "Down",
        "About",
        "Around",
        "Over",
        "Under",
    ]
)


# A gap between two sides counted in a unit of the contest: "a 230-vote margin", "a 12-point lead".
# "a 5,000-strong workforce", "the 300-strong crowd": a count of the people the noun gathers.
_STRONG_RE = re.compile(r"-strong[ \u00a0]+(?P<w1>[a-z]+)(?:[ \u00a0]+(?P<w2>[a-z]+))?(?![A-Za-z])")
_STRONG_MEMBERS = {"workforce": "employees", "staff": "employees", "payroll": "employees", "headcount": "employees",
                   "crowd": "people", "army": "troops", "delegation": "delegates", "fleet": "vessels"}  # fmt: skip
_MARGIN_COMPOUND_RE = re.compile(
    r"-(?P<noun>vote|seat|point|run|goal|stroke|game|shot|delegate|length|wicket)[ \u00a0-]+"
    r"(?:margin|lead|majority|gap|advantage|deficit|swing|edge|cushion|difference|victory|win|defeat|loss|rise|fall"
    r"|gain|drop|increase|decrease|decline|jump|slide|climb|dip|slump|improvement|hike|cut)(?![A-Za-z])"
)
# "a 4.5 point rise": a bare number, "point", then a move: a change in points.
_POINT_MOVE_RE = re.compile(
    r"[ \u00a0]+point(?=[ \u00a0]+(?:rise|fall|gain|drop|increase|decrease|decline|jump|slide|climb|dip"
    r"|slump|improvement|swing|lead|advantage|margin|gap|hike|cut)(?![A-Za-z]))"
)
_ERA_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?:A\.D\.|AD)[ \u00a0]?(?:\d{1,4}[ \u00a0]*(?:and|to|-|–)[ \u00a0]*)?$")
_ERA_AFTER_RE = re.compile(
    r"(?:[ \u00a0]*(?:and|to|-|–)[ \u00a0]*\d{1,4})?[ \u00a0]?(?:B\.C\.(?:E\.)?|BCE?|A\.D\.|AD|CE)(?![A-Za-z])"
)
_MODEL_AFTER_RE = re.compile(r"[ \u00a0](?:Pro|Max|Plus|Ultra|Mini|Lite|Edition|Series)(?![A-Za-z])")
_SPACED_INITIALS_RE = re.compile(r"(?<![A-Za-z])[A-Z][ \u00a0][A-Z][ \u00a0]$")  # "S P 500": "S&P" lost its "&"
# Words hyphenated to a number that still state it: "sub-7 nanometre", "minus-130 degrees".
_NUMBER_PREFIXES = frozenset({"minus", "sub", "mid", "over", "under", "near", "pre", "post", "ultra", "top"})
_AGED_RE = re.compile(r"(?<![A-Za-z])(?:aged|age|ages)[ \u00a0]+$", re.IGNORECASE)
_LIFE_EXPECTANCY_RE = re.compile(r"life[ \u00a0]+expectancy\b[^.;:\d]{0,45}$", re.IGNORECASE)
_APPOSITIVE_AGE_RE = re.compile(r"[A-Z][A-Za-z'’.-]+,[ \u00a0]$")


def _is_age(text: str, start: int, end: int, value: float) -> bool:
    """ "aged 25", "Senard, 65, now faces": news prints ages as bare numbers."""
    if not 0 < value < 125 or value != int(value):
        return False
    if _AGED_RE.search(text, max(0, start - 6), start) or _LIFE_EXPECTANCY_RE.search(text, max(0, start - 60), start):
        return True
    return bool(_APPOSITIVE_AGE_RE.search(text, max(0, start - 30), start)) and text[end : end + 1] == ","


def _continues_name(text: str, start: int) -> bool:
    """A bare number right after a capitalised word mid-sentence is part of a name."""
    if _SPACED_INITIALS_RE.search(text, max(0, start - 5), start):
        return True
    match = _NAME_BEFORE_RE.search(text, max(0, start - 24), start)
    if match is None or match.group(1) in _NAME_NOT:
        return False
    token = match.group(1)
    if "&" in token or (len(token) >= 2 and token.isupper() and token.lower() not in _STOP):
        return True  # "S&P 500", "FTSE 100" even at the start of a sentence
    before = text[max(0, match.start(1) - 2) : match.start(1)]
    return bool(before) and not re.search(r"[.!?:\n]\s*$|^\s*$", before) and before[-1] in " /-"


_IRREGULAR_PLURALS = frozenset(
    [
        "people",
        "staff",
        "children",
        "men",
        "women",
        "personnel",
        "police",
        "cattle",
        "sheep",
        "fish",
        "deer",
        "crew",
        "feet",
        "teeth",
        "mice",
        "geese",
    ]
)


def _is_plural(word: str) -> bool:
    lower = word.lower()
    return lower in _IRREGULAR_PLURALS or (lower.endswith("s") and not lower.endswith(("ss", "us", "is")))


def _is_pronoun_one(text: str, number: Number) -> bool:
    word = text[number.start : number.end].lower()
    if word not in ("one", "ones"):
        return False
    superlative = _ONE_OF_SUPERLATIVE_RE.match(text, number.end, min(len(text), number.end + 60))
    if superlative is not None and superlative.group("w").lower() not in _NOT_SUPERLATIVES:
        return False  # "one of the oldest bridges": one member of a top group, a figure as news counts it
    if _ONE_OF_RE.match(text, number.end, min(len(text), number.end + 12)):
        return True
    return bool(_PRONOUN_ONE_RE.search(text, max(0, number.start - 12), number.start))


def _per_noun(text: str, end: int, money: bool) -> tuple[str, int] | None:
    match = _PER_RE.match(text, end, min(len(text), end + 28))
    if match is None:
        return None
    noun = match.group("noun").lower()
    lead = match.group().strip().split()[0].lower() if match.group().strip() else ""
    if lead.startswith("/"):
        lead = "/"
    if noun in _STOP or noun in ("cent", "percent"):
        return None
    if lead in ("a", "an", "each") and noun.rstrip("s") not in _ARTICLE_PER_NOUNS and not _closes_rate(text, match):
        return None
    if re.match(r"[ \u00a0]+(?:ago|earlier|before|later|prior|after)\b", text[match.end() : match.end() + 8]):
        return None  # "$6.78 billion a year earlier" is a time reference, not a rate
    return _singular(noun), match.end()


# What may follow "a store" for "$5 million a store" to read as a rate: the clause ends or a small word starts the
# next phrase. A noun or a name after it ("$5 million a store owner said") means "a" opened a new noun phrase.
_RATE_CLOSE_RE = re.compile(
    r"[ \u00a0]*(?:[.,;:)!?\u2014]|$)"
    r"|[ \u00a0]+(?:in|on|at|for|from|and|or|than|last|this|next|over|during|since|across|versus|vs|compared"
    r"|against|before|after|until|through|throughout|when|while|whereas)(?![A-Za-z'’-])"
)


def _closes_rate(text: str, match: re.Match[str]) -> bool:
    """ "$5 million a store", "31 points a game": "a" + a singular common noun that ends its phrase is "per"."""
    noun = match.group("noun")
    if not noun.islower() or _is_plural(noun) or "-" in noun or len(noun) < 3:
        return False
    return _RATE_CLOSE_RE.match(text, match.end(), min(len(text), match.end() + 14)) is not None


# "12 deaths per 100,000 people", "3.1 beds per 1,000 residents": a count per a round number of something.
_PER_NUMBER_RE = re.compile(
    r"[ \u00a0]+per[ \u00a0]+"
    r"(?P<n>1(?:,?000)+|10(?:,?000)*|100(?:,?000)*|(?:a|one)[ \u00a0]+(?:hundred|thousand|million))(?![\d,.])"
    r"(?:[ \u00a0]+(?P<noun>[a-z][a-z-]{1,20}))?(?![A-Za-z])",
    re.IGNORECASE,
)


def _per_count(text: str, end: int) -> tuple[str, int] | None:
    """The noun a count is per and the span's new end: "goals per game", "deaths per 100,000 people"."""
    by_number = _PER_NUMBER_RE.match(text, end, min(len(text), end + 48))
    if by_number is not None:
        noun = by_number.group("noun")
        if noun is None or noun in _STOP:
            return None
        return f"{by_number.group('n').lower().replace(',', '')} {noun.lower()}", by_number.end()
    per = _per_noun(text, end, money=False)
    if per is not None and per[0] in _SCALE_NOUNS:
        return None  # "parts per million" is a concentration, its own unit
    if per is not None and per[0] in _RATE_UNITS:
        return None  # "176,000 jobs a month" is compared with a month's count of jobs: it stays a count
    return per


_SCALE_NOUNS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "mille"})


def _per_elided(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "from 26.1 thefts per 1,000 homes to 23.2 per 1,000": the second figure is per the same 1,000 homes.

    Only a bare figure followed by "per" and the same round number, with the noun left out, and only after a
    figure per that number of something in the same sentence.
    """
    out = list(mentions)
    for i in range(1, len(out)):
        bare = out[i]
        if bare.kind is not QuantityKind.NUMBER or bare.is_range:
            continue
        per = _PER_NUMBER_RE.match(text, bare.end, min(len(text), bare.end + 48))
        if per is None or (per.group("noun") and per.group("noun").lower() not in _STOP):
            continue
        number = per.group("n").lower().replace(",", "")
        for before in reversed(out[max(0, i - 3) : i]):
            if re.search(r"[.;!?]\s", text[before.end : bare.start]):
                break
            if before.kind is QuantityKind.PER_UNIT and (before.noun or "").startswith(f"{number} "):
                out[i] = replace(bare, end=per.end("n"), unit=before.unit, kind=before.kind, noun=before.noun)
                break
    spans = [(m.start, m.end) for m, old in zip(out, mentions, strict=True) if m is not old]
    # The "1,000" of "per 1,000" is part of the rate now, not a figure of its own.
    return [m for m in out if not any(a <= m.start and m.end <= b and (m.start, m.end) != (a, b) for a, b in spans)]


def _singular(noun: str) -> str:
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3:
        return noun[:-1]
    return noun


def _count_noun(text: str, end: int) -> tuple[str, str, int] | None:
    """The counted noun phrase after a number: "employees", "derivative models"."""
    match = _NOUN_RE.match(text, end, min(len(text), end + 100))
    if match is None:
        return None
    words: list[tuple[str, int]] = []
    named = False  # "85,600,000 American depositary shares", "200 Model Y cars": a name before the counted noun
    for name in ("w", "w2", "w3"):
        word = match.group(name)
        if word is None:
            break
        clean = word.strip("'’-")
        if not clean or clean.lower() in _STOP:
            break
        if clean[0].isupper() and not (len(words) == 0 and clean.endswith("s") and clean[1:].islower()):
            if name == "w3" or (words and not named):
                break
            named = True
        elif named and not _is_plural(clean) and name == "w3":
            break
        words.append((clean, match.start(name) + len(clean)))
        if _is_plural(clean) and not clean[0].isupper():
            break
    if named:
        # Kept only when the phrase ends on a lower-case plural, the noun the name qualifies.
        last = words[-1][0] if words else ""
        if not last or last[0].isupper() or not _is_plural(last):
            return None
    if not words:
        return None
    # Prefer a phrase ending on a plural, the usual head of a counted noun phrase.
    for i, (word, _) in enumerate(words):
        if _is_plural(word):
            words = words[: i + 1]
            break
    else:
        words = words[:1]
    phrase = " ".join(w for w, _ in words)
    head = words[-1][0].lower()
    gloss = _GLOSS_RE.match(text, words[-1][1], min(len(text), words[-1][1] + 16)) if named else None
    if gloss is not None:
        # "American depositary shares (ADSs)": a named thing's abbreviation names it too; a price "per ADS"
        # counts it. (A common noun keeps its plain head: "new electric vehicles (EVs)" are vehicles.)
        phrase = f"{phrase} ({gloss.group(1)})"
    return phrase, head, words[-1][1]


_GLOSS_RE = re.compile(r"[ \u00a0]*\(([A-Z]{2,6}s?)\)")


def _magnitudes(text: str) -> list[Mention]:
    out: list[Mention] = []
    for match in _MAGNITUDE_RE.finditer(text):
        lower, upper = _MAGNITUDES[match.group("w").lower()]
        window = text[max(0, match.start() - 60) : min(len(text), match.end() + 30)].lower()
        unit = (
            "percent"
            if re.search(r"growth|grow|percent|%|gain|increase|rise|decline|drop|rate|inflation", window)
            else "dimensionless"
        )
        out.append(
            Mention(match.start(), match.end(), lower, unit, QuantityKind.MAGNITUDE, 0.0,
                    lower=lower, upper=upper, bounds_fixed=True)
        )  # fmt: skip
    return out


_POINT_FRACTION_RE = re.compile(
    r"(?<![A-Za-z-])(?:(?P<n>an?|one|two|three|four|five|six|seven|eight|nine)[ \u00a0-]+)?"
    r"(?P<d>half|thirds?|quarters?|fifths?|tenths?)(?P<of>[ \u00a0]+of)?(?:[ \u00a0]+(?:an?|one|1))?[ \u00a0-]+"
    r"(?P<pp>percentage[ \u00a0-]+|per[ \u00a0]?cent(?:age)?[ \u00a0-]+)?(?P<p>points?)(?![A-Za-z])",
    re.IGNORECASE,
)
_POINT_FRACTION_RE = led(_POINT_FRACTION_RE)  # read over the whole article: tried only where its first words are
# "was 5.2%, up two-tenths from 5.0% in April", "ticked up two-tenths to 4.0%": jobs copy drops "of a point"
# when a rate's move in tenths runs straight into the rate it moved from or to. Only tenths, only after a move
# word, and only with a rate with decimals just after "from" or "to": "a tenth of the budget" or "two-tenths of
# voters" are shares, and "fell a tenth from 61.0% to 55.0%" is as often a relative move, so a single tenth is
# left to that reading.
_BARE_TENTHS_RE = re.compile(
    r"\b(?:up|down|rose|fell|dropped|declined|climbed|increased|decreased|slipped|eased|dipped|edged[ \u00a0]+(?:up"
    r"|down|higher|lower)|ticked[ \u00a0]+(?:up|down|higher|lower))[ \u00a0]+"
    r"(?P<m>(?P<n>two|three|four|five|six|seven|eight|nine)[ \u00a0-]+tenths)"
    r"(?=[ \u00a0]+(?:from|to)[ \u00a0]+(?:[A-Za-z’'.]+[ \u00a0]+){0,3}?(?:about[ \u00a0]+|around[ \u00a0]+)?"
    r"\d+\.\d[ \u00a0]?(?:%|percent\b|per[ \u00a0]?cent\b))",
    re.IGNORECASE,
)
_PERIOD_WORD_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?:the|this|that|last|next|first|second|third|fourth|final|current)[ \u00a0-]+$", re.IGNORECASE
)


def _point_fractions(text: str, blocked: StaticSpans) -> list[Mention]:
    """ "a tenth of a point", "two-tenths of a percentage point", "half a point", "a quarter-point": a fraction of
    a point is a size of point change, not a share of something."""
    out: list[Mention] = []
    for match in _POINT_FRACTION_RE.finditer(text) if "point" in folded(text) else ():
        if blocked.overlaps(match.start(), match.end()):
            continue
        numerator_word = (match.group("n") or "").lower()
        denominator = _DENOMINATORS[match.group("d").lower()[:3]]
        # "half a point" and "half-point"; "the first quarter points to" is a period and a verb.
        if not numerator_word and (
            denominator != 2 or _PERIOD_WORD_BEFORE_RE.search(text, max(0, match.start() - 10), match.start())
        ):
            continue
        numerator = 1.0 if numerator_word in ("", "a", "an") else float(words_value(numerator_word) or 1)
        value = numerator / denominator
        # "two-tenths" is "0.2" in words, rounded as printed; halves and quarters are steps taken exactly.
        rounding = 0.05 if denominator == 10 else 0.0
        if match.group("pp"):
            out.append(Mention(match.start(), match.end(), value, "percentage_point", QuantityKind.PERCENTAGE_POINT,
                               rounding))  # fmt: skip
        else:  # index points or points of a rate: decided with the figures around it (_points_of_a_rate)
            noun = match.group("p").lower()
            out.append(Mention(match.start(), match.end(), value, noun, QuantityKind.COUNT, rounding, noun=noun))
    for match in _BARE_TENTHS_RE.finditer(text) if "tenth" in folded(text) else ():
        start, end = match.span("m")
        if blocked.overlaps(start, end):
            continue
        numerator = float(words_value(match.group("n")) or 1)
        out.append(Mention(start, end, numerator / 10, "percentage_point", QuantityKind.PERCENTAGE_POINT, 0.05))
    return out


_HALF_PERIOD_RE = re.compile(r"\b(?:this|that|the|last|next|current|second|first)[ \u00a0]+$", re.IGNORECASE)
_HALF_SIDE_RE = re.compile(
    r"\b(?:first|second|back|front|latter|former|final|opening|closing|later|earlier)[ \u00a0-]+$", re.IGNORECASE
)
_HALF_OF_PERIOD_RE = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:(?:the|this|that|last|next|its)[ \u00a0]+)?(?:(?:current|fiscal|financial|calendar)"
    r"[ \u00a0]+)?(?:years?|seasons?|decades?|century|months?|quarters?|\d{4}|fiscal|financial|session|game|match)\b",
    re.IGNORECASE,
)
_HALF_OF_RE = re.compile(r"[ \u00a0]+(?:of|the|a|an|its|their|his|her)\b", re.IGNORECASE)


def _fractions(text: str, blocked: StaticSpans) -> list[Mention]:
    out: list[Mention] = []
    for match in _FRACTION_RE.finditer(text) if not _FRACTION_WORDS.isdisjoint(words_in(text)) else ():
        if blocked.overlaps(match.start(), match.end()):
            continue
        numerator_word = (match.group("n") or "").lower()
        denominator_word = match.group("d").lower()
        denominator = _DENOMINATORS[denominator_word[:3]]
        if not numerator_word:
            if denominator != 2:
                continue  # "third" alone is an ordinal
            # "half a million": a number, not a fraction.
            follow = re.match(
                r"\s+(?:an?\s+)?(million|billion|thousand|dozen|trillion)\b", text[match.end() : match.end() + 20], re.I
            )
            if follow:
                continue
            if _HALF_PERIOD_RE.search(text, max(0, match.start() - 10), match.start()) and not _HALF_OF_RE.match(
                text, match.end(), min(len(text), match.end() + 8)
            ):
                continue  # "sales grew 35 per cent this half": a half-year
            if _HALF_SIDE_RE.search(text, max(0, match.start() - 10), match.start()) and (
                _HALF_OF_PERIOD_RE.match(text, match.end(), min(len(text), match.end() + 40))
                or not _HALF_OF_RE.match(text, match.end(), min(len(text), match.end() + 8))
            ):
                continue  # "the back half of the year", "the latter half": a period
            numerator = 1.0
        else:
            numerator = 1.0 if numerator_word in ("a", "an") else float(words_value(numerator_word) or 1)
        if denominator == 4 and not re.match(r"\s+of\b", text[match.end() : match.end() + 5]):
            continue  # "a quarter" is usually a period
        if re.match(
            r"[ \u00a0-]+(?:largest|biggest|place|highest|best|time|consecutive)",
            text[match.end() : match.end() + 14],
            re.I,
        ):
            continue
        value = numerator / denominator
        unit = unit_after(text, match.end())
        if unit is not None:  # "a half turn", "three-quarters mile"
            out.append(Mention(match.start(), unit[2], value, unit[0], unit[1], 0.0))
            continue
        out.append(Mention(match.start(), match.end(), value, "dimensionless", QuantityKind.FRACTION, 0.0))
    return out


_VAGUE_RE = re.compile(
    r"(?<![A-Za-z-])(?:(?P<tens>tens|hundreds)[ \u00a0]+of[ \u00a0]+)?"
    r"(?P<w>dozens|hundreds|thousands|millions|billions|trillions)[ \u00a0]+of(?![A-Za-z])",
    re.IGNORECASE,
)
_VAGUE_BASE = {"dozens": 12.0, "hundreds": 100.0, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12}


def _vague_amounts(text: str) -> list[Mention]:
    """ "dozens of people" (12-120), "tens of thousands of dollars" (10,000-100,000): an order of magnitude."""
    out: list[Mention] = []
    for match in _VAGUE_RE.finditer(text) if not _VAGUE_BASE.keys().isdisjoint(words_in(text)) else ():
        base = _VAGUE_BASE[match.group("w").lower()]
        if match.group("tens"):
            base *= 10.0 if match.group("tens").lower() == "tens" else 100.0
        lower, upper = base, base * 10
        end = match.end()
        money = currency_after(text, end)
        if money is not None and money[2] == 1.0:
            code, money_end, _ = money
            out.append(Mention(match.start(), money_end, lower, code, QuantityKind.MONEY, 0.0,
                               lower=lower, upper=upper, bounds_fixed=True, is_range=True))  # fmt: skip
            continue
        dimension = unit_after(text, end)
        if dimension is not None:
            unit, kind, unit_end = dimension
            out.append(Mention(match.start(), unit_end, lower, unit, kind, 0.0,
                               lower=lower, upper=upper, bounds_fixed=True, is_range=True))  # fmt: skip
            continue
        noun = _count_noun(text, end)
        if noun is not None and _is_plural(noun[1]):
            phrase, head, noun_end = noun
            out.append(Mention(match.start(), noun_end, lower, head, QuantityKind.COUNT, 0.0, noun=phrase,
                               lower=lower, upper=upper, bounds_fixed=True, is_range=True))  # fmt: skip
            continue
        out.append(Mention(match.start(), end - 3, lower, "dimensionless", QuantityKind.MAGNITUDE, 0.0,
                           lower=lower, upper=upper, bounds_fixed=True, is_range=True))  # fmt: skip
    return out


_INVERTED_PERCENT_RE = re.compile(
    r"(?<![A-Za-z])(?:percents?|per[ \u00a0]cent|percentage)[ \u00a0]+of[ \u00a0]+"
    r"(?P<n>\d+(?:\.\d+)?(?![\d.,])|(?:[a-z]+(?:[- ][a-z]+){0,3}))",
    re.IGNORECASE,
)
_INVERTED_PERCENT_RE = led(_INVERTED_PERCENT_RE)  # read over the whole article: tried only where its first words are


def _inverted_percents(text: str) -> list[Mention]:
    """ "per cent of twenty-two": the number after the percent word, with nothing before it."""
    out: list[Mention] = []
    for match in _INVERTED_PERCENT_RE.finditer(text):
        if re.search(r"(?:\d|[a-z]{3,})[ \u00a0%-]*$", text[max(0, match.start() - 12) : match.start()], re.I):
            before = text[max(0, match.start() - 12) : match.start()].split()
            if before and (before[-1][-1:].isdigit() or words_value(before[-1]) is not None):
                continue  # "20 percent of ..." is the ordinary order
        raw = match.group("n")
        if raw[0].isdigit():
            value, end = float(raw), match.end()
        else:
            words = re.match(r"[a-z]+(?:[- ][a-z]+)*", raw, re.I)
            value, end = None, match.end()
            while words is not None and raw:
                value = words_value(raw)
                if value is not None:
                    break
                raw = raw.rsplit(" ", 1)[0] if " " in raw else ""
                end = match.start("n") + len(raw)
            if value is None or not raw:
                continue
        out.append(Mention(match.start(), end, value, "percent", QuantityKind.PERCENT, 0.5))
    return out


_SMALL_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                       "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
                       "hundred": 100, "thousand": 1000}  # fmt: skip
_ONE_IN_N_RE = re.compile(
    r"(?<![A-Za-z0-9.,-])(?P<k>(?i:one|two|three|four|five)|\d{1,2})[ \u00a0]+"
    r"(?:(?P<out>out[ \u00a0]+of)|(?P<in>in)|(?P<of>of))[ \u00a0]+(?:every[ \u00a0]+)?"
    r"(?P<n>(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|hundred|thousand)"
    r"|\d{1,3})(?![\d,.]\d|[A-Za-z0-9%-])"
)
_SCALE_NEXT_RE = re.compile(r"[ \u00a0]+(?:thousand|million|billion|trillion)\b", re.IGNORECASE)


def _one_in_n(text: str, taken: StaticSpans) -> list[Mention]:
    """ "One out of three voters", "one in five adults", "one of four designs": a share of a group, 1/3, 1/5, 1/4.

    "of" only after "one" and straight before the number ("one of the four" names a member); "in" only after a
    word numerator or 1, and never before a unit ("5 in 10 minutes") or a scale ("one in 10 million" is a rate).
    """
    out: list[Mention] = []
    for match in _ONE_IN_N_RE.finditer(text):
        if taken.overlaps(match.start(), match.end()):
            continue
        raw_k, raw_n = match.group("k").lower(), match.group("n").lower()
        k = _SMALL_NUMBER_WORDS.get(raw_k) or int(raw_k)
        n = _SMALL_NUMBER_WORDS.get(raw_n) or int(raw_n)
        if match.group("of") and k != 1:
            continue
        if match.group("in") and raw_k.isdigit() and k != 1:
            continue
        if not 0 < k < n or unit_after(text, match.end()) is not None or _SCALE_NEXT_RE.match(text, match.end()):
            continue
        out.append(Mention(match.start(), match.end(), k / n, "dimensionless", QuantityKind.FRACTION, 0.0))
    return out


_WHOLE_GAP_RE = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:the|its|their|his|her|our|this|that|a|an)[ \u00a0]+"
    r"(?:(?:total|planned|promised|pledged|estimated|expected|whole|entire|original|reported|combined|overall)"
    r"[ \u00a0]+)?"
)


def _unit_of_the_whole(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "280 million of the 1.5 billion shekels": a part printed bare is counted in the unit of its whole."""
    out = list(mentions)
    for i in range(len(out) - 1):
        part, whole = out[i], out[i + 1]
        if part.kind is not QuantityKind.NUMBER or part.is_range or part.bounds_fixed:
            continue
        if whole.kind not in (QuantityKind.MONEY, QuantityKind.DIMENSION) or whole.hedge_start is not None:
            continue
        if _WHOLE_GAP_RE.fullmatch(text, part.end, whole.start) is None or "-" in text[whole.start : whole.end]:
            continue  # "five of the three-ton satellites": the whole's unit sizes each item, it is no whole
        out[i] = replace(part, unit=whole.unit, kind=whole.kind)
    return out


# Between an amount and a later bare figure that restates the same measure: "$5 million in 2019 and 7 million in
# 2020", "€3.2 billion, up from 2.9 billion": an optional time phrase, then a word that sets one against the other.
_CARRIED_GAP_RE = re.compile(
    r"[ \u00a0]*(?:(?:in|for|during|on|at|by)[ \u00a0]+[A-Za-z \u00a0]{0,25}?\d{0,4}[ \u00a0]*)?,?[ \u00a0]*"
    r"(?:and|or|versus|vs\.?|against|compared[ \u00a0]+(?:with|to)|(?:up|down)[ \u00a0]+from|from|while|but)"
    r"[ \u00a0]+(?:(?:a|an|the)[ \u00a0]+)?(?:(?:about|around|nearly|almost|roughly|some|just|over|under)[ \u00a0]+)?",
    re.IGNORECASE,
)


def _unit_carried_forward(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "$5 million in 2019 and 7 million in 2020": a later bare figure with a scale word keeps the unit before it.

    Only a scaled figure ("7 million", not "7"), only right after the amount, and only across a word that sets the
    two against each other: "spent $5 million, while 2 million live nearby" keeps its bare 2 million ("while" is
    there, but a comma and a clause of its own are not).
    """
    out = list(mentions)
    for i in range(1, len(out)):
        before, bare = out[i - 1], out[i]
        if (
            bare.kind is not QuantityKind.NUMBER
            or bare.is_range
            or not _SCALE_IN_SURFACE_RE.search(text, bare.start, bare.end)
        ):
            continue
        if before.kind not in (QuantityKind.MONEY, QuantityKind.DIMENSION) or before.is_range:
            continue
        gap = _CARRIED_GAP_RE.fullmatch(text, before.end, bare.start)
        if gap is None or ("," in text[before.end : bare.start] and "from" not in gap.group().lower()):
            continue
        out[i] = replace(bare, unit=before.unit, kind=before.kind)
    return out


_HEDGED_MULTIPLE_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?:almost|nearly|more[ \u00a0]+than|about|roughly|around|over|just[ \u00a0]+(?:over|under)"
    r"|close[ \u00a0]+to|at[ \u00a0]+least|less[ \u00a0]+than)[ \u00a0]+$",
    re.IGNORECASE,
)
_MULTIPLIED_AFTER_RE = re.compile(r"[ \u00a0]+(?:its|the|their|his|her|our|a|an|that|this|those|these|what)\b", re.I)


def _multiple_words(text: str) -> list[Mention]:
    out: list[Mention] = []
    for match in _MULTIPLE_WORD_RE.finditer(text) if not _MULTIPLE_WORDS.isdisjoint(words_in(text)) else ():
        word = match.group("w").lower()
        # "double" and "triple" as adjectives ("a double room") are not multiples; after a verb of the future or
        # a hedge, and before what they multiply, they are: "almost double its profit", "more than double the rate".
        if word in ("double", "triple", "quadruple") and not (
            re.search(
                r"(?:to|will|would|could|can|may|might|could|expected to|set to)\s+$",
                text[max(0, match.start() - 16) : match.start()],
                re.I,
            )
            or (
                _HEDGED_MULTIPLE_BEFORE_RE.search(text, max(0, match.start() - 16), match.start())
                and _MULTIPLIED_AFTER_RE.match(text, match.end(), min(len(text), match.end() + 12))
            )
        ):
            continue
        value = _MULTIPLES[word[:4]]
        out.append(Mention(match.start(), match.end(), value, "dimensionless", QuantityKind.MULTIPLE, 0.0))
    for match in _FOLD_RE.finditer(text) if "fold" in folded(text) else ():
        value = words_value(match.group("w")) or 0.0
        out.append(Mention(match.start(), match.end(), value, "dimensionless", QuantityKind.MULTIPLE, 0.0))
    return out


_WINDOW_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty"
    r"|hundred)[ \u00a0-]+(?:days?|weeks?|months?|quarters?|years?|hours?|minutes?|sessions?)\b",
    re.IGNORECASE,
)


def _ranks(text: str, time: TimeScan, blocked: StaticSpans) -> list[Mention]:
    out: list[Mention] = []
    for match in _RANK_NO_RE.finditer(text):
        raw = match.group("n")
        value = float(raw) if raw.isdigit() else float(words_value(raw) or 0)
        if value <= 0 or (match.group().lower().startswith("number") and raw.isdigit()):
            continue
        out.append(Mention(match.start(), match.end(), value, "rank", QuantityKind.RANK, 0.0))
    time_spans = StaticSpans([ref.span for ref in time.refs])
    relatives = [
        r
        for r in find_relative_ranks(text)
        if not (blocked.overlaps(r.start, r.end) or time_spans.overlaps(r.start, r.end))  # "last year": time
    ]
    out += [Mention(r.start, r.end, float(r.offset), "rank", QuantityKind.RANK, 0.0, relative_to=r.anchor)
            for r in relatives]  # fmt: skip
    relative_spans = StaticSpans([(r.start, r.end) for r in relatives])
    for ordinal in find_ordinals(text):
        span = (ordinal.start, ordinal.end)
        if blocked.overlaps(*span) or time_spans.overlaps(*span) or relative_spans.overlaps(*span):
            continue
        if is_name_ordinal(text, ordinal.start, ordinal.end):
            continue  # "Go First", "First Republic": part of a name
        word = text[ordinal.start : ordinal.end].lower()
        before = text[max(0, ordinal.start - 12) : ordinal.start].lower()
        if word == "second" and re.search(r"(?:\d|\b(?:a|per|one|each|the\s+same))\s*$", before):
            continue  # the time unit
        if re.search(r"(?:^|\W)(?:a|an|one|two|three)[ \u00a0-]+$", before) and word not in ("first", "second"):
            continue  # "a third" is a fraction
        if (
            word == "first"
            and re.search(r"(?:^|\W)at[ \u00a0]+$", before)
            and not _RANK_CONTEXT_RE.match(text, ordinal.end, min(len(text), ordinal.end + 24))
        ):
            continue  # "at first": initially
        if word in ("first", "last", "final") and _WINDOW_AFTER_RE.match(
            text, ordinal.end, min(len(text), ordinal.end + 40)
        ):
            continue  # "in the first six months": a period, not a standing
        end = ordinal.end
        context = _RANK_CONTEXT_RE.match(text, end, min(len(text), end + 24))
        if context is not None:
            end = context.end()
        out.append(Mention(ordinal.start, end, float(ordinal.value), "rank", QuantityKind.RANK, 0.0))
    return out


# "812,000 ounces of gold equivalent", "1.3 million barrels of oil equivalent": the words after the unit say the
# figure converts other products into this one at a ratio.
_EQUIVALENT_AFTER_RE = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:[A-Za-z-]+[ \u00a0]+){0,2}?equivalent\b", re.IGNORECASE)


# The figure's digits and scale, before the words _equivalent_after keeps as its noun.
_FIGURE_LEAD_RE = re.compile(r"^[^A-Za-z]*(?:(?:thousand|million|billion|trillion|mn|bn|m|k)\b\s*)?")


def _equivalent_after(text: str, mentions: list[Mention]) -> list[Mention]:
    """A measure followed by "of <product> equivalent" keeps those words as its noun, so it is never taken for a
    plain figure of the same unit."""
    out = []
    for m in mentions:
        found = _EQUIVALENT_AFTER_RE.match(text, m.end) if m.kind is QuantityKind.DIMENSION and not m.noun else None
        words = _FIGURE_LEAD_RE.sub("", text[m.start : m.end])
        out.append(replace(m, noun=f"{words}{found.group()}".strip()) if found else m)
    return out


def _with_hedge(text: str, mention: Mention) -> Mention:
    hedge = hedge_before(text, mention.start)
    if hedge is None:
        or_so = hedge_after(text, mention.end)
        if or_so is not None and mention.kind not in (QuantityKind.RANK, QuantityKind.MAGNITUDE):
            return replace(mention, hedge=Hedge.APPROXIMATE)
        return mention
    kind, hedge_start = hedge
    if mention.kind in (QuantityKind.RANK,):
        return mention
    if (
        _COMPARED_BEFORE_RE.search(text, max(0, hedge_start - 30), hedge_start)
        and _THAN_RE.search(text, hedge_start, mention.start)
        and not _DATED_BEFORE_RE.search(text, max(0, hedge_start - 30), hedge_start)
    ):
        # "6% more than 3.8 million", "40 fewer than 310": the words compare a figure with this one, which is the
        # reference the comparison is measured from, stated exactly
        return mention
    if (
        mention.kind is QuantityKind.DURATION
        and text[hedge_start : hedge_start + 4].lower() == "over"
        and not _OVER_AS_MORE_RE.search(text, max(0, hedge_start - 16), hedge_start)
        and not _AGE_WORDS_RE.search(text, mention.start, min(len(text), mention.end + 8))  # "over 60 years old"
    ):
        return mention  # "rose over three decades": during them, not more than them
    if mention.kind is QuantityKind.MAGNITUDE:
        return replace(mention, hedge=kind, hedge_start=hedge_start)
    return replace(mention, hedge=kind, hedge_start=hedge_start)


# A figure, or a figure's unit of difference, right before a "than" comparative: "6% more than", "40 fewer than",
# "150 tonnes less than", "three times more than", "2 points higher than". A year or a day of the month is no such
# figure: "In 2023 more than 3,000 came", "on May 5 more than 300".
_COMPARED_BEFORE_RE = re.compile(
    r"(?:%|(?<![A-Za-z])(?:percent|per[ \u00a0]?cent|pct|times|fold|points?|percentage[ \u00a0]+points?)"
    r"|(?<![\d,.])(?!(?:1[89]|20)\d\d\b)\d(?:[\d,]*\d)?(?:\.\d+)?(?:[ \u00a0]+[A-Za-z]+)?)[ \u00a0]+$",
    re.IGNORECASE,
)
_DATED_BEFORE_RE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \u00a0]+\d{1,2}(?:st|nd|rd|th)?"
    r"(?:[ \u00a0]+[A-Za-z]+)?[ \u00a0]+$",
    re.IGNORECASE,
)
_THAN_RE = re.compile(r"\bthan\b", re.IGNORECASE)
# Before "over" and a duration, the words that make it "more than": "for over 30 years", "in over a decade",
# "lasted over two hours". After any other word "over" means "during": "rose over three decades".
_OVER_AS_MORE_RE = re.compile(
    r"(?<![A-Za-z])(?:for|in|of|than|after|within|since|by|at|aged|is|was|are|were|been|be|lasted|lasting|lasts|last"
    r"|spanning|spans|took|takes|taking|spent|spend|spends|only|just|well|nearly|almost|already|now|still)[ \u00a0]+$",
    re.IGNORECASE,
)
_AGE_WORDS_RE = re.compile(r"(?i)[ \u00a0-]old\b|[ \u00a0]of[ \u00a0]+age\b")
_INCHES_RE = re.compile(r"[ \u00a0]+(?:and[ \u00a0]+)?(\d{1,2}(?:\.\d+)?)[ \u00a0]?(?:inches|inch|in\b|\"|”)")
_COMPOUND_GAP_RE = re.compile(r"^[ \u00a0]+(?:and[ \u00a0]+)?$", re.IGNORECASE)


def _merge_compound_money(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50": one amount."""
    out: list[Mention] = []
    for mention in mentions:
        if out and out[-1].kind is QuantityKind.DIMENSION and out[-1].unit == "foot" and out[-1].end <= mention.start:
            inches = _INCHES_RE.match(text, out[-1].end, min(len(text), out[-1].end + 24))
            if inches is not None:
                # "5 feet 2 inches", "12 ft 2 in": one length, in feet.
                feet = out[-1]
                out[-1] = replace(
                    feet, end=inches.end(), value=feet.value + float(inches.group(1)) / 12, rounding=1 / 24
                )
                if mention.start < inches.end():
                    continue
        if out:
            main = out[-1]
            gap = text[main.end : mention.start]
            whole_units = (
                main.kind is QuantityKind.MONEY and main.value == int(main.value) and text[main.end - 1].isalpha()
            )
            if whole_units and _COMPOUND_GAP_RE.match(gap) and not text[mention.end : mention.end + 1].isalnum():
                cents = None
                if mention.kind is QuantityKind.MONEY and mention.unit == main.unit and 0 < mention.value < 1:
                    cents = mention.value  # "50 cents" already in dollars
                elif (
                    mention.kind is QuantityKind.NUMBER
                    and mention.value == int(mention.value)
                    and 0 < mention.value < 100
                ):
                    cents = mention.value / 100
                if cents is not None:
                    out[-1] = replace(main, end=mention.end, value=main.value + cents, rounding=0.005)
                    continue
        out.append(mention)
    return out


def _merge_ranges(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "$252 million to $287 million", "between 3 and 4 percent", "3-4%": one quantity."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        current = mentions[i]
        if i + 1 < len(mentions):
            nxt = mentions[i + 1]
            # "to 2 to 3 per cent from 4 to 6 per cent": a "from" end right after a range may be one too.
            after_range = (
                bool(out) and out[-1].is_range and _FROM_GAP_RE.fullmatch(text, out[-1].end, current.start) is not None
            )
            merged = _range(text, current, nxt, after_range)
            if merged is not None:
                out.append(merged)
                i += 2
                continue
        out.append(current)
        i += 1
    # After merging, so that "from 24.2 to 33-35 billion euros" shares the range's scale and currency.
    for i in range(len(out) - 1):
        out[i], out[i + 1] = _share_unit(text, out[i], out[i + 1])
    return out


_FROM_GAP_RE = re.compile(r"[ \u00a0]+from[ \u00a0]+")
_SHARED_GAP_RE = re.compile(
    r"^[ \u00a0]*(?:-[ \u00a0]*(?=to\b))?(?:to|or|and|-|–)[ \u00a0]*(?:US\$|\$|€|£|¥|₹)?$", re.IGNORECASE
)


def _share_unit(text: str, first: Mention, second: Mention) -> tuple[Mention, Mention]:
    """ "from 4.8 to 4.7 percent", "8 or $9": a unit written once belongs to both numbers."""
    gap = _SHARED_GAP_RE.match(text[first.end : second.start])
    if not gap:
        return first, second
    if first.kind is QuantityKind.NUMBER and second.kind is not QuantityKind.NUMBER:
        if second.kind in (QuantityKind.RANK, QuantityKind.MULTIPLE, QuantityKind.MAGNITUDE, QuantityKind.FRACTION):
            return first, second
        alternatives = gap.group().strip().lower() in ("or", "and")
        if alternatives and second.value and not 0.1 <= abs(first.value / second.value) <= 10:
            return first, second  # "fell to 2,150 or 75%": a level and its change, not two guesses of one unit
        # "rose from 3 to 4 million": the scale is shared too.
        value = _scaled_like(text, first, second)
        rounding = first.rounding * value / first.value if first.value else first.rounding
        return replace(first, unit=second.unit, kind=second.kind, noun=second.noun, value=value,
                       rounding=rounding), second  # fmt: skip
    if (
        second.kind is QuantityKind.NUMBER
        and first.kind in (QuantityKind.DIMENSION, QuantityKind.DURATION, QuantityKind.COUNT)
        and (text[first.end : second.start].strip().lower() == "to")
    ):  # "from 400 tons to 520", "5,210 votes to 4,980": the second figure counts the same thing
        return first, replace(second, unit=first.unit, kind=first.kind, noun=first.noun)
    return first, second


_RANGE_KINDS = frozenset({QuantityKind.NUMBER, QuantityKind.MONEY, QuantityKind.PERCENT, QuantityKind.COUNT,
                          QuantityKind.DIMENSION, QuantityKind.DURATION, QuantityKind.PER_UNIT,
                          QuantityKind.PERCENTAGE_POINT})  # fmt: skip


# Words of change: "X to Y" after one of them is a move between two figures ("rose 5% to $10", "added 15 sen to
# RM2.70"). Whole words with their endings, so that "tickets" is not "tick" and "upper" not "up".
_CHANGE_WORDS = (
    r"rose|ris(?:e|es|en|ing)|fell|fall(?:s|en|ing)?|up|down|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)"
    r"|grew|grow(?:s|n|ing|th)?|jump(?:s|ed|ing)?|climb(?:s|ed|ing)?|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)"
    r"|cut(?:s|ting)?|rais(?:e|es|ed|ing)|lower(?:s|ed|ing)?|boost(?:s|ed|ing)?|reduc(?:e|es|ed|ing|tions?)"
    r"|gain(?:s|ed|ing)?|lost|los(?:e|es|ing)|sank|sink(?:s|ing)?|surg(?:e|es|ed|ing)|soar(?:s|ed|ing)?"
    r"|plung(?:e|es|ed|ing)|slid(?:e|es|ing)?|chang(?:e|es|ed|ing)|went|moved|swung|widen(?:s|ed|ing)?"
    r"|narrow(?:s|ed|ing)?|add(?:s|ed|ing)?|slow(?:s|ed|ing)?|inch(?:es|ed|ing)|edg(?:e|es|ed|ing)|tick(?:s|ed|ing)"
    r"|shr[iau]nk(?:s|ing)?|expand(?:s|ed|ing)?|accelerat(?:e|es|ed|ing|ion)|rebound(?:s|ed|ing)?"
    r"|recover(?:s|ed|ing|y)?|trim(?:s|med|ming)?|slash(?:es|ed|ing)?|hik(?:e|es|ed|ing)|lift(?:s|ed|ing)?"
    r"|tumbl(?:e|es|ed|ing)|dip(?:s|ped|ping)?|slump(?:s|ed|ing)?|rall(?:y|ies|ied|ying)|advanc(?:e|es|ed|ing)"
    r"|retreat(?:s|ed|ing)?"
)
_CHANGE_BEFORE_RE = re.compile(rf"\b(?:{_CHANGE_WORDS})\b")
# With "from" before the first figure, any verb or noun of change or movement makes "from X to Y" a move:
# "climbed from 11.4 million to 13 million", "a move from 4 to 5 percent". Without "from" these words
# are often adjectives of a range ("earnings of $2.10 to $2.25", "a new 3 to 4 percent").
_MOVE_FROM_RE = re.compile(
    rf"\b(?:{_CHANGE_WORDS}|goes|gone|going|mov(?:e|es|ing)|shift(?:s|ed|ing)?|swing(?:s|ing)?|expansion"
    r"|contract(?:s|ed|ing|ion)|decelerat(?:e|es|ed|ing|ion)|improv(?:e|es|ed|ing|ements?)|worsen(?:s|ed|ing)?"
    r"|deteriorat(?:e|es|ed|ing|ion)|revis(?:e|es|ed|ing|ions?)|(?:up|down)grad(?:e|es|ed|ing)|adjust(?:s|ed|ing)?"
    r"|push(?:es|ed|ing)?|bump(?:s|ed|ing)?|extend(?:s|ed|ing)?|soften(?:s|ed|ing)?|strengthen(?:s|ed|ing)?"
    r"|weaken(?:s|ed|ing)?|tighten(?:s|ed|ing)?|loosen(?:s|ed|ing)?|eas(?:e|es|ed|ing)|slip(?:s|ped|ping)?"
    r"|spik(?:e|es|ed|ing)|balloon(?:s|ed|ing)?|swell(?:s|ed|ing)?|swollen|sunk|doubl(?:e|es|ed|ing)"
    r"|tripl(?:e|es|ed|ing)|halv(?:e|es|ed|ing)|plummet(?:s|ed|ing)?|collaps(?:e|es|ed|ing)|crash(?:es|ed|ing)?"
    r"|skyrocket(?:s|ed|ing)?|leap(?:s|t|ed|ing)?|shed(?:s|ding)?|dwindl(?:e|es|ed|ing)|turn(?:s|ed|ing)"
    r"|cool(?:s|ed|ing)|escalat(?:e|es|ed|ing)|upped|hoist(?:s|ed|ing)?|elevat(?:e|es|ed|ing))\b"
)
# "ranging from 5 to 7", "anywhere from $5 to $7": a range even where a change word stands earlier.
_RANGE_WORD_RE = re.compile(
    r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere|somewhere|span(?:s|ned|ning)?|fluctuat(?:e|es|ed|ing))"
    r"\s+(?:between|from)\s*(?:US\$|\$|€|£|¥|₹)?$",
    re.IGNORECASE,
)
# Two sides of a contest, each with its own figure: "leads Doe 47% to 36%", "beat Doe 5,210 votes to 4,980".
_CONTEST_RE = re.compile(
    r"\b(?:leads?|leading|led|beat(?:s|ing)?|defeat(?:s|ed|ing)?|trail(?:s|ed|ing)?|top(?:s|ped)|edg(?:es|ed|ing)"
    r"|outpoll(?:s|ed)?|ahead|behind|won|wins?|winning|vot(?:e|es|ed|ing)|score[ds]?|scoring|tall(?:y|ied))\b"
)
_SCALED_RE = re.compile(r"(?i)thousand|million|billion|trillion|crore|lakh|bn|mn|\d[kmbt]\b")


def _clause_before(text: str, start: int) -> str:
    return re.split(r"[,;:\n]|[.!?][\"'”’)]?\s", text[max(0, start - 60) : start].lower())[-1]


_STANDING_RE = re.compile(
    r"\b(?:leads?|leading|led|ahead(?!\s+of\s+(?:the|a|an|this|next|its|their)\b)|trail(?:s|ed|ing)?|behind)\b"
)


def _lead_clause_before(text: str, start: int) -> bool:
    """A pair opening a clause after a comma whose clause before tells a standing: "Roe is ahead of Doe in the
    autumn wave, 39% to 37%" gives the two sides, not a range ("expected to win, 40 to 45 seats" stays one)."""
    if _clause_before(text, start).strip() or text[max(0, start - 2) : start].strip() != ",":
        return False
    return _STANDING_RE.search(_clause_before(text, len(text[:start].rstrip()) - 1)) is not None


def _sentence_before(text: str, start: int) -> str:
    """The sentence up to ``start``: "increased 26.8% from one year to the next, from 68,757 to 87,203" moves."""
    return re.split(r"[;:]|[.!?]\s", text[max(0, start - 200) : start].lower())[-1]


_SUBUNIT_SURFACE_RE = re.compile(
    r"(?i:(?<!per[ \u00a0])\b(?:cents?|pence|penny|paise|paisa|kopecks?|kopeks?)\b)|\bsen\b|\dp\b"
)


def _scaled_like(text: str, first: Mention, second: Mention) -> float:
    """ "3 to 4 million", "from 24.2 to 33 billion", "5 to 30 cents": a scale written once applies to both figures."""
    if first.kind is QuantityKind.NUMBER and _SUBUNIT_SURFACE_RE.search(text, second.start, second.end):
        return first.value * 0.01  # the sub-unit is shared: "5 to 30 cents" is $0.05 to $0.30
    if _SCALED_RE.search(text, first.start, first.end) or second.value < 1000 or first.value * 1000 > second.value:
        return first.value
    if abs(first.value) >= 1000:
        return first.value  # "$300,000 to $612 million": a figure printed in full has no scale to borrow
    for scale in (1e12, 1e9, 1e6, 1e3):
        if first.value * scale <= second.value:
            return first.value * scale
    return first.value


_VERB_RIGHT_BEFORE_RE = re.compile(
    r"\b(?:by|(?:rise|grow|gain|increase|fall|drop|decline|rose|grew|fell)s?)[ \u00a0]+$"
)


def _change_range(text: str, first: Mention, second: Mention, has_opener: bool) -> bool:
    """ "expected to rise 5 to 7 percent": a bare figure right after the verb, its unit printed once, is a range.

    "rose 5 cents to 30 cents" and "added 15 sen to RM2.70" print a unit on both sides: a move and a level.
    """
    if has_opener or first.kind is not QuantityKind.NUMBER or second.kind is QuantityKind.NUMBER:
        return False
    if second.kind not in (QuantityKind.PERCENT, QuantityKind.MONEY, QuantityKind.COUNT, QuantityKind.PER_UNIT):
        return False
    return bool(_VERB_RIGHT_BEFORE_RE.search(text.lower(), max(0, first.start - 12), first.start))


_MOVE_GOES_ON_RE = re.compile(r"[ \u00a0]+(?:to|from)[ \u00a0]+(?:(?:US)?\$|€|£)?\d")
_MOVES_TO_RE = re.compile(r"(?<![A-Za-z])to[ \u00a0]+$")


def _range_inside_move(text: str, first: Mention, second: Mention, after_range: bool) -> bool:
    """ "fell from 4 to 6 per cent to 2 to 3 per cent": each end of the move is itself a range.

    A bare figure, "to", and a figure with its unit are a range where the move has another end after them
    ("from 4 to 6 per cent to ..."), where they stand right after the move's own "to" ("to 2 to 3 per cent"), or
    where they are the "from" end after such a range ("to 2 to 3 per cent from 4 to 6 per cent").
    """
    if first.kind is not QuantityKind.NUMBER or second.kind is QuantityKind.NUMBER:
        return False
    return (
        after_range
        or _MOVE_GOES_ON_RE.match(text, second.end, min(len(text), second.end + 16)) is not None
        or _MOVES_TO_RE.search(text, max(0, first.start - 4), first.start) is not None
    )


def _range(text: str, first: Mention, second: Mention, after_range: bool = False) -> Mention | None:
    gap = text[first.end : second.start]
    if _is_score_side(text, first) and _is_score_side(text, second):
        return None  # "(88-82)": the two sides of a score
    if len(gap) > 8 or first.kind not in _RANGE_KINDS or second.kind not in _RANGE_KINDS:
        return None
    match = _RANGE_GAP_RE.match(gap)
    if match is None:
        return None
    connector = gap.strip().lower().split()[0] if gap.strip() else ""
    connector = connector.rstrip("$€£¥₹")
    opener = _BETWEEN_RE.search(text, max(0, first.start - 12), first.start)
    if connector == "and" and (opener is None or not opener.group().lower().startswith("between")):
        return None
    between = opener is not None and opener.group().lower().startswith("between")
    from_opener = opener is not None and not between
    if connector == "or" and not (first.kind is QuantityKind.NUMBER and second.kind is QuantityKind.DURATION):
        return None  # "eight or nine euros": two figures, each stated; "three or four years" is a span
    ranged = _RANGE_WORD_RE.search(text, max(0, first.start - 24), first.start) is not None
    if (
        connector in ("to", "-", "–")
        and not between
        and not ranged
        and (_CONTEST_RE.search(_clause_before(text, first.start)) or _lead_clause_before(text, first.start))
    ):
        return None  # "Roe leads Doe 47% to 36%", "passed by a vote of 310 to 120": each side's figure
    if (
        connector == "to"
        and not between
        and not ranged
        and not _change_range(text, first, second, opener is not None)
        and not _range_inside_move(text, first, second, after_range)
        and (
            _MOVE_FROM_RE.search(_sentence_before(text, first.start))
            if from_opener
            else _CHANGE_BEFORE_RE.search(_clause_before(text, first.start))
        )
    ):
        return None  # "rose from $1 to $2", "added 15 sen to RM2.70", "improved from 20 to 30": a move
    same_currency = first.kind is QuantityKind.MONEY and second.unit.split(" / ")[0] == first.unit
    end = second.end
    # "aged 18 to 34", "5 ft to 6": the second number takes the first one's unit.
    unit_first = (
        connector == "to"
        and second.kind is QuantityKind.NUMBER
        and first.kind in (QuantityKind.DIMENSION, QuantityKind.DURATION)
    )
    if unit_first:
        unit, kind, noun = first.unit, first.kind, first.noun
    elif first.kind is QuantityKind.NUMBER or first.unit == second.unit or same_currency:
        unit, kind, noun = second.unit, second.kind, second.noun  # "$62 and $68 per share": both per share
    elif first.kind is QuantityKind.MONEY and second.kind is QuantityKind.NUMBER and gap in ("-", "–"):
        # "$700-800 a tonne", "$7-8 billion": a price band printed with its currency once, the hyphen tight on both
        # ends; the bare end is the same money, never a figure of its own.
        unit, kind, noun = first.unit, first.kind, first.noun
        per = _per_noun(text, second.end, money=True)
        if per is not None:
            unit, kind, end = f"{first.unit} / {per[0]}", QuantityKind.PER_UNIT, per[1]
    else:
        return None
    lo, hi = _scaled_like(text, first, second), second.value
    # The scale the bare end borrowed: "$12 to $15 billion" prints "billion" once for both.
    borrowed = _surface_scale(text, second) if first.value and lo != first.value else None
    first_rounding = first.rounding * lo / first.value if first.value and lo != first.value else first.rounding
    if lo > hi:
        if connector == "to" and hi >= 0:
            return None  # "slow from 4.8 to 4.7 percent": a fall, not a range
        lo, hi = hi, lo  # "ranged from -18 °C to -34 °C" spans the same interval
    return Mention(first.start, end, (lo + hi) / 2, unit, kind, max(first_rounding, second.rounding),
                   noun=noun, lower=lo, upper=hi, is_range=True, end_spans=((first.start, first.end),
                   (second.start, second.end)), shared_scale=borrowed)  # fmt: skip
