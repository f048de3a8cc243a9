"""The real-news mutant maker: which labels give a mutant, and that each mutant breaks its relation.

Made-up passages; the labelled set itself stays outside the tests.
"""

from __future__ import annotations

import pytest

from bench.realnews_labels import read_labels
from bench.realnews_mutants import mutate, reprint


def label_of(text: str, kind: str, *members: tuple[str, str], nth: dict[str, int] | None = None):
    """One label row for ``text``: each member as (role, figure), found at its first (or nth) place."""
    cells = []
    for role, figure in members:
        start = -1
        for _ in range((nth or {}).get(role, 0) + 1):
            start = text.index(figure, start + 1)
        cells.append(f"{role}={start}:{start + len(figure)}:{figure}")
    rows = "\n".join(["id\tkind\tmembers", f"q01\t{kind}\t{' '.join(cells)}"])
    return read_labels(rows).labels[0]


GROWTH = "Orlen Mills said sales rose 12% to $56 million from $50 million in the year."
PARTS = "Tessaly's 4,210 staff include 3,105 in factories and 1,105 in offices."
SHARE = "Of Brenmoor's 820 nurses, 205, or 25%, work nights."
RATES = "Joblessness in Carrow fell to 4.2% in May from 4.6% in April."
RESTATED = "Carrow's jobless rate was 4.2%. The 4.2% rate is the lowest in a decade."
RANKED = "Vell held 41% of the market, Ostra 27% and Pim 9%."
TOP = "Vell's 41% share tops Ostra at 27% and Pim at 9%."
OFF = "Sales rose 30% to $56 million from $50 million."
BILLIONS = "Quarterly revenue was $1.2 billion, up 20% from $1,000 million a year earlier."


@pytest.mark.parametrize(
    ("text", "kind", "members"),
    [
        (GROWTH, "percent_change", [("pct", "12"), ("to", "56"), ("frm", "50")]),
        (PARTS, "part_whole", [("tot", "4,210"), ("a", "3,105"), ("b", "1,105")]),
        (SHARE, "part_whole", [("p", "205"), ("tot", "820"), ("pct", "25%")]),
        (RATES, "qualitative", [("cur", "4.2%"), ("prior", "4.6%")]),
        (RESTATED, "qualitative", [("a", "4.2%"), ("b", "4.2%")]),
        (RANKED, "shares_sum", [("r1", "41%"), ("r2", "27%"), ("r3", "9%")]),
        (TOP, "qualitative", [("top", "41%"), ("a", "27%"), ("b", "9%")]),
        (BILLIONS, "growth_prior", [("cur", "1.2"), ("pct", "20"), ("prior", "1,000")]),
    ],
)
def test_a_holding_label_gives_one_mutant_that_changes_one_figure(text, kind, members):
    nth = {"b": 1} if text == RESTATED else None
    label = label_of(text, kind, *members, nth=nth)
    mutant = mutate(label, text)
    assert mutant is not None
    assert mutant.text != text
    assert mutant.text[slice(*mutant.span)] == mutant.figure
    assert mutant.text[: mutant.span[0]] == text[: mutant.member.start]
    assert mutant.text[mutant.span[1] :] == text[mutant.member.end :]


@pytest.mark.parametrize(
    ("text", "kind", "members"),
    [
        # the relation does not hold on the printed figures (a label this module cannot read right)
        (GROWTH, "percent_change", [("pct", "12"), ("to", "56"), ("frm", "million")]),
        (
            "Sales rose 30% to $56 million from $50 million.",
            "percent_change",
            [("pct", "30"), ("to", "56"), ("frm", "50")],
        ),
        (PARTS, "part_whole", [("tot", "4,210"), ("a", "3,105"), ("b", "210")]),
        # kinds whose labels do not say enough to rebuild the arithmetic
        (PARTS, "per_unit", [("tot", "4,210"), ("a", "3,105")]),
        (PARTS, "multiples", [("tot", "4,210"), ("a", "3,105")]),
        # a figure in words is not reprinted
        ("Nine of the 12 stores closed, three stayed open.", "part_whole", [("tot", "12"), ("a", "Nine")]),
    ],
)
def test_labels_that_give_no_mutant(text, kind, members):
    assert mutate(label_of(text, kind, *members), text) is None


def test_the_changed_order_is_reversed_not_just_moved():
    label = label_of(RATES, "qualitative", ("cur", "4.2%"), ("prior", "4.6%"))
    mutant = mutate(label, RATES)
    assert mutant is not None
    cur = float(mutant.text[slice(*mutant.span)].rstrip("%")) if mutant.member.role == "cur" else 4.2
    prior = float(mutant.text[slice(*mutant.span)].rstrip("%")) if mutant.member.role == "prior" else 4.6
    assert cur > prior


@pytest.mark.parametrize(
    ("figure", "factor", "printed"),
    [
        ("1,250", 1.3, "1,625"),
        ("$4.80", 0.7, "$3.36"),
        ("12%", 1.5, "18%"),
        ("1", 1.3, None),  # rounds back to the same figure
        ("three", 2.0, None),
    ],
)
def test_reprint_keeps_the_figures_own_form(figure, factor, printed):
    assert reprint(figure, factor) == printed
