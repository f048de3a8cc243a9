"""A bare change stated after the pair it sums up ("Profit was $52 million against $47 million. Profit rose
10.6 percent."), end to end on made-up paragraphs; the consistent and the other-stretch variants stay quiet."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quarterly profit at Norvale Foods was $52 million, compared with $47 million a year earlier. "
            "Profit rose 10.6 percent.",
            {PASS},
        ),
        (
            "Quarterly profit at Norvale Foods was $52 million, compared with $47 million a year earlier. "
            "Profit rose 20.6 percent.",
            {WARN},
        ),
        # a sentence between the pair and the change, another verb and cue ("up from", "grew")
        (
            "Net sales at Quillon Retail came to $1.23 billion in the quarter, up from $1.10 billion a year earlier. "
            "The company said the quarter was its busiest ever. Sales grew 11.8% as new stores opened.",
            {PASS},
        ),
        (
            "Net sales at Quillon Retail came to $1.23 billion in the quarter, up from $1.10 billion a year earlier. "
            "The company said the quarter was its busiest ever. Sales grew 21.8% as new stores opened.",
            {WARN},
        ),
        # a fall, stated as "from ... to" first
        (
            "The price of a gallon of milk in Corvale slipped from $4.20 to $3.95 in the spring. The price was down "
            "6% as feed costs eased.",
            {PASS},
        ),
        (
            "The price of a gallon of milk in Corvale slipped from $4.20 to $3.95 in the spring. The price was down "
            "16% as feed costs eased.",
            {WARN},
        ),
        # a change on its own basis: the pairing is uncertain, so a mismatch is only noted
        (
            "Quarterly revenue at Tamsin Telecom reached $640 million, up from $600 million. Like-for-like revenue "
            "rose 9 percent.",
            {QUIET},
        ),
    ],
)
def test_a_bare_change_after_its_pair(text: str, expected: set) -> None:
    assert verdicts(text, "growth_prior") == expected


@pytest.mark.parametrize(
    "text",
    [
        # another stretch of time: the full year, a dated earlier move, "since"
        "Quarterly revenue at Tamsin Telecom reached $640 million, up from $600 million. Full-year revenue rose "
        "9 percent.",
        "Tamsin raised its dividend to $0.52 a share from $0.48. It last lifted the dividend in March 2021, when "
        "it increased it 4 percent.",
        # only the first change after a pair may sum it up: the second is a part's move
        "Home prices in Averton fell to $301,000 from $310,000. Condo prices rose 2.1 percent, while house prices "
        "dropped 4.4 percent.",
        # a change of another measure
        "Revenue at Norvale Foods was $520 million, compared with $470 million. Net income rose 31 percent.",
    ],
)
def test_no_pairing_for_another_move(text: str) -> None:
    relations = [r for r in check_text(text).relations if r.kind.value == "growth_prior"]
    assert not [r for r in relations if "stated just before it" in r.reason]


def test_the_reason_names_the_pair() -> None:
    text = (
        "Quarterly profit at Norvale Foods was $52 million, compared with $47 million a year earlier. "
        "Profit rose 10.6 percent."
    )
    [relation] = [r for r in check_text(text).relations if r.kind.value == "growth_prior"]
    assert "$47 million -> $52 million" in relation.reason and "just before" in relation.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a round-up: each company opens its own paragraph, so the next one's bare change may not be the pair's
        (
            "Pre-tax profit slid from £88.0m to £21.5m, the brewer said. Management blamed energy costs.\n\n"
            "At the tool maker, pre-tax profit fell 40% on weak demand.",
            {QUIET},
        ),
        (
            "Revenue climbed from $310 million to $342 million, the grocer said. It opened nine stores.\n"
            "At its rival down the road, revenue grew 4% in the period.",
            {QUIET},
        ),
        # the companies named: not paired at all
        (
            "Pre-tax profit at Pellam Brewing slid from £88.0m to £21.5m. Management blamed energy costs.\n\n"
            "Pre-tax profit fell 40% at Orrin Tools, hit by weak demand.",
            set(),
        ),
        # one paragraph: still checked both ways
        (
            "Pre-tax profit slid from £88.0m to £21.5m, the brewer said. Management blamed energy costs. "
            "Pre-tax profit fell 75.6% in all.",
            {PASS},
        ),
        (
            "Pre-tax profit slid from £88.0m to £21.5m, the brewer said. Management blamed energy costs. "
            "Pre-tax profit fell 40% in all.",
            {WARN},
        ),
    ],
)
def test_a_change_in_another_paragraph_is_not_sure_to_sum_up_the_pair(text: str, expected: set) -> None:
    assert verdicts(text, "growth_prior") == expected
