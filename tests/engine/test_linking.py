"""Linking claims to source passages: each stance, currencies, unrelated sources, related claims."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extraction import extract_claims
from factcheck.linking import SourceText, link_claims
from factcheck.linking.compare import compare, parse_rate, rates_in_text
from factcheck.linking.related import related_claims
from factcheck.quantity import Quantity, QuantityKind

DATA = Path(__file__).resolve().parent.parent / "data"
EXAMPLE_SOURCE = Path(__file__).resolve().parents[2] / "examples" / "sources" / "alibaba-december-quarter-2024.txt"
RESULTS = EXAMPLE_SOURCE.read_text(encoding="utf-8")
UNRELATED = (DATA / "unrelated-source.txt").read_text(encoding="utf-8")

ARTICLE = (
    "Looking at Alibaba's calendar fourth-quarter 2024, the company generated total revenue of $38.4 billion, "
    "up 8 percent year over year.\n"
    "Alibaba's Cloud Intelligence Group generated $4.3 billion in total revenue during the quarter, "
    "representing an increase of 13 percent year over year.\n"
)


def claim_for(claims, surface: str):
    return next(c for c in claims if c.quantity.text == surface)


def links_by_surface(article: str, sources: list[SourceText], rates=None) -> dict[str, list]:
    claims = extract_claims(article)
    by_id = {c.id: c.quantity.text for c in claims}
    found: dict[str, list] = {}
    for link in link_claims(claims, sources, rates):
        found.setdefault(by_id[link.claim_id], []).append(link)
    return found


def test_seed_figures_are_supported_by_the_results_release():
    found = links_by_surface(ARTICLE, [SourceText(id="results", text=RESULTS, kind="primary")])
    revenue = found["$38.4 billion"]
    assert [link.stance for link in revenue] == ["supports"]
    assert "US$38,381 million" in revenue[0].passage
    assert RESULTS[revenue[0].span[0] : revenue[0].span[1]] == revenue[0].passage
    growth = found["8 percent"]
    assert [link.stance for link in growth] == ["supports"]
    assert "8%" in growth[0].passage
    cloud = found["13 percent"]
    assert [link.stance for link in cloud] == ["supports"]
    assert "Cloud Intelligence Group" in cloud[0].passage


def test_a_changed_figure_contradicts():
    changed = RESULTS.replace("US$38,381 million", "US$36,381 million")
    found = links_by_surface(ARTICLE, [SourceText(id="changed", text=changed, kind="primary")])
    revenue = found["$38.4 billion"]
    assert [link.stance for link in revenue] == ["contradicts"]
    assert revenue[0].comparison.source_figure == "US$36,381 million"
    assert "does not overlap" in revenue[0].note


def test_a_source_about_something_else_links_nothing():
    assert links_by_surface(ARTICLE, [SourceText(id="library", text=UNRELATED)]) == {}


def test_other_currency_needs_a_rate():
    only_rmb = "Alibaba's total revenue for the quarter was RMB 280,154 million, an increase of 8% year-over-year."
    found = links_by_surface(ARTICLE, [SourceText(id="rmb", text=only_rmb)])
    revenue = found["$38.4 billion"][0]
    assert revenue.stance == "mentions"
    assert revenue.comparison.outcome == "not_comparable"
    assert "no exchange rate" in revenue.note
    with_rate = links_by_surface(ARTICLE, [SourceText(id="rmb", text=only_rmb)], dict([parse_rate("USD/CNY=7.2993")]))
    assert with_rate["$38.4 billion"][0].stance == "supports"
    assert with_rate["$38.4 billion"][0].comparison.rate == "1 CNY = 0.137 USD"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("translated at RMB 7.2993 to US$1.00", {("CNY", "USD"): pytest.approx(1 / 7.2993)}),
        ("US$1.00 = RMB7.2993", {("USD", "CNY"): 7.2993}),
        ("revenue of US$38,381 million to RMB 280,154 million", {}),
    ],
)
def test_rates_stated_in_a_source(text, expected):
    assert rates_in_text(text) == expected


@pytest.mark.parametrize("bad", ["USD=7", "USD/ZZZ=7", "USD/CNY=-1", "USD/CNY=0"])
def test_bad_rates_are_refused(bad):
    with pytest.raises(ValueError):
        parse_rate(bad)


def q(text: str, value: float, unit: str, kind: QuantityKind, rounding: float = 0.0, noun=None) -> Quantity:
    return Quantity(text=text, span=(0, len(text)), value=value, unit=unit, kind=kind, rounding=rounding, noun=noun)


@pytest.mark.parametrize(
    ("claim", "figure", "outcome"),
    [
        (q("$38.4 billion", 38.4e9, "USD", QuantityKind.MONEY, 0.05e9),
         q("US$38,381 million", 38381e6, "USD", QuantityKind.MONEY, 0.5e6), "equal"),
        (q("$38.4 billion", 38.4e9, "USD", QuantityKind.MONEY, 0.05e9),
         q("US$36,381 million", 36381e6, "USD", QuantityKind.MONEY, 0.5e6), "different"),
        (q("8 percent", 8, "percent", QuantityKind.PERCENT, 0.5), q("8%", 8, "percent", QuantityKind.PERCENT, 0.5),
         "equal"),
        (q("8 percent", 8, "percent", QuantityKind.PERCENT, 0.5), q("8 points", 8, "percentage_point",
         QuantityKind.PERCENTAGE_POINT, 0.5), None),
        (q("$38.4 billion", 38.4e9, "USD", QuantityKind.MONEY, 0.05e9), q("8%", 8, "percent", QuantityKind.PERCENT),
         None),
        (q("194,000 employees", 194000, "employees", QuantityKind.COUNT, 500, "employees"),
         q("194,320 staff", 194320, "staff", QuantityKind.COUNT, 0.5, "staff"), None),
        (q("194,000 employees", 194000, "employees", QuantityKind.COUNT, 500, "employees"),
         q("194,320 employees", 194320, "employees", QuantityKind.COUNT, 0.5, "employees"), "equal"),
    ],
)  # fmt: skip
def test_figure_comparison_is_unit_aware(claim, figure, outcome):
    result = compare(claim, figure)
    assert (result.outcome if result else None) == outcome


def test_related_claims_across_articles():
    first = extract_claims("Alibaba's total revenue was $38.4 billion in the December quarter, up 8 percent.")
    second = extract_claims("In the December quarter Alibaba's revenue came to $38.4 billion, up 8 percent.")
    other = extract_claims("Tencent's total revenue was $38.4 billion in the December quarter, up 8 percent.")
    target = claim_for(first, "$38.4 billion")
    pool = [(("b", c.id), c) for c in second] + [(("o", c.id), c) for c in other]
    found = related_claims([("a", target)], pool)
    assert [key[0] for key, _ in found["a"]] == ["b"]
