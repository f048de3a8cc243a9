"""The next player's "N, or P%" takes the whole stated in the sentence before; but when its own sentence states a
whole of its own ("In the south, 1,650 (60%) of 2,750 were eligible and 990 (36%) enrolled"), it is another
group's figure and is not set against the earlier whole."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def outcome(text: str) -> set[tuple[str, str]]:
    return {(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "part_share"}


PASS = {("pass", "info")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two groups, each with its whole: the second group's bare share is not a share of the first whole
        ("Of 3112 residents in the northern villages, 2210 (71%) qualified for the scheme and 1380 (44%) joined in "
         "the first week. Across the southern villages 1650 (60%) of 2750 residents qualified and 990 (36%) joined "
         "later.", PASS),
        ("At the Kessel depot 412 (82%) of 502 drivers passed the test. At the Ormond depot 233 (64%) of 364 "
         "drivers passed, and 51 (14%) failed twice.", PASS),
        # the next player without a whole of its own still takes the stated one, and a wrong share is caught
        ("Orla sold 180 million handsets in 2023, giving it a 15 percent share of a market of about 1.2 billion "
         "phones. Venn shipped 300 million, or 19 percent.", {("pass", "info"), ("fail", "warning")}),
        ("Orla sold 180 million handsets in 2023, giving it a 15 percent share of a market of about 1.2 billion "
         "phones. Venn shipped 228 million, or 19 percent.", PASS),
        # a group's own whole is still checked
        ("At the Kessel depot 412 (82%) of 502 drivers passed the test. At the Ormond depot 233 (74%) of 364 "
         "drivers passed.", {("pass", "info"), ("fail", "warning")}),
    ],
)  # fmt: skip
def test_next_group_with_own_whole(text, expected):
    assert outcome(text) == expected
