"""What a figure measures, as a canonical noun: 'revenue', 'net income', 'units', 'unemployment rate'.

Finer than :class:`~factcheck.claim.Metric`, and the word relation finders compare
when they pair figures stated apart: "sales" and "revenue" are one measure, so are
"devices", "smartphones" and "shipments"; "operating profit" and "net profit" are
two. The measure is the measure word that governs the figure in its clause: the
nearest one before it ("revenue rose 8% to $38.4 billion", "net income was $2.1
million"), else one right after it ("$4.3 billion in revenue", "16 cases"). A
per-unit amount only takes a per-unit measure (earnings per share, dividend,
share price), an amount of money never does. No measure word: ``None``.
"""

from __future__ import annotations

import bisect
import functools
import re

from factcheck.literals import Vocabulary, gated, lowered, lowered_long, needed
from factcheck.quantity import QuantityKind

# Most specific first: "operating profit" must win over "profit", "market share" over "share".
_MEASURES: list[tuple[str, str]] = [
    ("earnings per share", r"earnings\s+per\s+(?:diluted\s+|ordinary\s+|basic\s+)?share|EPS|per[- ]share\s+earnings"),
    ("dividend", r"dividends?|payouts?"),
    ("operating income", r"operating\s+(?:income|profits?|earnings|loss(?:es)?)|EBIT|trading\s+profits?"),
    ("pre-tax profit", r"pre-?tax\s+(?:profits?|income|earnings)|profits?\s+before\s+(?:income\s+)?tax(?:ation)?|PBT"),
    ("gross profit", r"gross\s+(?:profits?|margin)"),
    ("ebitda", r"EBITDA"),
    ("total income", r"total\s+income|gross\s+earnings"),
    ("net income", r"net\s+(?:income|profits?|earnings|loss(?:es)?)|profits?\s+after\s+tax|PAT|bottom[- ]line"
                   r"|profits?|earnings|(?:net\s+)?loss(?:es)?|earned|lost"),
    ("market value", r"market\s+(?:value|cap(?:italization|italisation)?)|valuation|valued|worth"),
    ("market share", r"market\s+share|share\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}market|share"),
    ("revenue", r"revenues?|sales\s+revenue|turnover|top[- ]line|(?:net\s+)?sales(?!\s+(?:of\s+)?(?:units|vehicles))"),
    ("expenses", r"(?:operating\s+)?expenses|costs?|expenditures?|spending|outlays"),
    ("units", r"shipments|shipped|deliveries|delivered|units|devices|smartphones|phones|handsets|vehicles|cars"
              r"|PCs|tablets|computers|sold"),
    ("share price", r"share\s+price|stock\s+price|shares|stocks?|ADRs?|ADSs?"),
    ("output", r"generation|output|production|produced|generated|pumped"),
    ("index", r"index|Sensex|Nifty|Dow|S&P(?:\s+500)?|FTSE(?:\s+100)?|Nasdaq|Nikkei|Hang\s+Seng|DAX|CAC|Topix"
              r"|Russell\s+[123]000"),
    ("unemployment rate", r"unemployment(?:\s+rate)?|jobless(?:\s+rate)?"),
    ("jobs", r"jobs|payrolls?|employment"),
    ("inflation", r"consumer\s+price\s+index|(?:producer\s+)?price\s+index|inflation|consumer\s+prices?|CPI"),
    ("gdp", r"GDP|gross\s+domestic\s+product|(?:the\s+)?economy"),
    ("exports", r"exports?"),
    ("imports", r"imports?"),
    ("trade balance", r"trade\s+(?:surplus|deficit|balance|gap)"),
    ("deficit", r"deficit|shortfall"),
    ("debt", r"debt|borrowing"),
    ("passengers", r"passengers?|travell?ers|traffic|riders(?:hip)?"),
    ("capacity", r"capacity|available\s+seat"),
    ("load factor", r"load\s+factor"),
    ("employees", r"employees|workers|staff|workforce|headcount|jobs\s+cuts?|layoffs"),
    ("subscribers", r"subscribers|users|customers|members|accounts"),
    ("votes", r"votes?|ballots"),
    ("disapproval", r"disapprov(?:al|ed|e|es)"),
    ("approval", r"approval(?:\s+rating)?|approv(?:ed|e|es)"),
    ("population", r"population|residents|inhabitants"),
    ("home sales", r"home[\s-]+sales|existing-home\s+sales|housing\s+starts|starts"),
    ("price", r"prices?|priced|cost\s+of"),
    ("cases", r"cases|infections|deaths|patients"),
    ("goals", r"goals"),
]  # fmt: skip
_RES = [(name, re.compile(rf"(?<![A-Za-z])(?:{pattern})(?![A-Za-z])", re.IGNORECASE)) for name, pattern in _MEASURES]
# The words each pattern cannot match without: a window holding none of them is not scanned with it.
_WORDS = Vocabulary(dict(_RES))
_ALWAYS = frozenset(name for name, regex in _RES if needed(regex) is None)
_NAMES_BY_WORD: dict[str, frozenset[str]] = {
    word: frozenset(name for name, regex in _RES if word in (needed(regex) or ()))
    for word in sorted({word for _, regex in _RES for word in needed(regex) or ()})
}
_NEEDED_WORDS = tuple(_NAMES_BY_WORD)
# Any measure word at all: when this finds none in a window, none of the ones above can, and the window is skipped.
MEASURE_WORD = "|".join(f"(?:{pattern})" for _, pattern in _MEASURES)
_ANY = re.compile(rf"(?<![A-Za-z])(?:{MEASURE_WORD})(?![A-Za-z])", re.I)
_PER_UNIT_MEASURES = frozenset({"earnings per share", "dividend", "share price", "price"})
_NOT_FOR_MONEY = frozenset({"earnings per share", "units", "employees", "passengers", "cases", "goals", "votes"})
# A clause ends at these; a measure word beyond one governs other figures.
_BREAK = re.compile(r";|\bbut\b|\bwhile\b|\bwhereas\b|,\s+and\b|—|\(|\)", re.I)
_BREAK = gated(_BREAK)  # tried on the clause around every figure: most clauses hold none of its words


_BY_NAME = dict(_RES)


def measure_pattern(name: str) -> re.Pattern[str] | None:
    """The words that name a measure ("revenues?|turnover|..." for 'revenue'); an adjusted measure's are its own."""
    return _BY_NAME.get(name.removeprefix("adjusted "))


def measure_of(
    text: str,
    start: int,
    end: int,
    sentence: tuple[int, int],
    kind: QuantityKind,
    noun: str | None,
    others: list[tuple[int, int]] = (),  # type: ignore[assignment]
) -> str | None:
    """The measure word that governs the figure at ``[start, end)`` in its sentence.

    ``others`` are the spans of the sentence's other figures: their words ("62 cents per share") are blanked.
    """
    if kind in (QuantityKind.RANK, QuantityKind.DURATION, QuantityKind.MULTIPLE):
        return None
    found = _measure_of(text, start, end, sentence, kind, noun, others)
    if found in _ADJUSTABLE and _ADJUSTED_RE.search(text, max(sentence[0], start - 200), start):
        # "Excluding items, it earned $7 million": another measure than the reported net income.
        return "adjusted " + found
    if kind is QuantityKind.COUNT and found in _MONEY_MEASURES:
        # "10.31 million sales": a counted noun counts things sold, never money.
        own = _match(noun, kind) if noun else None
        return "units" if own == "revenue" else None
    return found


# Results restated without some items: "excluding items", "on an adjusted basis", "non-GAAP".
_PROFIT_VERBS = frozenset({"lost", "earned"})
_ADJUSTABLE = frozenset({"net income", "operating income", "pre-tax profit", "earnings per share", "ebitda"})
# Only the explicit phrases: a bare "adjusted" qualifies too much else ("seasonally adjusted", "adjusted for
# inflation"), and estimates of adjusted earnings are written without it.
_ADJUSTED_RE = re.compile(
    r"(?<![A-Za-z-])(?:on[ \u00a0]+an[ \u00a0]+adjusted[ \u00a0]+basis|non-GAAP|excluding[ \u00a0]+"
    r"(?:(?:certain|special|one-?(?:time|off)|exceptional|non-?recurring)[ \u00a0]+)?(?:items|charges|gains)"
    r"|(?:before|ex)[ \u00a0-]+(?:special|exceptional|one-?(?:time|off)|non-?recurring)[ \u00a0]+items)(?![A-Za-z-])",
    re.IGNORECASE,
)
_MONEY_MEASURES = frozenset(
    {"revenue", "net income", "operating income", "pre-tax profit", "gross profit", "ebitda", "total income",
     "market value", "expenses", "dividend", "earnings per share", "debt"}
)  # fmt: skip


def _measure_of(
    text: str,
    start: int,
    end: int,
    sentence: tuple[int, int],
    kind: QuantityKind,
    noun: str | None,
    others: list[tuple[int, int]],
) -> str | None:
    if noun:
        own = _match(noun, kind)
        if own is not None:
            return own
    around = _around(text, start, end, sentence, others)
    # "a 28% drop in first-half profits": a change named after the figure says itself what it changed;
    # "$15.8 billion in revenue" says what the amount is.
    named = around.named
    if named is not None:
        found = _match(named, kind)
        if found in _MONEY_MEASURES and _NUMBER_OF.match(named):
            return "units"  # "a 44% growth in the number of sales transactions": a count of sales, not their value
        if found is not None:
            return found
    before, possible = around.before()
    gap = _gap_measure(before, text[end : min(sentence[1], end + 30)], kind)
    if gap is not None:
        return gap or None
    best: tuple[int, int, str] | None = None
    for _, name, regex in _allowed_res(kind):
        if name not in possible:
            continue
        for match in regex.finditer(before):
            money = kind in (QuantityKind.MONEY, QuantityKind.PER_UNIT)
            if name == "net income" and not money and match.group(0).lower() in _PROFIT_VERBS:
                continue  # "The Dow lost 588 points ... to 15,871": a verb of the move, no profit or loss
            # The nearest word wins; of two ending together, the longer ("consumer price index", not "index").
            key = (match.end(), match.end() - match.start(), name)
            if best is None or key[:2] > best[:2]:
                best = key
    if best is not None:
        if best[2] == "share price" and _INDEX_OF_STOCKS.search(before, 0, best[0]):
            return "index"
        return _PER_SHARE.get(best[2], best[2]) if kind == QuantityKind.PER_UNIT else best[2]
    # The nearest measure word after the figure: "one-third of its staff last year and cut output" is staff.
    window, possible = around.after()
    nearest: tuple[int, int, str] | None = None
    for order, name, regex in _allowed_res(kind):
        if name not in possible:
            continue
        found = regex.search(window)
        if found is not None and (nearest is None or (found.start(), order) < nearest[:2]):
            nearest = (found.start(), order, name)
    if nearest is None:
        return None
    return _PER_SHARE.get(nearest[2], nearest[2]) if kind == QuantityKind.PER_UNIT else nearest[2]


# "the Halvern 600 index of mid-sized stocks rose 12 points": the stocks are what the index is made of; the figure
# is the index's, not a share price.
_INDEX_OF_STOCKS = re.compile(r"\bindex\s+of\s+(?:[\w-]+\s+){0,2}(?:stocks|shares)$", re.IGNORECASE)


# "Spending outran tax income by $52 billion": the figure is the gap between the two, a measure of neither.
_EXCEEDED_BY = re.compile(
    r"(?:exceed(?:ed|s)?|outstripp(?:ed|ing)|outstrips?|outpac(?:ed|es)|topp(?:ed|ing)"
    r"|surpass(?:ed|es)?|outran|outrun)\s+(?P<b>(?:[\w'’-]+\s+){1,3}?)(?:\w+\s+)?by\s+"
    r"(?:(?:about|around|nearly|almost|roughly|some|more\s+than|over|just|an?)\s+)*$",
    re.IGNORECASE,
)
_OUTGOINGS = re.compile(r"\b(?:outlays|spending|expenditures?|expenses|costs|payments|outgoings)\b", re.I)
_INCOMINGS = re.compile(r"\b(?:receipts|revenues?|income|tax\s+take|takings|inflows)\b", re.I)
# "against a $70 billion shortfall": the noun right after an amount says what it is.
_GAP_NOUN = re.compile(r"^\s*(?:budget\s+)?(?:deficit|shortfall)\b", re.I)


def _gap_measure(before: str, after: str, kind: QuantityKind) -> str | None:
    """The measure of a gap between two flows: "deficit" for spending over income, "" (none) for any other gap;
    None when the figure is no such gap."""
    if kind not in (QuantityKind.MONEY, QuantityKind.NUMBER):
        return None
    if _GAP_NOUN.match(after):
        return "deficit"
    found = _EXCEEDED_BY.search(before)
    if found is None:
        return None
    if _OUTGOINGS.search(before[: found.start()]) and _INCOMINGS.search(found.group("b")):
        return "deficit"
    return ""


class _Around:
    """The words around one figure, as every reading of it sees them whatever kind it is read as.

    A money figure is read twice (its measure, then whether the words make it per share): the windows, blanked and
    cut, are put together once.
    """

    __slots__ = ("_after", "_before", "end", "key", "lo", "local", "named", "sentence", "start", "text")

    def __init__(
        self, text: str, start: int, end: int, sentence: tuple[int, int], others: list[tuple[int, int]]
    ) -> None:
        self.text, self.start, self.end, self.sentence = text, start, end, sentence
        self.key = (start, end, sentence, tuple(others))
        # Only the words near the figure are read: blanking the others there, not in the whole sentence, keeps a
        # run-on "sentence" of many figures linear.
        lo, hi = max(sentence[0], start - 200), max(end, min(sentence[1], end + 40))
        self.lo = lo
        self.local = local = _blanked(text, lo, hi, others)
        named = _CHANGE_IN.match(local[end - lo :].split(",", 1)[0]) or _IN_MEASURE.match(local[end - lo :])
        self.named: str | None = named.group("what") if named is not None else None
        self._before: tuple[str, frozenset[str]] | None = None
        self._after: tuple[str, frozenset[str]] | None = None

    def before(self) -> tuple[str, frozenset[str]]:
        """The clause's words before the figure, and the measure patterns that may match there."""
        if self._before is None:
            lo, start = self.lo, self.start
            before = self.local[: start - lo]
            # "operating profit after transformation costs": the costs qualify the profit, they are not the measure.
            before = _QUALIFIER.sub(lambda m: " " * len(m.group(0)), before)
            cut = 0
            for found in _BREAK.finditer(before):
                cut = found.end()
            before = before[cut:]
            # Each pattern is tried only where its words are (the test stands for the combined pattern's search too).
            self._before = (before, _possible(self.text, self.sentence, lo + cut, start, before))
        return self._before

    def after(self) -> tuple[str, frozenset[str]]:
        """The few words right after the figure, and the measure patterns that may match there."""
        if self._after is None:
            after = self.local[self.end - self.lo :]
            # "$173.50, a loss of about $126bn": past a comma the words describe the next figure, not this one.
            after = after.split(",", 1)[0]
            stop = _BREAK.search(after)
            after = after[: stop.start()] if stop else after
            # "$4.3 billion in revenue", "16 cases", "5.2 million passengers": the words right after.
            head = _HEAD_RE.match(after)
            window = after[: head.end() + 25] if head else after[:25]
            self._after = (window, _possible(self.text, self.sentence, self.end, self.end + len(window), window))
        return self._after


_HEAD_RE = re.compile(r"^\s*(?:in|of|worth\s+of)?\s*(?:[\w-]+\s+){0,2}")
# The figure read last: a money figure is read again at once for its per-share words.
_last_around: list[_Around] = []


def _around(text: str, start: int, end: int, sentence: tuple[int, int], others: list[tuple[int, int]]) -> _Around:
    found = _last_around[0] if _last_around else None
    if found is None or found.text is not text or found.key != (start, end, sentence, tuple(others)):
        found = _Around(text, start, end, sentence, others)
        _last_around[:] = [found]
    return found


class _TextWords:
    """Where the measure patterns' needed words stand in one text, found once for all its figures.

    ``possible(lo, hi, sentence)`` names the patterns with a needed word inside ``text[lo:hi]``, a window of
    ``sentence``: the names :meth:`Vocabulary.possible` gives for any window read from those characters (blanked
    figures and qualifiers only take words away), or more, which find nothing there. Testing each window for every
    word instead cost more than the patterns' scans, and so did finding the words again in every sentence: a text's
    words are found once in its lower-cased copy, in each sentence only where lower case cannot stand for the text.
    """

    __slots__ = ("end", "hits", "start", "starts", "text", "whole")

    def __init__(self, text: str, start: int, end: int, low: str | None = None) -> None:
        """The words of ``text[start:end]``; ``low`` is the whole text lower-cased, when it stands for every window."""
        self.text, self.start, self.end = text, start, end
        self.whole = low is not None
        self.hits: list[tuple[int, int, frozenset[str]]] | None = None
        self.starts: list[int] = []
        offset = 0
        if low is None:
            chunk = text[start:end]
            low, offset = lowered(chunk), start
            if low is None or len(low) != len(chunk):
                return  # offsets in the lower-cased text would not be the text's: every window is tested itself
        hits = []
        for word in filter(low.__contains__, _NEEDED_WORDS):  # most words are absent: those tests run in C
            names = _NAMES_BY_WORD[word]
            at = low.find(word)
            while at >= 0:
                hits.append((offset + at, offset + at + len(word), names))
                at = low.find(word, at + 1)
        hits.sort(key=lambda hit: hit[:2])
        self.hits = hits
        self.starts = [hit[0] for hit in hits]

    def serves(self, text: str, sentence: tuple[int, int]) -> bool:
        """Whether the index answers for ``sentence`` of ``text``: the whole text's for any, a sentence's for itself."""
        return text is self.text and (self.whole or (self.start, self.end) == sentence)

    def possible(self, lo: int, hi: int, sentence: tuple[int, int]) -> frozenset[str] | None:
        """None where the index cannot answer (a window past the sentence, or text lower case cannot stand for)."""
        if self.hits is None or lo < max(self.start, sentence[0]) or hi > min(self.end, sentence[1]):
            return None
        found = set(_ALWAYS)
        hits = self.hits
        for i in range(bisect.bisect_left(self.starts, lo), bisect.bisect_left(self.starts, hi)):
            if hits[i][1] <= hi:
                found |= hits[i][2]
        return frozenset(found)


# The words found last: of the whole text (its figures are read one after another), else of one sentence.
_last_words: list[_TextWords] = []
# A short text is lowered here once for all its sentences (a long one by lowered_long): a test of every needed word
# in each sentence cost more. Bounded, as a text lower case cannot stand for is lowered again for each sentence.
_SHORT = 4096


def _possible(text: str, sentence: tuple[int, int], lo: int, hi: int, window: str) -> frozenset[str]:
    """The measure patterns that may match in ``window``, read from ``text[lo:hi]`` of ``sentence``."""
    index = _last_words[0] if _last_words else None
    if index is None or not index.serves(text, sentence):
        low = lowered_long(text)
        if low is None and len(text) <= _SHORT:
            low = lowered(text)
        whole = low is not None and len(low) == len(text)
        index = _TextWords(text, 0, len(text), low) if whole else _TextWords(text, *sentence)
        _last_words[:] = [index]
    found = index.possible(lo, hi, sentence) if hi - lo == len(window) else None
    return _WORDS.possible(window) if found is None else found


def _blanked(text: str, lo: int, hi: int, others: list[tuple[int, int]]) -> str:
    """``text[lo:hi]`` with the parts of ``others`` inside it as spaces, put together from slices."""
    cuts = sorted((max(a, lo), min(b, hi)) for a, b in others if max(a, lo) < min(b, hi))
    parts: list[str] = []
    pos = lo
    for a, b in cuts:
        if b <= pos:
            continue
        if a > pos:
            parts.append(text[pos:a])
        parts.append(" " * (b - max(a, pos)))
        pos = b
    parts.append(text[pos:hi])
    return "".join(parts)


@functools.lru_cache(maxsize=4096)
def _match(noun: str, kind: QuantityKind) -> str | None:
    """The measure a noun phrase names: its last measure word ("London's leading shares index" is an index)."""
    best: tuple[int, int, str] | None = None
    for _, name, regex in _allowed_res(kind) if _ANY.search(noun) else ():
        for match in regex.finditer(noun):
            key = (match.end(), match.end() - match.start(), name)
            if best is None or key[:2] > best[:2]:
                best = key
    return best[2] if best else None


_CHANGE_IN = re.compile(
    r"^\s*(?:percent|per\s*cent|%)?\s*(?:drop|fall|rise|increase|decrease|decline|gain|jump|growth|slump|surge|plunge"
    r"|slide|dip|climb|hike|cut|reduction)\s+(?:in|on|of)\s+(?P<what>(?:(?:the\s+)?(?:total\s+)?number\s+of\s+)?"
    r"(?:[\w'’-]+\s*){1,4})",
    re.IGNORECASE,
)
_CHANGE_IN = gated(_CHANGE_IN)  # tried on every figure's window, seldom matching there
_NUMBER_OF = re.compile(r"(?:the\s+)?(?:total\s+)?(?:number|count)\s+of\b", re.IGNORECASE)
_IN_MEASURE = re.compile(
    r"^\s*(?:in|of)\s+(?P<what>(?:[\w'’-]+\s+){0,1}[\w'’-]+)(?=\s*[,.;)]|\s+(?:and|or|for|in|from)\b)", re.I
)
_QUALIFIER = re.compile(
    r"\b(?:after|excluding|including|net\s+of|ex-)\s+(?:[\w-]+\s+){0,2}?(?:costs?|charges?|items?|tax(?:es)?|interest"
    r"|expenses|fees|provisions|one-offs?|exceptionals?|impairments?)\b",
    re.IGNORECASE,
)
# A per-share amount near a profit word is earnings per share; near a market value, a share price.
_PER_SHARE = {"net income": "earnings per share", "operating income": "earnings per share",
              "pre-tax profit": "earnings per share", "market value": "share price"}  # fmt: skip


@functools.cache
def _allowed_res(kind: QuantityKind) -> list[tuple[int, str, re.Pattern[str]]]:
    """The measure patterns a kind of figure may take, each with its place in the list (the tie-break)."""
    return [(order, name, regex) for order, (name, regex) in enumerate(_RES) if _allowed(name, kind)]


def _allowed(name: str, kind: QuantityKind) -> bool:
    if kind == QuantityKind.PER_UNIT:
        return name in _PER_UNIT_MEASURES or name in _PER_SHARE
    if kind == QuantityKind.MONEY:
        return name not in _NOT_FOR_MONEY
    return True
