"""The literal words a regular expression cannot match without: a cheap test that skips a pattern's scan.

A figure's reading often tries a list of many patterns over a short window ("which measure word is before
it?"); most of them cannot match there, and each still walks the window position by position. Every match of
``(?:revenues?|turnover)`` contains "revenue" or "turnover", so where the window's lower-cased text holds
neither, the scan would find nothing and is skipped: a substring test instead of a regular-expression walk.

The test is exact, never a guess: :func:`needed` only reports literal runs that every match must contain, and
:func:`lowered` refuses (returns ``None``, so every pattern is scanned) text holding a character that matches an
ASCII letter case-insensitively without lower-casing to it (the long s, the Kelvin sign, the dotted capital I).
Unlike the word lists of :mod:`factcheck.extraction.keywords`, the words here are read from the pattern itself,
so a gate cannot fall out of step with the pattern it guards.
"""

from __future__ import annotations

import functools
import re
import sys
from _sre import unicode_iscased  # type: ignore[import-not-found]
from collections.abc import Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)  # "\b", "^", lookarounds: they consume nothing


def _plain_literal(code: int) -> bool:
    """Whether a pattern's literal character can stand in a needed or leading word: an ASCII character (its case
    folding is the one the gates read, see :func:`lowered`), or one beyond ASCII that has no case at all ("—", "–",
    "’"): re matches that one only as itself, case-blind or not, and lower case leaves it as it is."""
    return code < 128 or not unicode_iscased(code)


# Cached: modules ask for the words of the same compiled pattern again and again while they load (a table of
# measure names asks once per word of every pattern), and each answer is a fresh parse of the pattern.
@functools.cache
def needed(pattern: str | re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case words one of which every match of ``pattern`` contains, or ``None`` when none can be named."""
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    else:
        flags = 0
    found = _needed(sre_parse.parse(pattern, flags))
    return frozenset(found) if found else None


def _needed(items: sre_parse.SubPattern | list) -> set[str] | None:
    """The best requirement among the mandatory items of one sequence: the set whose shortest word is longest."""
    best: set[str] | None = None

    def consider(words: set[str] | None) -> None:
        nonlocal best
        if not words:
            return
        if best is None or (min(map(len, words)), -len(words)) > (min(map(len, best)), -len(best)):
            best = words

    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is sre.LITERAL and _plain_literal(av) and not chr(av).isspace():
            run.append(chr(av).lower())
            continue
        if run:
            consider({"".join(run)})
            run = []
        if op is sre.SUBPATTERN:
            consider(_needed(av[3]))
        elif op is sre.BRANCH:
            branches = [_needed(branch) for branch in av[1]]
            if all(branches):
                consider(set().union(*branches))  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            consider(_needed(av[2]))
    return best


# Stands for "any digit" among leading words; never a word itself (no pattern spells it).
DIGIT = "«digit»"
_DIGITS = re.compile(r"\d")


@functools.cache
def leading(pattern: str | re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case words one of which every match of ``pattern`` starts with, or ``None`` when none can be named.

    Read like :func:`needed`, from the pattern's own parse: the first item that consumes text must be a run of ASCII
    literals, or a digit (:data:`DIGIT`), through groups, alternatives (each must name its words) and optional parts
    (whose words join those of what follows them). Anything else first (a class, ``\\w``, a backreference) and the
    answer is ``None``.
    """
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    else:
        flags = 0
    found = _leading(list(sre_parse.parse(pattern, flags)))
    return frozenset(found) if found else None


def _leading(items: list[Any]) -> set[str] | None:
    for i, (op, av) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            run: list[str] = []
            for op2, av2 in items[i:]:
                if op2 is not sre.LITERAL or not _plain_literal(av2):
                    break
                run.append(chr(av2).lower())
            return {"".join(run)} if run else None
        if op is sre.IN and (av == [(sre.CATEGORY, sre.CATEGORY_DIGIT)] or _ascii_digits(av)):
            return {DIGIT}  # "\\d", "[1-9]": a match may start at any digit
        if op is sre.SUBPATTERN:
            return _leading([*av[3], *items[i + 1 :]])
        if op is sre.BRANCH:
            found: set[str] = set()
            for branch in av[1]:
                words = _leading([*branch, *items[i + 1 :]])
                if not words:
                    return None
                found |= words
            return found
        if op in _REPEATS:
            low, high, item = av
            if high == 0:
                continue
            if low >= 1:  # the item alone: a repeat's words do not run on into what follows ("x{2,}y" -> "x")
                return _leading(list(item))
            first, rest = _leading(list(item)), _leading(items[i + 1 :])
            return first | rest if first and rest else None
        return None
    return None  # the items can all match nothing: a match need not start with any word


def _ascii_digits(items: list[Any]) -> bool:
    """A class of ASCII digits only ("[1-9]", "[05]"): every character it takes is one that "\\d" takes, so the places
    of :data:`DIGIT` hold every place a match can start."""
    return bool(items) and all(
        (op is sre.LITERAL and av in _DIGIT_CODES)
        or (op is sre.RANGE and av[0] in _DIGIT_CODES and av[1] in _DIGIT_CODES)
        for op, av in items
    )


_DIGIT_CODES = range(ord("0"), ord("9") + 1)


@functools.cache
def _unsafe() -> frozenset[str]:
    """Characters beyond ASCII that a case-insensitive pattern matches to an ASCII letter ("ſ", "K", "İ", "ı").

    Asked of the engine itself, so it follows its folding rules; the basic plane only (a thirtieth of a second):
    no character beyond it has a case mapping into ASCII.
    """
    everything = "".join(map(chr, range(128, 0x10000)))
    return frozenset(re.findall(r"[a-z]", everything, re.IGNORECASE))


def plain_case(text: str) -> bool:
    """Whether every character of ``text`` that a case-insensitive pattern takes for an ASCII letter is one."""
    return text.isascii() or _unsafe().isdisjoint(text)


def lowered(text: str) -> str | None:
    """``text`` lower-cased for the needed-word tests, or ``None`` when lower case cannot stand for the patterns' case
    folding there."""
    return text.lower() if plain_case(text) else None


# Below this length a text is sliced and lower-cased where it is tested; above it, lower-cased once (see below).
_LONG = 2048


class _Lowered:
    """The lower-cased copy of the last long text asked about, made once for all the tests on it.

    A gate is asked about windows of one article thousands of times (some twenty per figure); slicing and
    lower-casing each window again cost more than the word tests themselves. The copy is kept for one text only,
    known by identity (the article being read); it is ``None`` where :func:`lowered` would refuse some window of the
    text or where lower case changes the text's length (offsets in the copy would not be the text's). Where it is
    not ``None``, ``copy[a:b]`` is ``text[a:b].lower()`` for every ASCII letter and every character without case
    (the only characters needed words hold): no character that :func:`plain_case` lets through lower-cases to ASCII
    but its own ASCII letters, and lower case leaves a character without case as it is.
    """

    __slots__ = ("low", "text")

    def __init__(self) -> None:
        self.text: str | None = None
        self.low: str | None = None

    def of(self, text: str) -> str | None:
        if text is not self.text:
            low = text.lower() if plain_case(text) else None
            self.text, self.low = text, low if low is not None and len(low) == len(text) else None
        return self.low


_LOWERED = _Lowered()


def lowered_long(text: str) -> str | None:
    """``text.lower()``, made once per long text (:class:`_Lowered`), or ``None`` where it cannot stand for the
    text's windows or the text is short (a window of a short text is cheaper lower-cased itself)."""
    return _LOWERED.of(text) if len(text) >= _LONG else None


class Vocabulary:
    """The needed words of several named patterns, tested against a text in one pass over the words."""

    def __init__(self, patterns: dict[str, str | re.Pattern[str]]) -> None:
        by_word: dict[str, set[str]] = {}
        self.always: frozenset[str] = frozenset(name for name, p in patterns.items() if needed(p) is None)
        for name, pattern in patterns.items():
            for word in needed(pattern) or ():
                by_word.setdefault(word, set()).add(name)
        self._words = tuple(sorted(by_word))
        self._names = {word: frozenset(names) for word, names in by_word.items()}
        self.names = frozenset(patterns)

    def possible(self, text: str) -> frozenset[str]:
        """The names of the patterns that may match in ``text``: all of them where :func:`lowered` refuses it."""
        low = lowered(text)
        if low is None:
            return self.names
        found = set(self.always)
        for word in filter(low.__contains__, self._words):  # the substring tests run in C, not a Python loop
            found |= self._names[word]
        return frozenset(found)


class Gated:
    """A compiled pattern that answers "no match" without scanning where the text lacks all its needed words.

    Stands in for the ``re.Pattern`` it wraps (every other attribute is the pattern's own), for the patterns a
    reading tries on every figure's window and that seldom match there. Each gated call slices, lower-cases and
    searches the window for a few words: cheaper than the scan only where those words are absent most of the time.
    """

    __slots__ = ("regex", "words")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        words = needed(regex)
        self.words = tuple(sorted(words)) if words is not None else None

    def _absent(self, text: str, pos: int, endpos: int) -> bool:
        # Asked hundreds of thousands of times in a long article (some seventy times per figure), mostly of windows
        # of a few dozen characters: each step is written out here rather than called.
        words = self.words
        if words is None:
            return False
        if len(text) >= _LONG:
            low = _LOWERED.low if text is _LOWERED.text else _LOWERED.of(text)
            if low is not None:
                # The window as a slice would take it, searched in the article's lower-cased copy in place.
                if pos < 0 or endpos < 0:  # as a slice takes them (``find`` alone clamps only the end)
                    pos, endpos, _ = slice(max(pos, 0), endpos).indices(len(text))
                for word in words:  # noqa: SIM110 (as below)
                    if low.find(word, pos, endpos) >= 0:
                        return False
                return True
        if pos > 0 or endpos < len(text):
            text = text[max(pos, 0) : endpos]
        if not text.isascii() and not _unsafe().isdisjoint(text):
            return False  # see plain_case
        low = text.lower()
        # A plain loop of ``in`` tests costs half of any(map(low.__contains__)), whose every test is a method call.
        for word in words:  # noqa: SIM110 (all() over a generator is slower still)
            if word in low:
                return False
        return True

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._absent(text, pos, endpos) else self.regex.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._absent(text, pos, endpos) else self.regex.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._absent(text, pos, endpos) else self.regex.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return iter(()) if self._absent(text, pos, endpos) else self.regex.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return [] if self._absent(text, pos, endpos) else self.regex.findall(text, pos, endpos)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.regex, name)


def gated(regex: re.Pattern[str]) -> Gated:
    """``regex`` behind its needed-word test (:class:`Gated`)."""
    return Gated(regex)


class Led:
    """A compiled pattern whose ``finditer`` tries it only where one of its leading words (:func:`leading`) starts.

    For patterns read over the whole article that start with a word ("higher than ..., such as", "the highest
    since"): the scan walks every position of the article and tries every alternative there; the words' places are
    found by substring search in the lower-cased article, and the pattern is matched at each of them in order.
    Every match starts at such a place, so the matches are the scan's, one for one. Text that lower case cannot
    stand for (see :func:`lowered`) is scanned as before. Every other attribute is the pattern's own.
    """

    __slots__ = ("at_word_start", "regex", "words")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        words = leading(regex)
        self.words = tuple(sorted(words)) if words is not None else None
        self.at_word_start = bool(self.words) and _opens_at_word_start(regex, self.words or ())

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        start, stop = max(pos, 0), min(endpos, len(text))
        window = text[start:stop] if start > 0 or stop < len(text) else text
        if self.words is None:
            return self.regex.finditer(text, pos, endpos)
        # A whole long article: the one lower-cased copy the gates read too (checked once per text there).
        low = lowered_long(window) if window is text else None
        if low is None:
            if not plain_case(window):
                return self.regex.finditer(text, pos, endpos)
            low = _lowered_window(window)
            if len(low) != len(window):
                return self.regex.finditer(text, pos, endpos)
        return self._at_words(text, low, start, endpos)

    def _at_words(self, text: str, low: str, offset: int, endpos: int) -> Iterator[re.Match[str]]:
        places: set[int] = set()
        for word in self.words or ():
            places |= _places(low, word)
        if offset:
            places = {place + offset for place in places}
        if self.at_word_start:
            places &= _word_starts(text)
        end = 0
        match = self.regex.match
        for place in sorted(places):
            if place < end:
                continue  # inside the last match: finditer goes on from its end
            found = match(text, place, endpos)
            if found is not None:
                end = found.end()  # never empty: it holds its leading word
                yield found

    def __getattr__(self, name: str) -> Any:
        return getattr(self.regex, name)


def _opens_at_word_start(regex: re.Pattern[str], words: tuple[str, ...]) -> bool:
    """Whether every match of ``regex`` starts where a run of word characters starts: the pattern opens with ``\\b``
    and each of its leading words with a word character (a digit counts), so the character before is none."""
    if regex.flags & (re.ASCII | re.LOCALE):
        return False  # another meaning of "word character" than _word_starts reads
    items = list(sre_parse.parse(regex.pattern, regex.flags))
    if not items or items[0] != (sre.AT, sre.AT_BOUNDARY):
        return False
    return all(word == DIGIT or word[0].isalnum() or word[0] == "_" for word in words)


# Cached per text: a long article's patterns read over the whole of it are many, and they share their leading words
# ("about", "a", any digit): each word's places, and the places where words start, are found once, not per pattern.
@functools.lru_cache(maxsize=4)
def _lowered_window(window: str) -> str:
    return window.lower()


@functools.lru_cache(maxsize=256)
def _places(low: str, word: str) -> frozenset[int]:
    """Every place in ``low`` where ``word`` starts (for :data:`DIGIT`, every digit re's "\\d" takes)."""
    if word == DIGIT:
        return frozenset(found.start() for found in _DIGITS.finditer(low))
    places = []
    at = low.find(word)
    while at >= 0:
        places.append(at)
        at = low.find(word, at + 1)
    return frozenset(places)


_WORD_START = re.compile(r"(?<!\w)\w")


@functools.lru_cache(maxsize=4)
def _word_starts(text: str) -> frozenset[int]:
    """Where a run of word characters starts in ``text``: where "\\b" holds before a word character (re reads the
    character before a match's start even when it is before ``pos``, and so does the lookbehind here)."""
    return frozenset(found.start() for found in _WORD_START.finditer(text))


def led(regex: re.Pattern[str]) -> Led:
    """``regex`` with its ``finditer`` tried only where its leading words are (:class:`Led`)."""
    return Led(regex)
