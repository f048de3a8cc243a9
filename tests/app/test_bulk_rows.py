"""claims.bulk_rows.insert_rows stores exactly what QuerySet.bulk_create would, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime
import json

import pytest
from django.db import connection
from django.utils import timezone

from claims.bulk_rows import JsonText, insert_links, insert_rows, insert_values
from claims.models import Article, CheckResult, CheckRun, Claim

pytestmark = pytest.mark.django_db

BODY = "Made-up Ltd said revenue rose 12% to $56 million, and it now employs 310 people. " * 40


def article(tag: str) -> Article:
    return Article.objects.create(title=tag, body=BODY, content_hash=tag.ljust(64, "0"))


def claims_for(owner: Article, count: int) -> list[Claim]:
    made = []
    for n in range(count):
        start = n  # one claim per offset: spans are unique within an article
        made.append(
            Claim(
                article=owner,
                start=start,
                end=start + 3,
                sentence_start=0,
                sentence_end=len(BODY),
                surface="12%",
                text="Made-up Ltd said revenue rose 12% to $56 million",
                reading={"n": n, "nested": {"unit": "%", "values": [1.5, None, "x"]}, "quote": 'a "b" \\ c'},
                subject="Made-up Ltd",
                metric="growth",
                value=12.0 + n,
                unit="percent",
                lower=None if n % 2 else 11.5,
                upper=12.5,
                hedge="exact",
                period="" if n % 3 else "in 2024",
                baseline="",
                priority=n % 5,
            )
        )
    return made


def columns(rows) -> list[tuple]:
    skip = {"id", "article", "created_at", "updated_at"}
    names = [f.attname for f in Claim._meta.concrete_fields if f.name not in skip]
    return [tuple(row[name] for name in names) for row in rows.order_by("value").values(*names)]


@pytest.mark.parametrize("count", [0, 1, 7, 2500], ids=["none", "one", "a-few", "more-than-one-batch"])
def test_rows_are_stored_as_bulk_create_stores_them(count):
    ours, django = article("ours"), article("django")
    made = insert_rows(Claim, claims_for(ours, count))
    Claim.objects.bulk_create(claims_for(django, count))

    assert columns(ours.claims) == columns(django.claims)
    assert len(made) == count
    # Every object has the key of its own row, in order.
    for claim in made:
        assert claim.pk is not None and not claim._state.adding
        assert Claim.objects.values_list("value", flat=True).get(pk=claim.pk) == claim.value
    assert all(c.created_at is not None and c.updated_at is not None for c in ours.claims.all())


def values_of(claim: Claim) -> dict:
    """What a caller of insert_values gives for a claim: the fields it sets, by attname (no defaults, no dates)."""
    given = {"article", "start", "end", "sentence_start", "sentence_end", "surface", "text", "reading", "subject",
             "metric", "value", "unit", "lower", "upper", "hedge", "period", "baseline", "priority"}  # fmt: skip
    return {f.attname: getattr(claim, f.attname) for f in Claim._meta.concrete_fields if f.name in given}


@pytest.mark.parametrize("count", [0, 1, 7, 2500], ids=["none", "one", "a-few", "more-than-one-batch"])
def test_values_are_stored_as_the_objects_made_of_them(count):
    from_values, from_objects = article("values"), article("objects")
    keys = insert_values(Claim, [values_of(claim) for claim in claims_for(from_values, count)])
    insert_rows(Claim, claims_for(from_objects, count))

    # Defaults (origin, status, verdict, version) are filled in as the model fills them.
    assert columns(from_values.claims) == columns(from_objects.claims)
    assert keys == list(from_values.claims.order_by("pk").values_list("pk", flat=True))
    assert [value for (value,) in Claim.objects.filter(pk__in=keys).order_by("pk").values_list("value")] == [
        12.0 + n for n in range(count)
    ]
    stamps = set(from_values.claims.values_list("created_at", "updated_at"))
    assert len(stamps) <= 1 and all(created == updated is not None for created, updated in stamps)


def test_a_date_set_on_save_is_now_whatever_the_values_say():
    owner = article("dates")
    long_ago = timezone.now() - datetime.timedelta(days=400)
    before = timezone.now()
    [key] = insert_values(Claim, [values_of(claims_for(owner, 1)[0]) | {"created_at": long_ago}])
    assert Claim.objects.get(pk=key).created_at >= before


def test_json_and_text_round_trip_unchanged():
    owner = article("json")
    now = timezone.now()
    run = CheckRun.objects.create(article=owner, engine_version="x", started_at=now, finished_at=now)
    tricky = {"spans": [[1, 2]], "text": "</script> ' \" \\ é ✓", "empty": {}, "none": None}
    [result] = insert_rows(
        CheckResult,
        [
            CheckResult(
                run=run, check_name="shares", status="pass", severity="info", message="=1+2 ✓", computed=tricky,
                tolerance="", within_rounding=True, spans=[[0, 3]], pairing="", uncertain=[], relation={},
            )
        ],
    )  # fmt: skip
    stored = CheckResult.objects.get(pk=result.pk)
    assert stored.computed == tricky
    assert stored.message == "=1+2 ✓"
    assert stored.spans == [[0, 3]] and stored.within_rounding is True and stored.relation == {}


@pytest.mark.parametrize(
    "value",
    [{"spans": [[1, 2]], "text": "</script> ' \" \\ é ✓", "none": None}, [], {}, "a string", 1.5, None],
)
def test_json_given_as_text_is_stored_as_the_value_it_writes(value):
    owner = article("jsontext")
    claim = claims_for(owner, 1)[0]
    # Written compactly and unescaped, as pydantic writes it: the stored value is the same either way.
    text = JsonText(json.dumps(value, ensure_ascii=False, separators=(",", ":")))
    [key] = insert_values(Claim, [values_of(claim) | {"reading": text}])
    assert Claim.objects.get(pk=key).reading == value


def test_a_database_without_returning_falls_back_to_bulk_create(monkeypatch):
    owner = article("fallback")
    monkeypatch.setattr(connection.features, "can_return_rows_from_bulk_insert", False)
    made = insert_rows(Claim, claims_for(owner, 3))
    assert owner.claims.count() == 3
    assert len(made) == 3


def test_an_enum_member_is_stored_by_its_value():
    from claims.models import ClaimOrigin, ClaimStatus

    owner = article("enum")
    [claim] = claims_for(owner, 1)
    claim.origin, claim.status = ClaimOrigin.REVIEWER, ClaimStatus.UNREVIEWED
    insert_rows(Claim, [claim])
    assert Claim.objects.values_list("origin", "status").get(pk=claim.pk) == (
        ClaimOrigin.REVIEWER.value,
        ClaimStatus.UNREVIEWED.value,
    )


@pytest.mark.parametrize(
    ("pairs", "stored"),
    [
        ([], []),
        ([(0, 0)], [(0, 0)]),
        ([(0, 0), (0, 1), (1, 1)], [(0, 0), (0, 1), (1, 1)]),
        ([(0, 1), (0, 1), (1, 0), (0, 1)], [(0, 1), (1, 0)]),  # a pair given again is stored once
    ],
    ids=["none", "one", "several", "repeated"],
)
def test_links_are_stored_once_each(pairs, stored):
    owner = article("links")
    now = timezone.now()
    run = CheckRun.objects.create(article=owner, engine_version="x", started_at=now, finished_at=now)
    results = insert_rows(
        CheckResult,
        [CheckResult(run=run, check_name=f"c{n}", status="pass", severity="info", message="m") for n in range(2)],
    )
    claims = insert_rows(Claim, claims_for(owner, 2))
    insert_links(
        CheckResult.claims.through,
        ("checkresult", "claim"),
        [(results[r].pk, claims[c].pk) for r, c in pairs],
    )
    by_key = {result.pk: n for n, result in enumerate(results)} | {claim.pk: n for n, claim in enumerate(claims)}
    rows = CheckResult.claims.through.objects.filter(checkresult__run=run).values_list("checkresult_id", "claim_id")
    assert sorted((by_key[r], by_key[c]) for r, c in rows) == stored
    assert [sorted(result.claims.values_list("pk", flat=True)) for result in results] == [
        sorted(claims[c].pk for r, c in stored if r == n) for n in range(2)
    ]
