"""A whole, then "of which" (or "of whom") and its part with the share in brackets or after "or": the relative
clause takes the part out of the figure before it, so part, whole and share are checked together. A share that
follows a verb of its own, or a move after "of which", is not read this way."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def outcome(text: str) -> set[tuple[str, str]]:
    return {(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "part_share"}


PASS = {("pass", "info")}
SLIP = {("fail", "warning")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Flood claims in Harrowgate came to $640 million, of which $160 million, or 25%, was covered by insurers.",
         PASS),
        ("Flood claims in Harrowgate came to $640 million, of which $160 million, or 35%, was covered by insurers.",
         SLIP),
        ("The survey counted 1,800 wells, of which 234 (13%) failed the nitrate test.", PASS),
        ("The survey counted 1,800 wells, of which 234 (31%) failed the nitrate test.", SLIP),
        ("The shelter housed 560 refugees, of whom some 140, or a quarter of them, were children.", PASS),
        # the share after a verb of its own: no pairing read here
        ("The survey counted 1,800 wells, of which 234 failed the nitrate test, or 31%.", set()),
        # a move after the whole: not a part
        ("Tree cover shrank to 1,800 hectares, of which 234 hectares were lost in May, up 31% on April.", set()),
    ],
)  # fmt: skip
def test_part_share_of_which(text, expected):
    assert outcome(text) == expected
