"""A change told with a base of its own ("and 4% more than 25.19 million tonnes a year earlier") is measured from
that base: it is neither the change of the pair stated before it in the sentence ("up 9% from 24.04 million tonnes
in April") nor a change to be paired with figures stated elsewhere. A span of time after "from" ("rose 12.4% from
the 12 months to June 2022 to ...") is no base, and such a change still finds its pair.

All sentences are made up (made-up port, places and figures).
"""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        ("Total loadings at Farrow Port were 26.20 million tonnes in May, up 9% from 24.04 million tonnes in April "
         "and 4% more than 25.19 million tonnes a year earlier.", "percent_change", {PASS}),
        # the change the pair is given with is still checked
        ("Total loadings at Farrow Port were 26.20 million tonnes in May, up 19% from 24.04 million tonnes in April "
         "and 4% more than 25.19 million tonnes a year earlier.", "percent_change", {WARN}),
        # the second change is measured from its own base to a level, but which one is inferred: the coal figure of
        # the sentence before could also be it, so a mismatch is left in doubt

        ("Coal loadings at Farrow Port reached 21.35 million tonnes in May. Total loadings were 26.20 million tonnes "
         "in May, up 9% from 24.04 million tonnes in April and 4% more than 25.19 million tonnes a year earlier.",
         "growth_prior", {PASS}),
        ("Coal loadings at Farrow Port reached 21.35 million tonnes in May. Total loadings were 26.20 million tonnes "
         "in May, up 9% from 24.04 million tonnes in April and 8% more than 25.19 million tonnes a year earlier.",
         "growth_prior", {("indeterminate", "info")}),  # the coal figure could also be the level: no alarm
        ("Coal loadings at Farrow Port reached 21.35 million tonnes in May. Total loadings were 26.20 million tonnes "
         "in May, up 9% from 24.04 million tonnes in April and 4% more than 25.19 million tonnes a year earlier.",
         "percent_change", {PASS}),
        # a span of time after "from" is no base
        ("Cases of measles in Norland rose by 12.4% from the 12 months to June 2022 to the 12 months to June 2023, "
         "from 1,250 to 1,405.", "growth_prior", {PASS}),
        ("Cases of measles in Norland rose by 22.4% from the 12 months to June 2022 to the 12 months to June 2023, "
         "from 1,250 to 1,405.", "growth_prior", {WARN}),
    ],
)  # fmt: skip
def test_a_change_with_its_own_base(text: str, check: str, expected: set) -> None:
    assert verdicts(text, check) == expected
