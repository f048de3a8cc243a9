"""Who holds a share: the player a clause item names ("Microsoft at 21%", "HP's 22%", "Dell (14.7 percent)").

Read from the words of the figure's own clause item, back to the connector that starts it; a capitalised name
is a player the text names, a bare noun ("physical sales") a category.
"""

from __future__ import annotations

import functools
import re

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import norm_noun, show
from factcheck.literals import gated
from factcheck.relations.shares_words import (
    CONNECTOR,
    DEMONYM,
    LEADING_CONNECTOR,
    NAME,
    NOT_NAME,
    PRONOUN,
    REST,
    STOP,
    VERB,
    Share,
)

# holders ---------------------------------------------------------------------------


_SUFFIX = re.compile(
    r"(?:\.com)?(?:,?\s+(?:Inc|Corp|Corporation|Co|Ltd|Limited|LLC|plc|PLC|AG|SA|NV|SE|Holdings)\.?)*$"
)


def holder_key(holder: str | None) -> str | None:
    if not holder:
        return None
    return _holder_key(holder)


# Asked of both holders of every pair of shares weighed (a few names, asked again and again): the key depends on the
# name alone, and the cache is bounded.
@functools.lru_cache(maxsize=4096)
def _holder_key(holder: str) -> str | None:
    holder = _SUFFIX.sub("", re.sub(r"\s*['’]s?$", "", holder.strip()))  # "Amazon.com Inc." is "Amazon"
    key = norm_noun(holder)
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
    for match in NAME.finditer(piece):
        words = match.group(0).split()
        while words and (words[0].lower().strip("’'.") in NOT_NAME or words[0].isdigit()):
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        following = piece[match.end() :].lstrip()
        after = re.match(r"[\w’'-]+", following)
        next_word = after.group(0) if after else following[:1]
        plain = next_word not in ("at", "with", "on", "in", "s", "which", "who", "that", "whose")
        if next_word[:1].islower() and not VERB.match(next_word) and plain:
            if DEMONYM.match(words[-1]) and len(words) == 1:
                continue  # "the Chinese giant Huawei": an adjective, not the player
            if len(words) == 1 and words[0].isupper() and len(words[0]) <= 4:
                continue  # "the global PC race": an acronym used as an adjective
            opener = opens and len(words) == 1 and not piece[: match.start()].strip() and words[0][1:].islower()
            if opener and (next_word.endswith("s") or next_word.lower() in ("market", "share", "revenue", "vote")):
                continue  # "Download sales accounted for": a capital only because the sentence starts there
        prefix = LEADING_CONNECTOR.sub("", piece[: match.start()])
        if re.search(r"\b(?:in|at|from|across|within|of|on|for|into|over|than|like|against|outside)\s+(?:the\s+)?$",
                     prefix, re.I):  # fmt: skip
            continue  # "defy the trend in the U.S.": a place or a thing the clause mentions, not its subject
        found.append((re.sub(r"\s*['’]s?$", "", name), next_word, match.start()))
    return found


def _possessive(piece: str) -> str | None:
    found = None
    for match in re.finditer(r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s?['’]s\b", piece):
        if match.group(1).split()[0].lower() not in NOT_NAME:
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
    if not words or words[0].lower() in NOT_NAME - {"the"}:
        return None
    for i, word in enumerate(words):
        if VERB.match(word) and i > 0:
            if i > 1 and re.fullmatch(r"[A-Za-z]+(?:ing|ed)", words[0]):
                return None  # ", seeing shipments rise": no subject, the clause hangs on the sentence's
            phrase = " ".join(words[:i])
            if any(ch.isdigit() for ch in phrase) or len(words[:i]) > 5 or PRONOUN.match(phrase):
                return None
            if all(w.lower() in NOT_NAME for w in words[:i]):
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
            if VERB.match(next_word) or next_word in ("at", "with", "on", "(", ",", ")", "—", "-", ""):
                return name, True
        return names[-1][0], True
    phrase = _subject_phrase(piece_text, opens)
    if phrase and " " not in phrase and VERB.fullmatch(phrase):
        phrase = None  # the verb of a clause whose subject stands before it ("Tessa, which led, has ..."): no one
    if phrase:
        return phrase, False
    if not nearest:
        return None, False
    # "..., downloads 34% and discs 29%": a list item that is a bare noun before its figure
    words = re.findall(r"[\w’'-]+", LEADING_CONNECTOR.sub("", piece_text))
    if 1 <= len(words) <= 3 and not any(w.lower() in STOP or w.lower() in NOT_NAME for w in words):
        verbal = any(VERB.match(w) or re.search(r"(?:ing|ed)$", w) for w in words)
        if not verbal and all(w.isalpha() or "-" in w for w in words):
            return " ".join(words), False
    return None, False


def clause_pieces(text: str, offset: int) -> list[tuple[int, str]]:
    """``text`` cut at its connectors, last piece first: (start, piece)."""
    cuts = [0] + [m.start() for m in CONNECTOR.finditer(text) if m.start() > 0]
    pieces = []
    for i, start in enumerate(cuts):
        end = len(text) if i + 1 == len(cuts) else cuts[i + 1]
        pieces.append((offset + start, text[start:end]))
    return list(reversed(pieces))


# A count and who it is for, right before its share: "31 votes (were) cast for write-in candidates accounting for".
_COUNT_FOR = re.compile(
    r"\d[\d,.]*\s+(?:[a-z]+\s+){0,2}?(?:(?:were|was)\s+)?(?:cast\s+|went\s+)?(?:for|to)\s+(?:the\s+)?"
    r"(?P<who>[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s*,?\s+(?:accounting\s+for|to\s+account\s+for|representing|making\s+up"
    r"|or|for)\s*(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$"
)
# A name with its figure in brackets right after it: "Quill (22%)", "Rook (about 18%)".
_BRACKETED = re.compile(
    r"(?<![\w’'&.-])([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s*\(\s*(?:about\s+|around\s+|nearly\s+)?$"
)
_BRACKETED = gated(_BRACKETED)  # tried on every figure's window, seldom matching there
_RIVAL_PIECE = re.compile(r"^\s*(?:behind|after|ahead\s+of|compared\s+(?:with|to)|versus|vs\.?)\b", re.I)
_COORDINATED = re.compile(r"^\s*(?:and|&|or)\s+(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*\s*$")


def holder_for(
    ctx: ArticleContext, claim: Claim, segment_start: int, sentence_start: int, shares: list[Share], respectively: bool
) -> tuple[str | None, bool, int]:
    """Who holds the share, whether the text names it with a capital, and where its clause item starts."""
    segment = ctx.text[segment_start : claim.span[0]]
    parts = clause_pieces(segment, segment_start)
    bracketed = _BRACKETED.search(segment)
    if bracketed and bracketed.group(1).split()[0].lower() not in NOT_NAME:
        return bracketed.group(1), True, segment_start + bracketed.start()  # "behind Quill (22%)": Quill's figure
    rest = REST.search(LEADING_CONNECTOR.sub("", parts[0][1])) if parts else None
    if rest and rest.start() == 0:
        return rest.group(0), False, parts[0][0]  # "..., and others 13%": the rest of the field
    for i, (start, piece) in enumerate(parts):
        if shares and re.match(r"(?:he|she|it|its|his|her)\b", LEADING_CONNECTOR.sub("", piece), re.I):
            return shares[-1].holder, shares[-1].named, start  # "..., but she got 60.1 percent": the same player
        earlier = parts[i + 1][1] if i + 1 < len(parts) else ""
        if i > 0 and _COORDINATED.match(piece) and re.search(r"[A-Z][\w&.-]*\s*$", earlier):
            continue  # "behind Chrome and Safari with a 3.56% share": a name joined to another, not the subject
        if i > 0 and _RIVAL_PIECE.match(piece):
            continue  # "... behind Chrome ... with a 3.56% share": the rival, not the one whose share it is
        holder, named = read_holder(piece, opens=start == sentence_start, nearest=i == 0)
        if holder and is_descriptor(holder):
            found = referent(ctx, claim.span[0])  # "..., while the Korean firm took 9.4%"
            return (found, True, start) if found else (None, False, start)
        if holder:
            return holder, named, start
    after = ctx.text[claim.span[1] : min(claim.sentence_span[1], claim.span[1] + 40)]
    follows = re.match(
        r"^\s*(?:percent|per\s*cent|%)?\s*(?:share\s+)?(?:for|to|went\s+to|goes\s+to)\s+(?:the\s+)?"
        r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})",
        after,
    )
    if follows and follows.group(1).split()[0].lower() not in NOT_NAME:
        return follows.group(1), True, segment_start
    counted = _COUNT_FOR.search(parts[0][1]) if parts else None
    if counted:  # "25 votes went to write-in candidates, accounting for 2.1%": the count's holder
        who = counted.group("who")
        return who, bool(re.match(r"[A-Z]", who)), parts[0][0]
    if respectively:
        return f"item {len(shares) + 1} of the list", False, segment_start
    last_piece = clause_pieces(segment, segment_start)[0][1]
    if shares and not re.search(r"[A-Za-z]{3,}", re.sub(r"\b(?:and|or|with|the|of|at|to|for)\b", "", last_piece)):
        return shares[-1].holder, shares[-1].named, segment_start  # "20% of phones and 30% of smartphones"
    return None, False, segment_start


# "the Korean firm", "the automaker", "the Dutch giant": a player named by what it is.
_DESCRIPTOR = re.compile(
    r"^(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|group|giant|maker|automaker|carmaker|chipmaker|vendor|brand"
    r"|carrier|airline|bank|lender|insurer|retailer|manufacturer|supplier|operator|provider|conglomerate|startup"
    r"|tech\s+giant|rival)(?:['’]s?)?$",
    re.I,
)


def is_descriptor(holder: str | None) -> bool:
    return bool(holder and _DESCRIPTOR.match(holder.strip()))


def referent(ctx: ArticleContext, offset: int) -> str | None:
    """The player a descriptor at ``offset`` points back to: the first player named in the sentence before.

    "Quill has overtaken Rook ... the share of the Korean firm was 9.4%": the subject of the
    previous sentence, the player that sentence is about. Only the sentence right before is read: further back,
    another player may have taken the lead of the story.
    """
    index = ctx.sentence_index(offset)
    if index == 0:
        return None
    start, end = ctx.sentences[index - 1]
    text = ctx.text[start:end]
    for name, _, at in names_in(text, opens=True):
        if at > 0 and re.search(r"\b(?:by|to|from|than|of|over|behind|after|ahead\s+of)\s+(?:the\s+)?$", text[:at]):
            continue  # a name the sentence mentions after a preposition is not its subject
        if any(ch.isalpha() for ch in name) and not _DESCRIPTOR.match(name):
            return name
        break
    return None


_NAMES = r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*"
_NAME_SERIES = re.compile(rf"{_NAMES}(?:\s*,\s*{_NAMES})*,?\s+(?:and|&)\s+{_NAMES}")
_PLAYERS_WITH = re.compile(
    r"\b(?:companies|vendors|players|brands|makers|providers|firms|carriers|airlines|parties|candidates|rivals"
    r"|operators|manufacturers)\s+(?:each\s+)?with\b",
    re.I,
)
_PLAYERS_WITH = gated(_PLAYERS_WITH)  # tried on every figure's window, seldom matching there


def names_count(series: str | None) -> int:
    return len([p for p in re.split(r"\s*,\s*|\s+(?:and|&)\s+", series or "") if p.strip()])


def many_holders(ctx: ArticleContext, claim: Claim, segment_start: int) -> tuple[str, bool] | None:
    """One figure that several named players hold each: "Xenon and Lumo each hold 9%", "Xenon, Lumo and Pell have
    4% apiece", "other companies with a share of 1% include Xenon, Lumo and Pell". The players as printed."""
    before = ctx.text[segment_start : claim.span[0]]
    after = ctx.text[claim.span[1] : claim.sentence_span[1]]
    if re.search(r"\beach\b", before, re.I) or re.match(
        r"^\s*(?:percent|per\s*cent|%)?\s*(?:each|apiece)\b", after, re.I
    ):
        series = list(_NAME_SERIES.finditer(before))
        if series and not re.search(r"[,;]", before[series[-1].end() :]):
            return series[-1].group(0), True
        return None
    if _PLAYERS_WITH.search(before):
        include = re.match(
            rf"^[^.;]{{0,60}}?\binclud(?:e|es|ed|ing)\s+(?:the\s+likes\s+of\s+)?({_NAME_SERIES.pattern})", after
        )
        if include:
            return include.group(1), True
    return None


# "the Qantas group (including Jetstar) held 63.6%", "at a group level ... 63%", "Brandt and its budget arm": a
# holder that takes in another holder, so shares told beside it overlap. (A hyphen joins one company's name as often
# as two: "Hewlett-Packard".)
_NESTING = re.compile(
    r"\b(?i:including|includes|incl\.|at\s+(?:a\s+)?group\s+level|as\s+a\s+group|combined|together\s+with"
    r"|along\s+with|and\s+its\s+[a-z]+)\b"
)
_NESTING = gated(_NESTING)  # tried on every figure's window, seldom matching there


def nested_holder(ctx: ArticleContext, claims: list[Claim]) -> str | None:
    """A doubt when the words next to one of the figures name a holder that takes in others."""
    for claim in claims:
        lo, hi = claim.sentence_span
        words = ctx.text[max(lo, claim.span[0] - 100) : min(hi, claim.span[1] + 30)]
        found = _NESTING.search(words)
        if found is not None:
            return (
                f"“{found.group(0)}” next to {show(claim)}: one holder may take in another, so the shares may overlap"
            )
    return None
