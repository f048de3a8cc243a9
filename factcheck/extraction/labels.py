"""Numbers that label something rather than count or measure it.

A ZIP code ("Springfield, IL 62704"), a street number ("1600 Main Street"), a machine timestamp
("2021-03-04T10:15:00Z"), a class or stage ("a category 4 hurricane", "Phase 3 trials", "Type 2 diabetes") and the
plural of a numbered name ("Model 3s", "Channel 5s", "Boeing 747s") print digits that no check should add up.
Each rule reads the words that make the number a label, not the number itself.
"""

from __future__ import annotations

import re

from factcheck.extraction.dimensions import unit_after

_SPACE = r"[ \u00a0]"
# The two-letter postal codes of the US states and DC, in capitals: "IL 62704", "NY 10001-1234".
_US_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA"
    "|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC"
)
_ZIP_RE = re.compile(rf"(?<![A-Za-z])(?:{_US_STATES}){_SPACE}+(?P<n>\d{{5}}(?:-\d{{4}})?)(?![\d,.]?\d)")
# "1600 Main Street", "350 Fifth Ave.", "10 Downing Street": a number, up to three capitalised words, a street word.
_STREET_RE = re.compile(
    rf"(?<![\d,.$£€¥])(?P<n>\d{{1,5}})[A-Za-z]?{_SPACE}+(?:(?:[NSEW]\.?|North|South|East|West){_SPACE}+)?"
    rf"(?:[A-Z][A-Za-z'’.-]+{_SPACE}+){{1,3}}"
    r"(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Way|Place|Court|Terrace|Parkway|Pkwy"
    r"|Highway|Hwy\.?|Square|Crescent|Close|Gardens|Row|Plaza)(?![A-Za-z])"
)
# ISO 8601 dates with a time of day: "2021-03-04T10:15:00Z", "2021-03-04 10:15:00+02:00".
_TIMESTAMP_RE = re.compile(
    r"(?<![\w.-])\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?(?![\w:])"
)
# A class, stage or numbered item named by the word before it: "category 4", "Stage 3", "Type 2", "Route 66".
# Read backwards from each short number, so that a sentence is scanned for digits only.
_CLASS_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?i:category|cat\.|level|stage|phase|grade|tier|class|type|channel|route|gate|platform|terminal"
    r"|exit|chapter|section|article|room|seat|flight|district|ward|precinct|season|episode|zone|sector|version"
    r"|generation|gen|division|pier|berth|runway|highway|interstate)"
    rf"{_SPACE}+$"
)
# A numbered week of a year: "week 21 of 2016", "Week 22/2019", "epidemiological week 34". The count of weeks comes
# before the word ("15 weeks"); after it, and tied to a year or an epidemiological calendar, the number names a week.
_WEEK_RE = re.compile(
    rf"(?<![A-Za-z])(?i:epi(?:demiological)?{_SPACE}+week){_SPACE}+(?P<e>\d{{1,2}})(?!\d)"
    rf"|(?<![A-Za-z])(?i:week){_SPACE}+(?P<n>\d{{1,2}})(?={_SPACE}+of{_SPACE}+(?:19|20)\d\d\b|/(?:19|20)?\d\d\b)"
)
_SHORT_NUMBER_RE = re.compile(r"\d{1,4}[A-Za-z]?(?![\d.,%]?\d|[%\w])")
_SCALE_OR_PERCENT_RE = re.compile(
    r"[ \u00a0-]?(?:thousand|million|billion|trillion|bn|mn|m\b|k\b|%|percent|per[ \u00a0]?cent)", re.IGNORECASE
)
# "Model 3s", "Channel 5s", "Boeing 747s": a numbered name in the plural is no duration in seconds.
_NAME_PLURAL_RE = re.compile(rf"(?<![A-Za-z])(?P<w>[A-Z][A-Za-z&-]*){_SPACE}(?P<n>\d{{1,4}}s)(?![A-Za-z0-9])")
_NOT_NAMES = frozenset({"The", "A", "An", "In", "On", "At", "For", "Of", "To", "By", "And", "Or", "But", "From", "Up",
                        "About", "Around", "Over", "Under", "Only", "Just", "All", "Top", "Than"})  # fmt: skip


# Cheap tests that skip a rule when its words cannot be in the text: most sentences hold no label at all.
_STREET_WORDS = ("Street", "St.", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Drive", "Way", "Place", "Court",
                 "Terrace", "Parkway", "Pkwy", "Highway", "Hwy", "Square", "Crescent", "Close", "Gardens", "Row",
                 "Plaza")  # fmt: skip
_FIVE_DIGITS_RE = re.compile(r"\d{5}")
_DIGIT_S_RE = re.compile(r"\ds(?![A-Za-z0-9])")


def label_number_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the numbers that label rather than count, in text order (whole timestamps)."""
    spans: list[tuple[int, int]] = []
    if _FIVE_DIGITS_RE.search(text):
        spans += [m.span("n") for m in _ZIP_RE.finditer(text)]
    if any(word in text for word in _STREET_WORDS):
        spans += [m.span("n") for m in _STREET_RE.finditer(text)]
    if ":" in text:
        spans += [m.span() for m in _TIMESTAMP_RE.finditer(text)]
    for m in _SHORT_NUMBER_RE.finditer(text):
        start = m.start()
        if start == 0 or text[start - 1] not in " \u00a0" or text[start - 2 : start - 1].isdigit():
            continue
        # "sea level 3 metres higher", "phase 2 billion": a unit or a scale after it makes the number a measure.
        if (
            _CLASS_BEFORE_RE.search(text, max(0, start - 16), start)
            and unit_after(text, m.end()) is None
            and not _SCALE_OR_PERCENT_RE.match(text, m.end())
        ):
            spans.append(m.span())
    if "eek" in text:
        spans += [m.span("e") if m.group("e") else m.span("n") for m in _WEEK_RE.finditer(text)]
    if _DIGIT_S_RE.search(text):
        spans += [m.span("n") for m in _NAME_PLURAL_RE.finditer(text) if m.group("w") not in _NOT_NAMES]
    return sorted(set(spans))
