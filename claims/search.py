"""The queue's search, in a shape a text index serves, with the results of the admin's plain search.

What is found (unchanged): the query is split into words as the admin splits it (quoted phrases kept
whole), and a claim matches when every word appears, in any letter case, somewhere inside its
figure, its sentence or its subject; or when its article's title or body contains the whole query.

The articles holding the whole query are looked up once (``article_ids``) and their ids serve the
page and its count. How the claims are found, when few match (``few_matches``: at most
``FEW_ARTICLES`` of those articles, and a probe of the claims by their words that stops at a limit):

- PostgreSQL: each word is ``UPPER(column) LIKE UPPER('%word%')``, the expression the trigram
  indexes of migration 0010 are built on (the sentence's and the subject's; a figure is found through its
  sentence, see ``CLAIM_FIELDS``). The claims found by their words and those found through
  their article are joined with ``UNION`` in one ``id IN (...)``: an ``OR`` between the two would
  leave the database no index to use for either.
- SQLite: words of three or more characters are looked up in the trigram FTS5 index
  (``claims.text_index``), each as one quoted phrase, so no character of the query is FTS5 syntax.
  The candidates are then tested with the same ``LIKE`` the plain search uses, which keeps the
  results identical (FTS5 folds the case of accented letters too, SQLite's ``LIKE`` only ASCII).
- A word of one or two characters has no trigram: it is tested with ``LIKE`` on the claims the
  other words left.

When many match (a word nearly every sentence has), or no word is long enough for the index, the
same condition is tested row by row in queue order (``scanned_claims``), as before: the page's
rows come first, and only its count reads every claim. Results are the same in either shape.
"""

from __future__ import annotations

from django.db import connection
from django.db.models import Q, QuerySet
from django.db.models.expressions import RawSQL
from django.utils.text import smart_split, unescape_string_literal

from claims.models import Article, Claim
from claims.text_index import applies as text_index_applies

# The figure (surface) is not searched on its own: it is always a piece of its sentence (both are spans of the
# article text, the figure's inside the sentence's, claims.stored_text), so a word of it is found there.
CLAIM_FIELDS = ("text", "subject")
ARTICLE_FIELDS = ("title", "body")
# A trigram index serves a word with at least one trigram.
INDEXED_LENGTH = 3
# Above these, a search matches enough of the queue that reading it in order is cheaper than the index.
FEW_CLAIMS = 2000
FEW_ARTICLES = 50
# Up to this many articles found by a phrase go into the scan's condition as a list of ids (well within
# the parameters a statement may carry); past it, as a subquery.
LISTED_ARTICLES = 5000


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


def _fts_rowids(table: str, texts: list[str]) -> tuple[str, list[str]] | None:
    """SQL for the rowids SQLite's trigram index gives for rows containing every one of ``texts``,
    or None when it cannot (another database, or no text of three characters)."""
    long_enough = [text for text in texts if len(text) >= INDEXED_LENGTH]
    if not long_enough or not text_index_applies(connection):
        return None
    query = " AND ".join(fts_phrase(text) for text in long_enough)
    return f'SELECT rowid FROM "{table}" WHERE "{table}" MATCH %s', [query]


def _claims_by_words(terms: list[str]) -> QuerySet[Claim]:
    found = Claim.objects.filter(*(_contains(CLAIM_FIELDS, term) for term in terms))
    if (fts := _fts_rowids("claims_claim_search", terms)) is not None:
        found = found.filter(pk__in=RawSQL(*fts))
    return found


def _articles_by_phrase(phrase: str) -> QuerySet[Article]:
    found = Article.objects.filter(_contains(ARTICLE_FIELDS, phrase))
    if (fts := _fts_rowids("claims_article_search", [phrase])) is not None:
        found = found.filter(pk__in=RawSQL(*fts))
    return found


Articles = list[int] | QuerySet


def article_ids(search_term: str) -> Articles:
    """The articles whose title or text holds the whole query, looked up once for the page and its count.

    Up to ``LISTED_ARTICLES`` come back as a list of ids, to put in the claims' condition: as a
    subquery, the page's rows and their count would each search every article body again (on
    PostgreSQL the trigram index only narrows the bodies; each is then read in full). Past that,
    the subquery.
    """
    found = _articles_by_phrase(search_term.strip()).order_by().values_list("pk", flat=True)
    ids = list(found[: LISTED_ARTICLES + 1])
    return ids if len(ids) <= LISTED_ARTICLES else found


def matching_claims(search_term: str, articles: Articles | None = None) -> QuerySet:
    """Ids (``values("pk")``) of the claims the search finds, through the text indexes: the shape for few matches."""
    articles = article_ids(search_term) if articles is None else articles
    by_words = _claims_by_words(words(search_term)).order_by().values("pk")
    by_article = Claim.objects.filter(_in_articles(articles))
    return by_words.union(by_article.order_by().values("pk"))


def scanned_claims(search_term: str, articles: Articles | None = None) -> Q:
    """The same condition for a scan of the queue: the shape for many matches (see ``search_queue``)."""
    articles = article_ids(search_term) if articles is None else articles
    return Q(*(_contains(CLAIM_FIELDS, term) for term in words(search_term))) | _in_articles(articles)


def _in_articles(articles: Articles) -> Q:
    """Claims of ``articles``. On PostgreSQL a list goes as one array parameter: thousands of ids as
    parameters of their own cost Django and the driver more to build than the query costs to run."""
    if isinstance(articles, list) and articles and connection.vendor == "postgresql":
        return Q(article_id__in=RawSQL("SELECT unnest(%s::bigint[])", [articles]))
    return Q(article_id__in=articles)


def few_matches(search_term: str, articles: Articles | None = None) -> bool:
    """Whether the index shape pays: at most ``FEW_CLAIMS`` claims by their words and ``FEW_ARTICLES`` articles.

    The claims are probed with a bounded count (it stops at its limit). A query most claims match,
    such as a word every sentence has, is cheaper read off the queue's own order: the page's 50 rows
    are found among the first few hundred, and an index would first collect every match, for the page
    and again for its count.
    """
    terms = words(search_term)
    articles = article_ids(search_term) if articles is None else articles
    if connection.vendor == "sqlite":
        claims_sql = _fts_rowids("claims_claim_search", terms)
        if claims_sql is None or len(search_term.strip()) < INDEXED_LENGTH:
            return False  # nothing for the index to read: a scan either way
        # The index table itself, with the limit inside: FTS5 then stops early, while an
        # ``id IN (...)`` around it would first collect every match.
        few_claims = _count_up_to(claims_sql, FEW_CLAIMS) <= FEW_CLAIMS
    else:
        few_claims = _claims_by_words(terms).order_by().values("pk")[: FEW_CLAIMS + 1].count() <= FEW_CLAIMS
    # The probe runs whatever the articles say, so that a search costs the same queries in either shape.
    return few_claims and isinstance(articles, list) and len(articles) <= FEW_ARTICLES


def _count_up_to(rowids: tuple[str, list[str]], limit: int) -> int:
    sql, params = rowids
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM ({sql} LIMIT {int(limit) + 1})", params)
        return cursor.fetchone()[0]


def search_queue(queryset: QuerySet[Claim], search_term: str, indexed: bool | None = None) -> QuerySet[Claim]:
    """``queryset`` narrowed to the search's claims; ``indexed`` forces a shape (tests), None picks one."""
    if not search_term.strip():
        return queryset
    articles = article_ids(search_term)
    if indexed if indexed is not None else few_matches(search_term, articles):
        return queryset.filter(pk__in=matching_claims(search_term, articles))
    return queryset.filter(scanned_claims(search_term, articles))
