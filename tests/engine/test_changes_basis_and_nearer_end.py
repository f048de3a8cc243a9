"""Three shapes of property-results copy that paired figures of other things.

* A change named as of value ("up 21% by value") or of volume, then a level in the other measure ("equal to
  4,820 homes"): the level restates the thing moved in other terms, so it is neither the change's end nor the
  direction word's.
* A verb that moves one figure, then a part of it with its own bracketed prior ("grew to 41,000 plots (2022:
  38,200), of which 5,000 plots (2022: 6,100 plots) ..."): the verb's end is the nearer level; the part after it
  moved on its own.
* A move told of a sum of money, then "equivalent to 5,200 homes (2023: 5,050 homes)": the homes restate the sum
  in another unit, and the move's word is the sum's.
* "<figure>, similar to last year" / "in line with the prior year": the figure is the current one, compared with
  last year's, so it is no earlier figure for another level's change.

All sentences are made up (made-up companies, places and figures).
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")
ERROR = ("fail", "error")


def alarms(text: str) -> set[tuple[str, str]]:
    report = check_text(text)
    return {(f.status.value, f.severity.value) for f in report.findings if f.severity.value != "info"}


def outcome(text: str, kind: str) -> set[tuple[str, str]]:
    report = check_text(text, only=[kind])
    return {(f.status.value, f.severity.value) for f in report.findings}


@pytest.mark.parametrize(
    "text",
    [
        "Forward orders at Hollin Homes were up 21% by value on the prior year, amounting to 4,820 homes "
        "(2023: 4,310).",
        "Forward orders at Hollin Homes were up 21% by value on the prior year, amounting to 4,820 homes "
        "(2023: 5,100).",
        "Tarrow's order book rose 14 per cent in value terms, equal to 2,300 plots (2022: 2,450 plots).",
        "Completions fell 8% by volume to £610 million from £590 million.",
        # a move told of a sum of money, then the same thing restated in homes with its own prior
        "The group's order book stood at £1.4 billion, 9% lower than a year earlier, equivalent to 5,200 homes "
        "(2023: 5,050 homes).",
        "Reservations came to €310 million, up 4% on the year, equal to 1,150 flats (2023: 1,220 flats).",
    ],
)
def test_a_level_in_the_other_measure_is_not_the_changes_end(text: str) -> None:
    assert alarms(text) == set()


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # the measure named and the end in it: still checked
        ("Forward orders rose 21% by value to £820 million (2023: £750 million).", "percent_change", {WARN}),
        ("Forward orders rose 9.3% by value to £820 million (2023: £750 million).", "percent_change", {PASS}),
        ("Forward orders rose 9% in volume terms to 4,820 homes from 4,310.", "percent_change", {WARN}),
        ("Forward orders at Hollin Homes were up 21% on the prior year to 4,820 homes (2023: 5,100).", "direction",
         {ERROR}),
        ("The order book fell 9% to 5,200 homes (2023: 5,050 homes), equivalent to £1.4 billion.", "direction",
         {ERROR}),
    ],
)  # fmt: skip
def test_a_change_with_its_end_in_the_same_measure_is_checked(text: str, kind: str, expected: set) -> None:
    assert outcome(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb's end is the nearer level; the part after it is not its move
        ("Its land holdings grew to about 41,000 plots (2022: 38,200), of which 5,000 plots (2022: 6,100 plots) "
         "are held under option.", {PASS}),
        ("The pipeline expanded to 12,400 units (2021: 11,900 units), including 900 units (2021: 1,300 units) "
         "awaiting planning.", {PASS}),
        # the verb's own pair still checked
        ("Its land holdings grew to about 36,000 plots (2022: 38,200), of which 5,000 plots (2022: 6,100 plots) "
         "are held under option.", {ERROR}),
    ],
)  # fmt: skip
def test_a_verb_governs_the_nearer_pair_only(text: str, expected: set) -> None:
    assert outcome(text, "direction") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deliveries rose to 3,210 homes, up 4%, at an average price of about £248,000, similar to last year. "
         "First-time buyer deliveries were 2% higher at 1,405, at an average price of about £231,000, up 3%.",
         set()),
        ("Lettings reached 880 units at an average rent of €1,140, in line with the prior year. Student lettings "
         "came to 310 units at an average rent of €960, up 5%.", set()),
        # the earlier figure dated as such is still taken
        ("The average price was about £231,000, up 3%. A year earlier it was about £224,300.", {PASS}),
        ("The average price was about £231,000, up 3%. A year earlier it was about £200,000.", {WARN}),
    ],
)  # fmt: skip
def test_a_figure_compared_with_last_year_is_not_last_years(text: str, expected: set) -> None:
    assert outcome(text, "growth_prior") == expected
