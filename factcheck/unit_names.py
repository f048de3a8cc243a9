"""Physical units as English text writes them, drawn from pint's own definitions.

pint's default registry names every unit it knows with a name, aliases and a symbol ("metric_ton", "tonne", "t";
"knot", "kt"). This module turns those into the surfaces an article prints after a number: names and their
plurals ("furlongs", "fluid ounces"), SI names with prefixes ("gigatonnes", "kilojoules") and symbols with
prefixes ("kHz", "Mt", "mSv"). Only units of the physical dimensions news reports are kept (length, mass, time,
temperature, area, volume, energy, power, frequency, speed, force, pressure, electricity, radiation dose, data).

What pint cannot know is kept here in small sets: unit names that are ordinary nouns in news ("points",
"leagues", "bars", "Teslas") and symbols that are ordinary words or other abbreviations ("in", "at", "pc", "fps"),
none of which is read as a unit on its own. The tables in :mod:`factcheck.extraction.dimensions` still come first;
this vocabulary answers only where they find nothing.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.quantity import QuantityKind
from factcheck.units import ureg

# Unit names that are ordinary counted nouns or words in news copy: "3 points", "two leagues", "5 bars",
# "12 Teslas", "four quarters", "6 shots".
NAMES_ALSO_NOUNS = frozenset(
    {"point", "line", "hand", "link", "chain", "rod", "pole", "perch", "league", "count", "bag", "block", "board",
     "cord", "shake", "shot", "fifth", "quarter", "grade", "span", "pace", "drop", "pinch", "dash", "bar", "grain",
     "slug", "kip", "tesla", "henry", "gray", "gilbert", "maxwell", "franklin", "darcy", "lambert", "denier",
     "gauss", "are", "strain", "jig", "jigger", "gamma", "lambda", "rem", "rhe", "reyn", "biot", "barn", "barye",
     "buckingham", "aberdeen", "particle", "molecule", "atom", "mole", "molar", "number", "cycle", "revolution",
     "galileo", "eon", "unit", "pixel", "dot", "clausius", "jute", "nit", "stilb", "oersted", "octave", "neper",
     "tansec", "entropy", "bit", "sverdrup", "svedberg", "debye", "fermi", "bohr", "hartree", "rydberg", "stokes",
     "poise", "scruple", "hogshead", "minim", "gill", "cup", "didot", "cicero", "pica", "thou", "mil", "toe",
     "stere", "force", "knot", "pond", "stone", "slinch",
     "slugette", "octet", "super", "superficial", "sigma", "tex", "rads", "t"}
)  # fmt: skip
# Symbols that are words, titles or other abbreviations in text: "5 in", "3 at", "24 fps", "1080 dpi".
SYMBOLS_ALSO_WORDS = frozenset(
    {"cd", "rad", "deg", "at", "in", "pc", "au", "AU", "Da", "gr", "ct", "min", "li", "rd", "ch", "fur", "sft", "smi",
     "sli", "srd", "sch", "dpi", "pk", "bu", "gi", "pt", "dr", "cp", "jig", "pp", "px", "oct", "Np", "th", "Bd", "Bi",
     "At", "Gb", "RIU", "SPL", "Ry", "toe", "quad", "blob", "Gal", "Ba", "Rd", "rps", "cps", "bpm", "fps", "mps",
     "kps", "kn", "mas", "sr", "cmil", "pdl", "thm", "tTNT", "dwt", "ozf", "lm", "Ci", "FBM", "E_h", "VA", "pm",
     "am", "Ms", "Gs", "Ts", "cs", "ds", "Mm", "Gm", "Tm", "Mg", "Gg", "Tg", "cg", "mt", "Tt", "MA", "MN", "PB", "Pt",
     "Pm", "Pg", "Ps", "da", "ks", "ms", "Mb", "Tb", "ns", "cl", "Ml", "PL", "mn", "Mn", "Gy", "cc", "nm", "ha",
     "pond", "octet", "day", "BF", "BDFT", "gf", "tf", "mb"}
)  # fmt: skip

_REFERENCE_UNITS = ("meter", "kilogram", "second", "kelvin", "meter ** 2", "meter ** 3", "joule", "watt",
                    "hertz", "meter / second", "newton", "pascal", "ampere", "volt", "coulomb", "ohm", "gray",
                    "farad")  # fmt: skip
_DIMENSIONS = {ureg.parse_units(unit).dimensionality for unit in _REFERENCE_UNITS}
_TIME = ureg.parse_units("second").dimensionality

_PREFIX_NAMES = ("kilo", "mega", "giga", "tera", "peta", "milli", "micro", "nano", "pico", "centi", "hecto")
# Prefixed symbols as news and product copy prints them: "GW", "kWh", "Mt", "kHz", "mSv", "µg", "nF".
_PREFIXED_SYMBOLS = (
    [p + base for p in ("k", "M", "G", "T") for base in ("W", "Wh", "J", "Hz", "Pa", "t", "B", "b", "eV")]
    + [p + base for p in ("m", "µ", "μ", "n") for base in ("m", "g", "L", "l", "s", "W", "V", "A", "Ah", "Sv", "F")]
    + ["kV", "MV", "kA", "kN", "kL", "ML", "GL", "kcal", "cm", "cL", "hPa", "mbar", "mWh"]
)
_SI_PREFIXES = {"k": "kilo", "M": "mega", "G": "giga", "T": "tera", "m": "milli", "µ": "micro", "μ": "micro",
                "n": "nano", "c": "centi", "h": "hecto"}  # fmt: skip
_PREFIXABLE_NAMES = ("meter", "metre", "gram", "gramme", "tonne", "ton", "liter", "litre", "watt", "watt_hour",
                     "joule", "hertz", "volt", "ampere", "ohm", "pascal", "newton", "electron_volt", "byte", "bit",
                     "calorie", "second", "sievert", "becquerel", "coulomb", "farad", "bar")  # fmt: skip


# Constants and units of physics papers, not of news: "planck_length", "atomic_unit_of_time", "conventional_volt_90".
_PHYSICS_RE = re.compile(
    r"constant|planck|atomic|conventional|international_|_90|electron_|proton|neutron|bohr|^ab|^stat"
)


def _plural(name: str) -> str:
    head, _, last = name.rpartition(" ")
    if " per " in name or re.search(r"(?:s|z|ia|feet)$", last):
        return name  # already plural or uncountable: "feet", "millennia", "hertz", "kilometer per hour"
    if last == "foot":
        plural = "feet"
    elif re.search(r"[^aeiou]y$", last):
        plural = last[:-1] + "ies"
    elif re.search(r"(?:s|x|z|ch|sh)$", last):
        plural = last + "es"
    else:
        plural = last + "s"
    return f"{head} {plural}" if head else plural


def _unit_kind(unit: str) -> tuple[str, QuantityKind] | None:
    try:
        parsed = ureg.parse_units(unit)
    except Exception:  # pint raises several error types for names it cannot read
        return None
    dims = parsed.dimensionality
    data = str(parsed).endswith(("bit", "byte"))
    if dims not in _DIMENSIONS and not data:
        return None
    return str(parsed), QuantityKind.DURATION if dims == _TIME else QuantityKind.DIMENSION


def _vocabulary() -> tuple[dict[str, tuple[str, QuantityKind]], dict[str, tuple[str, QuantityKind]]]:
    names: dict[str, tuple[str, QuantityKind]] = {}
    symbols: dict[str, tuple[str, QuantityKind]] = {}
    seen: set[str] = set()
    for definition in list(ureg._units.values()):  # pint keeps no public list of its definitions
        if definition.name in seen or not re.fullmatch(r"[A-Za-z_]+", definition.name):
            continue
        seen.add(definition.name)
        if definition.name in NAMES_ALSO_NOUNS or _PHYSICS_RE.search(definition.name):
            continue
        found = _unit_kind(definition.name)
        if found is None:
            continue
        for surface in (definition.name, *definition.aliases):
            words = surface.split("_")
            if re.fullmatch(r"[a-z_]{4,}", surface) and not any(w in NAMES_ALSO_NOUNS for w in words[:1] + words[-1:]):
                written = surface.replace("_", " ")
                names.setdefault(written, found)
                names.setdefault(_plural(written), found)
            elif re.fullmatch(r"[A-Za-zµμΩ°]{2,6}", surface) and surface not in SYMBOLS_ALSO_WORDS:
                symbols.setdefault(surface, found)
        symbol = definition.defined_symbol
        if symbol and re.fullmatch(r"[A-Za-zµμΩ°]{2,6}", symbol) and symbol not in SYMBOLS_ALSO_WORDS:
            symbols.setdefault(symbol, found)
    for prefix in _PREFIX_NAMES:
        for base in _PREFIXABLE_NAMES:
            found = _unit_kind(prefix + base)
            if found is not None:
                written = (prefix + base).replace("_", " ")
                names.setdefault(written, found)
                names.setdefault(_plural(written), found)
    # A prefixed symbol wins over a symbol pint gives another unit: "661 kt" in news is kilotonnes, not knots.
    for surface in _PREFIXED_SYMBOLS:
        if surface not in SYMBOLS_ALSO_WORDS:
            found = _unit_kind(_SI_PREFIXES[surface[0]] + ureg.get_name(surface[1:]))
            if found is not None:
                symbols[surface] = found
    return names, symbols


@cache
def vocabulary() -> tuple[dict[str, tuple[str, QuantityKind]], dict[str, tuple[str, QuantityKind]]]:
    """Lower-case names with single spaces ("fluid ounces", "gigatonne") and exact-case symbols ("kHz", "Mt").

    Built on first use (about half a second), so that importing the engine stays quick.
    """
    return _vocabulary()
