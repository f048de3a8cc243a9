"""Articles, the claims found in them, check runs with their results, and reviews."""

from __future__ import annotations

import os
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.db.models import F, Q
from simple_history.models import HistoricalRecords

from factcheck.claim import Claim as ClaimReading
from factcheck.finding import Finding


class SourceFormat(models.TextChoices):
    TEXT = "text", "Plain text"
    MARKDOWN = "markdown", "Markdown"
    HTML = "html", "HTML"


class Article(models.Model):
    title = models.CharField(max_length=500)
    url = models.URLField(max_length=2000, blank=True)
    publisher = models.CharField(max_length=200, blank=True)
    published = models.DateField(
        null=True, blank=True, help_text="What the checks take as now for time windows; from the page when not given."
    )
    # What a web page says about itself, read at import (empty for text and Markdown).
    author = models.CharField(max_length=300, blank=True)
    site_name = models.CharField(max_length=200, blank=True)
    canonical_url = models.URLField(max_length=2000, blank=True, help_text="The address the page gives as its own.")
    body = models.TextField(help_text="The text exactly as checked; every span points into it.")
    tables = models.JSONField(
        default=list, blank=True, help_text="Where each table cell stands in the body, as read from the page."
    )
    source_format = models.CharField(max_length=16, choices=SourceFormat.choices, default=SourceFormat.TEXT)
    content_hash = models.CharField(max_length=64, unique=True, help_text="SHA-256 of the body.")
    imported_at = models.DateTimeField(auto_now_add=True)
    # The text never changes once stored (claims.stored_text): a corrected text is a new article.
    revision_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="revisions",
        help_text="The earlier version of this article, when this one replaces it.",
    )

    class Meta:
        ordering = ["-imported_at", "-id"]
        indexes = [models.Index(fields=["published"]), models.Index(fields=["imported_at"])]

    def __str__(self) -> str:
        return self.title


class ClaimStatus(models.TextChoices):
    UNREVIEWED = "unreviewed", "Unreviewed"
    IN_REVIEW = "in_review", "In review"
    AWAITING_SIGNOFF = "awaiting_signoff", "Awaiting editor sign-off"
    REVIEWED = "reviewed", "Reviewed"


class Verdict(models.TextChoices):
    ACCURATE = "accurate", "Accurate"
    ACCURATE_WITHIN_ROUNDING = "accurate_within_rounding", "Accurate within rounding"
    INACCURATE = "inaccurate", "Inaccurate"
    MISLEADING = "misleading", "Misleading"
    UNVERIFIABLE = "unverifiable", "Unverifiable"


class ClaimOrigin(models.TextChoices):
    MACHINE = "machine", "Extracted"
    REVIEWER = "reviewer", "Added by a reviewer"


def figure_reach() -> models.Expression:
    """How wide a claim's figure is (upper - lower), for finding repeats of a figure by index; empty
    when a bound is open or the figure is "nearly", whose reach below its lower bound the columns
    do not say. The same expression serves the index and the query, so the database matches them."""
    return models.Case(
        models.When(hedge="nearly", then=models.Value(None)),
        default=F("upper") - F("lower"),
        output_field=models.FloatField(),
    )


class Claim(models.Model):
    # No index of its own: claim_unique_span leads with the article (and claim_assignee_idx with the assignee),
    # and every index is one more write for each of the fifty claims a checked article stores.
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims", db_index=False)
    start = models.PositiveIntegerField(help_text="Start of the figure in the article body.")
    end = models.PositiveIntegerField()
    sentence_start = models.PositiveIntegerField()
    sentence_end = models.PositiveIntegerField()
    surface = models.CharField(max_length=500, help_text="The figure as printed.")
    text = models.TextField(help_text="The sentence that makes the claim.")
    # The structured reading: the engine's pydantic Claim, as JSON. The columns
    # below copy parts of it so the queue can filter and sort in the database.
    reading = models.JSONField()
    subject = models.CharField(max_length=200, blank=True)
    metric = models.CharField(max_length=64, blank=True, default="unknown")
    value = models.FloatField(null=True, blank=True)
    unit = models.CharField(max_length=100, blank=True)
    lower = models.FloatField(null=True, blank=True)
    upper = models.FloatField(null=True, blank=True)
    hedge = models.CharField(max_length=32, blank=True)
    period = models.CharField(max_length=200, blank=True)
    baseline = models.CharField(max_length=200, blank=True)
    origin = models.CharField(max_length=16, choices=ClaimOrigin.choices, default=ClaimOrigin.MACHINE)
    status = models.CharField(max_length=20, choices=ClaimStatus.choices, default=ClaimStatus.UNREVIEWED)
    verdict = models.CharField(max_length=32, choices=Verdict.choices, blank=True)
    priority = models.IntegerField(default=0, help_text="Higher is reviewed sooner.")
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", db_index=False
    )
    version = models.PositiveIntegerField(default=1, help_text="Optimistic lock: bumped on every save.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # The change reason holds a reopen's full reason, which must not be cut at 100 characters.
    history = HistoricalRecords(history_change_reason_field=models.TextField(null=True))

    class Meta:
        ordering = ["-priority", "article_id", "start"]
        permissions = [
            ("signoff_claim", "Can confirm or reopen inaccurate and misleading verdicts"),
            ("assign_claim", "Can assign a claim to another person, or unassign someone else"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(start__lt=F("end")), name="claim_span_nonempty"),
            models.CheckConstraint(
                condition=Q(sentence_start__lte=F("start")) & Q(end__lte=F("sentence_end")),
                name="claim_inside_sentence",
            ),
            models.CheckConstraint(condition=Q(version__gte=1), name="claim_version_positive"),
            models.UniqueConstraint(fields=["article", "start", "end"], name="claim_unique_span"),
        ]
        indexes = [
            models.Index(fields=["-priority", "id"], name="claim_queue_idx"),
            models.Index(fields=["status", "-priority"], name="claim_status_idx"),
            models.Index(fields=["assignee", "status"], name="claim_assignee_idx"),
            models.Index(fields=["metric"], name="claim_metric_idx"),
            # Repeats of a figure (claims.related): same metric and unit, bounds that can overlap;
            # narrow figures by lower bound, the others by their reach (see figure_reach).
            models.Index(fields=["metric", "unit", "lower"], name="claim_figure_idx"),
            models.Index(F("metric"), F("unit"), figure_reach(), name="claim_figure_reach_idx"),
        ]

    def __str__(self) -> str:
        subject = f"{self.subject}: " if self.subject else ""
        return f"{subject}{self.surface}"

    def parsed_reading(self) -> ClaimReading:
        return ClaimReading.model_validate(self.reading)


class RunStatus(models.TextChoices):
    FINISHED = "finished", "Finished"
    FAILED = "failed", "Failed"


# How a failed run's error begins; what follows is the cause, in one line (claims.pipeline.record_failed_run).
RUN_STOPPED = "The checks stopped on this article: "


class CheckRun(models.Model):
    # checkrun_current_idx leads with the article: no index of its own.
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="check_runs", db_index=False)
    engine_version = models.CharField(max_length=32)
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField()
    superseded_at = models.DateTimeField(
        null=True, blank=True, help_text="Set when a later run replaces this one; old runs stay for audit."
    )
    claims_found = models.PositiveIntegerField(default=0)
    numbers_checked = models.PositiveIntegerField(default=0, help_text="Numbers in at least one check.")
    passed = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    indeterminate = models.PositiveIntegerField(default=0)
    # A failed run stores no claims or results, only why it stopped; the article's last
    # finished run stays its current one until a later run finishes.
    status = models.CharField(max_length=16, choices=RunStatus.choices, default=RunStatus.FINISHED)
    error = models.TextField(blank=True, help_text="Why a failed run stopped, in plain words.")

    class Meta:
        ordering = ["-started_at", "-id"]
        indexes = [models.Index(fields=["article", "superseded_at"], name="checkrun_current_idx")]

    def __str__(self) -> str:
        return f"Run {self.pk} on {self.article}"


class ResultStatus(models.TextChoices):
    PASS = "pass", "Pass"
    FAIL = "fail", "Fail"
    INDETERMINATE = "indeterminate", "Indeterminate"


class Severity(models.TextChoices):
    INFO = "info", "Info"
    WARNING = "warning", "Warning"
    ERROR = "error", "Error"


class CheckResult(models.Model):
    run = models.ForeignKey(CheckRun, on_delete=models.CASCADE, related_name="results")
    check_name = models.CharField(max_length=100)
    status = models.CharField(max_length=16, choices=ResultStatus.choices)
    severity = models.CharField(max_length=16, choices=Severity.choices)
    message = models.TextField()
    computed = models.JSONField(default=dict, blank=True)
    tolerance = models.TextField(blank=True)
    within_rounding = models.BooleanField(default=False)
    spans = models.JSONField(default=list, blank=True, help_text="[[start, end], ...] in the article body.")
    pairing = models.TextField(blank=True, help_text="Why the check's figures were paired, in plain words.")
    uncertain = models.JSONField(
        default=list, blank=True, help_text="What kept the pairing from being certain; a failure then stays quiet."
    )
    relation = models.JSONField(
        default=dict, blank=True, help_text="The relation checked: kind, members by role, cue words, agreement."
    )
    claims = models.ManyToManyField(Claim, related_name="results", blank=True)

    class Meta:
        ordering = ["run", "id"]
        indexes = [
            models.Index(fields=["status", "severity"], name="result_status_idx"),
            models.Index(fields=["check_name"], name="result_check_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.check_name}: {self.status}"

    def as_finding(self, claim_ids: list[str] | None = None) -> Finding:
        return Finding(
            check=self.check_name,
            status=self.status,
            severity=self.severity,
            message=self.message,
            spans=[tuple(span) for span in self.spans],
            claims=claim_ids or [],
            computed=self.computed,
            tolerance=self.tolerance or None,
            within_rounding=self.within_rounding,
            pairing=self.pairing or None,
            uncertain=list(self.uncertain or []),
        )


class ReviewIsFinal(Exception):
    """A review is a record of what someone decided and when: it is never changed or deleted."""


class ReviewQuerySet(models.QuerySet):
    """Reviews are only ever added: the bulk paths that rewrite or remove rows refuse too."""

    def update(self, **kwargs: object) -> int:
        raise ReviewIsFinal("Reviews are never changed: add a correction that names the review it corrects.")

    def bulk_update(self, *args: object, **kwargs: object) -> int:
        raise ReviewIsFinal("Reviews are never changed: add a correction that names the review it corrects.")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise ReviewIsFinal("Reviews are never deleted: they are the record of who decided what.")


class Review(models.Model):
    """One person's verdict on a claim with their reasons; append-only.

    ``reviewer`` is always the signed-in user who gave it (set by :mod:`claims.review`, never
    typed). A mistake in a review is put right by a new review whose ``corrects`` names it.
    """

    # PROTECT: deleting a claim (or its article) must not take its reviews with it.
    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="reviews")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="reviews")
    verdict = models.CharField(max_length=32, choices=Verdict.choices)
    rationale = models.TextField()
    evidence_url = models.URLField("evidence URL", max_length=2000, blank=True)
    corrects = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="corrections",
        verbose_name="corrects the review",
        help_text="The earlier review this one corrects; that review stays as it was.",
    )
    created_at = models.DateTimeField("given at", auto_now_add=True)
    history = HistoricalRecords()

    objects = ReviewQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=~Q(rationale=""), name="review_rationale_required"),
            models.CheckConstraint(condition=~Q(corrects=F("id")), name="review_corrects_another"),
        ]
        indexes = [models.Index(fields=["claim", "-created_at"], name="review_claim_idx")]

    def __str__(self) -> str:
        return f"{self.get_verdict_display()} by {self.reviewer}"

    def save(self, *args: object, **kwargs: object) -> None:
        if not self._state.adding:
            raise ReviewIsFinal("Reviews are never changed: add a correction that names the review it corrects.")
        super().save(*args, **kwargs)

    def delete(self, *args: object, **kwargs: object) -> tuple[int, dict[str, int]]:
        raise ReviewIsFinal("Reviews are never deleted: they are the record of who decided what.")


# ----- API tokens and background jobs (claims.api, claims.tasks) -------------------------------


class ApiToken(models.Model):
    """A person's key to the HTTP API: it acts as that person, with their role, until revoked.

    Only a SHA-256 of the key is stored; the key itself is shown once, when the token is made.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100, help_text="What the token is for, e.g. the newsroom system that uses it.")
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    # The first characters of the key, so a person can tell their tokens apart without the key.
    prefix = models.CharField(max_length=12, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = "API token"
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"


class JobKind(models.TextChoices):
    IMPORT = "import", "Import and check an article"
    CHECK = "check", "Run the checks again"
    LINK = "link", "Link to sources"
    EXPORT = "export", "Export a report"


class JobState(models.TextChoices):
    QUEUED = "queued", "Waiting for a worker"
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class TaskFileStorage(FileSystemStorage):
    """Files made by background tasks, under ``FACTCHECK_VAR_DIR/task-files``; served only through the API,
    to the person who asked for them (never as public media)."""

    def __init__(self) -> None:
        super().__init__()

    @property
    def base_location(self) -> str:  # read each time, so a changed VAR_DIR (tests) is followed
        return str(Path(settings.VAR_DIR) / "task-files")

    @property
    def location(self) -> str:
        return os.path.abspath(self.base_location)

    def deconstruct(self) -> tuple[str, tuple, dict]:
        return ("claims.models.TaskFileStorage", (), {})


class BackgroundJob(models.Model):
    """One piece of work run by a worker (claims.tasks): who asked, what, how far it got, what it made.

    The worker's own record (django-tasks-db's task result) says whether the code ran; this row says
    what a reviewer needs: the progress, the article made or checked, the finished file, the error.
    """

    kind = models.CharField(max_length=16, choices=JobKind.choices)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="background_jobs"
    )
    state = models.CharField(max_length=16, choices=JobState.choices, default=JobState.QUEUED)
    # What to do: article ids, claim ids, an export format, or a document to import. Cleared of an
    # imported text once it is stored (the article keeps it).
    params = models.JSONField(default=dict, blank=True)
    task_id = models.CharField(max_length=64, blank=True, help_text="The worker's id for this task.")
    attempts = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(null=True, blank=True)
    article = models.ForeignKey(Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    summary = models.TextField(blank=True)
    error = models.TextField(blank=True)
    file = models.FileField(storage=TaskFileStorage(), upload_to="%Y/%m/", blank=True, max_length=300)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    # Which worker runs it (host:process id) and its last sign of life (claims.stale_jobs).
    worker = models.CharField(max_length=200, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "background task"
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["requested_by", "-created_at"], name="job_owner_idx")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.pk}"

    @property
    def finished(self) -> bool:
        return self.state in (JobState.DONE, JobState.FAILED)
