"""ClaimReview a publisher could post: a public https url, the verdict's own reasons, the whole claim,
and a rating on a documented scale, checked against the fields schema.org and Google define."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import jsonschema
import pytest
from django.core.management import CommandError, call_command

from claims.exports.claimreview import BEST, RATINGS, WORST, rating
from claims.models import Claim, ClaimStatus, Verdict
from claims.review import correct_review, record_verdict, sign_off
from claims.roles import EDITOR, REVIEWER
from tests.app.test_admin_queue import make_user
from tests.app.test_export_seed import build_seed
from tests.conftest import REPO

pytestmark = pytest.mark.django_db
PUBLIC = "https://news.example/fact-checks"
REASONS = "A month earlier the shares were near $89, so the price did not rise 61% over the month."
NOTE = "Signed off: I read the closing prices too."

# Written from schema.org's ClaimReview (a Review, a CreativeWork) and Google's fact-check structured
# data: the required claimReviewed, reviewRating (with alternateName) and url; the recommended author,
# datePublished and itemReviewed (a Claim with its appearance). additionalProperties is false so a
# misspelt property fails here instead of being ignored by a search engine.
DATE = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
HTTPS = {"type": "string", "pattern": r"^https://[^\s/]+(/\S*)?$"}
ORGANIZATION = {
    "type": "object",
    "required": ["@type", "name"],
    "properties": {"@type": {"enum": ["Organization", "Person"]}, "name": {"type": "string", "minLength": 1},
                   "url": HTTPS},
    "additionalProperties": False,
}  # fmt: skip
CLAIM_REVIEW = {
    "type": "object",
    "required": [
        "@context",
        "@type",
        "url",
        "claimReviewed",
        "reviewRating",
        "author",
        "datePublished",
        "itemReviewed",
        "reviewBody",
    ],
    "additionalProperties": False,
    "properties": {
        "@context": {"const": "https://schema.org"},
        "@type": {"const": "ClaimReview"},
        "url": HTTPS,
        "claimReviewed": {"type": "string", "minLength": 1, "not": {"pattern": "(…|\\.\\.\\.)$"}},
        "reviewBody": {"type": "string", "minLength": 1},
        "datePublished": DATE,
        "author": ORGANIZATION,
        "reviewRating": {
            "type": "object",
            "required": ["@type", "alternateName"],
            "additionalProperties": False,
            "properties": {
                "@type": {"const": "Rating"},
                "alternateName": {"type": "string", "minLength": 1},
                "ratingValue": {"type": "number"},
                "bestRating": {"type": "number"},
                "worstRating": {"type": "number"},
            },
            "dependentRequired": {"ratingValue": ["bestRating", "worstRating"]},
        },
        "itemReviewed": {
            "type": "object",
            "required": ["@type", "appearance"],
            "additionalProperties": False,
            "properties": {
                "@type": {"const": "Claim"},
                "author": ORGANIZATION,
                "datePublished": DATE,
                "appearance": {
                    "type": "object",
                    "required": ["@type", "url"],
                    "additionalProperties": False,
                    "properties": {
                        "@type": {"const": "CreativeWork"},
                        "url": {"type": "string", "format": "uri"},
                        "headline": {"type": "string"},
                        "datePublished": DATE,
                    },
                },
            },
        },
    },
}


@pytest.fixture(autouse=True)
def quick_passwords(settings) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def public(settings) -> str:
    settings.FACTCHECK_PUBLIC_URL = PUBLIC
    return PUBLIC


@pytest.fixture
def signed() -> Claim:
    """A claim given a verdict by a reviewer and signed off by an editor with a note of their own."""
    seed = build_seed()
    claim = seed.claims["144"]
    claim = record_verdict(claim, user=make_user("rob", REVIEWER), verdict=Verdict.MISLEADING, rationale=REASONS,
                           loaded_version=claim.version)  # fmt: skip
    return sign_off(claim, user=make_user("edna", EDITOR), loaded_version=claim.version, note=NOTE)


def reviews(*args: str) -> list[dict]:
    out = io.StringIO()
    call_command("export_audit", "--format", "claimreview", *args, stdout=out, stderr=io.StringIO())
    return json.loads(out.getvalue())


def by_url(items: list[dict]) -> dict[str, dict]:
    return {item["url"]: item for item in items}


def test_every_review_validates_against_the_claimreview_fields_with_an_https_url(public: str, signed: Claim):
    items = reviews()
    assert len(items) == 2  # the seed's reviewed claim and the signed-off one
    for item in items:
        jsonschema.validate(item, CLAIM_REVIEW, format_checker=jsonschema.FormatChecker())
        assert item["url"].startswith(f"{PUBLIC}/claims/")


def test_the_review_body_is_the_verdicts_reasons_not_the_sign_off_note(public: str, signed: Claim):
    item = by_url(reviews())[f"{PUBLIC}/claims/{signed.pk}"]
    assert item["reviewBody"] == REASONS
    assert NOTE not in json.dumps(item)
    assert item["reviewRating"]["alternateName"] == "Misleading"


def test_a_corrected_reason_replaces_the_original_in_the_review_body(public: str, signed: Claim):
    original = signed.reviews.get(rationale=REASONS)
    corrected = "A month earlier the shares were about $89.10: the rise over the month was 62%, not 61%."
    correct_review(original, user=original.reviewer, rationale=corrected, loaded_version=signed.version)
    item = by_url(reviews())[f"{PUBLIC}/claims/{signed.pk}"]
    assert item["reviewBody"] == corrected


def test_the_claim_is_the_whole_sentence(public: str, signed: Claim):
    item = by_url(reviews())[f"{PUBLIC}/claims/{signed.pk}"]
    sentence = " ".join(signed.text.split())
    assert item["claimReviewed"] == sentence and len(sentence) > 75


def test_a_claim_awaiting_sign_off_is_not_published(public: str):
    seed = build_seed()
    claim = seed.claims["85"]
    record_verdict(claim, user=make_user("rob", REVIEWER), verdict=Verdict.INACCURATE, rationale=REASONS,
                   loaded_version=claim.version)  # fmt: skip
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.AWAITING_SIGNOFF
    assert f"{PUBLIC}/claims/{claim.pk}" not in by_url(reviews())


@pytest.mark.parametrize(
    ("verdict", "value", "words"),
    [
        (Verdict.ACCURATE, 5, "Accurate"),
        (Verdict.ACCURATE_WITHIN_ROUNDING, 4, "Accurate within rounding"),
        (Verdict.MISLEADING, 2, "Misleading"),
        (Verdict.INACCURATE, 1, "Inaccurate"),
        (Verdict.UNVERIFIABLE, None, "Unverifiable"),
    ],
)
def test_ratings_follow_the_documented_scale(verdict: str, value: int | None, words: str):
    given = rating(verdict)
    assert given["alternateName"] == words
    if value is None:
        assert "ratingValue" not in given and "bestRating" not in given
    else:
        assert (given["ratingValue"], given["bestRating"], given["worstRating"]) == (value, BEST, WORST)


def test_the_readme_table_is_the_scale_in_the_code():
    readme = (REPO / "README.md").read_text()
    rows = re.findall(r"^\| (\w[\w ]*) \| `(\w+)` \| (\d|—) \| (\d|—) \| (\d|—) \|$", readme, re.MULTILINE)
    documented = {stored: None if value == "—" else int(value) for _, stored, value, _, _ in rows}
    assert documented == {str(k): v for k, v in RATINGS.items()}
    for words, stored, _, best, worst in rows:
        assert words == rating(stored)["alternateName"]
        assert (best, worst) == (("—", "—") if RATINGS[stored] is None else (str(BEST), str(WORST)))


def test_without_a_public_address_the_export_is_refused_in_one_line(settings, signed: Claim, tmp_path: Path):
    settings.FACTCHECK_PUBLIC_URL = ""
    target = tmp_path / "reviews.jsonld"
    with pytest.raises(CommandError) as refused:
        call_command("export_audit", "--format", "claimreview", "--output", str(target), stderr=io.StringIO())
    assert refused.value.returncode == 2
    assert "FACTCHECK_PUBLIC_URL" in str(refused.value) and "\n" not in str(refused.value)
    assert not target.exists()


@pytest.mark.parametrize("address", ["http://news.example", "news.example/checks", "ftp://news.example"])
def test_an_address_that_is_not_https_is_refused(settings, signed: Claim, address: str):
    settings.FACTCHECK_PUBLIC_URL = ""
    with pytest.raises(CommandError) as refused:
        reviews("--base-url", address)
    assert refused.value.returncode == 2 and "https://" in str(refused.value)


def test_the_command_flag_wins_over_the_setting(public: str, signed: Claim):
    items = reviews("--base-url", "https://other.example/checks/")
    assert all(item["url"].startswith("https://other.example/checks/claims/") for item in items)
