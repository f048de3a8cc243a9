"""How a comparative reads two changes: by their signed values or by their sizes.

"Parcel volumes grew 0.8%, higher than the forecast 1.6% decline" sets +0.8 against -1.6: a rise above a fall,
whatever the sizes. "Orders slid 5.3%, more than the forecast 2.2% drop" sets sizes: a bigger fall. Words of size (more,
less, bigger, steeper, milder ...) compare sizes of moves the same way; words of level (higher, lower, above,
below, stronger, weaker ...) compare signed values. Two readings that disagree leave the pairing uncertain: words
of size across moves in opposite directions, and words of level between two falls ("lower than the expected 2%
drop" may mean a smaller or a deeper fall).
"""

from __future__ import annotations

import re

_SIZE_WORD = re.compile(
    r"\b(?:more|less|fewer|bigger|smaller|larger|greater|steeper|sharper|deeper|milder|wider|narrower|shallower)\b",
    re.IGNORECASE,
)


def move_params(up_figure: bool, up_reference: bool, word: str) -> tuple[dict[str, object], list[str]]:
    """The comparison check's params for two changes compared by ``word``, and what makes the reading unsure."""
    sizes = bool(_SIZE_WORD.search(word))
    if up_figure == up_reference:
        if sizes or up_figure:
            return {"magnitude": True}, []  # two rises: sizes and signed values order alike
        return {"signs": [-1, -1]}, [f"“{word}” between two falls may compare their sizes, not their signed values"]
    signs = [1 if up_figure else -1, 1 if up_reference else -1]
    if sizes:
        return {"signs": signs}, [f"“{word}” compares the sizes of moves in opposite directions"]
    return {"signs": signs}, []
