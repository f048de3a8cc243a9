"""Shares of one whole: the words that name wholes, places, players and the rest, and what a share is.

The vocabulary the share readers share (:mod:`.shares_reading`, :mod:`.shares_holders`, :mod:`.shares_lists`,
:mod:`.shares_groups`), and the records they pass on: a :class:`Share` with its :class:`Whole` and
:class:`Period`, a :class:`Group` of shares of one whole, the article's :class:`Reading`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from factcheck.claim import Claim
from factcheck.literals import gated
from factcheck.relation import Cue, Tie


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Heads of a whole that players split among them, by family. Anything else ("of GDP", "of adults",
# "of all workloads") is a ratio or a rate within a group, not a part of a whole that sums to 100%.
FAMILY = {
    **dict.fromkeys(
        word_set(
            "market markets marketshare sales shipments deliveries registrations traffic usage "
            "installations installs subscribers subscriptions sold units"
        ),
        "market",
    ),
    **dict.fromkeys(word_set("vote votes ballots ballot"), "vote"),
    # A segment or a category is a part of a market: its shares are of another, smaller whole.
    **dict.fromkeys(word_set("segment segments category niche"), "segment"),
    **dict.fromkeys(
        word_set(
            "revenue revenues turnover receipts income earnings profit profits spending expenditure expenditures "
            "budget outlays exports imports production output generation consumption supply portfolio assets "
            "loans deposits"
        ),
        "revenue",
    ),
}
GENERIC = word_set("total whole")
# Words that end the phrase naming a whole, read backwards from its head noun.
STOP = word_set(
    "a an the of to in for with by at on from as and or its their his her our this that these those claim "
    "claimed claiming take took taking took hold held holding won win grab grabbed capture captured increasing "
    "boosted boosting raising raised"
)
PLACE_WORDS = word_set(
    "worldwide global world domestic u.s. u.s us uk u.k. eu european american chinese indian japanese british "
    "german french korean"
)
# Words that do not narrow a whole: "the total revenues", "the period's overall revenue".
FILLER = word_set(
    "the a an all total overall entire whole its their his her our this that these those of combined actual "
    "current latest new recent reported estimated "
    "period's quarter's year's month's period’s quarter’s year’s month’s"
)
WORLD = re.compile(r"\b(?:global(?:ly)?|worldwide|world['’]s|the\s+world|international(?:ly)?)\b", re.I)
WORLD = gated(WORLD)  # tried on every figure's window, seldom matching there
HOME = re.compile(r"\b(?:domestic|nationwide|the\s+nation['’]s)\b", re.I)
HOME = gated(HOME)  # tried on every figure's window, seldom matching there
PLACE = re.compile(
    r"\b(?:[Ii]n|[Aa]cross|[Ww]ithin|[Tt]hroughout|[Oo]utside)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,3})(?!\s*['’]s)"
)
PLACE_ADJ = re.compile(
    r"\b(?P<place>U\.?S\.?|US|UK|U\.K\.|EU|American|European|Chinese|Indian|Japanese|British|German|French|Korean"
    r"|Canadian|Australian|Brazilian|Russian|Italian|Spanish|Mexican|African|Asian)\s+(?:[a-z]+\s+){0,2}market\b"
)
PLACE_ADJ = gated(PLACE_ADJ)  # tried on every figure's window, seldom matching there
NOT_PLACE = re.compile(
    r"^(?:Q[1-4]|H[12]|FY\w*|January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday|The|Total|Table|Figure|Chart|Fiscal|Calendar|Last|Next|This|That|Its)\b"
)
PLACE_SAME = {"united states": "us", "america": "us", "u.s": "us", "u.s.": "us", "american": "us",
               "u.k": "uk", "u.k.": "uk", "britain": "uk", "united kingdom": "uk", "british": "uk",
               "european union": "eu", "europe": "eu", "european": "eu", "china": "china", "chinese": "china",
               "india": "india", "indian": "india", "japan": "japan", "japanese": "japan"}  # fmt: skip

# Where a clause item begins: the words that separate one player's figure from the next.
CONNECTOR = re.compile(
    r",|;|:|\(|\)|—|–|\s-\s|\bwhile\b|\bwhereas\b|\band\b|\bbut\b|\bwith\b|\bfollowed\s+by\b|\bthen\b"
    r"|\bafter\b|\bahead\s+of\b|\bbehind\b|\bcompared\s+(?:with|to)\b|\bversus\b|\bvs\.?",
    re.I,
)
CONNECTOR = gated(CONNECTOR)  # tried on every figure's window, seldom matching there
LEADING_CONNECTOR = re.compile(
    r"^\s*(?:[,;:(—–]|\s-\s)?\s*(?:while|whereas|and|but|with|followed\s+by|then|after"
    r"|ahead\s+of|behind|compared\s+(?:with|to)|versus|vs\.?)?\s*",
    re.I,
)
NAME = re.compile(
    r"(?<![\w’'&.-])(?:[A-Z][\w&’'.-]*|[a-z]{1,2}[A-Z][\w.-]*)(?:\s+(?:&\s+)?(?:[A-Z][\w&’'.-]*|[a-z]{1,2}[A-Z][\w.-]*))*"
)
NOT_NAME = word_set(
    "the a an in on at as for from by with while but and or its their his her this that these those it he she "
    "they we i you our according also however meanwhile overall still thus so then there here if when after "
    "before since during last next first second third fourth fifth no number what which who one two three "
    "q1 q2 q3 q4 h1 h2 fy usd eur gbp inr rs us$ percent per cent january february march april may june july "
    "august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday "
    "tuesday wednesday thursday friday saturday sunday unofficial results data report reports table chart "
    "figure source sources note other others total respondents following including among despite although given "
    "yet now today additionally once again just only even nearly about around some back revenue revenues sales "
    "profit profits income earnings shipments exports imports output production spending prices price shares "
    "stock stocks inflation unemployment growth demand supply debt deficit turnover deliveries registrations "
    "percentages market markets where whose whom how why whether because though about into onto upon via per "
    "than like up down out off over under again further none volume volumes"
)
DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ese|ian|ean|an|ish)$")
VERB = re.compile(
    r"^(?:is|was|were|are|has|had|have|holds?|held|took|takes?|taking|accounts?|accounted|accounting|made|makes?"
    r"|making|represent(?:s|ed|ing)?|comprised?|captur(?:es|ed|ing)|claim(?:s|ed|ing)?|won|wins?|got|gets?"
    r"|garner(?:s|ed)|pulled|receiv(?:es|ed)|secur(?:es|ed)|came|comes?|fell|falls?|rose|rises?|grabb(?:ed|ing)"
    r"|grabs?|command(?:s|ed)?|reach(?:es|ed)|stood|stands?|saw|sees?|ranks?|ranked|leads?|led|controls?"
    r"|controlled|owns?|owned|enjoy(?:s|ed)?|boasts?|boasted|maintain(?:s|ed)?|kept|keeps?|remains?|remained"
    r"|shipped|sold|sells?|shipping|posted|reported|collected|drew|draws?|slipped|dropped|climbed|jumped|gained"
    r"|lost|increas(?:es|ed|ing)|decreas(?:es|ed|ing)|widened|narrowed|continued|continues?|manag(?:es|ed)"
    r"|occup(?:ies|ied)|follow(?:s|ed)|trail(?:s|ed)|lag(?:s|ged)?|will|would|could|can|may|might|should|must"
    r"|\w+ed)$",
    re.I,
)
PRONOUN = re.compile(
    r"^(?:it|they|this|that|these|those|which|who|he|she|we|the\s+(?:company|firm|group|giant|maker|vendor|brand"
    r"|business|carrier|airline|party|candidate|latter|former|rest)|its\s+\w+|their\s+\w+)$",
    re.I,
)
REST = re.compile(
    r"^\s*others?\s*$|\b(?:others|the\s+rest|rest\s+of\s+the|remaining\s+\w+|remainder|all\s+others?|other\s+(?:vendors|brands|players|companies"
    r"|makers|manufacturers|carriers|airlines|parties|candidates|providers|firms|systems|browsers)|outside\s+the\s+top"
    r"|smaller\s+(?:vendors|players|rivals|brands|companies))\b",
    re.I,
)
REST = gated(REST)  # tried on every figure's window, seldom matching there
COMBINED = re.compile(
    r"\b(?:together|combined|combine|combining|jointly|collectively|between\s+them|the\s+[\"“]?big\s+\w+|big\s+(?:two|three|four|five|six)|top\s+(?:three|five"
    r"|two|four|ten|\d+)|all\s+three|the\s+three|the\s+two|the\s+trio|the\s+pair)\b",
    re.I,
)
FORECAST = re.compile(
    r"\b(?:will|would|could|might|may|expect(?:s|ed)?\s+to|forecasts?|forecast(?:ed)?\s+to|projected|predicted|predicts?"
    r"|is\s+seen|are\s+seen|seen\s+at|targets?|aims?\s+to|goal|estimated\s+to|set\s+to|on\s+track\s+to|by\s+20\d\d)\b",
    re.I,
)
FORECAST = gated(FORECAST)  # tried on every figure's window, seldom matching there
GROWTH_AFTER = re.compile(
    r"^\s*(?:percent|per\s*cent|pct|%)?\s*(?:[\w-]+\s+){0,2}?(?:year[- ]over[- ]year|year[- ]on[- ]year|yoy|y/y"
    r"|growth|increase|rise|jump|gain|decline|drop|fall|decrease|higher|lower|up|down|more|less|fewer|plunge|surge"
    r"|slump|rally|annual(?:ly)?|a\s+year|per\s+year|stake|margin|rate|interest|discount|off|tariff|tax|yield|owned)\b",
    re.I,
)
GROWTH_AFTER = gated(GROWTH_AFTER)  # tried on every figure's window, seldom matching there
GROWTH_BEFORE = re.compile(
    r"(?<!made\s)(?<!make\s)(?<!makes\s)(?<!making\s)\b(?:up|down|rose|fell|grew|grow|growing|grown|growth\s+of|increase\s+of|rise\s+of|decline\s+of|drop\s+of"
    r"|gain\s+of|jumped|dropped|declined|slipped|gained|lost|surged|plunged|climbed|increased|decreased|by)"
    r"\s+(?:(?:about|around|nearly|almost|roughly|some|over|more\s+than|less\s+than|just|only|an?)\s+)*$",
    re.I,
)
GROWTH_BEFORE = gated(GROWTH_BEFORE)  # tried on every figure's window, seldom matching there
SHARE_WORD = r"(?:market[\s-]?|marketing\s+|vote\s+|voting\s+|revenue\s+|sales\s+|browser\s+|audience\s+)?shares?"
AFTER_SHARE = re.compile(
    # "a 4% overall market share": a word that says the share is of the whole market may stand between
    rf"^\s*(?:percent|per\s*cent|pct|%)?[\s-]*(?:(?P<overall>overall|total|entire)\s+)?(?P<share>{SHARE_WORD}s?)\b(?!\s*(?:price|prices|holders?|buyback|capital"
    rf"|count|outstanding|sale|offering))(?:\s+of\s+(?P<of>[^.;,()\d]{{1,60}}))?",
    re.I,
)
AFTER_SHARE = gated(AFTER_SHARE)  # tried on every figure's window, seldom matching there
AFTER_OF = re.compile(r"^\s*(?:percent|per\s*cent|pct|%)?\s*(?:share\s+)?of\s+(?P<of>[^.;,()\d]{1,60})", re.I)
BEFORE_SHARE = re.compile(
    rf"\b(?P<share>{SHARE_WORD})\b(?!\s*(?:price|prices|holders?|buyback|capital|count|outstanding|sale|offering))"
    rf"(?:\s+of\s+(?P<of>[^.;,()\d%]{{1,50}}?)(?=\s+(?:was|is|were|are|at|to|stood|stands|reached|hit|of|rose|fell"
    rf"|grew|climbed|dropped|slipped|jumped|sagged|sagging|,|$)))?",
    re.I,
)
BEFORE_SHARE = gated(BEFORE_SHARE)  # tried on every figure's window, seldom matching there
NOT_BETWEEN = re.compile(
    r";|\bbut\b|\bwhile\b|\bwhereas\b|\bthan\b|\bcompared\b|\bversus\b|\bagainst\b|\bhowever\b", re.I
)
CUT_WHOLE = re.compile(
    r"\s+(?:in|during|for|by|at|from|with|while|which|that|to|last|this|according|on|as|after|since|through|over"
    r"|and|or|but|compared|versus|than|among|where|when|is|was|were|are|has|had)\b.*$",
    re.I,
)
INTRO = re.compile(
    r"\b(?:shares?|break(?:s|down)?\s*(?:down|as\s+follows)?|breakdown|split|distribution|\bmix\b|as\s+follows"
    r"|top\s+(?:\w+\s+)?(?:\d+|three|four|five|six|seven|eight|nine|ten)|ranking|rankings)\b"
    r"|\bby\s+[a-z]+(?:\s+[a-z]+)?\s*:?\s*$",
    re.I,
)
RANKING = re.compile(
    r"\btop\s+(?:\w+\s+)?(?:\d+|three|four|five|six|seven|eight|nine|ten)\b|\branking|\branked\b|\bleading\b"
    r"|\blargest\b|\bbiggest\b|\bmost\s+popular\b|\bbest[\s-]selling\b",
    re.I,
)
ANSWER = re.compile(
    r"\b(?:(?P<neg>disapprov\w*|oppos\w*|against|unfavou?rabl\w*|disagree\w*|dissatisf\w*|pessimis\w*|no\b)"
    r"|(?P<pos>approv\w*|support\w*|favou?r\w*|agree\w*|satisf\w*|optimis\w*|yes\b)"
    r"|(?P<none>undecided|unsure|(?:don['’]t|do\s+not)\s+know|no\s+opinion|not\s+sure))",
    re.I,
)

# Words that name a race: vote shares of two races are two wholes.
RACE = re.compile(
    r"\b(?:race|seat|district|ward|precinct|county|primary|runoff|contest|constituency|post|office|position|mayor\w*"
    r"|council|senate|house|assembly|governor\w*|presidency|presidential|state|poll|round|referendum|measure"
    r"|proposition)\b",
    re.I,
)


@dataclass(frozen=True)
class Whole:
    """What a share is a share of: a family ("market", "vote", "revenue") and the words that narrow it."""

    family: str
    words: frozenset[str] = frozenset()
    text: str = ""
    overall: bool = False  # "of the overall market", "of all car sales": the whole, said against its parts
    owner: str = ""  # "of the oil giant's output" -> "giant": one player's own whole, not a market's

    def fits(self, other: Whole) -> bool:
        if self.family and other.family and self.family != other.family:
            return False
        if self.owner and other.owner and self.owner != other.owner:
            return False  # "40% of Koru's sales" and "35% of Vela's sales": two companies' own breakdowns
        if (self.owner and other.overall) or (other.owner and self.overall):
            return False  # "5% of the total world supply" and "75% of the producer's output"
        if (self.overall and self.words < other.words) or (other.overall and other.words < self.words):
            return False  # "55% of the EV market and 4% of the overall market"
        return self.words <= other.words or other.words <= self.words


@dataclass
class Share:
    claim: Claim
    whole: Whole
    holder: str | None  # as printed: "Microsoft", "physical sales"
    named: bool  # the holder is a player the text names with a capital (a company, a brand, a country)
    scope: str | None  # a region: "us", "world", "assam"
    period: Period | None
    forecast: bool
    cue: Cue | None  # the words that mark it as a share; None for a bare figure listed beside one
    rest: bool = False  # "others", "the rest": the remainder of the whole
    item_start: int = 0  # where the clause item that states it begins
    sentence: int = 0
    count: int = 1  # "Xenon and Lumo each hold 9%", "players with 1% include A, B and C": one figure, several players


@dataclass
class Group:
    """Shares that are parts of one whole, with what ties them."""

    shares: list[Share]
    tie: Tie
    doubts: list[str] = field(default_factory=list)
    ambiguous: list[str] = field(default_factory=list)
    exhaustive: bool = False
    how: str = ""  # in plain words: "one sentence lists them", "one list under ..."
    ranked: bool = False  # a list its intro calls a ranking: "the top five browsers:"
    loose: str = ""  # members whose holder the text does not name, in plain words


@dataclass
class Reading:
    """Every share of the article and every group of shares of one whole."""

    shares: list[Share]
    groups: list[Group]

    def group_of(self, claim_id: str) -> Group | None:
        """The widest group that holds ``claim_id``: what neighbouring sentences add to its own sentence."""
        holding = self._groups_by_claim.get(claim_id, [])
        return max(holding, key=lambda g: (len(g.shares), g.tie == Tie.INFERRED), default=None)

    def share(self, claim_id: str) -> Share | None:
        return self._share_by_claim.get(claim_id)

    # Indexes made once (a reading is complete when made): a look-up per claim stays linear in the article.
    @cached_property
    def _groups_by_claim(self) -> dict[str, list[Group]]:
        index: dict[str, list[Group]] = {}
        for group in self.groups:
            for claim_id in dict.fromkeys(s.claim.id for s in group.shares):
                index.setdefault(claim_id, []).append(group)
        return index

    @cached_property
    def _share_by_claim(self) -> dict[str, Share]:
        index: dict[str, Share] = {}
        for share in self.shares:
            index.setdefault(share.claim.id, share)
        return index


@dataclass(frozen=True)
class Period:
    """When a share holds: a dated year (and quarter), or the words of an undated one ("last year", "the quarter")."""

    year: int | None = None
    quarter: int | None = None
    words: frozenset[str] = frozenset()

    def fits(self, other: Period) -> bool:
        if self.year is not None and other.year is not None:
            return (self.year, self.quarter) == (other.year, other.quarter)
        if self.year is None and other.year is None:
            # "the quarter" and "the third quarter" may be one; "last year" and "this year" are not
            return self.words <= other.words or other.words <= self.words
        return True
