"""Named things a figure can be about, with aliases folded together.

Capitalisation is the only signal: no model, so the rules lean towards leaving a
subject unknown rather than inventing one. Aliases are resolved within the article:
acronyms ("AWS" = "Amazon Web Services"), legal suffixes ("Alibaba Group Holding" =
"Alibaba") and near-identical spellings via rapidfuzz.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from factcheck.literals import gated, led

_TOKEN = r"(?:[A-Z][A-Za-z0-9&.\-]*[A-Za-z0-9&]\+?|[A-Z])"  # "OPEC+", "Disney+" are names of their own
_ENTITY_RE = re.compile(rf"(?<![A-Za-z0-9])({_TOKEN}(?:[ \u00a0](?:of[ \u00a0]|&[ \u00a0])?{_TOKEN})*+)")
_LEGAL = frozenset(
    [
        "group",
        "holding",
        "holdings",
        "inc",
        "inc.",
        "corp",
        "corp.",
        "corporation",
        "co",
        "co.",
        "company",
        "ltd",
        "ltd.",
        "limited",
        "plc",
        "llc",
        "ag",
        "sa",
        "nv",
        "se",
    ]
)
_NOT_NAMES = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "if",
        "when",
        "while",
        "as",
        "at",
        "in",
        "on",
        "of",
        "for",
        "to",
        "by",
        "with",
        "from",
        "after",
        "before",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "our",
        "their",
        "his",
        "her",
        "my",
        "your",
        "there",
        "here",
        "what",
        "which",
        "who",
        "how",
        "why",
        "where",
        "also",
        "however",
        "meanwhile",
        "no",
        "looking",
        "according",
        "related",
        "read",
        "see",
        "more",
        "most",
        "many",
        "some",
        "all",
        "each",
        "every",
        "both",
        "other",
        "such",
        "one",
        "two",
        "three",
        "four",
        "five",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "q1",
        "q2",
        "q3",
        "q4",
        "h1",
        "h2",
        "fy",
        "ai",
        "ceo",
        "cfo",
        "coo",
        "cto",
        "ipo",
        "adr",
        "gdp",
        "etf",
        "llms",
        "llm",
        "ui",
        "api",
        "us",
        "u.s",
        "u.s.",
        "uk",
        "u.k.",
        "eu",
        "un",
        "covid-19",
        "covid",
        "coronavirus",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "revenue",
        "revenues",
        "sales",
        "profit",
        "profits",
        "shares",
        "stock",
        "stocks",
        "prices",
        "income",
        "earnings",
        "growth",
        "inflation",
        "unemployment",
        "chinese",
        "american",
        "european",
        "british",
        "japanese",
        "indian",
        "german",
        "french",
        "korean",
        "russian",
        "china",
        "america",
        "europe",
        "japan",
        "india",
        "germany",
        "france",
        "britain",
        "korea",
        "russia",
        "world",
        "global",
    ]
)
_PLACES = frozenset(
    [
        "china",
        "america",
        "united",
        "states",
        "europe",
        "japan",
        "india",
        "germany",
        "france",
        "britain",
        "england",
        "korea",
        "russia",
        "brazil",
        "canada",
        "australia",
        "mexico",
        "italy",
        "spain",
        "asia",
        "africa",
        "u.s",
        "u.s.",
        "us",
        "uk",
        "u.k.",
        "hong",
        "kong",
        "taiwan",
        "singapore",
        "beijing",
        "shanghai",
        "new",
        "york",
        "london",
        "washington",
        "california",
        "texas",
    ]
)


def _words(listing: str) -> list[str]:
    return listing.split()


_PERSON_BEFORE_RE = re.compile(
    r"(?:CEO|CFO|COO|CTO|chief executive|executive|officer|chairman|chairwoman|president|founder|analyst|economist"
    r"|strategist|director|minister|secretary|governor|spokes(?:man|woman|person)|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)[ \u00a0]+$",
    re.IGNORECASE,
)
_PERSON_BEFORE_RE = gated(_PERSON_BEFORE_RE)  # tried on every figure's window, seldom matching there

# Words that never begin a name when they open a sentence: adverbs, conjunctions, prepositions,
# participles, quantifiers ("Still, ...", "Given ...", "Compared to ...", "Excluding items, ...").
_OPENERS = frozenset(
    _words(
        """
    still given compared comparing excluding including following despite amid amidst although though because
    since until unless during under over about above below between within without against among across
    towards toward via per plus minus versus instead otherwise indeed besides likewise similarly meanwhile
    moreover furthermore additionally separately elsewhere overall so yet thus hence then now today yesterday
    tomorrow tonight earlier later already again once twice only even just almost nearly roughly around
    approximately about some several few most half both either neither each every all any another other others
    many much more less fewer last latest next previous prior past former recent recently currently
    sequentially nationally globally domestically annually adjusted out off up down into onto upon whereas
    whether while if as like unlike based led driven helped boosted buoyed weighed dragged hit hurt
    asked told said says according thanks due owing together along alongside beyond behind inside outside
    throughout before after ahead apart aside note notes update updated source sources read see related breaking
    watch six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen
    twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands
    million millions billion dozen dozens
        """
    )
)
# Common nouns and adjectives that open a sentence alone ("Exports shrank", "Total income rose", "Core
# prices"): no name when they stand alone, though they may begin one ("Consumer Price Index").
_COMMON_OPENERS = frozenset(
    _words(
        """
    total core monthly quarterly annual yearly weekly daily net gross combined domestic international foreign
    wholesale producer
    national regional local average median typical male female women men sales revenue revenues export exports
    import imports payroll payrolls wage wages spending consumer consumers retail housing home homes job jobs
    employment unemployment output production shipments shipment deliveries volume volumes orders order price
    prices cost costs margin margins operating underlying organic comparable full shares share analysts analyst
    economists economist investors traders experts officials executives brokers banks companies firms markets
    market stocks bonds yields rates rate interest demand supply nonfarm private public government federal state
    higher lower strong weak further starts permits inventories earnings income profit profits loss losses debt
    cash assets deposits loans capital dividends dividend buybacks turnover incidents arson burglary theft crime
    crimes violent murders homicides robberies trade deficit surplus investment consumption residential
    commercial industrial manufacturing services construction energy food gasoline fuel electricity shelter rents
    rent mortgage mortgages existing pending online digital mobile advertising subscriptions users subscribers
    customers passengers visitors traffic load capacity occupancy bookings tickets units vehicles cars phones
    smartphones devices chips equity adjusted basic diluted headline overall key major new old first second
    third fourth fifth final full-year half-year like-for-like same-store year-on-year
        """
    )
)
# Job titles split a run anywhere: "Bank of England Governor Andrew Bailey", "Chief executive Eddie Wu".
_TITLES = frozenset(
    _words(
        """
    chief executive president chairman chairwoman chair minister secretary governor director head analyst
    analysts economist economists spokesman spokeswoman spokesperson senior vice deputy managing officer founder
    co-founder treasurer commissioner strategist professor senator representative
        """
    )
)
# Peoples and places as adjectives ("Turkish telecoms company Telsim", "the 39 Vietnamese people").
_DEMONYMS = frozenset(
    _words(
        """
    american canadian mexican brazilian argentine argentinian chilean colombian peruvian venezuelan cuban
    australian african nigerian kenyan egyptian moroccan ethiopian ghanaian algerian tunisian asian indian
    pakistani bangladeshi indonesian malaysian thai vietnamese filipino singaporean taiwanese korean
    saudi emirati qatari kuwaiti iraqi iranian israeli palestinian syrian lebanese jordanian turkish
    european italian spanish portuguese dutch belgian swiss austrian swedish norwegian danish finnish polish
    czech slovak hungarian romanian bulgarian greek serbian croatian ukrainian baltic nordic scandinavian
    estonian latvian lithuanian irish scottish welsh english arab arabic latin hispanic western eastern
    northern southern
        """
    )
)
# Currency and unit codes, metric abbreviations: "Rs 2,140 crore", "USD 8.3 billion", "EPS rose".
_UNIT_WORDS = frozenset(
    _words(
        """
    RS RE RP INR USD EUR GBP JPY CNY RMB HKD SGD AUD CAD CHF KRW NZD ZAR BRL MXN TRY RUB SEK NOK DKK IDR PHP THB
    MYR VND PKR BDT EGP NGN KES AED SAR QAR KWD BPD MMBTU BCF TCF MW GW GWH MWH KWH TWH TEU EPS GAAP EBITDA
    EBIT EBITA ROE ROA ROI ROCE ROIC CAPEX OPEX ARPU AUM NAV CAGR YOY QOQ MOM YTD TTM LTM MA DMA SMA EMA GVA
    GNP GDI NIM NPA NPAS BPS PCT PPT NON-GAAP
        """
    )
)
_PERIOD_TOKEN_RE = re.compile(
    r"(?i:(?:FY|CY|Q|H|[1-4]Q|[12]H)[0-9]{1,4}(?:[-/]?(?:FY)?[0-9]{2,4})?|(?:Q[1-4]|H[12])(?:FY|CY)[0-9]{2,4})"
    r"|(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?:[-–/](?:jan|feb|mar|apr|may|jun|jul"
    r"|aug|sep|sept|oct|nov|dec)[a-z]*)+)"
)
_SHORT_CURRENCY_RE = re.compile(r"(?:Rs|Rp|Re|Sh|Tk|Rmb|Dh|Dhs|Kes|(?i:kshs?)|GH[₵¢]|GHS)\.?")
# "YoY", "QoQ": a change's basis in mixed case, never a name.
_MIXED_CASE_BASES = frozenset({"YOY", "QOQ", "MOM", "YTD"})


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    name: str  # as written, possessive removed
    canonical: str
    is_person: bool = False
    is_place: bool = False
    # Why this mention names no subject for a figure near it, "" when it may: "source" (who
    # says it: "according to X", "polled by X"), "oblique" (another party: "sales to X",
    # "traded on X", "revenue from X"), "list" (one of several named together: "X, Y and Z"), "gloss" (a
    # bracketed abbreviation or ticker of the name just before it: "Intel (INTC)").
    role: str = ""


@functools.lru_cache(maxsize=4096)  # a name is normalised again at each step of find_entities: once is enough
def _normalise(name: str) -> str:
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    while len(words) > 1 and words[-1].lower().rstrip(",") in _LEGAL:
        words.pop()
    return " ".join(words)


# Legal-form suffixes proper: "Group" and "Company" are dropped when matching aliases but are
# part of a name when it is shown.
_TRUE_LEGAL = _LEGAL - {"group", "company"}


def _strip_legal(name: str) -> str:
    words = name.split()
    stripped = False
    while len(words) > 1 and words[-1].lower().rstrip(",") in _TRUE_LEGAL:
        words.pop()
        stripped = True
    if stripped and len(words) > 1 and words[-1].lower() == "group":
        words.pop()  # "Alibaba Group Holding"
    return " ".join(words)


def _acronym(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


_HEADLINE_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*")  # compiled once: every sentence is asked


def _is_headline(sentence: str) -> bool:
    words = _HEADLINE_WORD_RE.findall(sentence)
    if len(words) < 4:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.7


_CURRENCY_NEXT_RE = re.compile(r"[$€£¥₹][ \u00a0]?\d")


def find_entities(text: str, sentences: list[tuple[int, int]]) -> list[Entity]:
    """Named entities in text order with a canonical name per alias cluster."""
    lowercase_words = set(re.findall(r"(?<![A-Za-z])[a-z][a-z'-]+", text))
    headlines = [_is_headline(text[s_start:s_end]) for s_start, s_end in sentences]
    mid_names = _capitalised_mid_sentence(text, sentences, headlines)
    terms = _abbreviated_terms(text)
    raw: list[tuple[int, int, str, bool]] = []  # start, end, name, from headline
    for (s_start, s_end), headline in zip(sentences, headlines, strict=True):
        for match in _ENTITY_RE.finditer(text, s_start, s_end):
            if _CURRENCY_NEXT_RE.match(text, match.end()):
                continue  # "NZ$7.4 billion", "HK$ 12": a currency's letters, no name
            for start, end in _trim(
                text, match.start(), match.end(), s_start, lowercase_words, headline, mid_names, terms
            ):
                raw.append((start, end, text[start:end], headline))
    raw = _join_for_names(text, raw)
    known = {_normalise(name) for _, _, name, headline in raw if not headline}
    names = [r for r in raw if not r[3] or _normalise(r[2]) in known or _acronym_match(_normalise(r[2]), known)]
    canon = _cluster([_normalise(n) for _, _, n, _ in names])
    # Show the shortest spelling that normalises to the canonical form ("Cloud Intelligence Group").
    # A legal suffix is dropped ("Acme Corp" is "Acme"); "Group" only when the bare name is used too.
    display: dict[str, str] = {}
    written = {name for _, _, name, _ in names}
    for _, _, name, _ in names:
        norm = _normalise(name)
        shown = norm if norm in written or _strip_legal(name) == norm else _strip_legal(name)
        if norm not in display or len(shown) < len(display[norm]):
            display[norm] = shown
    people: set[str] = set()
    for start, _, name, _ in names:
        if _PERSON_BEFORE_RE.search(text, max(0, start - 24), start):
            people.add(name)
            people.add(name.split()[-1])  # "Eddie Wu" is later "Wu"
    out: list[Entity] = []
    for start, end, name, _ in names:
        norm = _normalise(name)
        key = canon.get(norm, norm)
        place = norm.lower() in _PLACES or _named_as_place(text, start, end)
        out.append(Entity(start, end, name, display.get(key, key), name in people, place))
    return _with_roles(text, out, sentences)


def _join_for_names(text: str, raw: list[tuple[int, int, str, bool]]) -> list[tuple[int, int, str, bool]]:
    """ "Office for National Statistics", "Institute for Supply Management": one name across "for"."""
    out: list[tuple[int, int, str, bool]] = []
    for item in raw:
        if out:
            start, end, name, headline = out[-1]
            last = name.split()[-1].lower()
            head = last in _AGENCY_WORDS or last in _FOR_HEADS
            if head and _FOR_GAP_RE.fullmatch(text, end, item[0]):
                out[-1] = (start, item[1], text[start : item[1]], headline)
                continue
        out.append(item)
    return out


_FOR_GAP_RE = re.compile(r"[ \u00a0]+for[ \u00a0]+")
_FOR_HEADS = frozenset(
    _words(
        """
        bank center centre foundation society organisation organization committee fund alliance coalition
        """
    )
)


def _abbreviated_terms(text: str) -> set[str]:
    """Abbreviations of common terms: "net interest income (NII)", "available seat kilometres or ASKs".

    The spelled-out words are lower case (but for a sentence's first), so the letters name a measure or a
    thing, not an organisation: "Office for National Statistics (ONS)" stays a name.
    """
    terms: set[str] = set()
    for match in _ABBREVIATION_RE.finditer(text):
        letters = match.group("abbr")
        # Hyphens split words: "non-institutional investors (NIIs)".
        words = re.findall(r"[A-Za-z]+", text[max(0, match.start() - 80) : match.start()])[-len(letters) :]
        if len(words) != len(letters) or "".join(w[0] for w in words).upper() != letters:
            continue
        if sum(1 for w in words if w[0].islower()) >= max(1, len(words) - 1):
            terms.add(letters)
    return terms


_ABBREVIATION_RE = re.compile(r"(?:\(|(?<![A-Za-z])or[ \u00a0]+)(?P<abbr>[A-Z]{2,6})s?(?![A-Za-z])")
_ABBREVIATION_RE = led(_ABBREVIATION_RE)  # read over the whole article: tried only where "(" or "or" is


def _capitalised_mid_sentence(text: str, sentences: list[tuple[int, int]], headlines: list[bool]) -> set[str]:
    """Words the article capitalises inside a sentence: there they are names ("Stansted grew ... at Stansted")."""
    seen: set[str] = set()
    for (s_start, s_end), headline in zip(sentences, headlines, strict=True):
        if headline:
            continue
        for match in _CAPITALISED_RE.finditer(text, s_start, s_end):
            if match.start() - s_start > 80 or not _opens_sentence(text[s_start : match.start()]):
                seen.add(match.group().lower())
    return seen


_CAPITALISED_RE = re.compile(r"(?<![A-Za-z0-9'’.])[A-Z][a-z]+(?![A-Za-z])")


# Who says it, not what it is about: "according to X", "data from X", "polled by X", "said X",
# "analysts at X".
_SOURCE_BEFORE_RE = re.compile(
    r"(?i:according[ \u00a0]+to|(?:data|figures|statistics|numbers|estimates?|forecasts?|reports?|surveys?|polls?"
    r"|calculations|analysis|research|stud(?:y|ies))[ \u00a0]+(?:from|by|of)|(?:polled|surveyed|compiled|released"
    r"|published|issued|provided|cited|quoted|tracked|collected|gathered|shared|calculated|estimated|reported"
    r"|commissioned|conducted)[ \u00a0]+by|(?:analysts?|economists?|strategists?|researchers?|experts?)"
    r"[ \u00a0]+(?:at|with|from))[ \u00a0]+(?:(?i:the|a|an)[ \u00a0]+)?(?:[a-z0-9-]+[ \u00a0]+){0,2}"
    r"(?:[A-Z][\w.&’'-]*[ \u00a0]+){0,2}$"
)
_SOURCE_BEFORE_RE = gated(_SOURCE_BEFORE_RE)  # tried on every figure's window, seldom matching there
# "..., said the ONS on Wednesday", "told Reuters.": an attribution set after what is said.
_SAID_BEFORE_RE = re.compile(r"(?i:said|says|told|tells)[ \u00a0]+(?:(?i:the)[ \u00a0]+)?$")
_SAID_AFTER_RE = re.compile(
    r"(?:[ \u00a0]*\([^()\n]{0,40}\))?[ \u00a0]*(?:[,.;:!?”\"]|$|(?:on|in|at|late|earlier|last|this|today|yesterday"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)
_WIRE_AFTER_RE = re.compile(r"\)[ \u00a0]*(?:–|—|--|-|:)")
# "ONS data showed", "the Labor Department's monthly report found".
_DATA_AFTER_RE = re.compile(
    r"(?:’s|'s)?[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}?(?:data|figures|statistics|survey|surveys|report|study|poll"
    r"|measure|tracker|estimates?|research|analysis|numbers)[ \u00a0]+(?:showed|shows|show|found|finds|suggested"
    r"|suggests|indicated|indicates|revealed|reveals|said|says)\b"
)
_DATA_AFTER_RE = gated(_DATA_AFTER_RE)  # tried on every figure's window, seldom matching there
# "X said", "X estimates": a source when X is an agency or research house, or is cited as a source elsewhere.
_SAYS_AFTER_RE = re.compile(
    r"(?:[ \u00a0]*\([^()\n]{0,40}\))?(?:[ \u00a0]+(?:also|further|previously|separately|on[ \u00a0]+\w+))?[ \u00a0]+"
    r"(?:said|says|estimated|estimates|reported|reports|showed|shows|found|finds|noted|notes|suggested|suggests"
    r"|stated|states|calculated|calculates|predicted|predicts|forecast|forecasts|projected|projects|cautioned"
    r"|cautions|warned|warns|expects|expected)\b"
)
_AGENCY_WORDS = frozenset(
    _words(
        """
    department ministry bureau office agency administration statistics statistical institute survey research
    analytics insights consultancy consulting economics census commission association federation council
        """
    )
)
# Another party than the figure's subject: "revenue from Windows", "sales to X", "traded on X", "non-OPEC".
_OBLIQUE_BEFORE_RE = re.compile(
    r"(?:(?i:from|by|on|than|against|versus|vs\.?|into|towards?|including|includes|include|like|unlike|over|via"
    r"|through)[ \u00a0]+(?:(?i:the|a|an|its|their)[ \u00a0]+)?(?:[A-Z][\w.&’'-]*[ \u00a0]+){0,2}|(?i:non)-"
    r"|(?i:ticker|symbol|NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|NSE|BSE)[^A-Za-z\n]{0,6}(?:(?i:symbol|of)[ \u00a0]+)*[\"“‘']?)$"
)
_OBLIQUE_BEFORE_RE = gated(_OBLIQUE_BEFORE_RE)  # tried on every figure's window, seldom matching there
# "followed by Microsoft at 21 percent", "led by AWS with 30%", "by Acme in fourth place": the name's own
# figure comes next.
_OWN_FIGURE_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:at|with|in)[ \u00a0]+(?:(?:a|an|the|about|around|roughly|nearly|almost|some|over|under)[ \u00a0]+)?"
    r"(?:[$€£¥₹]?[0-9]|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\b)"
)
_RELATIVE_AFTER_RE = re.compile(r",[ \u00a0]+(?:which|who|whose)\b")
_WITH_SUBJECT_AFTER_RE = re.compile(r"[ \u00a0]+(?:at|on|with|[a-z]+ing)\b")  # "with AWS at 30%"
_LIST_GAP_RE = re.compile(
    r"(?:[ \u00a0]*\([^()\n]{0,60}\))?"
    r"(?:,[ \u00a0]*(?:(?:and|or)[ \u00a0]+|&[ \u00a0]*)?|[ \u00a0]+(?:and|or|&)[ \u00a0]+)"
)
_BASED_AFTER_RE = re.compile(r"(?:,[ \u00a0]*[A-Z][\w.]*(?:[ \u00a0][A-Z][\w.]*)?)?-(?:based|headquartered)\b")
_BASED_BEFORE_RE = re.compile(r"(?i:based|headquartered|located)[ \u00a0]+in[ \u00a0]+$")


def is_attributed(text: str, start: int, lo: int = 0) -> bool:
    """Whether the words just before ``start`` cite a source: "according to", "data from", "polled by"."""
    return _SOURCE_BEFORE_RE.search(text, max(lo, start - 80), start) is not None


def _named_as_place(text: str, start: int, end: int) -> bool:
    """ "the Aliso Viejo, California-based company", "based in Leeds", a dateline ("SEATTLE --", "New
    Delhi:"): a place, whatever its name."""
    line_start = start == 0 or text[start - 1] == "\n"
    return bool(
        _BASED_AFTER_RE.match(text, end, min(len(text), end + 40))
        or _BASED_BEFORE_RE.search(text, max(0, start - 24), start)
        or (line_start and _DATELINE_AFTER_RE.match(text, end, min(len(text), end + 40)))
        or _in_dateline(text, start, end)
    )


# "HAVERFORD, Pa., March 3 (UPI) --": a state's short name after the city of a dateline is a place too.
_DATELINE_CITY_RE = re.compile(r"(?:^|\n)[ \u00a0]*[A-Z][A-Z .'’-]{2,30},[ \u00a0]*$")
_DATELINE_REST_RE = re.compile(
    r"\.?,?[ \u00a0]*(?:[A-Z][a-z]{2,8}\.?[ \u00a0]+\d{1,2},?[ \u00a0]*)?(?:\([A-Za-z. ]{1,20}\)[ \u00a0]*)?"
    r"(?:–|—|--|-|:)"
)


def _in_dateline(text: str, start: int, end: int) -> bool:
    return bool(
        _DATELINE_CITY_RE.search(text, max(0, start - 34), start) and _DATELINE_REST_RE.match(text, end, end + 40)
    )


_DATELINE_AFTER_RE = re.compile(
    r"(?:,[ \u00a0]*[A-Z0-9][\w.]*(?:[ \u00a0][A-Z0-9][\w.]*)?)*(?:[ \u00a0]*\([A-Za-z. ]{1,20}\))?"
    r"[ \u00a0]*(?:–|—|--|-|:)[ \u00a0]+(?![$€£¥₹]?[0-9])"  # not "Android — 38 percent"
)


def _with_roles(text: str, entities: list[Entity], sentences: list[tuple[int, int]]) -> list[Entity]:
    """Mark mentions that cannot be the subject of a figure near them: sources, other parties, lists."""
    if not entities:
        return entities
    starts = [s for s, _ in sentences]

    def bounds(entity: Entity) -> tuple[int, int]:
        i = bisect.bisect_right(starts, entity.start) - 1
        return sentences[i] if i >= 0 else (0, len(text))

    roles = [""] * len(entities)
    cited: set[str] = set()
    for i, entity in enumerate(entities):
        s_start, s_end = bounds(entity)
        lo, hi = max(s_start, entity.start - 80), min(s_end, entity.end + 80)
        possessive = _possessive(text, entity.end)
        said_before = _SAID_BEFORE_RE.search(text, max(s_start, entity.start - 12), entity.start)
        wire = text.endswith("(", 0, entity.start) and _WIRE_AFTER_RE.match(text, entity.end, hi)  # "(Reuters) -"
        if (
            wire
            or _SOURCE_BEFORE_RE.search(text, lo, entity.start)
            or _DATA_AFTER_RE.match(text, entity.end, hi)
            or (said_before and not possessive and _SAID_AFTER_RE.match(text, entity.end, hi))
        ):
            roles[i] = "source"
            cited.add(entity.canonical)
    for i, entity in enumerate(entities):
        if roles[i]:
            continue
        s_start, s_end = bounds(entity)
        lo, hi = max(s_start, entity.start - 60), min(s_end, entity.end + 80)
        agency = any(w.lower() in _AGENCY_WORDS for w in entity.name.split())
        if (agency or entity.canonical in cited) and _SAYS_AFTER_RE.match(text, entity.end, hi):
            roles[i] = "source"
            continue
        oblique = _OBLIQUE_BEFORE_RE.search(text, lo, entity.start)
        with_subject = (
            oblique is not None
            and oblique.group().lower().startswith("with")
            and _WITH_SUBJECT_AFTER_RE.match(text, entity.end, hi) is not None
        ) or _OWN_FIGURE_AFTER_RE.match(text, entity.end, hi) is not None
        framing = oblique is not None and oblique.start() == s_start  # "On BSE, 2,559 shares advanced"
        described = _RELATIVE_AFTER_RE.match(text, entity.end, hi) is not None  # "by HP, which posted a 2% rise"
        if oblique and not _possessive(text, entity.end) and not (with_subject or framing or described):
            roles[i] = "oblique"
    # "the Central Statistics Office (CSO)", "Go First (previously GoAir)": a gloss in brackets shares
    # the role of the name it glosses and takes no place in a list.
    glosses = set()
    for i in range(1, len(entities)):
        owner, gloss = entities[i - 1], entities[i]
        if _GLOSS_OPEN_RE.fullmatch(text, owner.end, gloss.start) and text.startswith(")", gloss.end):
            glosses.add(i)
            roles[i] = roles[i - 1]
    # "Acme, Birch and Cobalt took two thirds between them": a figure of several, no one's alone.
    listed = [i for i in range(len(entities)) if i not in glosses]
    a = 0
    while a < len(listed) - 1:
        b = a
        joined = False
        while b + 1 < len(listed):
            left, right = entities[listed[b]], entities[listed[b + 1]]
            gap = _LIST_GAP_RE.fullmatch(text, left.end, right.start)
            if gap is None or bounds(left) != bounds(right):
                break
            joined = joined or re.search(r"\b(?:and|or)\b|&", gap.group()) is not None
            b += 1
        if b > a and joined:
            for k in listed[a : b + 1]:
                roles[k] = roles[k] or "list"
        a = b + 1
    for i in sorted(glosses):
        # "Intel (INTC) announced": the bracketed ticker or abbreviation is the same subject, named once.
        roles[i] = roles[i - 1] or "gloss"
    return [replace(e, role=r) if r else e for e, r in zip(entities, roles, strict=True)]


_GLOSS_OPEN_RE = re.compile(r"[ \u00a0]*\((?:[a-z][a-z ]{0,30}[ \u00a0])?")


def _acronym_match(name: str, known: set[str]) -> bool:
    return name.isupper() and any(_acronym(k) == name.replace("&", "") for k in known if " " in k)


# Compiled once: each is asked of every word of a capitalised run (the module functions look the pattern up each call).
_TOKEN_RE = re.compile(r"[^\s]+")
_PLURAL_S_RE = re.compile(r"s$")
_HYPHEN_LOWER_RE = re.compile(r"-[a-z]")
_GLUED_FIGURE_RE = re.compile(r"[A-Z][A-Za-z]{0,2}\.?[0-9][0-9,.]*")
_DIGIT_END_RE = re.compile(r"[0-9]$")
_FIGURE_GOES_ON_RE = re.compile(r"[,.][0-9]")
_DEMONYM_SHAPE_RE = re.compile(r"[a-z]{3,}(?:ese|ish)")
_LOWER_WORD_AFTER_RE = re.compile(r"[ \u00a0]+[a-z0-9]")


def _trim(
    text: str,
    start: int,
    end: int,
    sentence_start: int,
    lowercase: set[str],
    headline: bool,
    mid_names: frozenset[str] | set[str] = frozenset(),
    terms: frozenset[str] | set[str] = frozenset(),
) -> list[tuple[int, int]]:
    """Split a capitalised run at words that are not names and drop the rest."""
    tokens = [(m.start(), m.end()) for m in _TOKEN_RE.finditer(text[start:end])]
    pieces: list[list[tuple[int, int]]] = [[]]
    for a, b in tokens:
        word = text[start + a : start + b]
        lower = word.lower().rstrip(".")
        first_in_sentence = start + a == sentence_start or (
            start + a - sentence_start <= 80 and _opens_sentence(text[sentence_start : start + a])
        )
        # "Bank of America", "Air India": a country inside a name is part of it.
        inside_name = bool(pieces[-1]) and lower in _PLACES and not first_in_sentence
        common = (
            (lower in _NOT_NAMES and not inside_name)
            or lower in _TITLES
            or _is_unit(text, word, start + b)
            or _PERIOD_TOKEN_RE.fullmatch(word.rstrip(".,")) is not None  # "FY19", "H1-2020", "October-December"
            or ((word.isupper() or word[:-1].isupper()) and _PLURAL_S_RE.sub("", word) in terms)
            or _HYPHEN_LOWER_RE.search(word) is not None  # "AI-related", "U.S.-listed"
            or (headline and lower in lowercase and lower not in ("of", "and"))
            or (
                first_in_sentence
                and _opener(text, word, lower, start + b, len(tokens) == 1, lowercase, mid_names)
                and lower not in ("of", "and")
            )
            or (len(tokens) == 1 and _is_demonym(text, word, lower, start + b))
        )
        if lower in ("of", "&", "and") and pieces[-1]:
            pieces[-1].append((start + a, start + b))
            continue
        if common:
            pieces.append([])
            continue
        pieces[-1].append((start + a, start + b))
    out: list[tuple[int, int]] = []
    for piece in pieces:
        while piece and text[piece[-1][0] : piece[-1][1]].lower() in ("of", "&", "and"):
            piece.pop()
        # A lone capitalised common word mid-sentence ("Our Cloud revenue") is emphasis, not a name.
        if len(piece) == 1 and text[piece[0][0] : piece[0][1]].lower() in lowercase:
            continue
        if len(piece) == 1 and len(tokens) > 1 and _opener_left_alone(text, piece[0], sentence_start, lowercase,
                                                                        mid_names):  # fmt: skip
            continue  # "Quarterly EPS rose": the term split off, the opener stands alone and names nothing
        if piece:
            out.append((piece[0][0], piece[-1][1]))
    return out


# What may stand before the first word of a sentence: quotes, brackets, bullets, or a dateline
# ("WASHINGTON –", "Washington, DC, Nov. 9, 2014 --").
_LEAD_IN_RE = re.compile(r"""[\s"“‘'(\[•*·–—-]*""")
# "Market Closing Bell: Equity benchmarks fell": a label before the sentence proper.
_LABEL_RE = re.compile(r"(?:[A-Z][\w.&'’-]*[ \u00a0]+){0,4}[A-Z][\w.&'’-]*[ \u00a0]*:[ \u00a0]*")
_DATELINE_RE = re.compile(r"(?:[A-Z0-9][\w.]*,?\s+){0,8}?[A-Z0-9][\w.]*,?\s*(?:–|—|--|-)\s*")


# Asked about each capitalised word near a sentence's start, by three patterns: the same few openings ("", "Shares
# of ", a dateline) come again in every paragraph, and the answer depends on the words alone.
@functools.lru_cache(maxsize=4096)
def _opens_sentence(prefix: str) -> bool:
    if len(prefix) > 80:  # bounded: a dateline is short, and a long prefix must not cost a regex scan
        return False
    if _LEAD_IN_RE.fullmatch(prefix):
        return True
    return bool(_DATELINE_RE.fullmatch(prefix.lstrip()) or _LABEL_RE.fullmatch(prefix.lstrip()))


def _opener_left_alone(
    text: str, token: tuple[int, int], sentence_start: int, lowercase: set[str], mid_names: frozenset[str] | set[str]
) -> bool:
    """A sentence's first word left on its own once the rest of its capitalised run split off is read as if it
    had stood alone: "Quarterly" of "Quarterly EPS" as of "Quarterly revenue"."""
    a, b = token
    if not (a == sentence_start or (a - sentence_start <= 80 and _opens_sentence(text[sentence_start:a]))):
        return False
    word = text[a:b]
    return _opener(text, word, word.lower().rstrip("."), b, True, lowercase, mid_names)


def _possessive(text: str, end: int) -> bool:
    return text.startswith(("’s", "'s"), end)


def _opener(
    text: str, word: str, lower: str, end: int, alone: bool, lowercase: set[str], mid_names: frozenset[str] | set[str]
) -> bool:
    """Whether a capitalised word that opens a sentence is an ordinary word, not (the start of) a name.

    Function words, participles and titles never begin a name. A common noun or adjective, or a word
    shaped like an adverb or participle ("Sequentially", "Excluding", "Adjusted"), is no name when it
    stands alone, unless the article also capitalises it mid-sentence or gives it a possessive.
    """
    if lower in _OPENERS or lower in _TITLES:
        return True
    if alone and (lower in _COMMON_OPENERS or (lower.endswith("s") and lower[:-1] in _COMMON_OPENERS)):
        return True  # "Thefts rose", "Exports shrank"
    if lower in mid_names or (alone and _possessive(text, end)):
        return False  # the article capitalises it inside sentences too: "Bank of America", "Total"
    if lower in lowercase:  # the article also writes it in lower case: "Retailer Walmart", "Revenue"
        return True
    if not alone or word.isupper() or any(ch.isupper() for ch in word[1:]):
        return False  # "Consumer Price Index", "IDC", "IndiGo"
    if _variant_seen(lower, lowercase):
        return True
    if _COMMON_PAIR_RE.match(text, end):  # "Provisions and contingencies rose": paired with a common noun
        return True
    if re.fullmatch(r"[a-z]{3,}ly|non-?[a-z]{4,}", lower):
        return True
    # "Breaking a five-quarter slump", "Based on ...": a participle leads into its object; a name such as
    # "Boeing" or "Stansted" is followed by its verb.
    return bool(re.fullmatch(r"[a-z]{3,}(?:ing|ed)", lower) and _PARTICIPLE_AFTER_RE.match(text, end))


_COMMON_PAIR_RE = re.compile(r"[ \u00a0]+(?:and|or|&)[ \u00a0]+[a-z]")
_PARTICIPLE_AFTER_RE = re.compile(
    r",|[ \u00a0]+(?:a|an|the|its|their|his|her|our|this|that|these|those|to|on|in|at|for|from|with|by|up|out|off"
    r"|down|into|over|back|about|through)\b"
)


def _variant_seen(lower: str, lowercase: set[str]) -> bool:
    """ "Exports" when "export" is written, "Payroll" when "payrolls" is."""
    variants = {lower + "s", lower + "es"}
    if lower.endswith("ies"):
        variants.add(lower[:-3] + "y")
    if lower.endswith("es"):
        variants.add(lower[:-2])
    if lower.endswith("s"):
        variants.add(lower[:-1])
    return not variants.isdisjoint(lowercase)


def _is_unit(text: str, word: str, end: int) -> bool:
    """A currency or unit code, or a metric's abbreviation: "Rs 2,140 crore", "USD 8.3bn", "EPS"."""
    bare = word.rstrip(".")
    if (bare.isupper() and bare.upper() in _UNIT_WORDS) or bare.upper() in _MIXED_CASE_BASES:
        return True
    if _SHORT_CURRENCY_RE.fullmatch(word) is not None:
        return True
    # A token that runs into a figure's digits: "Y2,500", "Rs1,894.81", "Rs936.25".
    if _GLUED_FIGURE_RE.fullmatch(bare):
        return True

    return bool(_DIGIT_END_RE.search(word) and _FIGURE_GOES_ON_RE.match(text[end : end + 2]))


def _is_demonym(text: str, word: str, lower: str, end: int) -> bool:
    """ "Turkish telecoms company Telsim", "Scottish airports": a people's adjective, not a name."""
    if not (lower in _DEMONYMS or _DEMONYM_SHAPE_RE.fullmatch(lower)):
        return False
    return not _possessive(text, end) and bool(_LOWER_WORD_AFTER_RE.match(text[end : end + 3]))


def _cluster(names: list[str]) -> dict[str, str]:
    """Map each name to a canonical one: the spelled-out form, not an acronym."""
    unique = list(dict.fromkeys(names))
    parent = {n: n for n in unique}

    def find(n: str) -> str:
        while parent[n] != n:
            n = parent[n]
        return n

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra

    if len(unique) <= 400:
        for i, a in enumerate(unique):
            for b in unique[i + 1 :]:
                if _same(a, b):
                    union(a, b)
    else:
        # Huge inputs: acronyms only, through a dictionary, to stay linear.
        by_acronym = {_acronym(n): n for n in unique if " " in n}
        for n in unique:
            if n.isupper() and n in by_acronym:
                union(by_acronym[n], n)
    groups: dict[str, list[str]] = {}
    for n in unique:
        groups.setdefault(find(n), []).append(n)
    canon: dict[str, str] = {}
    for members in groups.values():
        spelled = [m for m in members if not m.isupper()] or members
        best = min(spelled, key=lambda m: (len(m.split()) if " " in m else 0, len(m))) if spelled else members[0]
        # An acronym cluster keeps the full name; a legal-suffix cluster keeps the short one.
        if any(m.isupper() for m in members) and any(" " in m for m in spelled):
            best = max(spelled, key=len)
        for m in members:
            canon[m] = best
    return canon


def _same(a: str, b: str) -> bool:
    if a == b:
        return True
    if a.isupper() and " " in b and _acronym(b) == a.replace("&", ""):  # "P&G" = "Procter & Gamble"
        return True
    if b.isupper() and " " in a and _acronym(a) == b.replace("&", ""):
        return True
    return len(a) >= 5 and len(b) >= 5 and fuzz.ratio(a.lower(), b.lower()) >= 92


def resolve(name: str, entities: list[Entity]) -> str:
    """The canonical form of ``name`` among the article's entities (rapidfuzz fallback)."""
    norm = _normalise(name)
    for entity in entities:
        if _normalise(entity.name) == norm or _same(norm, _normalise(entity.name)):
            return entity.canonical
    best: tuple[float, str] | None = None
    for entity in entities:
        score = fuzz.token_set_ratio(norm.lower(), entity.canonical.lower())
        if score >= 90 and (best is None or score > best[0]):
            best = (score, entity.canonical)
    return best[1] if best else norm
