"""Attaching evidence by picking a passage, in a real browser: a reviewer searches the filing from
the claim page, picks the sentence, says it supports the claim and writes a note; the server
works out where the sentence is and what its figures say. Screenshots are kept under
test-artifacts/browser/<test name>/."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from claims.models import Article
from claims.pipeline import check_article
from claims.roles import EDITOR, REVIEWER, setup_roles
from sources.linking import link_article
from sources.models import Evidence, Source
from tests.app.test_evidence_picker import ARTICLE, FILING, TOTAL
from tests.browser.conftest import PASSWORD, log_in, shot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def seed(live_server, tmp_path) -> dict:
    for command, name, text, args in [
        ("import_article", "article.txt", ARTICLE, []),
        ("import_source", "filing.txt", FILING, ["--kind=primary", "--title=Northwind Traders quarterly report"]),
    ]:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        call_command(command, str(path), *args, verbosity=0)
    article = Article.objects.get()
    check_article(article)
    user = get_user_model().objects.create_user("rita", password=PASSWORD, is_staff=True)
    user.groups.add(setup_roles()[REVIEWER])
    return {"article": article, "source": Source.objects.get(), "rita": user}


def test_reviewer_attaches_evidence_by_picking_a_passage(chromium, live_server, seed, artifacts: Path) -> None:
    claim = seed["article"].claims.get(surface="$12.5 billion")
    source = seed["source"]
    page = log_in(chromium, live_server, "rita", f"/admin/claims/claim/{claim.pk}/change/")
    shot(page, artifacts, "01-claim-page")
    picker = page.locator("#fc-evidence-picker")
    assert "Link a source passage" in picker.inner_text()
    assert picker.locator("input[name=start], input[name=end], input[name=score]").count() == 0

    page.fill("#fc-evidence-q", "total revenue")
    page.select_option("#fc-evidence-source", str(source.pk))
    page.click("#fc-evidence-search button[type=submit]")
    page.wait_for_load_state()
    shot(page, artifacts, "02-search-results")
    results = page.locator("#fc-results li")
    assert results.count() == 2  # the revenue sentence and the growth sentence
    chosen = results.filter(has=page.locator(f'input[value="{source.pk}:{TOTAL}"]'))
    assert "agrees with $12.5 billion within rounding" in chosen.inner_text()

    chosen.locator("input[name=passage]").check()
    page.get_by_label("Supports the claim", exact=True).check()
    page.fill("#id_note", "The filing's total revenue, US$12,480 million, rounds to $12.5 billion.")
    shot(page, artifacts, "03-passage-picked")
    page.click("#fc-evidence-submit")
    page.wait_for_load_state()
    shot(page, artifacts, "04-evidence-linked")
    message = f"Linked sentence {TOTAL} of “{source.title}”: it supports the claim."
    assert message in page.locator(".messagelist").inner_text()
    evidence_section = page.locator("#fc-evidence").inner_text()
    assert "linked by rita" in evidence_section
    assert "Note: The filing's total revenue" in evidence_section

    evidence = Evidence.objects.get(claim=claim)
    assert (evidence.linked_by, evidence.stance, evidence.comparison["outcome"]) == (seed["rita"], "supports", "equal")
    assert evidence.quote == source.body[evidence.start : evidence.end]
    assert evidence.quote.endswith("US$12,480 million.")

    # The link itself is shown read-only in the evidence list: no offsets or score to type.
    page.goto(f"{live_server.url}/admin/sources/evidence/{evidence.pk}/change/")
    shot(page, artifacts, "05-evidence-read-only")
    assert page.locator("input[name=start], input[name=score], textarea[name=comparison]").count() == 0
    assert "rounds to $12.5 billion" in page.locator("#content").inner_text()

    page.goto(f"{live_server.url}/admin/claims/article/{seed['article'].pk}/change/")
    shot(page, artifacts, "06-article-text-read-only")
    assert page.locator("textarea[name=body]").count() == 0

    # The primary source it came from is read-only for a reviewer: no text box, no save button.
    page.goto(f"{live_server.url}/admin/sources/source/{source.pk}/change/")
    shot(page, artifacts, "07-source-read-only")
    assert page.locator("textarea[name=body]").count() == 0
    assert page.locator("input[name=_save]").count() == 0
    assert page.locator("#fc-new-revision").count() == 0  # a reviewer cannot revise a primary source either
    page.context.close()


def test_editor_saves_a_crlf_source_unchanged_then_revises_it(chromium, live_server, seed, artifacts: Path) -> None:
    # The attack, in the browser: a source imported with CRLF line breaks, saved unchanged.
    source = Source.objects.get()
    Source.objects.filter(pk=source.pk).delete()
    path = artifacts / "filing-crlf.txt"
    path.write_bytes(FILING.replace("\n", "\r\n").encode())
    call_command("import_source", str(path), "--kind=primary", verbosity=0)
    source = Source.objects.get()
    link_article(seed["article"], [source])
    before = sorted(Evidence.objects.filter(source=source).values_list("claim_id", "start", "end", "quote"))
    assert before
    editor = get_user_model().objects.create_user("edna", password=PASSWORD, is_staff=True)
    editor.groups.add(setup_roles()[EDITOR])

    page = log_in(chromium, live_server, "edna", f"/admin/sources/source/{source.pk}/change/")
    shot(page, artifacts, "01-source-page")
    assert page.locator("textarea[name=body]").count() == 0
    page.click("input[name=_save]")
    page.wait_for_load_state()
    shot(page, artifacts, "02-saved-unchanged")
    assert Source.objects.get(pk=source.pk).body == source.body
    assert sorted(Evidence.objects.filter(source=source).values_list("claim_id", "start", "end", "quote")) == before

    page.goto(f"{live_server.url}/admin/sources/source/{source.pk}/change/")
    page.click("#fc-new-revision")
    page.wait_for_load_state()
    shot(page, artifacts, "03-new-revision-form")
    text = page.input_value("#id_body")
    assert text == source.body.replace("\n", "\r\n") or text == source.body
    page.fill("#id_body", source.body.replace("US$12,480 million", "US$12,380 million"))
    page.click("input[name=_save]")
    page.wait_for_load_state()
    shot(page, artifacts, "04-revision-stored")
    assert "Linked the new revision again: 2 passage(s) found." in page.locator(".messagelist").inner_text()
    revision = Source.objects.get(revision_of=source)
    assert "\r" not in revision.body and "US$12,380 million" in revision.body
    assert Evidence.objects.get(source=revision, claim__surface="$12.5 billion").stance == "contradicts"
    assert sorted(Evidence.objects.filter(source=source).values_list("claim_id", "start", "end", "quote")) == before

    page.goto(f"{live_server.url}/admin/sources/source/{revision.pk}/change/")
    shot(page, artifacts, "05-revision-page")
    assert f"Revision of source {source.pk}" in page.locator(".field-versions").inner_text()
    claim = seed["article"].claims.get(surface="$12.5 billion")
    page.goto(f"{live_server.url}/admin/claims/claim/{claim.pk}/change/")
    shot(page, artifacts, "06-claim-page-both-revisions")
    assert "a newer revision of this source exists" in page.locator("#fc-evidence").inner_text()
    assert page.locator("#fc-suggested li").count() == 1  # only the current text is offered
    page.context.close()
