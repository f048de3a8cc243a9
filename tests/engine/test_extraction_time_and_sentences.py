"""Sentence splitting, time references, changes, subjects and links: table-driven."""

from __future__ import annotations

import pytest

from factcheck.claim import ChangeKind, Metric, TimeKind
from factcheck.extraction import extract_claims
from factcheck.extraction.sentences import split_sentences
from factcheck.extraction.timerefs import find_time

SENTENCES = [
    ("As of Jan. 31, it had 5 models. It grew.", 2),
    ("It ranks No. 4 in cloud. Next year it may rise.", 2),
    ("The U.S. market grew. The company said so.", 2),
    ("The U.S. economy grew 3 percent.", 1),
    ("Revenue was $4.3 billion. Profit fell.", 2),
    ("Shares of Acme Inc. rose. The Inc. The firm grew.", 3),
    ("Mr. Smith joined Acme Corp. in 2019.", 1),
    ("Headline\nBody text here.", 2),
    # a unit or an ordinal run on from a figure ends a sentence like any word
    ("Marlow posted a profit of $6m. Costs were flat.", 2),
    ("Marlow sold 7k. Its rival sold more.", 2),
    ("Revenue at Tesk reached £2.4bn. Margins held.", 2),
    ("The vote falls on the 21st. Polls open early.", 2),
    # abbreviations beside figures still hold their sentence together
    ("Revenue hit 3.5 bn. Costs fell.", 2),
    ("Trading in Tesk Corp. shares ended at 5 p.m. on Friday.", 1),
    ("It closed at 5 p.m. The index fell 2%.", 2),
    ("Tesk ranks No. 3 in Europe and grew 4%.", 1),
    ("Shares of Tesk Inc. rose 2% on the 3rd. They fell later.", 2),
    ("The band played at 6 p.m. and at 9 p.m. in the park.", 1),
]


@pytest.mark.parametrize(("text", "count"), SENTENCES)
def test_sentences(text: str, count: int) -> None:
    sentences = split_sentences(text)
    assert len(sentences) == count, [s.text for s in sentences]
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text


# text, surface, kind, fields
TIMES = [
    ("Revenue in fourth-quarter 2024 rose.", "fourth-quarter 2024", TimeKind.PERIOD, {"quarter": 4, "year": 2024}),
    ("Revenue in Q4 2024 rose.", "Q4 2024", TimeKind.PERIOD, {"quarter": 4, "year": 2024}),
    ("As of Jan. 31, it was done.", "Jan. 31", TimeKind.DATE, {"month": 1, "day": 31}),
    ("Prices peaked in late 2021.", "late 2021", TimeKind.POINT, {"year": 2021, "part": "late"}),
    ("It was $85 at the start of 2025.", "the start of 2025", TimeKind.POINT, {"year": 2025, "part": "start"}),
    ("Shares are up 20 percent year to date.", "year to date", TimeKind.YEAR_TO_DATE, {}),
    ("It gained $1 billion in 2025 alone.", "in 2025 alone", TimeKind.PERIOD, {"year": 2025}),
    ("Up 61 percent compared with one month ago.", "compared with one month ago", TimeKind.BASELINE,
     {"months": 1.0, "direction": "past"}),
    ("Up 8 percent year over year.", "year over year", TimeKind.BASELINE, {"months": 12.0}),
    ("The high since late 2021.", "since late 2021", TimeKind.SINCE, {"year": 2021, "part": "late"}),
    ("To invest over the next three years.", "over the next three years", TimeKind.WINDOW,
     {"months": 36.0, "direction": "future"}),
    ("Flat over the past two years.", "over the past two years", TimeKind.WINDOW,
     {"months": 24.0, "direction": "past"}),
    ("It unveiled plans Monday.", "Monday", TimeKind.DATE, {}),
    ("Sales in March 2024 rose.", "March 2024", TimeKind.PERIOD, {"month": 3, "year": 2024}),
    ("Profit in the first half of 2024.", "first half of 2024", TimeKind.PERIOD, {"year": 2024, "part": "half1"}),
    # a span of months in words
    ("Receipts rose from April through September.", "from April through September", TimeKind.PERIOD,
     {"month": 4, "months": 6.0}),
    ("Sales were strong October through December, 2024.", "October through December, 2024", TimeKind.PERIOD,
     {"month": 10, "months": 3.0, "year": 2024}),
    ("Fares rose from March to June.", "from March to June", TimeKind.PERIOD, {"month": 3, "months": 4.0}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "kind", "fields"), TIMES, ids=[t[1] for t in TIMES])
def test_time_refs(text: str, surface: str, kind: TimeKind, fields: dict) -> None:
    refs = [r for r in find_time(text).refs if r.text == surface]
    assert refs, [r.text for r in find_time(text).refs]
    ref = refs[0]
    assert text[ref.span[0] : ref.span[1]] == surface
    assert ref.kind is kind
    for name, value in fields.items():
        assert getattr(ref, name) == value


# text, surface, direction, change kind, verb
CHANGES = [
    ("Shares rose 5 percent.", "5 percent", 1, ChangeKind.RELATIVE, "rose"),
    ("Shares fell 5 percent.", "5 percent", -1, ChangeKind.RELATIVE, "fell"),
    ("Stock slid 3%.", "3%", -1, ChangeKind.RELATIVE, "slid"),
    ("Shares surged 40%.", "40%", 1, ChangeKind.RELATIVE, "surged"),
    ("Shares plunged 40%.", "40%", -1, ChangeKind.RELATIVE, "plunged"),
    ("It jumped $2 billion.", "$2 billion", 1, ChangeKind.ABSOLUTE, "jumped"),
    ("It gained over $100 billion.", "$100 billion", 1, ChangeKind.ABSOLUTE, "gained"),
    ("The margin was down 2 percentage points.", "2 percentage points", -1, ChangeKind.POINTS, "down"),
    ("It was an increase of 13 percent.", "13 percent", 1, ChangeKind.RELATIVE, "increase"),
    ("Sales posted a 7% decline.", "7%", -1, ChangeKind.RELATIVE, "decline"),
    ("Profit doubled.", "doubled", 1, ChangeKind.RELATIVE, "doubled"),
    ("The dividend was halved.", "halved", -1, ChangeKind.RELATIVE, "halved"),
]


@pytest.mark.parametrize(("text", "surface", "direction", "kind", "verb"), CHANGES, ids=[c[0] for c in CHANGES])
def test_changes(text: str, surface: str, direction: int, kind: ChangeKind, verb: str) -> None:
    claim = next(c for c in extract_claims(text) if c.quantity.text == surface)
    assert claim.change is not None
    assert (claim.change.direction, claim.change.kind, claim.change.verb) == (direction, kind, verb)


@pytest.mark.parametrize(
    "text",
    [
        "The company generated revenue of $38.4 billion.",
        "Cloud made up 9% of revenue.",
        "Cloud makes up 9% of revenue.",
    ],
)
def test_levels_are_not_changes(text: str) -> None:
    (claim,) = extract_claims(text)
    assert claim.change is None


def test_up_alone_is_still_a_rise() -> None:
    (claim,) = extract_claims("Shares were up 9% on Monday.")
    assert claim.change is not None and claim.change.direction == 1


def test_from_to_links() -> None:
    claims = extract_claims("Revenue rose 10 percent from $10 billion to $11 billion.")
    change, start, end = claims
    assert change.related["from"] == start.id and change.related["to"] == end.id
    assert end.related["from"] == start.id and start.related["to"] == end.id
    claims = extract_claims("The price rose to $12 from $10.")
    new, old = claims
    assert new.related["from"] == old.id and old.related["to"] == new.id


# text, surface, subject, metric
SUBJECTS = [
    ("Amazon Web Services leads with 30 percent share. AWS grew 19 percent.", "19 percent", "Amazon Web Services",
     Metric.GROWTH),
    ("Alibaba Group Holding stock rose 5 percent.", "5 percent", "Alibaba", Metric.PRICE_CHANGE),
    ("Alibaba reported results. The company's market capitalization is $342 billion.", "$342 billion", "Alibaba",
     Metric.MARKET_CAP),
    ("Alibaba's revenue was $10 billion.", "$10 billion", "Alibaba", Metric.REVENUE),
    ("Alibaba has 194,000 employees.", "194,000 employees", "Alibaba", Metric.HEADCOUNT),
    ("Acme Corp earned a profit of $5 million.", "$5 million", "Acme", Metric.PROFIT),
    ("It was a big day: 5 people came.", "5 people", None, Metric.COUNT),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "subject", "metric"), SUBJECTS, ids=[s[1] for s in SUBJECTS])
def test_subjects_and_metrics(text: str, surface: str, subject: str | None, metric: Metric) -> None:
    claim = next(c for c in extract_claims(text) if c.quantity.text == surface)
    assert claim.subject == subject
    assert claim.metric is metric


# An aside between a subject and its figure names someone else: (text, surface, subject)
ASIDES = [
    ("Tencent, which competes with Alibaba, said sales grew 5%.", "5%", "Tencent"),
    ("Tencent, a rival of Alibaba, said sales grew 5%.", "5%", "Tencent"),
    ("Tencent, like Alibaba, said sales grew 5%.", "5%", "Tencent"),
    ("Revenue at Tencent (a rival of Alibaba) rose 8%.", "8%", "Tencent"),
    ("Tencent said sales grew 5%, outpacing Alibaba.", "5%", "Tencent"),
    ("Alibaba ranks fourth with 4%, behind AWS with 30%.", "30%", "AWS"),
]


@pytest.mark.parametrize(("text", "surface", "subject"), ASIDES, ids=[a[0] for a in ASIDES])
def test_an_aside_does_not_take_the_subject(text: str, surface: str, subject: str) -> None:
    assert next(c for c in extract_claims(text) if c.quantity.text == surface).subject == subject


def test_change_from_a_base_links_of_to_the_new_level() -> None:
    level, change, base, staff = extract_claims(
        "Apple reported net income of $20 billion, down 5% from $21 billion a year earlier. "
        "The company employs 160,000 people."
    )
    assert change.change is not None and change.change.direction == -1
    assert change.related == {"of": level.id, "from": base.id}
    assert change.baseline is not None and change.baseline.months == 12
    assert (level.metric, base.metric) == (Metric.PROFIT, Metric.PROFIT)
    assert (staff.subject, staff.metric) == ("Apple", Metric.HEADCOUNT)


def test_price_change_to_a_new_level() -> None:
    change, price, value = extract_claims(
        "Tesla shares fell 12% to $180 on Tuesday. Its market value dropped $60 billion."
    )
    assert change.metric is Metric.PRICE_CHANGE and change.related == {"of": price.id, "to": price.id}
    assert price.metric is Metric.SHARE_PRICE and price.period is not None and price.period.text == "Tuesday"
    assert value.metric is Metric.MARKET_VALUE_CHANGE and value.subject == "Tesla"
    assert value.change is not None and value.change.kind is ChangeKind.ABSOLUTE and value.change.direction == -1


# "X, or P%": the same move restated; (text, [(surface, direction or None, kind or None)])
RESTATED = [
    (
        "Shares were up $1.17, or 1.2%, at $98.",
        [("$1.17", 1, "absolute"), ("1.2%", 1, "relative"), ("$98", None, None)],
    ),
    (
        "Revenue fell $2 billion, or about 5%, to $38 billion.",
        [("$2 billion", -1, "absolute"), ("5%", -1, "relative"), ("$38 billion", None, None)],
    ),
    ("It costs $5 or $6.", [("$5", None, None), ("$6", None, None)]),
    ("Cloud revenue was $4.3 billion, or 11% of the total.", [("$4.3 billion", None, None), ("11%", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), RESTATED, ids=[r[0] for r in RESTATED])
def test_a_restated_move_keeps_its_direction(text: str, expected: list) -> None:
    found = [
        (c.quantity.text, c.change and c.change.direction, c.change and c.change.kind.value)
        for c in extract_claims(text)
    ]
    assert found == expected


def test_up_to_restated_as_a_percentage_is_a_rise_not_a_cap() -> None:
    text = "WTI stood at $81.40 a barrel, up to $0.88, or 1.1 percent, following a rally in Asian trading."
    move, percent = [c for c in extract_claims(text) if c.quantity.text in ("$0.88", "1.1 percent")]
    assert move.quantity.hedge.value == "exact" and move.change is not None and move.change.direction == 1
    assert percent.change is not None and percent.change.direction == 1
    (cap,) = extract_claims("Bonuses of up to $5,000 will be paid.")
    assert cap.quantity.hedge.value == "up_to" and cap.change is None


def test_a_gain_or_loss_named_after_from_or_to_is_a_level() -> None:
    text = "The bakery arm swung from a £6m loss to a £1.5m gain."
    assert [(c.quantity.text, c.change) for c in extract_claims(text)] == [("£6m", None), ("£1.5m", None)]


def test_money_raised_is_collected_not_a_rise() -> None:
    (raised,) = extract_claims("The startup raised $40 million from investors.")
    assert raised.change is None
    (rose,) = extract_claims("Revenue rose $40 million.")
    assert rose.change is not None and rose.change.direction == 1


def test_a_month_then_to_another_month_without_from_is_no_span() -> None:
    refs = [r.text for r in find_time("Fares rose in October to January levels.").refs]
    assert refs == ["in October"]
