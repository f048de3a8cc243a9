"""The queue search (claims.search) finds exactly what a plain ``icontains`` scan finds, on either
database, whatever characters the query holds; on SQLite the trigram index stays in step with the rows.

The reference below is the admin's search as it was before the text indexes: every word (split as
the admin splits a query) somewhere in the figure, sentence or subject, or the whole query somewhere
in the article's title or body; read with no index, on the same database (so SQLite's ASCII-only
letter case applies to both sides there).
"""

from __future__ import annotations

import hashlib

import pytest
from django.db import connection
from django.db.models import Q
from django.urls import reverse
from django.utils.text import smart_split, unescape_string_literal

from claims import text_index
from claims.models import Article, Claim, ClaimStatus
from claims.roles import REVIEWER
from claims.search import _articles_by_phrase, few_matches, fts_phrase, search_queue
from tests.app.test_admin_queue import client_for, make_user, rows

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:claims_claim_changelist")

# (title, [(sentence, figure, subject)]) : made-up firms and figures, with the characters a query can trip on.
ARTICLES = [
    (
        "Quarterly roundup: Zürich firms",
        [
            ("Brüel Følsom AG said café sales rose 12% in Zürich last spring.", "12%", "Brüel Følsom AG"),
            ('The "Quanta" board said 50% of staff_members now work remotely.', "50%", "Quanta"),
            ("ÉCOLE VARNE spending reached 9 million euros, the bursar said.", "9 million euros", "École Varne"),
        ],
    ),
    (
        "Tarsk & Co. notes (part 2)",
        [
            ("Near-term output AND exports at Orvane Ltd: 3*4 units, down -7 percent.", "-7 percent", "Orvane Ltd"),
            ("NEAR the harbour, Velkor shipped 40 tonnes of basalt.", "40 tonnes", "Velkor"),
            ("Koppa_Mills reported 100 % utilisation for the (third) time.", "100 %", "Koppa_Mills"),
            ("Tarsk Group revenue came to 8 billion kroner.", "8 billion kroner", "Tarsk Group"),
        ],
    ),
]

QUERIES = [
    "café", "CAFÉ", "zürich", "ZÜRICH", "école", "brüel følsom", '"Quanta"', '"said 50%"', "50%", "%", "100 %",
    "staff_members", "_", "koppa_mills", '"', '""', "'", "*", "3*4", "-7", "-", "-unit", "NEAR", "near", "AND",
    "and", "OR", "NOT", "NEAR(harbour velkor)", "Orvane AND", "velkor OR tarsk", "tarsk", "tarsk group revenue",
    "te", "9", "(", ")", "(third)", ":", "^", "{surface}:x", "subject:velkor", "'single quoted'", "roundup: zürich",
    "tarsk & co", "part 2", "\\", "kroner\\", "sales rose", "nobody here", "  basalt  ", "ll",
]  # fmt: skip


@pytest.fixture
def stored() -> list[Claim]:
    claims = []
    for title, sentences in ARTICLES:
        body = " ".join(sentence for sentence, _, _ in sentences)
        article = Article.objects.create(title=title, body=body, content_hash=hashlib.sha256(body.encode()).hexdigest())
        for sentence, figure, subject in sentences:
            start = body.index(sentence)
            at = start + sentence.index(figure)
            claims.append(
                Claim.objects.create(
                    article=article, start=at, end=at + len(figure), sentence_start=start,
                    sentence_end=start + len(sentence), surface=figure, text=sentence, subject=subject, reading={},
                )
            )  # fmt: skip
    return claims


def plain_scan(search_term: str) -> set[int]:
    claims = Claim.objects.all()
    for bit in smart_split(search_term):
        if bit.startswith(('"', "'")) and bit[0] == bit[-1]:
            bit = unescape_string_literal(bit)
        claims = claims.filter(Q(surface__icontains=bit) | Q(text__icontains=bit) | Q(subject__icontains=bit))
    phrase = search_term.strip()
    articles = Article.objects.filter(Q(title__icontains=phrase) | Q(body__icontains=phrase))
    return set(claims.values_list("pk", flat=True)) | set(
        Claim.objects.filter(article__in=articles).values_list("pk", flat=True)
    )


def found(search_term: str, indexed: bool | None = True) -> set[int]:
    return set(search_queue(Claim.objects.all(), search_term, indexed).values_list("pk", flat=True))


@pytest.mark.parametrize("indexed", [True, False], ids=["through the index", "row by row"])
@pytest.mark.parametrize("query", QUERIES)
def test_search_finds_what_a_plain_scan_finds(stored, query, indexed):
    assert found(query, indexed) == plain_scan(query)


@pytest.mark.parametrize("listed", [0, 1, 5000], ids=["subquery", "subquery-past-one", "id-list"])
@pytest.mark.parametrize("query", QUERIES)
def test_a_scan_finds_the_same_with_the_articles_listed_or_as_a_subquery(stored, query, listed, monkeypatch):
    monkeypatch.setattr("claims.search.LISTED_ARTICLES", listed)
    assert found(query, indexed=False) == plain_scan(query)


def test_the_index_is_used_when_few_claims_match(stored, monkeypatch):
    assert few_matches("basalt velkor")
    monkeypatch.setattr("claims.search.FEW_CLAIMS", 1)
    assert not few_matches("said")  # three claims by their words
    monkeypatch.setattr("claims.search.FEW_CLAIMS", 10)
    monkeypatch.setattr("claims.search.FEW_ARTICLES", 1)
    assert not few_matches("e")  # too short for any index on SQLite; both articles
    assert few_matches("tarsk")


def test_the_fixture_makes_the_comparison_mean_something(stored):
    # Most queries find something and not everything: equal empty sets would prove nothing.
    sizes = [len(plain_scan(query)) for query in QUERIES]
    assert sum(0 < size < len(stored) for size in sizes) >= len(QUERIES) // 2
    # Words out of the text's order: no article contains the query whole, so one claim is found.
    assert found("basalt velkor") == {stored[4].pk}
    assert found("tarsk") == {claim.pk for claim in stored[3:]}  # through the article's title


def test_fts_phrase_quotes_every_syntax_character():
    assert fts_phrase('say "hi" NEAR(x) AND -y*') == '"say ""hi"" NEAR(x) AND -y*"'


def test_the_queue_page_searches_with_any_characters(stored):
    client = client_for(make_user("rita", REVIEWER))
    for query in ('"', "NEAR(harbour velkor)", "3*4", "%", "_", "-", "kroner\\", "velkor"):
        response = client.get(CHANGELIST, {"q": query, "status__exact": "all"})
        assert response.status_code == 200, query
        assert set(rows(response)) == plain_scan(query), query


def test_an_article_match_keeps_the_queue_filters(stored):
    # Before: claims found through their article's text ignored the status filter (finished ones showed).
    Claim.objects.filter(pk=stored[6].pk).update(status=ClaimStatus.REVIEWED)
    client = client_for(make_user("rita", REVIEWER))
    shown = set(rows(client.get(CHANGELIST, {"q": "tarsk"})))  # the default view: open work
    assert shown == {claim.pk for claim in stored[3:6]}


@pytest.mark.skipif(not text_index.applies(connection), reason="SQLite's trigram index")
def test_the_sqlite_index_follows_inserts_updates_and_deletes(stored):
    assert found("basalt velkor") == {stored[4].pk}
    Claim.objects.filter(pk=stored[4].pk).update(text="NEAR the harbour, Velkor shipped 40 tonnes of granite.")
    assert found("basalt velkor") == set()
    assert found("granite velkor") == {stored[4].pk}
    stored[4].delete()
    assert found("granite velkor") == set()
    Article.objects.filter(pk=stored[0].article_id).update(title="Weekly digest of Alpine companies")
    assert found("alpine") == {claim.pk for claim in stored[:3]}
    with connection.cursor() as cursor:  # the index agrees with its content table, row for row
        cursor.execute("INSERT INTO claims_claim_search(claims_claim_search, rank) VALUES ('integrity-check', 1)")


@pytest.mark.skipif(not text_index.applies(connection), reason="SQLite's trigram index")
def test_a_lost_trigger_is_put_back_and_the_index_reread(stored):
    # As after a migration that rebuilds the claims table on SQLite: the triggers go with the old table.
    with connection.cursor() as cursor:
        cursor.execute('DROP TRIGGER "claims_claim_search_update"')
    Claim.objects.filter(pk=stored[4].pk).update(subject="Vantor")  # missed by the index
    assert found("vantor") == set()
    text_index.install(connection)  # what post_migrate runs
    assert found("vantor") == {stored[4].pk}
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name = 'claims_claim_search_update'")
        assert cursor.fetchone()


@pytest.mark.skipif(not text_index.applies(connection), reason="SQLite's trigram index")
def test_sqlite_search_reads_the_trigram_index():
    plan = search_queue(Claim.objects.all(), "orvane", indexed=True).explain()
    assert "claims_claim_search VIRTUAL TABLE INDEX" in plan
    # The articles are looked up on their own, once, and their ids given to the claims' query.
    assert "claims_article_search VIRTUAL TABLE INDEX" in _articles_by_phrase("orvane").explain()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="trigram indexes are PostgreSQL's")
def test_postgresql_search_reads_the_trigram_indexes():
    claims = search_queue(Claim.objects.all(), "orvane", indexed=True)
    # The article side alone: with tiny tables the planner may start that side from the claims instead.
    articles = _articles_by_phrase("orvane").order_by().values("pk")
    with connection.cursor() as cursor:
        # Near-empty tables: ask which index would serve the words (a plain index scan of the primary
        # key, filtering every row, is a scan by another name).
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        plans = claims.explain(), articles.explain()
    for index in ("claim_text_trgm", "claim_subject_trgm"):
        assert index in plans[0], plans[0]
    assert "claim_surface_trgm" not in plans[0]  # a figure is found through its sentence's index
    assert "article_title_trgm" in plans[1] and "article_body_trgm" in plans[1], plans[1]
