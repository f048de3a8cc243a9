"""A figure told again in the same words (key points, a deck, a closing summary) must agree with the first telling.

The pairing rests on the words around the figures, never on their values: a changed copy still pairs and warns.
Parallel lines (another component, another market, another block of a report), a forecast against the result,
another period or another whole do not pair, or stay indeterminate.
"""

from __future__ import annotations

import pytest

from factcheck.context import ArticleContext
from factcheck.extraction import extract_claims
from factcheck.relations.same_figures import find
from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, QUIET, WARN


def _echoes(text: str) -> list[tuple[str, str, bool]]:
    ctx = ArticleContext(text=text, claims=list(extract_claims(text)))
    by_id = {c.id: c for c in ctx.claims}
    return [
        (by_id[r.members[0].claim].quantity.text, by_id[r.members[1].claim].quantity.text, r.evidence.certain)
        for r in find(ctx)
        if r.params.get("echoed")
    ]


def _verdicts(text: str) -> set[tuple[str, str]]:
    return {
        (f.status.value, f.severity.value)
        for f in check_text(text).findings
        if f.check == "same_figure" and "same words" in (f.pairing or "")
    }


_KEY_POINTS = (
    "Harlow Mills lifts revenue\n"
    "- Harlow Mills said its revenue rose {a} to $812 million in the second quarter.\n"
    "- The company raised its forecast for the year.\n\n"
    "Harlow Mills said on Tuesday that its revenue rose {b} to $812 million in the second quarter, helped by "
    "strong demand for its flour. Chief executive Dana Orr said the company would open two mills."
)
_SUMMARY = (
    "The jobless rate in Dunmore was {a} in March, the lowest since 2009, the statistics office said. "
    "Wages grew 3.1 per cent. Later in the year the jobless rate in Dunmore, which the office measures each "
    "month, was {b} in March, the lowest since 2009."
)
_DECK = (
    "Velmar consumer prices rose {a} in March, statistics office says\n"
    "Consumer prices in Velmar rose {a} in March from February, the statistics office said\n\n"
    "Consumer prices in Velmar rose {b} in March from February, the statistics office said on Wednesday, as "
    "fuel and rents climbed. Economists had looked for a smaller rise."
)

_THERE_WERE = (
    "Lornmouth's ferries lost riders over the winter, the harbour board said on Monday. There were {a} fewer "
    "riders in the six months to March than a year before. Fares were unchanged. Lornmouth's ferries lost riders "
    "over the winter, the harbour board said. There were {b} fewer riders in the six months to March than a "
    "year before."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a key-points line above the story, its sentence told again in the body
        (_KEY_POINTS.format(a="6.4%", b="6.4%"), {PASS}),
        (_KEY_POINTS.format(a="6.4%", b="6.9%"), {PASS, WARN}),
        # a closing summary telling the lead's level again, a clause added
        (_SUMMARY.format(a="4.7 per cent", b="4.7 per cent"), {PASS}),
        (_SUMMARY.format(a="4.7 per cent", b="5.2 per cent"), {WARN}),
        # a deck line under the headline, told again in the lead with more words
        (_DECK.format(a="0.4%", b="0.4%"), {PASS}),
        (_DECK.format(a="0.4%", b="0.7%"), {WARN}),
        # a sentence with no subject told again after a retold sentence that names it pairs, though as a block
        # told twice it is left indeterminate (the "six months" of both pass)
        (_THERE_WERE.format(a="3.4%", b="3.4%"), {PASS}),
        (_THERE_WERE.format(a="3.4%", b="2.9%"), {PASS, QUIET}),
    ],
)
def test_told_again_in_the_same_words(text: str, expected: set) -> None:
    assert _verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # an abbreviation in brackets that one telling gives and the other leaves out
        (
            "Demand from small lenders (SLB) came to 4.62 times the notes set aside, while large banks bid 1.8 times. "
            "The book closed early. Demand from small lenders came to 4.62 times the notes set aside, the bank said.",
            ("4.62 times", "4.62 times"),
        ),
    ],
)
def test_a_bracketed_gloss_is_left_out(text: str, pair: tuple[str, str]) -> None:
    assert pair in {(a, b) for a, b, _ in _echoes(text)}


@pytest.mark.parametrize(
    "text",
    [
        # parallel lines: another component of the same index, another thing before the figure
        "The food index in Velmar rose 0.4% in March, after a rise of 0.2% in February. "
        "Fuel prices were flat. The fuel index in Velmar rose 0.6% in March, after a rise of 0.1% in February.",
        # a forecast against the result
        "Economists expect Tarnwick factory output to rise 1.2% in May from April, a survey showed. "
        "Tarnwick factory output rose 1.5% in May from April, the statistics office said on Friday.",
        # another period, in the same words otherwise
        "Sales at Pellam Foods rose 3% in April from a year earlier, the company said on Monday. "
        "Its shares fell. Sales at Pellam Foods rose 5% in May from a year earlier, the company said later.",
        # another whole
        "Public debt in Orland was 45% of output at the end of the year, the finance ministry said. "
        "Spending rose. Public debt in Orland was 61% of revenue at the end of the year, the ministry said.",
        # other subjects named in sentences that read alike
        "Shipments from Kelso Motors reached 52,400 units in January with a 12.5% share of the market. "
        "Shipments from Brandt Autos reached 31,200 units in January with a 7.5% share of the market.",
        # a sentence that names no subject ("There were ...") counts what the sentence before it names, and those
        # sentences name two things: all of Lornmouth's ferries, then its island routes
        "Lornmouth's ferries as a whole lost riders over the winter, the harbour board said. There were 3.4% fewer "
        "riders in the six months to March than a year before. Island routes fared a little better than the "
        "rest. There were 2.9% fewer riders in the six months to March than a year before.",
    ],
)
def test_look_alikes_do_not_warn(text: str) -> None:
    assert WARN not in _verdicts(text)
    assert all(not certain for *_, certain in _echoes(text))


def test_repeated_blocks_of_a_report_stay_indeterminate() -> None:
    # a market wrap gives the day and the year in blocks of the same lines, each under its heading
    text = (
        "How the Calder markets fared on Friday.\n\n"
        "On the day:\n\n"
        "The Calder 200 index is up 12.5 points, or 0.4%, to 3,112.40 in heavy trading.\n\n"
        "The Morrow index is up 8.1 points, or 0.3%, to 2,702.10 in heavy trading.\n\n"
        "For the year:\n\n"
        "The Calder 200 index is up 310.2 points, or 9.8%, to 3,112.40 in heavy trading.\n\n"
        "The Morrow index is up 150.6 points, or 5.2%, to 2,702.10 in heavy trading.\n"
    )
    assert WARN not in _verdicts(text)
    assert _verdicts(text) <= {QUIET, PASS}


def _named(text: str) -> list[tuple[str, str, bool]]:
    ctx = ArticleContext(text=text, claims=list(extract_claims(text)))
    by_id = {c.id: c for c in ctx.claims}
    return [
        (by_id[r.members[0].claim].quantity.text, by_id[r.members[1].claim].quantity.text, r.evidence.certain)
        for r in find(ctx)
        if r.params.get("named")
    ]


def _named_verdicts(text: str) -> set[tuple[str, str]]:
    return {
        (f.status.value, f.severity.value)
        for f in check_text(text).findings
        if f.check == "same_figure" and "names a figure told before" in (f.pairing or "")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the 0.4% rise was ...": the figure names the move told before
        (
            "Consumer prices in Velmar rose 0.4% in March, the statistics office said. Rents climbed. "
            "The 0.4% rise in consumer prices was the first since October.",
            {PASS},
        ),
        (
            "Consumer prices in Velmar rose 0.4% in March, the statistics office said. Rents climbed. "
            "The 0.9% rise in consumer prices was the first since October.",
            {WARN},
        ),
        # the nearest of the measure: profit's move is another measure's
        (
            "Sales at Pellam Foods rose 4% in the quarter, while profit rose 9%. The 6% rise in sales was below "
            "forecasts.",
            {WARN},
        ),
        # a figure of the named value told before as a level: it is the one named, not the nearer move
        (
            "Consumer prices in Velmar increased 0.3% in May, and the annual rate moved to 3.4%, the office said. "
            "The 0.3% increase was from April to May, and the 3.4% increase was over 12 months.",
            {PASS},
        ),
        # a level named again: "that 5.1 percent rate"
        (
            "The jobless rate in Orland fell to 5.1 percent in June, the labour office said. Hiring picked up in "
            "retail, and that 5.1 percent rate was the lowest since 2008.",
            {PASS},
        ),
    ],
)
def test_named_by_its_figure(text: str, expected: set) -> None:
    assert _named_verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a time of its own: another move
        "Consumer prices in Velmar rose 0.4% in March, the statistics office said. Rents climbed. "
        "The 3.1% increase in consumer prices over 12 months was the largest since 2019.",
        # a part the first figure did not name
        "Sales at Pellam Foods rose 4% in the quarter. The 6% rise in online sales was below forecasts.",
        # a forecast is not the result the phrase names
        "Economists polled by Wirecast predicted a 0.5% rise in Velmar consumer prices. "
        "The 0.4% rise in consumer prices was the first since October.",
        # after "than" or "double" the same words bring in a new figure
        "Output in Tarnwick grew at a 2.5% annual rate in the spring, more than double the 1.1% rate it grew at "
        "in the winter, and faster than the 1.7% rate first reported.",
    ],
)
def test_named_look_alikes_do_not_warn(text: str) -> None:
    assert WARN not in _named_verdicts(text)
    assert all(not certain for *_, certain in _named(text))


@pytest.mark.parametrize(
    "text",
    [
        # a fraction in words with its percentage in the bracket: paired, but a fraction is rounded loosely
        "Around a third (34%) of the orders placed at Kelso Foods came from its home city.",
        "Nearly half (47 per cent) of the members of the Orland guild voted for the plan.",
        "Two-thirds (58%) of the Brandt plant's output went abroad last year.",
    ],
)
def test_fraction_in_words_then_percentage_in_brackets(text: str) -> None:
    verdicts = {
        (f.status.value, f.severity.value)
        for f in check_text(text).findings
        if f.check == "same_figure" and "in the bracket" in (f.pairing or "")
    }
    assert verdicts and verdicts <= {QUIET, PASS}  # paired, never loud: a share within its words' reach passes


def test_fraction_in_words_is_read_as_a_percentage() -> None:
    messages = [f.message for f in check_text("Around a third (34%) of Kelso orders came from its city.").findings]
    assert any("given again in digits as 34%" in m and "differ" not in m for m in messages)


@pytest.mark.parametrize(
    "text",
    [
        # a bracket saying something else about the fraction is not the fraction in digits
        "About a third (up from 25% a year ago) of the orders at Kelso Foods came from its home city.",
        "Half of the Orland guild (412 members) voted for the plan.",
    ],
)
def test_fraction_with_other_brackets_does_not_pair(text: str) -> None:
    assert not [f for f in check_text(text).findings if f.check == "same_figure" and "bracket" in (f.pairing or "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a report's blocks open on their stretch; one heading read as a date, the other not: not sure to be one
        (
            "Interim report Second quarter Group sales rose to NOK 410 million (380), helped by firmer prices and "
            "larger volumes. Operating profit came to NOK 52 million (47). Group sales rose to NOK 790 million (702), "
            "helped by firmer prices and larger volumes.",
            {QUIET},
        ),
        (
            "Quarterly update Fourth quarter Order intake at the group climbed to DKK 1,120 million on demand from "
            "utilities in the region. The order book was full. Order intake at the group climbed to DKK 4,300 "
            "million on demand from utilities in the region.",
            {QUIET},
        ),
        # neither dated: the same words tell one figure, so a changed copy still warns
        (
            "Interim report Group sales rose to NOK 410 million (380), helped by firmer prices and larger volumes. "
            "Operating profit came to NOK 52 million (47). Group sales rose to NOK 401 million (380), helped by "
            "firmer prices and larger volumes.",
            {WARN, PASS},
        ),
    ],
)
def test_only_one_dated_in_its_opening_words_stays_indeterminate(text: str, expected: set) -> None:
    assert _verdicts(text) == expected


# One template told per place, segment or team: the subject is named where each paragraph opens, and the template
# sentence after it names none. Told under another subject, the sentences are two subjects' figures.
_PER_SUBJECT = {
    "trade": (
        "Quarterly trade figures for Ardenia\n\n"
        "Ardenia's trade gap with Norland widened by $0.4 billion to $3.2 billion in May. Exports slipped $0.3 "
        "billion to $8.2 billion, while imports climbed $0.1 billion to $11.4 billion.\n\n"
        "{opening} Exports slipped $0.2 billion to $4.6 billion, while imports climbed $0.6 billion to $9.9 billion."
    ),
    "segments": (
        "Coldharbour Systems posts mixed quarter\n\n"
        "Coldharbour's Marine unit had a difficult three months as ship orders dried up. Operating profit at the "
        "unit dropped to $41 million on sales of $380 million.\n\n"
        "{opening} Operating profit at the unit dropped to $58 million on sales of $512 million."
    ),
    "houses": (
        "Home prices cool across the region\n\n"
        "In Kellerby, buyers faced fewer bidding wars in April as listings piled up. The median sale price rose 2.1 "
        "percent to $386,000 from a year earlier, agents said.\n\n"
        "{opening} The median sale price rose 2.1 percent to $402,000 from a year earlier, agents said."
    ),
    "sport": (
        "Clubs count the cost of a wet season\n\n"
        "Harbour City Gulls saw gate receipts slump as rain washed out fixtures. Revenue fell 12% to $4.2 million in "
        "the year to June, the accounts show.\n\n"
        "{opening} Revenue fell 12% to $3.6 million in the year to June, the accounts show."
    ),
}


@pytest.mark.parametrize(
    ("template", "opening", "alarm"),
    [
        # the second paragraph opens on another country, segment, city or team, or on a scope word: no alarm
        ("trade", "The trade gap with Vestria narrowed by $0.5 billion to $2.1 billion in May.", False),
        ("segments", "The Rail division fared better, helped by a signalling contract.", False),
        ("houses", "Nationally, the market was still tight.", False),
        ("houses", "Across the river in Dunmore, sellers had the upper hand.", False),
        ("sport", "Millbrook Otters fared little better despite a cup run.", False),
        ("sport", "Elsewhere, crowds held up.", False),
        # the same subject, or none new: one figure told again, and the slip warns
        ("trade", "Ardenia's trade gap with Norland was the widest since 2019, officials said.", True),
        ("segments", "Results at the Marine unit were also hit by a costly recall.", True),
        ("houses", "Kellerby agents expect a calmer summer.", True),
        ("sport", "The Gulls' board blamed the weather.", True),
    ],
)
def test_a_template_told_under_another_subject(template: str, opening: str, alarm: bool) -> None:
    text = _PER_SUBJECT[template].format(opening=opening)
    assert (WARN in _verdicts(text)) is alarm
