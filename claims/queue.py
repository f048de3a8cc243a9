"""The review queue's database side: per-claim annotations, filters and result badges.

Everything a queue row shows is computed in the one changelist query (correlated
subqueries over the article's current check run), so a page costs the same number of
queries at ten claims or a hundred thousand.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.admin.views.main import ChangeList
from django.contrib.auth import get_user_model
from django.core.paginator import Page, Paginator
from django.db.models import (
    Case,
    CharField,
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce, Concat
from django.http import HttpRequest
from django.utils.functional import cached_property

from claims.models import Article, CheckResult, Claim, ClaimStatus, ResultStatus, Severity
from claims.wording import check_title, claim_status
from sources.models import Evidence, Stance

# How bad a result is, worst highest; mirrors claims.priority.band so the badge agrees with the order.
RESULT_RANK = Case(
    When(status=ResultStatus.FAIL, severity=Severity.ERROR, then=Value(6)),
    When(status=ResultStatus.FAIL, severity=Severity.WARNING, then=Value(5)),
    When(status=ResultStatus.FAIL, then=Value(4)),
    When(status=ResultStatus.INDETERMINATE, severity=Severity.ERROR, then=Value(3)),
    When(status=ResultStatus.INDETERMINATE, then=Value(2)),
    default=Value(1),
    output_field=IntegerField(),
)

# rank -> (css modifier, label) for the coloured badge; the words are claims.wording's.
BADGES: dict[int, tuple[str, str]] = {
    6: ("error", "Failed (error)"),
    5: ("warning", "Failed (warning)"),
    4: ("info", "Failed (note)"),
    3: ("indeterminate", "Undecided (error)"),
    2: ("indeterminate", "Undecided"),
    1: ("pass", "Passed"),
    0: ("none", "Not checked"),
}
# rank -> (result status, severity), to say a row's reason with claims.wording.finding_reason.
RANK_RESULTS: dict[int, tuple[str, str]] = {
    6: ("fail", "error"),
    5: ("fail", "warning"),
    4: ("fail", "info"),
    3: ("indeterminate", "error"),
    2: ("indeterminate", "info"),
    1: ("pass", "info"),
    0: ("", ""),
}


def result_rank(status: str, severity: str) -> int:
    """The same ranking as RESULT_RANK, for results already in memory."""
    if status == ResultStatus.FAIL:
        return {Severity.ERROR: 6, Severity.WARNING: 5}.get(severity, 4)
    if status == ResultStatus.INDETERMINATE:
        return 3 if severity == Severity.ERROR else 2
    return 1


def current_results(claim_ref: Any = None) -> QuerySet[CheckResult]:
    """Results of the current (not superseded) run that involve the claim ``claim_ref``."""
    return CheckResult.objects.filter(
        claims=claim_ref if claim_ref is not None else OuterRef("pk"), run__superseded_at__isnull=True
    )


def flagged_claim_ids(**result_filters: Any) -> QuerySet:
    """Ids of claims with a failed or indeterminate current result matching ``result_filters``.

    Filters use ``pk IN (this)`` rather than a correlated EXISTS: the database reads the few
    matching results once through their indexes instead of probing for every one of 100,000
    claims, which is what made a filtered page's COUNT slow.
    """
    # status IN (...) rather than != pass, so the (status, severity) index narrows the results.
    return CheckResult.claims.through.objects.filter(
        checkresult__status__in=[ResultStatus.FAIL, ResultStatus.INDETERMINATE],
        checkresult__run__superseded_at__isnull=True,
        **{f"checkresult__{k}": v for k, v in result_filters.items()},
    ).values("claim_id")


def annotate_queue(queryset: QuerySet[Claim]) -> QuerySet[Claim]:
    """Add ``worst`` ("<rank>|<check name>" of the worst current result) and ``n_evidence``.

    One subquery returns both rank and check name, so each row costs one lookup, not two.
    """
    worst = (
        current_results()
        .annotate(rank=RESULT_RANK)
        .order_by("-rank", "id")
        .annotate(label=Concat(Cast("rank", CharField()), Value("|"), "check_name", output_field=CharField()))
        .values("label")[:1]
    )
    evidence = (
        Evidence.objects.filter(claim=OuterRef("pk")).order_by().values("claim").annotate(n=Count("pk")).values("n")
    )
    worst_message = current_results().annotate(rank=RESULT_RANK).order_by("-rank", "id").values("message")[:1]
    return queryset.annotate(
        worst=Subquery(worst, output_field=CharField()),
        worst_message=Subquery(worst_message, output_field=CharField()),
        n_evidence=Coalesce(Subquery(evidence, output_field=IntegerField()), Value(0)),
    )


def parse_worst(worst: str | None) -> tuple[int, str]:
    if not worst:
        return 0, ""
    rank, _, check = worst.partition("|")
    return int(rank), check


# The queue counts its rows up to here and then says "more than" (see QueuePaginator.count).
COUNT_LIMIT = 10_000


class QueuePaginator(Paginator):
    """Pages that pick their rows first and annotate them second.

    Ordering a filtered queue makes the database sort the matching rows, and a database that
    computes the select list before sorting (SQLite does) would run the per-row subqueries
    for every match, not just the page's fifty. So: one query for the page's ids (no
    annotations), one for those rows with their annotations.

    ``rows`` is where the second query reads them: the annotated rows without the page's filters.
    The ids already passed those; a search's filter, asked again, would search the table again.
    """

    def __init__(self, object_list: Any, *args: Any, rows: QuerySet[Claim] | None = None, **kwargs: Any) -> None:
        super().__init__(object_list, *args, **kwargs)
        self.rows = rows
        self.more = False  # True when more rows match than COUNT_LIMIT: the count says "more than"

    @cached_property
    def count(self) -> int:
        # Counting every match of a broad search or of the whole open queue reads the table whatever
        # the indexes; no reviewer pages through 200 pages of fifty, so stop counting past the limit.
        if not isinstance(self.object_list, QuerySet):
            return super().count
        # Only the ids: the queue's annotations (a subquery per row) must not be worked out to count rows.
        seen = self.object_list.order_by().values("pk")[: COUNT_LIMIT + 1].count()
        self.more = seen > COUNT_LIMIT
        return min(seen, COUNT_LIMIT)

    def _get_page(self, object_list: Any, number: int, paginator: Paginator) -> Page:
        if isinstance(object_list, QuerySet):
            object_list = rows_in_order(object_list, self.rows if self.rows is not None else self.object_list)
        return super()._get_page(object_list, number, paginator)


def rows_in_order(page: QuerySet[Claim], annotated: QuerySet[Claim] | None = None) -> list[Claim]:
    """The rows of ``page`` (possibly sliced), fetched by id from ``annotated``, in ``page``'s order."""
    ids = list(page.values_list("pk", flat=True))
    by_pk = (annotated if annotated is not None else page).order_by().in_bulk(ids)
    return [by_pk[pk] for pk in ids if pk in by_pk]


# The queue's keys (claims/static/claims/keyboard.js), shown in its legend.
QUEUE_KEYS = [(("j", "k"), "next / previous row"), (("Enter", "o"), "open it"), (("x",), "tick it")]

# The queue's status filter: open work unless asked otherwise.
OPEN = "open"
ALL = "all"
OPEN_STATUSES = [ClaimStatus.UNREVIEWED, ClaimStatus.IN_REVIEW, ClaimStatus.AWAITING_SIGNOFF]
# Parameters that keep one row per sentence: they select whole sentences (a status, an article),
# while the others (a check, a severity, a person, a search) pick single figures.
SENTENCE_PARAMETERS = {"status__exact", "article", "o", "p", "e", "_changelist_filters"}


class ReviewStatusFilter(admin.SimpleListFilter):
    """The review status, open work (not finished) when none is chosen: finished claims only on request."""

    title = "status"
    parameter_name = "status__exact"  # the stock field filter's name, so existing links keep working

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [
            (OPEN, "Open work"),
            *((value, claim_status(value)) for value in ClaimStatus.values),
            (ALL, "All, finished included"),
        ]

    def __init__(self, request: HttpRequest, params: dict, model: Any, model_admin: Any) -> None:
        # A plain field lookup in the address (?status=reviewed) picks its own statuses: no default then.
        self.field_lookup = any(
            key == "status" or key.startswith("status__") for key in params if key != "status__exact"
        )
        super().__init__(request, params, model, model_admin)

    def value(self) -> str:
        return super().value() or (ALL if self.field_lookup else OPEN)

    def statuses(self) -> list[str]:
        value = self.value()
        if value == ALL:
            return list(ClaimStatus.values)
        if value in ClaimStatus.values:
            return [value]
        return [str(status) for status in OPEN_STATUSES]

    def choices(self, changelist: ChangeList) -> Any:
        for lookup, title in self.lookup_choices:
            yield {
                "selected": self.value() == lookup,
                "query_string": changelist.get_query_string(
                    {self.parameter_name: lookup} if lookup != OPEN else {}, remove=[self.parameter_name]
                ),
                "display": title,
            }

    def queryset(self, request: HttpRequest, queryset: QuerySet[Claim]) -> QuerySet[Claim]:
        if self.value() == ALL:
            return queryset
        return queryset.filter(status__in=self.statuses())


def by_sentence(request: HttpRequest) -> bool:
    """One row per sentence, unless a filter or search picks single figures."""
    return all(key in SENTENCE_PARAMETERS for key in request.GET) and request.GET.get("q", "") == ""


def first_in_sentence(queryset: QuerySet[Claim], statuses: list[str]) -> QuerySet[Claim]:
    """Keep, of each sentence, the figure the queue ranks first among those with ``statuses``."""
    better = Claim.objects.filter(
        article_id=OuterRef("article_id"),
        sentence_start=OuterRef("sentence_start"),
        status__in=statuses,
    ).filter(Q(priority__gt=OuterRef("priority")) | Q(priority=OuterRef("priority"), pk__lt=OuterRef("pk")))
    return queryset.filter(~Exists(better))


class QueueChangeList(ChangeList):
    """Single-page and "show all" lists skip the paginator; they get the same two-step read.

    The default view shows one row per sentence (its most suspicious figure, the others named in
    the row); ``sentence_rows`` says whether it does.
    """

    def get_queryset(self, request: HttpRequest, exclude_parameters: Any = None) -> QuerySet[Claim]:
        queryset = super().get_queryset(request, exclude_parameters)
        self.sentence_rows = by_sentence(request)
        if self.sentence_rows:
            status = next((f for f in self.filter_specs if isinstance(f, ReviewStatusFilter)), None)
            statuses = status.statuses() if status else list(ClaimStatus.values)
            queryset = first_in_sentence(queryset, statuses)
        return queryset

    def get_results(self, request: HttpRequest) -> None:
        super().get_results(request)
        if isinstance(self.result_list, QuerySet):
            self.result_list = rows_in_order(self.result_list)
        if getattr(self, "sentence_rows", False):
            attach_sentence_figures(self.result_list)


def attach_sentence_figures(rows: list[Claim]) -> None:
    """Give each row ``sentence_figures``: every figure of its sentence, in text order, in one query."""
    if not rows:
        return
    wanted = Q()
    for row in rows:
        wanted |= Q(article_id=row.article_id, sentence_start=row.sentence_start)
    figures: dict[tuple[int, int], list[Claim]] = {}
    for other in Claim.objects.filter(wanted).only("pk", "article_id", "sentence_start", "start", "end", "surface"):
        figures.setdefault((other.article_id, other.sentence_start), []).append(other)
    for row in rows:
        row.sentence_figures = sorted(figures.get((row.article_id, row.sentence_start), [row]), key=lambda c: c.start)


class SeverityFilter(admin.SimpleListFilter):
    """Claims with a failed or indeterminate result of this severity in the current run."""

    title = "how serious"
    parameter_name = "severity"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [(Severity.ERROR, "Errors"), (Severity.WARNING, "Warnings"), (Severity.INFO, "Notes and undecided")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Claim]) -> QuerySet[Claim]:
        if self.value() not in Severity.values:
            return queryset
        return queryset.filter(pk__in=flagged_claim_ids(severity=self.value()))


class CheckFilter(admin.SimpleListFilter):
    """Claims a given check failed or could not decide in the current run."""

    title = "flagged by check"
    parameter_name = "check"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        # The engine's registry names every check without a database scan.
        from factcheck.checks import registry

        return sorted(((name, check_title(name)) for name in registry()), key=lambda pair: pair[1])

    def queryset(self, request: HttpRequest, queryset: QuerySet[Claim]) -> QuerySet[Claim]:
        if not self.value():
            return queryset
        return queryset.filter(pk__in=flagged_claim_ids(check_name=self.value()))


class ArticleFilter(admin.SimpleListFilter):
    """By article. Listing thousands of articles in the sidebar helps nobody: it offers the most
    recent ones and the one selected; each row's article link filters by any other."""

    title = "article"
    parameter_name = "article"
    RECENT = 15

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        selected = self.value()
        condition = Q(pk__in=Article.objects.order_by("-imported_at", "-id").values("pk")[: self.RECENT])
        if selected and selected.isdigit():
            condition |= Q(pk=int(selected))
        return [
            (str(pk), title[:60])
            for pk, title in Article.objects.filter(condition)
            .order_by("-imported_at", "-id")
            .values_list("pk", "title")
        ]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Claim]) -> QuerySet[Claim]:
        value = self.value()
        if value and value.isdigit():
            return queryset.filter(article_id=int(value))
        return queryset


class AssigneeFilter(admin.SimpleListFilter):
    title = "assignee"
    parameter_name = "assignee"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        users = (
            get_user_model()
            .objects.filter(is_active=True, is_staff=True)
            .exclude(pk=request.user.pk)
            .order_by("username")
            .values_list("pk", "username")[:50]
        )
        return [("mine", "Mine"), ("unassigned", "Unassigned"), *((str(pk), name) for pk, name in users)]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Claim]) -> QuerySet[Claim]:
        value = self.value()
        if value == "mine":
            return queryset.filter(assignee=request.user)
        if value == "unassigned":
            return queryset.filter(assignee__isnull=True)
        if value and value.isdigit():
            return queryset.filter(assignee_id=int(value))
        return queryset


class ContradictingEvidenceFilter(admin.SimpleListFilter):
    title = "contradicting evidence"
    parameter_name = "contradicted"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("yes", "Has contradicting evidence"), ("no", "No contradicting evidence")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Claim]) -> QuerySet[Claim]:
        contradicted = Evidence.objects.filter(stance=Stance.CONTRADICTS)
        if self.value() == "yes":
            # IN over the few contradicting links, for the same reason as flagged_claim_ids.
            return queryset.filter(pk__in=contradicted.values("claim_id"))
        if self.value() == "no":
            # NOT EXISTS, not NOT IN: PostgreSQL plans it as an anti-join, while NOT IN falls back
            # to rescanning the subquery per row once its result outgrows work_mem.
            return queryset.filter(~Exists(contradicted.filter(claim=OuterRef("pk"))))
        return queryset
