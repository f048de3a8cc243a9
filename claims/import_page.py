"""The admin's "Import from a web address" page: the same fetch and checks as `import_article --url --check`."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse

from claims.importing import fetch_document, store_document
from claims.models import Article
from factcheck.documents import DocumentError


class ImportUrlForm(forms.Form):
    # A plain text field: the scheme is judged by the fetch, which says in one line why it refuses.
    url = forms.CharField(label="Web address", max_length=2000, widget=forms.TextInput(attrs={"size": 80}))


def check_new_article(request: HttpRequest, article: Article) -> None:
    """Extract, link (to every current source) and check an article never checked, in the same step
    as its import, as `import_article --check` does; a run that fails is said in one line."""
    # Imported here, not with the admin: Django loads this module at every start, and most processes that
    # start it (commands, a web worker's first pages) never check an article here.
    from claims.pipeline import CheckFailed, check_article, describe_failure, never_checked
    from sources.passages import sources_to_link

    if not never_checked(article):
        return  # checked before: its runs stay as they are
    try:
        run = check_article(article, link_to=sources_to_link() or None)
    except CheckFailed as failure:
        messages.warning(
            request, f"The checks could not finish on this article: {describe_failure(failure.__cause__ or failure)}"
        )
        return
    messages.info(
        request,
        f"Checked: {run.failed} failed, {run.indeterminate} indeterminate, {run.passed} passed; "
        f"{run.numbers_checked} of {run.claims_found} figures checked.",
    )


def import_url_view(model_admin: admin.ModelAdmin, request: HttpRequest) -> HttpResponse:
    if not model_admin.has_add_permission(request):
        raise PermissionDenied
    form = ImportUrlForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        url = form.cleaned_data["url"].strip()
        try:
            document, found_at = fetch_document(url)
        except DocumentError as exc:
            form.add_error("url", str(exc))
        else:
            article, created = store_document(Article, document, url=found_at)
            note = "Imported" if created else "Already imported as"
            messages.success(request, f"{note} article {article.pk}: {article.title}")
            check_new_article(request, article)
            return HttpResponseRedirect(reverse("admin:claims_article_change", args=[article.pk]))
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": "Import an article from a web address",
        "form": form,
    }
    return TemplateResponse(request, "claims/import_url.html", context)
