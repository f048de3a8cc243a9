"""A bulleted key point told again word for word in the body is one figure: a changed copy alarms."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts

_POINT = "Holders of Velor stock will get $38 in cash for each share, about {pct} above where it traded before the bid."
_STORY = (
    "Velor board backs sweetened Mardon takeover\n"
    "- {point}\n"
    "- Talks between the two chip designers had stalled over the summer.\n"
    "Velor's directors said on Tuesday they would back the new approach from Mardon, ending a long stand-off.\n"
    "{body}\n"
    "Mardon said it hopes to complete the purchase by June."
)


def _story(point_pct: str, body_pct: str) -> str:
    return _STORY.format(point=_POINT.format(pct=point_pct), body=_POINT.format(pct=body_pct))


# Two paragraphs of a report share a sentence, each for the basis its paragraph opens on.
_REPORT = (
    "Orvale's online estimate for the summer, adjusted for the season, came to $4.2 billion. That online estimate "
    "was {a} above the summer of the year before, and the all-stores estimate 2.1 percent above it.\n"
    "On an unadjusted basis, the online estimate for the summer came to $3.9 billion. That online estimate "
    "was {b} above the summer of the year before, and the all-stores estimate 2.1 percent above it."
)
# A short key point says too little by itself to be the body's sentence.
_SHORT = (
    "Kelby reports results\n- The group's trading margin for the month came in at {a}.\nKelby shares rose on "
    "Friday after its results.\nThe group's trading margin for the month came in at {b}."
)


@pytest.mark.parametrize(
    ("text", "second", "expected"),
    [
        (_story("21%", "21%"), "21%", {PASS}),
        (_story("21%", "27%"), "27%", {WARN}),
        (_story("31%", "21%"), "21%", {WARN}),
        # look-alikes: the same sentence in two body paragraphs; a key point too short to say what it is about
        (_REPORT.format(a="11.4 percent", b="11.6 percent"), "11.6 percent", set()),
        (_SHORT.format(a="14.2%", b="16.8%"), "16.8%", {QUIET}),
    ],
)
def test_a_key_point_told_again_word_for_word(text: str, second: str, expected: set) -> None:
    assert verdicts(text, "same_figure", f"{second} is told in the same words") == expected
