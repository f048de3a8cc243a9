"""part_whole: breakdowns, lists, back references, weighted means and profit bridges, end to end on made-up text."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")
UNSURE = ("indeterminate", "info")


def outcome(text: str) -> set[tuple[str, str]]:
    report = check_text(text, only=["part_whole"])
    return {(f.status.value, f.severity.value) for f in report.findings}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a breakdown that names every part ("the remaining")
        ("Out of 120 stores, 70 were open, 38 were closed and the remaining 12 were being refitted.", {PASS}),
        ("Out of 120 stores, 70 were open, 48 were closed and the remaining 12 were being refitted.", {WARN}),
        # a list that may leave parts unnamed: a shortfall says nothing, an excess does
        ("Out of 120 stores, 70 were open and 30 were closed.", {PASS}),
        ("Out of 120 stores, 70 were open and 60 were closed.", {WARN}),
        # a dash breakdown
        ("The plan will cost about $9 billion -- $5 billion for roads and $4 billion for rail.", {PASS}),
        ("The plan will cost about $9 billion -- $8 billion for roads and $4 billion for rail.", {WARN}),
        # a dash answered by a second one closes an aside: the list ends there, the figures past it are the sentence's
        ("The club sold 900 tickets -- 500 tickets to members and 600 tickets to guests -- the club said.", {WARN}),
        ("The club sold 900 tickets -- 500 tickets to members and 400 tickets to guests -- the club said.", {PASS}),
        (
            "The club sold 900 tickets -- most online -- and 600 tickets went to guests, 500 tickets to members.",
            set(),
        ),
        ("Nkemelu shot 7-11 from the floor — making all four of his tries from deep — and 5-5 at the line.", set()),
        # a part named with "including" is no larger than its whole
        ("Revenue was $10 billion, including $4 billion from cloud services.", {PASS}),
        ("Revenue was $10 billion, including $12 billion from cloud services.", {WARN}),
        # "16 out of 22" is a ratio of its own, never the opening of a list
        ("Of the members, 16 out of 22 voted yes and 9 out of 22 voted no.", set()),
    ],
)
def test_breakdown_in_one_sentence(text: str, expected: set) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(
    ("current", "prior", "expected"),
    [
        ("9.0p", "7.5p", {PASS}),
        ("9.5p", "7.5p", {PASS, WARN}),  # this year's parts against this year's total only
        ("9.0p", "8.5p", {PASS, WARN}),  # the bracketed parts against the bracketed total only
    ],
)
def test_bracketed_comparatives_form_their_own_breakdown(current: str, prior: str, expected: set) -> None:
    text = (
        "The final dividend of 6.0p (2023: 5.0p) which, together with the interim dividend of 3.0p (2023: 2.5p), "
        f"makes a total of {current} (2023: {prior})."
    )
    assert outcome(text) == expected


@pytest.mark.parametrize(("second", "expected"), [("18,000", {PASS}), ("28,000", {WARN})])
def test_breakdown_that_refers_back(second: str, expected: set) -> None:
    text = (
        "Mollo delivered 50,000 bikes in the quarter, up from 41,000 a year earlier. "
        f"Of that total, 32,000 were e-bikes and {second} were other bikes."
    )
    assert outcome(text) == expected


def test_the_remaining_part() -> None:
    text = "Mollo built 50,000 bikes in the quarter. 32,000 were e-bikes. The remaining 18,000 were road bikes."
    assert outcome(text) == {PASS}
    assert outcome(text.replace("18,000", "28,000")) == {WARN}


@pytest.mark.parametrize(("online", "expected"), [("$4.0 billion", {PASS}), ("$6.0 billion", {WARN})])
def test_segment_list(online: str, expected: set) -> None:
    text = (
        "Quarterly sales reached $9.0 billion. The firm broke its sales down into two segments: "
        f"retail ($5.0 billion) and online ({online})."
    )
    assert outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Passenger traffic rose 5.0% in May. International traffic rose 6.0% while domestic traffic rose 3.0%.",
            {PASS},
        ),
        (
            "Passenger traffic rose 8.0% in May. International traffic rose 6.0% while domestic traffic rose 3.0%.",
            {WARN},
        ),
        # the total names another measure: not known to be the parts' total
        ("Sales rose 8.0% in May. International traffic rose 6.0% while domestic traffic rose 3.0%.", {UNSURE}),
    ],
)
def test_total_rate_between_complementary_parts(text: str, expected: set) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the halves' rates listed after one verb and handed out by "respectively"
        (
            "Group freight volume declined 3.1% in June, as export and import freight fell by 4.0% and 1.9% "
            "respectively.",
            {PASS},
        ),
        (
            "Group freight volume declined 5.3% in June, as export and import freight fell by 4.0% and 1.9% "
            "respectively.",
            {WARN},
        ),
        (
            "Enrolment at Tarrow colleges climbed 2.2% this autumn; rural and urban enrolment rose 0.8% and 3.0%, "
            "respectively.",
            {PASS},
        ),
        (
            "Enrolment at Tarrow colleges climbed 4.2% this autumn; rural and urban enrolment rose 0.8% and 3.0%, "
            "respectively.",
            {WARN},
        ),
        # the total's move said "year on year by"
        (
            "Air freight at Dunmore fell year on year by 2.0%, as international and domestic freight fell 2.6% and "
            "0.9% respectively.",
            {PASS},
        ),
        (
            "Air freight at Dunmore fell year on year by 3.0%, as international and domestic freight fell 2.6% and "
            "0.9% respectively.",
            {WARN},
        ),
        # "respectively" after figures that are no list of one verb's moves: no halves' rates
        ("Exports rose 4.0% in May. Export and import prices stood at 2.6% and 0.9% respectively.", set()),
    ],
)
def test_total_rate_between_listed_halves(text: str, expected: set) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(("item", "expected"), [("£10.0m", {PASS}), ("£20.0m", {WARN})])
def test_before_and_after_exceptional_items(item: str, expected: set) -> None:
    text = (
        "Profit before tax, before exceptional items, of £4.0m\n"
        f"Impairment charge of {item}\n"
        "Reported loss before tax, after exceptional items, of £6.0m\n"
    )
    assert outcome(text) == expected


def test_net_figure_may_be_smaller_than_an_item_it_includes() -> None:
    text = "Earnings included a net 12 cents a share gain, including 13 cents a share from a land sale."
    assert WARN not in outcome(text)


# parts named as parts by their words -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Total income rose to 90.5 million pounds from 60.2 million pounds a year ago. Rental income grew to "
            "30.1 million pounds from last year's 25.4 million pounds.",
            {PASS},
        ),
        # this year's part against this year's total, last year's against last year's
        (
            "Total income rose to 90.5 million pounds from 20.2 million pounds a year ago. Rental income grew to "
            "30.1 million pounds from last year's 25.4 million pounds.",
            {PASS, WARN},
        ),
        # divisions of a group add up to no more than its total
        (
            "Group total sales were £310m in the half. The retail division lifted sales by 4% to £190.5m. "
            "The trade division saw sales fall 2% to £118.2m.",
            {PASS},
        ),
        (
            "Group total sales were £310m in the half. The retail division lifted sales by 4% to £240.5m. "
            "The trade division saw sales fall 2% to £118.2m.",
            {WARN},
        ),
        # a part stated for a span of its own is not known to be a part of this total
        (
            "Total sales rose to 52,000 units in March. Domestic sales for the year to date stood at 140,000 units.",
            {UNSURE},
        ),
        # a profit is no part of a total: a division can earn more than the group when another loses money
        ("Total operating profit was $80 million. Cloud operating profit was $95 million.", set()),
        # a participle and its object name no kind of the measure: ", generating revenue of ..." is no part
        (
            "Visitors to the islands spent a total revenue of 41 billion pesos in the first quarter. Arrivals "
            "for the year should reach 6.1 million, generating revenue of about 190 billion pesos.",
            set(),
        ),
        (
            "Total sales were $62 million in May. The chain hopes to end the year with 31 stores, making sales "
            "of about $700 million.",
            set(),
        ),
        # a noun in -ing is a kind of the measure all the same
        ("Total revenue was $410 million in 2023. Advertising revenue was $150 million.", {PASS}),
        ("Total revenue was $410 million in 2023. Advertising revenue was $450 million.", {WARN}),
    ],
)
def test_parts_named_by_their_qualifier(text: str, expected: set) -> None:
    assert outcome(text) == expected


# a gap told by its own move, and flows told by theirs -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the gap's move ends at its level ("widened to", "grew by X to")
        (
            "The trade gap widened to $16.5 billion as imports climbed to $88.0 billion and exports slipped to "
            "$71.5 billion.",
            {PASS},
        ),
        (
            "The trade gap widened to $18.5 billion as imports climbed to $88.0 billion and exports slipped to "
            "$71.5 billion.",
            {WARN},
        ),
        (
            "Halvard's budget shortfall grew by $40 million to $310 million as spending rose 4% to $2.96 billion "
            "and revenue edged up 1% to $2.65 billion.",
            {PASS},
        ),
        (
            "Halvard's budget shortfall grew by $40 million to $290 million as spending rose 4% to $2.96 billion "
            "and revenue edged up 1% to $2.65 billion.",
            {WARN},
        ),
        (
            "Ostmark's trade surplus rose by €2.1 billion from a month earlier to €19.4 billion. Exports increased "
            "by €1.5 billion to reach €131.0 billion, while imports added €0.6 billion to €111.6 billion.",
            {PASS},
        ),
        (
            "Ostmark's trade surplus rose by €2.1 billion from a month earlier to €21.4 billion. Exports increased "
            "by €1.5 billion to reach €131.0 billion, while imports added €0.6 billion to €111.6 billion.",
            {WARN},
        ),
        # each flow's move size stands between its name and its level
        (
            "The deficit in goods trade was $61.2 billion in July. Exports fell by $2.3 billion to $142.9 billion "
            "and imports rose by $1.1 billion to $204.1 billion.",
            {PASS},
        ),
        (
            "The deficit in goods trade was $65.2 billion in July. Exports fell by $2.3 billion to $142.9 billion "
            "and imports rose by $1.1 billion to $204.1 billion.",
            {WARN},
        ),
        # a balance with a partner is a trade balance, though "trade" is never said
        (
            "Lindor's deficit with Japan shrank $0.5 billion to $3.2 billion in April. Exports rose $0.3 billion "
            "to $9.1 billion and imports fell $0.2 billion to $12.3 billion.",
            {PASS},
        ),
        (
            "Lindor's deficit with Japan shrank $0.5 billion to $3.6 billion in April. Exports rose $0.3 billion "
            "to $9.1 billion and imports fell $0.2 billion to $12.3 billion.",
            {WARN},
        ),
        (
            "Our surplus with the Baltic states was £1.9 billion in 2024. Exports there reached £7.4 billion, while "
            "imports came to £5.5 billion.",
            {PASS},
        ),
        (
            "Our surplus with the Baltic states was £2.9 billion in 2024. Exports there reached £7.4 billion, while "
            "imports came to £5.5 billion.",
            {WARN},
        ),
    ],
)
def test_a_gap_and_flows_told_by_their_moves(text: str, expected: set) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a flow's move after the gap word ends at the flow's level, not the gap's
        "The trade deficit widened after exports dropped 6% to $95 billion. Imports held at $120 billion.",
        # the gap's move size is no rival gap, nor the gap itself
        "The trade deficit grew by $4 billion. Exports rose to $52 billion and imports climbed to $60 billion.",
    ],
)
def test_no_gap_from_a_move_that_is_not_the_gap(text: str) -> None:
    assert WARN not in outcome(text)


# last year's gap from this year's flows and their growth -----------------------------------------


@pytest.mark.parametrize(
    ("prior", "expected"),
    [("$300 billion", {PASS}), ("$390 billion", {PASS, WARN})],  # this year's gap holds either way
)
def test_earlier_deficit_from_the_flows_and_their_growth(prior: str, expected: set) -> None:
    text = (
        f"Outlays exceeded receipts by $226 billion in the half, compared with a {prior} shortfall a year earlier. "
        "Receipts rose 10.0 percent to $1.100 trillion, while outlays climbed 2.0 percent to $1.326 trillion."
    )
    assert outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two regions of a worldwide total
        (
            "Some 2.0 million heat pumps were installed worldwide in May. In Germany, 310,000 heat pumps were "
            "installed, and 280,000 heat pumps were installed in France.",
            {PASS},
        ),
        (
            "Some 2.0 million heat pumps were installed worldwide in May. In Germany, 1,810,000 heat pumps were "
            "installed, and 280,000 heat pumps were installed in France.",
            {WARN},
        ),
        # a region stated for a span of its own
        (
            "Some 2.0 million heat pumps were installed worldwide in May. In Germany, 1,810,000 heat pumps were "
            "installed in 2024, and 280,000 heat pumps were installed in France.",
            {UNSURE},
        ),
    ],
)
def test_regions_within_a_worldwide_total(text: str, expected: set) -> None:
    assert outcome(text) == expected


# a tally and what is added to it ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The unit's profit swung from a £2.5m loss to a £4.0m gain, a £6.5m turnaround.", {PASS}),
        ("The unit's profit swung from a £2.5m loss to a £4.0m gain, a £9.5m turnaround.", {WARN}),
        # the improvement belongs to another clause
        ("The unit's profit swung from a £2.5m loss to a £4.0m gain, while cash flow saw a £9.5m improvement.", set()),
    ],
)
def test_swing_from_a_loss_to_a_profit(text: str, expected: set) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The league has seen 950 goals so far this season. Forty more are needed to equal the record of 990.", {PASS}),
        (
            "The league has seen 950 goals so far this season. Forty more are needed to equal the record of 1,090.",
            {WARN},
        ),
        # two tallies marked as running: which one is meant is not known
        (
            "The league has seen 950 goals so far this season, and 300 yellow cards so far. Forty more are needed "
            "to equal the record of 1,090.",
            {UNSURE},
        ),
    ],
)
def test_count_needed_to_reach_a_mark(text: str, expected: set) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The striker scored her 140th goal in May. Six further goals followed, taking her total to 146.", {PASS}),
        ("The striker scored her 140th goal in May. Six further goals followed, taking her total to 156.", {WARN}),
    ],
)
def test_total_brought_up_by_more(text: str, expected: set) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(
    ("net", "expected"),
    [("a net revision of -4,000", {PASS}), ("a net revision of -14,000", {WARN}), ("a net revision of 4,000", {PASS})],
)
def test_net_revision_of_two_months(net: str, expected: set) -> None:
    text = (
        f"The two previous months saw {net}. March's 120,000 gain was revised down to 110,000 while April's "
        "90,000 was finalized at 96,000."
    )
    assert outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Arlo, Brisk and Corin together hold 58% of the market. In the quarter their shares were 30%, 17% and "
            "11% respectively.",
            {PASS},
        ),
        (
            "Arlo, Brisk and Corin together hold 78% of the market. In the quarter their shares were 30%, 17% and "
            "11% respectively.",
            {WARN},
        ),
        # the members' shares of another year
        (
            "Arlo, Brisk and Corin together hold 78% of the market. Last year their shares were 30%, 17% and 11% "
            "respectively.",
            {UNSURE},
        ),
    ],
)
def test_group_share_and_its_members(text: str, expected: set) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the list as the subject of a verb of holding
        ("Arlo, Brisk and Corin account for 58% of the market. Arlo has 30%, Brisk 17% and Corin 11%.", {PASS}),
        ("Arlo, Brisk and Corin account for 68% of the market. Arlo has 30%, Brisk 17% and Corin 11%.", {WARN}),
        ("Arlo, Brisk and Corin have a combined 68% of all sales. Arlo has 30%, Brisk 17% and Corin 11%.", {WARN}),
        # "they" after the list, opening the main clause
        (
            "As Arlo, Brisk and Corin fight for buyers, they now control 68% of the market. Arlo is first on 30%, "
            "Brisk has 17% and Corin ranks third at 11%.",
            {WARN},
        ),
        # a member named in full once and shortly, or by its initials, the other time
        (
            "Arlo Cloud, Brisk Data Works and Corin make up 58% of the market. Arlo (30%) leads BDW (17%) and "
            "Corin (11%).",
            {PASS},
        ),
        # each member's share in its own sentence: the first figure after each name, so uncertain
        (
            "Arlo, Brisk and Corin hold 68% of the market. Arlo (30%) leads. Brisk (17%) follows. Corin (11%) is "
            "third.",
            {UNSURE},
        ),
        # a group's share as a fraction in words: loosely rounded, so never certain
        ("Arlo, Brisk and Corin make up two-thirds of the market. Arlo has 30%, Brisk 20% and Corin 17%.", {PASS}),
        ("Arlo, Brisk and Corin make up two-thirds of the market. Arlo has 30%, Brisk 25% and Corin 22%.", {UNSURE}),
        # "each": every member's figure, not the group's
        ("Arlo, Brisk and Corin each hold 20% of the market. Arlo has 30%, Brisk 17% and Corin 11%.", set()),
        # a figure that is no share of anything
        ("Arlo, Brisk and Corin hold 58%. Arlo has 30%, Brisk 17% and Corin 11%.", set()),
        # a member without a share of its own
        ("Arlo, Brisk and Corin account for 58% of the market. Arlo has 30% and Brisk 17%.", set()),
    ],
)
def test_group_share_said_by_a_verb(text: str, expected: set) -> None:
    assert outcome(text) == expected


def test_two_earlier_deficits_leave_the_prior_uncertain() -> None:
    text = (
        "Outlays exceeded receipts by $226 billion in the half, compared with a $390 billion shortfall a year "
        "earlier and a $150 billion deficit two years earlier. Receipts rose 10.0 percent to $1.100 trillion, while "
        "outlays climbed 2.0 percent to $1.326 trillion."
    )
    assert WARN not in outcome(text) and UNSURE in outcome(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # premium and economy make up a cabin's traffic
        (
            "Cabin traffic at Skelder rose 3.5% in June. Premium traffic rose 7.1% while economy traffic rose 2.8%.",
            {PASS},
        ),
        (
            "Cabin traffic at Skelder rose 1.5% in June. Premium traffic rose 7.1% while economy traffic rose 2.8%.",
            {WARN},
        ),
        # exports and imports make up total trade; the measure is not named like the parts', so never loud
        (
            "Trade in goods at Portvale rose 4.0% in May. Exports of goods rose 6.0% while imports of goods rose 3.0%.",
            {PASS},
        ),
        (
            "Trade in goods at Portvale rose 9.0% in May. Exports of goods rose 6.0% while imports of goods rose 3.0%.",
            {UNSURE},
        ),
        # the pair that frames one rate each, after the total named as "imports and exports"
        (
            "Portvale's imports and exports came to $9 billion in May, down 1.5%, of which exports were "
            "$5 billion, up 0.5%, and imports $4 billion, down 3.5%.",
            {PASS},
        ),
        # a surplus is the difference of the halves, no total of them
        (
            "Portvale's trade surplus widened 45% in May. Exports of goods rose 6.0% while imports of goods rose 3.0%.",
            set(),
        ),
        # halves in two neighbouring sentences, each opening on its half
        (
            "Passenger numbers at Dunmore Airport rose 3% in May. International passengers were up 2% on a year "
            "earlier. Domestic passengers rose 4% in May.",
            {PASS},
        ),
        (
            "Passenger numbers at Dunmore Airport rose 6% in May. International passengers were up 2% on a year "
            "earlier. Domestic passengers rose 4% in May.",
            {WARN},
        ),
        # another measure in the second sentence, or a second rate that could be meant: no pairing
        (
            "Passenger numbers at Dunmore Airport rose 6% in May. International passengers were up 2% on a year "
            "earlier. Domestic fares rose 4% in May.",
            set(),
        ),
        (
            "Passenger numbers at Dunmore Airport rose 6% in May. International passengers were up 2% on a year "
            "earlier, and 5% in April. Domestic passengers rose 4% in May.",
            set(),
        ),
        # a rate that leads its half ("a 5.0% rise in domestic demand"); a rate of something else is no half
        (
            "Passenger demand at Corvel Air rose 9.0% in June. That reflected a rise in international demand of "
            "11.0%, as well as a 5.0% rise in domestic demand.",
            {PASS},
        ),
        (
            "Passenger demand at Corvel Air rose 3.0% in June. That reflected a rise in international demand of "
            "11.0%, as well as a 5.0% rise in domestic demand.",
            {WARN},
        ),
        (
            "Passenger demand at Corvel Air rose 9.0% in June. That reflected a rise in international demand of "
            "11.0% and a 5.0% gain in its share, while domestic demand rose 6.0%.",
            set(),
        ),
    ],
)
def test_total_rate_between_halves_named_as_trade_cabins_or_in_two_sentences(text: str, expected: set) -> None:
    assert outcome(text) == expected


def test_a_fraction_in_words_is_read_against_shares_in_percent() -> None:
    text = "Arlo, Brisk and Corin make up two-thirds of the market. Arlo has 30%, Brisk 20% and Corin 17%."
    report = check_text(text, only=["part_whole"])
    messages = [" ".join(f.message.split()) for f in report.findings]
    assert len(messages) == 1 and messages[0].startswith("30% + 20% + 17% = 67%; the whole is two-thirds")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # imports and exports bound a freight total that has no third part
        (
            "Freight traffic through Dalby rose 4.0% in May, as import traffic rose 6.0% and export traffic rose 3.0%.",
            {PASS},
        ),
        (
            "Freight traffic through Dalby rose 9.0% in May, as import traffic rose 6.0% and export traffic rose 3.0%.",
            {WARN},
        ),
        # a port's box count also holds empties and transshipped boxes: the loaded halves need not bound it
        (
            "Box traffic at Marrowby climbed 14.8% in April, as import traffic gained 10.2% and export traffic "
            "eased 4.1%, while empty boxes sent back to Asia surged 38.0%.",
            {UNSURE},
        ),
        (
            "Container volume at Marrowby climbed 14.8% in April. Loaded import volume gained 10.2% and loaded "
            "export volume eased 4.1%. Empties shipped out rose 38.0%.",
            {UNSURE},
        ),
        (
            "Traffic at Marrowby climbed 14.8% in April in twenty-foot units, as import traffic gained 10.2% and "
            "export traffic eased 4.1%.",
            {UNSURE},
        ),
        # within the bounds it still passes
        (
            "Box traffic at Marrowby climbed 6.5% in April, as import traffic gained 10.2% and export traffic "
            "eased 4.1%.",
            {PASS},
        ),
    ],
)
def test_a_port_box_count_is_more_than_its_imports_and_exports(text: str, expected: set) -> None:
    assert outcome(text) == expected
