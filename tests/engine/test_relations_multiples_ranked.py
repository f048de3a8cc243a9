"""multiple: a word of change and a growth rate in one sentence, where a ranking joins the next subject.

"Sales to Corvia rose by a third, followed by Telmar, which was up 12%": the 12% is Telmar's, not the third's
restatement, as is 22% in "fell by a third, trailing Telmar, up 22%"; the pairing is left indeterminate. A rate
that restates the word ("rose by a third, or 33%", "rising 12% on the year") is still checked.

All sentences are made up (made-up companies, places and figures).
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def multiple(text: str) -> set[tuple[str, str]]:
    return {(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "multiple"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ranking names the next subject, which has a verb and rate of its own
        (
            "Exports of frozen fish to Corvia rose by a third in the half, followed by Telmar, which was up by 12%.",
            {("indeterminate", "info")},
        ),
        ("Ledger sales doubled in spring, ahead of shoe sales, which were up 40%.", {("indeterminate", "info")}),
        (
            "Orchard output in Velden halved, trailed by the lowland farms, where yields fell 18 percent.",
            {("indeterminate", "info")},
        ),
        (
            "Exports to Corvia fell by a third in the quarter, trailing Telmar, up 22%, and Dorn, up 35%.",
            {("indeterminate", "info")},
        ),
        ("Rail freight in Osk halved in the year, behind road haulage, down 12%.", {("indeterminate", "info")}),
        # the rate restates the word
        ("Exports to Corvia fell by a third, down 33%, in the quarter.", {("pass", "info")}),
        ("Exports to Corvia fell by half in the quarter, down 22%.", {("fail", "warning")}),
        ("Exports of frozen fish to Corvia rose by a third, or 33%, in the half.", {("pass", "info")}),
        (
            "Exports of frozen fish to Corvia rose by a third in the half, rising 12% on the year.",
            {("fail", "warning")},
        ),
    ],
)
def test_a_ranked_subject_keeps_its_own_rate(text: str, expected: set) -> None:
    assert multiple(text) == expected
