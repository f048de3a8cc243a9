"""The real-news relation labels: the tsv reader, the figure check at offsets, and the matcher.

The passages here are made up for the test; the labelled set itself stays outside the tests.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from bench.realnews_labels import Score, load_texts, mismatches, read_labels, score_passage

TEXT = (
    "Quillmoor Tiles said its quarterly revenue rose 12% to $56 million from $50 million. "
    "The firm employs 410 people in Vantry, up from 380."
)


def at(figure: str, text: str = TEXT) -> str:
    start = text.index(figure)
    return f"{start}:{start + len(figure)}:{figure}"


def tsv(*rows: str, labelled: str = "q01 q02") -> str:
    return "\n".join(["# a comment explaining the columns", f"# labelled: {labelled}", "id\tkind\tmembers", *rows])


GROWTH = f"q01\tpercent_change\tpct={at('12%')} frm={at('50')} to={at('56')}"
STAFF = f"q01\tqualitative\tcur={at('410')} prior={at('380')}"


def test_reader_keeps_rows_doubtful_ones_apart_and_the_listed_passages():
    doubtful = f"#? q01\tqualitative\ta={at('12%')} b={at('410')}\twhy it is doubtful"
    labels = read_labels(tsv(GROWTH, STAFF, doubtful))
    assert [label.kind for label in labels.labels] == ["percent_change", "qualitative"]
    assert labels.labels[0].members[1].role == "frm"
    assert labels.labels[0].members[1].figure == "50"
    assert TEXT[slice(*labels.labels[0].members[0].span)] == "12%"
    assert [label.doubtful for label in labels.doubtful] == [True]
    # q02 has no relation, yet it was labelled: it counts as a passage with nothing to check.
    assert labels.passages == ["q01", "q02"]
    assert labels.of("q02") == []


def test_reader_without_a_labelled_line_takes_the_passages_with_rows():
    text = "\n".join(["id\tkind\tmembers", GROWTH])
    assert read_labels(text).passages == ["q01"]


@pytest.mark.parametrize(
    "row",
    [
        "q01\tqualitative\tcur=410",  # no offsets
        "q01\tqualitative",  # no members column
        "q01\tqualitative\t ",  # an empty members column
    ],
)
def test_reader_rejects_malformed_rows(row):
    with pytest.raises(ValueError):
        read_labels(tsv(row))


def test_reader_rejects_relations_of_a_passage_not_listed_as_labelled():
    with pytest.raises(ValueError, match="q01"):
        read_labels(tsv(GROWTH, labelled="q02"))


def test_a_figure_not_at_its_offsets_is_reported():
    labels = read_labels(tsv(GROWTH, STAFF)).labels
    assert mismatches(labels, {"q01": TEXT}) == []
    refetched = "Updated: " + TEXT  # a re-fetched page that gained a line shifts every offset
    wrong = mismatches(labels, {"q01": refetched})
    assert len(wrong) == 2
    assert "expected '12%'" in wrong[0][1]
    assert mismatches(labels, {})[0][1] == "no text"


def relation(rid: str, kind: str, claims: list[str]) -> SimpleNamespace:
    return SimpleNamespace(id=rid, kind=SimpleNamespace(value=kind), claims=lambda: claims, spans=[], reason="")


def finding(rid: str, status: str) -> SimpleNamespace:
    return SimpleNamespace(relation=rid, status=SimpleNamespace(value=status))


def span(figure: str) -> tuple[int, int]:
    start = TEXT.index(figure)
    return (start, start + len(figure))


CLAIMS = {"c0": span("12%"), "c1": span("$56 million"), "c2": span("$50 million"), "c3": span("410"), "c4": span("380")}


def test_found_checked_partly_and_unmatched():
    labels = read_labels(tsv(GROWTH, STAFF)).labels
    report = SimpleNamespace(
        relations=[
            relation("r0", "percent_change", ["c0", "c2", "c1"]),  # every member of the growth label
            relation("r1", "growth_prior", ["c0", "c3"]),  # pairs 12% with the staff: matches nothing
            relation("r2", "comparison", ["c3", "c1"]),  # only one member of the staff label
        ],
        findings=[finding("r0", "pass"), finding("r1", "indeterminate")],
    )
    score = Score()
    score_passage("q01", labels, [], report, CLAIMS, score)
    assert score.labelled == {"percent_change": 1, "qualitative": 1}
    assert score.found == {"percent_change": 1}
    assert score.checked == {"percent_change": 1}
    assert [(label.kind, partly) for label, partly in score.missed] == [("qualitative", False)]
    assert [(u.relation.id, u.verdicts) for u in score.unmatched] == [("r1", "indeterminate"), ("r2", "no finding")]


def test_an_indeterminate_finding_is_found_but_not_checked_and_two_of_three_is_partly():
    labels = read_labels(tsv(GROWTH)).labels
    report = SimpleNamespace(
        relations=[relation("r0", "percent_change", ["c0", "c1"])],
        findings=[finding("r0", "indeterminate")],
    )
    score = Score()
    score_passage("q01", labels, [], report, CLAIMS, score)
    assert score.found == {}
    assert score.partly == {"percent_change": 1}
    assert score.missed[0][1] is True
    # The relation lies on the label and covers two of its members: it is not counted as unmatched.
    assert score.unmatched == []

    report.relations = [relation("r0", "percent_change", ["c0", "c1", "c2"])]
    score = Score()
    score_passage("q01", labels, [], report, CLAIMS, score)
    assert score.found == {"percent_change": 1}
    assert score.checked == {}


def test_the_engine_finds_and_checks_a_labelled_change():
    from factcheck.extraction import extract_claims
    from factcheck.runner import run_checks

    claims = extract_claims(TEXT)
    report = run_checks(TEXT, claims)
    score = Score()
    score_passage("q01", read_labels(tsv(GROWTH)).labels, [], report, {c.id: tuple(c.span) for c in claims}, score)
    assert score.found == {"percent_change": 1}
    assert score.checked == {"percent_change": 1}


REPO = Path(__file__).resolve().parents[2]
KINDS = {
    "percent_change",
    "growth_prior",
    "part_whole",
    "shares_sum",
    "multiples",
    "per_unit",
    "qualitative",
    "time_window",
}


@pytest.mark.parametrize("name", ["realnews-relations.tsv", "realnews-aside-relations.tsv"])
def test_the_stored_label_files_parse_with_known_kinds(name):
    labels = read_labels((REPO / "bench" / name).read_text(encoding="utf-8"))
    assert labels.labels and labels.passages
    assert {label.kind for label in labels.labels + labels.doubtful} <= KINDS
    assert len(set(labels.passages)) == len(labels.passages)


def test_the_tune_labels_give_their_figures_where_the_texts_are_on_disk():
    labels = read_labels((REPO / "bench" / "realnews-relations.tsv").read_text(encoding="utf-8"))
    texts, _ = load_texts(REPO / "var" / "realnews", labels.passages)
    if not texts:
        pytest.skip("the real-news texts are not on disk")
    on_disk = [label for label in labels.labels + labels.doubtful if label.passage in texts]
    assert mismatches(on_disk, texts) == []
