"""Currencies from ISO 4217 (CLDR names and symbols via Babel) and the spellings of news copy."""

from __future__ import annotations

import pytest

from factcheck.currency_names import ISO_CURRENCIES, WRITTEN_NAMES
from factcheck.extraction import extract_quantities
from factcheck.quantity import QuantityKind
from factcheck.units import CURRENCIES, is_currency, ureg


def test_every_code_the_engine_produced_before_is_still_known() -> None:
    before = " ".join(
        ["USD EUR GBP JPY CNY INR CAD AUD NZD HKD SGD CHF KRW RUB BRL MXN ZAR SEK NOK DKK PKR NGN KES GHS TRY",
         "ILS AED SAR PHP IDR THB TWD PLN MYR BTC DEM FRF ESP NLG ITL FIM"]
    ).split(" ")  # fmt: skip
    assert [code for code in before if code not in CURRENCIES] == []


@pytest.mark.parametrize("code", ["HUF", "CZK", "ISK", "UAH", "VND", "EGP", "ARS", "CLP", "COP", "QAR", "HRK"])
def test_iso_codes_beyond_the_old_hand_list_are_currencies_with_their_own_dimension(code: str) -> None:
    assert code in ISO_CURRENCIES and is_currency(code)
    assert ureg.parse_units(code).dimensionality != ureg.parse_units("USD").dimensionality


@pytest.mark.parametrize("code", ["XAU", "XAG", "XXX", "XTS", "XDR"])
def test_metals_and_test_codes_are_not_money(code: str) -> None:
    assert code not in CURRENCIES


@pytest.mark.parametrize(
    ("name", "code"),
    [("danish kroner", "DKK"), ("hungarian forints", "HUF"), ("forints", "HUF"), ("bucks", "USD"), ("quid", "GBP"),
     ("danish crowns", "DKK"), ("swedish crowns", "SEK"), ("dollars", "USD"), ("euros", "EUR"), ("zlotys", "PLN"),
     ("chinese yuan", "CNY"), ("turkish lira", "TRY"), ("cedi", "GHS"), ("japanese yen", "JPY")],
)  # fmt: skip
def test_written_names_map_to_their_code(name: str, code: str) -> None:
    assert WRITTEN_NAMES[name] == code


# (made-up sentence, surface, value, code)
MONEY = [
    ("She sold the boat for 4,500 Danish crowns.", "4,500 Danish crowns", 4500, "DKK"),
    ("The fine came to 12,000 Danish kroner.", "12,000 Danish kroner", 12000, "DKK"),
    ("A night there costs 30,000 forints.", "30,000 forints", 30000, "HUF"),
    ("The rent was 900 Czech korunas.", "900 Czech korunas", 900, "CZK"),
    ("He bet 20 bucks on the horse.", "20 bucks", 20, "USD"),
    ("The pint cost him 6 quid.", "6 quid", 6, "GBP"),
    ("The club paid 8 million Swiss francs.", "8 million Swiss francs", 8e6, "CHF"),
    ("Exports reached 40 billion hryvnias.", "40 billion hryvnias", 40e9, "UAH"),
    ("The bond raised DKK 750 million.", "DKK 750 million", 750e6, "DKK"),
    ("Her bonus was 420,000 SEK before tax.", "420,000 SEK", 420000, "SEK"),
    ("The car costs 1.2 million NIS.", "1.2 million NIS", 1.2e6, "ILS"),
    ("The chip cost ₪45 at the kiosk.", "₪45", 45, "ILS"),
    ("A sack of rice costs 20,000 Vietnamese dong.", "20,000 Vietnamese dong", 20000, "VND"),
]


@pytest.mark.parametrize(("text", "surface", "value", "code"), MONEY)
def test_currency_names_codes_and_symbols(text: str, surface: str, value: float, code: str) -> None:
    money = [q for q in extract_quantities(text) if q.kind is QuantityKind.MONEY]
    assert [(q.text, q.value, q.unit) for q in money] == [(surface, pytest.approx(value), code)]


# Codes and currency words that are also English: no money unless something says so.
NOT_MONEY = [
    "The TOP 10 players met in the final.",
    "She won 3 games in a row.",
    "Fans bought ALL 5 records.",
    "He read the PHP 8 manual.",
]


@pytest.mark.parametrize("text", NOT_MONEY)
def test_codes_and_words_that_are_also_english_are_not_money(text: str) -> None:
    assert [q.text for q in extract_quantities(text) if q.kind is QuantityKind.MONEY] == []
