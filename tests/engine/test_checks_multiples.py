"""Multiples and fractions of another figure, end to end on made-up sentences.

Each row is a short paragraph and what the ``multiple`` check must say about it: consistent copy passes, a
one-number break fails loudly when the words tie the figures, and stays quiet when the pairing is inferred
without proof that the figures are the word's.
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.claim_factory import outcome, quick, up

PASS = ("pass", "info")
WARN = ("fail", "warning")
ERROR = ("fail", "error")
QUIET = ("indeterminate", "info")


def verdicts(text: str) -> set[tuple[str, str]]:
    return {(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "multiple"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hedge on a shrinking verb points the other way: "more than halved" ends below half
        ("And new starters from Chile more than halved, dropping 56%, compared with 2021.", {PASS}),
        ("And new starters from Chile more than halved, dropping 36%, compared with 2021.", {WARN}),
        # a joined clause with a subject and a verb of its own gives another thing's rate
        ("Ferry fares in most ports doubled and harbour dues rose 30% over the decade.", {QUIET}),
        ("Ferry fares in most ports doubled and rose 30% over the decade.", {WARN}),
        ("Stall rents at the market tripled, while cleaning costs were up 45%.", set()),
        ("Waiting times nearly halved, falling 47%, in the year.", {PASS}),
        # a move with both ends in the word's clause
        ("Net profit at the brewer more than doubled to $54 million from $25 million.", {PASS}),
        ("Net profit at the brewer more than doubled to $44 million from $25 million.", {WARN}),
        ("The airline's operating profit almost doubled to $283 million from $144 million.", {PASS}),
        ("The airline's operating profit almost doubled to $310 million from $144 million.", {WARN}),
        ("Quarterly revenue tripled to $9.2 million, compared with $3.1 million a year earlier.", {PASS}),
        ("Quarterly revenue tripled to $7.2 million, compared with $3.1 million a year earlier.", {WARN}),
        ("Freight costs were halved to $5.1 million from $10.3 million.", {PASS}),
        # a word that says the figure grew when it fell: no rounding explains it
        ("The charity's income doubled to $20 million from $25 million.", {ERROR}),
        # one figure set against another
        ("Employers added 412,000 jobs in May, more than double the estimate of 190,000.", {PASS}),
        ("Employers added 312,000 jobs in May, more than double the estimate of 190,000.", {WARN}),
        ("The fund returned 12.1%, twice the 6% gain of its benchmark.", {PASS}),
        ("The fund returned 9.1%, twice the 6% gain of its benchmark.", {WARN}),
        # "twice as much, P": against the like figure said before it
        ("Costs rose 4.0 percent, while sales increased twice as much, 8.1 percent.", {PASS}),
        ("Costs rose 4.0 percent, while sales increased twice as much, 6.5 percent.", {WARN}),
        # "That is half of what ...": the figure of the sentence before
        ("Beta shipped 35 million phones last year. That is half of what Acme shipped (70 million).", {PASS}),
        ("Beta shipped 25 million phones last year. That is half of what Acme shipped (70 million).", {WARN}),
        # "N times as likely" with the two rates it compares
        ("Pupils who vape were twice as likely to smoke as those who did not (24% vs. 12%).", {PASS}),
        ("Pupils who vape were twice as likely to smoke as those who did not (24% vs. 16%).", {WARN}),
        # "N times more" is read as N or N + 1 times
        ("Women were three times more likely than men to report it, 12% compared with 3%.", {PASS}),
        # an adjusted ratio need not match the raw shares
        ("Adjusted for age, pupils who vape were twice as likely to smoke (24% vs. 16%).", {QUIET}),
        # a part restated after its whole
        ("The firm will cut nearly half of its 1,200 workers, or 560 jobs.", {PASS}),
        ("The firm will cut nearly half of its 1,200 workers, or 360 jobs.", {WARN}),
        # a move by a fraction
        ("Profit fell by a third to $20 million from $30 million.", {PASS}),
        ("Profit fell by a third to $25 million from $30 million.", {WARN}),
        # a target is loose: never loud
        ("The utility aims to double output to 10 million tons from 4 million tons.", {QUIET}),
        # a period, a count of occasions, a valuation: no multiple
        ("Profit in the first half rose to $10 million from $8 million.", set()),
        ("The striker scored twice in the final, which drew 80,000 fans.", set()),
        ("The $60 stock trades at 30 times earnings of $3.", set()),
        # a word whose clause has no figure: nothing to compare
        ("The index doubled.", set()),
    ],
)
def test_multiples_end_to_end(text: str, expected: set) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the word in a lead, the pair of its measure in the next sentence, subjects stated and equal
        (
            "Acme's net profit more than tripled in the quarter. Acme's net profit was $187 million, "
            "compared with $52 million a year earlier.",
            {PASS},
        ),
        (
            "Acme's net profit more than tripled in the quarter. Acme's net profit was $137 million, "
            "compared with $52 million a year earlier.",
            {WARN},
        ),
        # the word speaks of one region, the pair of the whole: not certain
        (
            "Acme's net profit more than tripled in Asia. Acme's net profit was $137 million, "
            "compared with $52 million a year earlier.",
            {QUIET},
        ),
        # a run since a date is not a move between the pair's two dates
        (
            "Acme's net profit has more than tripled since 2019. Acme's net profit was $137 million, "
            "compared with $52 million a year earlier.",
            {QUIET},
        ),
    ],
)
def test_a_pair_stated_next_is_loud_only_with_its_subject(text: str, expected: set) -> None:
    claims = check_text(text)
    assert {(f.status.value, f.severity.value) for f in claims.findings if f.check == "multiple"} == expected


def test_a_pair_stated_next_without_subjects_stays_quiet() -> None:
    text = "Net profit more than tripled. Net profit was $137 million, compared with $52 million a year earlier."
    art = quick(
        text,
        ("$137 million", 137e6, "money", {"measure": "net income"}),
        ("$52 million", 52e6, "money", {"measure": "net income"}),
    )
    assert outcome(art, "multiple") == {QUIET}


def test_a_growth_rate_restates_the_word() -> None:
    passes = quick(
        "Pre-tax profit more than doubled, rising 135% to $6.7 million.",
        ("135%", 135, "percent", {"change": up(verb="rising")}),
        ("$6.7 million", 6.7e6, "money"),
    )
    fails = quick(
        "Pre-tax profit more than doubled, rising 80% to $6.7 million.",
        ("80%", 80, "percent", {"change": up(verb="rising")}),
        ("$6.7 million", 6.7e6, "money"),
    )
    assert outcome(passes, "multiple") == {PASS}
    assert outcome(fails, "multiple") == {WARN}


def test_every_finding_says_why_the_figures_were_paired() -> None:
    report = check_text("Net profit at the brewer more than doubled to $44 million from $25 million.")
    (finding,) = [f for f in report.findings if f.check == "multiple"]
    assert "more than doubled" in finding.message
    assert finding.pairing and "$44 million" in finding.pairing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare "profit" in the lead stands for the profit the body gives
        ("Kestrel Foods said its yearly profit more than doubled on stronger exports. Pre-tax profit increased "
         "by 140% to $6.3 million while turnover edged up 2%.", {PASS}),
        ("Kestrel Foods said its yearly profit more than doubled on stronger exports. Pre-tax profit increased "
         "by 60% to $6.3 million while turnover edged up 2%.", {WARN}),
        # two profits in the body: which one the lead means is not said
        ("Kestrel Foods said its yearly profit more than doubled on stronger exports. Pre-tax profit increased "
         "by 60% to $6.3 million, whereas operating profit climbed 150%.", {QUIET}),
        # who speaks narrows nothing; a period misread as a subject is no name
        ("Hanbit Marine Engineering Co., a leading shipbuilder in the region, reported on Tuesday that its "
         "fourth-quarter net profit more than tripled on year. Net profit for the October-December quarter came "
         "to 81.4 billion won, against 24.6 billion won in the same period last year, the firm said.", {PASS}),
        ("Hanbit Marine Engineering Co., a leading shipbuilder in the region, reported on Tuesday that its "
         "fourth-quarter net profit more than tripled on year. Net profit for the October-December quarter came "
         "to 61.4 billion won, against 24.6 billion won in the same period last year, the firm said.", {WARN}),
        # the figures' sentence names someone else: not certain
        ("Hanbit Marine Engineering Co. reported on Tuesday that its net profit more than tripled on year. Rival "
         "Sejong Shipyards said net profit came to 61.4 billion won, against 24.6 billion won a year before.",
         {QUIET}),
    ],
)  # fmt: skip
def test_a_lead_word_and_the_figures_below_it(text: str, expected: set) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a base named by what it covers, its figure said before
        ("Rooftop panels supplied 6.1% of national power demand last year. The state of Westland reached a "
         "rooftop panel share of 14%, more than double the national average.", {PASS}),
        ("Rooftop panels supplied 6.1% of national power demand last year. The state of Westland reached a "
         "rooftop panel share of 9%, more than double the national average.", {WARN}),
        # "the usual rate" names no place or group
        ("Rooftop panels supplied 6.1% of usual power demand last year. The state of Westland reached a "
         "rooftop panel share of 9%, more than double the usual rate.", set()),
        # a figure the word describes, said before, with nothing to say it is the same measure: not certain
        ("Factory output expanded at a 1.8 percent rate between July and September. Growth in the summer was "
         "more than double the 1.3 percent rate between April and June.", {QUIET}),
    ],
)  # fmt: skip
def test_a_base_or_a_figure_stated_in_another_sentence(text: str, expected: set) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ratio stated as a margin, with its two counts
        ("Losers beat gainers by a 3-to-2 margin in Frankfurt trading, with 1,260 lower, 845 higher and 210 "
         "unchanged.", {PASS}),
        ("Losers beat gainers by a 3-to-2 margin in Frankfurt trading, with 2,260 lower, 845 higher and 210 "
         "unchanged.", {WARN}),
        ("Some 640 women and 330 men enrolled, a ratio of nearly two to one.", {PASS}),
        ("Some 640 women and 230 men enrolled, a ratio of nearly two to one.", {WARN}),
        # a score and a vote tally are no ratio
        ("The home side won 3-2 on Sunday before 40,000 fans and 2,000 guests.", set()),
        ("The council backed the plan by a 7-2 vote, with 12 members absent and 3 abstaining.", set()),
        # "close behind": the trailing figure a little under the leading one
        ("Acme sold 2.41 million cars through June, with Beta close behind at 2.38 million.", {PASS}),
        ("Acme sold 3.41 million cars through June, with Beta close behind at 2.38 million.", {WARN}),
        ("Acme shipped 58 million phones, closely followed by Beta with 55 million.", {PASS}),
        ("Acme shipped 58 million phones, closely followed by Beta, which raised its outlook.", set()),
    ],
)  # fmt: skip
def test_ratios_in_words_between_two_counts(text: str, expected: set) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the figures sit the way the word says: the ratio is the described figure over the one it is set against
        (
            "Halvard Mining shipped 720,000 tonnes in 2024, more than double the 310,000 tonnes it shipped in 2019.",
            "720,000 tonnes / 310,000 tonnes is 2.32x",
        ),
        ("The Osric fund holds 10 buildings, half the 20 buildings it held in 2015.", "10 buildings / 20 buildings"),
        # the described figure is the smaller one under "double": the larger goes over the smaller, and the
        # message says the figures sit the other way round
        (
            "Halvard Mining shipped 120,000 tonnes in 2024, more than double the 310,000 tonnes it shipped in 2019.",
            "120,000 tonnes is smaller than 310,000 tonnes, the other way round from the word: "
            "310,000 tonnes / 120,000 tonnes is 2.58x",
        ),
        # and the larger one under "half": the smaller over the larger
        (
            "The Osric fund holds 40 buildings, half the 20 buildings it held in 2015.",
            "40 buildings is larger than 20 buildings, the other way round from the word: 20 buildings / 40 "
            "buildings is 0.5x",
        ),
    ],
)
def test_the_ratio_reads_the_way_the_word_does(text: str, expected: str) -> None:
    (finding,) = [f for f in check_text(text).findings if f.check == "multiple"]
    assert expected in finding.message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Parking at the Tolland depot now costs $900 a year, more than triple the $250 a year drivers paid.", PASS),
        ("Parking at the Tolland depot now costs $600 a year, more than triple the $250 a year drivers paid.", WARN),
        # a base printed only as a bound may be near zero: any ratio would "hold", so nothing is vouched for
        ("Parking at the Tolland depot now costs $900 a year, more than triple the up to $250 drivers paid.", QUIET),
        ("Parking at the Tolland depot now costs $600 a year, more than triple the up to $250 drivers paid.", QUIET),
    ],
)
def test_a_base_printed_as_a_bound_gives_no_ratio(text: str, expected: tuple[str, str]) -> None:
    assert verdicts(text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second verb of change joined to the word's, with a stretch of its own, is a further move of the series
        ("Stall rents in Wenlow have more than doubled from a year ago and climbed 21% in June alone.", {QUIET}),
        ("Pilgrim numbers at the shrine tripled over a decade and rose 9% last year.", {QUIET}),
        ("The network's hashrate doubled since March and grew 4% on Monday to 610 units.", {QUIET}),
        ("Nickel more than doubled in 2022 and gained 14% in October, traders said.", {QUIET}),
        # one stretch shared by both verbs, or a rate restating the word, stays paired and loud
        ("Dock fees at Arbel doubled and rose 35% over the five years.", {WARN}),
        ("Dock fees at Arbel more than doubled, rising 35% over the five years.", {WARN}),
        ("Dock fees at Arbel more than doubled, rising 135% over the five years.", {PASS}),
        ("Members of the guild tripled and grew 40% to 2,600.", {WARN}),
    ],
)
def test_a_second_joined_move_over_its_own_stretch_is_not_the_words_rate(text: str, expected: set) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle rate with a narrower stretch, after a stretch of the word's own, is a further move
        ("Tin has almost tripled since 2021, climbing 6% this week alone to $48,000.", {QUIET}),
        ("Orders more than doubled over the year, rising 30% in the fourth quarter to 9,100.", {QUIET}),
        ("Bookings at Corvale more than doubled in the year, jumping 25% in the final quarter to 4,800.", {QUIET}),
        # the same participle without a narrower stretch restates the word
        ("Bookings at Corvale more than doubled in the year, jumping 25% to 4,800.", {WARN}),
        ("Tin has almost tripled since 2021, climbing 95% to $48,000.", {WARN}),
        ("Tin has almost tripled since 2021, climbing 190% to $48,000.", {PASS}),
    ],
)
def test_a_restating_rate_with_a_narrower_stretch_is_another_move(text: str, expected: set) -> None:
    assert verdicts(text) == expected
