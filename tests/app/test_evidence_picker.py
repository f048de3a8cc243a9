"""Attaching evidence picks a passage: the claim page searches a source or offers linking's
suggestions, a reviewer picks a sentence, a stance and a note, and the server works out the
offsets, the score and the figure comparison (sources.picker, sources.passages).

Real POSTs through the Django test client; the texts are made up for these tests.
"""

from __future__ import annotations

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from claims.models import Article, Claim
from claims.pipeline import check_article
from claims.roles import REVIEWER, setup_roles
from sources.linking import link_article
from sources.models import Evidence, Source, SourceKind

pytestmark = pytest.mark.django_db

ARTICLE = (
    "Northwind Traders posts quarterly results\n\n"
    "Northwind Traders said on Thursday that its revenue reached $12.5 billion in the quarter ended March 31, 2025.\n"
    "Revenue rose 8 percent from a year earlier, the company said.\n"
    "Northwind Traders now employs 4,200 people across its stores.\n"
)
FILING = (
    "Northwind Traders quarterly report\n\n"
    "For the quarter ended March 31, 2025, Northwind Traders reported total revenue of US$12,480 million.\n"
    "Total revenue increased 8% year over year.\n"
    "Northwind Traders had 4,200 employees at the end of the quarter.\n"
    "Store revenue was US$9,100 million <b>excluding</b> online sales.\n"
)
# Sentence numbers in FILING (the engine's split): 1 title, 2 total revenue, 3 growth, 4 staff, 5 stores.
TOTAL, STAFF, STORES = 2, 4, 5


def import_text(tmp_path, command: str, name: str, text: str, *args: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    call_command(command, str(path), *args, stdout=io.StringIO())


@pytest.fixture
def world(tmp_path) -> dict:
    import_text(tmp_path, "import_article", "article.txt", ARTICLE)
    import_text(tmp_path, "import_source", "filing.txt", FILING, "--kind=primary")
    article, source = Article.objects.get(), Source.objects.get()
    check_article(article)
    group = setup_roles()[REVIEWER]
    user = get_user_model().objects.create_user("rita", password="pw-for-tests", is_staff=True)
    user.groups.add(group)
    client = Client()
    client.force_login(user)
    claim = article.claims.get(surface="$12.5 billion")
    return {"article": article, "source": source, "user": user, "client": client, "claim": claim}


def page_url(claim: Claim) -> str:
    return reverse("admin:claims_claim_change", args=[claim.pk])


def attach_url(claim: Claim) -> str:
    return reverse("admin:sources_evidence_attach", args=[claim.pk])


def pick(world: dict, number: int, stance: str = "supports", note: str = "The filing states it.", **extra):
    data = {"passage": f"{world['source'].pk}:{number}", "stance": stance, "note": note} | extra
    return world["client"].post(attach_url(world["claim"]), data)


def messages_of(client: Client, claim: Claim) -> list[str]:
    return [str(m) for m in client.get(page_url(claim)).context["messages"]]


def test_the_claim_page_searches_the_sources_text(world):
    html = world["client"].get(page_url(world["claim"]), {"evidence_q": "total REVENUE"}).content.decode()
    assert 'id="fc-evidence-picker"' in html
    assert f'value="{world["source"].pk}:{TOTAL}"' in html  # the sentence with both words
    assert f'value="{world["source"].pk}:{STAFF}"' not in html  # no "revenue" in it
    assert "<mark>total</mark> <mark>revenue</mark>" in html
    # The figures of each candidate are compared on the page, in plain words.
    assert "US$12,480 million agrees with $12.5 billion within rounding" in html
    assert 'name="start"' not in html and 'name="score"' not in html and 'name="comparison"' not in html


def test_search_results_escape_the_source_text(world):
    html = world["client"].get(page_url(world["claim"]), {"evidence_q": "excluding"}).content.decode()
    assert "<b>" not in html.split('id="fc-evidence-picker"')[1]
    assert "&lt;b&gt;<mark>excluding</mark>&lt;/b&gt;" in html


def test_search_in_one_source_only(world, tmp_path):
    import_text(tmp_path, "import_source", "other.txt", "Contoso said its revenue fell in 2024.\n")
    other = Source.objects.exclude(pk=world["source"].pk).get()
    client = world["client"]
    both = client.get(page_url(world["claim"]), {"evidence_q": "revenue"}).content.decode()
    assert f'value="{other.pk}:1"' in both and f'value="{world["source"].pk}:{TOTAL}"' in both
    one = client.get(page_url(world["claim"]), {"evidence_q": "revenue", "evidence_source": other.pk}).content.decode()
    assert f'value="{other.pk}:1"' in one and f'value="{world["source"].pk}:{TOTAL}"' not in one


def test_linking_suggestions_are_offered_and_can_be_taken(world):
    link_article(world["article"], [world["source"]])
    automatic = Evidence.objects.get(claim=world["claim"], source=world["source"])
    assert automatic.linked_by is None
    html = world["client"].get(page_url(world["claim"])).content.decode()
    assert "Suggested by automatic linking" in html
    assert f'value="{world["source"].pk}:{TOTAL}"' in html
    response = pick(world, TOTAL, "supports", "Checked against the filing's table.")
    assert response.status_code == 302
    taken = Evidence.objects.get(pk=automatic.pk)  # the same link, now the reviewer's
    assert taken.linked_by == world["user"] and taken.note == "Checked against the filing's table."
    assert taken.history.latest().history_user == world["user"]
    # A reviewer's link survives relinking, which only replaces automatic ones.
    link_article(world["article"], [world["source"]])
    assert Evidence.objects.get(claim=world["claim"], source=world["source"]).pk == taken.pk


def test_picking_a_sentence_stores_what_the_server_computes(world):
    response = pick(world, TOTAL, "supports", "The filing's total revenue, rounded.")
    assert response.status_code == 302 and response.url.endswith("#fc-evidence")
    evidence = Evidence.objects.get(claim=world["claim"])
    body = world["source"].body
    assert evidence.quote == body[evidence.start : evidence.end]
    assert evidence.quote.startswith("For the quarter ended March 31, 2025") and evidence.quote.endswith("million.")
    assert evidence.stance == "supports" and evidence.linked_by == world["user"]
    assert evidence.comparison["outcome"] == "equal"
    assert evidence.comparison["source_figure"] == "US$12,480 million"
    assert evidence.comparison["note"] == "US$12,480 million agrees with $12.5 billion within rounding"
    assert 0 < evidence.score <= 100
    assert evidence.history.latest().history_user == world["user"]
    page = world["client"].get(page_url(world["claim"])).content.decode()
    assert "Note: The filing&#x27;s total revenue, rounded." in page and "linked by rita" in page


@pytest.mark.parametrize(
    "crafted",
    [
        {"start": "0", "end": "20"},
        {"score": "100"},
        {"comparison": '{"outcome": "equal", "note": "trust me"}'},
        {"linked_by": "1"},
        {"quote": "Revenue was $12.5 billion."},
        {"source": "1", "start": "0", "end": "5"},
    ],
)
def test_crafted_offsets_scores_and_comparisons_are_refused(world, crafted):
    response = pick(world, TOTAL, **crafted)
    assert response.status_code == 400
    assert "the server works them out" in response.content.decode()
    assert not Evidence.objects.exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"passage": "{source}:999"}, "has no sentence 999"),
        ({"passage": "99:1"}, "no longer exists"),
        ({"passage": "2-40"}, "Pick a passage"),
        ({"passage": ""}, "Pick a passage"),
        ({"stance": "proves"}, "Select a valid choice"),
        ({"stance": ""}, "Choose whether the passage supports"),
        ({"note": "  "}, "Write a note"),
    ],
)
def test_a_bad_pick_is_refused_with_a_plain_message(world, data, message):
    base = {"passage": f"{world['source'].pk}:{TOTAL}", "stance": "supports", "note": "A note."}
    data = {key: value.replace("{source}", str(world["source"].pk)) for key, value in data.items()}
    response = world["client"].post(attach_url(world["claim"]), base | data)
    assert response.status_code == 302
    assert any(message in m for m in messages_of(world["client"], world["claim"]))
    assert not Evidence.objects.exists()


def test_picking_the_same_passage_again_changes_its_stance_and_note_with_history(world):
    pick(world, TOTAL, "mentions", "First look.")
    pick(world, TOTAL, "supports", "Matches within rounding.")
    evidence = Evidence.objects.get(claim=world["claim"])
    assert (evidence.stance, evidence.note) == ("supports", "Matches within rounding.")
    assert [h.stance for h in evidence.history.order_by("history_id")] == ["mentions", "supports"]


def test_a_stance_the_figures_do_not_bear_out_is_kept_with_a_warning(world):
    pick(world, TOTAL, "contradicts", "I think the filing differs.")
    evidence = Evidence.objects.get(claim=world["claim"])
    assert evidence.stance == "contradicts" and evidence.comparison["outcome"] == "equal"
    assert any("the figures say otherwise" in m for m in messages_of(world["client"], world["claim"]))


def test_an_older_revision_cannot_be_quoted(world, tmp_path):
    link_article(world["article"], [world["source"]])
    import_text(
        tmp_path, "import_source", "v2.txt", FILING.replace("12,480", "12,380"), f"--revision-of={world['source'].pk}"
    )
    assert Evidence.objects.filter(source__revision_of=world["source"]).exists()  # the new text was linked
    html = world["client"].get(page_url(world["claim"])).content.decode()
    assert f'value="{world["source"].pk}:{TOTAL}"' not in html  # the old text's link is no suggestion
    response = pick(world, TOTAL)
    assert response.status_code == 302
    assert any("has a newer revision" in m for m in messages_of(world["client"], world["claim"]))
    assert not Evidence.objects.filter(linked_by=world["user"]).exists()


def test_who_may_attach(world):
    viewer = get_user_model().objects.create_user("vic", password="pw-for-tests", is_staff=True)
    viewer.user_permissions.add(*setup_roles()[REVIEWER].permissions.filter(codename__startswith="view_"))
    client = Client()
    client.force_login(viewer)
    assert 'id="fc-evidence-picker"' not in client.get(page_url(world["claim"])).content.decode()
    response = client.post(attach_url(world["claim"]), {"passage": f"{world['source'].pk}:2", "stance": "supports"})
    assert response.status_code == 403
    anonymous = Client().post(attach_url(world["claim"]), {"passage": f"{world['source'].pk}:2"})
    assert anonymous.status_code == 302 and "/login/" in anonymous.url
    assert not Evidence.objects.exists()
    assert world["client"].get(attach_url(world["claim"])).status_code == 400  # POST only


def test_the_raw_evidence_forms_are_gone(world):
    client = world["client"]
    assert client.get(reverse("admin:sources_evidence_add")).status_code == 403
    posted = client.post(
        reverse("admin:sources_evidence_add"),
        {"claim": world["claim"].pk, "source": world["source"].pk, "start": 0, "end": 24, "score": 100,
         "stance": "supports", "comparison": "{}"},
    )  # fmt: skip
    assert posted.status_code == 403 and not Evidence.objects.exists()
    pick(world, STAFF, "mentions", "Staff numbers only.")
    evidence = Evidence.objects.get()
    change = reverse("admin:sources_evidence_change", args=[evidence.pk])
    assert client.post(change, {"stance": "supports", "start": 0, "end": 5}).status_code == 403
    assert Evidence.objects.get().stance == "mentions"
    assert client.get(change).status_code == 200  # shown, read-only


def test_a_primary_source_passage_keeps_its_kind_on_the_claim_page(world):
    pick(world, TOTAL, "supports", "From the filing.")
    assert world["source"].kind == SourceKind.PRIMARY
    html = world["client"].get(page_url(world["claim"])).content.decode()
    assert "Primary (the organisation&#x27;s own filing or release)" in html
