"""A stated average against the figures given for its window, end to end on made-up paragraphs."""

from __future__ import annotations

import pytest

from factcheck.claim import Change, ChangeKind, Metric
from factcheck.relation import Agreement, Evidence, Member, Relation, RelationKind, Tie
from factcheck.runner import check_text, run_checks
from tests.engine.claim_factory import Article

PASS = ("pass", "info")
WARN = ("fail", "warning")
ERROR = ("fail", "error")
QUIET = ("indeterminate", "info")
LOUD = {WARN, ERROR}


def verdicts(text: str) -> set[tuple[str, str]]:
    return {(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "average"}


def averages(text: str) -> list[Relation]:
    return [r for r in check_text(text).relations if r.kind == RelationKind.AVERAGE]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the figures listed in the average's own sentence, before it
        (
            "Dockside Freight moved 41,200 containers in the first quarter, 44,900 in the second quarter, 47,300 "
            "in the third quarter and 50,100 in the fourth quarter, an average of 45,875 a quarter.",
            {PASS},
        ),
        (
            "Dockside Freight moved 41,200 containers in the first quarter, 44,900 in the second quarter, 47,300 "
            "in the third quarter and 50,100 in the fourth quarter, an average of 59,875 a quarter.",
            {WARN},
        ),
        # a list with no window: its count is the window
        ("The judges gave scores of 7, 9 and 11, an average of 9.", {PASS}),
        ("The judges gave scores of 7, 9 and 11, an average of 12.", {WARN}),
        # a counted window with the list before the average
        ("The winger scored 3, 1 and 2 goals in his last three matches, averaging 2 goals a game.", {PASS}),
        ("The winger scored 3, 1 and 2 goals in his last three matches, averaging 4 goals a game.", {WARN}),
        # a colon list right after the average
        (
            "Card spending at Norland stores averaged 3.1% growth over the last four quarters: 2.8% in the third "
            "quarter of 2023, 3.0% in the fourth quarter, 3.3% in the first quarter of 2024 and 3.2% in the second.",
            {PASS},
        ),
        (
            "Card spending at Norland stores averaged 4.1% growth over the last four quarters: 2.8% in the third "
            "quarter of 2023, 3.0% in the fourth quarter, 3.3% in the first quarter of 2024 and 3.2% in the second.",
            {WARN},
        ),
        # a list after "with", one figure a day
        (
            "Attendance at the harbour fair averaged 12,000 a day over its three days, with 10,500 on Friday, "
            "13,200 on Saturday and 12,300 on Sunday.",
            {PASS},
        ),
        (
            "Attendance at the harbour fair averaged 15,600 a day over its three days, with 10,500 on Friday, "
            "13,200 on Saturday and 12,300 on Sunday.",
            {WARN},
        ),
        # one dated figure per month in the sentences around the average; the revised-away prior is no reading
        (
            "Employers in Eastmark added 150,000 jobs in May. April's gain was revised up to 180,000 from 165,000, "
            "and March's was 33,000. Job growth has averaged 121,000 over the past three months.",
            {PASS},
        ),
        (
            "Employers in Eastmark added 150,000 jobs in May. April's gain was revised up to 180,000 from 165,000, "
            "and March's was 33,000. Job growth has averaged 157,000 over the past three months.",
            {WARN},
        ),
        # a first print revised away in its own clause ("was revised down to"), the latest month in the lead
        (
            "Employers in Westmoor added 178,000 jobs in November, the statistics office said. October's 161,000 "
            "gain was cut to 142,000, while September's 191,000 was finalised at 208,000. The three-month "
            "average of hiring now stands at 176,000.",
            {PASS},
        ),
        # a fall counts negative: "cut 33,000"
        (
            "Factories in Lowland added 150,000 jobs in May and 180,000 in April but cut 33,000 in March, averaging "
            "99,000 a month over the three months.",
            {PASS},
        ),
        # an average printed in round thousands is rounded: 152,333 is "152,000"
        (
            "Hiring in Brackley picked up in June as employers added 212,000 jobs. May's figure was revised down "
            "to 148,000 from 171,000, while April's stood at 97,000. Over the past three months, job gains have "
            "averaged 152,000.",
            {PASS},
        ),
        # the figures in the next clause, dated one by one; "it" carries the measure
        (
            "Card spending averaged 2% over the past four quarters; it was 1.5% in the first quarter, 2.5% in the "
            "second, 2.2% in the third and 1.8% in the fourth.",
            {PASS},
        ),
        (
            "Card spending averaged 3% over the past four quarters; it was 1.5% in the first quarter, 2.5% in the "
            "second, 2.2% in the third and 1.8% in the fourth.",
            {WARN},
        ),
        # years ending at the window's stated end
        ("The Kestrel fund returned 8%, 12% and 4% in the three years to 2024, an average of 8% a year.", {PASS}),
    ],
)
def test_an_average_against_its_figures(text: str, expected: set) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two figures for May: which one the average holds is not said
        "Sales at the Elm Street shop were $4.1 million in May, and sales at the Oak Street shop were $3.2 million "
        "in May. Sales were $3.8 million in April and $3.9 million in March. Sales averaged $3.0 million over the "
        "past three months.",
        # a yearly profit against an average whose measure is read only from "a year"
        "The Holloway company earned $310 million in 2021, $350 million in 2022 and $420 million in 2023. Its "
        "profit averaged $300 million a year over the three years.",
        # the average names a narrower group than the figures: private payrolls against all payrolls
        "Payrolls in Dunmore grew by 150,000 in May, 180,000 in April and 33,000 in March. Private payrolls have "
        "averaged 101,000 over the past three months.",
        # an annual rate against monthly moves: the measure matches but the figures are changes on the month
        "Inflation in Sarn averaged 3.1% over the past three months. Consumer prices rose 0.3% in May, 0.2% in "
        "April and 0.4% in March from the month before.",
    ],
)
def test_an_uncertain_pairing_stays_quiet(text: str) -> None:
    found = verdicts(text)
    assert found == {QUIET}, found


@pytest.mark.parametrize(
    "text",
    [
        # a window with a month missing: April is not given
        "Exports from Tarn were $4.1 billion in May and $3.8 billion in March. Exports averaged $3.0 billion over "
        "the past three months.",
        # the figures listed are another measure than the average's: hires against layoffs
        "Payrolls in Ossory grew by 150,000 in May. Layoffs were 80,000 in April and 60,000 in March. Hiring "
        "averaged 121,000 over the past three months.",
        # an average per unit whose figures are not given one by one
        "The Rovers averaged 3.27 goals per game across the season, scoring 121 goals in 37 games.",
        # listed highs are no readings of the daily average
        "Temperatures in Port Alder averaged 21C over the three days, with highs of 25C on Friday, 27C on "
        "Saturday and 24C on Sunday.",
        # a season average is no average of the last three games
        "Marlow scored 31 points on Monday, 28 on Wednesday and 35 on Friday, and is averaging 27.4 points a game.",
        # the list is compared with an average, not averaged
        "Sales at Penrith Mills were $2 million in January, $3 million in February and $4 million in March, below "
        "the average of $3.5 million for the past three years.",
        # a list that is the tail of a move, not a list of readings
        "Revenue rose to $2.7 billion in the third quarter from $2.4 billion in the second and $2.1 billion in the "
        "first, an average of $2.9 billion.",
        # the figures are of another year than the window
        "In 2022 the Gannet airline carried 5 million passengers in January, 6 million in February and 7 million "
        "in March. Over the first three months of 2023 it averaged 7.5 million passengers a month.",
        # an average of estimates is no average of stated results
        "Analysts forecast payroll gains of 150,000, 180,000 and 200,000, an average estimate of 196,667.",
        # a record high is no window
        "Shares of Brisk closed at $41 on Monday, $44 on Tuesday and $47 on Wednesday, a three-month high.",
    ],
)
def test_traps_raise_nothing(text: str) -> None:
    found = verdicts(text)
    assert not found & LOUD, found


def test_the_revised_away_prior_is_not_a_member() -> None:
    text = (
        "Employers in Eastmark added 150,000 jobs in May. April's gain was revised up to 180,000 from 165,000, "
        "and March's was 33,000. Job growth has averaged 121,000 over the past three months."
    )
    [relation] = averages(text)
    report = check_text(text)
    printed = {c.id: text[c.span[0] : c.span[1]] for c in _claims(text)}
    assert [printed[c] for c in relation.claims("item")] == ["150,000 jobs", "180,000", "33,000"]
    assert printed[relation.claim("average") or ""] == "121,000"
    assert relation.evidence.tie == Tie.INFERRED and relation.evidence.certain
    [finding] = [f for f in report.findings if f.check == "average"]
    assert (
        finding.message == "150,000 jobs + 180,000 + 33,000 over 3 months is 121,000 a month; the article says 121,000"
    )


def test_a_list_in_the_average_sentence_is_tied_by_structure() -> None:
    [relation] = averages("The judges gave scores of 7, 9 and 11, an average of 9.")
    assert relation.evidence.tie == Tie.STRUCTURE
    assert relation.params["count"] == 3 and relation.params["window"] is None


def _claims(text: str) -> list:
    from factcheck.extraction import extract_claims

    return extract_claims(text)


def _relation(art: Article, average: str, items: list[str], *, unit: str = "month", signs: list[int] | None = None):
    by_text = {c.quantity.text: c for c in art.claims}
    members = [Member(role="average", claim=by_text[average].id)] + [
        Member(role="item", claim=by_text[i].id) for i in items
    ]
    evidence = Evidence(tie=Tie.STRUCTURE, subject=Agreement.AGREE, metric=Agreement.AGREE)
    params = {"count": len(items), "unit": unit, "window": None, "signs": signs or [1] * len(items)}
    return Relation(kind=RelationKind.AVERAGE, members=members, evidence=evidence, reason="made up", params=params)


@pytest.mark.parametrize(
    ("average", "value", "hedge", "expected"),
    [
        ("about 119,000", 119_000, "approximate", "pass"),  # a hedge widens the stated average
        ("121,000", 121_000, "exact", "pass"),
        ("121,700", 121_700, "exact", "fail"),  # printed to the hundred, the mean of 121,000 misses
        ("150,000", 150_000, "exact", "fail"),
    ],
)
def test_the_arithmetic_over_rounding_intervals(average: str, value: float, hedge: str, expected: str) -> None:
    text = f"Gains of 150,000, 180,000 and 33,000 averaged {average}."
    art = Article(text)
    for figure, number in (("150,000", 150_000), ("180,000", 180_000), ("33,000", 33_000)):
        art.claim(figure, number, "count", noun="jobs", metric=Metric.COUNT)
    # Without bounds the interval comes from the hedge: "about" reaches 2.5% either side.
    art.claim(average, value, "count", noun="jobs", metric=Metric.COUNT, hedge=hedge, bounds=hedge == "exact")
    finding = _evaluate(art, _relation(art, average, ["150,000", "180,000", "33,000"]))
    assert finding is not None and finding.status.value == expected, finding


def _evaluate(art: Article, relation: Relation):
    from factcheck.checks import registry
    from factcheck.context import ArticleContext

    return registry()["average"](relation, ArticleContext(text=art.text, claims=art.claims))


def test_a_fall_counts_negative_with_the_sign_the_finder_read() -> None:
    text = "Payrolls rose 150,000 and 180,000 but fell 33,000, averaging 99,000."
    art = Article(text)
    art.claim("150,000", 150_000, "count", noun="jobs", change=Change(direction=1, kind=ChangeKind.ABSOLUTE))
    art.claim("180,000", 180_000, "count", noun="jobs")
    art.claim("33,000", 33_000, "count", noun="jobs", change=Change(direction=-1, kind=ChangeKind.ABSOLUTE))
    art.claim("99,000", 99_000, "count", noun="jobs")
    finding = _evaluate(art, _relation(art, "99,000", ["150,000", "180,000", "33,000"], signs=[1, 1, -1]))
    assert finding is not None and finding.status.value == "pass"
    assert finding.message.startswith("150,000 + 180,000 - 33,000 over 3 months is 99,000")


def test_runs_end_to_end_without_other_checks() -> None:
    text = "The judges gave scores of 7, 9 and 11, an average of 12."
    report = run_checks(text, _claims(text), only=["average"])
    assert [(f.status.value, f.severity.value) for f in report.findings] == [WARN]
