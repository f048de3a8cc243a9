"""A total rate is looked for in the sentences before two complementary halves; but an earlier sentence that gives
the same kind of halves rates of their own ("the domestic and foreign sectors' exports fell 16% and 9%
respectively") is another measure's parts, and its rate is no total of the halves that follow."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def outcome(text: str) -> set[tuple[str, str]]:
    return {(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "part_whole"}


PASS = {("pass", "info")}
OUTSIDE = {("fail", "warning")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the halves of one measure told after the halves of another: nothing is set against the earlier rates
        ("Export earnings of Pelmora's domestic firms and of its foreign-owned firms fell 16.1% and 9.5% "
         "respectively. Domestic firms spent US$13.1 billion on imports, down 12.6 percent, while foreign-owned "
         "firms spent US$25.1 billion, a 14.6 percent drop.", set()),
        ("Grain shipped by domestic carriers fell 21% and by foreign carriers 3%. Domestic carriers' fuel bills "
         "rose 8%, while foreign carriers' fuel bills rose 5%.", set()),
        # a total told before its halves is still checked, both ways
        ("Passenger traffic at Corvel Airport rose 9% in May. International traffic rose 4% while domestic "
         "traffic rose 6%.", OUTSIDE),
        ("Passenger traffic at Corvel Airport rose 5% in May. International traffic rose 4% while domestic "
         "traffic rose 6%.", PASS),
    ],
)  # fmt: skip
def test_other_halves_are_no_total(text, expected):
    assert outcome(text) == expected
