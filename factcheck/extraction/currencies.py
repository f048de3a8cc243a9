"""Currency symbols, codes and words, each mapped to an ISO code in the pint registry."""

from __future__ import annotations

import re

from factcheck.units import CURRENCIES

# Written before the number: "$53", "US$4.3bn", "RMB 280,154", "Rs 1,062", "HK$ 12".
PREFIXES: dict[str, str] = {
    "us$": "USD", "u.s.$": "USD", "usd": "USD", "$": "USD", "us $": "USD", "$us": "USD", "$a": "AUD", "$nz": "NZD",
    "c$": "CAD", "ca$": "CAD", "cad": "CAD", "a$": "AUD", "au$": "AUD", "aud": "AUD",
    "nz$": "NZD", "hk$": "HKD", "hk $": "HKD", "hkd": "HKD", "s$": "SGD", "sgd": "SGD", "nt$": "TWD",
    "r$": "BRL", "mx$": "MXN",
    "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "¥": "JPY", "jpy": "JPY", "￥": "JPY",
    "rmb": "CNY", "cny": "CNY", "cn¥": "CNY", "yuan": "CNY",
    "₹": "INR", "rs": "INR", "rs.": "INR", "inr": "INR", "re": "INR",
    "chf": "CHF", "fr.": "CHF", "₩": "KRW", "krw": "KRW", "₽": "RUB", "rub": "RUB",
    "zar": "ZAR", "r": "ZAR", "₦": "NGN", "₺": "TRY", "₪": "ILS", "aed": "AED", "sar": "SAR",
    "₱": "PHP", "rp": "IDR", "฿": "THB", "₿": "BTC", "btc": "BTC", "pkr": "PKR", "rm": "MYR", "myr": "MYR",
    "dollars": "USD", "dollar": "USD", "euros": "EUR",
    "ksh": "KES", "kshs": "KES", "ksh.": "KES", "kes": "KES", "gh₵": "GHS", "gh¢": "GHS", "ghs": "GHS", "ghc": "GHS",
}  # fmt: skip

# Written after the number: "29.7 million euros", "280 yuan", "5,000 rupees".
SUFFIXES: dict[str, str] = {
    "dollars": "USD", "dollar": "USD", "usd": "USD", "us dollars": "USD", "u.s. dollars": "USD",
    "euros": "EUR", "euro": "EUR", "eur": "EUR",
    "pounds sterling": "GBP", "sterling": "GBP", "gbp": "GBP", "british pounds": "GBP",
    "yen": "JPY", "jpy": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "cny": "CNY", "yuan renminbi": "CNY",
    "rupees": "INR", "rupee": "INR", "inr": "INR", "indian rupees": "INR",
    "pakistani rupees": "PKR",
    "canadian dollars": "CAD", "australian dollars": "AUD", "hong kong dollars": "HKD", "hong kong dollar": "HKD",
    "hk dollars": "HKD", "hk dollar": "HKD", "nz dollars": "NZD", "new taiwan dollars": "TWD",
    "singapore dollars": "SGD", "new zealand dollars": "NZD", "taiwan dollars": "TWD",
    "swiss francs": "CHF", "francs": "CHF", "won": "KRW", "rubles": "RUB", "roubles": "RUB",
    "reais": "BRL", "real": "BRL", "pesos": "MXN", "mexican pesos": "MXN", "rand": "ZAR",
    "kronor": "SEK", "kroner": "NOK", "naira": "NGN", "lira": "TRY", "shekels": "ILS",
    "dirhams": "AED", "riyals": "SAR", "rupiah": "IDR", "baht": "THB", "zloty": "PLN",
    "deutsche marks": "DEM", "deutschmarks": "DEM", "french francs": "FRF", "pesetas": "ESP", "peseta": "ESP",
    "guilders": "NLG", "dutch guilders": "NLG", "guilder": "NLG", "lire": "ITL", "italian lire": "ITL",
    "markka": "FIM", "markkaa": "FIM", "finnish markka": "FIM",
    "kenyan shillings": "KES", "kenya shillings": "KES", "cedis": "GHS", "cedi": "GHS", "ghana cedis": "GHS",
    "bitcoin": "BTC", "bitcoins": "BTC", "ringgit": "MYR", "myr": "MYR", "btc": "BTC",
    "us dollar": "USD", "u.s. dollar": "USD", "chinese yuan": "CNY", "turkish lira": "TRY", "kuai": "CNY",
    "japanese yen": "JPY", "indian rupee": "INR", "canadian dollar": "CAD", "australian dollar": "AUD",
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "元": "CNY", "₹": "INR", "₩": "KRW",
}  # fmt: skip
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
_SUFFIX_RE = re.compile(
    r"[ \u00a0-]?(?:"
    + "|".join(re.escape(k).replace(r"\ ", r"[ \u00a0]") for k in sorted(SUFFIXES, key=len, reverse=True))
    + r"|pounds?)(?![A-Za-z])",
    re.IGNORECASE,
)
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
    window_start = max(0, start - 8)
    while window_start < start:
        match = _PREFIX_RE.search(text, window_start, start)
        if not match:
            return None
        symbol = match.group().strip().lower()
        begin = match.start()
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
    match = _SUFFIX_RE.match(text, end, min(len(text), end + 24))
    if not match:
        scaled = _SCALED_CODE_RE.match(text, end, min(len(text), end + 6))
        if scaled and scaled.group("code") in CURRENCIES:
            return scaled.group("code"), scaled.end(), 1e6 if scaled.group("scale") == "M" else 1e3
        return None
    word = re.sub(r"\s+", " ", match.group().strip(" \u00a0-").lower())
    symbol_or_code = not word.replace(" ", "").replace(".", "").isalpha() or match.group().strip(" \u00a0-").isupper()
    if symbol_or_code and re.match(r"[ \u00a0]?\d", text[match.end() : match.end() + 2]):
        return None  # a prefix of the next number: "$ 20.00 $ 37.97", "3 USD50"
    if word in SUFFIXES:
        # "75 USD million": the scale may follow the code.
        after = _SCALE_AFTER_CODE_RE.match(text, match.end(), min(len(text), match.end() + 12))
        if after and word.isalpha() and len(word) == 3:
            return SUFFIXES[word], after.end(), _SCALES[after.group("w").lower()]
        return SUFFIXES[word], match.end(), 1.0
    if word in ("pound", "pounds"):
        return AMBIGUOUS_POUND, match.end(), 1.0
    return None
