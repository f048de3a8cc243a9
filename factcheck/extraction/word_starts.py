"""A search for a pattern that opens with one of a few words, tried only where one of those words stands.

Several readings of a figure search the few words before it with a pattern that opens with a word from a list
("rose|fell|...", "about|nearly|more than|..."). A search tries the whole alternation at every position of the
window; the words of the window are few, and a set lookup per word costs a fraction of it. Where each match opens
with a whole run of letters (no letter before it, by the pattern's look-behind or ``\\b``; none after it, the next
item being a space, a dot or the window's end), the leftmost match begins at the first run of the list where the
pattern matches: the search's own answer. Text where a character beyond ASCII may match a letter is searched as
before (see :func:`factcheck.literals.plain_case`).
"""

from __future__ import annotations

import functools
import re
import sys

from factcheck.literals import plain_case


@functools.cache
def _runs(symbols: str) -> re.Pattern[str]:
    """Runs of ASCII letters, and each of ``symbols`` alone."""
    return re.compile("[A-Za-z]+" + "".join(f"|{re.escape(symbol)}" for symbol in symbols))


def search_from_words(
    regex: re.Pattern[str],
    words: frozenset[str],
    text: str,
    start: int = 0,
    end: int = sys.maxsize,
    symbols: str = "",
) -> re.Match[str] | None:
    """``regex.search(text, start, end)`` where every match opens with a whole run of letters whose lower case is in
    ``words``, or with one of the characters of ``symbols``."""
    window = text[start:end]
    if not plain_case(window):
        return regex.search(text, start, end)
    for run in _runs(symbols).finditer(window):
        opening = run.group()
        if opening.lower() in words or opening in symbols:
            found = regex.match(text, start + run.start(), end)
            if found is not None:
                return found
    return None
