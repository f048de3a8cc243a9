"""Stored texts never change, line endings are normalised once at import, spans quote their text,
and a corrected text is a new revision (claims.stored_text, claims.text_admin, claims.importing).

The texts here are made up for these tests.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from claims.models import Article, Claim
from claims.pipeline import check_article
from claims.roles import EDITOR, REVIEWER, setup_roles
from claims.stored_text import StoredTextError
from sources.linking import link_article
from sources.models import Evidence, Source, SourceKind
from tests.app.admin_forms import as_browser_sends

pytestmark = pytest.mark.django_db

ARTICLE = (
    "Northwind Traders posts quarterly results\n\n"
    "Northwind Traders said on Thursday that its revenue reached $12.5 billion in the quarter ended March 31, 2025.\n"
    "Revenue rose 8 percent from a year earlier, the company said.\n"
    "Northwind Traders now employs 4,200 people across its stores.\n"
)
# Windows line endings and a lone carriage return, as a filing saved on another system might have.
FILING = (
    "Northwind Traders quarterly report\r\n\r\n"
    "For the quarter ended March 31, 2025, Northwind Traders reported total revenue of US$12,480 million.\r\n"
    "Total revenue increased 8% year over year.\r"
    "Northwind Traders had 4,200 employees at the end of the quarter.\r\n"
)
CORRECTED = FILING.replace("US$12,480 million", "US$12,380 million")


def call(name: str, *args: str) -> str:
    out = io.StringIO()
    call_command(name, *args, stdout=out)
    return out.getvalue()


def write(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_bytes(text.encode("utf-8"))  # bytes as given: no newline translation on the way
    return str(path)


@pytest.fixture
def linked(tmp_path) -> dict:
    """The article imported and checked, the CRLF filing imported as a primary source and linked."""
    call("import_article", write(tmp_path, "article.txt", ARTICLE))
    article = Article.objects.get()
    check_article(article)
    source_id = json.loads(call("import_source", write(tmp_path, "filing.txt", FILING), "--kind=primary", "--json"))
    source = Source.objects.get(pk=source_id["id"])
    link_article(article, [source])
    assert Evidence.objects.filter(source=source).count() >= 2
    return {"article": article, "source": source, "tmp": tmp_path}


def passages(source: Source) -> list[tuple]:
    return sorted(Evidence.objects.filter(source=source).values_list("claim_id", "start", "end", "quote"))


def person(role: str, name: str) -> Client:
    group = setup_roles()[role]
    user = get_user_model().objects.create_user(name, password="pw-for-tests", is_staff=True)
    user.groups.add(group)
    client = Client()
    client.force_login(user)
    return client


# ----- the attack from the issue, replayed ---------------------------------------------------------


def test_a_crlf_source_saved_unchanged_in_the_admin_keeps_every_passage(linked):
    source = linked["source"]
    assert "\r" not in source.body  # normalised once, at import
    before = passages(source)
    assert all(source.body[start:end] == quote for _, start, end, quote in before)
    editor = person(EDITOR, "edna")
    url = reverse("admin:sources_source_change", args=[source.pk])
    page = editor.get(url)
    assert page.status_code == 200
    data = as_browser_sends(page)
    # The old form had the text in a text box, which a browser sends back with CRLF line breaks.
    data["body"] = source.body.replace("\n", "\r\n")
    response = editor.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    stored = Source.objects.get(pk=source.pk)
    assert stored.body == source.body and stored.content_hash == source.content_hash
    assert passages(source) == before
    for evidence in Evidence.objects.filter(source=source):
        assert evidence.passage == evidence.quote


def test_the_text_is_read_only_in_the_admin_for_everyone(linked, admin_client):
    for client, model, obj in [
        (admin_client, "sources_source", linked["source"]),
        (admin_client, "claims_article", linked["article"]),
        (person(EDITOR, "edna"), "sources_source", linked["source"]),
    ]:
        page = client.get(reverse(f"admin:{model}_change", args=[obj.pk]))
        form = page.context["adminform"].form
        assert "body" not in form.fields
        assert "<textarea" not in page.content.decode() or 'name="body"' not in page.content.decode()
        assert "Add a corrected text as a new revision" in page.content.decode()


def test_a_reviewer_cannot_change_a_primary_source_at_all(linked):
    source = linked["source"]
    reviewer = person(REVIEWER, "rita")
    url = reverse("admin:sources_source_change", args=[source.pk])
    page = reviewer.get(url)
    assert page.status_code == 200 and page.context["has_change_permission"] is False
    assert 'id="fc-new-revision"' not in page.content.decode()
    response = reviewer.post(url, {"title": "Forged title", "kind": "secondary", "body": "Forged text."})
    assert response.status_code == 403
    stored = Source.objects.get(pk=source.pk)
    assert (stored.title, stored.kind, stored.body) == (source.title, source.kind, source.body)
    revise = reviewer.get(reverse("admin:sources_source_add") + f"?revision_of={source.pk}")
    assert revise.status_code == 403


def test_a_reviewer_may_change_a_secondary_sources_details_but_not_its_kind_or_text(linked):
    source = linked["source"]
    Source.objects.filter(pk=source.pk).update(kind=SourceKind.SECONDARY)
    reviewer = person(REVIEWER, "rita")
    url = reverse("admin:sources_source_change", args=[source.pk])
    data = as_browser_sends(reviewer.get(url)) | {"title": "Northwind filing", "kind": "primary", "body": "Other."}
    assert reviewer.post(url, data).status_code == 302
    stored = Source.objects.get(pk=source.pk)
    assert (stored.title, stored.kind, stored.body) == ("Northwind filing", SourceKind.SECONDARY, source.body)


@pytest.mark.parametrize("model", [Article, Source])
def test_saving_a_changed_text_is_refused_by_the_model(model):
    obj = model.objects.create(title="T", body="Sales rose 5 percent.", content_hash="c" * 64)
    obj.body = "Sales rose 6 percent."
    with pytest.raises(StoredTextError, match="cannot be changed"):
        obj.save()
    assert model.objects.get(pk=obj.pk).body == "Sales rose 5 percent."
    obj.body, obj.title = "Sales rose 5 percent.", "New title"
    obj.save()  # details may change; the text is the same
    assert model.objects.get(pk=obj.pk).title == "New title"


@pytest.mark.parametrize("model", [Article, Source])
def test_a_text_with_carriage_returns_is_refused_on_the_way_in(model):
    with pytest.raises(StoredTextError, match="carriage returns"):
        model.objects.create(title="T", body="Sales rose\r\n5 percent.", content_hash="d" * 64)
    assert not model.objects.exists()


# ----- line endings: normalised once, whatever the path ----------------------------------------------


@pytest.mark.parametrize("command", ["import_article", "import_source"])
@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_every_command_stores_lf_line_endings(tmp_path, command, newline):
    text = newline.join(["Acme results", "", "Sales rose 5 percent.", "Profit fell 2 percent."]) + newline
    call(command, write(tmp_path, "doc.txt", text))
    model = Article if command == "import_article" else Source
    assert model.objects.get().body == "Acme results\n\nSales rose 5 percent.\nProfit fell 2 percent."


@pytest.mark.parametrize(("admin_name", "model"), [("claims_article", Article), ("sources_source", Source)])
def test_the_admin_add_form_stores_lf_line_endings(admin_client, admin_name, model):
    text = "Acme results\r\n\r\nSales rose 5 percent.\rProfit fell 2 percent.\r\n"
    response = admin_client.post(
        reverse(f"admin:{admin_name}_add"), {"title": "Acme", "source_format": "text", "body": text, "kind": "primary"}
    )
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    stored = model.objects.get()
    assert stored.body == "Acme results\n\nSales rose 5 percent.\nProfit fell 2 percent."
    again = admin_client.post(
        reverse(f"admin:{admin_name}_add"), {"title": "Copy", "source_format": "text", "body": text}
    )
    assert again.status_code == 200
    assert f"already stored as {model._meta.verbose_name} {stored.pk}" in again.content.decode()
    assert model.objects.count() == 1


# ----- spans are checked against their text on save --------------------------------------------------


def test_claim_spans_must_quote_the_article(linked):
    claim = linked["article"].claims.get(surface="$12.5 billion")
    for change, message in [
        ({"start": claim.start + 1, "end": claim.end + 1}, "read"),
        ({"surface": "$12.6 billion"}, "not '\\$12.6 billion'"),
        ({"text": "Another sentence."}, "The sentence of claim"),
        ({"end": 10_000, "sentence_end": 10_001}, "not inside the text"),
    ]:
        stored = Claim.objects.get(pk=claim.pk)
        for name, value in change.items():
            setattr(stored, name, value)
        with pytest.raises(StoredTextError, match=message):
            stored.save()
        fresh = Claim.objects.get(pk=claim.pk)
        assert (fresh.start, fresh.end, fresh.surface, fresh.text) == (
            claim.start,
            claim.end,
            claim.surface,
            claim.text,
        )


def test_evidence_spans_must_quote_the_source(linked):
    evidence = Evidence.objects.filter(source=linked["source"]).first()
    start, end, quote = evidence.start, evidence.end, evidence.quote
    for change in [{"start": start + 3}, {"end": len(linked["source"].body) + 5}, {"quote": quote.upper()}]:
        stored = Evidence.objects.get(pk=evidence.pk)
        for name, value in change.items():
            setattr(stored, name, value)
        with pytest.raises(StoredTextError, match="The evidence passage"):
            stored.save()
    fresh = Evidence.objects.get(pk=evidence.pk)
    assert (fresh.start, fresh.end, fresh.quote) == (start, end, quote)


# ----- a corrected text is a new revision, linked again ----------------------------------------------


def test_import_source_revision_of_links_the_new_text_and_keeps_the_old_links(linked):
    old = linked["source"]
    before = passages(old)
    output = call("import_source", write(linked["tmp"], "corrected.txt", CORRECTED), f"--revision-of={old.pk}")
    new = Source.objects.exclude(pk=old.pk).get()
    assert output.startswith(f"Imported source {new.pk}")
    assert (new.revision_of, new.kind, new.title) == (old, SourceKind.PRIMARY, old.title)
    assert passages(old) == before  # the old links stay with the old text
    revenue = Evidence.objects.get(source=new, claim__surface="$12.5 billion")
    assert revenue.stance == "contradicts" and revenue.quote == new.body[revenue.start : revenue.end]
    assert "US$12,380 million" in revenue.quote


def test_admin_revision_is_a_new_record_linked_again(linked):
    old = linked["source"]
    before = passages(old)
    editor = person(EDITOR, "edna")
    url = reverse("admin:sources_source_add") + f"?revision_of={old.pk}"
    page = editor.get(url)
    assert page.status_code == 200
    assert page.context["adminform"].form.initial["body"] == old.body
    assert f"A new revision of source {old.pk}" in page.content.decode()
    body = old.body.replace("US$12,480 million", "US$12,380 million").replace("\n", "\r\n")
    response = editor.post(url, {"title": old.title, "source_format": "text", "body": body, "kind": "secondary"})
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    new = Source.objects.get(revision_of=old)
    assert "\r" not in new.body and new.kind == SourceKind.PRIMARY  # a revision keeps its kind
    assert Evidence.objects.get(source=new, claim__surface="$12.5 billion").stance == "contradicts"
    assert passages(old) == before
    assert Source.objects.get(pk=old.pk).body == old.body


def test_import_article_revision_of_is_checked_and_linked_again(linked):
    old, source = linked["article"], linked["source"]
    before = passages(source)
    old_claims = sorted(old.claims.values_list("pk", "start", "end", "surface"))
    corrected = ARTICLE.replace("$12.5 billion", "$12.4 billion")
    call("import_article", write(linked["tmp"], "v2.txt", corrected), "--revision-of", str(old.pk))
    new = Article.objects.get(revision_of=old)
    assert new.title == old.title and "$12.4 billion" in new.body
    assert new.check_runs.count() == 1  # checked at once, like its earlier version had been
    revenue = Evidence.objects.get(claim__article=new, claim__surface="$12.4 billion", source=source)
    assert revenue.stance == "contradicts"  # the filing says US$12,480 million: the new figure is off
    assert revenue.quote == source.body[revenue.start : revenue.end]
    old.refresh_from_db()
    assert old.body == ARTICLE.rstrip("\n")
    assert sorted(old.claims.values_list("pk", "start", "end", "surface")) == old_claims
    assert [row for row in passages(source) if row[0] in {c[0] for c in old_claims}] == before


def test_revision_of_an_unknown_record_is_refused_and_stores_nothing(linked):
    with pytest.raises(CommandError, match="--revision-of 999: no source with that id"):
        call("import_source", write(linked["tmp"], "corrected.txt", CORRECTED), "--revision-of=999")
    assert Source.objects.count() == 1


def test_a_source_a_reviewer_adds_is_secondary_whatever_the_post_says():
    reviewer = person(REVIEWER, "rita")
    url = reverse("admin:sources_source_add")
    assert 'name="kind"' not in reviewer.get(url).content.decode()
    data = {"title": "Blog post", "source_format": "text", "body": "Acme said sales rose 5 percent.", "kind": "primary"}
    assert reviewer.post(url, data).status_code == 302
    assert Source.objects.get().kind == SourceKind.SECONDARY


def test_claims_stored_in_bulk_by_a_run_are_checked_too(linked):
    from django.utils import timezone

    from claims.pipeline import save_analysis

    article = linked["article"]
    before = sorted(article.claims.values_list("pk", "start", "end", "surface"))
    readings = [claim.parsed_reading() for claim in article.claims.order_by("start")]
    good = readings[0]
    shifted = good.model_copy(update={"id": "shifted", "span": (good.span[0] + 1, good.span[1] + 1)})
    with pytest.raises(StoredTextError, match="The figure of claim"):
        save_analysis(article, ([*readings, shifted], timezone.now()))
    assert sorted(article.claims.values_list("pk", "start", "end", "surface")) == before


def test_an_article_added_in_the_admin_is_checked_in_the_same_step(admin_client):
    text = "Acme said sales rose 10 percent to $110 million from $100 million. Profit rose 50 percent to $9 million."
    response = admin_client.post(
        reverse("admin:claims_article_add"), {"title": "Acme", "source_format": "text", "body": text}, follow=True
    )
    article = Article.objects.get()
    run = article.check_runs.get()
    assert article.claims.count() >= 4 and run.numbers_checked >= 3
    assert f"Checked: {run.failed} failed" in response.content.decode()
