"""The whole engine on generated news-like text: no input crashes it or breaks what its output promises.

Text is built from pieces of news copy (figures in many notations, currencies, units, percentages,
ranges, scale words, change words, dates, punctuation, paragraph breaks and list items, odd unicode)
and run through extraction, relations, checks and the JSON report (:func:`assert_sound`).

Two sizes, chosen by the environment variable ``HYPOTHESIS_PROFILE``:

- ``ci`` (the default): a fixed seed and a modest number of examples, part of the normal suite;
- ``nightly``: thousands of fresh random examples, run by hand::

    HYPOTHESIS_PROFILE=nightly .venv/bin/python -m pytest -q -p no:cacheprovider tests/engine/test_robustness_engine.py
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.extraction import extract_claims
from factcheck.runner import run_checks
from tests.engine.robustness import assert_sound

_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
PROFILES = {
    "ci": settings(max_examples=120, derandomize=True, database=None, deadline=None, suppress_health_check=_QUIET),
    "nightly": settings(max_examples=5000, deadline=None, suppress_health_check=_QUIET, print_blob=True),
}
PROFILE = PROFILES[os.environ.get("HYPOTHESIS_PROFILE", "ci")]

digits = st.integers(min_value=0, max_value=10**6).map(str)
numerals = st.one_of(
    digits,
    st.integers(0, 10**12).map(lambda n: f"{n:,}"),  # 1,234,567
    st.integers(1000, 10**9).map(lambda n: f"{n:,}".replace(",", st_choice_space(n))),  # 1 234 567
    st.tuples(digits, st.integers(0, 999)).map(lambda t: f"{t[0]}.{t[1]}"),  # 12.5
    st.integers(0, 99).map(lambda n: f".{n}"),  # .5
    st.tuples(st.integers(1, 9), st.integers(-420, 420)).map(lambda t: f"{t[0]}e{t[1]}"),  # 4e14, 1e400
    st.tuples(st.integers(1, 99), st.integers(-500, 500)).map(lambda t: f"{t[0]} x 10^{t[1]}"),
    st.integers(1, 2000).map(lambda n: "9" * n),  # a run of digits past any float
    st.sampled_from(["½", "1 1/2", "3/4", "¾", "⅓", "2½"]),
    st.sampled_from(["one", "twenty-five", "a dozen", "three hundred", "two million", "half a billion", "a third"]),
    st.sampled_from(["1st", "second", "third", "No. 4", "10. 3", "4. 5", "0", "00", "-0.1e308"]),
)
signs = st.sampled_from(["", "", "", "-", "+", "−", "–", "(", "about ", "nearly ", "more than ", "up to "])
currencies = st.sampled_from(["", "", "$", "€", "£", "¥", "₹", "US$", "Rs. ", "Ksh. ", "RMB ", "C$", "¢"])
scales = st.sampled_from(["", "", "", " million", " billion", "bn", "m", "k", " trillion", " crore", " lakh", "tn"])
units = st.sampled_from(
    ["", "", "%", " percent", " per cent", " percentage points", " points", " shares", " employees", " km",
     " tonnes", " per share", " a year", " times", "x", " stores", " votes", " °C", " kg", " hours", "-fold"]
)  # fmt: skip


def st_choice_space(n: int) -> str:
    return ["\u00a0", "\u2009", "\u202f", " "][n % 4]


figure = st.builds(lambda s, c, n, k, u: f"{s}{c}{n}{k}{u}", signs, currencies, numerals, scales, units)
joiners = st.sampled_from([" to ", "-", "–", " and ", " or ", " from ", " up from ", ", or ", " vs. ", "/", "\n\n- "])
figures = st.one_of(
    figure,
    st.builds(lambda a, j, b: f"{a}{j}{b}", figure, joiners, figure),  # ranges and pairs
    st.builds(lambda a, b: f"between {a} and {b}", figure, figure),
)
words = st.sampled_from(
    ["Acme", "Beta Corp.", "the company", "It", "This", "revenue", "net income", "sales", "shares", "rose", "fell",
     "was", "up", "down", "increased", "doubled", "halved", "a year earlier", "in 2024", "in the third quarter",
     "on Jan. 31", "last year", "market share", "of", "the", "its", "total", "compared with", "estimate",
     "analysts expected", "per", "each", "average", "vs", "U.S.", "said", "while", "—", ";", ":", "(", ")", "“", "”",
     "’s", "out of", "rank", "times", "a quarter of", "two-thirds", "since 2019", "over the next three years"]
)  # fmt: skip
odd = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=6)
# Figure-shaped noise: digits and the marks around them in any order ("5.-3e9%", "1,2,3", "$-.5bn").
noise = st.text(alphabet="0123456789.,-–−+%$€£¥e x^/()[]:;'’ \n\u00a0kmbnKMB", min_size=1, max_size=12)
layouts = st.sampled_from(
    ["(2023: £5.2m)", "Q3 2024", "FY2024", "H1", "9/11", "2024-01-05", "1.5.3", "No. 1", "#2", "5%-6%", "$-5",
     "°F", "'90s", "mid-2020s", "24/7", "3:1", "1 in 4", "4 out of 5", "x2", "1,000,000,000,000,000", "US$1.2tn"]
)  # fmt: skip
tokens = st.one_of(figures, figures, words, words, words, odd, noise, layouts)
breaks = st.sampled_from([" ", " ", " ", ", ", ". ", ".\n", "\n", "\n\n", "! ", "? ", "\t", "\u00a0", " - ", "\r\n"])


@st.composite
def news_text(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(tokens, breaks), min_size=1, max_size=40))
    return "".join(token + gap for token, gap in parts)


@PROFILE
@given(text=news_text())
def test_no_generated_article_breaks_the_engine(text: str) -> None:
    claims = extract_claims(text)
    report = run_checks(text, claims)
    assert_sound(text, claims, report)
