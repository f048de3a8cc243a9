"""The runner holds the cycle collector off while it reads an article, and leaves it as it found it."""

from __future__ import annotations

import gc

import pytest

from factcheck.extraction import extract_claims
from factcheck.runner import check_text

_TEXT = "Tolland's bookings rose 10% to $5.5 million from $5 million in 2023."


def test_collector_is_on_again_after_a_check() -> None:
    assert gc.isenabled()
    report = check_text(_TEXT)
    assert report.relations  # the text was read, not skipped
    assert gc.isenabled()


def test_collector_turned_off_by_the_caller_stays_off() -> None:
    gc.disable()
    try:
        check_text(_TEXT)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_collector_is_on_again_after_a_crash() -> None:
    with pytest.raises(ValueError, match="unknown check"):
        check_text(_TEXT, only=["no-such-check"])  # raised inside the pause check_text holds
    assert gc.isenabled()


@pytest.mark.parametrize("caller_had_it_on", [True, False])
def test_extraction_leaves_the_collector_as_it_found_it(caller_had_it_on: bool) -> None:
    if not caller_had_it_on:
        gc.disable()
    try:
        assert extract_claims(_TEXT)  # the text was read, not skipped
        assert gc.isenabled() is caller_had_it_on
    finally:
        gc.enable()
