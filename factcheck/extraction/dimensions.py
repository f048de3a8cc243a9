"""Physical and time units written after a number, mapped to pint unit names.

Two tables: words (matched case-insensitively, as whole words) and symbols (matched
case-sensitively, because "m" is metres but "M" is a million in "$5M").
"""

from __future__ import annotations

import re

from factcheck.quantity import QuantityKind
from factcheck.unit_names import vocabulary

# surface -> (pint unit, kind). Longest surfaces win because the regex is built longest first.
WORD_UNITS: dict[str, tuple[str, QuantityKind]] = {}


def _add(kind: QuantityKind, unit: str, *surfaces: str) -> None:
    for surface in surfaces:
        WORD_UNITS[surface] = (unit, kind)


_D, _T = QuantityKind.DIMENSION, QuantityKind.DURATION
_add(_T, "year", "years", "year", "yrs", "yr", "years old", "year old", "year-old", "years-old", "years of age")
_add(_T, "month", "months", "month", "mos", "month-old", "months old")
_add(_T, "week", "weeks", "week", "wks", "week-old", "weeks old")
_add(_T, "day", "days", "day", "day-old", "days old")
_add(_T, "hour", "hours", "hour", "hrs", "hr")
_add(_T, "minute", "minutes", "minute", "mins", "min")
_add(_T, "second", "seconds", "secs", "sec")
_add(_T, "decade", "decades", "decade")
_add(_T, "century", "centuries", "century")
_add(_D, "kilometer", "kilometres", "kilometers", "kilometre", "kilometer", "km", "kms")
_add(_D, "mile", "miles", "mile", "mi")
_add(_D, "nautical_mile", "nautical miles", "nautical mile")
_add(_D, "meter", "metres", "meters", "metre", "meter")
_add(_D, "centimeter", "centimetres", "centimeters", "centimetre", "centimeter", "cm")
_add(_D, "decimeter", "decimetres", "decimeters", "dm")
_add(_D, "millimeter", "millimetres", "millimeters", "millimetre", "millimeter", "mm")
_add(_D, "foot", "feet", "foot", "ft")
_add(_D, "inch", "inches", "inch")
_add(_D, "yard", "yards", "yard", "yds")
_add(_D, "light_year", "light-years", "light years", "light-year", "light year")
_add(_D, "kilogram", "kilograms", "kilogram", "kilos", "kilo", "kg", "kgs")
_add(_D, "gram", "grams", "gram", "gramme", "grammes")
_add(_D, "milligram", "milligrams", "milligram", "mg")
_add(_D, "microgram", "micrograms", "microgram", "μg", "µg", "mcg", "microgrammes", "microgramme")
_add(_D, "metric_ton", "tonnes", "tonne", "metric tons", "metric ton", "metric tonnes")
_add(_D, "ton", "tons", "ton")
# A ton named by its system: a bare "ton" may be any of the three, these are not.
_add(_D, "short_ton", "short tons", "short ton", "u.s. tons", "u.s. ton", "us tons", "us ton", "u.s. short tons")
_add(_D, "long_ton", "long tons", "long ton", "imperial tons", "imperial ton")
_add(_D, "pound", "pounds", "pound", "lbs", "lb")
_add(_D, "ounce", "ounces", "ounce", "oz")
_add(_D, "carat", "carats", "carat")
_add(_D, "dram", "drams", "dram")
_add(_D, "stone", "stone")
_add(_D, "micrometer", "micrometres", "micrometers", "microns", "micron", "μm", "µm")
_add(_D, "nanometer", "nanometres", "nanometers", "nanometre", "nanometer", "nm")
_add(_D, "mile / hour", "mph", "m.p.h.", "m.p.h", "miles per hour", "miles an hour", "mile per hour")
_add(
    _D,
    "kilometer / hour",
    "km/h",
    "kph",
    "kmh",
    "kilometres per hour",
    "kilometers per hour",
    "kilometres an hour",
    "km/hr",
    "kmph",
    "km per hour",
)
_add(_D, "meter / second", "m/s", "metres per second", "meters per second")
_add(_D, "knot", "knots", "knot")
_add(_D, "mile / gallon", "mpg", "miles per gallon")
_add(
    _D,
    "degree_Celsius",
    "degrees celsius",
    "degree celsius",
    "degrees centigrade",
    "celsius",
    "°c",
    "º c",
    "°",
    "ºc",
    "deg c",
    "deg celsius",
    "deg. c",
    "celcius",
    "degrees celcius",
    "centigrade",
    "degrees c",
)
_add(
    _D,
    "degree_Fahrenheit",
    "degrees fahrenheit",
    "degree fahrenheit",
    "fahrenheit",
    "°f",
    "ºf",
    "deg f",
    "deg fahrenheit",
    "farenheit",
    "degrees farenheit",
    "degrees f",
)
_add(_D, "kelvin", "kelvin", "kelvins")
_add(_D, "degree", "degrees", "degree", "deg", "deg.")
_add(_D, "radian", "radians", "radian", "rad")
_add(_D, "turn", "turns", "turn")
_add(_D, "tablespoon", "tablespoons", "tablespoon", "tbsp")
_add(_D, "teaspoon", "teaspoons", "teaspoon", "tsp")
_add(_D, "cup", "cups", "cup")
_add(_D, "bit", "bits", "bit")
_add(_D, "foot ** 2", "square feet", "square foot", "sq ft", "sq. ft.", "sq. ft", "sqft", "sq feet")
_add(
    _D, "meter ** 2", "square metres", "square meters", "square metre", "square meter", "sq m", "sqm", "m2", "m²", "m^2"
)
_add(
    _D,
    "kilometer ** 2",
    "square kilometres",
    "square kilometers",
    "sq km",
    "km2",
    "km²",
    "square kilometre",
    "km^2",
    "km squared",
    "kilometres squared",
    "kilometers squared",
)
_add(_D, "kilometer ** 3", "cubic kilometres", "cubic kilometers", "km3", "km³", "km^3", "km cubed")
_add(_D, "mile ** 2", "square miles", "square mile", "sq mi", "sq miles")
_add(_D, "acre", "acres", "acre")
_add(_D, "hectare", "hectares", "hectare", "ha")
_add(_D, "liter", "litres", "liters", "litre", "liter")
_add(_D, "milliliter", "millilitres", "milliliters", "ml")
_add(_D, "gallon", "gallons", "gallon", "gal")
_add(_D, "barrel", "barrels", "barrel", "bbl")
_add(_D, "barrel / day", "bpd", "b/d", "bbl/d")  # oil output is quoted per day
_add(_D, "foot ** 3", "cubic feet", "cubic foot", "cu ft")
_add(_D, "meter ** 3", "cubic metres", "cubic meters", "m3", "m³", "m^3")
_add(_D, "centiliter", "centilitres", "centiliters", "cl")
_add(_D, "watt_hour", "watt-hours", "watt hours", "wh")
_add(_D, "electron_volt", "electronvolts", "electron volts")
_add(_D, "kilowatt_hour", "kilowatt-hours", "kilowatt hours", "kilowatt-hour", "kwh")
_add(_D, "megawatt_hour", "megawatt-hours", "megawatt hours", "mwh")
_add(_D, "gigawatt_hour", "gigawatt-hours", "gigawatt hours", "gwh")
_add(_D, "terawatt_hour", "terawatt-hours", "terawatt hours", "twh")
_add(_D, "watt", "watts", "watt")
_add(_D, "kilowatt", "kilowatts", "kilowatt", "kw")
_add(_D, "megawatt", "megawatts", "megawatt", "mw")
_add(_D, "gigawatt", "gigawatts", "gigawatt", "gw")
_add(_D, "horsepower", "horsepower", "hp", "bhp")
_add(_D, "pound_force_foot", "pound-feet", "pound feet", "lb-ft", "lb ft")
_add(_D, "newton_meter", "newton-metres", "newton metres", "newton-meters", "newton meters")
_add(_D, "joule", "joules", "joule")
_add(_D, "kilocalorie", "calories", "calorie", "kcal")
_add(_D, "british_thermal_unit", "btu", "btus")
_add(_D, "mmBTU", "mmbtu")
_add(_D, "volt", "volts", "volt")
_add(_D, "kilovolt", "kilovolts", "kilovolt")
_add(_D, "ampere", "amperes", "ampere", "amps")
_add(_D, "metric_horsepower", "metric horsepower")
_add(_D, "pascal", "pascals", "pascal")
_add(_D, "megapascal", "megapascals", "megapascal")
_add(_D, "newton", "newtons", "newton")
_add(_D, "milliampere_hour", "mah", "milliamp-hours", "milliamp hours", "milliampere-hours")
_add(_D, "revolutions_per_minute", "rpm")
_add(_D, "hertz", "hertz", "hz")
_add(_D, "gigahertz", "gigahertz", "ghz")
_add(_D, "megahertz", "megahertz", "mhz")
_add(_D, "byte", "bytes", "byte")
_add(_D, "kilobyte", "kilobytes", "kb")
_add(_D, "megabyte", "megabytes", "mb")
_add(_D, "gigabyte", "gigabytes", "gb")
_add(_D, "terabyte", "terabytes", "tb")
_add(_D, "petabyte", "petabytes", "pb")
_add(_D, "megabit / second", "mbps", "megabits per second")
_add(_D, "gigabit / second", "gbps", "gigabits per second")
_add(_D, "decibel", "decibels", "db")

# Case-sensitive symbols glued to or right after the number.
SYMBOL_UNITS: dict[str, tuple[str, QuantityKind]] = {
    "m": ("meter", _D), "g": ("gram", _D), "L": ("liter", _D), "C": ("degree_Celsius", _D),
    "F": ("degree_Fahrenheit", _D), "K": ("kelvin", _D), "W": ("watt", _D), "V": ("volt", _D),
    "h": ("hour", _T), "s": ("second", _T), "t": ("metric_ton", _D), "in": ("inch", _D), "mi": ("mile", _D),
    "Nm": ("newton_meter", _D), "PS": ("metric_horsepower", _D), "kV": ("kilovolt", _D), "mA": ("milliampere", _D),
    "MPa": ("megapascal", _D), "kPa": ("kilopascal", _D), "GPa": ("gigapascal", _D), "kN": ("kilonewton", _D),
}  # fmt: skip
# Symbols in their exact case that stand for nothing else after a number, spaced or glued:
# "450 Nm" of torque, "300 PS", "a 5 W charger".
_SPACED_EXACT_RE = re.compile(r"[ \u00a0](Nm|PS|kV|mA|MPa|kPa|GPa|kN|W|V)(?![A-Za-z0-9'’/-])")

_WORD_RE = re.compile(
    r"[ \u00a0-]?(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"[ \u00a0-]") for w in sorted(WORD_UNITS, key=len, reverse=True))
    + r")(?![A-Za-z0-9²³])",
    re.IGNORECASE,
)
_SYMBOL_RE = re.compile(r"(?:" + "|".join(sorted(SYMBOL_UNITS, key=len, reverse=True)) + r")(?![A-Za-z0-9'’])")
_SPACED_SYMBOL_RE = re.compile(r" (?:C|F|m|L)(?![A-Za-z0-9'’-])(?=[ \u00a0]*(?:$|[.,;:)]|x\b|\d|of\b))")
# Glued "C"/"F" is a temperature only near a word about temperature ("13F filing", "777F" are names).
_TEMPERATURE_CONTEXT_RE = re.compile(
    r"temperat|degree|weather|heat|cold|warm|hot\b|cool|freez|°|celsius|fahrenheit", re.IGNORECASE
)
# Symbol-only units that are also common words: need the number glued or a space and no article.
_RISKY_WORDS = frozenset(
    {"in", "min", "sec", "gal", "ha", "nm", "db", "mb", "gb", "tb", "pb", "kb", "hr", "oz", "ft", "mos"}
)


_BY_SURFACE = {re.sub(r"[\s-]+", " ", k): k for k in WORD_UNITS}


_ELECTRONVOLTS = {"eV": "electron_volt", "keV": "kiloelectron_volt", "MeV": "megaelectron_volt",
                  "GeV": "gigaelectron_volt", "TeV": "teraelectron_volt"}  # fmt: skip
_ELECTRONVOLT_RE = re.compile(r"[ \u00a0]?(eV|keV|MeV|GeV|TeV)(?![A-Za-z])")
_SPACED_INCH_RE = re.compile(r" in(?=[ \u00a0]*(?:$|[.,;:)]|thick|long|wide|tall|high|deep|across|diameter)\b)")
_SPACED_TEMPERATURE_RE = re.compile(r" (?:C|F)(?=[ \u00a0]+[a-z]|[ \u00a0]*[!?]|$)")


def _plausible_temperature(text: str, end: int) -> bool:
    digits = re.search(r"-?\d+(?:\.\d+)?$", text[max(0, end - 12) : end])
    return digits is not None and -90 <= float(digits.group()) <= 150


def _temperature_context(text: str, offset: int) -> bool:
    return bool(_TEMPERATURE_CONTEXT_RE.search(text, max(0, offset - 100), min(len(text), offset + 100)))


# After "second": what makes it the ordinal of a part of a contest or a list, not a unit of time.
_ORDINAL_SECOND_RE = re.compile(
    r"[\s\u00a0-]+second[\s\u00a0-]+(?:half|quarter|period|round|leg|set|innings?|stage|place|string|team|tier|phase)\b",
    re.IGNORECASE,
)


def unit_after(text: str, end: int) -> tuple[str, QuantityKind, int] | None:
    """The pint unit written right after a number ending at ``end``."""
    if _ORDINAL_SECOND_RE.match(text, end):
        return None  # "27 second-half points", "9 second-round picks": the ordinal, not seconds
    limit = min(len(text), end + 32)
    exact = _SPACED_EXACT_RE.match(text, end, limit)
    if exact:
        unit, kind = SYMBOL_UNITS[exact.group(1)]
        return unit, kind, exact.end()
    match = _WORD_RE.match(text, end, limit)
    if match:
        surface = match.group().lstrip(" \u00a0-").lower()
        surface = re.sub(r"[\s\u00a0-]+", " ", surface)
        key = _BY_SURFACE.get(surface)
        if key is not None:
            glued = match.group()[:1] not in (" ", "\u00a0", "-")
            if key in _RISKY_WORDS and not glued and key not in ("ft", "oz", "mb", "gb", "tb", "kb"):
                return None
            if key == "nm" and match.group().lstrip(" \u00a0-") == "Nm":
                return "newton_meter", QuantityKind.DIMENSION, match.end()  # "450Nm" of torque
            if key == "°" and text[match.end() : match.end() + 1] in ("F", "f"):
                return "degree_Fahrenheit", QuantityKind.DIMENSION, match.end() + 1
            unit, kind = WORD_UNITS[key]
            return unit, kind, match.end()
    match = _SYMBOL_RE.match(text, end, limit)
    if match and match.group() != "in":
        if match.group() in ("C", "F") and not (
            _temperature_context(text, end) or re.match(r"\s*(?:$|[.,;:!?)])", text[match.end() : match.end() + 3])
        ):
            return None
        if text[match.end() : match.end() + 1] in ("-", "/"):
            return None  # "F-Series", "14.7C/ per security"
        unit, kind = SYMBOL_UNITS[match.group()]
        return unit, kind, match.end()
    # Electronvolts only in their exact case: "20 EV models" are electric vehicles.
    volts = _ELECTRONVOLT_RE.match(text, end, limit)
    if volts:
        return _ELECTRONVOLTS[volts.group(1)], _D, volts.end()
    # "2 1/2 in thick", "a pencil 2 in long": "in" only where a length is plainly meant.
    inch = _SPACED_INCH_RE.match(text, end, limit)
    if inch:
        return "inch", _D, inch.start() + 3
    match = _SPACED_SYMBOL_RE.match(text, end, limit)
    if match and (match.group().strip() in ("m", "L") or _temperature_context(text, end)):
        unit, kind = SYMBOL_UNITS[match.group().strip()]
        return unit, kind, match.end()
    # "Its 30 C outside!": a spaced C/F followed by an ordinary word.
    match = _SPACED_TEMPERATURE_RE.match(text, end, limit)
    if match and _plausible_temperature(text, end):
        unit, kind = SYMBOL_UNITS[match.group().strip()]
        return unit, kind, match.end()
    return vocabulary_unit(text, end)


# After a number: a unit symbol or up to five words of a unit name, spaced, hyphenated or glued ("5kt", "3-furlong").
_VOCABULARY_RE = re.compile(r"[ \u00a0-]?(?P<first>[A-Za-zµμΩ°][A-Za-zµμΩ]*)(?P<rest>(?:[ \u00a0-][a-z]+){0,4})")
_VOCABULARY_WORD_RE = re.compile(r"[ \u00a0-]([a-z]+)")


def vocabulary_unit(text: str, end: int) -> tuple[str, QuantityKind, int] | None:
    """A unit from pint's vocabulary (:mod:`factcheck.unit_names`) right after a number ending at ``end``.

    Symbols in their exact case ("661 kt", "12kHz", "2.14degF"); names in lower case, the longest that is known
    ("150 gigatonnes", "3 fluid ounces"); a glued "l" is litres ("1.5l"), a double prime inches ("25.5″").
    """
    if text[end : end + 1] == "″":
        return "inch", _D, end + 1
    match = _VOCABULARY_RE.match(text, end, min(len(text), end + 64))
    if match is None or text[match.end("first") : match.end("first") + 1].isdigit():
        return None
    names, symbols = vocabulary()
    first = match.group("first")
    if first in symbols:
        unit, kind = symbols[first]
        return unit, kind, match.end("first")
    if first == "l" and match.start("first") == end:
        return "liter", _D, match.end("first")
    if not first.islower():
        return None
    words = [(first, match.end("first"))]
    words += [(w.group(1), w.end()) for w in _VOCABULARY_WORD_RE.finditer(match.group("rest"))]
    offset = match.start("rest")
    for count in range(len(words), 0, -1):
        key = " ".join(word for word, _ in words[:count])
        if key in names:
            unit, kind = names[key]
            word_end = words[count - 1][1] if count == 1 else offset + words[count - 1][1]
            return unit, kind, word_end
    return None
