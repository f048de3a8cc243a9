"""Numbers that label rather than count: ZIP codes, street numbers, timestamps, classes, numbered names."""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_quantities

# (made-up sentence, the surfaces that are quantities)
LABELS = [
    ("Send it to 42 Elm Street, Dover, DE 19901 by Monday.", []),
    ("The shop at 718 North Oak Ave. sold 30 bikes.", ["30 bikes"]),
    ("The log says 2022-07-19T08:45:12Z and 3 errors.", ["3 errors"]),
    ("A category 3 storm hit 2 towns.", ["2 towns"]),
    ("The Phase 2 study enrolled 120 patients.", ["120 patients"]),
    ("Type 1 diabetes affects 9 children in the class.", ["9 children"]),
    ("Owners of Model 3s waited 6 weeks.", ["6 weeks"]),
    ("Fans of Channel 4s dramas wrote in.", []),
    # A unit or a scale after the class word makes it a measure again.
    ("Sea level 2 metres higher would flood the port.", ["2 metres"]),
]


@pytest.mark.parametrize(("text", "surfaces"), LABELS)
def test_label_numbers_are_not_quantities(text: str, surfaces: list[str]) -> None:
    assert [q.text for q in extract_quantities(text)] == surfaces
