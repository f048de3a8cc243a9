"""The needed-word gates (factcheck.literals) and the shortcuts built on them change no output.

A gate skips a scan only where the pattern cannot match: every match holds one of the words :func:`needed` reads
from the pattern. The property tests draw text from the gated patterns' own words, their letters in either case,
the letters re's case-blind matching takes for ASCII ones, and the separators around words.
"""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import factcheck.extraction  # noqa: F401 - loads every extraction module, so their patterns are listed below
from factcheck.extraction import changes, currencies, measures
from factcheck.literals import Gated, Vocabulary, lowered, needed
from factcheck.relations import finders
from factcheck.runner import check_text

finders()  # loads every finder module


GATED = [
    (f"{name}.{attr}", value)
    for name, module in list(sys.modules.items())
    if name.startswith("factcheck.")
    for attr, value in vars(module).items()
    if isinstance(value, Gated)
]
# The patterns whose needed words decide whether they are scanned: the gated ones and the measure words.
PATTERNS = [(name, gate.regex) for name, gate in GATED] + [(f"measure {name}", regex) for name, regex in measures._RES]
_WORDS = sorted({word for _, regex in PATTERNS for word in needed(regex) or ()})
_PIECES = [*_WORDS, " ", "  ", "\u00a0", "\n", ",", ".", "-", "(", ")", "$", "%", "5", "12", "3.4", "ſ", "K", "İ", "ı"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=12).map(lambda parts: "".join(parts))
_SPACED = st.lists(st.sampled_from(_PIECES), max_size=12).map(lambda parts: " ".join(parts))


def _upper_some(text: str, mask: int) -> str:
    return "".join(c.upper() if (mask >> (i % 16)) & 1 else c for i, c in enumerate(text))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(st.one_of(_TEXT, _SPACED), st.integers(0, 2**16 - 1))
def test_every_match_holds_one_of_its_needed_words(text: str, mask: int) -> None:
    for candidate in (text, _upper_some(text, mask)):
        low = lowered(candidate)
        for name, regex in PATTERNS:
            words = needed(regex)
            if words is None or low is None:
                continue
            for match in regex.finditer(candidate):
                if match.end() > match.start():
                    part = candidate[match.start() : match.end()].lower()
                    assert any(word in part for word in words), f"{name}: {match.group(0)!r} holds none of {words}"


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(st.one_of(_TEXT, _SPACED), st.integers(0, 40), st.integers(0, 60))
def test_a_gated_pattern_answers_as_its_pattern(text: str, pos: int, endpos: int) -> None:
    for name, gate in GATED:
        regex = gate.regex
        for method in ("search", "match", "fullmatch"):
            got = getattr(gate, method)(text, pos, endpos)
            want = getattr(regex, method)(text, pos, endpos)
            assert (got and got.span()) == (want and want.span()), f"{name}.{method} on {text!r}"
        assert [m.span() for m in gate.finditer(text)] == [m.span() for m in regex.finditer(text)], name


# A long article is searched in its one lower-cased copy: windows of it at and around the text's ends, negative
# bounds included (re takes a negative start as 0, a slice counts it from the end), answer as the pattern does.
# The pattern matches wherever one of its words stands, so every wrong "absent" shows.
_NEEDLES = Gated(re.compile(r"needle|hay\s?stack", re.IGNORECASE))
_FILLER = "Lorem ipsum, 12 dolor. " * 100
_NEEDLE_TEXT = st.lists(st.sampled_from(["needle", "NeedLe", "haystack", "hay stack", " ", "x", "ſ", "12"]), max_size=8)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(_NEEDLE_TEXT.map("".join), st.integers(-30, 30), st.integers(-30, 30), st.booleans())
@example("needle", -5, 0, False)  # a negative start is the text's start, not five from its end
@example("x hay stack", 0, -3, True)
def test_windows_of_a_long_text_answer_as_the_pattern(text: str, pos: int, endpos: int, at_end: bool) -> None:
    long = _FILLER + text if at_end else text + _FILLER
    base = len(_FILLER) if at_end else 0
    pos = base + pos if pos >= 0 else pos
    endpos = base + len(text) + endpos if endpos >= 0 else endpos
    for method in ("search", "match"):
        got = getattr(_NEEDLES, method)(long, pos, endpos)
        want = getattr(_NEEDLES.regex, method)(long, pos, endpos)
        assert (got and got.span()) == (want and want.span()), f"{method} on {text!r} [{pos}:{endpos}]"


def test_needed_reads_words_every_match_must_hold() -> None:
    assert needed(re.compile(r"(?<![A-Za-z])(?:(?:net\s+)?sales|turnover)(?![A-Za-z])", re.I)) == {"sales", "turnover"}
    assert needed(re.compile(r"\bcompared\s+with\b")) == {"compared"}
    assert needed(re.compile(r"(?:rose|fell)?\s*\d+")) is None  # an optional word is not needed
    assert needed(re.compile(r"(?=profit)\w+")) is None  # a lookahead's word is not part of the match


# Characters beyond ASCII that have no case ("—", "–", "’") stand in needed words: re matches them only as themselves.
# One with a case ("é", which case-blind matching takes for "É") is left to the scan, as a branch wholly of it.
@pytest.mark.parametrize(
    ("source", "flags", "words"),
    [
        (r";|\bbut\b|—", re.IGNORECASE, {";", "but", "—"}),
        (r"\s–\s|,\s+and\b", re.IGNORECASE, {"–", "and"}),
        (r"Marlow’s\s+\d+", 0, {"marlow’s"}),
        (r"\bbut\b|é", re.IGNORECASE, None),
        (r"\bbut\b|\u00a0", 0, None),  # a space beyond ASCII is a space: never a needed word
    ],
)
def test_needed_words_may_hold_characters_without_case(source: str, flags: int, words: set[str] | None) -> None:
    assert needed(re.compile(source, flags)) == words


@pytest.mark.parametrize(
    ("text", "matches"),
    [
        ("Sales rose — then fell", True),
        ("Sales rose; then fell", True),
        ("Sales rose, but then fell", True),
        ("Sales rose - then fell", False),  # a hyphen is no dash
        ("Sales rose then fell", False),
    ],
)
def test_a_gate_with_a_dash_answers_as_its_pattern(text: str, matches: bool) -> None:
    regex = re.compile(r";|\bbut\b|—", re.IGNORECASE)
    gate = Gated(regex)
    long = text + " filler" * 400  # past the length where the article's lower-cased copy is read
    for sample in (text, long):
        assert (gate.search(sample) is not None) is matches
        assert _spans(gate.finditer(sample)) == _spans(regex.finditer(sample))


def _spans(found: object) -> list[tuple[int, int]]:
    return [match.span() for match in found]  # type: ignore[attr-defined]


def test_a_text_with_a_case_trap_is_always_scanned() -> None:
    gate = Gated(re.compile(r"\bsales\b", re.IGNORECASE))
    assert lowered("ſales rose") is None
    assert gate.search("ſales rose") is not None  # re takes the long s for an s
    assert gate.search("Revenue rose") is None


def test_measure_words_are_tried_only_where_theirs_are() -> None:
    vocabulary = Vocabulary({"revenue": r"revenues?|turnover", "units": r"units|shipments"})
    assert vocabulary.possible("Turnover rose to") == {"revenue"}
    assert vocabulary.possible("it rose 4%") == set()
    assert vocabulary.possible("ſhipments") == {"revenue", "units"}  # a case trap: every pattern is tried
    text = "Halcyon's quarterly turnover climbed 6% to $3.1 billion, while shipments of its kettles rose 2%."
    for figure in re.finditer(r"\$?\d+(?:\.\d+)?%?(?: billion)?", text):
        got = measures.measure_of(text, figure.start(), figure.end(), (0, len(text)), measures.QuantityKind.MONEY, None)
        assert got in (None, "revenue", "units")
    assert measures.measure_of(text, 38, 50, (0, len(text)), measures.QuantityKind.MONEY, None) == "revenue"


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    st.lists(
        st.sampled_from([*currencies.PREFIXES, "US", "s", "was", " ", "\u00a0", "\n", "x", "5", "€", "ſ", "-"]),
        max_size=6,
    ).map("".join),
    st.integers(1, 8),
)
def test_the_currency_prefix_look_up_finds_what_the_pattern_finds(text: str, reach: int) -> None:
    for start in range(1, len(text) + 1):
        lo = max(0, start - reach)
        match = currencies._PREFIX_RE.search(text, lo, start)
        assert currencies._prefix_ending(text, lo, start) == ((match.start(), match.group()) if match else None)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    st.lists(
        st.sampled_from(
            ["rose", "FELL", "up", "by", "an", "additional", "a", "mere", "still", "Shares", "ſ", " ", "\u00a0", "\n"]
        ),
        max_size=8,
    ).map("".join)
)
def test_the_change_verb_search_from_the_last_words_finds_what_the_whole_window_finds(text: str) -> None:
    for start in range(1, len(text) + 1):
        lo = max(0, start - 40)
        whole = changes._BEFORE_RE.search(text, lo, start)
        short = changes._BEFORE_RE.search(text, changes._last_words(text, lo, start, 3), start)
        assert (whole and whole.span()) == (short and short.span()), repr(text[lo:start])


def test_articles_checked_one_after_the_other_read_as_each_alone() -> None:
    first = (
        "Dunmore Foods said revenue rose 12% to $4.48 billion from $4 billion a year earlier, short of estimates "
        "of $4.6 billion. Analysts had expected earnings of 41 cents a share."
    )
    second = (
        "Kestrel Air carried 3.2 million passengers, up 5% from 3 million, and its load factor fell 2 points "
        "to 81%. Of its 420 pilots, 60 were new and 360 had flown with it before."
    )
    alone = [check_text(text).to_json_dict() for text in (second, first)]
    in_turn = [check_text(text).to_json_dict() for text in (first, second, first)]
    assert in_turn[1] == alone[0]
    assert in_turn[0] == in_turn[2] == alone[1]
