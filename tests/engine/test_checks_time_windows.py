"""Time windows, spans, streaks and totals over years, end to end on made-up paragraphs.

"Now" is a year the sentence names or the article's known date; a date guessed from the years an article
prints must never make a failure loud.
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text, run_checks

PASS = ("pass", "info")
WARN = ("fail", "warning")
QUIET = ("indeterminate", "info")


def verdicts(text: str, sources: dict | None = None) -> set[tuple[str, str]]:
    report = run_checks(text, _claims(text), sources=sources)
    return {(f.status.value, f.severity.value) for f in report.findings if f.check == "time_window"}


def _claims(text: str) -> list:
    from factcheck.extraction import extract_claims

    return extract_claims(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # window and date in one sentence, "now" named there
        ("In 2019 the jobless rate fell to a 10-year low, the lowest since 2009.", {PASS}),
        ("In 2019 the jobless rate fell to a 10-year low, the lowest since 2004.", {WARN}),
        ("In 2016 the copper price hit its highest level in more than five years, since March 2011.", {PASS}),
        ("In 2016 the copper price hit its highest level in more than five years, since March 2013.", {WARN}),
        # window and date two sentences apart, both about the shortfall
        (
            "The city's budget shortfall for fiscal 2016 narrowed to its lowest level in seven years. "
            "Property taxes grew. It was the smallest shortfall since 2009.",
            {PASS},
        ),
        (
            "The city's budget shortfall for fiscal 2016 narrowed to its lowest level in seven years. "
            "Property taxes grew. It was the smallest shortfall since 2006.",
            {WARN},
        ),
        # a window said in words: a quarter century, half a century, a decade
        (
            "In 2016 thefts in Dunmore grew at the fastest rate in a quarter century, the fastest rate since 1991.",
            {PASS},
        ),
        (
            "In 2016 thefts in Dunmore grew at the fastest rate in a quarter century, the fastest rate since 2001.",
            {WARN},
        ),
        ("In 2020 Orland's jobless rate hit its highest level in half a century, the highest since 1970.", {PASS}),
        ("In 2020 Orland's jobless rate hit its highest level in half a century, the highest since 1990.", {WARN}),
        ("In 2018 the lake fell to its lowest level in a decade, the lowest since 2008.", {PASS}),
        ("In 2018 the lake fell to its lowest level in a decade, the lowest since 2016.", {WARN}),
        # "It" in the next sentence is the window's subject
        ("In 2024 the rand fell to a three-year low. It had not been this weak since early 2021.", {PASS}),
        ("In 2024 the rand fell to a three-year low. It had not been this weak since early 2017.", {WARN}),
        # a span between two stated years
        ("Emissions rose from 4,000 tons in 1990 to 5,000 tons in 2020 over three decades.", {PASS}),
        ("Emissions rose from 4,000 tons in 2000 to 5,000 tons in 2020 over three decades.", {WARN}),
        ("The share fell from 40% in 2013 to 35% in 2019 in just six years.", {PASS}),
        # the span an average is taken over is not the move's
        ("Rainfall went from 61 cm in 2021 to 54 cm in 2022, below the mean over the past 30 years.", set()),
        ("Rain fell from 7.1 inches in 2020 to 6.4 inches in 2021, under the average over the last 40 years.", set()),
        ("Rainfall went from 61 cm in 2001 to 54 cm in 2022 over the past two decades.", {PASS}),
        ("Rainfall went from 61 cm in 2011 to 54 cm in 2022 over the past two decades.", {WARN}),
        # a decimal point between the years is no full stop
        ("Fares went from $1.10 in 2004 to $2.25 in 2016 in just twelve years.", {PASS}),
        ("Fares went from $1.10 in 2004 to $2.25 in 2016 in just ten years.", {WARN}),
        # the next sentence refers back to the move ("This", "The increase") and gives its span
        ("Herds grew from 2,100 head in 1992 to 2,900 head in 2021. This rise over three decades was steady.", {PASS}),
        ("Herds grew from 2,100 head in 2002 to 2,900 head in 2021. This rise over three decades was steady.", {WARN}),
        ("Fares went from 110 cents in 2004 to 225 cents in 2016. The overall increase came in twelve years.", {PASS}),
        ("Fares went from 110 cents in 2004 to 225 cents in 2016. The overall increase came in twenty years.", {WARN}),
        # a sentence that merely opens with "The" starts something new: its span is not the years before
        (
            "Mumps cases went from 40 in 2019 to 610 in 2020. The survey also found that take-up of the booster "
            "slipped in the last four years.",
            set(),
        ),
        ("Exports rose from $3 billion in 2015 to $4 billion in 2016. The port was rebuilt over five years.", set()),
        # a span on the far side of a comparison, or the range shorter periods are drawn from, is another stretch
        ("Enrolment rose from 2018 to 2021. This beat each three-year stretch across the past 25 years.", set()),
        ("Ferry trips fell from 2020 to 2022, a steeper drop than over the last three decades.", set()),
        ("Freight volumes doubled between 2015 and 2021. That is more than they grew in the last 40 years.", set()),
        ("Wages at Corvel rose 14% from 2021 to 2023, compared with 9% over the past ten years.", set()),
        ("Tolls climbed 8% from 2019 to 2021, versus 3% in the last ten years.", set()),
        ("Bus fares rose from 2016 to 2018 faster than in any two-year stretch over the past 20 years.", set()),
        # a hedge or a verb after "than" is still the move's own span
        ("Output went from 1,200 tonnes in 2001 to more than 1,900 tonnes in 2021 over two decades.", {PASS}),
        ("Output went from 1,200 tonnes in 2011 to more than 1,900 tonnes in 2021 over two decades.", {WARN}),
        ("Cases went from 40 in 2000 to 610 in 2020, more than doubling twice over two decades.", {PASS}),
        ("Cases went from 40 in 2010 to 610 in 2020, more than doubling twice over two decades.", {WARN}),
        # a total over years restated per year
        ("The plan costs $30 billion over five years, or about $6 billion a year.", {PASS}),
        ("The plan costs $30 billion over five years, or about $8 billion a year.", {WARN}),
        # a streak with its first year
        ("In 2019 the charity's income grew for a fifth straight year since 2015.", {PASS}),
        ("In 2019 the charity's income grew for a fifth straight year since 2012.", {WARN}),
        (
            "Wine exports rose for a fifth consecutive year in 2019. Before 2015, wine exports had never "
            "risen two years in a row.",
            {PASS},
        ),
        (
            "Wine exports rose for a fifth consecutive year in 2019. Before 2013, wine exports had never "
            "risen two years in a row.",
            {WARN},
        ),
        ("Rice output set a record in 2022 for a fourth straight year. Before 2019, that had never happened.", {PASS}),
        ("Rice output set a record in 2022 for a fourth straight year. Before 2016, that had never happened.", {WARN}),
        # a streak of declines starts the year after the peak
        (
            "In 2015 the ratio declined for the sixth consecutive year. The ratio peaked at 9.8 percent in 2009.",
            {PASS},
        ),
        # a "since" that dates another extreme is not the streak's
        ("Revenue in 2015 was the highest level since 2001 and rose for the second year in a row.", set()),
    ],
)
def test_time_windows_end_to_end(text: str, expected: set) -> None:
    assert verdicts(text) == expected


def test_a_guessed_date_never_fails() -> None:
    # Issue 11: "now" guessed from the latest year printed (2014) when the article is from 2015.
    text = (
        "The jobless rate slid to its lowest reading in over seven years. It was the lowest rate since "
        "April 2008. Hiring was strongest in 2014."
    )
    assert verdicts(text) == {QUIET}


def test_a_known_publication_date_decides() -> None:
    text = "The jobless rate slid to its lowest reading in over seven years, the lowest since April 2008."
    assert verdicts(text, {"published": "2015-06-05"}) == {PASS}
    assert verdicts(text, {"published": "2013-06-05"}) == {WARN}


def test_a_dateline_at_the_top_is_the_date() -> None:
    text = "Mar 3, 2022 9:00AM ET\nCopper hit its highest price in more than seven years, the highest since May 2014."
    assert verdicts(text) == {PASS}
    assert verdicts(text.replace("May 2014", "May 2017")) == {WARN}


@pytest.mark.parametrize(
    "top",
    [
        # a page's date with its label, the headline run on after it
        "date 2022-03-03 Copper climbs again ",
        "Published: Mar 3, 2022 Copper climbs again\n",
    ],
)
def test_a_labelled_date_at_the_very_top_is_the_date(top: str) -> None:
    text = top + "Copper hit its highest price in more than seven years, the highest since May 2014."
    assert verdicts(text) == {PASS}
    assert verdicts(text.replace("May 2014", "May 2017")) == {WARN}


_WINDOW = "Nickel traded at its highest price in just over six years, since March 2017."


@pytest.mark.parametrize(
    "top",
    [
        # a timestamp line under the headline, in the forms pages print it
        "Nickel climbs again\n09:12 JST, April 11, 2023\n",
        "Nickel climbs again\nPublished 3:05 p.m. ET April 11, 2023\n",
        "Nickel climbs again\nUpdated: April 11, 2023 at 8:40 a.m.\n",
        "Nickel climbs again\nTue 11 Apr 2023 14.20 BST\n",
        "Nickel climbs again\nTuesday, 11 April 2023 10:02:45 (GMT+2) | Oslo\n",
        "Nickel climbs again\nBy Ana Ruiz\n2023-04-11\n",
        # a dateline opening the first paragraph: place, date, agency, dash
        "Nickel climbs again\nOSLO, April 11, 2023 (Newswire) - ",
        "Nickel climbs again\nOslo, 11 April 2023 -- ",
    ],
)
def test_a_date_line_under_the_headline_is_the_date(top: str) -> None:
    assert verdicts(top + _WINDOW) == {PASS}
    assert verdicts(top + _WINDOW.replace("March 2017", "March 2014")) == {WARN}


@pytest.mark.parametrize(
    "top",
    [
        # a date in a sentence of the news, not a line of its own: the article may be written later
        "Nickel climbs again\nThe mine reopened on April 11, 2023 after a strike.\n",
        "Nickel climbs again\nOn April 11, 2023, the exchange halted trading.\n",
        # a headline about a past day
        "What happened on April 11, 2023 at the exchange\n",
        # a date line too far down the page
        "Nickel climbs again\nA\nB\nC\nApril 11, 2023\n",
    ],
)
def test_a_date_inside_the_news_is_not_the_page_date(top: str) -> None:
    assert verdicts(top + _WINDOW.replace("March 2017", "March 2014")) <= {QUIET}


def test_a_date_printed_alone_at_the_end_is_the_date() -> None:
    text = "Silver traded at its highest price in over two years, the highest since April 2022. (Jul 9, 2024)"
    assert verdicts(text) == {PASS}
    assert verdicts(text.replace("April 2022", "April 2023")) == {WARN}


def test_the_seed_like_window_passes_with_the_stated_year() -> None:
    text = (
        "Shares of the retailer hit a three-year high on Monday. Its market value is up $9 billion so far in "
        "2025. The stock has not traded this high since late 2021."
    )
    report = check_text(text)
    found = [f for f in report.findings if f.check == "time_window"]
    assert [(f.status.value, f.severity.value) for f in found] == [PASS]
    assert "three-year high" in found[0].message and "late 2021" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 stocks hit a three-year high. Bond yields rose to the highest since 2007.",
        "In 2020 gold hit a six-month high, while silver rose to its highest since 2013.",
    ],
)
def test_windows_of_two_different_things_stay_quiet(text: str) -> None:
    assert verdicts(text) <= {QUIET}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lead about a category, dates for each thing it covers: each date must fit the window
        (
            "Sep 14, 2023 10:30AM ET\nCocoa prices rose to their highest level in more than five years on "
            "Wednesday. New York cocoa futures added 3% to $3,650 a ton, the highest since May 2018. London cocoa "
            "firmed 2% to 2,940 pounds, the highest since February 2018.",
            {PASS},
        ),
        (
            "Sep 14, 2023 10:30AM ET\nCocoa prices rose to their highest level in more than five years on "
            "Wednesday. New York cocoa futures added 3% to $3,650 a ton, the highest since May 2018. London cocoa "
            "firmed 2% to 2,940 pounds, the highest since February 2021.",
            {PASS, WARN},
        ),
        # two names of one thing: "oil" in the lead, "crude" below it
        (
            "Jan 9, 2024 8:00AM ET\nOil prices climbed to their highest level in more than four years. Brent "
            "crude futures touched $99.20, the highest since August 2019.",
            {PASS},
        ),
        (
            "Jan 9, 2024 8:00AM ET\nOil prices climbed to their highest level in more than four years. Brent "
            "crude futures touched $99.20, the highest since August 2021.",
            {WARN},
        ),
        # the same thing, another measure of it: not tied
        (
            "Jan 9, 2024 8:00AM ET\nOil prices climbed to their highest level in more than four years. Crude "
            "exports reached 4.1 million barrels a day, the highest since August 2021.",
            {QUIET},
        ),
    ],
)
def test_dates_for_each_thing_a_window_covers(text: str, expected: set) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "now" is the one year the first sentence reports, when no later year is printed
        (
            "Bicycle sales in the region fell 3 percent in 2021 to 2.2 million. In the four years since peaking "
            "at 2.6 million in 2017, sales have dropped 15 percent.",
            {PASS},
        ),
        (
            "Bicycle sales in the region fell 3 percent in 2021 to 2.2 million. In the four years since peaking "
            "at 2.6 million in 2014, sales have dropped 15 percent.",
            {WARN},
        ),
        # a later year printed: the article may look back, so "now" stays a guess
        (
            "Bicycle sales in the region fell 3 percent in 2021 to 2.2 million. In the four years since peaking "
            "at 2.6 million in 2014, sales have dropped 15 percent. A recovery is forecast for 2026.",
            {QUIET},
        ),
    ],
)
def test_the_year_the_lead_reports_is_now(text: str, expected: set) -> None:
    assert verdicts(text) == expected


def test_a_founding_year_is_not_now() -> None:
    text = "The firm, founded in 2015, posted its highest profit in seven years. Its profit was the highest since 2016."
    assert verdicts(text) == {QUIET}


RECORD = (
    "Factory orders rose by {sep} in September after a {aug} increase in August. The September figure "
    "marked the biggest monthly increase since March ({mar})."
)


@pytest.mark.parametrize(
    ("sep", "aug", "mar", "expected"),
    [
        ("48,000", "31,000", "+52,000", {PASS}),
        # the figure at the date is below the record: the record would reach back further
        ("48,000", "31,000", "+36,000", {PASS, WARN}),
        # a month in between beats the record
        ("48,000", "61,000", "+52,000", {PASS, WARN}),
    ],
)
def test_a_record_since_a_month(sep: str, aug: str, mar: str, expected: set) -> None:
    assert verdicts(RECORD.format(sep=sep, aug=aug, mar=mar)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the record in apposition, a year in between stated in the same sentence
        ("Tax receipts rose from 17.1 percent of output in 2018 to 17.9 percent in 2019, the highest since 2006.",
         {PASS}),
        ("Tax receipts rose from 18.8 percent of output in 2018 to 17.9 percent in 2019, the highest since 2006.",
         {WARN}),
        # "This was ...": the latest reading of the sentence before; a low the other way round
        ("Wage growth slowed to 0.2% in May after 0.4% in April. This was the slowest monthly pace since "
         "January 2021, when wages rose 0.1%.", {PASS}),
        ("Wage growth was 0.3% in May after 0.1% in April. This was the slowest monthly pace since "
         "January 2021, when wages rose 0.1%.", {PASS, WARN}),
        # another clause of the sentence may speak of another series
        ("Exports rose to $5.2 billion in May, the highest since January, while imports were $6.1 billion in "
         "April.", {QUIET}),
        ("Exports rose 3% in May, and imports rose 5% in April. This was the biggest rise since January.",
         {QUIET}),
        # a reading in another sentence with nothing to say what it measures: not certain
        ("Output grew 61,000 in August. Orders rose by 48,000 in September. The September figure marked the "
         "biggest monthly increase since March.", {QUIET}),
    ],
)  # fmt: skip
def test_records_against_the_figures_in_between(text: str, expected: set) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a run of yearless months and a record since a month of a named year, its figure printed with it:
        # a reading for that month which is not that figure is a later year's, so it lies in between
        ("Rents rose 0.4% in May after rising 0.7% in April. This was the largest monthly gain since April "
         "2009, when rents rose 1.1%.", {PASS, WARN}),
        ("Rents rose 0.8% in May after rising 0.7% in April. This was the largest monthly gain since April "
         "2009, when rents rose 1.1%.", {PASS}),
        ("Rents rose 0.4% in May after rising 0.7% in April. The May figure was the largest monthly gain since "
         "April 2009 (+1.1%).", {PASS, WARN}),
        # the April reading may be the April 2009 figure itself: nothing says it is later
        ("Rents rose 0.4% in May after rising 1.1% in April. This was the largest monthly gain since April "
         "2009, when rents rose 1.1%.", {PASS}),
        # no figure printed for the record's date: the April reading may be April 2009's
        ("Rents rose 0.4% in May after rising 0.7% in April. This was the largest monthly gain since April "
         "2009.", set()),
        # a low the other way round
        ("Orders fell 0.6% in March after falling 0.2% in February. It was the smallest monthly drop since "
         "February 2016, when orders fell 0.1%.", {PASS, WARN}),
    ],
)  # fmt: skip
def test_a_yearless_run_against_a_record_since_a_dated_month(text: str, expected: set) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Home sales rose in the fourth quarter of 2023 for a sixth consecutive quarter since the third quarter "
         "of 2022.", {PASS}),
        ("Home sales rose in the fourth quarter of 2023 for a sixth consecutive quarter since the first quarter "
         "of 2022.", {WARN}),
        ("Retail sales rose in June for the fourth straight month since March.", {PASS}),
        ("Retail sales rose in June for the fourth straight month since January.", {WARN}),
        # no month the streak is counted to: nothing to check
        ("Retail sales have risen for the fourth straight month since January, the agency said.", set()),
    ],
)  # fmt: skip
def test_streaks_of_months_and_quarters(text: str, expected: set) -> None:
    assert verdicts(text) == expected
