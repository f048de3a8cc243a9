"""Database constraints hold on every backend, not only in forms."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.db import IntegrityError, transaction

from claims.models import Article, Claim, Review, Verdict
from factcheck.claim import Claim as ClaimReading
from factcheck.quantity import Quantity, QuantityKind
from sources.models import Evidence, Source, Stance

pytestmark = pytest.mark.django_db

BODY = "Acme revenue rose 8 percent to $38.4 billion."


@pytest.fixture
def article() -> Article:
    return Article.objects.create(title="Acme", body=BODY, content_hash="a" * 64)


def reading(start: int = 31, end: int = 44) -> dict:
    quantity = Quantity(text=BODY[start:end], span=(start, end), value=3.84e10, unit="USD", kind=QuantityKind.MONEY)
    claim = ClaimReading(id="c1", text=BODY, span=(start, end), sentence_span=(0, len(BODY)), quantity=quantity)
    return claim.model_dump(mode="json")


def make_claim(article: Article, **fields) -> Claim:
    values = {"start": 31, "end": 44, "sentence_start": 0, "sentence_end": len(BODY), "surface": "$38.4 billion",
              "text": BODY, "reading": reading()} | fields  # fmt: skip
    return Claim.objects.create(article=article, **values)


def make_claim_in_bulk(article: Article, **fields) -> Claim:
    # bulk_create skips save()'s own span checks (tests/app/test_immutable_texts.py): the database must refuse alone.
    values = {"start": 31, "end": 44, "sentence_start": 0, "sentence_end": len(BODY), "surface": "$38.4 billion",
              "text": BODY, "reading": reading()} | fields  # fmt: skip
    return Claim.objects.bulk_create([Claim(article=article, **values)])[0]


def refused(create) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        create()


def test_reading_round_trips_through_the_engine_model(article):
    claim = make_claim(article)
    claim.refresh_from_db()
    parsed = claim.parsed_reading()
    assert parsed.quantity.value == 3.84e10
    assert parsed.model_dump(mode="json") == reading()


def test_article_content_is_unique(article):
    refused(lambda: Article.objects.create(title="Copy", body=BODY, content_hash="a" * 64))


@pytest.mark.parametrize(
    "fields",
    [
        {"start": 44, "end": 44},  # empty span
        {"start": 40, "end": 31},  # reversed span
        {"sentence_start": 35},  # claim starts before its sentence
        {"sentence_end": 40},  # claim ends after its sentence
        {"version": 0},
    ],
)
def test_claim_constraints(article, fields):
    refused(lambda: make_claim_in_bulk(article, **fields))


def test_one_claim_per_span(article):
    make_claim(article)
    refused(lambda: make_claim(article))


def test_review_needs_a_rationale(article):
    claim = make_claim(article)
    user = User.objects.create_user("rev")
    refused(lambda: Review.objects.create(claim=claim, reviewer=user, verdict=Verdict.INACCURATE, rationale=""))
    Review.objects.create(claim=claim, reviewer=user, verdict=Verdict.INACCURATE, rationale="Filing says $36.4bn")


def test_evidence_constraints(article):
    claim = make_claim(article)
    source = Source.objects.create(title="Filing", body="Revenue was US$38,381 million.", content_hash="b" * 64)
    base = {"claim": claim, "source": source, "start": 0, "end": 30, "score": 90.0, "stance": Stance.SUPPORTS}
    refused(lambda: Evidence.objects.create(**(base | {"score": 101.0})))
    refused(lambda: Evidence.objects.bulk_create([Evidence(**(base | {"end": 0}))]))
    evidence = Evidence.objects.create(**base)
    assert evidence.passage == "Revenue was US$38,381 million."
    refused(lambda: Evidence.objects.create(**base))


def test_claim_changes_are_kept_in_history(article):
    claim = make_claim(article)
    claim.status = "in_review"
    claim.save()
    assert [h.status for h in claim.history.order_by("history_id")] == ["unreviewed", "in_review"]
