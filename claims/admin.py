"""Admin for articles, claims, check runs and reviews.

The Claim admin is the reviewer's workspace: its changelist is the review queue and its
change page is a custom claim page (claims/templates/admin/claims/claim/review.html) where
verdicts are recorded through :mod:`claims.review`.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from typing import Any

from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Count, QuerySet
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseRedirect,
    JsonResponse,
)
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from simple_history.admin import SimpleHistoryAdmin

from claims.article_page import reading_context
from claims.article_tables import tables_html
from claims.claim_history import history_account
from claims.claim_page import (
    badge,
    claim_keys,
    correctable_reviews,
    evidence_views,
    last_reopening,
    paragraph_html,
    previous_in_queue,
    reading_json,
    reading_rows,
    related_claims,
    result_views,
    reviews,
)
from claims.exports.admin import ARTICLE_ACTIONS, CLAIM_ACTIONS
from claims.exports.spreadsheet import safe_cell
from claims.forms import AssignForm, CorrectionForm, ReopenForm, SignoffForm, VerdictForm
from claims.models import Article, CheckResult, CheckRun, Claim, ClaimStatus, Review
from claims.queue import (
    BADGES,
    QUEUE_KEYS,
    ArticleFilter,
    AssigneeFilter,
    CheckFilter,
    ContradictingEvidenceFilter,
    QueueChangeList,
    QueuePaginator,
    ReviewStatusFilter,
    SeverityFilter,
    annotate_queue,
    parse_worst,
)
from claims.review import (
    EditConflict,
    ReviewError,
    TakeOverNeeded,
    apply_to_related,
    assign,
    can_assign_others,
    can_sign_off,
    changed_fields,
    correct_review,
    may_reopen,
    needs_reopen,
    next_in_queue,
    record_verdict,
    reopen,
    set_status,
    sign_off,
    verdict_setters,
)
from claims.search import search_queue
from claims.text_admin import StoredTextAdmin
from claims.wording import check_title, listing, person
from claims.wording import claim_status as _status_words
from claims.wording import verdict as verdict_words


@admin.register(Article)
class ArticleAdmin(StoredTextAdmin, admin.ModelAdmin):
    list_display = ["title", "publisher", "published", "source_format", "claim_count", "imported_at"]
    list_filter = ["source_format", "publisher", "published"]
    search_fields = ["title", "url", "publisher", "body"]
    date_hierarchy = "imported_at"
    # The text is read-only once stored; a corrected text is a new revision (claims.text_admin).
    add_fields = ["title", "url", "publisher", "published"]
    readonly_fields = ["page_tables"]
    exclude = ["tables"]
    # Audit-report exports (claims.exports): actions on selected articles, links on the article page.
    actions = [*ARTICLE_ACTIONS]
    # The reading view (claims.article_page); it extends the report template, which keeps the export links.
    change_form_template = "admin/claims/article/change_form.html"
    change_list_template = "claims/article_change_list.html"

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: dict | None = None
    ) -> HttpResponse:
        article = Article.objects.filter(pk=object_id).first() if str(object_id).isdigit() else None
        if article is not None and request.method == "GET" and self.has_view_or_change_permission(request, article):
            extra_context = {**reading_context(article), **(extra_context or {})}
        return super().change_view(request, object_id, form_url, extra_context)

    def save_model(self, request: HttpRequest, obj: Article, form, change: bool) -> None:
        super().save_model(request, obj, form, change)
        if not change:
            # An article added here is extracted, linked and checked in the same step, as
            # `import_article --check` does: the reviewer never meets a stored text with no claims.
            from claims.import_page import check_new_article

            check_new_article(request, obj)

    def get_urls(self) -> list:
        from django.urls import path

        from claims.import_page import import_url_view

        view = self.admin_site.admin_view(lambda request: import_url_view(self, request))
        return [path("import-url/", view, name="claims_article_import_url"), *super().get_urls()]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Article]:
        return super().get_queryset(request).annotate(n_claims=Count("claims"))

    @admin.display(description="Claims", ordering="n_claims")
    def claim_count(self, obj: Article) -> int:
        return obj.n_claims

    @admin.display(description="Tables")
    def page_tables(self, obj: Article) -> str:
        return tables_html(obj.body, obj.tables) or "No tables"


def first_sentence(message: str) -> str:
    """The arithmetic of a result message, without the explanation that follows it."""
    head, dot, _ = message.partition(". ")
    return head + ("." if dot else "")


def sentence_with_figures(claim: Claim, figures: list[Claim]) -> str:
    """The claim's sentence with each of its figures marked; the row's own figure most strongly."""
    sentence, offset, parts, at = claim.text, claim.sentence_start, [], 0
    for figure in figures:
        lo, hi = figure.start - offset, figure.end - offset
        if lo < at or hi > len(sentence):  # overlapping or outside: leave it unmarked
            continue
        css = "fc-figure fc-figure-main" if figure.pk == claim.pk else "fc-figure"
        parts.append(format_html('{}<b class="{}">{}</b>', sentence[at:lo], css, sentence[lo:hi]))
        at = hi
    parts.append(format_html("{}", sentence[at:]))
    return format_html_join("", "{}", ((part,) for part in parts))


def _clip(text: str, length: int) -> str:
    # Plain slicing: Truncator's word-aware cutting is a measurable share of a 50-row page.
    return text if len(text) <= length else text[: length - 1] + "…"


# Marks a value the history does not have (claims made in bulk get no historical row).
_UNKNOWN = object()


def _export_rows(queryset: QuerySet[Claim]) -> list[dict[str, Any]]:
    """The selected claims as flat rows, in queue order, from one query."""
    rows = annotate_queue(queryset.order_by("-priority", "pk")).values(
        "pk", "article_id", "article__title", "surface", "text", "subject", "metric", "value", "unit",
        "period", "status", "verdict", "priority", "assignee__username", "worst", "n_evidence", "version",
    )  # fmt: skip
    out = []
    for row in rows:
        rank, check = parse_worst(row["worst"])
        out.append(
            {
                "id": row["pk"],
                "article": row["article_id"],
                "article_title": row["article__title"],
                "claim": row["surface"],
                "sentence": row["text"],
                **{key: row[key] for key in ("subject", "metric", "value", "unit", "period", "status", "verdict")},
                "priority": row["priority"],
                "assignee": row["assignee__username"] or "",
                "worst_result": BADGES[rank][1],
                "worst_check": check,
                "evidence": row["n_evidence"],
                "version": row["version"],
            }
        )
    return out


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    """The reviewer's queue (changelist) and claim page (change view)."""

    list_display = [
        "claim_column", "worst_column", "article_column", "status_column", "assignee_column", "n_evidence_column"
    ]  # fmt: skip
    # The figure alone is the link (in claim_column): a whole sentence as a link reads as a blur.
    list_display_links = None
    list_filter = [
        ReviewStatusFilter,
        SeverityFilter,
        CheckFilter,
        ArticleFilter,
        AssigneeFilter,
        ContradictingEvidenceFilter,
        "verdict",
    ]
    search_fields = ["surface", "text", "subject"]
    list_select_related = ["article", "assignee"]
    # Queue order: the priority bands put failed checks first, errors before warnings, then
    # indeterminate ones, then the rest by importance; pk keeps the order total and matches
    # the claim_queue_idx index, so the first page is read straight off it.
    ordering = ["-priority", "pk"]
    list_per_page = 50
    paginator = QueuePaginator
    # A full-table COUNT on every page is the slowest query at 100,000 claims and tells a reviewer nothing.
    show_full_result_count = False
    raw_id_fields = ["article", "assignee"]
    readonly_fields = ["reading", "version", "created_at", "updated_at"]
    # The review state is only ever changed through claims.review, never typed into a form.
    REVIEW_STATE = ["status", "verdict", "assignee"]
    actions = [
        "assign_to_me",
        "unassign",
        "rerun_checks",
        "mark_in_review",
        "return_to_queue",
        "export_csv",
        "export_json",
        *CLAIM_ACTIONS,
    ]
    # Not change_form_template: the add form (superusers only) stays the stock one.
    review_template = "admin/claims/claim/review.html"
    reopen_template = "admin/claims/claim/reopen_selected.html"
    object_history_template = "admin/claims/claim/object_history.html"

    class Media:
        css = {"all": ["claims/review.css"]}

    # ----- the queue -------------------------------------------------------------------------

    def get_readonly_fields(self, request: HttpRequest, obj: Claim | None = None) -> list[str]:
        return [*self.readonly_fields, *self.REVIEW_STATE]

    def get_changelist(self, request: HttpRequest, **kwargs: Any) -> type[QueueChangeList]:
        return QueueChangeList

    def get_queryset(self, request: HttpRequest) -> QuerySet[Claim]:
        return annotate_queue(super().get_queryset(request))

    def get_paginator(self, request: HttpRequest, queryset: QuerySet[Claim], per_page: int, **kwargs: Any) -> Any:
        rows = self.get_queryset(request).select_related(*self.list_select_related)
        return QueuePaginator(queryset, per_page, rows=rows, **kwargs)

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet[Claim], search_term: str
    ) -> tuple[QuerySet[Claim], bool]:
        # The stock search's words and fields, in a shape the text indexes serve (claims.search).
        return search_queue(queryset, search_term), False

    def changelist_view(self, request: HttpRequest, extra_context: dict | None = None) -> HttpResponse:
        # A title in words (not "Select claim to change") and the keyboard legend's script.
        status = request.GET.get("status__exact", "")
        title = "Review queue: " + ("open work" if not status or status == "open" else _status_words(status).lower())
        extra = {"title": title, "subtitle": None, "fc_keys": QUEUE_KEYS, **(extra_context or {})}
        return super().changelist_view(request, extra_context=extra)

    def response_action(self, request: HttpRequest, queryset: QuerySet[Claim], **kwargs: Any) -> HttpResponse | None:
        # An action applies to the rows picked, whatever the view hides by default (finished
        # claims, a sentence's other figures); "all matching" keeps the view's own filters.
        if request.POST.get("select_across", "0") in ("0", ""):
            queryset = self.get_queryset(request)
        return super().response_action(request, queryset, **kwargs)

    @admin.display(description="Claim", ordering="surface")
    def claim_column(self, obj: Claim) -> str:
        link = format_html(
            '<a href="{}" class="fc-row-link"><strong class="fc-figure">{}</strong></a>',
            reverse("admin:claims_claim_change", args=[obj.pk]),
            obj.surface,
        )
        figures = getattr(obj, "sentence_figures", None)
        if not figures or len(figures) < 2:
            return format_html('{}<br><span class="fc-quiet">{}</span>', link, _clip(obj.text, 140))
        others = [figure.surface for figure in figures if figure.pk != obj.pk]
        return format_html(
            '{} <span class="fc-quiet">and {} in this sentence</span><br><span class="fc-sentence-row">{}</span>',
            link,
            listing(others),
            sentence_with_figures(obj, figures),
        )

    @admin.display(description="Article", ordering="article__title")
    def article_column(self, obj: Claim) -> str:
        return format_html(
            '<a href="?{}" title="Only this article\'s claims">{}</a>',
            urlencode({ArticleFilter.parameter_name: obj.article_id}),
            _clip(obj.article.title, 48),
        )

    @admin.display(description="Status", ordering="status")
    def status_column(self, obj: Claim) -> str:
        if obj.verdict:
            words = _status_words(obj.status), verdict_words(obj.verdict)
            return format_html("{}<br><span class='fc-quiet'>{}</span>", *words)
        return _status_words(obj.status)

    @admin.display(description="Assigned to", ordering="assignee__username")
    def assignee_column(self, obj: Claim) -> str:
        name = obj.assignee.get_username() if obj.assignee_id else None
        return format_html('<span class="{}">{}</span>', "" if name else "fc-quiet", person(name))

    # Not sortable: sorting by a per-row subquery reads the whole table; priority is that order already.
    @admin.display(description="Why it is here")
    def worst_column(self, obj: Claim) -> str:
        rank, check = parse_worst(obj.worst)
        if not check:
            return badge(rank)
        message = getattr(obj, "worst_message", "") or ""
        return format_html(
            '{} <strong>{}</strong><br><span class="fc-quiet fc-reason">{}</span>',
            badge(rank),
            check_title(check),
            _clip(first_sentence(message), 120),
        )

    @admin.display(description="Evidence")
    def n_evidence_column(self, obj: Claim) -> int:
        return obj.n_evidence

    # ----- bulk actions: each goes through claims.review, one locked update and history row per claim

    def _each(
        self, request: HttpRequest, queryset: QuerySet[Claim], change: Callable[[Claim], Claim], done: str
    ) -> None:
        changed, refused = 0, []
        # Re-read each row plainly: annotations are not needed and the version must be the stored one.
        for claim in Claim.objects.filter(pk__in=queryset.values("pk")).order_by("-priority", "pk"):
            try:
                change(claim)
            except (ReviewError, EditConflict) as error:
                refused.append(f"{claim}: {error}")
            else:
                changed += 1
        self.message_user(request, f"{changed} claim(s) {done}.", messages.SUCCESS if changed else messages.INFO)
        for reason in refused[:10]:
            self.message_user(request, reason, messages.WARNING)
        if len(refused) > 10:
            self.message_user(request, f"... and {len(refused) - 10} more refused.", messages.WARNING)

    @admin.action(description="Assign to me", permissions=["change"])
    def assign_to_me(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        self._each(
            request,
            queryset,
            lambda c: (
                c
                if c.assignee_id == request.user.pk
                else assign(c, user=request.user, assignee=request.user, loaded_version=c.version, bulk=True)
            ),
            "assigned to you",
        )

    @admin.action(description="Unassign", permissions=["change"])
    def unassign(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        self._each(
            request,
            queryset,
            lambda c: (
                c
                if c.assignee_id is None
                else assign(c, user=request.user, assignee=None, loaded_version=c.version, bulk=True)
            ),
            "unassigned",
        )

    @admin.action(description="Set status: in review", permissions=["change"])
    def mark_in_review(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        self._each(
            request,
            queryset,
            lambda c: set_status(
                c, user=request.user, status=ClaimStatus.IN_REVIEW, loaded_version=c.version, bulk=True
            ),
            "set to in review",
        )

    @admin.action(description="Set status: unreviewed (reopen, back to the queue)", permissions=["change"])
    def return_to_queue(self, request: HttpRequest, queryset: QuerySet[Claim]) -> TemplateResponse | None:
        reason = " ".join(request.POST.get("reason", "").split())
        if not reason:
            # A finished verdict is only undone with a reason: ask for one before touching anything.
            to_reopen = [
                c for c in queryset.select_related("article") if needs_reopen(c) and may_reopen(request.user, c)
            ]
            if to_reopen:
                return self._ask_reopen_reason(request, queryset, to_reopen, asked="reason" in request.POST)
        self._each(
            request,
            queryset,
            lambda c: set_status(
                c, user=request.user, status=ClaimStatus.UNREVIEWED, loaded_version=c.version, reason=reason, bulk=True
            ),
            "returned to the queue",
        )
        return None

    def _ask_reopen_reason(
        self, request: HttpRequest, queryset: QuerySet[Claim], to_reopen: list[Claim], asked: bool
    ) -> TemplateResponse:
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Reopen finished verdicts",
            "to_reopen": to_reopen,
            "selected": [str(pk) for pk in queryset.values_list("pk", flat=True)],
            "action": "return_to_queue",
            "missing_reason": asked,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.reopen_template, context)

    @admin.action(description="Run the checks again on their articles", permissions=["change"])
    def rerun_checks(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        # A background task (claims.tasks): the page returns at once and the task's page shows its progress.
        from claims.jobs_admin import job_started_message
        from claims.tasks import start_job

        ids = list(
            Article.objects.filter(pk__in=queryset.values("article_id")).order_by("pk").values_list("pk", flat=True)
        )
        job = start_job("check", request.user, {"article_ids": ids}, total=len(ids))
        self.message_user(request, job_started_message(job, f"Checking {len(ids)} article(s) again"), messages.SUCCESS)

    @admin.action(description="Export the selected claims as CSV", permissions=["view"])
    def export_csv(self, request: HttpRequest, queryset: QuerySet[Claim]) -> HttpResponse:
        rows = _export_rows(queryset)
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="claims.csv"'
        writer = csv.DictWriter(response, fieldnames=list(rows[0]) if rows else ["id"])
        writer.writeheader()
        for row in rows:
            # A cell starting with = + - @ is a formula to a spreadsheet; article text must stay text.
            writer.writerow({key: safe_cell(value) for key, value in row.items()})
        return response

    @admin.action(description="Export the selected claims as JSON", permissions=["view"])
    def export_json(self, request: HttpRequest, queryset: QuerySet[Claim]) -> HttpResponse:
        response = JsonResponse({"claims": _export_rows(queryset)}, json_dumps_params={"indent": 2})
        response["Content-Disposition"] = 'attachment; filename="claims.json"'
        return response

    # ----- the claim page ----------------------------------------------------------------------

    def revert_disabled(self, request: HttpRequest, obj: Claim | None = None) -> bool:
        # Reverting from history would bypass the version check and the sign-off rules.
        return True

    def history_view(self, request: HttpRequest, object_id: str, extra_context: dict | None = None) -> HttpResponse:
        # The account in plain words (claims.claim_history), instead of raw field names and "None".
        claim = self._claim_for_page(request, object_id)
        if not self.has_view_or_change_permission(request, claim):
            raise PermissionDenied
        extra = {**(extra_context or {}), "account": history_account(claim), "claim": claim}
        return super().history_view(request, object_id, extra_context=extra)

    def history_form_view(
        self, request: HttpRequest, object_id: str, version_id: str, extra_context: dict | None = None
    ) -> HttpResponse:
        # simple_history saves a POSTed past version even with revert disabled: refuse it here.
        if request.method == "POST":
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: dict | None = None
    ) -> HttpResponse:
        claim = self._claim_for_page(request, object_id)
        if not self.has_view_or_change_permission(request, claim):
            raise PermissionDenied
        forms_: dict[str, Any] = {}
        conflict = None
        if request.method == "POST":
            if not self.has_change_permission(request, claim):
                raise PermissionDenied
            outcome = self._handle_post(request, claim, forms_)
            if isinstance(outcome, HttpResponse):
                return outcome
            conflict = outcome
            claim = self._claim_for_page(request, object_id)
        return self._render_page(request, claim, forms_, conflict)

    def _claim_for_page(self, request: HttpRequest, object_id: str) -> Claim:
        claim = (
            Claim.objects.select_related("article", "assignee").filter(pk=object_id).first()
            if object_id.isdigit()
            else None
        )
        if claim is None:
            raise Http404("No such claim.")
        return claim

    def _handle_post(self, request: HttpRequest, claim: Claim, forms_: dict[str, Any]) -> HttpResponse | dict | None:
        """Apply the posted form; a redirect on success, conflict details on a lost race, None to re-show errors."""
        kind = request.POST.get("form")
        user = request.user
        form: VerdictForm | SignoffForm | AssignForm | ReopenForm | CorrectionForm
        try:
            if kind == "verdict":
                form = forms_["verdict"] = VerdictForm(request.POST, prefix="verdict")
                if not user.has_perm("claims.add_review"):
                    raise PermissionDenied
                if not form.is_valid():
                    return None
                data = form.cleaned_data
                saved = record_verdict(
                    claim,
                    user=user,
                    verdict=data["verdict"],
                    rationale=data["rationale"],
                    evidence_url=data["evidence_url"] or "",
                    loaded_version=data["version"],
                )
                message = f"Recorded “{saved.get_verdict_display()}” for {saved}."
                if saved.status == ClaimStatus.AWAITING_SIGNOFF:
                    message += " It now waits for an editor's sign-off."
                self.message_user(request, message, messages.SUCCESS)
                if "_savenext" in request.POST:
                    return self._next_redirect(request, saved)
                return HttpResponseRedirect(self._page_url(saved))
            if kind == "signoff":
                form = forms_["signoff"] = SignoffForm(request.POST, prefix="signoff")
                if not form.is_valid():
                    return None
                data = form.cleaned_data
                if data["decision"] == SignoffForm.CONFIRM:
                    saved = sign_off(claim, user=user, loaded_version=data["version"], note=data["note"])
                    self.message_user(request, f"Signed off “{saved.get_verdict_display()}” for {saved}.")
                else:
                    saved = reopen(claim, user=user, loaded_version=data["version"], reason=data["note"])
                    self.message_user(request, f"Reopened {saved}: it is back in the queue.")
                return HttpResponseRedirect(self._page_url(saved))
            if kind == "reopen":
                form = forms_["reopen"] = ReopenForm(request.POST, prefix="reopen")
                if not form.is_valid():
                    return None
                saved = reopen(
                    claim, user=user, loaded_version=form.cleaned_data["version"], reason=form.cleaned_data["reason"]
                )
                self.message_user(request, f"Reopened {saved}: it is back in the queue.")
                return HttpResponseRedirect(self._page_url(saved))
            if kind == "related":
                if not user.has_perm("claims.add_review"):
                    raise PermissionDenied
                ids = [int(pk) for pk in request.POST.getlist("related") if pk.isdigit()]
                allowed = {other.pk for other in related_claims(claim)}
                targets = list(Claim.objects.select_related("article").filter(pk__in=[i for i in ids if i in allowed]))
                changed, skipped = apply_to_related(claim, targets, user=user)
                if changed:
                    label = claim.get_verdict_display()
                    self.message_user(request, f"Recorded “{label}” on {len(changed)} related claim(s).")
                for other, reason in skipped:
                    self.message_user(request, f"{other} (#{other.pk}) not changed: {reason}", messages.WARNING)
                return HttpResponseRedirect(self._page_url(claim))
            if kind == "assign":
                form = forms_["assign"] = AssignForm(request.POST, prefix="assign")
                if not form.is_valid():
                    return None
                data = form.cleaned_data
                choice = data["assign"]
                assignee = {AssignForm.ME: user, AssignForm.NOBODY: None}.get(choice, data["assignee"])
                try:
                    saved = assign(
                        claim,
                        user=user,
                        assignee=assignee,
                        loaded_version=data["version"],
                        take_over=data["confirm"],
                    )
                except TakeOverNeeded as needed:
                    # Ask first: the page shows who holds the claim and a button to confirm.
                    forms_["takeover"] = {"holder": needed.holder, "version": data["version"]}
                    return None
                if assignee is None:
                    done = "unassigned"
                elif assignee.pk == user.pk:
                    done = "yours"
                else:
                    done = f"assigned to {assignee.get_username()}"
                self.message_user(request, f"{saved} is now {done}.")
                return HttpResponseRedirect(self._page_url(saved))
            if kind == "correction":
                form = forms_["correction"] = CorrectionForm(
                    request.POST, prefix="correction", reviews=correctable_reviews(claim, user)
                )
                if not user.has_perm("claims.add_review"):
                    raise PermissionDenied
                if not form.is_valid():
                    return None
                data = form.cleaned_data
                correct_review(
                    data["review"],
                    user=user,
                    rationale=data["rationale"],
                    evidence_url=data["evidence_url"] or "",
                    loaded_version=data["version"],
                )
                self.message_user(request, "Correction added; the review it corrects stays on record.")
                return HttpResponseRedirect(self._page_url(claim))
        except ReviewError as error:
            self.message_user(request, str(error), messages.ERROR)
            return HttpResponseRedirect(self._page_url(claim))
        except EditConflict as conflict:
            return self._conflict_details(conflict, form)
        return HttpResponseBadRequest("Unknown form.")

    def _conflict_details(self, conflict: EditConflict, form: Any) -> dict[str, Any]:
        """What the user loaded, what is stored now and who changed it, next to what they tried to save."""
        current = conflict.current
        history = list(
            Claim.history.filter(id=current.pk, version__gt=conflict.loaded_version)
            .select_related("history_user")
            .order_by("history_date", "history_id")
        )
        loaded = Claim.history.filter(id=current.pk, version=conflict.loaded_version).order_by("-history_date").first()
        users = dict(
            get_user_model()
            .objects.filter(pk__in=[loaded.assignee_id if loaded else None, current.assignee_id])
            .values_list("pk", "username")
        )
        latest_review = current.reviews.select_related("reviewer").order_by("-created_at", "-id").first()

        def show(label: str, value: Any) -> str:
            if value is _UNKNOWN:
                return "(not recorded)"
            if label == "Assignee":
                return person(users.get(value, f"user #{value}") if value else None)
            if label == "Verdict":
                return verdict_words(value)
            return _status_words(value) if value else ""

        rows = [
            (label, show(label, _UNKNOWN if loaded is None else before), show(label, now))
            for label, before, now in changed_fields(current, loaded)
        ]
        yours = [
            (str(form.fields[name].label or name.replace("_", " ").capitalize()), value)
            for name, value in form.cleaned_data.items()
            if name != "version" and value
        ]
        # The re-shown form carries the current version: saving again is a deliberate choice.
        form.data = form.data.copy()
        form.data[form.add_prefix("version")] = str(current.version)
        return {
            "rows": rows,
            "changes": history,
            "latest_review": latest_review,
            "yours": yours,
            "loaded_version": conflict.loaded_version,
            "current_version": current.version,
            "message": str(conflict),
        }

    def _page_url(self, claim: Claim) -> str:
        return reverse("admin:claims_claim_change", args=[claim.pk])

    def _next_redirect(self, request: HttpRequest, claim: Claim) -> HttpResponseRedirect:
        following = next_in_queue(claim)
        if following is None:
            self.message_user(request, "No more claims to review: the queue is done.", messages.INFO)
            return HttpResponseRedirect(reverse("admin:claims_claim_changelist"))
        return HttpResponseRedirect(self._page_url(following))

    @staticmethod
    def _signoff_form(forms_: dict[str, Any], version: dict[str, int], *, may_confirm: bool) -> SignoffForm:
        form = forms_.get("signoff") or SignoffForm(prefix="signoff", initial=version)
        if not may_confirm:
            # The server refuses the confirmation anyway; the page does not offer it.
            form.fields["decision"].choices = [c for c in form.fields["decision"].choices if c[0] == SignoffForm.REOPEN]
        return form

    def _render_page(
        self, request: HttpRequest, claim: Claim, forms_: dict[str, Any], conflict: dict | None
    ) -> TemplateResponse:
        user = request.user
        can_change = self.has_change_permission(request, claim)
        version = {"version": claim.version}
        verdict_open = can_change and user.has_perm("claims.add_review") and not needs_reopen(claim)
        signoff_open = can_change and claim.status == ClaimStatus.AWAITING_SIGNOFF and can_sign_off(user)
        setters = verdict_setters(claim) if signoff_open else set()
        correctable = correctable_reviews(claim, user) if can_change and user.has_perm("claims.add_review") else None
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "app_label": self.opts.app_label,
            "title": f"Review claim: {claim}",
            "status_words": _status_words(claim.status),
            "keyboard_keys": claim_keys(verdict_open=verdict_open, signoff_open=signoff_open),
            "next_claim": next_in_queue(claim),
            "previous_claim": previous_in_queue(claim),
            "subtitle": None,
            "original": claim,
            "claim": claim,
            "article": claim.article,
            "paragraph": paragraph_html(claim.article.body, claim),
            "reading_rows": reading_rows(claim),
            "reading_json": reading_json(claim),
            "results": result_views(claim),
            "evidence": evidence_views(claim),
            "related": related_claims(claim),
            "related_open": can_change and user.has_perm("claims.add_review") and bool(claim.verdict),
            "reviews": reviews(claim),
            "reopening": last_reopening(claim),
            "can_change": can_change,
            "verdict_open": verdict_open,
            "verdict_form": forms_.get("verdict")
            or VerdictForm(prefix="verdict", initial={**version, "verdict": claim.verdict or None}),
            "signoff_open": signoff_open,
            "own_verdict": signoff_open and user.pk in setters,
            "unknown_setter": signoff_open and (None in setters or not setters),
            "signoff_form": self._signoff_form(forms_, version, may_confirm=not (setters & {user.pk, None})),
            "finished": needs_reopen(claim),
            "reopen_open": can_change and may_reopen(user, claim) and claim.status != ClaimStatus.AWAITING_SIGNOFF,
            "reopen_form": forms_.get("reopen") or ReopenForm(prefix="reopen", initial=version),
            "assign_form": forms_.get("assign") or AssignForm(prefix="assign", initial=version),
            "can_assign_others": can_change and can_assign_others(user),
            "takeover": forms_.get("takeover"),
            "correction_form": (
                forms_.get("correction") or CorrectionForm(prefix="correction", reviews=correctable, initial=version)
            )
            if correctable is not None and correctable.exists()
            else None,
            "conflict": conflict,
            "history_url": reverse("admin:claims_claim_history", args=[claim.pk]),
            "changelist_url": reverse("admin:claims_claim_changelist"),
            "media": self.media,
            "has_view_permission": True,
            "has_change_permission": can_change,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.review_template, context)


class CheckResultInline(admin.TabularInline):
    model = CheckResult
    extra = 0
    fields = ["check_name", "status", "severity", "message", "within_rounding"]
    readonly_fields = fields
    can_delete = False
    show_change_link = True


@admin.register(CheckRun)
class CheckRunAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "article",
        "engine_version",
        "started_at",
        "passed",
        "failed",
        "indeterminate",
        "status",
        "superseded_at",
    ]
    list_filter = ["status", "engine_version", "started_at"]
    search_fields = ["article__title"]
    list_select_related = ["article"]
    inlines = [CheckResultInline]


@admin.register(CheckResult)
class CheckResultAdmin(admin.ModelAdmin):
    list_display = ["check_column", "status", "severity", "message", "run"]
    list_filter = ["status", "severity", "check_name"]
    search_fields = ["message", "check_name", "run__article__title"]
    list_select_related = ["run", "run__article"]
    raw_id_fields = ["run", "claims"]

    @admin.display(description="Check", ordering="check_name")
    def check_column(self, obj: CheckResult) -> str:
        return check_title(obj.check_name)


@admin.register(Review)
class ReviewAdmin(admin.ModelAdmin):
    """Reviews, read only. A review is written on the claim page under the signed-in user's name,
    and never changed or deleted afterwards (a correction is a new review naming the old one), so
    there is no add, change or delete form here for anyone, superusers included."""

    list_display = ["claim", "verdict", "given_by", "created_at", "corrects"]
    list_filter = ["verdict", "reviewer"]
    search_fields = ["rationale", "claim__surface", "claim__text"]
    list_select_related = ["claim", "reviewer", "corrects", "corrects__reviewer"]
    fields = ["claim", "verdict", "rationale", "evidence_url", "given_by", "created_at", "corrects"]
    readonly_fields = fields
    actions = None

    @admin.display(description="Given by", ordering="reviewer__username")
    def given_by(self, obj: Review) -> str:
        # The name only: reviewers may not open people's accounts, so no link to one.
        return obj.reviewer.get_username()

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Review | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Review | None = None) -> bool:
        return False
