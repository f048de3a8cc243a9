"""What to export: filters from the command line or the admin, turned into querysets."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.db.models.functions import Coalesce, TruncDate

from claims.models import Article, Claim, ClaimStatus
from factcheck.report import Filters


class SelectionError(ValueError):
    """A filter that cannot be honoured (an unknown article, a bad status): a usage error."""


@dataclass(frozen=True)
class Selection:
    article_ids: tuple[int, ...] = ()
    claim_ids: tuple[int, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    statuses: tuple[str, ...] = ()
    # Claims picked in the admin, as a queryset: a "select all" over 100,000 claims must not become 100,000
    # bound parameters (SQLite allows 32,766).
    claims_from: QuerySet[Claim] | None = field(default=None, compare=False)
    # Fixed at construction so every format of one export says the same time.
    generated_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    def validate(self) -> None:
        unknown = sorted(set(self.statuses) - set(ClaimStatus.values))
        if unknown:
            raise SelectionError(f"unknown status {unknown[0]!r} (choose from {', '.join(ClaimStatus.values)})")
        if self.article_ids:
            found = set(Article.objects.filter(pk__in=self.article_ids).values_list("pk", flat=True))
            missing = [pk for pk in self.article_ids if pk not in found]
            if missing:
                raise SelectionError(f"no article with id {missing[0]}")
        if self.since and self.until and self.since > self.until:
            raise SelectionError(f"--since {self.since} is after --until {self.until}")

    @property
    def filters_claims(self) -> bool:
        """Whether only some of an article's claims are exported (so results follow the claims)."""
        return bool(self.claim_ids or self.statuses or self.claims_from is not None)

    def claim_q(self) -> Q:
        q = Q()
        if self.claim_ids:
            q &= Q(pk__in=self.claim_ids)
        if self.statuses:
            q &= Q(status__in=self.statuses)
        if self.claims_from is not None:
            q &= Q(pk__in=self.claims_from.order_by().values("pk"))
        return q

    def claims(self, article: Article | int) -> QuerySet[Claim]:
        return Claim.objects.filter(self.claim_q(), article=article)

    def all_claims(self) -> QuerySet[Claim]:
        """Every exported claim; joins the article filter only when there is one (it slows the keyset seek)."""
        qs = Claim.objects.filter(self.claim_q())
        if self.article_ids:
            qs = qs.filter(article_id__in=self.article_ids)
        if self.since or self.until:
            qs = qs.filter(article__in=self.articles())
        return qs

    def articles(self) -> QuerySet[Article]:
        qs = Article.objects.all()
        if self.article_ids:
            qs = qs.filter(pk__in=self.article_ids)
        if self.since or self.until:
            # An article's date is when it was published, or imported when that is unknown.
            qs = qs.annotate(_date=Coalesce("published", TruncDate("imported_at")))
            if self.since:
                qs = qs.filter(_date__gte=self.since)
            if self.until:
                qs = qs.filter(_date__lte=self.until)
        if self.filters_claims:
            qs = qs.filter(Exists(Claim.objects.filter(self.claim_q(), article=OuterRef("pk"))))
        # Import order (ids grow with imports): claims are read in the same order, keyed on article_id.
        return qs.order_by("pk")

    def as_filters(self) -> Filters:
        return Filters(
            article_ids=list(self.article_ids),
            claim_ids=list(self.claim_ids),
            since=self.since,
            until=self.until,
            statuses=list(self.statuses),
        )
