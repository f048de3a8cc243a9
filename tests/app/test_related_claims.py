"""Repeated claims across stored articles are found by figure, subject, metric and wording."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from claims.models import Article
from claims.pipeline import check_article
from claims.related import find_related

pytestmark = pytest.mark.django_db

FIRST = "Acme Corp said its total revenue was $38.4 billion in the December quarter, up 8 percent.\n"
REPEAT = "In the December quarter Acme's total revenue came to $38.4 billion, up 8 percent, the company said.\n"
OTHER_FIGURE = "Acme Corp said its total revenue was $31.2 billion in the December quarter, up 8 percent.\n"
OTHER_SUBJECT = "Globex said its total revenue was $38.4 billion in the December quarter, up 8 percent.\n"


def stored(tmp_path, name: str, text: str) -> Article:
    path = tmp_path / f"{name}.txt"
    path.write_text(text)
    call_command("import_article", str(path), stdout=io.StringIO())
    article = Article.objects.get(content_hash__isnull=False, body=text.strip())
    check_article(article)
    return article


def test_the_same_figure_about_the_same_subject_elsewhere_is_related(tmp_path):
    first = stored(tmp_path, "first", FIRST)
    repeat = stored(tmp_path, "repeat", REPEAT)
    stored(tmp_path, "other-figure", OTHER_FIGURE)
    stored(tmp_path, "other-subject", OTHER_SUBJECT)
    revenue = first.claims.get(surface="$38.4 billion")
    related = find_related(revenue)
    assert [(claim.article_id, claim.surface) for claim, _ in related] == [(repeat.pk, "$38.4 billion")]
    assert related[0][1] >= 60


def test_a_claim_alone_has_no_related_claims(tmp_path):
    first = stored(tmp_path, "first", FIRST)
    assert find_related(first.claims.get(surface="$38.4 billion")) == []


def test_claim_page_lists_repeats_and_applies_a_verdict_to_them(tmp_path, client):
    from django.contrib.auth.models import Group, User
    from django.urls import reverse

    from claims.models import Review
    from claims.roles import setup_roles

    setup_roles()
    reviewer = User.objects.create_user("rev", password="pw", is_staff=True)
    reviewer.groups.add(Group.objects.get(name="Reviewer"))
    first = stored(tmp_path, "first", FIRST)
    repeat = stored(tmp_path, "repeat", REPEAT)
    stored(tmp_path, "other-subject", OTHER_SUBJECT)
    claim = first.claims.get(surface="$38.4 billion")
    twin = repeat.claims.get(surface="$38.4 billion")
    client.force_login(reviewer)
    url = reverse("admin:claims_claim_change", args=[claim.pk])

    page = client.get(url)
    assert [other.pk for other in page.context["related"]] == [twin.pk]
    assert not page.context["related_open"]  # nothing to apply before a verdict exists

    client.post(url, {"form": "verdict", "verdict-verdict": "accurate", "verdict-rationale": "Matches the filing.",
                      "verdict-version": claim.version})  # fmt: skip
    response = client.post(url, {"form": "related", "related": [str(twin.pk)]})
    assert response.status_code == 302
    twin.refresh_from_db()
    assert (twin.verdict, twin.status) == ("accurate", "reviewed")
    review = Review.objects.get(claim=twin)
    assert review.reviewer == reviewer
    assert f"Same claim as #{claim.pk}" in review.rationale and "Matches the filing." in review.rationale
    assert twin.history.filter(history_user=reviewer, verdict="accurate").exists()


def test_claim_page_shows_a_relative_rank_as_a_position_from_the_end(tmp_path):
    from claims.claim_page import reading_rows

    article = stored(tmp_path, "standing", "Acme Corp finished second to last in the ranking of cloud providers.\n")
    standing = article.claims.get(surface="second to last")
    assert standing.metric == "rank"
    assert ("Value", "rank: 1 before the last") in reading_rows(standing)


# ----- the database's narrowing never drops a repeat the engine would find ------------------------------

HEDGED = [
    "Acme Corp said its total revenue grew 8 percent in the December quarter.",
    "Acme Corp said its total revenue grew nearly 8 percent in the December quarter.",
    "Acme Corp said its total revenue grew about 8 percent in the December quarter.",
    "Acme Corp said its total revenue grew more than 7 percent in the December quarter.",
    "Acme Corp said its total revenue grew up to 9 percent in the December quarter.",
    "Acme Corp said its total revenue grew between 7 and 9 percent in the December quarter.",
    "Acme Corp said its total revenue grew 7.96 percent in the December quarter.",
    "Acme Corp said its total revenue grew 80 percent in the December quarter.",
    "Acme Corp said its total revenue grew 0.8 percent in the December quarter.",
]


def engine_related(claim) -> list[tuple[int, float]]:
    """What the engine finds over every stored claim of the same metric and unit, unnarrowed."""
    from claims.models import Claim
    from factcheck.linking.related import related_claims

    pool = Claim.objects.filter(metric=claim.metric, unit=claim.unit).exclude(article_id=claim.article_id)
    readings = [(other.pk, other.parsed_reading()) for other in pool]
    return related_claims([(claim.pk, claim.parsed_reading())], readings).get(claim.pk, [])


def test_narrowing_in_the_database_finds_what_the_engine_finds_over_every_claim(tmp_path):
    articles = [stored(tmp_path, f"hedged-{i}", text + "\n") for i, text in enumerate(HEDGED)]
    compared = 0
    for article in articles:
        for claim in article.claims.all():
            expected = engine_related(claim)
            assert [(other.pk, score) for other, score in find_related(claim)] == expected, claim.text
            compared += len(expected)
    assert compared >= 10  # the sentences do repeat each other: the comparison is not of empty lists
