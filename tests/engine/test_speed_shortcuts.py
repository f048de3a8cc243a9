"""The speed shortcuts change no output: a skipped scan is one that would have found nothing, a remembered reading
is the one a fresh reading gives.

Each gate says "this pattern cannot match here" from a cheap test (a word of the pattern is absent from the text's
runs of letters, a literal it needs is absent). The property tests draw text from an alphabet that includes the
gates' words, their letters in either case, the four letters re's case-blind matching takes for ASCII ones and
the separators around words, and check that wherever the pattern matches, the gate lets the scan run.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import literals
from factcheck.context import ArticleContext, per_claim
from factcheck.extraction import changes, extract_claims, measures, numbers, quantities, relative_ranks, timerefs
from factcheck.extraction.keywords import folded, has_any, words_in
from factcheck.extraction.names import _MODEL_RE, _MODEL_WORDS
from factcheck.relations import multiples_words, ranks, time_windows

# Words the gated patterns look for, and pieces that sit around them.
_PIECES = [
    "one", "two", "twenty", "hundred", "dozen", "million", "first", "second", "third", "twenty-first", "tenth",
    "half", "halves", "quarter", "quarters", "thirds", "doubled", "twice", "triple", "threefold", "fold",
    "dozens", "thousands", "of", "last", "next", "but", "bottom", "penultimate", "the", "to", "H1", "h2", "Q3",
    "2024", "in", "Max", "Pro", "737", "3", "11", "a", "an", "and", "-", " ", "\u00a0", "\t", ".", ",",
    "ſ", "K", "ı", "İ", "é", "x", "s", "ONE", "Half", "QUARTER", "Last", "twice", "TWICE", "sixth", "ſixth",
]  # fmt: skip
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=14).map(lambda parts: "".join(parts))
_JOINED = st.lists(st.sampled_from(_PIECES), max_size=14).map(lambda parts: " ".join(parts))


def _gates(text: str) -> list[tuple[str, re.Pattern[str], bool]]:
    words = words_in(text)
    lower = folded(text)
    return [
        ("number words", numbers._WORDS_RE, not numbers._NUMBER_WORDS.isdisjoint(words)),
        ("ordinal words", numbers._WORD_ORDINAL_RE, not numbers._ORDINAL_WORDS.isdisjoint(words)),
        ("multiple words", quantities._MULTIPLE_WORD_RE, not quantities._MULTIPLE_WORDS.isdisjoint(words)),
        ("fraction words", quantities._FRACTION_RE, not quantities._FRACTION_WORDS.isdisjoint(words)),
        ("fold words", quantities._FOLD_RE, "fold" in lower),
        ("vague amounts", quantities._VAGUE_RE, not quantities._VAGUE_BASE.keys().isdisjoint(words)),
        ("relative ranks", relative_ranks._RELATIVE_RE, not relative_ranks._END_WORDS.isdisjoint(words)),
        ("quarters", timerefs._QUARTER_RE, "quarter" in words or has_any(lower, "q1", "q2", "q3", "q4")),
        ("halves", timerefs._HALF_RE, "half" in words or has_any(lower, "h1", "h2")),
        ("model names", _MODEL_RE, any(map(text.__contains__, _MODEL_WORDS))),
    ]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(st.one_of(_TEXT, _JOINED))
def test_a_gate_never_skips_a_text_its_pattern_matches(text: str) -> None:
    for name, pattern, gate in _gates(text):
        if pattern.search(text) is not None:
            assert gate, f"{name}: the gate skipped {text!r}, where the pattern matches"


# Made-up sentences where each gated pattern matches: the gate must let its scan run.
MATCHING = [
    ("number words", "Some forty-two trucks left."),
    ("ordinal words", "It was the twenty-first attempt."),
    ("multiple words", "Sales DOUBLED this spring."),
    ("fraction words", "About two-thirds agreed."),
    ("fold words", "A threefold rise."),
    ("vague amounts", "Thousands of fans came."),
    ("relative ranks", "She finished second to last."),
    ("quarters", "Output rose in the third quarter of 2023."),
    ("halves", "Profit fell in H1 2022."),
    ("model names", "The 737 Max flew again."),
    ("number words", "ſix boats sank."),  # a long s is an s to re's case-blind matching
    ("ordinal words", "The ſixth boat sank."),
]


def test_each_gate_lets_its_pattern_run_where_it_matches() -> None:
    for name, text in MATCHING:
        gates = {gate_name: (pattern, gate) for gate_name, pattern, gate in _gates(text)}
        pattern, gate = gates[name]
        assert pattern.search(text) is not None, f"{name}: the example {text!r} no longer matches"
        assert gate, f"{name}: the gate skipped {text!r}"


# Made-up sentences without any word of the gate: the scan is skipped (else the gate saves nothing).
SKIPPED = [
    ("number words", "Prices rose 4% in May."),
    ("ordinal words", "Prices rose 4% in May."),
    ("multiple words", "Prices rose 4% in May."),
    ("fraction words", "Prices rose 4% in May."),
    ("relative ranks", "Prices rose 4% in May."),
    ("halves", "Prices rose 4% in May, behalf of nobody."),
    ("model names", "Prices rose 4% in May."),
]


def test_a_gate_skips_text_without_its_words() -> None:
    for name, text in SKIPPED:
        gates = {gate_name: gate for gate_name, _, gate in _gates(text)}
        assert not gates[name], f"{name}: expected the scan of {text!r} to be skipped"


# The relation finders' gates: the words their whole-article (or whole-sentence) patterns need.
_RELATION_PIECES = [
    "the", "world's", "largest", "biggest", "company", "ranked", "second", "2nd", "10th", "No.", "1", "No. 3",
    "number", "one", "leads", "with", "held", "its", "lead", "top", "spot", "selling", "first", "place", "still",
    "king", "most", "valuable", "leading", "vendor", "rose", "fell", "by", "a", "third", "half", "two-thirds",
    "twice", "three", "2", "times", "as", "much", "many", "than", "more", "doubled", "halved", "cut", "in", "to",
    "double", "will", "almost", "twofold", "2-fold", "fold", "year", "years", "52-week", "month", "high", "low",
    "highest", "record", "since", "2019", "for", "over", "five", ",", " ", "-", "\u00a0", "ſ", "K", "İ", "ı",
    "x", "s", "LEAD", "Top", "HALF", "Times", "YEAR",
]  # fmt: skip


def _relation_gates(text: str) -> list[tuple[str, re.Pattern[str], bool]]:
    present = words_in(text)
    units = not time_windows._UNIT_WORDS.isdisjoint(present)
    move = any(w.endswith("fold") for w in present) or not multiples_words._MOVE_WORDS.isdisjoint(present)
    return [
        ("ranks", ranks._RANK, not ranks._RANK_WORDS.isdisjoint(present)),
        ("by a fraction", multiples_words._BY_FRACTION, not multiples_words._FRACTION_WORDS.isdisjoint(present)),
        ("as much", multiples_words._AS_MUCH, not {"twice", "times"}.isdisjoint(present)),
        ("compare", multiples_words._COMPARE, not multiples_words._COMPARE_WORDS.isdisjoint(present)),
        ("move", multiples_words._MOVE, move),
        ("hedged verb", multiples_words._HEDGED_VERB, move),
        ("compound", time_windows._COMPOUND, units and not time_windows._COMPOUND_POLES.isdisjoint(present)),
        ("spelled", time_windows._SPELLED, units and not time_windows._EXTREME_WORDS.isdisjoint(present)),
    ]


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(st.lists(st.sampled_from(_RELATION_PIECES), max_size=16).map(lambda parts: " ".join(parts)))
def test_a_relation_gate_never_skips_a_text_its_pattern_matches(text: str) -> None:
    for name, pattern, gate in _relation_gates(text):
        if pattern.search(text) is not None:
            assert gate, f"{name}: the gate skipped {text!r}, where the pattern matches"


RELATION_MATCHING = [
    ("ranks", "Acme is the world's largest carmaker."),
    ("ranks", "Borealis ranked 2nd by sales."),
    ("by a fraction", "Orders fell by a third."),
    ("as much", "It grew twice as fast, at 8%."),
    ("compare", "Costs were three times as high as the year before."),
    ("move", "Profit more than doubled."),
    ("move", "Exports rose twofold."),
    ("compound", "Shares hit a 52-week high on Monday."),
    ("spelled", "Output was the lowest in five years."),
]


def test_each_relation_gate_lets_its_pattern_run_where_it_matches() -> None:
    for name, text in RELATION_MATCHING:
        gates = {gate_name: (pattern, gate) for gate_name, pattern, gate in _relation_gates(text)}
        pattern, gate = gates[name]
        assert pattern.search(text) is not None, f"{name}: the example {text!r} no longer matches"
        assert gate, f"{name}: the gate skipped {text!r}"


def test_words_in_reads_runs_of_letters_the_way_case_blind_patterns_do() -> None:
    cases = [
        ("Twenty-first of ſix", {"twenty", "first", "of", "six"}),
        ("H1 results: KELVIN", {"h", "results", "kelvin"}),
        ("the\u00a0thirds,halves", {"the", "thirds", "halves"}),
        ("déjà vu 42", {"d", "j", "vu"}),
    ]
    for text, expected in cases:
        assert words_in(text) == expected, text


def test_a_remembered_reading_is_asked_once_per_claim_and_article() -> None:
    calls: list[str] = []

    @per_claim
    def reading(ctx: ArticleContext, claim, extra: int = 0) -> str:
        calls.append(claim.id)
        return f"{claim.id}:{extra}:{len(ctx.text)}"

    text = "Sales rose 5% to $12 million. Costs fell 3% to $4 million."
    claims = extract_claims(text)
    first, second = ArticleContext(text=text, claims=claims), ArticleContext(text=text + " ", claims=claims)
    claim = first.claims[0]
    assert reading(first, claim) == reading(first, claim) == f"{claim.id}:0:{len(text)}"
    assert calls == [claim.id]
    assert reading(first, claim, 1) == f"{claim.id}:1:{len(text)}"  # other arguments: another reading
    assert reading(second, second.claims[0]) == f"{claim.id}:0:{len(text) + 1}"  # another article: read again
    assert len(calls) == 3


# The change verbs' patterns tried only where a direction word begins; the gates and the measure words read in one
# lower-cased copy of a long text. Pieces: direction words in either case, the words around them, the letters re's
# case-blind matching takes for ASCII ones, and separators.
_MOVE_PIECES = [
    "rose", "ROSE", "fell", "Fell", "up", "down", "by", "of", "an", "additional", "nearly", "rates", "rate", "the",
    "key", "interest", "on", "Monday", "sharply", "as", "much", "arose", "uprose", "ſank", "sank", "ſpiked", "Kelvin",
    "spiKe", "İ", "ı", "x", "5", "12.5", "%", ",", " ", "\u00a0", "-", "\n", "revenue", "sales", "shares", "profit",
    "net", "income", "market", "share", "EPS", "per", "price", "index", "jobs",
]  # fmt: skip
_MOVE_TEXT = st.lists(st.sampled_from(_MOVE_PIECES), max_size=12)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(_MOVE_TEXT.map(lambda parts: " ".join(parts)), _MOVE_TEXT.map(lambda parts: "".join(parts)))
def test_a_verb_pattern_tried_at_direction_words_finds_what_its_search_finds(joined: str, glued: str) -> None:
    for text in (joined, glued):
        for regex in (changes._BEFORE_RE, changes._RATE_OBJECT_RE, changes._VERB_THEN_BY_RE):
            for start in range(0, len(text) + 1, 3):
                expected = regex.search(text, start, len(text))
                found = changes._search_from_verb(regex, text, start, len(text))
                assert (found and found.span(), found and found.groupdict()) == (
                    expected and expected.span(),
                    expected and expected.groupdict(),
                ), (regex.pattern[:40], text, start)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(_MOVE_TEXT.map(lambda parts: " ".join(parts)), st.integers(0, 60), st.integers(-5, 80))
def test_a_gate_reads_a_long_text_as_it_reads_its_windows(piece: str, pos: int, endpos: int) -> None:
    # The same window, of a short text (sliced and lower-cased) and at the end of a long one (its lower-cased copy).
    padding = "." * literals._LONG
    long_text = padding + piece
    for regex in (changes._AS_MUCH_BEFORE_RE, measures._CHANGE_IN):
        short_answer = regex._absent(piece, pos, endpos)
        # A negative end counts from the end of the text, as a slice does: the piece ends both texts.
        long_end = len(padding) + endpos if endpos >= 0 else endpos
        assert regex._absent(long_text, len(padding) + pos, long_end) == short_answer, (piece, pos, endpos)


def test_the_measure_words_of_a_long_text_are_those_of_each_sentence() -> None:
    sentence = "Acme's net income rose 5% to $12 million, while revenue fell and Kelvin's EPS held. "
    long_text = sentence * (literals._LONG // len(sentence) + 2)
    whole = measures._TextWords(long_text, 0, len(long_text), literals.lowered_long(long_text))
    for at in range(0, len(long_text) - len(sentence), len(sentence)):
        span = (at, at + len(sentence))
        one = measures._TextWords(long_text, *span)
        for lo in range(at, at + len(sentence), 7):
            for hi in range(lo, at + len(sentence) + 1, 11):
                assert whole.possible(lo, hi, span) == one.possible(lo, hi, span), (lo, hi)
    # A character lower case takes for an ASCII letter ("K", the Kelvin sign): no copy, every window read itself.
    assert literals.lowered_long(long_text + "\u212a") is None
