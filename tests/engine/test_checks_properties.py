"""Properties: scaling or rewording hedges of a consistent article creates no finding; odd input never crashes."""

from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.claim import ChangeKind, Claim, Metric
from factcheck.finding import Severity
from factcheck.quantity import Hedge, Quantity, QuantityKind
from factcheck.runner import run_checks
from tests.engine.claim_factory import Article, down, up

HEDGES = {"": Hedge.EXACT, "about ": Hedge.APPROXIMATE, "around ": Hedge.APPROXIMATE, "roughly ": Hedge.APPROXIMATE}


def consistent_article(scale: float, hedge: str, fall: bool) -> Article:
    start = round(123.45 * scale, 2)
    end = round(start * (0.8 if fall else 1.37), 2)
    change = abs(end - start) / start * 100
    verb = "fell" if fall else "rose"
    stores_a, stores_b = 3 * max(1, round(scale)), 7 * max(1, round(scale))
    text = (
        f"Acme's revenue {verb} {hedge}{change:.1f}% to ${end:,.2f} million from ${start:,.2f} million. "
        f"Out of {stores_a + stores_b:,} stores, {stores_a:,} were new and {stores_b:,} were old. "
        f"Acme holds 31 percent share of the market, Beta 24.5 percent share and Gamma 9 percent share. "
        f"Orders more than doubled to {round(250 * scale):,} from {round(100 * scale):,}.\n"
    )
    art = Article(text)
    pct = art.claim(
        f"{change:.1f}%",
        round(change, 1),
        "percent",
        hedge=HEDGES[hedge],
        subject="Acme",
        metric=Metric.GROWTH,
        change=(down if fall else up)(ChangeKind.RELATIVE, verb),
    )
    to = art.claim(f"${end:,.2f} million", end * 1e6, "money", subject="Acme", metric=Metric.REVENUE)
    frm = art.claim(f"${start:,.2f} million", start * 1e6, "money", subject="Acme", metric=Metric.REVENUE)
    art.link(pct, to=to, **{"from": frm})
    art.claim(f"{stores_a + stores_b:,} stores", stores_a + stores_b, "count", unit="stores", noun="stores")
    art.claim(f"{stores_a:,}", stores_a, "count", unit="stores", noun="stores", occurrence=None)
    art.claim(f"{stores_b:,}", stores_b, "count", unit="stores", noun="stores")
    for surface, value, who in (("31 percent", 31, "Acme"), ("24.5 percent", 24.5, "Beta"), ("9 percent", 9, "Gamma")):
        art.claim(surface, value, "percent", subject=who, metric=Metric.MARKET_SHARE)
    art.claim(f"{round(250 * scale):,}", round(250 * scale), "count", unit="orders", noun="orders")
    art.claim(f"{round(100 * scale):,}", round(100 * scale), "count", unit="orders", noun="orders")
    return art


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    scale=st.floats(min_value=0.05, max_value=5e4, allow_nan=False, allow_infinity=False),
    hedge=st.sampled_from(sorted(HEDGES)),
    fall=st.booleans(),
)
def test_scaling_and_rewording_hedges_create_no_finding(scale: float, hedge: str, fall: bool) -> None:
    art = consistent_article(scale, hedge, fall)
    report = run_checks(art.text, art.claims)
    assert report.problems() == [], [f.message for f in report.problems()]
    assert any(f.check == "percent_change" for f in report.findings)


def test_the_unscaled_article_is_checked() -> None:
    art = consistent_article(1.0, "", False)
    checks = {f.check for f in run_checks(art.text, art.claims).findings}
    assert {"percent_change", "part_whole", "shares", "multiple"} <= checks


# Any finite float, extremes included: a Quantity refuses NaN and infinities (test_robustness_numbers.py).
values = st.one_of(
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([0.0, -0.0, -1.0, 1e300, -1e300, 5e-324, 1.7976931348623157e308]),
)
opt = st.one_of(st.none(), values)


@st.composite
def odd_claims(draw: st.DrawFn) -> tuple[str, list[Claim]]:
    text = draw(st.text(min_size=0, max_size=200))
    n = draw(st.integers(0, 8))
    claims = []
    for i in range(n):
        a = draw(st.integers(0, len(text)))
        b = draw(st.integers(a, len(text)))
        kind = draw(st.sampled_from(list(QuantityKind)))
        quantity = Quantity(
            text=text[a:b],
            span=(a, b),
            value=draw(values),
            unit=draw(st.sampled_from(["USD", "percent", "", "x"])),
            kind=kind,
            lower=draw(opt),
            upper=draw(opt),
            hedge=draw(st.sampled_from(list(Hedge))),
            rounding=draw(st.one_of(st.just(0.0), values)),
            noun=draw(st.one_of(st.none(), st.just("share"))),
        )
        change = draw(st.one_of(st.none(), st.sampled_from([up(), down(), up(ChangeKind.ABSOLUTE)])))
        ids = st.sampled_from([f"c{j}" for j in range(n + 2)])
        related = draw(st.dictionaries(st.sampled_from(["of", "from", "to"]), ids, max_size=3))
        claims.append(
            Claim(
                id=f"c{i}",
                text=text,
                span=(a, b),
                sentence_span=(0, len(text)),
                quantity=quantity,
                subject=draw(st.one_of(st.none(), st.sampled_from(["Acme", "acme inc", ""]))),
                metric=draw(st.sampled_from(list(Metric))),
                change=change,
                related=related,
            )
        )
    return text, claims


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(odd_claims())
def test_odd_input_never_crashes_a_check(case: tuple[str, list[Claim]]) -> None:
    text, claims = case
    report = run_checks(text, claims)
    crashed = [f.message for f in report.findings if "crashed" in f.message]
    assert crashed == []
    for f in report.findings:
        assert f.severity in Severity
        for key, value in f.computed.items():
            assert not (isinstance(value, float) and math.isnan(value)), key


def test_odd_text_never_crashes() -> None:
    for text in ["", "\n\n", "since 1900 three-year high", "No. 99 " * 20, "doubled " * 5, "—:\n-- 5 percent\n"]:
        report = run_checks(text, [])
        assert not [f for f in report.findings if "crashed" in f.message]
