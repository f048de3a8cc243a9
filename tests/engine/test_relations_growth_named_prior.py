"""A change with its new level, and the level before named as such up to two sentences away ("The previous
quarterly dividend was 20 cents"). Every sentence here is made up."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, WARN, verdicts

RAISE = "Orbis Corp said on Friday it is raising its quarterly dividend by {pct} to 23 cents per share."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (RAISE.format(pct="15%") + " The previous quarterly dividend was 20 cents a share.", {PASS}),
        (RAISE.format(pct="30%") + " The previous quarterly dividend was 20 cents a share.", {WARN}),
        # one sentence between
        (
            RAISE.format(pct="15%") + " The dividend amounts to 72 cents a share a year. The previous quarterly "
            "dividend was 20 cents a share.",
            {PASS},
        ),
        (
            RAISE.format(pct="30%") + " The dividend amounts to 72 cents a share a year. The previous quarterly "
            "dividend was 20 cents a share.",
            {WARN},
        ),
        (RAISE.format(pct="30%") + " The payout was previously 20 cents a share.", {WARN}),
    ],
)
def test_a_level_named_as_the_one_before(text: str, expected: set) -> None:
    assert verdicts(text, "growth_prior") == expected


@pytest.mark.parametrize(
    "text",
    [
        # another measure named as the one before
        RAISE.format(pct="30%") + " The previous quarter's earnings were 15 cents a share.",
        RAISE.format(pct="30%") + " Earnings in the previous quarter were 15 cents a share.",
        # a forecast named as the one before is no level
        RAISE.format(pct="30%") + " The previous analyst estimate was 20 cents a share.",
        # two sentences away and not named as the one before
        RAISE.format(pct="30%") + " The dividend amounts to 72 cents a share a year. Rival Vexo pays 20 cents a share.",
    ],
)
def test_look_alikes_of_a_named_prior_do_not_pair(text: str) -> None:
    assert WARN not in verdicts(text, "growth_prior")


CORVO = (
    "Corvo said it is raising its quarterly dividend by {pct} to 28 cents a share. The annual payout will be 1.12 "
    "dollars."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the change's clause names its company; "the previous <noun>" names the thing, not the owner
        (CORVO.format(pct="12%") + " The previous quarterly dividend was 25 cents a share.", {PASS}),
        (CORVO.format(pct="22%") + " The previous quarterly dividend was 25 cents a share.", {WARN}),
    ],
)
def test_the_previous_one_of_the_thing_the_change_names(text: str, expected: set) -> None:
    assert verdicts(text, "growth_prior") == expected


@pytest.mark.parametrize(
    "text",
    [
        CORVO.format(pct="22%") + " Rival Orm's previous dividend was 25 cents a share.",  # another owner
        CORVO.format(pct="22%") + " The previous buyback price was 25 cents a share.",  # another thing
    ],
)
def test_the_previous_one_of_another_thing_or_owner_does_not_pair(text: str) -> None:
    assert WARN not in verdicts(text, "growth_prior")
