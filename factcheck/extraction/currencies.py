"""Currency symbols, codes and words, each mapped to an ISO code in the pint registry."""

from __future__ import annotations

import re

from factcheck.currency_names import CODES_ALSO_WORDS, NEWS_PREFIXES, SYMBOLS, WRITTEN_NAMES
from factcheck.units import CURRENCIES

# Written before the number: "$53", "US$4.3bn", "RMB 280,154", "Rs 1,062", "HK$ 12", "DKK 500".
PREFIXES: dict[str, str] = (
    SYMBOLS
    | NEWS_PREFIXES
    | {code.lower(): code for code in ("USD", "CAD", "AUD", "HKD", "SGD", "EUR", "GBP", "JPY", "CNY", "INR", "CHF",
                                       "KRW", "RUB", "ZAR", "AED", "SAR", "BTC", "PKR", "MYR", "KES", "GHS")}
)  # fmt: skip

# Written after the number: "29.7 million euros", "280 yuan", "5,000 rupees", "4,000 Danish kroner". Lower case,
# single spaces; ISO codes in capitals are looked up apart (``_name_after``).
SUFFIXES: dict[str, str] = (
    WRITTEN_NAMES
    | {code.lower(): code for code in ("USD", "EUR", "GBP", "JPY", "CNY", "INR", "MYR", "BTC")}
    | {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "元": "CNY", "₹": "INR", "₩": "KRW"}
)  # fmt: skip
# The longest written name, in words: how far to look after a number.
_LONGEST_NAME = max(len(k.split()) for k in SUFFIXES)
# Sub-units: value is divided by 100 into the main currency. "cents" alone is US cents unless
# a qualifier names another currency ("6 HK cents", "50 euro cents").
SUBUNITS: dict[str, str] = {
    "cents": "USD", "cent": "USD", "pence": "GBP", "penny": "GBP", "p": "GBP", "sen": "MYR", "paise": "INR",
    "paisa": "INR", "kopecks": "RUB", "kopeck": "RUB", "kopeks": "RUB", "kopek": "RUB",
}  # fmt: skip
_CENT_QUALIFIERS: dict[str, str] = {
    "us": "USD", "u.s.": "USD", "hk": "HKD", "hong kong": "HKD", "nz": "NZD", "new zealand": "NZD",
    "australian": "AUD", "canadian": "CAD", "singapore": "SGD", "euro": "EUR", "taiwan": "TWD",
}  # fmt: skip
# "pounds" alone is money only when nothing says weight; decided by context.
AMBIGUOUS_POUND = "GBP"

_PREFIX_RE = re.compile(
    "(?:"
    + "|".join(re.escape(k) for k in sorted(PREFIXES, key=len, reverse=True) if k not in ("r", "re", "yuan"))
    + r")[ \u00a0]?$",
    re.IGNORECASE,
)
# The words after a number, to look up as a currency name: "kroner", "Danish kroner", "u.s. dollars", "$".
_WORDS_AFTER_RE = re.compile(
    r"[ \u00a0-]?(?P<words>(?:(?:[A-Za-z]\.){2,}|[A-Za-z][A-Za-z’'-]*[A-Za-z]|[A-Za-z$€£¥₹元₩])"
    r"(?:[ \u00a0](?:(?:[A-Za-z]\.){2,}|[A-Za-z][A-Za-z’'-]*[A-Za-z]|[A-Za-z]))"
    rf"{{0,{_LONGEST_NAME - 1}}})"
)
_WORD_SPLIT_RE = re.compile(r"[ \u00a0]")
# An ISO code in capitals right before a figure: "DKK 500", "SEK5bn" (codes that are also words excluded).
_CODE_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?P<code>[A-Z]{3})[ \u00a0]?$")

# "135 pence", "6 HK cents", "50 US cents", "20 paise": a sub-unit, with an optional qualifier
# naming whose cents (codes in capitals only: "us cents" is no qualifier).
_SUBUNIT_RE = re.compile(
    r"[ \u00a0-]?(?:(?P<q>US|U\.S\.|HK|NZ|(?i:hong[ \u00a0]kong|new[ \u00a0]zealand|australian|canadian|singapore"
    r"|euro|taiwan))[ \u00a0-]?)?"
    r"(?P<w>(?i:cents?|pence|penny|paise|paisa|kopecks?|kopeks?)|sen(?!\.))(?![A-Za-z])"  # "Sen." is a senator
)
# "30 MUSD", "120 MEUR", "5 kUSD": a scale letter glued to an ISO code.
_SCALED_CODE_RE = re.compile(r"[ \u00a0]?(?P<scale>[MK])(?P<code>[A-Z]{3})(?![A-Za-z])")
_SCALE_AFTER_CODE_RE = re.compile(r"[ \u00a0](?P<w>thousand|million|billion|trillion|bn|mn)(?![A-Za-z])", re.IGNORECASE)
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mn": 1e6}


_WIRE_YEN_RE = re.compile(r"(?<![A-Za-z0-9])Y=?$")
# Scraped British copy often turns "£" into "PS" ("PS2.7m", "PS21,700"); "PS4" and "PS5"
# are consoles, so only a figure that reads as money (a scale, a thousands group or pence).
_MANGLED_POUND_RE = re.compile(r"(?<![A-Za-z0-9])PS$")
# Nigerian copy writes the naira as a capital N glued to the figure ("N14.7bn", "N390,755"); "N95" is a mask.
_NAIRA_RE = re.compile(r"(?<![A-Za-z0-9])N$")
_MONEY_FIGURE_RE = re.compile(
    r"\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?[ \u00a0]?(?:m|bn|k|million|billion|trillion)(?![A-Za-z])"
    r"|\d+\.\d\d(?!\d)"
)


# The prefixes written in ASCII, lower case, for the set look-up that stands for _PREFIX_RE on ASCII text.
_ASCII_PREFIXES = frozenset(k.lower() for k in PREFIXES if k.isascii() and k not in ("r", "re", "yuan"))


def _prefix_ending(text: str, lo: int, start: int) -> tuple[int, str] | None:
    """Where ``_PREFIX_RE.search(text, lo, start)`` matches and what, as (start, text); None where it does not.

    Asked for every figure, the pattern's walk through ~80 alternatives at each of the eight positions cost more
    than the rest of the currency reading: on ASCII text the leftmost window suffix that is a prefix (with one
    optional space, before a final line break as ``$`` allows) is found by set look-ups instead.
    """
    window = text[lo:start]
    if not window.isascii():
        match = _PREFIX_RE.search(text, lo, start)
        return (match.start(), match.group()) if match else None
    end = len(window) - 1 if window.endswith("\n") else len(window)
    low = window.lower()  # ASCII: each suffix's lower case is the same suffix of this
    for i in range(end):
        key = low[i:end]
        if key in _ASCII_PREFIXES or (key[-1] in " \u00a0" and key[:-1] in _ASCII_PREFIXES):
            return lo + i, window[i:end]
    return None


def currency_before(text: str, start: int) -> tuple[str, int] | None:
    """ISO code and start offset of a currency marker ending at ``start``."""
    # Wire services write yen as a capital Y glued to the figure ("Y5.3 billion"; "Y=" after
    # ASCII folding of "¥").
    wire_yen = _WIRE_YEN_RE.search(text, max(0, start - 3), start)
    if wire_yen is not None and re.match(
        r"\d(?:\d|[.,]\d|[ \u00a0]*(?:million|billion|trillion|bn|mn))", text[start : start + 12]
    ):
        return "JPY", wire_yen.start()  # a lone "Y2K" is not money
    naira = _NAIRA_RE.search(text, max(0, start - 2), start)
    if naira is not None and _MONEY_FIGURE_RE.match(text, start, min(len(text), start + 24)):
        return "NGN", naira.start()
    mangled = _MANGLED_POUND_RE.search(text, max(0, start - 3), start)
    if mangled is not None and _MONEY_FIGURE_RE.match(text, start, min(len(text), start + 24)):
        return "GBP", mangled.start()
    code_match = _CODE_BEFORE_RE.search(text, max(0, start - 4), start)
    if code_match is not None and code_match.group("code") in _PREFIX_CODES:
        return code_match.group("code"), code_match.start()  # "DKK 500", "SEK5bn"
    window_start = max(0, start - 8)
    while window_start < start:
        found = _prefix_ending(text, window_start, start)
        if not found:
            return None
        begin, surface = found
        symbol = surface.strip().lower()
        # A code glued to a preceding word ("was $5" is not "s $") is not a prefix: try a shorter one.
        if begin > 0 and symbol[0].isalpha() and text[begin - 1].isalnum():
            window_start = begin + 1
            continue
        code = PREFIXES.get(symbol) or PREFIXES.get(symbol.replace(" ", ""))
        # "3 dollars 50": a currency word right after a number belongs to that number.
        if (
            code
            and symbol.isalpha()
            and len(symbol) > 3
            and re.search(r"\d[ \u00a0]?$", text[max(0, begin - 2) : begin])
        ):
            return None
        return (code, begin) if code else None
    return None


def currency_after(text: str, end: int) -> tuple[str, int, float] | None:
    """ISO code, end offset and factor into the main unit for a currency word after ``end``."""
    sub = _SUBUNIT_RE.match(text, end, min(len(text), end + 24))
    if sub is not None:
        qualifier = re.sub(r"\s+", " ", (sub.group("q") or "").lower())
        return _CENT_QUALIFIERS.get(qualifier) or SUBUNITS[sub.group("w").lower()], sub.end(), 0.01
    found = _name_after(text, end)
    if found is None:
        scaled = _SCALED_CODE_RE.match(text, end, min(len(text), end + 6))
        if scaled and scaled.group("code") in CURRENCIES:
            return scaled.group("code"), scaled.end(), 1e6 if scaled.group("scale") == "M" else 1e3
        return None
    code, word, raw, name_end = found
    symbol_or_code = not word.replace(" ", "").replace(".", "").isalpha() or raw.isupper()
    if symbol_or_code and re.match(r"[ \u00a0]?\d", text[name_end : name_end + 2]):
        return None  # a prefix of the next number: "$ 20.00 $ 37.97", "3 USD50"
    if code is not None:
        # "75 USD million": the scale may follow the code.
        after = _SCALE_AFTER_CODE_RE.match(text, name_end, min(len(text), name_end + 12))
        if after and word.isalpha() and len(word) == 3:
            return code, after.end(), _SCALES[after.group("w").lower()]
        return code, name_end, 1.0
    return AMBIGUOUS_POUND, name_end, 1.0  # "pound", "pounds": money or weight, decided by the caller


_PREFIX_CODES = frozenset(code for code in CURRENCIES if code not in CODES_ALSO_WORDS)
_FIRST_WORDS = frozenset(name.split(" ")[0] for name in SUFFIXES) | {"pound", "pounds"}


def _name_after(text: str, end: int) -> tuple[str | None, str, str, int] | None:
    """(code, written name in lower case, name as printed, end) of the longest currency name after ``end``.

    The code is None for "pound"/"pounds", which may be a weight. ISO codes count only in capitals ("5 DKK"; not
    "5 all"), and not the codes that are also words ("TOP", "ALL").
    """
    match = _WORDS_AFTER_RE.match(text, end, min(len(text), end + 64))
    if match is None:
        return None
    words = _WORD_SPLIT_RE.split(match.group("words"))
    first = words[0]
    if first.lower() not in _FIRST_WORDS and first not in _PREFIX_CODES:
        return None  # most words after a number begin no currency name: one set lookup, not one per length
    offset = match.start("words")
    for count in range(len(words), 0, -1):
        raw = " ".join(words[:count])
        key = raw.lower()
        name_end = offset + len(raw)
        if key in SUFFIXES:
            return SUFFIXES[key], key, raw, name_end
        if count == 1:
            if raw in _PREFIX_CODES:
                return raw, key, raw, name_end
            if key in ("pound", "pounds"):
                return None, key, raw, name_end
    return None
