"""The seed fixture the export tests share (the example article with its 61% finding), and selection tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.utils import timezone

from claims.exports.selection import Selection, SelectionError
from claims.models import Article, CheckResult, CheckRun, Claim, ClaimStatus, Review
from factcheck import ENGINE_VERSION
from factcheck.claim import Claim as Reading
from factcheck.quantity import Quantity, QuantityKind
from sources.models import Evidence, Source
from tests.conftest import EXAMPLES

EXAMPLE = EXAMPLES / "alibaba-ai-investment.md"
SIXTY_ONE = "up 61% vs one month ago at $144 implies $89.44 a month ago; $85 at the start of 2025 -> $144 is +69.4%"
SCRIPT = "<script>alert(1)</script>"
EVIL_TITLE = '"><img src=x onerror=alert(1)>'


@dataclass
class Seed:
    article: Article
    run: CheckRun
    claims: dict[str, Claim]
    fail: CheckResult
    reviewer: User
    source: Source


def sentence_bounds(body: str, start: int) -> tuple[int, int]:
    left = max(body.rfind(". ", 0, start) + 2, body.rfind("\n", 0, start) + 1, 0)
    ends = [i + 1 for i in (body.find(". ", start), body.find("\n", start) - 1) if i >= 0]
    return left, min(ends, default=len(body))


def make_claim(article: Article, surface: str, value: float, unit: str, kind: QuantityKind, **extra) -> Claim:
    body = article.body
    start = body.index(surface)
    end = start + len(surface)
    s_start, s_end = sentence_bounds(body, start)
    quantity = Quantity(text=surface, span=(start, end), value=value, unit=unit, kind=kind)
    reading = Reading(
        id=f"c{start}", text=body[s_start:s_end], span=(start, end), sentence_span=(s_start, s_end), quantity=quantity
    )
    return Claim.objects.create(
        article=article,
        start=start,
        end=end,
        sentence_start=s_start,
        sentence_end=s_end,
        surface=surface,
        text=body[s_start:s_end],
        reading=reading.model_dump(mode="json"),
        subject="Alibaba",
        value=value,
        unit=unit,
        **extra,
    )


def build_seed(published: dt.date | None = dt.date(2025, 2, 24)) -> Seed:
    dated = ["--published", published.isoformat()] if published else []
    metadata = ["--url", "https://news.example/alibaba", "--publisher", "Example News", *dated]
    call_command("import_article", str(EXAMPLE), *metadata, stdout=_Null())
    article = Article.objects.get(title__icontains="Alibaba")
    now = timezone.now()
    run = CheckRun.objects.create(
        article=article, engine_version=ENGINE_VERSION, started_at=now, finished_at=now,
        claims_found=14, numbers_checked=9, passed=1, failed=1, indeterminate=1,
    )  # fmt: skip
    claims = {
        "61": make_claim(article, "61 percent", 61, "percent", QuantityKind.PERCENT, metric="price_change"),
        "144": make_claim(article, "$144", 144, "USD", QuantityKind.PER_UNIT, metric="share_price"),
        "85": make_claim(article, "$85", 85, "USD", QuantityKind.PER_UNIT, metric="share_price"),
        "342": make_claim(article, "$342 billion", 3.42e11, "USD", QuantityKind.MONEY, metric="market_cap"),
    }
    spans = [[c.start, c.end] for c in (claims["61"], claims["144"], claims["85"])]
    fail = CheckResult.objects.create(
        run=run, check_name="percent_change", status="fail", severity="warning", message=SIXTY_ONE,
        computed={"implied_prior": 89.44, "stated_change_pct": 61, "start_of_year_change_pct": 69.4},
        tolerance="rounding of 61% (±0.5 points) and 'about $144' (±1%)", spans=spans,
    )  # fmt: skip
    fail.claims.set([claims["61"], claims["144"], claims["85"]])
    passed = CheckResult.objects.create(
        run=run, check_name="same_figure", status="pass", severity="info",
        message="$342 billion matches the market value stated elsewhere", computed={"value": 3.42e11},
        spans=[[claims["342"].start, claims["342"].end]],
    )  # fmt: skip
    passed.claims.set([claims["342"]])
    unknown = CheckResult.objects.create(
        run=run, check_name="time_windows", status="indeterminate", severity="info",
        message="No price for late 2021 to compare with", spans=[[claims["144"].start, claims["144"].end]],
    )  # fmt: skip
    unknown.claims.set([claims["144"]])
    reviewer = User.objects.create_user("rita", password="x")
    source = Source.objects.create(
        title="Alibaba share price history", url="https://quotes.example/baba", publisher="Quotes Inc",
        body="BABA closed at $89.10 on Jan. 24 and at $144.20 on Feb. 24.", content_hash="s" * 64,
    )  # fmt: skip
    start = source.body.index("$89.10")
    Evidence.objects.create(
        claim=claims["61"], source=source, start=start, end=start + 6, score=91.5, stance="contradicts",
        comparison={"claimed_prior": 89.44, "source_prior": 89.10},
    )  # fmt: skip
    Review.objects.create(
        claim=claims["61"], reviewer=reviewer, verdict="inaccurate",
        rationale="A month earlier the shares closed at $89.10: the rise was 62%, and 69% since January.",
    )  # fmt: skip
    claim = claims["61"]
    claim.status, claim.verdict = ClaimStatus.REVIEWED, "inaccurate"
    claim.save()
    return Seed(article, run, claims, fail, reviewer, source)


class _Null:
    def write(self, *_: object) -> None:
        pass

    def flush(self) -> None:
        pass


@pytest.mark.django_db
def test_selection_filters_by_status_and_date():
    seed = build_seed()
    assert list(Selection(statuses=("reviewed",)).claims(seed.article)) == [seed.claims["61"]]
    assert list(Selection(since=dt.date(2025, 2, 24)).articles()) == [seed.article]
    assert not Selection(until=dt.date(2025, 2, 23)).articles().exists()
    assert not Selection(statuses=("in_review",)).articles().exists()


@pytest.mark.django_db
def test_selection_rejects_unknown_articles_and_statuses():
    with pytest.raises(SelectionError, match="no article with id 999"):
        Selection(article_ids=(999,)).validate()
    with pytest.raises(SelectionError, match="unknown status"):
        Selection(statuses=("done",)).validate()
