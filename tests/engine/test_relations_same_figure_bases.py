"""Results highlights list one measure on two bases in the same words but one ("Underlying profit from operations
$84.2m" ... "Reported profit from operations $61.7m"): the two are not one figure told twice. The same words on the
same basis still are, and a second telling that differs is still caught.

All lines are made up (made-up results and figures).
"""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, WARN, verdicts


def _highlights(*lines: str) -> str:
    return "Results for the year\n" + "".join(f"· |\n{line} |\n|\n" for line in lines)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_highlights("Revenue $912.4m (2022 - $880.1m)", "Underlying profit from operations $84.2m (2022 - $80.1m)",
                     "Reported profit from operations $61.7m (2022 - $58.3m)",
                     "Underlying diluted earnings per share 41.2 cents (2022 - 39.9 cents)",
                     "Reported diluted earnings per share 30.3 cents (2022 - 28.8 cents)"), set()),
        (_highlights("Statutory net profit after tax $21.4m (2022 - $48.2m)",
                     "Underlying net profit after tax $66.1m (2022 - $63.0m)"), set()),
        # one basis told twice with another figure: still caught
        (_highlights("Revenue $912.4m (2022 - $880.1m)", "Underlying profit from operations $84.2m (2022 - $80.1m)",
                     "Orders rose sharply over the year", "Underlying profit from operations $81.7m (2022 - $80.1m)"),
         {WARN, PASS}),
    ],
)  # fmt: skip
def test_two_bases_are_two_figures(text: str, expected: set) -> None:
    assert verdicts(text, "same_figure") == expected
