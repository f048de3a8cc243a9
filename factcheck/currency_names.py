"""Currencies by ISO 4217 code, with the names, plurals and symbols English text uses for them.

The codes, names ("Danish krone", plural "Danish kroner") and symbols ("CA$", "₪") come from the Unicode CLDR
data that Babel ships (pinned in requirements.txt), so the list follows the standard instead of being kept by
hand. What CLDR does not carry is kept here in small tables: the spellings of news copy ("bucks", "quid",
"Danish crowns"), which currency a bare generic word means by default ("dollars", "francs"), and the codes and
words that are also ordinary English and so are not read as money on their own ("TOP 10", "won 3 games").
"""

from __future__ import annotations

import re

from babel.numbers import get_currency_name, get_currency_symbol, list_currencies

# Codes in the ISO list that are not money a news figure is counted in: precious metals, fund and settlement
# units, testing and "no currency" codes.
_NOT_MONEY = frozenset(
    {"XAG", "XAU", "XPD", "XPT", "XBA", "XBB", "XBC", "XBD", "XDR", "XSU", "XTS", "XUA", "XXX", "XFO", "XFU", "XRE"}
)

# Not in ISO 4217, but printed as currencies in financial news.
_EXTRA_CODES = {"BTC": "bitcoin"}


def _iso_names() -> dict[str, str]:
    names = {
        code: get_currency_name(code, count=1, locale="en")
        for code in sorted(list_currencies())
        if code not in _NOT_MONEY and re.fullmatch(r"[A-Z]{3}", code)
    }
    return names | _EXTRA_CODES


# ISO code -> English name ("DKK": "Danish krone"), every current and former currency CLDR knows.
ISO_CURRENCIES: dict[str, str] = _iso_names()

# Codes that spell an English word or a common abbreviation in capitals ("TOP 10", "ALL 5 seats", "PHP 8",
# "AMD 7000 chips"): read as a currency only where a table below lists them explicitly.
CODES_ALSO_WORDS = frozenset(
    {"ALL", "TOP", "CUP", "PEN", "MOP", "BAM", "SOS", "GEL", "MAD", "BOB", "DOP", "PHP", "AMD", "STD", "TRY",
     "CAD", "NIO", "GIP", "SHP", "BOV", "COU", "CUC", "LAK", "MRO", "SLL", "SVC", "TMM", "ZMK", "AOA", "ERN",
     "ANG", "ARS", "BIF", "KID", "LOT", "RON", "SIT", "VEF", "YER", "AFN", "MZN", "GMD"}
)  # fmt: skip

# Currency words that are also ordinary words or other units: "won 3 games", "a real 5", "2 drams of
# whisky", "12 marks out of 20". They stay money where a country word goes before them ("South Korean won").
WORDS_ALSO_ENGLISH = frozenset(
    {"won", "real", "rand", "mark", "marks", "dram", "drams", "som", "soms", "kip", "kips", "pula", "tala", "lek",
     "leke", "lei", "leu", "lev", "leva", "vatu", "loti", "maloti", "dong", "dongs", "pound", "pounds", "ariary",
     "lari", "laris", "manat", "manats", "cordoba", "cordobas", "sucre", "sucres", "colon", "colons", "crown",
     "crowns", "unit", "units", "gold", "ouguiya", "escudo", "escudos", "inti", "balboa", "balboas", "birr",
     "nakfa", "kyat", "kyats", "ngultrum", "paanga", "dalasi", "dalasis", "denar", "denari", "tenge", "tolar",
     "tolars", "guarani", "guaranis", "sol", "soles", "new", "old", "convertible", "peso", "pesos", "account",
     "value", "austral", "ley", "cupon"}
)  # fmt: skip

# A bare generic word means the currency most news copy means by it; a country word before it says otherwise.
DEFAULT_FOR_WORD: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "franc": "CHF", "francs": "CHF", "krona": "SEK",
    "kronor": "SEK", "krone": "NOK", "kroner": "NOK", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB",
    "rubles": "RUB", "lira": "TRY", "lire": "ITL", "shekel": "ILS", "shekels": "ILS", "dinar": "KWD",
    "dinars": "KWD", "dirham": "AED", "dirhams": "AED", "riyal": "SAR", "riyals": "SAR", "rial": "IRR",
    "rials": "IRR", "shilling": "KES", "shillings": "KES", "reais": "BRL", "reals": "BRL", "peseta": "ESP",
    "pesetas": "ESP", "guilder": "NLG", "guilders": "NLG", "markka": "FIM", "markkaa": "FIM", "ringgit": "MYR",
    "ringgits": "MYR", "bitcoin": "BTC", "bitcoins": "BTC", "sterling": "GBP", "pounds sterling": "GBP",
    "pound sterling": "GBP", "won": "KRW", "real": "BRL", "rand": "ZAR", "pesos": "MXN", "peso": "MXN",
}  # fmt: skip

# How news copy writes money where CLDR's names do not: slang, older and translated names.
NEWS_SPELLINGS: dict[str, str] = {
    "bucks": "USD", "greenbacks": "USD", "quid": "GBP", "british pounds": "GBP", "kuai": "CNY", "rmb": "CNY",
    "yuan renminbi": "CNY", "chinese renminbi": "CNY", "danish crowns": "DKK", "swedish crowns": "SEK",
    "norwegian crowns": "NOK", "czech crowns": "CZK", "icelandic crowns": "ISK", "iceland crowns": "ISK",
    "estonian crowns": "EEK", "slovak crowns": "SKK", "deutsche marks": "DEM", "deutschmarks": "DEM",
    "deutsche mark": "DEM", "d-marks": "DEM", "italian lire": "ITL", "turkish liras": "TRY", "kenya shillings": "KES",
    "ghana cedis": "GHS", "hk dollars": "HKD", "hk dollar": "HKD", "nz dollars": "NZD", "taiwan dollars": "TWD",
    "taiwanese dollars": "TWD", "us dollars": "USD", "us dollar": "USD", "u.s. dollars": "USD",
    "u.s. dollar": "USD", "american dollars": "USD", "israeli shekels": "ILS", "new shekels": "ILS",
    "new israeli shekels": "ILS", "saudi riyals": "SAR", "uae dirhams": "AED", "emirati dirhams": "AED",
    "naira": "NGN", "cedis": "GHS", "zloty": "PLN", "zlotys": "PLN", "forint": "HUF", "forints": "HUF",
    "rupiah": "IDR", "baht": "THB", "hryvnia": "UAH", "hryvnias": "UAH", "hryvnas": "UAH", "kuna": "HRK",
    "kunas": "HRK", "ringgit malaysia": "MYR", "nis": "ILS", "cedi": "GHS",
}  # fmt: skip

# Symbols and letters written before a figure that CLDR does not list as an English symbol.
NEWS_PREFIXES: dict[str, str] = {
    "us$": "USD", "u.s.$": "USD", "us $": "USD", "$us": "USD", "$a": "AUD", "$nz": "NZD", "c$": "CAD",
    "au$": "AUD", "hk $": "HKD", "s$": "SGD", "rmb": "CNY", "yuan": "CNY", "￥": "JPY", "rs": "INR", "rs.": "INR",
    "re": "INR", "fr.": "CHF", "r": "ZAR", "₦": "NGN", "₺": "TRY", "฿": "THB", "₿": "BTC", "rp": "IDR",
    "rm": "MYR", "dollars": "USD", "dollar": "USD", "euros": "EUR", "ksh": "KES", "kshs": "KES", "ksh.": "KES",
    "gh₵": "GHS", "gh¢": "GHS", "ghc": "GHS", "₽": "RUB", "₴": "UAH", "zł": "PLN", "kč": "CZK", "nis": "ILS",
}  # fmt: skip


def _symbols() -> dict[str, str]:
    out: dict[str, str] = {}
    for code in ISO_CURRENCIES:
        if code in _EXTRA_CODES:
            continue
        symbol = get_currency_symbol(code, "en")
        if symbol != code and symbol not in ("¤",):
            out.setdefault(symbol.lower(), code)
    return out


# Symbol (lower case) -> code: "$", "€", "ca$", "₪" ...
SYMBOLS: dict[str, str] = _symbols()


def _written_names() -> dict[str, str]:
    """Lower-case currency names, singular and plural, with and without their country word."""
    out: dict[str, str] = {}
    last_words: dict[str, set[str]] = {}
    for code, name in ISO_CURRENCIES.items():
        if code in _EXTRA_CODES:
            continue
        forms = {name, get_currency_name(code, count=2, locale="en")}
        for form in forms:
            key = re.sub(r"\s+", " ", form.lower()).strip()
            if not key or "(" in key or any(ch.isdigit() for ch in key):
                continue  # "Chinese yuan (offshore)", "Turkish lira (1922–2005)": a variant, not what news means
            out.setdefault(key, code)
            last_words.setdefault(key.split()[-1], set()).add(code)
    # A last word that belongs to one current currency only ("forints", "hryvnias") names it alone.
    for word, codes in last_words.items():
        if len(codes) == 1 and word not in WORDS_ALSO_ENGLISH:
            out.setdefault(word, next(iter(codes)))
    return out


# Written name (lower case, single spaces) -> code: "danish kroner": "DKK", "forints": "HUF".
WRITTEN_NAMES: dict[str, str] = _written_names() | NEWS_SPELLINGS | DEFAULT_FOR_WORD
