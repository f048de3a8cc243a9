"""Stated ranks (relations/ranks): which figure a rank is predicated of, and which shares are its rivals.

* "Orlen's 46% share is the second largest, surpassed only by Quill, with 49%": the rank is the subject's (46%);
  a figure brought in after "surpassed by / behind / second only to <Name>, with" is the rival's.
* A share told for an earlier period ("down from a year before, when it held 35%") or dated to another year than
  the ranked one is no rival in the ranking; a sentence opening on a common noun ("Volumes were down") names no
  player.

Every sentence is made up.
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def alarms(text: str) -> list[str]:
    return [f.message for f in check_text(text, only=["rank_order"]).findings if f.severity.value != "info"]


def ranked(text: str) -> list[str]:
    """The reason of every ranked-figure relation (``rank`` in params), to see what each rank was bound to."""
    return [r.reason for r in check_text(text, only=["rank_order"]).relations if "rank" in r.params]


@pytest.mark.parametrize(
    ("text", "alarmed"),
    [
        # consistent: the rank is the subject's figure, the rival's figure comes after the rival's name
        ("Orlen's 46% share is the second largest, surpassed only by Quill, with 49%.", False),
        ("The 46% share held by Orlen is the second largest, exceeded only by Quill, with 49%.", False),
        ("Orlen's 46% share is the second largest, after Quill's 49%.", False),
        ("Orlen is the second-largest vendor with 46% of the market, topped only by Quill at 49%.", False),
        # slips: the subject's figure cannot be second with that rival
        ("Orlen's 46% share is the second largest, surpassed only by Quill, with 41%.", True),
        ("Orlen's 52% share is the second largest, after Quill's 38%.", True),
        ("Orlen is the second-largest vendor with 56% of the market, topped only by Quill at 39%.", True),
        ("Orlen's 46% share is the third largest, surpassed by Quill, with 49%, and Rook, with 30%.", True),
    ],
)  # fmt: skip
def test_a_rank_is_the_subjects_not_the_rivals(text: str, alarmed: bool) -> None:
    assert bool(alarms(text)) == alarmed


@pytest.mark.parametrize(
    "text",
    [
        "Orlen's 46% share is the second largest, surpassed only by Quill, with 49%.",
        "Orlen's 46% share is the second largest, beaten only by Quill, with 49%.",
    ],
)
def test_the_rivals_figure_is_not_bound_to_the_rank(text: str) -> None:
    found = ranked(text)
    assert found and all("ranks Orlen with 46%" in r for r in found)


_EARLIER = (
    "Norvik sold 4.8 million scooters in the quarter, a 24.0 percent market share. Volumes were down from the same "
    "quarter a year before, when it sold 6.3 million for a 30.0 percent share. "
)


@pytest.mark.parametrize(
    ("text", "alarmed"),
    [
        # consistent: the year-ago share is no rival, and "Volumes" is no player
        (_EARLIER + "Pallas took second place with 2.4 million scooters sold in the quarter for 12.0 percent market "
         "share.", False),
        ("Sales at Norvik fell to 4.8 million scooters, a 24.0% share of the market, compared with 6.3 million and "
         "a 30.0% share a year earlier. Pallas ranked second with a 12.0% share.", False),
        ("Norvik held a 24% share of the market in 2025. In 2024 Norvik had a 30% share and Tamsin had a 17% "
         "share. Pallas ranked second in 2025 with a 12% share.", False),
        # slips: two rivals of the same period are ahead of the second
        (_EARLIER + "Pallas took second place with 2.4 million scooters sold in the quarter for 12.0 percent market "
         "share, while Tamsin had 3.4 million for 17.0 percent.", True),
        ("Norvik held a 24% share of the market in 2025, and Tamsin had a 17% share in 2025. Pallas ranked second "
         "in 2025 with a 12% share.", True),
        # a rival's figure after "compared to" is of the same time: still a rival
        ("Norvik's share of the scooter market was 24%, compared with Tamsin's 17%. Pallas ranked second with a "
         "12% share.", True),
        ("Pallas ranked second with 5.6 million scooters sold, compared to the 5.9 million sold by Tamsin and the "
         "6.4 million sold by Norvik.", True),
    ],
)  # fmt: skip
def test_a_share_of_another_period_is_no_rival(text: str, alarmed: bool) -> None:
    assert bool(alarms(text)) == alarmed


def test_a_common_noun_opening_a_sentence_is_no_player() -> None:
    text = _EARLIER + "Pallas took second with 2.4 million scooters sold in the quarter for 12.0 percent market share."
    holders = [h for r in check_text(text).relations for h in r.params.get("holders", {}).values()]
    assert "Pallas" in holders and "Volumes" not in holders
