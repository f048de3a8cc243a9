"""Shares of one whole: which percentages split one market, one vote, one total.

A share is a percentage (or a word fraction) that the words mark as a part of
a whole: "a 30 percent share", "12.5% of the market", "34% of the total
revenues", "57.6% of the ballots counted", "market share of 22.3%", "is second
with 18%"; or a bare percentage listed beside such a share in one sentence
("..., followed by Microsoft at 21%"). Changes, growth rates ("19% year over
year growth"), starts ("up from 62%"), figures dated a year earlier, windows
("over the past two years"), thresholds ("50 per cent and above"), conditions
("if no candidate receives more than 50%"), combined shares ("together make up
63%", "each hold 30%") and ratios to something players do not split ("4.5% of
GDP", "39% of adults", "40% of its sales" is the player's own breakdown) are not
shares of a market.

Each share gets its holder (the player, read from its own clause item:
"Microsoft at 21%", "HP's 22%", "Dell (14.7 percent)", "the market share of Jio
was", "she got" for the player just named), its whole (a family, market / vote
/ revenue / segment, and the words that narrow it: "smartphone", "EV"; "the
overall market" is wider than "the EV market"), its region ("In the U.S. ...",
"worldwide", "in Clarke County"), its period (a dated year and quarter, or the
words of an undated one: "last year" is not "this year") and its mood (a
forecast is another whole than a result).

How the evidence is decided:

* STRUCTURE, certain: the shares of one sentence, or of one line list under an
  intro ("traffic by operating system:" then "iOS — 57 percent" lines, or "•
  Chrome 61.1% (4.78% decrease)" bullets), that agree on whole, region, period
  and mood and have different holders; a holder the text does not give leaves
  it uncertain. A list that names "others"/"the rest" is exhaustive (it must
  reach 100%). Vote shares of one sentence that name different races ("won the
  mayoral race ..., won the council seat ...") are not one whole. The answers
  to one poll question are a structure too: "38 percent approval, 56 percent
  disapproval", "approval/disapproval was 37/59", "Trump leads Clinton 47% to
  36%".
* INFERRED: shares of neighbouring sentences of one section (no heading
  between, at most three sentences apart) that agree as above, where no player
  comes back with another figure (a player named twice means another whole or
  another time) and no figure is restated under another name. Certain only for
  market shares held by players the text names with a capital (companies,
  brands, countries): a breakdown into categories ("diesel car sales",
  "streaming"), shares of revenue, or vote shares can be cut along other lines
  or belong to other races from one sentence to the next, so those stay
  uncertain; so does a sentence that could join two different wholes. When
  some members of such a chain are in doubt, its named players also form a
  group of their own (any subset of one whole must fit in 100% too).

Counts stated with their shares ("470 votes for 57.6%") imply one whole each;
that is :mod:`.part_shares`' implied whole, not repeated here.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from factcheck.claim import Claim, TimeKind, TimeRef
from factcheck.context import ArticleContext
from factcheck.figures import norm_noun, same_family, show
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Cue, Evidence, Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue
from factcheck.relations.prose import is_prior_by_date, starts_from


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Heads of a whole that players split among them, by family. Anything else ("of GDP", "of adults",
# "of all workloads") is a ratio or a rate within a group, not a part of a whole that sums to 100%.
_FAMILY = {
    **dict.fromkeys(
        _words(
            "market markets marketshare sales shipments deliveries registrations traffic usage "
            "installations installs subscribers subscriptions sold units"
        ),
        "market",
    ),
    **dict.fromkeys(_words("vote votes ballots ballot"), "vote"),
    # A segment or a category is a part of a market: its shares are of another, smaller whole.
    **dict.fromkeys(_words("segment segments category niche"), "segment"),
    **dict.fromkeys(
        _words(
            "revenue revenues turnover receipts income earnings profit profits spending expenditure expenditures "
            "budget outlays exports imports production output generation consumption supply portfolio assets "
            "loans deposits"
        ),
        "revenue",
    ),
}
_GENERIC = _words("total whole")
# Words that end the phrase naming a whole, read backwards from its head noun.
_STOP = _words(
    "a an the of to in for with by at on from as and or its their his her our this that these those claim "
    "claimed claiming take took taking took hold held holding won win grab grabbed capture captured increasing "
    "boosted boosting raising raised"
)
_PLACE_WORDS = _words(
    "worldwide global world domestic u.s. u.s us uk u.k. eu european american chinese indian japanese british "
    "german french korean"
)
# Words that do not narrow a whole: "the total revenues", "the period's overall revenue".
_FILLER = _words(
    "the a an all total overall entire whole its their his her our this that these those of combined actual "
    "current latest new recent reported estimated "
    "period's quarter's year's month's period’s quarter’s year’s month’s"
)
_WORLD = re.compile(r"\b(?:global(?:ly)?|worldwide|world['’]s|the\s+world|international(?:ly)?)\b", re.I)
_HOME = re.compile(r"\b(?:domestic|nationwide|the\s+nation['’]s)\b", re.I)
_PLACE = re.compile(
    r"\b(?:[Ii]n|[Aa]cross|[Ww]ithin|[Tt]hroughout|[Oo]utside)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,3})(?!\s*['’]s)"
)
_PLACE_ADJ = re.compile(
    r"\b(?P<place>U\.?S\.?|US|UK|U\.K\.|EU|American|European|Chinese|Indian|Japanese|British|German|French|Korean"
    r"|Canadian|Australian|Brazilian|Russian|Italian|Spanish|Mexican|African|Asian)\s+(?:[a-z]+\s+){0,2}market\b"
)
_NOT_PLACE = re.compile(
    r"^(?:Q[1-4]|H[12]|FY\w*|January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday|The|Total|Table|Figure|Chart|Fiscal|Calendar|Last|Next|This|That|Its)\b"
)
_PLACE_SAME = {"united states": "us", "america": "us", "u.s": "us", "u.s.": "us", "american": "us",
               "u.k": "uk", "u.k.": "uk", "britain": "uk", "united kingdom": "uk", "british": "uk",
               "european union": "eu", "europe": "eu", "european": "eu", "china": "china", "chinese": "china",
               "india": "india", "indian": "india", "japan": "japan", "japanese": "japan"}  # fmt: skip

# Where a clause item begins: the words that separate one player's figure from the next.
_CONNECTOR = re.compile(
    r",|;|:|\(|\)|—|–|\s-\s|\bwhile\b|\bwhereas\b|\band\b|\bbut\b|\bwith\b|\bfollowed\s+by\b|\bthen\b"
    r"|\bafter\b|\bahead\s+of\b|\bbehind\b|\bcompared\s+(?:with|to)\b|\bversus\b|\bvs\.?",
    re.I,
)
_LEADING_CONNECTOR = re.compile(
    r"^\s*(?:[,;:(—–]|\s-\s)?\s*(?:while|whereas|and|but|with|followed\s+by|then|after"
    r"|ahead\s+of|behind|compared\s+(?:with|to)|versus|vs\.?)?\s*",
    re.I,
)
_NAME = re.compile(
    r"(?<![\w’'&.-])(?:[A-Z][\w&’'.-]*|[a-z]{1,2}[A-Z][\w.-]*)(?:\s+(?:&\s+)?(?:[A-Z][\w&’'.-]*|[a-z]{1,2}[A-Z][\w.-]*))*"
)
_NOT_NAME = _words(
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
    "than like up down out off over under again further none"
)
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ese|ian|ean|an|ish)$")
_VERB = re.compile(
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
_PRONOUN = re.compile(
    r"^(?:it|they|this|that|these|those|which|who|he|she|we|the\s+(?:company|firm|group|giant|maker|vendor|brand"
    r"|business|carrier|airline|party|candidate|latter|former|rest)|its\s+\w+|their\s+\w+)$",
    re.I,
)
_REST = re.compile(
    r"^\s*others?\s*$|\b(?:others|the\s+rest|rest\s+of\s+the|remaining\s+\w+|remainder|all\s+others?|other\s+(?:vendors|brands|players|companies"
    r"|makers|manufacturers|carriers|airlines|parties|candidates|providers|firms|systems|browsers)|outside\s+the\s+top"
    r"|smaller\s+(?:vendors|players|rivals|brands|companies))\b",
    re.I,
)
_COMBINED = re.compile(
    r"\b(?:together|combined|combine|combining|jointly|collectively|between\s+them|the\s+big\s+\w+|top\s+(?:three|five"
    r"|two|four|ten|\d+)|all\s+three|the\s+three|the\s+two|the\s+trio|the\s+pair)\b",
    re.I,
)
_FORECAST = re.compile(
    r"\b(?:will|would|could|might|may|expect(?:s|ed)?\s+to|forecasts?|forecast(?:ed)?\s+to|projected|predicted|predicts?"
    r"|is\s+seen|are\s+seen|seen\s+at|targets?|aims?\s+to|goal|estimated\s+to|set\s+to|on\s+track\s+to|by\s+20\d\d)\b",
    re.I,
)
_GROWTH_AFTER = re.compile(
    r"^\s*(?:percent|per\s*cent|pct|%)?\s*(?:[\w-]+\s+){0,2}?(?:year[- ]over[- ]year|year[- ]on[- ]year|yoy|y/y"
    r"|growth|increase|rise|jump|gain|decline|drop|fall|decrease|higher|lower|up|down|more|less|fewer|plunge|surge"
    r"|slump|rally|annual(?:ly)?|a\s+year|per\s+year|stake|margin|rate|interest|discount|off|tariff|tax|yield|owned)\b",
    re.I,
)
_GROWTH_BEFORE = re.compile(
    r"(?<!made\s)(?<!make\s)(?<!makes\s)(?<!making\s)\b(?:up|down|rose|fell|grew|grow|growing|grown|growth\s+of|increase\s+of|rise\s+of|decline\s+of|drop\s+of"
    r"|gain\s+of|jumped|dropped|declined|slipped|gained|lost|surged|plunged|climbed|increased|decreased|by)"
    r"\s+(?:(?:about|around|nearly|almost|roughly|some|over|more\s+than|less\s+than|just|only|an?)\s+)*$",
    re.I,
)
_SHARE_WORD = r"(?:market[\s-]?|marketing\s+|vote\s+|voting\s+|revenue\s+|sales\s+|browser\s+|audience\s+)?shares?"
_AFTER_SHARE = re.compile(
    rf"^\s*(?:percent|per\s*cent|pct|%)?[\s-]*(?P<share>{_SHARE_WORD}s?)\b(?!\s*(?:price|prices|holders?|buyback|capital"
    rf"|count|outstanding|sale|offering))(?:\s+of\s+(?P<of>[^.;,()\d]{{1,60}}))?",
    re.I,
)
_AFTER_OF = re.compile(r"^\s*(?:percent|per\s*cent|pct|%)?\s*(?:share\s+)?of\s+(?P<of>[^.;,()\d]{1,60})", re.I)
_BEFORE_SHARE = re.compile(
    rf"\b(?P<share>{_SHARE_WORD})\b(?!\s*(?:price|prices|holders?|buyback|capital|count|outstanding|sale|offering))"
    rf"(?:\s+of\s+(?P<of>[^.;,()\d%]{{1,50}}?)(?=\s+(?:was|is|were|are|at|to|stood|stands|reached|hit|of|rose|fell"
    rf"|grew|climbed|dropped|slipped|jumped|sagged|sagging|,|$)))?",
    re.I,
)
_NOT_BETWEEN = re.compile(
    r";|\bbut\b|\bwhile\b|\bwhereas\b|\bthan\b|\bcompared\b|\bversus\b|\bagainst\b|\bhowever\b", re.I
)
_CUT_WHOLE = re.compile(
    r"\s+(?:in|during|for|by|at|from|with|while|which|that|to|last|this|according|on|as|after|since|through|over"
    r"|and|or|but|compared|versus|than|among|where|when|is|was|were|are|has|had)\b.*$",
    re.I,
)
_INTRO = re.compile(
    r"\b(?:shares?|break(?:s|down)?\s*(?:down|as\s+follows)?|breakdown|split|distribution|\bmix\b|as\s+follows"
    r"|top\s+(?:\w+\s+)?(?:\d+|three|four|five|six|seven|eight|nine|ten)|ranking|rankings)\b"
    r"|\bby\s+[a-z]+(?:\s+[a-z]+)?\s*:?\s*$",
    re.I,
)
_RANKING = re.compile(
    r"\btop\s+(?:\w+\s+)?(?:\d+|three|four|five|six|seven|eight|nine|ten)\b|\branking|\branked\b|\bleading\b"
    r"|\blargest\b|\bbiggest\b|\bmost\s+popular\b|\bbest[\s-]selling\b",
    re.I,
)
_ANSWER = re.compile(
    r"\b(?:(?P<neg>disapprov\w*|oppos\w*|against|unfavou?rabl\w*|disagree\w*|dissatisf\w*|pessimis\w*|no\b)"
    r"|(?P<pos>approv\w*|support\w*|favou?r\w*|agree\w*|satisf\w*|optimis\w*|yes\b)"
    r"|(?P<none>undecided|unsure|(?:don['’]t|do\s+not)\s+know|no\s+opinion|not\s+sure))",
    re.I,
)


@dataclass(frozen=True)
class Whole:
    """What a share is a share of: a family ("market", "vote", "revenue") and the words that narrow it."""

    family: str
    words: frozenset[str] = frozenset()
    text: str = ""
    overall: bool = False  # "of the overall market", "of all car sales": the whole, said against its parts

    def fits(self, other: Whole) -> bool:
        if self.family and other.family and self.family != other.family:
            return False
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
        holding = [g for g in self.groups if any(s.claim.id == claim_id for s in g.shares)]
        return max(holding, key=lambda g: (len(g.shares), g.tie == Tie.INFERRED), default=None)

    def share(self, claim_id: str) -> Share | None:
        return next((s for s in self.shares if s.claim.id == claim_id), None)


# holders ---------------------------------------------------------------------------


def holder_key(holder: str | None) -> str | None:
    if not holder:
        return None
    key = norm_noun(re.sub(r"\s*['’]s?$", "", holder))
    key = re.sub(r"[^\w&\s-]", "", key).strip()
    return key or None


def same_holder(a: str | None, b: str | None) -> bool:
    """ "Amazon" and "Amazon Web Services", "AWS" and "Amazon Web Services": one player."""
    ka, kb = holder_key(a), holder_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    wa, wb = ka.split(), kb.split()
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if long[: len(short)] == short:
        return True
    for x, y in ((ka, wb), (kb, wa)):
        if " " not in x and len(x) >= 2 and len(y) >= 2 and x == "".join(w[0] for w in y):
            return True
    return False


def names_in(piece: str, opens: bool = False) -> list[tuple[str, str, int]]:
    """Capitalised name runs of ``piece``: (name, the word after it, start), without sentence-opener words.

    ``opens``: the piece starts its sentence, where every first word has a capital.
    """
    found = []
    for match in _NAME.finditer(piece):
        words = match.group(0).split()
        while words and (words[0].lower().strip("’'.") in _NOT_NAME or words[0].isdigit()):
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        following = piece[match.end() :].lstrip()
        after = re.match(r"[\w’'-]+", following)
        next_word = after.group(0) if after else following[:1]
        plain = next_word not in ("at", "with", "on", "in", "s", "which", "who", "that", "whose")
        if next_word[:1].islower() and not _VERB.match(next_word) and plain:
            if _DEMONYM.match(words[-1]) and len(words) == 1:
                continue  # "the Chinese giant Huawei": an adjective, not the player
            if len(words) == 1 and words[0].isupper() and len(words[0]) <= 4:
                continue  # "the global PC race": an acronym used as an adjective
            opener = opens and len(words) == 1 and not piece[: match.start()].strip() and words[0][1:].islower()
            if opener and (next_word.endswith("s") or next_word.lower() in ("market", "share", "revenue", "vote")):
                continue  # "Download sales accounted for": a capital only because the sentence starts there
        prefix = _LEADING_CONNECTOR.sub("", piece[: match.start()])
        if re.search(r"\b(?:in|at|from|across|within|of|on|for|into|over|than|like|against|outside)\s+(?:the\s+)?$",
                     prefix, re.I):  # fmt: skip
            continue  # "defy the trend in the U.S.": a place or a thing the clause mentions, not its subject
        found.append((re.sub(r"\s*['’]s?$", "", name), next_word, match.start()))
    return found


def _possessive(piece: str) -> str | None:
    found = None
    for match in re.finditer(r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s?['’]s\b", piece):
        if match.group(1).split()[0].lower() not in _NOT_NAME:
            found = match.group(1)
    return found


def _subject_phrase(piece: str, opens: bool) -> str | None:
    """The words before the first verb of a clause piece: "while physical sales were at" -> "physical sales"."""
    words = re.findall(r"[\w’'-]+", piece)
    clause = piece.lstrip().startswith(",")
    if words and words[0].lower() in ("while", "whereas", "and", "but", "whilst"):
        words = words[1:]
    elif not (opens or clause):
        return None  # only a clause of its own has a subject of its own
    if not words or words[0].lower() in _NOT_NAME - {"the"}:
        return None
    for i, word in enumerate(words):
        if _VERB.match(word) and i > 0:
            if i > 1 and re.search(r"(?:ing|ed)$", words[0]):
                return None  # ", seeing shipments rise": no subject, the clause hangs on the sentence's
            phrase = " ".join(words[:i])
            if any(ch.isdigit() for ch in phrase) or len(words[:i]) > 5 or _PRONOUN.match(phrase):
                return None
            if all(w.lower() in _NOT_NAME for w in words[:i]):
                return None
            return phrase
    return None


def read_holder(piece_text: str, opens: bool = False, nearest: bool = True) -> tuple[str | None, bool]:
    """The player a clause piece names, and whether it is a capitalised name.

    ``nearest``: the piece stands right before the figure, where a bare noun can name a list item.
    """
    owner = _possessive(piece_text)
    if owner:
        return owner, True
    names = names_in(piece_text, opens)
    if names:
        for name, next_word, _ in names:
            if _VERB.match(next_word) or next_word in ("at", "with", "on", "(", ",", ")", "—", "-", ""):
                return name, True
        return names[-1][0], True
    phrase = _subject_phrase(piece_text, opens)
    if phrase:
        return phrase, False
    if not nearest:
        return None, False
    # "..., downloads 34% and discs 29%": a list item that is a bare noun before its figure
    words = re.findall(r"[\w’'-]+", _LEADING_CONNECTOR.sub("", piece_text))
    if 1 <= len(words) <= 3 and not any(w.lower() in _STOP or w.lower() in _NOT_NAME for w in words):
        verbal = any(_VERB.match(w) or re.search(r"(?:ing|ed)$", w) for w in words)
        if not verbal and all(w.isalpha() or "-" in w for w in words):
            return " ".join(words), False
    return None, False


def _pieces(text: str, offset: int) -> list[tuple[int, str]]:
    """``text`` cut at its connectors, last piece first: (start, piece)."""
    cuts = [0] + [m.start() for m in _CONNECTOR.finditer(text) if m.start() > 0]
    pieces = []
    for i, start in enumerate(cuts):
        end = len(text) if i + 1 == len(cuts) else cuts[i + 1]
        pieces.append((offset + start, text[start:end]))
    return list(reversed(pieces))


# reading one share -----------------------------------------------------------------


def _whole_from(phrase: str) -> Whole | None:
    """ "the worldwide smartphone market" -> market {smartphone}; "the ballots counted" -> vote; "GDP" -> None."""
    phrase = _CUT_WHOLE.sub("", phrase.strip())
    phrase = re.split(r"[,;:]", phrase)[-1]
    cased = re.findall(r"[\w’'.-]+", phrase)
    words = [w.lower() for w in cased]
    heads = [i for i, w in enumerate(words) if w in _FAMILY or w in _GENERIC]
    if not heads:
        return None
    head = heads[-1]
    family = _FAMILY.get(words[head], "")
    if family == "market" and words and words[0] in ("its", "their", "his", "her", "our"):
        family = "revenue"  # "40% of its sales": a player's own sales broken down, not a market it shares
    overall = any(w in ("overall", "entire", "whole", "broader", "wider", "total", "all") for w in words[:head])
    narrow: list[str] = []
    for word, printed in zip(reversed(words[:head]), reversed(cased[:head]), strict=True):
        if word in _STOP or re.fullmatch(r"[\d.,]+", word):
            break
        if word in _FILLER or _WORLD.fullmatch(word) or word in _PLACE_WORDS:
            continue
        if re.search(r"['’]s?$", word) or (printed[:1].isupper() and not (printed.isupper() and len(printed) <= 4)):
            break  # "Apple's smartphone market": the owner, not the market (but "the EV market" is a market)
        narrow.append(word)
    return Whole(family, frozenset(narrow), " ".join(words[: head + 1]), overall)


def _sentence_whole(ctx: ArticleContext, claim: Claim) -> Whole | None:
    """ "In the tablet market, ...": a market the sentence names for shares that name none."""
    text = ctx.text[claim.sentence_span[0] : claim.sentence_span[1]]
    match = re.search(r"\b(?:in|of|for)\s+the\s+((?:[\w-]+\s+){0,3})market\b", text, re.I)
    if match is None:
        return None
    return _whole_from(match.group(1) + "market")


@dataclass(frozen=True)
class Marked:
    """What marks a figure as a share: the cue words, the whole they name, and an owner they name."""

    cue: Cue
    whole: Whole
    owner: str | None = None  # "a wind and solar share of 18%": the share is wind and solar's, wherever it is
    holder: str | None = None  # "the market share of Jio was 55.9 per cent": the player the cue names


def _family_of(share_word: str) -> str:
    if re.match(r"vot", share_word, re.I):
        return "vote"
    return "revenue" if re.match(r"rev", share_word, re.I) else "market"


def _owner(before: str) -> str | None:
    """The category right before a bare "share": "a wind and solar share", "fleet's share"; not "its share"."""
    words = re.findall(r"[\w’'-]+", before)[-4:]
    kept: list[str] = []
    for i, word in reversed(list(enumerate(words))):
        bare = re.sub(r"['’]s?$", "", word)
        if re.search(r"(?:est|ed)$", bare.lower()) or bare.lower() in ("own", "respective", "current", "combined"):
            break  # "its largest share": a superlative, not a category
        joins = bare.lower() in ("and", "&") and kept and i > 0 and words[i - 1].lower() not in _STOP
        if not joins and (
            bare.lower() in _STOP or bare.lower() in _FILLER or bare.lower() in _NOT_NAME or bare[:1].isupper()
        ):
            break
        kept.insert(0, bare)
    return " ".join(kept) or None


def _share_cue(ctx: ArticleContext, claim: Claim) -> Marked | None:
    """The words that mark ``claim`` as a share, and the whole they name."""
    after = ctx.text[claim.span[1] : min(claim.sentence_span[1], claim.span[1] + 90)]
    match = _AFTER_SHARE.match(after)
    if match is not None:
        whole = _whole_from(match.group("of")) if match.group("of") else None
        if match.group("of") and whole is None:
            return None  # "a 10% share of the company": a stake, not a split of a whole
        whole = whole or Whole(_family_of(match.group("share")))
        span = (claim.span[1], claim.span[1] + match.end())
        return Marked(cue(ctx, span, "a share"), whole)
    match = _AFTER_OF.match(after)
    if match is not None:
        whole = _whole_from(match.group("of"))
        if whole is None:
            return None
        span = (claim.span[1], claim.span[1] + match.end())
        return Marked(cue(ctx, span, "a share of " + (whole.text or "the total")), whole)
    start = max(claim.sentence_span[0], claim.span[0] - 90)
    for earlier in ctx.claims_in(start, claim.span[0]):
        if earlier.id != claim.id and earlier.span[1] <= claim.span[0] and earlier.change is None:
            if starts_from(ctx, earlier) or earlier.quantity.kind == QuantityKind.PERCENTAGE_POINT:
                continue  # "its share jumped from 6.9 percent to 9 percent": the start is not another level
            start = max(start, earlier.span[1])  # a share word before another level is that one's
    before = ctx.text[start : claim.span[0]]
    match = None
    for found in _BEFORE_SHARE.finditer(before):
        match = found
    if match is None or _NOT_BETWEEN.search(before[match.end() :]):
        return None
    share_word = match.group("share")
    whole = _whole_from(match.group("of")) if match.group("of") else None
    if whole is None and match.group("of") and not re.search(r"[A-Z]", match.group("of")):
        # "its share of smartphones": a market narrowed to what it names
        words = frozenset(w for w in re.findall(r"[\w’'-]+", match.group("of").lower()) if w not in _FILLER | _STOP)
        whole = Whole(_family_of(share_word), words, match.group("of"))
    if whole is None and re.search(r"market", share_word, re.I):
        lead = before[: match.start("share")]
        if start == claim.sentence_span[0]:
            lead = lead[:1].lower() + lead[1:]  # "Broadband market share of Jio": capitalised only to open the sentence
        whole = _whole_from(lead + " market")
    if whole is None or not whole.family:
        whole = Whole(_family_of(share_word), whole.words if whole else frozenset(), whole.text if whole else "")
    owner = _owner(before[: match.start("share")]) if share_word.lower() == "share" else None
    of_name = re.match(r"(?:the\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s*$", match.group("of") or "")
    if of_name and of_name.group(1).split()[0].lower() not in _NOT_NAME:
        # "the market share of Jio was 55.9 per cent": the player is named after "share of"
        return Marked(cue(ctx, (start + match.start("share"), start + match.end("share")), "a share"), whole,
                      holder=of_name.group(1))  # fmt: skip
    return Marked(cue(ctx, (start + match.start("share"), start + match.end("share")), "a share"), whole, owner)


_RIVAL_LEAD = re.compile(
    r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['’]s?\s"
)


_CONDITION = re.compile(
    r"\b(?:if|unless|whether)\b|\bno\s+(?:\w+\s+){1,2}(?:received|got|won|obtained|had|has|reached|took|gets)\s+"
    r"(?:more|less|fewer)\s+than\s*$",
    re.I,
)


def _is_excluded(ctx: ArticleContext, claim: Claim) -> bool:
    """A change, a growth rate, a start or an earlier figure: not a share of the whole now."""
    if claim.change is not None or claim.quantity.kind not in (QuantityKind.PERCENT, QuantityKind.FRACTION):
        return True
    if claim.quantity.is_range:
        return True
    after = ctx.text[claim.span[1] : min(claim.sentence_span[1], claim.span[1] + 50)]
    before = ctx.text[max(claim.sentence_span[0], claim.span[0] - 40) : claim.span[0]]
    if _GROWTH_AFTER.match(after) and not _AFTER_SHARE.match(after):
        return True
    if _GROWTH_BEFORE.search(before):
        return True
    if _CONDITION.search(ctx.text[claim.sentence_span[0] : claim.span[0]]):
        return True  # "if no candidate receives more than 50% of the vote": a condition, not a result
    if re.match(
        r"^\s*(?:percent|per\s*cent|pct|%)?\s*(?:of\s+[\w\s]{1,30}?\s+)?(?:and|or)\s+(?:above|more|over|higher|below"
        r"|less|lower|under)\b",
        after,
        re.I,
    ):
        return True  # "a vote share of 50 per cent and above": a threshold, not a share anyone holds
    own = _own_period(ctx, claim)
    if own is not None and own.kind in (TimeKind.WINDOW, TimeKind.SINCE):
        return True
    start = starts_from(ctx, claim)
    if start is not None and not _RIVAL_LEAD.search(start.group(0)):
        return True  # "up from 62%": an earlier figure; "compared to Romney's 47.2%" is a rival's
    # "rose ... to 31.4 percent in the quarter compared to a year ago": the date is the change's basis, not this level's
    return is_prior_by_date(ctx, claim) and not re.search(r"\bto\s+(?:about\s+|around\s+|nearly\s+)?$", before, re.I)


def _scope(ctx: ArticleContext, text: str) -> str | None:
    found: str | None = None
    for match in _PLACE.finditer(text):
        place = match.group("place")
        if _NOT_PLACE.match(place):
            continue
        found = place
    for match in _PLACE_ADJ.finditer(text):
        found = match.group("place")
    if found is None and _WORLD.search(text):
        return "world"
    if found is None and _HOME.search(text):
        return "home"
    if found is None:
        return None
    key = found.lower().rstrip(".").strip()
    return _PLACE_SAME.get(key, key)


def _own_period(ctx: ArticleContext, claim: Claim) -> TimeRef | None:
    """The claim's period, unless another figure stands between them ("32% share - a 1% rise over the quarter")."""
    ref = claim.period
    if ref is None:
        return None
    lo, hi = sorted([claim.span, ref.span])
    between = [c for c in ctx.claims_in(lo[1], hi[0]) if c.id != claim.id and c.span[1] <= hi[0]]
    words = ctx.text[lo[1] : hi[0]]
    if between or re.search(r"[,;]\s+[A-Z]|\bwhile\b|\bbut\b|\bwhereas\b", words):
        return None  # the date belongs to another figure or another clause
    return ref


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


_PERIOD_FILLER = _words("in the during for of a an at on over by as through to")


def _period(ctx: ArticleContext, claim: Claim) -> Period | None:
    ref = _own_period(ctx, claim)
    if ref is None or ref.kind in (TimeKind.BASELINE, TimeKind.WINDOW):
        return None
    if ref.year is not None:
        return Period(ref.year, ref.quarter)
    words = frozenset(w for w in re.findall(r"[a-z0-9]+", ref.text.lower()) if w not in _PERIOD_FILLER)
    return Period(words=words) if words else None


def _sentence_text(ctx: ArticleContext, claim: Claim) -> str:
    return ctx.text[claim.sentence_span[0] : claim.sentence_span[1]]


_NAME_LIST = re.compile(
    r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*(?:\s*\([^)]{1,12}\))?(?:\s*,\s*[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*"
    r"(?:\s*\([^)]{1,12}\))?)*,?\s+(?:and|&)\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*(?:\s*\([^)]{1,12}\))?\s+"
    r"(?:(?:together|now|jointly|collectively|combined|still|also|all)\s+)*(?:make|made|hold|held|have|had|has|account"
    r"|accounted|control|controlled|took|take|capture|captured|represent|represented|command|commanded|grab|grabbed"
    r"|own|owned|claim|claimed|dominate|dominated)\b"
)
_TOGETHER = re.compile(r"\b(?:together|combined|jointly|collectively|between\s+them|in\s+total|all\s+told)\b", re.I)


_RIVAL_PIECE = re.compile(r"^\s*(?:behind|after|ahead\s+of|compared\s+(?:with|to)|versus|vs\.?)\b", re.I)
_COORDINATED = re.compile(r"^\s*(?:and|&|or)\s+(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*\s*$")


def _holder_for(
    ctx: ArticleContext, claim: Claim, segment_start: int, sentence_start: int, shares: list[Share], respectively: bool
) -> tuple[str | None, bool, int]:
    """Who holds the share, whether the text names it with a capital, and where its clause item starts."""
    segment = ctx.text[segment_start : claim.span[0]]
    pieces = _pieces(segment, segment_start)
    for i, (start, piece) in enumerate(pieces):
        if shares and re.match(r"(?:he|she|it|its|his|her)\b", _LEADING_CONNECTOR.sub("", piece), re.I):
            return shares[-1].holder, shares[-1].named, start  # "..., but she got 60.1 percent": the same player
        earlier = pieces[i + 1][1] if i + 1 < len(pieces) else ""
        if i > 0 and _COORDINATED.match(piece) and re.search(r"[A-Z][\w&.-]*\s*$", earlier):
            continue  # "behind Chrome and Safari with a 3.56% share": a name joined to another, not the subject
        if i > 0 and _RIVAL_PIECE.match(piece):
            continue  # "... behind Chrome ... with a 3.56% share": the rival, not the one whose share it is
        holder, named = read_holder(piece, opens=start == sentence_start, nearest=i == 0)
        if holder:
            return holder, named, start
    after = ctx.text[claim.span[1] : min(claim.sentence_span[1], claim.span[1] + 40)]
    follows = re.match(
        r"^\s*(?:percent|per\s*cent|%)?\s*(?:share\s+)?(?:for|to|went\s+to|goes\s+to)\s+(?:the\s+)?"
        r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})",
        after,
    )
    if follows and follows.group(1).split()[0].lower() not in _NOT_NAME:
        return follows.group(1), True, segment_start
    if respectively:
        return f"item {len(shares) + 1} of the list", False, segment_start
    last_piece = _pieces(segment, segment_start)[0][1]
    if shares and not re.search(r"[A-Za-z]{3,}", re.sub(r"\b(?:and|or|with|the|of|at|to|for)\b", "", last_piece)):
        return shares[-1].holder, shares[-1].named, segment_start  # "20% of phones and 30% of smartphones"
    return None, False, segment_start


def _combined(ctx: ArticleContext, claim: Claim, holder: str | None, item_start: int, segment_start: int) -> bool:
    """ "Amazon, Microsoft and Google together make up 63%", "the big three hold a combined 63%"."""
    if holder and _COMBINED.search(holder):
        return True
    after = ctx.text[claim.span[1] : min(claim.sentence_span[1], claim.span[1] + 30)]
    if re.match(r"^\s*(?:percent|per\s*cent|%)?\s*(?:combined|together|between\s+them|collectively)\b", after, re.I):
        return True
    if _TOGETHER.search(ctx.text[item_start : claim.span[0]]):
        return True
    if re.search(r"\beach\b|\bapiece\b", ctx.text[segment_start : claim.span[1] + 12], re.I):
        return True  # "each expanded its share to nearly 5 percent": one figure for several players
    if re.search(r"\b(?:they|both|all\s+three|the\s+three|the\s+two|the\s+trio|the\s+pair)\b(?:\s+\w+){0,3}\s*$",
                 _LEADING_CONNECTOR.sub("", ctx.text[item_start : claim.span[0]]), re.I):  # fmt: skip
        return True  # "they now account for 63%": the players named before, together
    if re.search(r"\brespectively\b", ctx.text[claim.span[1] : claim.sentence_span[1]], re.I):
        return False  # "A, B and C have 20%, 18% and 4%, respectively": one figure each
    return bool(_NAME_LIST.search(ctx.text[segment_start : claim.span[0]]))


def _last_piece(ctx: ArticleContext, item_start: int, claim: Claim) -> str:
    """The words right before a figure, back to the last connector: "Apple will hold" in "..., Apple will hold 30%"."""
    text = ctx.text[item_start : claim.span[0]]
    cuts = [m.start() for m in _CONNECTOR.finditer(text)]
    return text[cuts[-1] :] if cuts else text


def _item_piece(ctx: ArticleContext, item_start: int, claim: Claim) -> str:
    """The clause piece that names the holder: from its connector to the next one (or to the figure)."""
    text = ctx.text[item_start : claim.span[0]]
    later = [m.start() for m in _CONNECTOR.finditer(text) if m.start() > 0]
    return text[: later[0]] if later else text


def sentences(ctx: ArticleContext) -> dict[tuple[int, int], list[Claim]]:
    """Claims by sentence, with a sentence cut after "No." joined again ("ranks No. 4 ... with 4 percent share")."""

    def make() -> dict[tuple[int, int], list[Claim]]:
        joined: dict[tuple[int, int], list[Claim]] = {}
        for span, claims in ctx.sentence_groups().items():
            last = next(reversed(joined), None)
            if last is not None and last[0] < span[0] <= last[1] + 2 and _CUT_AFTER_NO.search(ctx.text[: span[0]]):
                joined[(last[0], max(last[1], span[1]))] = joined.pop(last) + list(claims)
                continue
            joined[span] = list(claims)
        return joined

    return ctx.memo("share_sentences", make)


_CUT_AFTER_NO = re.compile(r"\b[Nn]os?\.\s*$")


def _read_sentence(ctx: ArticleContext, claims: list[Claim], span: tuple[int, int] | None = None) -> list[Share]:
    """The shares of one sentence, each with its holder, whole, region and clause item."""
    cued: dict[str, Marked] = {}
    candidates = []
    for claim in claims:
        if _is_excluded(ctx, claim):
            continue
        found = _share_cue(ctx, claim) or _ranked_cue(ctx, claim)
        if found is not None:
            cued[claim.id] = found
        candidates.append(claim)
    if not cued:
        return []
    percents = [c for c in claims if c.quantity.kind in (QuantityKind.PERCENT, QuantityKind.FRACTION)]
    sentence_start = span[0] if span else claims[0].sentence_span[0]
    fallback_whole = _sentence_whole(ctx, claims[0])
    # "the wind and solar share in China (9%), India (8%) and the US (10%)": one category's share in several
    # places, each of its own whole, so no figure is listed beside it as another player's.
    owned = any(m.owner for m in cued.values())
    respectively = bool(re.search(r"\brespectively\b", _sentence_text(ctx, claims[0]), re.I))
    shares: list[Share] = []
    previous_end = sentence_start
    for claim in candidates:
        after = ctx.text[claim.span[1] : min(claim.sentence_span[1], claim.span[1] + 40)]
        if claim.id in cued:
            found_cue, whole = cued[claim.id].cue, cued[claim.id].whole
            if fallback_whole is not None and (
                not whole.family or (not whole.words and fallback_whole.family == whole.family)
            ):
                whole = fallback_whole
        elif (
            not owned
            and _SIBLING_AFTER.match(after)
            and not _paired_elsewhere(ctx, claim, claims)
            and _beside_a_share(claim, percents, cued, shares)
        ):
            # A bare figure beside a share, with nothing after it that says it measures something else.
            found_cue, whole = None, fallback_whole or Whole("", frozenset(), "")
        else:
            continue
        holder, named, item_start = _holder_for(ctx, claim, previous_end, sentence_start, shares, respectively)
        owner = cued[claim.id].owner if claim.id in cued else None
        if owner:
            holder, named = owner, False
        if claim.id in cued and cued[claim.id].holder:
            holder, named = cued[claim.id].holder, True
        if found_cue is None and (holder is None or any(same_holder(holder, s.holder) for s in shares)):
            continue  # a bare figure is listed beside a share only as another player's
        segment_start, previous_end = previous_end, claim.span[1]
        if _combined(ctx, claim, holder, item_start, segment_start):
            continue  # a combined share: its parts are elsewhere
        item_text = ctx.text[item_start : claim.span[1]] + after
        own_period = _own_period(ctx, claim)
        future = own_period is not None and own_period.direction == "future"
        shares.append(
            Share(
                claim=claim,
                whole=whole,
                holder=holder,
                named=named,
                scope=_scope(ctx, item_text),
                period=_period(ctx, claim),
                forecast=bool(_FORECAST.search(_last_piece(ctx, item_start, claim) + after)) or future,
                cue=found_cue,
                rest=bool(_REST.search(_item_piece(ctx, item_start, claim)) or (holder and _REST.search(holder))),
                item_start=item_start,
                sentence=ctx.sentence_index(claim.span[0]),
            )
        )
    _fill_scopes(ctx, claims[0], shares)
    return shares


def _beside_a_share(claim: Claim, percents: list[Claim], cued: dict[str, Marked], shares: list[Share]) -> bool:
    """A bare figure joins a list of shares: the percentage before it is one of them (or, first, the one after)."""
    index = next(i for i, c in enumerate(percents) if c.id == claim.id)
    if index > 0:
        return any(s.claim.id == percents[index - 1].id for s in shares)
    return index + 1 < len(percents) and percents[index + 1].id in cued


_RANKED_WITH = re.compile(
    r"\b(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:[\s-]+(?:place|spot|position|largest"
    r"|biggest))?|No\.\s?\d{1,2}|leads|led|leader|the\s+top\s+spot|the\s+lead)\s+(?:[\w’'-]+\s+){0,3}?(?:with|at|on)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|just\s+(?:over|under)\s+)?$",
    re.I,
)


def _ranked_cue(ctx: ArticleContext, claim: Claim) -> Marked | None:
    """ "Apple is second with 18%", "AWS leads at 29%": a percentage a ranking hands to a player."""
    before = ctx.text[max(claim.sentence_span[0], claim.span[0] - 50) : claim.span[0]]
    match = _RANKED_WITH.search(before)
    after = ctx.text[claim.span[1] : min(claim.sentence_span[1], claim.span[1] + 40)]
    if match is None or not _SIBLING_AFTER.match(after):
        return None
    offset = claim.span[0] - len(before)
    # "leads tablets with 40%", "leads the smartphone market with 22%": what the ranking is of
    middle = re.sub(r"^\S+\s+|\s*(?:with|at|on)\s+\S*\s*$", "", match.group(0).strip() + " ")
    middle = re.sub(r"\b(?:place|spot|position|largest|biggest|is|was|the|in|of)\b", " ", middle, flags=re.I).strip()
    whole = _whole_from(middle + " market") if middle else None
    marked = Whole("", whole.words if whole else frozenset(), whole.text if whole else "")
    return Marked(cue(ctx, (offset + match.start(), offset + match.end()), "a ranked share"), marked)


def _paired_elsewhere(ctx: ArticleContext, claim: Claim, claims: list[Claim]) -> bool:
    """ "fell 10.2 percent and 20.2 percent", "79 (26 per cent)": a bare figure that goes with its neighbour."""
    earlier = [c for c in claims if c.span[1] <= claim.span[0]]
    if not earlier:
        return False
    previous = earlier[-1]
    gap = ctx.text[previous.span[1] : claim.span[0]]
    if re.fullmatch(r"\s*\(\s*", gap) and previous.quantity.kind != QuantityKind.PERCENT:
        return True  # a share of a count in brackets: a part and its share, not a list of players
    if previous.quantity.kind == QuantityKind.PERCENT and _is_excluded(ctx, previous):
        return bool(re.fullmatch(r"\s*(?:percent|per\s*cent|%)?\s*(?:,|and|or|to|,\s*and)\s*", gap, re.I))
    return False


_SIBLING_AFTER = re.compile(
    r"^\s*(?:percent|per\s*cent|pct|%)?\s*(?:$|[,.;)]|\([^)]{0,30}\)|\band\b|\bwhile\b|\bthen\b|\brespectively\b|\beach\b|\bapiece\b"
    r"|\bfor\b|\bin\s+(?:the\s+)?(?:first|second|third|fourth|[A-Z]))"
)


def _fill_scopes(ctx: ArticleContext, first: Claim, shares: list[Share]) -> None:
    """A region said earlier in the sentence or the paragraph holds for shares that name none."""
    if all(s.scope for s in shares):
        return
    start = first.sentence_span[0]
    lead_scope = _scope(ctx, ctx.text[start : shares[0].claim.span[0]]) if shares else None
    line_start = ctx.text.rfind("\n", 0, start) + 1
    carried = _scope(ctx, ctx.text[line_start:start])
    for share in shares:
        if share.scope is None:
            share.scope = lead_scope or carried


# line lists and poll answers -----------------------------------------------------------


def _line_lists(ctx: ArticleContext) -> list[tuple[list[Share], str]]:
    """ "Traffic by system:" then "iOS — 57 percent" lines, or "• Chrome 61.1% (4.78% decrease)" bullets under
    "the top five browsers:": one whole per intro."""
    lists: list[tuple[list[Share], str]] = []
    offset = 0
    current: list[Share] = []
    intro = ""
    for line in ctx.text.split("\n"):
        start = offset
        offset += len(line) + 1
        if not line.strip() and current:
            continue  # a blank line between the items of one list
        share = _list_item(ctx, line, start, intro)
        if share is not None:
            current.append(share)
            continue
        if current and _INTRO.search(intro):
            lists.append((current, intro))
        current = []
        intro = line.strip()
    if current and _INTRO.search(intro):
        lists.append((current, intro))
    return lists


def _list_item(ctx: ArticleContext, line: str, start: int, intro: str) -> Share | None:
    """One line that is a label and its percentage, and nothing else but a bracketed aside."""
    claims = [c for c in ctx.claims_in(start, start + len(line)) if c.span[1] <= start + len(line)]
    if not claims or claims[0].quantity.kind != QuantityKind.PERCENT or claims[0].change is not None:
        return None
    claim = claims[0]
    if not re.fullmatch(r"\s*(?:\([^()]*\))?\s*", line[claim.span[1] - start :]):
        return None  # only a bracketed aside may follow: "(4.78% decrease)"
    label = _LIST_LABEL.fullmatch(line[: claim.span[0] - start])
    if label is None:
        return None
    holder = (label.group("a") or label.group("b") or "").strip()
    if not holder:
        return None
    return Share(
        claim=claim,
        whole=Whole("", frozenset(), intro),
        holder=holder,
        named=holder[:1].isupper() or bool(re.match(r"[a-z]{1,2}[A-Z]", holder)),
        scope=None,
        period=None,
        forecast=False,
        cue=cue(ctx, (start, start + len(line)), "a line of a breakdown"),
        rest=bool(_REST.search(holder)),
        item_start=start,
        sentence=ctx.sentence_index(claim.span[0]),
    )


# "iOS — ", "• Google Chrome ", "- Alpha: ": a label, with a separator or after a bullet.
_LIST_LABEL = re.compile(
    r"\s*(?:(?:[•*·▪‣–-]\s*)(?P<a>[^\n—–:|\d%]{1,40}?)\s*(?:—|–|:|\||\s-)?|(?P<b>[^\n—–:|\d%]{1,40}?)\s*(?:—|–|:|\||\s-))\s*"
)


_CONTEST = re.compile(
    r"\b(?:leads?|leading|led|trails?|trailing|trailed|beats?|beating|defeated|won|wins|winning|breaks?|broke|splits?"
    r"|favou?rs?|favou?red|edges?|edged|tops?|topped|versus|vs\.?|against)\b",
    re.I,
)


def _answer_share(ctx: ArticleContext, claim: Claim, word: str) -> Share:
    return Share(
        claim=claim,
        whole=Whole("answers", frozenset(), "the answers to one question"),
        holder=word,
        named=True,
        scope=None,
        period=_period(ctx, claim),
        forecast=False,
        cue=cue(ctx, tuple(claim.span), f"answer “{word}”"),  # type: ignore[arg-type]
        sentence=ctx.sentence_index(claim.span[0]),
    )


def _polls(ctx: ArticleContext, claims: list[Claim]) -> list[list[Share]]:
    """The answers to one poll question in one sentence: "38 percent approval, 56 percent disapproval",
    "approval/disapproval was 37/59", "45%/47% approval/disapproval", "Trump leads Clinton 47% to 36%"."""
    pairs = _slash_pairs(ctx, claims) or _contest_pairs(ctx, claims)
    if pairs:
        return pairs
    found = _answer_words(ctx, claims)
    return [found] if found else []


def _slash_pairs(ctx: ArticleContext, claims: list[Claim]) -> list[list[Share]]:
    found: list[list[Share]] = []
    words: tuple[str, str] | None = None
    for a, b in itertools.pairwise(claims):
        if ctx.text[a.span[1] : b.span[0]].strip() != "/":
            continue
        lead = ctx.text[max(a.sentence_span[0], a.span[0] - 60) : a.span[0]]
        after = ctx.text[b.span[1] : min(b.sentence_span[1], b.span[1] + 40)]
        slash = re.search(r"\b([a-z]+)\s*/\s*([a-z]+)\b[^.;\d]{0,20}$", lead, re.I) or re.match(
            r"^\s*(?:percent|%)?\s*([a-z]+)\s*/\s*([a-z]+)\b", after, re.I
        )
        if slash is not None:
            first, second = _ANSWER.fullmatch(slash.group(1)), _ANSWER.fullmatch(slash.group(2))
            if first and second and _polarity(first) != _polarity(second):
                words = (slash.group(1), slash.group(2))
        if words is not None:  # "... 45%/47% approval/disapproval ratings and is currently at 39%/55%"
            found.append([_answer_share(ctx, a, words[0]), _answer_share(ctx, b, words[1])])
    return found


def _contest_pairs(ctx: ArticleContext, claims: list[Claim]) -> list[list[Share]]:
    """ "Trump leads Clinton 47% to 36%", "independents break 27% to 22% for Perdue": one race, two sides."""
    found = []
    for a, b in itertools.pairwise(claims):
        if any(c.change is not None or c.quantity.kind != QuantityKind.PERCENT or c.quantity.is_range for c in (a, b)):
            continue
        if not re.fullmatch(r"\s*(?:percent|per\s*cent)?\s*(?:to|-|–)\s*", ctx.text[a.span[1] : b.span[0]], re.I):
            continue
        lead = ctx.text[max(a.sentence_span[0], a.span[0] - 50) : a.span[0]]
        if not _CONTEST.search(lead) or re.search(r"\bfrom\b|\bbetween\b", lead, re.I) or _FORECAST.search(lead):
            continue
        found.append([_answer_share(ctx, a, "the first side"), _answer_share(ctx, b, "the second side")])
    return found


def _answer_words(ctx: ArticleContext, claims: list[Claim]) -> list[Share]:
    """ "38 percent approval, 56 percent disapproval", "48% approve while 45% disapprove": one answer of each kind."""
    found: list[tuple[str, Claim, str]] = []
    population: set[str] = set()
    for claim in claims:
        if claim.change is not None or claim.quantity.kind != QuantityKind.PERCENT:
            continue
        after = ctx.text[claim.span[1] : min(claim.sentence_span[1], claim.span[1] + 60)]
        before = ctx.text[max(claim.sentence_span[0], claim.span[0] - 40) : claim.span[0]]
        match = re.match(
            r"^\s*(?:percent|per\s*cent|%)?\s*(?:\(\d+%?\)\s*)?(?:(?:of|among)\s+(?P<who>[\w\s-]{1,30}?)\s+)?"
            r"(?:(?:say|said|now|at\s+least|somewhat|strongly|were|are|statewide|nationally|overall)\s+){0,3}"
            r"(?P<word>[a-z]+)",
            after,
            re.I,
        )
        word = None
        if match and _ANSWER.fullmatch(match.group("word")):
            word = match.group("word")
            if match.group("who"):
                population.add(match.group("who").lower())
        else:
            lead = re.search(r"\b([a-z]+)\s+(?:rating\s+)?(?:had\s+)?(?:reached|of|at|was|is|to|stood\s+at)\s*$",
                             before, re.I)  # fmt: skip
            if lead and _ANSWER.fullmatch(lead.group(1)):
                word = lead.group(1)
        if word:
            found.append((_polarity(_ANSWER.fullmatch(word)), claim, word))  # type: ignore[arg-type]
    if len(population) > 1:
        return []  # "52% of men approve, 40% of women disapprove": two groups of people
    polarities = [p for p, _, _ in found]
    if polarities.count("pos") != 1 or polarities.count("neg") != 1 or polarities.count("none") > 1:
        return []
    return [_answer_share(ctx, claim, word) for _, claim, word in found]


def _polarity(match: re.Match[str]) -> str:
    return "neg" if match.group("neg") else "pos" if match.group("pos") else "none"


# grouping ------------------------------------------------------------------------------


def _fits(a: Share, b: Share) -> bool:
    """Could ``a`` and ``b`` be parts of one whole (holders aside)?"""
    if not a.whole.fits(b.whole):
        return False
    if a.scope and b.scope and a.scope != b.scope:
        return False
    if a.period and b.period and not a.period.fits(b.period):
        return False
    return a.forecast == b.forecast


def _clash(share: Share, members: Sequence[Share]) -> Share | None:
    """A member held by the same player: a repeat of the figure, or a figure of another whole."""
    for other in members:
        if share.holder and other.holder and (share.holder == other.holder or same_holder(share.holder, other.holder)):
            return other
    return None


def _restated(share: Share, members: Sequence[Share]) -> bool:
    """The same printed share in another sentence, under another name: likely the same player's figure again."""
    return any(
        other.sentence != share.sentence and other.claim.quantity.text.strip() == share.claim.quantity.text.strip()
        for other in members
    )


def _overlap(a: Claim, b: Claim) -> bool:
    lo_a, hi_a = a.quantity.lower, a.quantity.upper
    lo_b, hi_b = b.quantity.lower, b.quantity.upper
    va, vb = a.quantity.value, b.quantity.value
    lo_a = va if lo_a is None else lo_a
    hi_a = va if hi_a is None else hi_a
    lo_b = vb if lo_b is None else lo_b
    hi_b = vb if hi_b is None else hi_b
    return lo_a <= hi_b and lo_b <= hi_a


_RACE = re.compile(
    r"\b(?:race|seat|district|ward|precinct|county|primary|runoff|contest|constituency|post|office|position|mayor\w*"
    r"|council|senate|house|assembly|governor\w*|presidency|presidential|state|poll|round|referendum|measure"
    r"|proposition)\b",
    re.I,
)


def _races(ctx: ArticleContext, share: Share) -> frozenset[str]:
    """ "won the mayoral race with 52%": the race a vote share is of, when its own clause names one."""
    text = _item_piece(ctx, share.item_start, share.claim) + ctx.text[share.claim.span[1] : share.claim.span[1] + 40]
    return frozenset(m.group(0).lower() for m in _RACE.finditer(text))


def _split_sentence(ctx: ArticleContext, shares: list[Share]) -> list[list[Share]]:
    """The shares of one sentence, as lists of one whole each."""
    raced = [s for s in shares if s.whole.family in ("vote", "") and _races(ctx, s)]
    if len({_races(ctx, s) for s in raced}) > 1:
        # "Roe won the mayoral race with 52%, while Doe won the council seat with 61%": two races
        return [[s] for s in shares]
    groups: list[list[Share]] = []
    for share in shares:
        home = None
        for group in groups:
            if all(_fits(share, other) for other in group):
                clash = _clash(share, group)
                if clash is not None and _overlap(clash.claim, share.claim):
                    home = []  # the same figure said twice: counted once
                    break
                if clash is None:
                    home = group
                    break
        if home is None:
            groups.append([share])
        elif home is not None and home != []:
            home.append(share)
    return groups


def _sections(ctx: ArticleContext) -> list[int]:
    """Offsets where a heading or a list intro starts a new part of the article."""
    starts = [0]
    offset = 0
    for line in ctx.text.split("\n"):
        stripped = line.strip()
        words = stripped.split()
        has_figure = bool(ctx.claims_in(offset, offset + len(line)))
        if stripped and (
            (len(words) <= 12 and not re.search(r"[.!?\"”’)\]]$", stripped) and not has_figure)
            or stripped.endswith(":")
        ):
            starts.append(offset + (len(line) + 1 if stripped.endswith(":") else 0))
        offset += len(line) + 1
    return sorted(set(starts))


def _section_of(starts: list[int], offset: int) -> int:
    return sum(1 for s in starts if s <= offset) - 1


def reading(ctx: ArticleContext) -> Reading:
    """Every share and every group of shares of one whole: structures first, then what neighbours add."""
    return ctx.memo("shares", lambda: _read(ctx))


def groups(ctx: ArticleContext) -> list[Group]:
    return reading(ctx).groups


def _read(ctx: ArticleContext) -> Reading:
    structures: list[Group] = []
    every: list[Share] = []
    listed: set[str] = set()
    for shares, intro in _line_lists(ctx):
        every.extend(shares)
        listed.update(s.claim.id for s in shares)
        exhaustive = any(s.rest for s in shares)
        heading = re.split(r"(?<=[.!?])\s+", intro)[-1]
        ranked = bool(_RANKING.search(heading))
        heading = heading if len(heading) <= 90 else heading[:89] + "…"
        structures.append(
            Group(shares, Tie.STRUCTURE, exhaustive=exhaustive, how=f"one list under “{heading}”", ranked=ranked)
        )
    sentence_groups: list[list[Share]] = []
    for span, claims in sentences(ctx).items():
        claims = [c for c in claims if c.id not in listed]
        if not claims:
            continue
        polls = _polls(ctx, claims)
        for answers in polls:
            structures.append(Group(answers, Tie.STRUCTURE, how="one sentence gives the answers to one poll question"))
        if polls:
            continue
        shares = _read_sentence(ctx, claims, span)
        every.extend(shares)
        for part in _split_sentence(ctx, shares):
            sentence_groups.append(part)
            if len(part) >= 2:
                structures.append(_structure(part))
    return Reading(every, structures + _merge(ctx, sentence_groups))


def _structure(part: list[Share]) -> Group:
    unnamed = [s for s in part if not s.holder]
    loose = f"who holds {', '.join(show(s.claim) for s in unnamed)} is not said" if unnamed else ""
    exhaustive = any(s.rest for s in part)
    return Group(part, Tie.STRUCTURE, exhaustive=exhaustive, how="one sentence lists them", loose=loose)


def _merge(ctx: ArticleContext, parts: list[list[Share]]) -> list[Group]:
    """Sentence lists of one section that fit one whole, chained while they keep fitting."""
    sections = _sections(ctx)
    chains: list[list[list[Share]]] = []
    ambiguous: dict[int, list[str]] = {}
    for part in parts:
        first = part[0]
        section = _section_of(sections, first.claim.span[0])
        open_chains = []
        for index, chain in enumerate(chains):
            last = chain[-1][-1]
            if _section_of(sections, last.claim.span[0]) != section or first.sentence - last.sentence > 3:
                continue
            members = [s for p in chain for s in p]
            if first.sentence == last.sentence:
                continue  # two lists of one sentence were split for a reason
            if not all(_fits(s, m) for s in part for m in members):
                continue
            if any(_clash(s, members) is not None for s in part):
                continue
            if any(_restated(s, members) for s in part):
                continue  # "AWS leads at 29%" and then "Amazon leads with 29%": one figure under two names
            open_chains.append(index)
        if not open_chains:
            chains.append([part])
            continue
        target = open_chains[-1]
        if len(open_chains) > 1:
            ambiguous.setdefault(target, []).append(
                f"{show(first.claim)} could also belong to "
                + ", ".join(show(chains[i][0][0].claim) + "'s whole" for i in open_chains[:-1])
            )
        chains[target].append(part)
    result = []
    for index, chain in enumerate(chains):
        if len(chain) < 2:
            continue
        result.extend(_chain_groups(ctx, chain, ambiguous.get(index, [])))
    return result


def _chain_groups(ctx: ArticleContext, chain: list[list[Share]], ambiguous: list[str]) -> list[Group]:
    """The chain as a whole (with its doubts) and, when some members are in doubt, its certain core."""
    members = [s for part in chain for s in part]
    core_doubts: list[str] = []
    families = {s.whole.family for s in members} - {""}
    if families - {"market"}:
        family = ", ".join(sorted(families - {"market"}))
        if "vote" in families:
            core_doubts.append("vote shares in different sentences may come from different races or polls")
        if families - {"market", "vote"}:
            core_doubts.append(
                f"shares of {family} in different sentences may cut the total along different lines"
                " (segments, regions, products)"
            )
    if not families:
        core_doubts.append("no sentence says what these are shares of")
    loose = [s for s in members if not (s.holder and s.named)]
    loose_words = ""
    if loose:
        loose_words = (
            "the text does not name a player for "
            + ", ".join(f"{show(s.claim)}" + (f" ({s.holder})" if s.holder else "") for s in loose)
            + ", so it may be a category of another breakdown"
        )
    how = f"shares of one {_whole_words(members)} stated in {len(chain)} neighbouring sentences"
    found = [Group(members, Tie.INFERRED, doubts=core_doubts, ambiguous=list(ambiguous), how=how, loose=loose_words)]
    core = [s for s in members if s.holder and s.named]
    core_sentences = {s.sentence for s in core}
    if loose and len(core) >= 2 and len(core_sentences) >= 2 and not core_doubts:
        found.append(Group(core, Tie.INFERRED, ambiguous=list(ambiguous), how=how))
    return found


def _whole_words(shares: Sequence[Share]) -> str:
    words: set[str] = set()
    for s in shares:
        words |= s.whole.words
    family = next((s.whole.family for s in shares if s.whole.family), "")
    noun = {"market": "market", "vote": "vote", "revenue": "total", "answers": "poll question"}.get(family, "whole")
    return " ".join([*sorted(words), noun]) if words else noun


# relations -----------------------------------------------------------------------------


def evidence(ctx: ArticleContext, group: Group, cues: list[Cue] | None = None) -> Evidence:
    claims = [s.claim for s in group.shares]
    periods = {s.period for s in group.shares}
    dated = all(p is not None and p.year is not None for p in periods) and len(periods) == 1
    return Evidence(
        tie=group.tie,
        cues=cues if cues is not None else [s.cue for s in group.shares if s.cue is not None],
        sentences_apart=max(s.sentence for s in group.shares) - min(s.sentence for s in group.shares),
        # For shares the subject is the whole they split (the players differ by design): they agree on it,
        # or they were not put together.
        subject=Agreement.AGREE,
        metric=Agreement.AGREE if len({s.whole.family for s in group.shares} - {""}) <= 1 else Agreement.UNKNOWN,
        unit=Agreement.AGREE if all(same_family(claims[0], c) for c in claims[1:]) else Agreement.UNKNOWN,
        period=Agreement.AGREE if dated else Agreement.UNKNOWN,
        ambiguous=list(group.ambiguous),
        doubts=[*group.doubts, *([group.loose] if group.loose else [])],
    )


def _label(share: Share) -> str:
    return (
        f"{share.holder} {show(share.claim)}"
        if share.holder and not share.holder.startswith("item ")
        else show(share.claim)
    )


@finder("shares")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for group in groups(ctx):
        shares = group.shares
        if len(shares) < 2:
            continue
        members = [Member(role="share", claim=s.claim.id) for s in shares]
        listed = ", ".join(_label(s) for s in shares)
        reason = f"{group.how}: {listed}"
        if group.exhaustive:
            reason += "; the list names the rest, so it covers the whole"
        yield Relation(
            kind=RelationKind.SHARES,
            members=members,
            evidence=evidence(ctx, group),
            reason=reason,
            params={
                "exhaustive": group.exhaustive,
                "whole": _whole_words(shares),
                "holders": {s.claim.id: s.holder for s in shares if s.holder},
            },
        )
