"""What a claim's figure is, for every stage after extraction: level or change, unit family, interval, print form."""

from __future__ import annotations

import functools
import re

from factcheck.claim import ChangeKind, Claim
from factcheck.intervals import Interval, fmt
from factcheck.quantity import Hedge, QuantityKind

LEVEL_KINDS = frozenset(
    {QuantityKind.MONEY, QuantityKind.COUNT, QuantityKind.NUMBER, QuantityKind.PER_UNIT, QuantityKind.DIMENSION}
)
RATE_KINDS = frozenset({QuantityKind.PERCENT, QuantityKind.PERCENTAGE_POINT})


def interval(claim: Claim) -> Interval:
    """What the printed figure can mean after its rounding and its hedge."""
    return Interval.from_quantity(claim.quantity)


def stated_interval(claim: Claim) -> Interval:
    """A stated percentage's interval, allowing for a writer who truncated instead of rounding.

    "declined 25.8%" for a fall of 25.88% is common in copy: the magnitude may reach one unit of the
    last digit above the printed figure, never below its rounding. A second decimal that is a zero
    ("a rise of 33.60%", "up 929 points or 1.60%") is often the padding of a figure worked out to one
    decimal (33.576% printed as 33.6, then as 33.60): it is read to that one decimal.
    """
    base = interval(claim)
    rounding = abs(claim.quantity.rounding or 0.0)
    if _PADDED_DECIMAL.search(claim.quantity.text) and rounding:
        base = base.widen(max(0.0, 0.05 - rounding))
    if claim.quantity.value >= 0:
        return Interval(base.lo, base.hi + rounding)
    return Interval(base.lo - rounding, base.hi)


# Exactly two decimals, the second a zero: "33.60", "1.60" (not "10.0", whose one decimal may be meant, nor "1.500").
_PADDED_DECIMAL = re.compile(r"(?<![\d.])\d+\.\d0(?!\d)")


def rounding_interval(claim: Claim) -> Interval:
    """The printed figure's own rounding, without the hedge's widening."""
    q = claim.quantity
    return Interval.around(q.value, q.rounding or 0.0)


def is_change(claim: Claim) -> bool:
    return claim.change is not None


def is_relative_change(claim: Claim) -> bool:
    return (
        claim.change is not None
        and claim.change.kind == ChangeKind.RELATIVE
        and claim.quantity.kind == QuantityKind.PERCENT
    )


def is_absolute_change(claim: Claim) -> bool:
    return claim.change is not None and claim.change.kind == ChangeKind.ABSOLUTE


def direction(claim: Claim) -> int:
    if claim.change is None:
        return 1
    return -1 if claim.change.direction < 0 else 1


def signed(claim: Claim, value: Interval | None = None) -> Interval:
    """The claim's interval with the sign its change verb gives it ("fell 5%" is -5)."""
    base = interval(claim) if value is None else value
    if claim.change is None:
        return base
    # Extraction prints magnitudes; a stray negative value is read as already signed.
    if claim.quantity.value < 0:
        return base
    return -base if direction(claim) < 0 else base


def signed_value(claim: Claim) -> float:
    value = claim.quantity.value
    if claim.change is not None and value >= 0 and direction(claim) < 0:
        return -value
    return value


def is_level(claim: Claim) -> bool:
    """A figure that states how much there is, not how much it changed."""
    return claim.change is None and claim.quantity.kind in LEVEL_KINDS


def is_rate_level(claim: Claim) -> bool:
    """A percentage that is a level ("unemployment of 4.1 percent", "a 30% share"), not a change."""
    return claim.change is None and claim.quantity.kind == QuantityKind.PERCENT


def currency(claim: Claim) -> str:
    return claim.quantity.unit.split("/")[0].strip()


_POSSESSIVE = re.compile(r"['’]s\b")
_NAME_FILLER = re.compile(r"\b(the|inc|corp|group|holding|co|ltd|plc)\b\.?")


def norm_noun(text: str | None) -> str:
    if not text:
        return ""
    return _norm_noun(text)


# Asked of the same few subjects and nouns tens of thousands of times in a long article (every pair a finder weighs
# compares its members' subjects); the answer depends on the words alone, and the cache is bounded.
@functools.lru_cache(maxsize=4096)
def _norm_noun(text: str) -> str:
    text = text.lower()
    text = _POSSESSIVE.sub("", text)
    text = _NAME_FILLER.sub(" ", text)
    return " ".join(text.split())


# A total "in silver-equivalent ounces" or "barrels of oil equivalent" converts its other products at a ratio the
# copy seldom prints: 1.8 million ounces of silver and 16,000 ounces of gold make 3.1 million silver-equivalent
# ounces, not 1.816 million. Such a figure is never the plain-unit figure's like, whatever the two share as a unit.
_EQUIVALENT = re.compile(
    r"(?i:\bequivalent\b|\bequiv\.)|\b(?:boe|[Mm]{1,2}boe|boepd|BOE|AgEq\w*|AuEq\w*|CuEq\w*|ZnEq\w*|GEOs?|LCE|CO2e|toe|Mtoe)\b"
)


def counted_as_equivalent(claim: Claim) -> bool:
    """Is the figure counted in an equivalent unit (other products converted into one at a ratio)?"""
    q = claim.quantity
    return _names_equivalent(q.noun or "", q.text)


# Asked of both members of every pair whose units agree (some hundred thousand times in a long article), of a few
# thousand distinct figures: the answer depends on the two strings alone, and the cache is bounded.
@functools.lru_cache(maxsize=16384)
def _names_equivalent(noun: str, text: str) -> bool:
    return bool(_EQUIVALENT.search(f"{noun} {text}"))


def same_unit(a: Claim, b: Claim) -> bool:
    # The equivalent-unit test is a text search: asked last, only of pairs whose units already agree.
    return _units_agree(a, b) and counted_as_equivalent(a) == counted_as_equivalent(b)


_NUMBER_OR_COUNT = frozenset({QuantityKind.NUMBER, QuantityKind.COUNT})
_PRICED = frozenset({QuantityKind.MONEY, QuantityKind.PER_UNIT})  # an amount, or an amount per unit


def _units_agree(a: Claim, b: Claim) -> bool:
    qa, qb = a.quantity, b.quantity
    if qa.kind != qb.kind:
        # "4.26m" and "4.74m people": the noun is often printed once
        return qa.kind in _NUMBER_OR_COUNT and qb.kind in _NUMBER_OR_COUNT
    if qa.kind == QuantityKind.COUNT:
        return same_things(qa.noun or qa.unit, qb.noun or qb.unit)  # a count's unit is its noun
    if (qa.unit or "").lower() != (qb.unit or "").lower():
        return False
    if qa.kind == QuantityKind.PER_UNIT:
        return norm_noun(qa.noun) == norm_noun(qb.noun) or not qa.noun or not qb.noun
    return True


# Nouns news copy uses for one counted thing: "devices" and "smartphones", "vehicles" and "cars".
_NOUN_FAMILIES = [
    {"units", "unit", "devices", "device", "smartphones", "smartphone", "phones", "phone", "handsets", "handset",
     "iphones", "tablets", "pcs", "computers"},
    {"vehicles", "vehicle", "cars", "car", "trucks", "evs", "units", "unit"},  # carmakers count vehicles as units
    {"passengers", "passenger", "travellers", "travelers", "people", "visitors", "riders", "customers"},
    {"employees", "employee", "workers", "worker", "staff", "people", "jobs", "positions", "roles", "staffers"},
    {"barrels", "bpd", "barrels a day", "barrels per day"},
]  # fmt: skip


def _head(noun: str | None) -> str:
    words = norm_noun(noun).split()
    return words[-1] if words else ""


def same_things(a: str | None, b: str | None) -> bool:
    """Two counted nouns that can name the same things (an unnamed count fits any)."""
    ha, hb = _head(a), _head(b)
    if not ha or not hb or ha == hb:
        return True
    if ha.endswith(hb) or hb.endswith(ha):
        return True  # "iphones" are "phones", "smartphones" too
    return any(ha in family and hb in family for family in _NOUN_FAMILIES)


def same_family(a: Claim, b: Claim) -> bool:
    """Same unit, or the same currency printed once as an amount and once per unit."""
    if same_unit(a, b):
        return True
    ka, kb = a.quantity.kind, b.quantity.kind
    if ka in _PRICED and kb in _PRICED:
        return currency(a) == currency(b)
    return ka in _NUMBER_OR_COUNT and kb in _NUMBER_OR_COUNT


_SCALE_WORD = re.compile(r"\d\s*(?:thousand|million|billion|trillion|crore|lakh|bn|mn|m|k|b|tn)\b", re.IGNORECASE)


def total_and_each(a: Claim, b: Claim) -> bool:
    """A total told in millions and an amount per unit ("$4.3 billion, or 45 cents a share"): never two figures of
    one series, nor like figures to compare, however close they stand; a payout per share and a bare "48 cents" are."""
    kinds = (a.quantity.kind, b.quantity.kind)
    if set(kinds) != {QuantityKind.MONEY, QuantityKind.PER_UNIT}:
        return False
    total, each = (a, b) if kinds[0] == QuantityKind.MONEY else (b, a)
    return bool(_SCALE_WORD.search(total.quantity.text)) and not _SCALE_WORD.search(each.quantity.text)


# printing --------------------------------------------------------------------------


def show(claim: Claim) -> str:
    """The figure as the article printed it."""
    return claim.quantity.text.strip() or fmt(claim.quantity.value)


def pct(value: float) -> str:
    return f"{'+' if value > 0 else ''}{fmt(value, 3)}%"


def pct_pair(computed: float, said: float) -> tuple[str, ...]:
    """Two percentages printed with enough digits to differ: "+20.21%" against "+20.22%", not "+20.2%" twice."""
    for digits in range(3, 7):
        shown = (
            f"{'+' if computed > 0 else ''}{fmt(computed, digits)}%",
            f"{'+' if said > 0 else ''}{fmt(said, digits)}%",
        )
        if shown[0] != shown[1]:
            return shown
    return shown


def hedge_word(claim: Claim) -> str:
    return "" if claim.quantity.hedge == Hedge.EXACT else f"{claim.quantity.hedge.value} "


# Scale words as copy prints them, long and short; a figure is printed back in its own style.
_SCALES = {
    "lakh crore": 1e12, "trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9,
    "crore": 1e7, "million": 1e6, "mn": 1e6, "m": 1e6, "lakh": 1e5, "thousand": 1e3, "k": 1e3,
}  # fmt: skip
_PRINTED = re.compile(
    r"^(?P<lead>\D*?)(?P<number>\d[\d,]*(?:\.\d+)?)(?P<gap>\s*)"
    r"(?:(?P<scale>lakh crore|trillion|billion|million|thousand|crore|lakh|tn|bn|mn|b|m|k)(?![a-z]))?(?P<rest>.*)$",
    re.IGNORECASE,
)
# A currency printed before the figure: a symbol, a code, "Rs", "US$"; a hedge word before it is dropped.
_CURRENCY_LEAD = re.compile(r"(?:[A-Z]{0,3}[$£€¥₹]|Rs\.?|[A-Z]{3}|Rmb|Dh|R|Y)\s*$")
# The minor unit a price may be printed in: "286p", "25 cents", "40 HK cents".
_MINOR = re.compile(r"^\s*(?:(?:US|U\.S\.|HK|Singapore|euro)\s+)?(?:p|pence|c|cents?)\b", re.IGNORECASE)
# A currency written as a word after the figure: "1.63 billion dollars", "300 billion yen".
_CURRENCY_WORD = re.compile(
    r"^\s*(?:U\.S\.\s+|US\s+|Hong Kong\s+|Singapore\s+)?(?:dollars|pounds(?: sterling)?|sterling|euros?|yen|yuan|"
    r"renminbi|won|rupees|rubles|roubles|francs|rand|pesos|reais)\b",
    re.IGNORECASE,
)
_LONG = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_INDIAN = ((1e12, "lakh crore"), (1e7, "crore"), (1e5, "lakh"))


def _near(ratio: float, scale: float) -> bool:
    return 0.4 * scale <= ratio <= 2.5 * scale  # a range's midpoint is off its first end by less than that


def show_value(value: float, like: Claim, *, exact: bool = False) -> str:
    """A computed figure printed the way ``like`` is: "$35.56 billion", "£1.04bn", "-12p", never 35,555,555,556.

    The figure's own currency sign or word, scale word (long, short or Indian) and minor unit are
    kept; a hedge word ("over $5m") is not. ``exact`` is for a sum of figures printed in full digits,
    shown in full digits too ("2,263,496", not "2.263 million"); a quotient never is.
    """
    text = like.quantity.text.strip()
    sign = "-" if value < 0 else ""
    magnitude = abs(value)
    suffix = "%" if like.quantity.kind == QuantityKind.PERCENT else ""
    found = _PRINTED.match(text)
    if found is None or like.quantity.kind in RATE_KINDS:
        return f"{sign}{fmt(magnitude)}{suffix}"
    lead = _CURRENCY_LEAD.search(found.group("lead"))
    prefix = lead.group(0) if lead else ""
    number = float(found.group("number").replace(",", ""))
    printed = abs(like.quantity.ends[0] if like.quantity.ends else like.quantity.value)
    ratio = printed / number if number else 0.0
    rest = found.group("rest")
    scale = (found.group("scale") or "").lower()
    if scale and not _near(ratio, _SCALES[scale]):
        rest, scale = (found.group("scale") or "") + rest, ""  # "100m" of a sprint: metres, not millions
    if not scale and not prefix and _MINOR.match(rest) and _near(ratio, 0.01):
        minor = _MINOR.match(rest).group(0)  # type: ignore[union-attr]
        return f"{sign}{fmt(magnitude * 100)}{found.group('gap')}{minor}"
    money = like.quantity.kind in (QuantityKind.MONEY, QuantityKind.PER_UNIT)
    word = _CURRENCY_WORD.match(rest) if money and not re.search(r"\d", rest) else None
    after = word.group(0).rstrip() if word else ""
    if scale in ("lakh crore", "crore", "lakh"):
        steps = _INDIAN
    elif exact and not scale and "," in found.group("number") and magnitude >= 1e6:
        return f"{sign}{prefix}{fmt(magnitude)}{after}"
    else:
        steps = _LONG
    for size, name in steps:
        if magnitude >= size:
            if steps is _LONG and scale in ("tn", "bn", "b", "mn", "m"):
                short = {"trillion": "tn", "billion": "bn", "million": scale if scale in ("m", "mn") else "m"}[name]
                return f"{sign}{prefix}{fmt(magnitude / size)}{found.group('gap')}{short}{after}"
            return f"{sign}{prefix}{fmt(magnitude / size)} {name}{after}"
    return f"{sign}{prefix}{fmt(magnitude)}{suffix}{after}"
