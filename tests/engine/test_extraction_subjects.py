"""The subject of each figure: what the figure is about, or None when the text does not say clearly.

Made-up sentences, one rule per table. A wrong name is worse than None: the relation stage reads two
different names as two different series, and an unknown subject only as "not certain".
"""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims


def subject_of(text: str, surface: str) -> str | None:
    hits = [c for c in extract_claims(text) if c.quantity.text == surface]
    assert hits, f"{surface!r} not found in {[c.quantity.text for c in extract_claims(text)]}"
    return hits[0].subject


def case(text: str, surface: str, subject: str | None) -> tuple[str, str, str | None]:
    return (text, surface, subject)


def check(rows: list[tuple[str, str, str | None]]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(("text", "surface", "subject"), rows, ids=[f"{r[1]}|{r[0][:40]}" for r in rows])


# Sentence openers: adverbs, participles, common nouns and adjectives, titles are no names.
OPENERS = [
    case("Quarterly, the ferry line earned $4 million.", "$4 million", None),
    case("Sequentially, operating profit at Brindle Foods was up 6 per cent.", "6 per cent", "Brindle Foods"),
    case("Total income at the cooperative rose 14 per cent.", "14 per cent", None),
    case("Compared to March, wholesale prices rose 0.3 percent.", "0.3 percent", None),
    case("Excluding one-off items, the miner earned 20 cents a share.", "20 cents a share", None),
    case("Adjusted earnings at Korvath Mills were $1.10 a share.", "$1.10 a share", "Korvath Mills"),
    case("Core prices climbed 0.2 percent in May.", "0.2 percent", None),
    case("Monthly load factor reached 81 percent.", "81 percent", None),
    case("Nationally, burglaries dropped 9%.", "9%", None),
    case("Breaking a long slump, output grew 4.1 percent.", "4.1 percent", None),
    case("Imports grew 2.2 percent while demand cooled.", "2.2 percent", None),
    case("Provisions and write-downs rose 12% in the half.", "12%", None),
    case("Chief executive Mara Lindqvist said revenue grew 8 percent.", "8 percent", None),
    case("Seventeen analysts expected sales of $3.1 billion.", "$3.1 billion", None),
    # A name still opens a sentence: it is capitalised inside sentences too, or owns something, or acts.
    case("Ostrova Air carried 2 million people. Ostrova Air grew 5%.", "5%", "Ostrova Air"),
    case("Pellworth's revenue rose 9 percent.", "9 percent", "Pellworth"),
    case("Quillon grew 30.5 per cent, carrying 1.2 million passengers.", "30.5 per cent", "Quillon"),
]


@check(OPENERS)
def test_sentence_openers_are_not_subjects(text: str, surface: str, subject: str | None) -> None:
    assert subject_of(text, surface) == subject


# Units, currencies, periods and abbreviations of measures are no names.
UNITS = [
    case("The lender's net profit rose 18 per cent to Rs 2,140 crore.", "18 per cent", None),
    case("Dovecote Bank posted a profit of Rs 2,140 crore.", "Rs 2,140 crore", "Dovecote Bank"),
    case("Its share was 31.5 percent, on revenue of USD 8.3 billion.", "31.5 percent", None),
    case("EPS rose 42.6% in the quarter.", "42.6%", None),
    case("GAAP earnings fell 3% at Tellmark.", "3%", "Tellmark"),
    case("FY24 revenue grew 11% to $2 billion.", "11%", None),
    case("October-December sales rose 7%.", "7%", None),
    case("Net interest income (NII) rose 20% to $1.9 billion.", "20%", None),
    case("Monthly capacity (available seat kilometres or ASKs) grew 5.5 percent.", "5.5 percent", None),
    # a currency written in mixed case, and a change's basis, are no names
    case("Fees at Lumo Pay rose to KSh 40.5 billion up from KSh 36 billion.", "KSh 36 billion", "Lumo Pay"),
    case("KShs 12 billion went to roads.", "KShs 12 billion", None),
    case("YoY income was KSh 9.2 billion.", "KSh 9.2 billion", None),
    case("Homes worth NZ$7.4 billion sold, a 15% growth in the number of sales.", "15%", None),
]


@check(UNITS)
def test_units_and_measure_abbreviations_are_not_subjects(text: str, surface: str, subject: str | None) -> None:
    assert subject_of(text, surface) == subject


# Who says it is not what it is about: sources and attributions.
SOURCES = [
    case("In May, prices rose 0.5 percent, data from the Office for Price Statistics showed.", "0.5 percent", None),
    case("According to the Civil Flight Directorate (CFD), 7 million people flew in May.", "7 million people", None),
    case("Analysts polled by Ledgerline expected profit of 52 cents a share.", "52 cents a share", None),
    case("In May, handset shipments fell 4 percent, according to Corvid Research.", "4 percent", None),
    # A company's own figure said after it: "X said" could be a company or a research house; unknown.
    case("Adjusted earnings were $1.10 a share, Korvath Mills said.", "$1.10 a share", None),
    case("Output rose 3 percent, the Statistics Bureau said on Friday.", "3 percent", None),
    case("According to eight Quaystone analysts, the bank will earn $2 billion.", "$2 billion", None),
    case("Jobs grew by 150,000, said the Labour Office.", "150,000", None),
    # A company reporting its own figure is its subject.
    case("Tarnwell said sales grew 5%.", "5%", "Tarnwell"),
]


@check(SOURCES)
def test_sources_are_not_subjects(text: str, surface: str, subject: str | None) -> None:
    assert subject_of(text, surface) == subject


# Other parties, products and places in another role are not the subject.
OTHER_PARTIES = [
    case(
        "Excluding deferred revenue from Windex licences, net income would have been 16 percent higher.",
        "16 percent",
        None,
    ),
    case("The shares closed at $9.07 on Nasdaq.", "$9.07", None),
    case("Prices rose to 3 percent, strengthening the case for the Central Bank to hold.", "3 percent", None),
    case("Brakeley, Morrow and Vint together hold 63% of the market.", "63%", None),
    case("Fenwick and Aldous carried 8.5 million and 5.8 million passengers, respectively.", "8.5 million", None),
    case("The non-Cartel producers pumped 13 million barrels a day.", "13 million barrels a day", None),
    case("Turkish telecoms company Ferrisk earned $40 million.", "$40 million", "Ferrisk"),
    case("The 39 Vietnamese workers were hired in March.", "39 Vietnamese workers", None),
]


@check(OTHER_PARTIES)
def test_other_parties_are_not_subjects(text: str, surface: str, subject: str | None) -> None:
    assert subject_of(text, surface) == subject


# A place names a subject as an owner or as the subject of its clause, or set after the figure with "in".
PLACES = [
    case("Veldor's output rose 6.3 percent.", "6.3 percent", "Veldor"),
    case("Thefts rose 13% in the Upper Marches and 5% in Lowmoor.", "13%", "Upper Marches"),
    case("Thefts rose 13% in the Upper Marches and 5% in Lowmoor.", "5%", "Lowmoor"),
    case("The Aliso Grande, Calvera-based company earned $3 million.", "$3 million", None),
]


@check(PLACES)
def test_places(text: str, surface: str, subject: str | None) -> None:
    assert subject_of(text, surface) == subject


# "It", "its", "the company" stand for the organisation last named as the subject of a clause.
ANAPHORS = [
    case("Hollins Group reported results on Monday. Its profit rose 12%.", "12%", "Hollins Group"),
    case(
        "Hollins Group beat Wall Street's forecasts. The company's profit rose 12%.",
        "12%",
        "Hollins Group",
    ),
    case("Quarrel Mining posted a loss. It is a blow that output fell 4%.", "4%", None),
    case("The food index rose 0.4 percent, after it edged up 0.1 percent.", "0.1 percent", None),
    case("Dannet Oil began its cut of 1 million barrels a day.", "1 million barrels a day", "Dannet Oil"),
    case(
        "Gorse Retail, a rival of Pindle, said its sales grew 5% in the year.",
        "5%",
        "Gorse Retail",
    ),
    case("Brackwater said revenue rose. That is according to the group's report of a 9% gain.", "9%", None),
    case("The Halvard index fell 2%. For the Halvard, it fell 3% today.", "3%", "Halvard"),
]


@check(ANAPHORS)
def test_anaphors(text: str, surface: str, subject: str | None) -> None:
    assert subject_of(text, surface) == subject


# Names after their figure: apposition, a passive agent, a ranking, a quote's speaker.
AFTER = [
    case("The third largest carrier, Sundry Air, posted a loss.", "third largest", "Sundry Air"),
    case("Rivals sold 10.2 million cars, against the 10.3 million sales recorded by Kessel.", "10.3 million sales",
         "Kessel"),
    case("Kessel leads with 30 percent, followed by Brindmoor at 21 percent.", "21 percent", "Brindmoor"),
    case("In third place is Ollen Cloud with 9 percent.", "third place", "Ollen Cloud"),
    case("\u201cOur revenue grew 13 percent,\u201d Pask's chief executive said.", "13 percent", "Pask"),
    case("Sales rose 5% after Tavish cut prices.", "5%", None),
]  # fmt: skip


@check(AFTER)
def test_names_after_their_figure(text: str, surface: str, subject: str | None) -> None:
    assert subject_of(text, surface) == subject


# People are subjects of their own record, not of what they say.
PEOPLE = [
    case("Senator Dara Okoye won 52 percent of the vote.", "52 percent", "Dara Okoye"),
    case("Chief executive Lena Broch said orders rose 7%.", "7%", None),
    case("A new survey shows President Havel at 38 percent approval.", "38 percent", "Havel"),
]


@check(PEOPLE)
def test_people(text: str, surface: str, subject: str | None) -> None:
    assert subject_of(text, surface) == subject


def test_a_bracketed_ticker_is_its_company() -> None:
    text = "Marlow Systems (MRLW) said on Friday it would raise its dividend by 15%."
    assert subject_of(text, "15%") == "Marlow Systems"


def test_a_dateline_is_no_subject() -> None:
    text = "HARTFIELD \u2014 Pembury Foods reported results on Monday. In the quarter, its profit rose 8%."
    assert subject_of(text, "8%") == "Pembury Foods"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a state's short name after the dateline's city, with a date and an agency
        ("HAVERFORD, Pa., March 3 (UPI) -- Forty-one percent of adults in the county smoke, 12.4 percent daily.", None),
        ("HAVERFORD, Pa. -- Forty-one percent of adults in the county smoke, 12.4 percent daily.", None),
        # a name after a city in the body is no dateline
        ("Shares of Calder, Tovan Mills -- the region's largest mill -- rose 12.4 percent.", "Tovan Mills"),
    ],
)
def test_a_state_in_a_dateline_is_no_subject(text: str, subject: str | None) -> None:
    assert subject_of(text, "12.4 percent") == subject
