"""Named things a figure can be about, with aliases folded together.

Capitalisation is the only signal: no model, so the rules lean towards leaving a
subject unknown rather than inventing one. Aliases are resolved within the article:
acronyms ("AWS" = "Amazon Web Services"), legal suffixes ("Alibaba Group Holding" =
"Alibaba") and near-identical spellings via rapidfuzz.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

_TOKEN = r"(?:[A-Z][A-Za-z0-9&.\-]*[A-Za-z0-9&]|[A-Z])"
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
_PERSON_BEFORE_RE = re.compile(
    r"(?:CEO|CFO|chief executive|chairman|chairwoman|president|founder|analyst|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)[ \u00a0]+$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    name: str  # as written, possessive removed
    canonical: str
    is_person: bool = False
    is_place: bool = False


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


def _is_headline(sentence: str) -> bool:
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", sentence)
    if len(words) < 4:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.7


def find_entities(text: str, sentences: list[tuple[int, int]]) -> list[Entity]:
    """Named entities in text order with a canonical name per alias cluster."""
    lowercase_words = set(re.findall(r"(?<![A-Za-z])[a-z][a-z'-]+", text))
    raw: list[tuple[int, int, str, bool]] = []  # start, end, name, from headline
    for s_start, s_end in sentences:
        sentence = text[s_start:s_end]
        headline = _is_headline(sentence)
        for match in _ENTITY_RE.finditer(text, s_start, s_end):
            for start, end in _trim(text, match.start(), match.end(), s_start, lowercase_words, headline):
                raw.append((start, end, text[start:end], headline))
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
        out.append(Entity(start, end, name, display.get(key, key), name in people, norm.lower() in _PLACES))
    return out


def _acronym_match(name: str, known: set[str]) -> bool:
    return name.isupper() and any(_acronym(k) == name for k in known if " " in k)


def _trim(
    text: str, start: int, end: int, sentence_start: int, lowercase: set[str], headline: bool
) -> list[tuple[int, int]]:
    """Split a capitalised run at words that are not names and drop the rest."""
    tokens = [(m.start(), m.end()) for m in re.finditer(r"[^\s]+", text[start:end])]
    pieces: list[list[tuple[int, int]]] = [[]]
    for a, b in tokens:
        word = text[start + a : start + b]
        lower = word.lower().rstrip(".")
        first_in_sentence = start + a == sentence_start or text[sentence_start : start + a].strip() in (
            '"',
            "“",
            "[",
            "(",
        )
        common = (
            lower in _NOT_NAMES
            or re.search(r"-[a-z]", word) is not None  # "AI-related", "U.S.-listed"
            or ((headline or first_in_sentence) and lower in lowercase and lower not in ("of", "and"))
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
        if piece:
            out.append((piece[0][0], piece[-1][1]))
    return out


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
    if a.isupper() and " " in b and _acronym(b) == a:
        return True
    if b.isupper() and " " in a and _acronym(a) == b:
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
