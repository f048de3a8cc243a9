"""Whom a paragraph tells its figures about: the place, company or team named where it opens.

Roundups and statistical releases give one paragraph per country, region, segment or team, and tell each in one
template: the paragraph's first sentence names its subject ("The surplus with Norland widened to ..."), and the
sentences after it name none ("Exports slipped $0.3 billion to $8.2 billion."). Two such template sentences read
alike word for word, but they are about the subjects their paragraphs opened on, not one figure told twice. The
same holds inside one paragraph when a sentence between the two tellings brings in a new subject ("Sales in Ostrava
rose to ... Brno was weaker. Sales rose to ..."), and for a paragraph that opens on a scope word ("Nationally, ...",
"Elsewhere, ...") after paragraphs about one place.

The subject is read from capitalised words (the writer's names), not from a model: a word that opens a sentence is a
name only when the article capitalises it inside a sentence too (or gives it an "'s"), and months and weekdays are
times, not subjects. Names on both sides that the other side lacks point to two subjects; a new name on the later
side only means the subject may have changed. Either is a doubt, never a cut: nothing here can make a pairing
certain, it only reads what may set two figures apart.
"""

from __future__ import annotations

import re

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.literals import gated

_NAME = re.compile(r"(?<![\w'’.&-])[A-Z][\w&-]*(?:['’]s)?")
# Words that set the scope of what follows to a place other than the one before: the paragraph is about it.
_SCOPE = re.compile(
    r"\b(?:nationally|nationwide|statewide|countrywide|across\s+the\s+(?:country|nation|region|state|world|globe)"
    r"|globally|worldwide|elsewhere|overseas|abroad|domestically)\b",
    re.IGNORECASE,
)
_SCOPE = gated(_SCOPE)  # tried on every figure's window, seldom matching there
_NOT_SUBJECTS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
     "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "q1", "q2", "q3", "q4", "h1", "h2", "i",
     "yoy", "mom", "qoq", "ytd", "ceo", "cfo", "gdp", "cpi", "us", "u", "chief", "president", "chairman", "chairwoman",
     "minister", "director", "governor", "mayor", "secretary", "spokesman", "spokeswoman", "spokesperson", "analyst",
     "economist", "professor", "dr", "mr", "mrs", "ms"}
)  # fmt: skip
# Words that open sentences capitalised, even before a name ("The Gulls", "In Dunmore"): never a name themselves.
_OPENERS = frozenset(
    {"the", "a", "an", "in", "at", "on", "for", "from", "with", "by", "of", "to", "and", "but", "or", "as", "after",
     "before", "this", "that", "these", "those", "its", "their", "his", "her", "our", "across", "while", "when",
     "since", "during", "under", "over", "like", "unlike", "both", "all", "some", "most", "many", "meanwhile",
     "also", "still", "however", "among", "between", "year", "last", "next"}
)  # fmt: skip
# Who speaks is not what the figures are about: "Jane Moss said", "said Tom Orr", "according to Bayfield Data".
_SPEAKER = re.compile(
    r"\b(?:said|says|told|according\s+to)\s+(?:[A-Z][\w.&'’-]*\s*){1,4}"
    r"|(?:[A-Z][\w.&'’-]*\s+){1,4}(?:said|says|told|added|noted|wrote)\b"
)


_OPENER_MARKS = ".!?:\"“‘'(—–-•*"


def _opens(text: str, start: int) -> bool:
    """The word at start opens a sentence, a line or a quote, where any word is capitalised."""
    head = text[max(0, start - 3) : start].rstrip()
    return not head or head[-1] in _OPENER_MARKS or text[start - 1 : start] == "\n"


def _mid_sentence(ctx: ArticleContext) -> frozenset[str]:
    """Words the article capitalises inside a sentence somewhere: names wherever they stand."""
    return ctx.memo(
        "paragraph_subjects.mid",
        lambda: frozenset(
            re.sub(r"['’]s$", "", m.group(0)).lower()
            for m in _NAME.finditer(ctx.text)
            if not _opens(ctx.text, m.start())
        ),
    )


def names(ctx: ArticleContext, start: int, end: int) -> dict[str, int]:
    """The subjects named from start to end, each where it is first named: capitalised words, lower case, and scope
    words as ``@word``."""
    found: dict[str, int] = {}
    mid = _mid_sentence(ctx)
    spoken = [m.span() for m in _SPEAKER.finditer(ctx.text, start, end)]
    for match in _NAME.finditer(ctx.text, start, end):
        if any(lo <= match.start() < hi for lo, hi in spoken):
            continue
        word = re.sub(r"['’]s$", "", match.group(0)).lower()
        if word in _NOT_SUBJECTS or word in _OPENERS:
            continue
        if (
            _opens(ctx.text, match.start())
            and word not in mid
            and not match.group(0).endswith(("'s", "’s"))
            and not _NAME.match(ctx.text, match.end() + 1)  # "Harbour City": a name runs on to a second word
        ):
            continue  # "Exports fell", "The gap": a common word capitalised because it opens the sentence
        found.setdefault(word, match.start())
    for match in _SCOPE.finditer(ctx.text, start, end):
        found.setdefault("@" + " ".join(match.group(0).lower().split()), match.start())
    return dict(sorted(found.items(), key=lambda item: item[1]))


def _told_about(ctx: ArticleContext, a: Claim, b: Claim) -> tuple[dict[str, int], dict[str, int]]:
    """The names each figure is told under: its paragraph from its opening to the figure; for the later one in the
    same paragraph, only what is named after the earlier figure's sentence."""
    para_a, para_b = ctx.block(a.span[0]), ctx.block(b.span[0])
    told_a = names(ctx, para_a[0], a.span[0])
    start_b = a.sentence_span[1] if para_a == para_b else para_b[0]
    return told_a, names(ctx, start_b, b.span[0])


def subjects_apart(ctx: ArticleContext, a: Claim, b: Claim) -> str | None:
    """A doubt when the later figure (b) is told under a subject the earlier one's words did not name, naming it."""
    told_a, told_b = _told_about(ctx, a, b)
    only_b = [name for name in told_b if name not in told_a]
    if not only_b:
        return None
    only_a = [name for name in told_a if name not in told_b]
    if any(name in names(ctx, a.sentence_span[1], b.span[0]) for name in only_a if not name.startswith("@")):
        return None  # "More on Palto Mills" between them: the story comes back to the earlier one's subject
    if only_a:
        shown = only_b[0].lstrip("@")
        return f"one is told under “{only_a[0].lstrip('@')}” and the other under “{shown}”, so they may be two subjects"
    # With nothing named on the earlier side, a name the story gave before it ("Homes in Tollbridge ..." above a
    # list of figures, "Tollbridge sellers ..." after it) is the subject both are about; a scope word never is.
    first = ctx.memo("paragraph_subjects.first", lambda: names(ctx, 0, len(ctx.text)))
    new = [name for name in only_b if name.startswith("@") or first.get(name, a.span[0]) >= a.span[0]]
    if not new:
        return None
    return f"the later one is told after “{new[0].lstrip('@')}” is named, so it may be about another subject"
