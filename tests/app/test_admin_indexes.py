"""The admin's lookups at 100,000 claims are read through indexes, not by scanning every claim.

Plans, not times: each test asks the database how it would run the query. On PostgreSQL the
queue's word search uses the trigram indexes; on SQLite each part of the related-claims lookup
uses the figure indexes.
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.models import Q

from claims.models import Claim
from claims.related import _may_overlap
from claims.search import CLAIM_FIELDS
from factcheck.intervals import Interval

pytestmark = pytest.mark.django_db


@pytest.mark.skipif(connection.vendor != "postgresql", reason="trigram indexes are PostgreSQL's")
@pytest.mark.parametrize("column", CLAIM_FIELDS)
def test_queue_search_uses_a_trigram_index_on_postgresql(column):
    words = Claim.objects.filter(Q(**{f"{column}__icontains": "revenue"})).order_by()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # an empty table: ask which index would serve
        plan = words.explain()
    assert f"claim_{column}_trgm" in plan


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's query plan wording")
@pytest.mark.parametrize(
    ("part", "index"),
    [(0, "claim_figure_idx"), (1, "claim_figure_reach_idx"), (2, "claim_figure_reach_idx")],
    ids=["narrow figures", "wide figures", "open or nearly"],
)
def test_each_part_of_the_related_lookup_has_an_index_on_sqlite(part, index):
    parts = _may_overlap(Interval(7.5, 8.5))
    query = Claim.objects.filter(metric="growth", unit="percent").filter(parts[part]).order_by().values_list("pk")
    assert index in query.explain()
