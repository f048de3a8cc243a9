"""The words people read: every internal value has a plain form (claims.wording)."""

from __future__ import annotations

import pytest

from claims import wording
from claims.models import ClaimStatus, ResultStatus, Severity, Verdict


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("percent_change", "Percent change"),
        ("growth_prior", "Growth against an earlier figure"),
        ("shares", "Shares of a whole"),
        ("a_check_added_later", "A check added later"),
        ("", "Check"),
    ],
)
def test_check_title(name, title):
    assert wording.check_title(name) == title


def test_every_registered_check_has_a_written_title():
    from factcheck.checks import registry

    missing = sorted(name for name in registry() if name not in wording.CHECK_TITLES)
    assert not missing, f"no title written for {missing}"


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("unreviewed", "Not reviewed yet"),
        ("in_review", "In review"),
        ("awaiting_signoff", "Awaiting sign-off"),
        ("reviewed", "Finished"),
        ("", "Not reviewed yet"),
        (None, "Not reviewed yet"),
    ],
)
def test_claim_status(value, words):
    assert wording.claim_status(value) == words


def test_every_status_verdict_result_and_severity_has_words_without_underscores():
    for value in ClaimStatus.values:
        assert "_" not in wording.claim_status(value)
    for value in Verdict.values:
        assert wording.verdict(value) == Verdict(value).label
    for value in ResultStatus.values:
        assert wording.result(value) in ("Passed", "Failed", "Undecided")
    for value in Severity.values:
        assert wording.severity(value) in ("Error", "Warning", "Note")


@pytest.mark.parametrize(
    ("before", "after", "words"),
    [
        ("in_review", "awaiting_signoff", "In review → Awaiting sign-off"),
        ("", "unreviewed", "Not reviewed yet"),
        (None, "reviewed", "Finished"),
    ],
)
def test_status_change(before, after, words):
    assert wording.status_change(before, after) == words


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("", "No verdict yet"),
        (None, "No verdict yet"),
        ("accurate_within_rounding", "Accurate within rounding"),
        ("inaccurate", "Inaccurate"),
    ],
)
def test_verdict(value, words):
    assert wording.verdict(value) == words


@pytest.mark.parametrize(
    ("status", "severity", "check", "words"),
    [
        ("fail", "warning", "percent_change", "Failed (warning): Percent change"),
        ("fail", "error", "shares", "Failed (error): Shares of a whole"),
        ("fail", "info", "shares", "Failed: Shares of a whole"),
        ("indeterminate", "info", "growth_prior", "Undecided: Growth against an earlier figure"),
        ("pass", "info", "word_range", "Passed: Word against figure"),
        ("", "", "", "Not checked"),
    ],
)
def test_finding_reason(status, severity, check, words):
    assert wording.finding_reason(status, severity, check) == words


@pytest.mark.parametrize(
    ("function", "value", "words"),
    [
        (wording.person, None, "Unassigned"),
        (wording.person, "", "Unassigned"),
        (wording.person, "ines", "ines"),
        (wording.actor, None, "factcheck (automatic)"),
        (wording.actor, "ines", "ines"),
    ],
)
def test_people(function, value, words):
    assert function(value) == words


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (35345622119.81567, "35.3 billion"),
        (53_000_000_000.0, "53 billion"),
        (1_250_000.0, "1.25 million"),
        (999_999_999.0, "1 billion"),
        (2.4e12, "2.4 trillion"),
        (194_000, "194,000"),
        (144.0, "144"),
        (89.440994, "89.4"),
        (5.224699, "5.22"),
        (69.411765, "69.4"),
        (999.7, "1,000"),
        (0.5, "0.5"),
        (0.0, "0"),
        (-12.5, "-12.5"),
        (-3_400_000.0, "-3.4 million"),
        (None, "not known"),
        (float("nan"), "not known"),
        (True, "yes"),
    ],
)
def test_number(value, words):
    assert wording.number(value) == words


@pytest.mark.parametrize(
    ("value", "unit", "words"),
    [
        (35345622119.81567, "USD", "$35.3 billion"),
        (85.0, "USD", "$85"),
        (-2_000_000.0, "USD", "-$2 million"),
        (58_500_000.0, "GBP", "£58.5 million"),
        (386_000_000_000.0, "CNY", "CNY 386 billion"),
        (61.0, "percent", "61%"),
        (2.0, "percentage_point", "2 percentage points"),
        (1.0, "percentage_point", "1 percentage point"),
        (194_000.0, "employees", "194,000 employees"),
        (3.0, "year", "3 year"),
        (12.0, "", "12"),
        (None, "USD", "not known"),
    ],
)
def test_amount(value, unit, words):
    assert wording.amount(value, unit) == words


@pytest.mark.parametrize(
    ("computed", "rows"),
    [
        (
            {"change_percent": 69.411765, "interval": [67.836257, 71.005917], "implied_start": 89.440994},
            [
                ("Change", "69.4"),
                ("Range the rounding allows", "67.8 to 71"),
                ("Starting level the percentage implies", "89.4"),
            ],
        ),
        ({"rate": None}, [("Rate", "not known")]),
        ({"some_new_key": [1.0, 2.0, 3.0]}, [("Some new key", "1, 2, 3")]),
        ({"descending": True}, [("Descending", "yes")]),
        ({}, []),
        (None, []),
    ],
)
def test_computed_rows(computed, rows):
    assert wording.computed_rows(computed) == rows


def test_computed_rows_never_show_raw_floats_or_none():
    rows = wording.computed_rows({"sum": 35345622119.81567, "rate": None, "values": [0.1234567, 98765.4321]})
    text = " ".join(value for _, value in rows)
    assert "None" not in text and "35345622119" not in text and "0.1234567" not in text


@pytest.mark.parametrize(
    ("items", "words"),
    [([], ""), (["a"], "a"), (["a", "b"], "a and b"), (["a", "", "b", "c"], "a, b and c")],
)
def test_listing(items, words):
    assert wording.listing(items) == words


@pytest.mark.parametrize(("n", "words"), [(0, "0 claims"), (1, "1 claim"), (1200, "1,200 claims")])
def test_count(n, words):
    assert wording.count(n, "claim") == words
