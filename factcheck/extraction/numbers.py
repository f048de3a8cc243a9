"""Numerals, number words and scale words, with the rounding each printed figure implies.

Every pattern here is anchored by a look-behind so that a match can only start at
the beginning of a digit or word run: a failed attempt then costs O(1), and text of
100,000 digits is read once, not once per digit.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.extraction.keywords import words_in
from factcheck.literals import led

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALE_WORDS = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "lakh": 1e5,
    "crore": 1e7,
}
# Abbreviated scales after a numeral. The single letters are only scales next to a
# currency ("$5m" is money, "5m" is five metres), which the caller decides.
SCALE_ABBREVIATIONS = {
    "bn": 1e9, "bln": 1e9, "mn": 1e6, "mln": 1e6, "mil": 1e6, "tn": 1e12, "trn": 1e12,
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5, "lakhs": 1e5,
    "crore": 1e7, "crores": 1e7, "lakh crore": 1e12, "lakh crores": 1e12, "hundred": 1e2,
}  # fmt: skip
LETTER_SCALES = {"k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12}
# The largest magnitude read as a number. Past it a figure is no real quantity ("1e400"), and any arithmetic the
# checks do on it (a scale shared across a range, a product, a ratio) could leave the floats: refused as a number,
# it never becomes a claim. A googol still passes; the checks' products of two such figures stay finite.
MAX_MAGNITUDE = 1e100
# Scientific exponents beyond this are refused before they are raised: 10.0**400 is an OverflowError.
_MAX_EXPONENT = 100


def readable(value: float) -> bool:
    """A finite value no larger than :data:`MAX_MAGNITUDE`, the only kind the engine reads as a number."""
    return math.isfinite(value) and abs(value) <= MAX_MAGNITUDE


ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12, "nineth": 9,
}  # fmt: skip

_NUMBER_WORDS = frozenset([*UNITS, *SCALE_WORDS, "dozen"])  # the words of _WORD, each matched as a whole word
_ORDINAL_WORDS = frozenset(ORDINALS)
_WORD_ALTERNATION = "|".join(sorted([*UNITS, *SCALE_WORDS, "dozen"], key=len, reverse=True))
_WORD = rf"(?:{_WORD_ALTERNATION})"
# "twenty-five", "one hundred and twenty", "a dozen", "1.2 million" is handled by NUMERAL + scale.
_WORDS_RE = re.compile(
    rf"(?<![A-Za-z-])(?:an?\s+(?=(?:dozen|hundred|thousand|million|billion|trillion)\b))?"
    rf"{_WORD}(?:(?:[ \t]++|-)(?:and[ \t]++)?{_WORD})*+(?![A-Za-z])",
    re.IGNORECASE,
)
_WORDS_RE = led(_WORDS_RE)  # read over the whole article: tried only where its first words are
# "1.5.3" and "192.168.0.1" are versions and addresses: the trailing look-ahead drops them.
# A leading-dot decimal (".500 record") only after a space or an opening bracket.
# "Rs.1,250 crore": Indian copy glues the rupee's abbreviation, with its dot, to the figure.
# "12,34,567.89" is Indian grouping (lakhs and crores).
# "Rs 231,6700 crore" (a slipped key) and "2,4 per cent" (a decimal comma) group their digits in no way we read:
# the digits before the comma are not the figure, so none is taken.
# "55 188 points", "1 250 000": thousands grouped by spaces (thin or plain), as many sites outside the US print
# them; not after another number ("2019 150 people") and not before one (a phone number).
_NUMERAL_RE = re.compile(
    r"(?<![\d,])(?:(?<=Rs\.)|(?<!\.))(?:\d{1,2}(?:,\d{2}(?=,))++,\d{3}(?!\d|,\d)|\d{1,3}(?:,\d{3})++"
    r"|(?<!\d[ \u00a0\u2009\u202f])\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})++(?![\d,]|[ \u00a0\u2009\u202f]\d)"
    r"|\d++(?!,\d))(?:\.\d++)?+(?!\d|\.\d)"
    r"|(?<![^\s(\[])\.\d++(?![\d.])"
)
# Read over the whole article, where its lookbehinds are tried at every position: tried only where a digit or a dot is.
_NUMERAL_RE = led(_NUMERAL_RE)
# "10. 3 billion", "4. 5 per cent": a decimal point with a stray space, which pasted and wire copy carries. Only
# before a scale or a percent: a sentence seldom opens with a bare figure and a scale word.
SPACED_DECIMAL = r"(?<=\d)\. (?=\d{1,2} (?:million|billion|trillion|per ?cent|percent)\b|\d{1,2} ?%)"
_SPACED_DECIMAL_RE = led(re.compile(rf"(?<![\d.,])\d{{1,3}}{SPACED_DECIMAL}\d{{1,2}}(?!\d)"))  # as _NUMERAL_RE
# "21, 608,340": a thousands comma with a stray space after it, which pasted copy carries too. Only before a full
# grouped figure of two groups or more ("5, 150" may be a list), and not after a month's name ("May 5, 150,000
# people": a date, then a figure).
_SPACED_GROUP_RE = re.compile(r"(?<![\d.,])\d{1,3}, (?=\d{3},\d{3})\d{3}(?:,\d{3})+(?!\d|,\d)(?:\.\d++)?(?!\d|\.\d)")
_MONTH_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \u00a0]+$", re.IGNORECASE
)
# "1.99×10−30", "2.48 x 10^-5", "4e14": scientific notation.
_SCIENTIFIC_RE = re.compile(
    r"(?<![\d.,])(?P<m>\d++(?:\.\d++)?)(?:[ \u00a0]?[×x*][ \u00a0]?10(?:\^|\*\*)?(?P<e1>[−-]?\d{1,3})"
    r"|[eE](?P<e2>[−-]?\d{1,3}))(?![\d.])"
)
_SCIENTIFIC_RE = led(_SCIENTIFIC_RE)  # read over the whole article: tried only where a digit is
_NUMERIC_ORDINAL_RE = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d{1,6})(st|nd|rd|th)(?![A-Za-z])", re.IGNORECASE)
_WORD_ORDINAL_RE = re.compile(
    rf"(?<![A-Za-z-])(?:(?:{'|'.join(k for k in UNITS if UNITS[k] >= 20)})-)?"
    rf"({'|'.join(sorted(ORDINALS, key=len, reverse=True))})(?![A-Za-z])",
    re.IGNORECASE,
)
_WORD_ORDINAL_RE = led(_WORD_ORDINAL_RE)  # read over the whole article: tried only where its first words are
_SCALE_AFTER_RE = re.compile(
    # Scale words in any case ("$53 Billion" in a headline); the single letters stay case-sensitive.
    r"(?:[ \t\u00a0]?-?[ \t\u00a0]?)(?i:(lakh[ \t]crores?|thousand|million|billion|trillion|hundred|crores?|lakhs?|"
    r"bn|bln|mn|mln|mil|tn|trn))(?![A-Za-z])"
    r"|([kKmMbBtT])(?![A-Za-z0-9])",
)


@dataclass(frozen=True, slots=True)
class Number:
    start: int
    end: int
    value: float
    rounding: float
    is_word: bool = False
    scaled: bool = False  # a scale word was folded in ("38.4 billion")
    letter_scale: float | None = None  # "5m": a scale only if money (caller decides)
    letter_end: int | None = None
    digits: str = ""  # the numeral as printed, without scale ("38.4")


# Compiled once: asked of every numeral and number word (the module functions look the pattern up on each call).
_GROUPING_RE = re.compile(r"[,\s\u2009\u202f]")
_WORD_BREAK_RE = re.compile(r"[\s-]+")


def numeral_value(raw: str) -> tuple[float, float]:
    """Value and half a unit in its last printed digit."""
    clean = _GROUPING_RE.sub("", raw)
    value = float(clean)
    decimals = len(clean.split(".", 1)[1]) if "." in clean else 0
    return value, 0.5 * 10.0**-decimals


def words_value(words: str) -> float | None:
    tokens = [t for t in _WORD_BREAK_RE.split(words.lower()) if t and t not in ("and", "a", "an")]
    if not tokens:
        return 1.0 if words.strip().lower() in ("a", "an") else None
    total = 0.0
    current = 0.0
    for token in tokens:
        if token in UNITS:
            current += UNITS[token]
        elif token == "dozen":
            current = (current or 1) * 12
        elif token == "hundred":
            current = (current or 1) * 100
        elif token in SCALE_WORDS:
            total += (current or 1) * SCALE_WORDS[token]
            current = 0.0
        else:
            return None
    return total + current


def _scale_after(text: str, end: int) -> tuple[float | None, int, bool]:
    """(multiplier, new end, is_letter) for a scale right after ``end``; letters are tentative."""
    match = _SCALE_AFTER_RE.match(text, end, min(len(text), end + 16))
    if not match:
        return None, end, False
    if match.group(1):
        word = re.sub(r"\s+", " ", match.group(1).lower())
        if word == "hundred":  # "4 hundred million": the scale words multiply
            more = _SCALE_AFTER_RE.match(text, match.end(), min(len(text), match.end() + 16))
            if more is not None and (more.group(1) or "").lower() in ("thousand", "million", "billion", "trillion"):
                return 100 * SCALE_WORDS[more.group(1).lower()], more.end(), False
        return SCALE_ABBREVIATIONS.get(word), match.end(), False
    return LETTER_SCALES[match.group(2).lower()], match.end(), True


def _numerals(text: str) -> Iterator[re.Match[str]]:
    """Digit numerals in text order, a spaced decimal ("10. 3 billion") or thousands group ("21, 608,340") as one."""
    spaced = list(_SPACED_DECIMAL_RE.finditer(text))
    if ", " in text:
        spaced += [
            m
            for m in _SPACED_GROUP_RE.finditer(text)
            if not _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start())
        ]
    if not spaced:
        yield from _NUMERAL_RE.finditer(text)
        return
    taken = [m.span() for m in spaced]
    plain = [m for m in _NUMERAL_RE.finditer(text) if not any(a <= m.start() < b for a, b in taken)]
    yield from sorted([*plain, *spaced], key=lambda m: m.start())


def find_numbers(text: str) -> list[Number]:
    """Every cardinal number in ``text``, scales folded in, in text order."""
    found: list[Number] = []
    for match in _numerals(text):
        raw = match.group().replace(". ", ".").replace(", ", ",")
        try:
            value, rounding = numeral_value(raw)
        except (ValueError, OverflowError):
            continue
        scale, end, is_letter = _scale_after(text, match.end())
        if not readable(value) or (scale and not readable(value * scale)):
            continue  # beyond any real figure, and past what arithmetic on floats can carry
        if scale and not is_letter:
            found.append(Number(match.start(), end, value * scale, rounding * scale, scaled=True, digits=raw))
        elif scale and is_letter:
            found.append(
                Number(match.start(), match.end(), value, rounding, letter_scale=scale, letter_end=end, digits=raw)
            )
        else:
            found.append(Number(match.start(), match.end(), value, rounding, digits=raw))
    # Each number word of a match is a whole run of letters: with none of them in the text, there is nothing to scan.
    for match in _WORDS_RE.finditer(text) if not _NUMBER_WORDS.isdisjoint(words_in(text)) else ():
        value = words_value(match.group())
        if value is None:
            continue
        words = _WORD_BREAK_RE.split(match.group().lower())
        if all(w in SCALE_WORDS or w in ("dozen", "and") for w in words):
            continue  # "parts per million", "a baker's dozen" without "a": no number stated
        last = words[-1]
        unit = SCALE_WORDS.get(last, 12.0 if last == "dozen" else 1.0)
        found.append(Number(match.start(), match.end(), value, 0.5 * unit, is_word=True))
    found += _fractions(text)
    for match in _SCIENTIFIC_RE.finditer(text):
        exponent = int((match.group("e1") or match.group("e2")).replace("−", "-"))
        if abs(exponent) > _MAX_EXPONENT:
            continue  # "1e400": no real figure, and 10.0**400 is past a float
        mantissa, rounding = numeral_value(match.group("m"))
        value = mantissa * 10.0**exponent
        if readable(value):
            found.append(Number(match.start(), match.end(), value, rounding * 10.0**exponent, digits=match.group()))
    # Its share word is a whole run of letters (a non-letter before it, a space after): absent, nothing to scan.
    for match in _FRACTION_SCALE_RE.finditer(text) if not _SHARE_WORDS.isdisjoint(words_in(text)) else ():
        share = {"half": 0.5, "quarter": 0.25}.get(match.group("f").lower(), 0.75)
        scale = SCALE_WORDS[match.group("s").lower()]
        found.append(Number(match.start(), match.end(), share * scale, 0.125 * scale, is_word=True, scaled=True))
    found.sort(key=lambda n: (n.start, -n.end))
    return _merge_digit_word(text, found)


_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
_FRACTION_RE = re.compile(
    r"(?<![\d/.,])(?:(?P<whole>\d{1,4})(?:[ \u00a0]|-(?=\d+/)))?"
    r"(?P<num>\d{1,2})/(?P<den>[2-68]|10|12|16|32|64|100)(?![\d/])"
    r"|(?<![\d/.,])(?:(?P<whole2>\d{1,4})[ \u00a0]?)?(?P<vulgar>[½¼¾⅓⅔⅛⅜⅝⅞])"
)


_FRACTION_SCALE_RE = re.compile(
    r"(?<![A-Za-z-])(?:an?[ \t]+)?(?P<f>half|quarter|three[ \t-]quarters?)(?:[ \t]+an?)?[ \t]+"
    r"(?P<s>thousand|million|billion|trillion)(?![A-Za-z])",
    re.IGNORECASE,
)
_SHARE_WORDS = frozenset({"half", "quarter", "quarters"})  # the share words of _FRACTION_SCALE_RE


def _fractions(text: str) -> list[Number]:
    """ "10 1/2 miles", "1/4 mile", "½ teaspoon"; dates like 9/11/2001 are taken by the time finder first."""
    out: list[Number] = []
    if "/" not in text and not any(map(text.__contains__, _VULGAR)):
        return out  # no slash and no fraction sign: nothing the pattern can match
    for match in _FRACTION_RE.finditer(text):
        if match.group("vulgar"):
            value = _VULGAR[match.group("vulgar")] + float(match.group("whole2") or 0)
        else:
            numerator, denominator = int(match.group("num")), int(match.group("den"))
            if numerator >= denominator:
                continue
            value = numerator / denominator + float(match.group("whole") or 0)
        out.append(Number(match.start(), match.end(), value, 0.0, digits=match.group()))
    return out


def _merge_digit_word(text: str, numbers: list[Number]) -> list[Number]:
    """Fold "1.2 million" style pairs the numeral pattern missed ("3 dozen", "two hundred thousand")."""
    out: list[Number] = []
    for number in numbers:
        if out:
            previous = out[-1]
            gap = text[previous.end : number.start]
            if (
                number.is_word
                and not previous.is_word
                and not previous.scaled
                and gap in (" ", "\u00a0")
                and re.fullmatch(
                    r"(?:dozen|hundred|thousand|million|billion|trillion)", text[number.start : number.end], re.I
                )
            ):
                out[-1] = Number(
                    previous.start,
                    number.end,
                    previous.value * number.value,
                    previous.rounding * number.value,
                    scaled=True,
                    digits=previous.digits,
                )
                continue
            if number.start < previous.end:
                if number.end > previous.end and number.start == previous.start:
                    out[-1] = number  # a fraction or exponent covering its leading number ("10 1/2", "4e14")
                continue
        out.append(number)
    return out


@dataclass(frozen=True, slots=True)
class Ordinal:
    start: int
    end: int
    value: int


_CARDINAL_LEAD_RE = re.compile(
    rf"(?<![A-Za-z-])((?:an?[ \t]+)?{_WORD}(?:(?:[ \t]+|-)(?:and[ \t]+)?{_WORD})*)(?:[ \t]+|-)(?:and[ \t]+)?$",
    re.IGNORECASE,
)


def find_ordinals(text: str) -> list[Ordinal]:
    out: list[Ordinal] = []
    for match in _NUMERIC_ORDINAL_RE.finditer(text):
        out.append(Ordinal(match.start(), match.end(), int(match.group(1).replace(",", ""))))  # "the 1,085th"
    for match in _WORD_ORDINAL_RE.finditer(text) if not _ORDINAL_WORDS.isdisjoint(words_in(text)) else ():
        word = match.group(1).lower()
        value = ORDINALS[word]
        prefix = match.group()[: match.start(1) - match.start()].rstrip("-").lower()
        if prefix:
            value += UNITS[prefix]
        start = match.start()
        # "one hundred twenty-fifth", "three trillionth": cardinal words before the ordinal.
        # Read from a bounded window so a long run of number words stays linear.
        lead = _CARDINAL_LEAD_RE.search(text, max(0, start - 80), start)
        if lead is not None:
            cardinal = words_value(lead.group(1))
            if cardinal:
                value = cardinal * value if value >= 100 else cardinal + value
                start = lead.start(1)
        out.append(Ordinal(start, match.end(), int(value)))
    out.sort(key=lambda o: o.start)
    return out
