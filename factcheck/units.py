"""The project's single pint registry.

Every unit string the engine emits (``Quantity.unit``) must parse here, except the
counted nouns of ``QuantityKind.COUNT``. Currencies are each given their own base
dimension on purpose: pint must refuse to add dollars to euros, and the only way to
compare two currencies is an explicit rate passed to :func:`convert_currency`.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pint

from factcheck.currency_names import ISO_CURRENCIES

ureg = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
Q_ = ureg.Quantity

# Every ISO 4217 code (and bitcoin), with its English name, from the CLDR data in factcheck.currency_names.
CURRENCIES: dict[str, str] = dict(ISO_CURRENCIES)

for _code in CURRENCIES:
    ureg.define(f"{_code} = [currency_{_code.lower()}]")

# A percentage point is not a percent: "up 2 points" from 4% is 6%, "up 2 percent" is 4.08%.
ureg.define("percentage_point = [percentage_point]")
ureg.define("basis_point = 0.01 * percentage_point")
# Things prices and counts are quoted per. Each is its own dimension so that
# "USD / share" never silently equals "USD / user".
ureg.define("share = [share]")
ureg.define("rank = [rank]")
ureg.define("mmBTU = 1e6 * british_thermal_unit")

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@lru_cache(maxsize=4096)
def per_unit(currency_or_unit: str, noun: str) -> str:
    """A pint-parsable "X / noun" string, defining ``noun`` as its own dimension if unknown.

    Defining on demand keeps the registry open to any per-unit noun an article uses
    ("per subscriber", "per seat") without a closed list.
    """
    name = noun_unit(noun)
    return f"{currency_or_unit} / {name}"


@lru_cache(maxsize=4096)
def noun_unit(noun: str) -> str:
    name = re.sub(r"[^A-Za-z0-9_]+", "_", noun.strip().lower()).strip("_") or "item"
    if not _IDENT.match(name):
        name = f"u_{name}"
    try:
        ureg.parse_units(name)
    except (pint.errors.UndefinedUnitError, pint.errors.DefinitionSyntaxError, AttributeError, ValueError):
        try:
            ureg.define(f"{name} = [{name}]")
        except (pint.errors.RedefinitionError, pint.errors.DefinitionSyntaxError, ValueError):
            return "count"
    return name


def parse_unit(unit: str) -> pint.Unit:
    return ureg.parse_units(unit)


def convert_currency(amount: float, from_code: str, to_code: str, rate: float) -> float:
    """Convert with an explicit rate (units of ``to_code`` per one ``from_code``).

    There is deliberately no built-in rate table: a fact check must say which rate it used.
    """
    if from_code not in CURRENCIES or to_code not in CURRENCIES:
        raise ValueError(f"unknown currency {from_code!r} or {to_code!r}")
    return amount * rate


def is_currency(unit: str) -> bool:
    return unit.split("/")[0].strip() in CURRENCIES


# Torque, as car reviews print it ("275 pound-feet").
ureg.define("pound_force_foot = pound_force * foot")
ureg.define("newton_meter = newton * meter")
