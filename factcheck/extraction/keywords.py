"""Cheap tests that a pattern cannot match: a word it needs is absent, so its scan of the text is skipped.

The tests are substring checks on a case-folded copy of the text. ``str.lower()`` alone would miss the four letters
that re.IGNORECASE takes for ASCII letters without lower() giving them ("ı" and "İ" for "i", "ſ" for "s", the Kelvin
sign for "k"), so those are mapped first: a skipped pattern is always one that would have found nothing.
"""

from __future__ import annotations

import re

_ASCII_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})

# The last text folded: the finders of one text ask in turn. Keyed by identity and held, as in names.py.
_last: tuple[str, str] = ("", "")


def folded(text: str) -> str:
    """``text`` in lower case, for substring tests standing in for case-blind patterns."""
    global _last
    if _last[0] is text:
        return _last[1]
    result = text.translate(_ASCII_FOLDS).lower()
    _last = (text, result)
    return result


def has_any(text: str, *words: str) -> bool:
    return any(map(text.__contains__, words))


_LETTER_RUN = re.compile(r"[a-z]+")
_last_words: tuple[str, frozenset[str]] = ("", frozenset())


def words_in(text: str) -> frozenset[str]:
    """Every run of the letters a-z in the folded text.

    A case-blind pattern whose word can neither follow nor precede another letter (``(?<![A-Za-z-])`` before it,
    ``(?![A-Za-z])`` after it) only matches where that word is a whole run of letters, so when none of its words is
    in this set its scan can be skipped: one cheap pass over the text stands in for several costly ones.
    """
    global _last_words
    last = _last_words
    if last[0] is text:
        return last[1]
    result = frozenset(_LETTER_RUN.findall(folded(text)))
    _last_words = (text, result)
    return result
