"""Source documents and the evidence that links a claim to a passage of one."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from simple_history.models import HistoricalRecords

from claims.models import Claim, SourceFormat
from claims.stored_text import check_quote, quoted


class SourceKind(models.TextChoices):
    PRIMARY = "primary", "Primary (the organisation's own filing or release)"
    SECONDARY = "secondary", "Secondary (reporting about it)"


class Source(models.Model):
    title = models.CharField(max_length=500)
    url = models.URLField(max_length=2000, blank=True)
    publisher = models.CharField(max_length=200, blank=True)
    published = models.DateField(null=True, blank=True)
    kind = models.CharField(max_length=16, choices=SourceKind.choices, default=SourceKind.SECONDARY)
    body = models.TextField()
    source_format = models.CharField(max_length=16, choices=SourceFormat.choices, default=SourceFormat.TEXT)
    content_hash = models.CharField(max_length=64, unique=True)
    imported_at = models.DateTimeField(auto_now_add=True)
    # The text never changes once stored (claims.stored_text): a corrected text is a new source,
    # linked again, while the evidence found in the old one stays with it.
    revision_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="revisions",
        help_text="The earlier version of this source, when this one replaces it.",
    )

    class Meta:
        ordering = ["-imported_at", "-id"]
        permissions = [("change_primary_source", "Can change the details of a primary source")]

    def __str__(self) -> str:
        return self.title


class Stance(models.TextChoices):
    SUPPORTS = "supports", "Supports"
    CONTRADICTS = "contradicts", "Contradicts"
    MENTIONS = "mentions", "Mentions"


class Evidence(models.Model):
    # evidence_unique_passage and evidence_stance_idx lead with the claim: no index of its own.
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="evidence", db_index=False)
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="evidence")
    start = models.PositiveIntegerField(help_text="Start of the passage in the source body.")
    end = models.PositiveIntegerField()
    score = models.FloatField(help_text="Match score, 0-100.")
    stance = models.CharField(max_length=16, choices=Stance.choices)
    quote = models.TextField(blank=True, help_text="The passage as stored: the source text at start to end.")
    comparison = models.JSONField(default=dict, blank=True, help_text="The figures compared and how.")
    note = models.TextField(blank=True, help_text="The reviewer's note on why the passage is evidence.")
    linked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Empty when linked automatically.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name_plural = "evidence"
        ordering = ["claim", "-score"]
        constraints = [
            models.CheckConstraint(condition=Q(start__lt=F("end")), name="evidence_span_nonempty"),
            models.CheckConstraint(condition=Q(score__gte=0) & Q(score__lte=100), name="evidence_score_range"),
            models.UniqueConstraint(fields=["claim", "source", "start", "end"], name="evidence_unique_passage"),
        ]
        indexes = [models.Index(fields=["claim", "stance"], name="evidence_stance_idx")]

    def __str__(self) -> str:
        return f"{self.get_stance_display()}: {self.source}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        # The passage must be the source's text at its offsets: a quote given with them must agree,
        # and one left out is taken from the text.
        pieces = quoted(Source, self.source_id, [(self.start, self.end)])
        if pieces is not None:
            length, (found,) = pieces
            check_quote(length, self.start, self.end, found, self.quote or None, "The evidence passage")
            self.quote = found
        super().save(*args, **kwargs)

    @property
    def passage(self) -> str:
        return self.source.body[self.start : self.end]
