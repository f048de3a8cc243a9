"""A bare "margin" names no profit: in an earnings wrap ("Ebitda ... Margin narrows to 14.0% ... Net profit
...") it is the EBITDA margin of the line before, so it is set against net profit over revenue only as a guess,
left indeterminate; a margin that names its profit is still checked."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def outcome(text: str) -> set[tuple[str, str]]:
    return {(f.status.value, f.severity.value) for f in check_text(text, only=["part_share"]).findings}


WRAP = (
    "Palmyra Foods Q2 results (consolidated, YoY)\n"
    "Revenue up 9% at Rs 1,220 crore vs Rs 1,119 crore.\n"
    "Ebitda up 4% at Rs 171 crore vs Rs 164 crore.\n"
    "Margin narrows to {margin} vs 14.7%.\n"
    "Net profit up 21% at Rs 58 crore vs Rs 48 crore.\n"
)


@pytest.mark.parametrize("margin", ["14.0%", "13.6%"])
def test_a_bare_margin_in_a_wrap_is_not_flagged(margin):
    assert all(severity == "info" for _, severity in outcome(WRAP.format(margin=margin)))


def test_the_doubt_says_what_was_missing():
    messages = [f.message for f in check_text(WRAP.format(margin="14.0%"), only=["part_share"]).findings]
    assert messages and all("names no profit" in m for m in messages)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quorra Retail's net profit was $48 million on revenue of $1.2 billion. Its net margin was 4%.",
         {("pass", "info")}),
        ("Quorra Retail's net profit was $48 million on revenue of $1.2 billion. Its net margin was 9%.",
         {("fail", "warning")}),
        ("Quorra Retail's net profit was $48 million on revenue of $1.2 billion. Its profit margin was 9%.",
         {("fail", "warning")}),
    ],
)  # fmt: skip
def test_a_named_margin_is_still_checked(text, expected):
    assert outcome(text) == expected
