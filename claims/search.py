"""The queue's search, in a shape a text index serves, with the results of the admin's plain search.

What is found (unchanged): the query is split into words as the admin splits it (quoted phrases kept
whole), and a claim matches when every word appears, in any letter case, somewhere inside its
figure, its sentence or its subject; or when its article's title or body contains the whole query.

How it is found:

- PostgreSQL: each word is ``UPPER(column) LIKE UPPER('%word%')``, the expression the trigram
  indexes of migration 0010 are built on. The claims found by their words and those found through
  their article are joined with ``UNION`` in one ``id IN (...)``: an ``OR`` between the two would
  leave the database no index to use for either.
- SQLite: words of three or more characters are looked up in the trigram FTS5 index
  (``claims.text_index``), each as one quoted phrase, so no character of the query is FTS5 syntax.
  The candidates are then tested with the same ``LIKE`` the plain search uses, which keeps the
  results identical (FTS5 folds the case of accented letters too, SQLite's ``LIKE`` only ASCII).
- A word of one or two characters has no trigram: no index can serve it, so it is tested with
  ``LIKE`` on the claims the other words left (on every claim if it is the only word). Results are
  the same as before; only the time differs.
"""

from __future__ import annotations

from django.db import connection
from django.db.models import Q, QuerySet
from django.db.models.expressions import RawSQL
from django.utils.text import smart_split, unescape_string_literal

from claims.models import Article, Claim
from claims.text_index import applies as text_index_applies

CLAIM_FIELDS = ("surface", "text", "subject")
ARTICLE_FIELDS = ("title", "body")
# A trigram index serves a word with at least one trigram.
INDEXED_LENGTH = 3


def words(search_term: str) -> list[str]:
    """The words of a query, as Django's admin splits them: quoted phrases whole, quotes removed."""
    found = []
    for bit in smart_split(search_term):
        if bit.startswith(('"', "'")) and bit[0] == bit[-1]:
            bit = unescape_string_literal(bit)
        found.append(bit)
    return found


def fts_phrase(text: str) -> str:
    """``text`` as one FTS5 string: double quotes doubled, so AND, NEAR, *, - or ( are just characters."""
    return '"' + text.replace('"', '""') + '"'


def _contains(fields: tuple[str, ...], word: str) -> Q:
    return Q.create([(f"{field}__icontains", word) for field in fields], connector=Q.OR)


def _indexed(table: str, texts: list[str]) -> RawSQL | None:
    """Rowids the SQLite trigram index gives for rows containing every one of ``texts`` (None if it cannot)."""
    long_enough = [text for text in texts if len(text) >= INDEXED_LENGTH]
    if not long_enough or not text_index_applies(connection):
        return None
    query = " AND ".join(fts_phrase(text) for text in long_enough)
    return RawSQL(f'SELECT rowid FROM "{table}" WHERE "{table}" MATCH %s', [query])


def matching_claims(search_term: str) -> QuerySet[Claim]:
    """Ids (``values("pk")``) of the claims the queue's search finds for ``search_term``."""
    terms = words(search_term)
    by_words = Claim.objects.filter(*(_contains(CLAIM_FIELDS, term) for term in terms))
    if (indexed := _indexed("claims_claim_search", terms)) is not None:
        by_words = by_words.filter(pk__in=indexed)
    phrase = search_term.strip()
    articles = Article.objects.filter(_contains(ARTICLE_FIELDS, phrase))
    if (indexed := _indexed("claims_article_search", [phrase])) is not None:
        articles = articles.filter(pk__in=indexed)
    by_article = Claim.objects.filter(article_id__in=articles.values("pk"))
    return by_words.order_by().values("pk").union(by_article.order_by().values("pk"))


def search_queue(queryset: QuerySet[Claim], search_term: str) -> QuerySet[Claim]:
    if not search_term.strip():
        return queryset
    return queryset.filter(pk__in=matching_claims(search_term))
