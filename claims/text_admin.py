"""Admin pages for stored texts (articles and sources): the text is read-only once stored.

A text typed or pasted into the add form goes through the same import helper as a file
(``claims.importing``), so its line endings are normalised once, there. A corrected text is
added as a new revision of the stored one (``?revision_of=ID`` on the add page), never edited.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Model
from django.http import Http404, HttpRequest
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from claims.importing import REVISION_KEEPS, find_revised, parse_text
from factcheck.documents import DocumentError

# Fields nobody types: set on import, or fixed once the text is stored.
STORED_FIELDS = ["text", "content_hash", "source_format", "imported_at", "versions"]


class StoredTextForm(forms.ModelForm):
    """The add form: the text is read exactly as an imported file would be, then never changed."""

    body = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 16, "cols": 100}),
        strip=False,
        label="Text",
        help_text="Paste the whole text. It cannot be changed once stored: a corrected text is a new revision.",
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        body, model = data.get("body"), self._meta.model
        if body is None:
            return data
        try:
            self.document = parse_text(body, data.get("source_format") or None)
        except DocumentError as error:
            raise forms.ValidationError({"body": f"This text cannot be stored: {error}."}) from None
        stored = model.objects.filter(content_hash=self.document.content_hash).first()
        if stored is not None:
            raise forms.ValidationError(
                {"body": f"This text is already stored as {model._meta.verbose_name} {stored.pk} (“{stored}”)."}
            )
        return data


class StoredTextAdmin(admin.ModelAdmin):
    """Mixin for the Article and Source admins (put it first in the bases)."""

    add_fields: list[str] = []

    def get_form(self, request: HttpRequest, obj: Model | None = None, change: bool = False, **kwargs: Any):
        if obj is None:
            kwargs["form"] = StoredTextForm
        return super().get_form(request, obj, change, **kwargs)

    def get_fields(self, request: HttpRequest, obj: Model | None = None) -> list[str]:
        if obj is None:
            return [*self.add_fields, "source_format", "body"]
        fields = [f for f in super().get_fields(request, obj) if f not in ("body", "revision_of", *STORED_FIELDS)]
        return [*fields, *STORED_FIELDS]

    def get_readonly_fields(self, request: HttpRequest, obj: Model | None = None) -> list[str]:
        readonly = list(super().get_readonly_fields(request, obj))
        if obj is None:
            return [name for name in readonly if name not in ("body", "source_format", "revision_of")]
        return [*readonly, *[name for name in STORED_FIELDS if name not in readonly]]

    def get_changeform_initial_data(self, request: HttpRequest) -> dict[str, Any]:
        initial = super().get_changeform_initial_data(request)
        earlier = self._earlier(request)
        if earlier is not None:
            # A revision starts from the stored text and details, to be corrected before saving.
            initial.update({name: getattr(earlier, name) for name in self.add_fields if hasattr(earlier, name)})
            initial.update({"body": earlier.body, "source_format": "text"})
        return initial

    def _earlier(self, request: HttpRequest) -> Model | None:
        try:
            return find_revised(self.model, request.GET.get("revision_of"))
        except DocumentError:
            return None

    def save_model(self, request: HttpRequest, obj: Model, form: forms.ModelForm, change: bool) -> None:
        if not change:
            document = form.document
            obj.body = document.text
            obj.source_format = document.format.value
            obj.content_hash = document.content_hash
            obj.title = obj.title or document.title or "Untitled"
            obj.revision_of = earlier = self._earlier(request)
            for name in REVISION_KEEPS:
                if earlier is not None and hasattr(earlier, name):
                    setattr(obj, name, getattr(earlier, name))
        super().save_model(request, obj, form, change)

    def may_revise(self, request: HttpRequest, earlier: Model) -> bool:
        return self.has_add_permission(request)

    def get_object(self, request: HttpRequest, object_id: str, from_field: str | None = None) -> Model | None:
        obj = super().get_object(request, object_id, from_field)
        if obj is not None:  # read by ``versions``, which is shown without the request
            obj.may_revise = self.may_revise(request, obj)
        return obj

    def add_view(self, request: HttpRequest, form_url: str = "", extra_context: dict | None = None):
        # The stored version a revision replaces is named in the page's address (?revision_of=ID),
        # which the add form posts back to: it is never a field anyone types.
        earlier = self._earlier(request)
        if request.GET.get("revision_of") and earlier is None:
            raise Http404("No such stored text to revise.")
        if earlier is not None:
            if not self.may_revise(request, earlier):
                raise PermissionDenied
            noun = self.model._meta.verbose_name
            extra_context = {**(extra_context or {}), "subtitle": f"A new revision of {noun} {earlier.pk}: “{earlier}”"}
        return super().add_view(request, form_url, extra_context)

    @admin.display(description="Text")
    def text(self, obj: Model) -> SafeString:
        return format_html('<div class="readonly" style="white-space: pre-wrap; max-width: 60rem">{}</div>', obj.body)

    @admin.display(description="Versions")
    def versions(self, obj: Model) -> SafeString:
        noun = self.model._meta.verbose_name
        info = self.model._meta.app_label, self.model._meta.model_name
        parts = []
        if obj.revision_of_id:
            url = reverse("admin:{}_{}_change".format(*info), args=[obj.revision_of_id])
            parts.append(format_html('Revision of <a href="{}">{} {}</a>.', url, noun, obj.revision_of_id))
        newer = list(obj.revisions.order_by("pk").values_list("pk", flat=True))
        if newer:
            links = format_html_join(
                ", ", '<a href="{}">{} {}</a>', ((reverse("admin:{}_{}_change".format(*info), args=[pk]), noun, pk)
                                                  for pk in newer)
            )  # fmt: skip
            parts.append(format_html("Replaced by {}.", links))
        if not getattr(obj, "may_revise", False):
            return format_html_join(" ", "{}", ((part,) for part in parts)) if parts else "-"
        add_url = reverse("admin:{}_{}_add".format(*info))
        parts.append(
            format_html(
                '<a href="{}?revision_of={}" class="addlink" id="fc-new-revision">{}</a>',
                add_url,
                obj.pk,
                "Add a corrected text as a new revision",
            )
        )
        return format_html_join(" ", "{}", ((part,) for part in parts))
