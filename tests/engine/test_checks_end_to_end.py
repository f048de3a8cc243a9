# ruff: noqa: E501 - one paragraph per line reads better than wrapped strings
"""End to end on made-up news paragraphs: consistent ones raise nothing, one-number breaks are caught.

These texts are written for this project (no benchmark text). They need the extraction package.
"""

from __future__ import annotations

import importlib
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

CONSISTENT = [
    "The company reported underlying profit of $45 million, while statutory profit was $30 million after a $12 million restructuring charge and other items.",
    "Unemployment fell for a third consecutive month in March, to 3.8 percent from 3.9 percent. It has fallen every month since January.",
    "The project will cost about half of what the previous stadium cost ($1.2 billion), officials said, or roughly $600 million.",
    "About a third of respondents, or 1,020 people, said they would vote. The survey reached 3,000 adults.",
    "Revenue slipped to $4.1 billion from $4.3 billion, but operating profit climbed to $610 million from $540 million.",
    "The pound weakened by 2 cents against the dollar to $1.25, its lowest since March. It was at $1.27 on Monday.",
    "The index has gained for a fourth straight year, and is up 18% since the start of 2021.",
    "Apple's market share slipped to 17% from 19%, while Samsung held steady at 20%. Xiaomi rose to 14% from 12%, overtaking Oppo at 10%.",
    "Sales of electric cars doubled to 1.2 million last year from 600,000 in 2022, making up 9% of all new cars sold, compared with 5% a year earlier.",
    "The firm's workforce grew 4% to 12,480, while contractor numbers fell by about 300 to 2,100.",
    "Acme Corp reported third-quarter revenue of $12.4 billion, up 8 percent from $11.5 billion a year earlier. Net income rose to $1.9 billion, or $2.10 per share, from $1.6 billion, or $1.78 per share. The company's shares rose 3.2 percent to $145.20 in afternoon trading.",
    "The FTSE 100 closed down 45.3 points, or 0.6 per cent, at 7,512.8 on Tuesday. Miners were the biggest fallers, with Rio Tinto down 3.1 per cent. The pound fell 0.4 per cent against the dollar to $1.2650.",
    "Unemployment rose to 4.2 percent in June from 4.0 percent in May, the highest since late 2021. Employers added 206,000 jobs, fewer than the 250,000 economists had expected. Wages grew 3.9 percent from a year earlier.",
    "Streaming now accounts for 84% of music revenue, while physical formats make up 11% and downloads 3%. Total revenue reached $17.1 billion last year, up 7.7% from 2022.",
    "The city's population grew to 2.1 million in 2023, up from 1.9 million a decade earlier. About 35 percent of residents are under 25, and 12 percent are over 65.",
    "Toyota sold 10.3 million vehicles last year, keeping its lead over Volkswagen, which sold 9.2 million. Hyundai was third with 7.3 million. Global car sales rose 10 percent to 88 million.",
    "The company said its quarterly dividend will rise to 25 cents a share from 22 cents, an increase of about 14%. It also plans to buy back $2 billion of stock over the next two years.",
    "Gold rose 1.5 percent to $2,050 an ounce, its highest level in more than three years. Silver gained 2.1 percent to $24.10. Oil fell 80 cents to $78.40 a barrel.",
    "Retail sales fell 0.3 percent in March from February but were up 4.1 percent from a year earlier. Online sales rose 1.2 percent on the month to $112 billion.",
    "The bank's net profit rose 18 per cent year-on-year to Rs 2,140 crore in the December quarter. Sequentially, profit was up 6 per cent from Rs 2,019 crore. Total income rose 14 per cent to Rs 9,880 crore from Rs 8,667 crore a year ago.",
    "In Europe, Android holds 70 percent of the market and iOS 29 percent. In the US, iOS leads with 57 percent, ahead of Android at 42 percent.",
    "Shares of Beta Inc jumped 12% to $56.00 after the company raised its forecast. The stock had fallen 30% since January, when it traded at $71.40. Beta's market value rose by about $1.2 billion to $11 billion.",
    "Coffee prices have nearly doubled over the past year, climbing to $3.40 a pound from $1.80. Cocoa prices more than tripled to $10,000 a tonne from $3,000.",
    "The airline carried 5.2 million passengers in July, up 9% from 4.77 million a year earlier. Its load factor rose 1.5 points to 88.1%. Revenue per passenger fell 2% to €81.",
    "Apple sold 232 million iPhones in 2023, giving it a 20 percent share of a market of about 1.16 billion phones. Samsung shipped 226 million, or 19 percent.",
    "Inflation eased to 3.1 percent in January from 3.4 percent in December. Core prices rose 0.4 percent on the month and 3.9 percent on the year.",
    "The government will spend $30 billion over five years, or about $6 billion a year, on roads. A further $10 billion is earmarked for rail.",
    "Nvidia's revenue more than tripled to $22.1 billion in the fourth quarter from $6.05 billion a year earlier. Data-center revenue rose 409% to $18.4 billion.",
    "Housing starts jumped 9.8 percent to 1.46 million units in May, the highest since October 2022. Permits rose 1.9 percent to 1.50 million. Compared with a year earlier, starts were down 3.1 percent.",
    "The Nikkei 225 rose 1.2% to 39,098.68, while the broader Topix gained 0.8% to 2,735.45. SoftBank Group climbed 4.5%, adding about $3 billion to its market value.",
    "Tesla delivered 466,140 vehicles in the second quarter, up 83% from 254,695 a year ago. It produced 479,700 cars. Model 3 and Model Y accounted for 446,915 deliveries, or 96% of the total.",
    "The school district has 48,000 students, of whom 52% are girls. Enrolment fell 2% from last year, when 49,000 students were registered.",
    "Wheat futures fell 2.3% to $6.12 a bushel, while corn slipped 1.1% to $4.48. Soybeans were little changed at $13.90. Prices remain about 40% below last year's record high of $12.94.",
    "Profit before tax was £45.2m (2022: £39.8m), up 14%. Revenue grew 9% to £612m (2022: £562m). The board proposed a final dividend of 12.5p, making 18.0p for the year.",
    "Microsoft said revenue in its cloud unit grew 22% to $28.5 billion. The company's overall revenue rose 17% to $62.0 billion, while net income increased 20% to $21.9 billion.",
    "China's exports rose 7.6% in May from a year earlier, beating forecasts of 5.7%. Imports grew 1.8%, leaving a trade surplus of $82.6 billion, up from $65.5 billion in May last year.",
    "Over the past decade the number of branches fell from 1,200 to 950, a drop of about a fifth. Staff numbers halved to 8,000 from 16,000.",
    "Netflix added 8.05 million subscribers in the quarter, bringing its total to 269.6 million. Analysts had expected 4.8 million. Revenue rose 15% to $9.37 billion.",
]

BROKEN = [
    "The bank's net profit rose 18 per cent year-on-year to Rs 2,140 crore in the December quarter. Sequentially, profit was up 6 per cent from Rs 1,619 crore. Total income rose 14 per cent to Rs 9,880 crore from Rs 8,667 crore a year ago.",
    "The bank's net profit rose 18 per cent year-on-year to Rs 2,140 crore in the December quarter. Sequentially, profit was up 6 per cent from Rs 2,019 crore. Total income rose 24 per cent to Rs 9,880 crore from Rs 8,667 crore a year ago.",
    "In Europe, Android holds 80 percent of the market and iOS 29 percent. In the US, iOS leads with 57 percent, ahead of Android at 42 percent.",
    "Coffee prices have nearly doubled over the past year, climbing to $4.40 a pound from $1.80. Cocoa prices more than tripled to $10,000 a tonne from $3,000.",
    "The airline carried 5.2 million passengers in July, up 19% from 4.77 million a year earlier. Its load factor rose 1.5 points to 88.1%.",
    "Apple sold 232 million iPhones in 2023, giving it a 20 percent share of a market of about 1.16 billion phones. Samsung shipped 326 million, or 19 percent.",
    "Inflation eased to 3.6 percent in January from 3.4 percent in December.",
    "Nvidia's revenue more than tripled to $16.1 billion in the fourth quarter from $6.05 billion a year earlier.",
    "Gold rose 1.5 percent to $2,050 an ounce, its highest level in more than three years, the highest since March 2022. (Dec 1, 2023)",
    "Acme's net income was $1.9 billion, or $2.10 per share, compared with $1.6 billion, or $2.78 per share, a year earlier.",
]


@pytest.fixture(scope="module")
def check_text():
    extraction = importlib.import_module("factcheck.extraction")
    if not hasattr(extraction, "extract_claims"):
        pytest.skip("factcheck.extraction has no extract_claims yet")
    from factcheck.runner import check_text

    return check_text


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_paragraph_raises_nothing(check_text, text: str) -> None:
    report = check_text(text)
    assert report.problems() == [], [(f.check, f.message) for f in report.problems()]


@pytest.mark.parametrize("text", BROKEN)
def test_broken_paragraph_is_flagged(check_text, text: str) -> None:
    assert check_text(text).problems()


_MONEY = re.compile(r"(?P<cur>[$£€])(?P<num>\d[\d,]*(?:\.\d+)?)(?P<scale> (?:billion|million)|bn|m)\b")
_HEDGES = ["about", "around", "roughly", "some"]


def _scaled(text: str, factor: int) -> str:
    """Every money amount times ``factor``, printed with the same decimals."""

    def repl(match: re.Match[str]) -> str:
        raw = match.group("num").replace(",", "")
        decimals = len(raw.split(".")[1]) if "." in raw else 0
        return f"{match.group('cur')}{float(raw) * factor:,.{decimals}f}{match.group('scale')}"

    return _MONEY.sub(repl, text)


def _reworded(text: str, word: str) -> str:
    return re.sub(r"\b(about|around|roughly)\b(?= [$£€\d])", word, text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.sampled_from(CONSISTENT), factor=st.sampled_from([2, 3, 10]), word=st.sampled_from(_HEDGES))
def test_scaling_money_and_rewording_hedges_raise_nothing(check_text, text: str, factor: int, word: str) -> None:
    variant = _reworded(_scaled(text, factor), word)
    report = check_text(variant)
    assert report.problems() == [], (variant, [(f.check, f.message) for f in report.problems()])
