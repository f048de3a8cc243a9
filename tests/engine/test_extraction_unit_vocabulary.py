"""Units drawn from pint's definitions: names, plurals, prefixed names and symbols after a number."""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_quantities
from factcheck.quantity import QuantityKind
from factcheck.unit_names import vocabulary
from factcheck.units import ureg

K = QuantityKind

# (made-up sentence, surface, value, unit the quantity must equal in pint, kind)
UNITS = [
    ("The glacier lost 270 gigatonnes of ice.", "270 gigatonnes", 270, "gigatonne", K.DIMENSION),
    ("The test yielded 15 kt, a small blast.", "15 kt", 15, "kilotonne", K.DIMENSION),
    ("Emissions fell by 3.5 Mt last year.", "3.5 Mt", 3.5, "megatonne", K.DIMENSION),
    ("The speaker tops out at 20kHz.", "20kHz", 20, "kilohertz", K.DIMENSION),
    ("Nights were 4.5degF colder.", "4.5degF", 4.5, "degree_Fahrenheit", K.DIMENSION),
    ("The hull holds 9.5 ksi of stress.", "9.5 ksi", 9.5, "kip_per_square_inch", K.DIMENSION),
    ("Workers got 3 mSv of radiation.", "3 mSv", 3, "millisievert", K.DIMENSION),
    ("The horse won over 7 furlongs.", "7 furlongs", 7, "furlong", K.DIMENSION),
    ("Stir in 1/2 pint of milk.", "1/2 pint", 0.5, "pint", K.DIMENSION),
    ("Pour 3/4 quart of stock.", "3/4 quart", 0.75, "quart", K.DIMENSION),
    ("Add 2 fluid ounces of gin.", "2 fluid ounces", 2, "fluid_ounce", K.DIMENSION),
    ("The laptop has a 15.6″ screen.", "15.6″", 15.6, "inch", K.DIMENSION),
    ("It runs on a 2.0l engine.", "2.0l", 2.0, "liter", K.DIMENSION),
    ("The trip took 2 fortnights.", "2 fortnights", 2, "fortnight", K.DURATION),
    # oil output per day, abbreviated
    ("The field pumps 1.2 million b/d now.", "1.2 million b/d", 1.2e6, "barrel / day", K.DIMENSION),
    ("The field pumps 800,000 bpd now.", "800,000 bpd", 8e5, "barrel / day", K.DIMENSION),
    ("The well gives 40 bbl/d at best.", "40 bbl/d", 40, "barrel / day", K.DIMENSION),
]


@pytest.mark.parametrize(("text", "surface", "value", "unit", "kind"), UNITS)
def test_units_from_pints_vocabulary(text: str, surface: str, value: float, unit: str, kind: QuantityKind) -> None:
    found = [q for q in extract_quantities(text) if q.text == surface]
    assert len(found) == 1, [q.text for q in extract_quantities(text)]
    quantity = found[0]
    assert quantity.kind is kind and quantity.value == pytest.approx(value)
    assert ureg.parse_units(quantity.unit) == ureg.parse_units(unit)


# Unit names that are ordinary nouns, and symbols that are words: counted, not measured.
NOUNS = [
    ("She scored 3 points.", "3 points"),
    ("The club won 2 leagues.", "2 leagues"),
    ("They ordered 5 Teslas.", "5 Teslas"),
    ("He drank 4 shots.", "4 shots"),
]


@pytest.mark.parametrize(("text", "surface"), NOUNS)
def test_unit_names_that_are_nouns_stay_counts(text: str, surface: str) -> None:
    assert [(q.text, q.kind) for q in extract_quantities(text)] == [(surface, K.COUNT)]


def test_every_vocabulary_unit_parses_in_the_project_registry() -> None:
    names, symbols = vocabulary()
    assert len(names) > 500 and len(symbols) > 100
    for unit, _ in [*names.values(), *symbols.values()]:
        ureg.parse_units(unit)


def test_symbols_that_are_words_are_left_out() -> None:
    _, symbols = vocabulary()
    assert not {"in", "at", "pc", "fps", "pm", "am"} & set(symbols)
