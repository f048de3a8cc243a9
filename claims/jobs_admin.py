"""Admin pages for background tasks (state, progress, the finished file) and for API tokens.

Registered from ``claims.exports.admin`` (which ``claims.admin`` imports). Anyone who works
the queue sees the tasks they started and makes and revokes their own API tokens; superusers
see everyone's. Neither is ever edited through a form: tasks are written by the workers, and
a token's key is made by the server and shown once.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString

from claims.api.tokens import issue, revoke
from claims.models import ApiToken, BackgroundJob, JobState
from claims.stale_jobs import fail_abandoned
from claims.tasks import retry_job

# Working the queue is what lets a person start tasks and hold API tokens.
WORKS_THE_QUEUE = "claims.view_claim"


def _works_the_queue(request: HttpRequest) -> bool:
    return bool(request.user.is_active and request.user.is_staff and request.user.has_perm(WORKS_THE_QUEUE))


def job_page(job: BackgroundJob) -> str:
    return reverse("admin:claims_backgroundjob_change", args=[job.pk])


def job_started_message(job: BackgroundJob, what: str) -> SafeString:
    if job.state == JobState.FAILED:
        return format_html('{}: failed ({}). <a href="{}">See the task</a>.', what, job.error, job_page(job))
    if job.state == JobState.DONE:
        return format_html('{}: done. <a href="{}">See the task</a>.', what, job_page(job))
    return format_html(
        '{}: started in the background as task {}. <a href="{}">Follow its progress</a>.', what, job.pk, job_page(job)
    )


@admin.register(BackgroundJob)
class BackgroundJobAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "kind",
        "state",
        "progress_column",
        "requested_by",
        "created_at",
        "finished_at",
        "file_column",
    ]
    list_filter = ["state", "kind"]
    list_display_links = ["id", "kind"]
    ordering = ["-created_at", "-id"]
    job_template = "admin/claims/backgroundjob/job.html"
    actions = ["retry_tasks"]

    def get_urls(self) -> list:
        retry = self.admin_site.admin_view(self.retry_view)
        return [path("<int:job_id>/retry/", retry, name="claims_backgroundjob_retry"), *super().get_urls()]

    def changelist_view(self, request: HttpRequest, extra_context: dict | None = None) -> HttpResponse:
        fail_abandoned(self.get_queryset(request))  # a task whose worker died shows as failed, not "Running"
        return super().changelist_view(request, extra_context)

    def has_retry_permission(self, request: HttpRequest) -> bool:
        return _works_the_queue(request)

    @admin.action(description="Retry the selected failed tasks", permissions=["retry"])
    def retry_tasks(self, request: HttpRequest, queryset: QuerySet[BackgroundJob]) -> None:
        jobs = [retry_job(job) for job in queryset.filter(state=JobState.FAILED)]
        self.message_user(request, f"Queued {len(jobs)} failed task(s) again.", messages.SUCCESS)

    def retry_view(self, request: HttpRequest, job_id: int) -> HttpResponse:
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        job = self.get_queryset(request).filter(pk=job_id).first()  # someone else's task is not found
        if job is None or not self.has_retry_permission(request):
            return self._get_obj_does_not_exist_redirect(request, self.opts, str(job_id))
        if job.state == JobState.FAILED:
            self.message_user(request, job_started_message(retry_job(job), "Retried"), messages.SUCCESS)
        return HttpResponseRedirect(job_page(job))

    def get_queryset(self, request: HttpRequest) -> QuerySet[BackgroundJob]:
        queryset = super().get_queryset(request).select_related("requested_by", "article")
        return queryset if request.user.is_superuser else queryset.filter(requested_by=request.user)

    def has_module_permission(self, request: HttpRequest) -> bool:
        return _works_the_queue(request)

    def has_view_permission(self, request: HttpRequest, obj: BackgroundJob | None = None) -> bool:
        return _works_the_queue(request)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: BackgroundJob | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: BackgroundJob | None = None) -> bool:
        return False

    @admin.display(description="progress")
    def progress_column(self, obj: BackgroundJob) -> str:
        return f"{obj.done} of {obj.total}" if obj.total is not None else str(obj.done)

    @admin.display(description="file")
    def file_column(self, obj: BackgroundJob) -> str:
        if obj.state != JobState.DONE or not obj.file:
            return "-"
        return format_html('<a href="{}">Download</a>', reverse("api:job_file", kwargs={"job_id": obj.pk}))

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: dict | None = None
    ) -> HttpResponse:
        job = self.get_object(request, object_id)
        if job is None or not self.has_view_permission(request, job):
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if fail_abandoned(BackgroundJob.objects.filter(pk=job.pk)):
            job.refresh_from_db()
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": str(job),
            "job": job,
            "status_url": reverse("api:job", kwargs={"job_id": job.pk}),
            "file_url": reverse("api:job_file", kwargs={"job_id": job.pk}),
            "has_file": job.state == JobState.DONE and bool(job.file),
            "article_url": reverse("admin:claims_article_change", args=[job.article_id]) if job.article_id else "",
            "retry_url": reverse("admin:claims_backgroundjob_retry", args=[job.pk])
            if job.state == JobState.FAILED
            else "",
        }
        return TemplateResponse(request, self.job_template, context)


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["name", "prefix", "user", "created_at", "last_used_at", "revoked_at"]
    list_filter = ["revoked_at"]
    actions = ["revoke_tokens"]
    readonly_fields = ["prefix", "created_at", "last_used_at", "revoked_at"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[ApiToken]:
        queryset = super().get_queryset(request).select_related("user")
        return queryset if request.user.is_superuser else queryset.filter(user=request.user)

    def get_fields(self, request: HttpRequest, obj: ApiToken | None = None) -> list[str]:
        # A superuser may make a token for someone else (a newsroom system's account); others only for themselves.
        mine = ["name", "user"] if request.user.is_superuser and obj is None else ["name"]
        return mine if obj is None else ["name", "user", *self.readonly_fields]

    def get_readonly_fields(self, request: HttpRequest, obj: ApiToken | None = None) -> list[str]:
        return [*self.readonly_fields, "name", "user"] if obj is not None else []

    def has_module_permission(self, request: HttpRequest) -> bool:
        return _works_the_queue(request)

    def has_view_permission(self, request: HttpRequest, obj: ApiToken | None = None) -> bool:
        return _works_the_queue(request)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return _works_the_queue(request)

    def has_change_permission(self, request: HttpRequest, obj: ApiToken | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: ApiToken | None = None) -> bool:
        return False  # revoked, never deleted: the list keeps when each token was used

    def has_revoke_permission(self, request: HttpRequest) -> bool:
        return _works_the_queue(request)

    def save_model(self, request: HttpRequest, obj: ApiToken, form: Any, change: bool) -> None:
        if change:
            return
        if not request.user.is_superuser or not obj.user_id:
            obj.user = request.user
        # Kept on the object only for response_add: the key is never stored, logged or put in a cookie.
        obj._new_key = issue(obj)
        super().save_model(request, obj, form, change)

    def response_add(self, request: HttpRequest, obj: ApiToken, post_url_continue: str | None = None) -> HttpResponse:
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Your new API token",
            "token": obj,
            "key": obj._new_key,
            "list_url": reverse("admin:claims_apitoken_changelist"),
        }
        response = TemplateResponse(request, "admin/claims/apitoken/created.html", context)
        response["Cache-Control"] = "no-store"
        return response

    @admin.action(description="Revoke the selected tokens", permissions=["revoke"])
    def revoke_tokens(self, request: HttpRequest, queryset: QuerySet[ApiToken]) -> None:
        tokens = list(queryset.filter(revoked_at__isnull=True))
        for token in tokens:
            revoke(token)
        self.message_user(request, f"Revoked {len(tokens)} token(s).", messages.SUCCESS)
