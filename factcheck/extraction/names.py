"""Numbers that belong to a name, not to a quantity: "S&P 500", "FTSE 100", "Boeing 737 Max", "Model 3".

Stock indices and ranking lists carry their size in their name ("Nikkei 225", "Russell 2000", "Fortune 500"),
and products their model number ("Model 3", "iPhone 15", "Boeing 737 Max"). A finder that reads them as
figures counts 500 firms that were never counted, or a year 2000 in an index. Two rules: a table of the name
families that are followed by a number (indices, ranking lists, product lines), and a number set between a
capitalised name and a model word ("737 Max", "11 Pro").
"""

from __future__ import annotations

import re

from factcheck.literals import gated

_SPACE = r"[ \u00a0]"
# Families of names whose number is part of the name. Indices by their exchange or provider, ranking lists,
# product lines. Matched case-sensitively: "model 3" in lower case is a count.
_FAMILIES = (
    r"S&P(?:/(?:ASX|TSX|BMV|NZX))?|FTSE(?:[ \u00a0](?:MIB|AIM|All-World|Eurofirst|Bursa[ \u00a0]Malaysia"
    r"[ \u00a0]KLCI))?"
    r"|Nikkei|Russell|(?:Euro[ \u00a0])?(?:Stoxx|STOXX)(?:[ \u00a0]Europe)?|CAC|M?DAX|TecDAX|SDAX|Nifty|NIFTY|Sensex"
    r"|SENSEX|BSE|NSE|Kospi|KOSPI|Kosdaq|KOSDAQ|ASX|TSX|IBEX|Ibex|AEX|SMI|OMX[SCH]?|ATX|BEL|PSI|WIG|Topix|TOPIX"
    r"|Hang[ \u00a0]Seng(?:[ \u00a0]China)?|CSI|SSE|MSCI(?:[ \u00a0][A-Z][A-Za-z]+)?|Wilshire|Straits[ \u00a0]Times"
    r"|Fortune(?:[ \u00a0]Global)?|Forbes(?:[ \u00a0]Global)?|Billboard[ \u00a0]Hot"
    r"|Model|Boeing|Airbus|iPhone|iPad|Pixel|PlayStation|Xbox|Windows|Formula|Galaxy(?:[ \u00a0][A-Z])?"
)
_FAMILY_RE = re.compile(rf"(?<![A-Za-z&/.-])(?:{_FAMILIES}){_SPACE}(?P<n>\d{{1,4}})(?![\d.,%]\d|[\d%])")
_FAMILY_RE = gated(_FAMILY_RE)  # read over the whole article: skipped where none of its words is
# "Boeing 737 Max", "iPhone 11 Pro", "the 787 Dreamliner": a number before a model word, with or without its maker.
_MODEL_RE = re.compile(
    rf"(?:(?<![A-Za-z])[A-Z][A-Za-z&'’-]*{_SPACE})?(?<![\d.,])(?P<n>\d{{1,4}})(?![\d.,])"
    rf"(?={_SPACE}(?:Max|MAX|Pro|Plus|Ultra|Mini|Lite|Neo|Edition|Series|Dreamliner|XL|GT)(?![A-Za-z]))"
)
_MODEL_WORDS = ("Max", "MAX", "Pro", "Plus", "Ultra", "Mini", "Lite", "Neo", "Edition", "Series", "Dreamliner", "XL")
_MODEL_WORDS += ("GT",)
# "9mobile", "3com", "7eleven": digits glued to a word of four letters or more that is no unit ("5mins", "20years",
# "3percent", "4million" keep their figure).
_GLUED_NAME_RE = re.compile(
    r"(?<![\w.,$£€¥₹-])(?P<n>\d{1,4})(?=[a-z]{4,}\b)"
    r"(?!(?:min|sec|hour|hrs|day|week|month|year|yr|mile|litre|liter|metre|meter|tonne|ton|pound|gram|kilo|acre|inch"
    r"|feet|foot|yard|knot|byte|percent|per|cent|thousand|million|billion|trillion|lakh|crore|dozen|hundred|point|time"
    r"|fold|storey|story|bed|room|seat|door|star|part|unit|piece|people|person|plus)[a-z]*\b)"
)
# A capitalised ordinal word inside a name: "Go First", "First Republic", "Second Avenue".
_ORDINAL_WORDS = r"First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth"
_NAME_WORD_BEFORE_RE = re.compile(rf"(?<![A-Za-z])(?P<w>[A-Z][A-Za-z&'’.-]*){_SPACE}$")
_NOT_NAME_WORDS = frozenset(
    {"The", "A", "An", "In", "On", "At", "For", "Of", "To", "By", "And", "Or", "But", "Its", "Their", "His", "Her",
     "Our", "This", "That", "Came", "Finished", "Ranked", "Placed"}
)  # fmt: skip
_ORDINAL_BEFORE_NAME_RE = re.compile(
    rf"(?<![A-Za-z])(?P<o>{_ORDINAL_WORDS}){_SPACE}(?!(?:Quarter|Half|Place|Time|Round|Year|Day|Week|Month|Term)\b)"
    r"[A-Z][a-z]"
)


# The last text read and its spans: the time finder and the quantity finder both ask for the same text in turn.
# Keyed by identity, and the text is held, so a new string can never be taken for the old one.
_last: tuple[str, tuple[tuple[int, int], ...]] = ("", ())


def named_number_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the numbers (digits only) that are part of a name, in text order."""
    global _last
    last_text, last_spans = _last
    if last_text is text:
        return list(last_spans)
    spans = [match.span("n") for match in _FAMILY_RE.finditer(text)]
    if any(map(text.__contains__, _MODEL_WORDS)):  # the pattern is case-sensitive and needs one of them after
        spans += [match.span("n") for match in _MODEL_RE.finditer(text)]
    spans += [match.span("n") for match in _GLUED_NAME_RE.finditer(text)]
    found = sorted(set(spans))
    _last = (text, tuple(found))
    return found


def is_name_ordinal(text: str, start: int, end: int) -> bool:
    """ "Go First", "First Republic": a capitalised ordinal word next to another capitalised name word."""
    if not text[start : start + 1].isupper():
        return False
    before = _NAME_WORD_BEFORE_RE.search(text, max(0, start - 30), start)
    if before is not None and before.group("w") not in _NOT_NAME_WORDS:
        return True
    after = _ORDINAL_BEFORE_NAME_RE.match(text, start, min(len(text), end + 30))
    return after is not None and after.end("o") == end
