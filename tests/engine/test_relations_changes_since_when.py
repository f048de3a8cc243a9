"""changes_since_when: a move counted since a past time whose level a "when" clause gives ("has gained $12 since
March, when it traded at $40"), ending at the level the story has just given or the move's own "to" figure.

All sentences are made up (made-up companies, places and figures).
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")


def outcome(text: str) -> set[tuple[str, str]]:
    report = check_text(text, only=["absolute_change", "percent_change"])
    return {(f.status.value, f.severity.value) for f in report.findings if "since" in f.message or "->" in f.message}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares of Pellam hit $52 on Tuesday. They have gained $12 since March, when they traded at $40.", {PASS}),
        ("Shares of Pellam hit $52 on Tuesday. They have gained $19 since March, when they traded at $40.", {WARN}),
        (
            "The Corvel index closed at 4,400 on Friday. It has risen 300 points since the start of the year, when "
            "it stood at 4,100.",
            {PASS},
        ),
        (
            "The Corvel index closed at 4,400 on Friday. It has risen 500 points since the start of the year, when "
            "it stood at 4,100.",
            {WARN},
        ),
        # the end after the "when" level, in the move's own clause
        ("Tarn crude has fallen 15% since June, when it was at $96 a barrel, to $81.60.", {PASS}),
        ("Tarn crude has fallen 25% since June, when it was at $96 a barrel, to $81.60.", {WARN}),
    ],
)
def test_a_move_since_a_dated_level(text: str, expected: set) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a currency's move in units: its quote may rise as it weakens, so the size alone is held to the ends
        (
            "The rupee slid to 83.2 per dollar on Monday, a record low. The rupee has weakened by 4.6 since "
            "January, when it was 78.6 per dollar.",
            {PASS},
        ),
        (
            "The rupee slid to 83.2 per dollar on Monday, a record low. The rupee has weakened by 7.6 since "
            "January, when it was 78.6 per dollar.",
            {WARN},
        ),
        (
            "Against the euro the krona firmed to 10.9 on Wednesday. The krona has strengthened by 1.4 since May, "
            "when it traded at 12.3 per euro.",
            {PASS},
        ),
        (
            "Against the euro the krona firmed to 10.9 on Wednesday. The krona has strengthened by 2.9 since May, "
            "when it traded at 12.3 per euro.",
            {WARN},
        ),
        # the move's sentence opens on the thing the level's sentence priced, one sentence without a level between
        (
            "Brent crude settled at $81.60 a barrel on Friday. Traders blamed weak demand in Asia. Brent crude has "
            "fallen $20.40 since June, when it traded at $96.",
            {WARN},
        ),
    ],
)
def test_a_currency_move_by_its_size_and_a_level_named_again(text: str, expected: set) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a currency's loss may be a rise of its quote: never flagged
        "The krona weakened to 11.5 per euro on Monday. It has lost 1.2 since January, when it was around 10.3 per "
        "euro.",
        # the move's sentence does not point back to the level: another stock's price
        "The shares hit $52 on Tuesday. Rival Orm has gained $19 since March, when it traded at $40.",
        # two levels in the sentence before: the end is open
        "Pellam opened at $50 and closed at $52 on Friday. It has gained $19 since March, when it traded at $40.",
        # a currency's move in percent: of its quote or of its value, the words do not say
        "The won weakened to 1,420 per dollar on Thursday. Exporters cheered. The won has lost 12% since March, when "
        "it was 1,190 per dollar.",
        # the move's sentence opens on another thing than the one the level's sentence priced
        "Brent crude settled at $81.60 a barrel on Friday. Traders blamed weak demand in Asia. US crude has fallen "
        "$20.40 since June, when it traded at $96.",
        # the past perfect: the move ended before the latest level, at one the text does not give
        "Shares of Quarro jumped 9% to $48.00 on the news. The stock had lost 25% since May, when it traded at $58.80.",
        # the level the story gave ends another move, which may have come after the move since
        "Shares of Quarro jumped 9% to $48.00 on the news. The stock has lost 25% since May, when it traded at $58.80.",
        # the "when" figure measures another thing than the move
        "Nordvik employs 600 people. Sales have grown 20% since 2019, when it had 400 staff.",
    ],
)
def test_look_alikes_are_not_flagged(text: str) -> None:
    assert WARN not in outcome(text)
