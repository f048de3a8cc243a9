"""A total in millions and an amount per share stand side by side in results copy ("profit climbed to $4.3 billion,
or 45 cents a share, from $3.5 billion") but are never two levels of one move, nor like figures to compare: the
per-share amount is not paired with the total before or after it. A per-share amount and a bare amount of the same
size still are ("a payout of $0.52 a share, up from 48 cents"), and so are a total and a price in a per-unit sum.

All sentences are made up (made-up firms and figures).
"""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims
from factcheck.figures import show
from factcheck.runner import run_checks
from tests.engine.test_checks_changes import ERROR, PASS, verdicts


def direction_pairs(text: str) -> list[tuple[str, str]]:
    claims = extract_claims(text)
    report = run_checks(text, claims)
    by_id = {c.id: c for c in claims}
    pairs = []
    for relation in report.relations:
        if relation.kind.value == "direction":
            roles = {m.role: show(by_id[m.claim]) for m in relation.members}
            pairs.append((roles["from"], roles["to"]))
    return sorted(pairs)


@pytest.mark.parametrize(
    ("text", "expected", "pairs"),
    [
        ("Profit at Tarn Foods climbed to $4.3 billion, or 45 cents a share, from $3.5 billion a year earlier.",
         {PASS}, [("$3.5 billion", "$4.3 billion")]),
        # the totals' fall is still caught, with no second reading against the per-share amount
        ("Net income at Tarn Foods rose to $88 million, or $1.10 a share, from $91 million a year earlier.",
         {ERROR}, [("$91 million", "$88 million")]),
        # each level restated per share: the two per-share amounts are a pair of their own
        ("Net income at Tarn Foods rose to $88 million, or 11 cents a share, from $81 million, or 10 cents a share, "
         "a year earlier.", {PASS}, [("$81 million", "$88 million"), ("10 cents a share", "11 cents a share")]),
        # a payout per share against a bare amount of its size: one series
        ("The board raised its payout to $0.52 a share, up from its previous payout of 48 cents.", {PASS},
         [("48 cents", "$0.52 a share")]),
        ("The board cut its payout to $0.52 a share from its previous payout of 48 cents.", {ERROR},
         [("48 cents", "$0.52 a share")]),
    ],
)  # fmt: skip
def test_a_total_and_a_per_share_amount_are_not_one_move(text: str, expected: set, pairs: list) -> None:
    assert verdicts(text, "direction") == expected
    assert direction_pairs(text) == sorted(pairs)


def test_an_estimate_per_share_is_not_set_against_a_total() -> None:
    text = (
        "Quarterly revenue at Tarn Foods rose 9% to $3.5 billion. The company fell short of the average analyst "
        "estimate of $1.84 per share."
    )
    assert verdicts(text, "comparison") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quarterly earnings at Tarn Foods came to $1.71 per share. The company fell short of the average analyst "
         "estimate of $1.84 per share.", {PASS}),
        ("Quarterly earnings at Tarn Foods came to $1.91 per share. The company fell short of the average analyst "
         "estimate of $1.84 per share.", {("indeterminate", "info")}),
    ],
)  # fmt: skip
def test_an_estimate_per_share_is_still_set_against_a_result_per_share(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


def test_a_price_times_shares_still_makes_the_total() -> None:
    text = "Lanthorn Bio sold 3.4 million new shares at $18 apiece in its listing, bringing in $61.2 million."
    assert verdicts(text, "per_unit") == {PASS}
