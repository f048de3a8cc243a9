"""Cheap tests that a pattern cannot match: a word it needs is absent, so its scan of the text is skipped.

The tests are substring checks on a case-folded copy of the text. ``str.lower()`` alone would miss the four letters
that re.IGNORECASE takes for ASCII letters without lower() giving them ("ı" and "İ" for "i", "ſ" for "s", the Kelvin
sign for "k"), so those are mapped first: a skipped pattern is always one that would have found nothing.
"""

from __future__ import annotations

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
