"""``Led`` finds the matches the whole-article scan finds, one for one, trying its pattern only where a leading word is.

``leading`` reads from a pattern the words every match starts with; a wrong word list would make the finders miss
matches, so the property tests compare ``Led.finditer`` with the pattern's own ``finditer`` (spans and groups), on
text drawn from the patterns' words in either case, pieces of them, the four letters re's case-blind matching takes
for ASCII ones, and separators; with and without ``pos`` and ``endpos``.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.literals import DIGIT, Led, leading
from factcheck.relations import (
    comparisons_examples,
    comparisons_expected,
    multiples_closeness,
    multiples_margins,
    multiples_words,
    time_between,
    time_now,
    time_records,
    time_spans,
    time_streaks,
    time_windows,
    word_ranges,
)

WRAPPED = {
    "by a fraction": multiples_words._BY_FRACTION,
    "hedged verb": multiples_words._HEDGED_VERB,
    "digit words": word_ranges._DIGIT_WORD,
    "class then examples": comparisons_examples._CLASS_THEN_EXAMPLES,
    "than expected": comparisons_expected.THAN_EXPECTED,
    "by a verb": multiples_margins._BY_VERB,
    "by a noun": multiples_margins._BY_NOUN,
    "since": time_windows._SINCE,
    "record since": time_records._RECORD,
    "close behind": multiples_closeness._CLOSE,
    "between years": time_between._PAIR_SPAN,
    "started": time_between._STARTED,
    "years after": time_between._YEARS_AFTER,
    "any year": time_now._ANY_YEAR,
    "during": time_spans._DURING,
    "spelled window": time_windows._SPELLED,
    "fraction word": word_ranges._FRACTION_WORD,
    "as much": multiples_words._AS_MUCH,
    "compare": multiples_words._COMPARE,
    "move": multiples_words._MOVE,
    "years since": time_spans._YEARS_SINCE,
    "short streak": time_streaks._SHORT_STREAK,
    "compound": time_windows._COMPOUND,
}

# Made-up sentences each wrapped pattern matches, so the comparisons below are not all of empty lists.
EXAMPLES = {
    "by a fraction": "Output at the Lisk mill climbed by more than a third last year.",
    "hedged verb": "The deal should help Corvane almost double its freight income.",
    "digit words": "Margins at Pellow stayed in the high single digits.",
    "class then examples": "The slump was bigger than in earlier ones, such as the one in 2009 at 12 percent.",
    "than expected": "Orders at Brisk Mills were bigger than expected at 4 million.",
    "by a verb": "Tarn outsold Velo by three to one.",
    "by a noun": "Members backed the Quarle plan by a margin of nearly 3 to 1.",
    "since": "Oat prices hit their highest level since 2011.",
    "record since": "Rainfall in Dorrow was the highest since 1998.",
    "close behind": "Pellow led the league with 31 wins, closely followed by Ardent with 29.",
    "between years": "Between 2014 and 2019, a span of five years, Orlen Park added 40 rides.",
    "started": "Founded in 1987, Quillby now has 300 staff.",
    "years after": "In 2019, four years after the merger in 2015, costs fell.",
    "any year": "By 1999 the Marrow plant had closed.",
    "during": "Sales at Tindle rose 8% over the past three years.",
    "spelled window": "Cocoa hit its highest level in three years.",
    "fraction word": "Nearly two-thirds of the Varden crop was sold.",
    "as much": "Costs at Quell rose 3 times as fast, by 9 percent.",
    "compare": "Its loss was more than double the 1.1 percent of Tane.",
    "move": "Profit at Harlow more than doubled.",
    "years since": "In the four years since it opened in 2018, Brill grew.",
    "short streak": "Sales rose for a 3rd straight quarter at Pim.",
    "compound": "Wheat hit a 10-year high on Monday.",
}

_PIECES = [
    "higher", "than", "such", "as", "including", "expected", "by", "half", "a", "third", "climbed", "dropped",
    "almost", "nearly", "double", "its", "high", "low", "single", "digits", "mid", "out", "outsold", "to", "one",
    "three", "highest", "since", "lowest", "2011", "March", "level", "the", "last", "record", "best", "first",
    "time", "in", "at", "12", "percent", ",", ".", ";", " ", "  ", "\n", "-", "HIGHEST", "Since", "OUT", "Than",
    "ſince", "K", "İ", "ı", "é", "hig", "ince", "xhigh", "sinc", "between", "and", "2014", "2019", "five",
    "years", "founded", "built", "after", "during", "over", "past", "closely", "followed", "behind", "1999",
    "3", "10-year", "3rd", "٣", "two-thirds", "doubled", "times", "fast", "more", "straight", "quarter", "4.5",
]  # fmt: skip
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=24).map(lambda parts: " ".join(parts))
_GLUED = st.lists(st.sampled_from(_PIECES), max_size=24).map(lambda parts: "".join(parts))


def _found(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


def test_every_wrapped_pattern_is_led_and_matches_its_example() -> None:
    for name, pattern in WRAPPED.items():
        assert isinstance(pattern, Led) and pattern.words, f"{name}: no leading words read"
        text = EXAMPLES[name]
        found = _found(pattern.finditer(text))
        assert found, f"{name}: the example {text!r} no longer matches"
        assert found == _found(pattern.regex.finditer(text))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(st.one_of(_TEXT, _GLUED), st.integers(-2, 40), st.integers(0, 200))
def test_led_finds_what_the_scan_finds(text: str, pos: int, endpos: int) -> None:
    for name, pattern in WRAPPED.items():
        for sample in (text, text + " " + EXAMPLES[name]):
            assert _found(pattern.finditer(sample)) == _found(pattern.regex.finditer(sample)), (name, sample)
            assert _found(pattern.finditer(sample, pos, endpos)) == _found(
                pattern.regex.finditer(sample, pos, endpos)
            ), (name, sample, pos, endpos)


SYNTHETIC = [
    r"\b(?:up|down)\s+\d+",
    r"(?:about\s+)?(?:twice|double)\b",
    r"(?<=\s)rose|fell(?=\s)",
    r"(?i:Acme)\s+Corp",
    r"x{2,}y",
    r"\bno\b(?:\s+\w+)?",
    r"\b(?:up\s+)?\d+\s+times",
    r"(?:—|–)\s*(?:up|down)",
]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(st.lists(st.sampled_from(["up", "Down", "5", " ", "about", "twice", "DOUBLE", "rose", "fell", "acme",
                                 "ACME", "Corp", "corp", "xx", "x", "y", "no", "NO", "nope", "ſ", "٣", "12", "times",
                                 "—", "–"]),
                max_size=16).map("".join))  # fmt: skip
def test_led_synthetic_patterns(text: str) -> None:
    for source in SYNTHETIC:
        for flags in (0, re.IGNORECASE):
            regex = re.compile(source, flags)
            assert _found(Led(regex).finditer(text)) == _found(regex.finditer(text)), (source, flags, text)


def test_leading_words() -> None:
    assert leading(r"\b(?:higher|lower)\s+than") == {"higher", "lower"}
    assert leading(r"(?:about\s+)?(?:twice|double)") == {"about", "twice", "double"}
    assert leading(r"(?<=\s)Rose") == {"rose"}
    assert leading(r"x{2,}y") == {"x"}
    assert leading(r"\d+\s+times") == {DIGIT}  # any digit may start a match
    assert leading(r"\w+\s+times") is None  # a class first: no word to look for
    assert leading(r"(?:about\s+)?\s") is None  # the optional word may be missing, and then a space comes first
    assert leading(r"(?:up)?") is None  # may match nothing
    assert leading(r"é\s+x") is None  # a letter beyond ASCII first: left to the scan
    assert leading(r"—\s+x") == {"—"}  # a dash has no case: re matches it only as itself
    assert leading(r"’s\s+\d") == {"’s"}
    assert leading(r"(?:about\s+)?(?:\d+|two)\s+times") == {"about", DIGIT, "two"}
    assert leading(r"[0-9]+") == {DIGIT}  # a class of ASCII digits: every place it takes is one of \d's
    assert leading(r"(?:10|[1-9])\s+to") == {"10", DIGIT}
    assert leading(r"[05]%") == {DIGIT}
    assert leading(r"[0-9a-f]+") is None  # a class with letters too: left to the scan
    assert leading(r"[^0-9]+") is None  # a class of what is not a digit
    assert leading(r"[.0-9]+") is None
