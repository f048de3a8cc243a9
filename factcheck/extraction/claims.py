"""Assemble claims: each quantity with its subject, metric, period, baseline, change and links."""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter

from factcheck.claim import Change, ChangeKind, Claim, Metric, TimeKind, TimeRef
from factcheck.collector import collector_paused
from factcheck.extraction.changes import RESTATED_GAP_RE, change_for, multiple_change
from factcheck.extraction.directions import fill_directions
from factcheck.extraction.entities import Entity, find_entities, is_attributed
from factcheck.extraction.measures import measure_of
from factcheck.extraction.metrics import classify, is_segment_name
from factcheck.extraction.periods import period_of
from factcheck.extraction.quantities import Mention, find_mentions
from factcheck.extraction.relative_ranks import is_standing
from factcheck.extraction.sentences import Sentence, join_straddled, split_sentences, unwrap
from factcheck.extraction.timerefs import find_time
from factcheck.literals import gated
from factcheck.quantity import Hedge, QuantityKind
from factcheck.units import per_unit

# Between two figures of one list: "5.2% and 3.1%", "4%, 6% and 9%".
_LIST_GAP_RE = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*(?:and[ \u00a0]+)?|and[ \u00a0]+)")
# After a list's last figure: "respectively", maybe past a comma or a short time phrase ("in May, respectively").
_RESPECTIVELY_RE = re.compile(
    r"[ \u00a0]*,?(?:[ \u00a0]+(?:in|on|during|for|over|last|this)(?:[ \u00a0]+[\w-]+){1,3},?)?"
    r"[ \u00a0]*\(?respectively\b",
    re.IGNORECASE,
)
_ANAPHOR_RE = re.compile(
    r"(?<![A-Za-z])(?:(?:the|The)[ \u00a0]+(?:[A-Za-z-]+[ \u00a0]+){0,3}?"
    r"(?:company|firm|group|giant|business|conglomerate|retailer|bank|maker|provider|operator|insurer|lender|"
    r"carrier|startup|corporation|airline|automaker|carmaker|chipmaker|manufacturer|producer|supplier|miner|brewer"
    r"|utility|developer|publisher|brand|broker|airport|club|team)(?:’s|'s)?"
    r"|(?:the|The)[ \u00a0]+index(?![ \u00a0]+(?:for|of)\b)(?:’s|'s)?"  # "the index", not "the food index"
    r"|\b(?:its|it|It|Its)\b)(?![A-Za-z])"
)
_ANAPHOR_RE = gated(_ANAPHOR_RE)  # tried on every figure's window, seldom matching there
_ASIDE_RE = re.compile(
    r",[ \u00a0]+(?:which|who|whose|a|an|the|its|like|unlike|including|such[ \u00a0]+as|as[ \u00a0]+well[ \u00a0]+as"
    r"|along[ \u00a0]+with|alongside|together[ \u00a0]+with|rival|owner|parent|backed[ \u00a0]+by|owned[ \u00a0]+by)"
    r"\b[^,;()\n]{0,100},|\([^()\n]{0,100}\)|[—–][^—–\n]{0,100}[—–]"
    # "Acme, South Korea's top maker of turbines, said": a possessive apposition.
    r"|,[ \u00a0]+(?-i:(?:[A-Z][\w.&-]*[ \u00a0]+){0,3}[A-Z][\w.&-]*)(?:’s|'s)[ \u00a0]+[^,;()\n]{0,100},",
    re.IGNORECASE,
)
# "It is a testament to ...", "It's the fifth time": "it" stands for no one.
_EXPLETIVE_AFTER_RE = re.compile(
    r"(?:’s|'s|[ \u00a0]+(?:is|was|will[ \u00a0]+be|would[ \u00a0]+be|has[ \u00a0]+been|had[ \u00a0]+been|seems|seemed"
    r"|appears|appeared|looks|looked|remains|remained|means|meant|marks|marked|takes|took))\b"
    r"(?![ \u00a0]+(?:(?:now|also|still|just|already|currently)[ \u00a0]+)?[a-z]+ing\b)"  # "It's now approaching"
)
# "The index for food rose 0.4%, after it edged up 0.1%": a sentence whose own subject is a common noun
# phrase; its "it" points there, not back to an organisation.
_OWN_SUBJECT_RE = re.compile(r"""[\s"“‘(]*(?:The|A|An)[ \u00a0]+[a-z]""")
# After its figure, a subject is introduced by a preposition in the same clause: "rose 13% in the West
# Midlands", "up 5% at Tencent", "20% of Alibaba's revenue"; an attribution ("..., the ONS said") is not.
_AFTER_SUBJECT_GAP_RE = re.compile(
    r"[ \u00a0]+(?:(?:(?!(?:ahead|because|instead|out|short|regardless|front|top|part|most|all|some|many|each|one"
    r"|none|both|half|rest|any)[ \u00a0])[A-Za-z-]+[ \u00a0]+)?of|(?:[a-z-]+[ \u00a0]+){0,2}?(?:at|in|for|among))"
    r"[ \u00a0]+(?:the[ \u00a0]+)?"
)
# A name followed by its verb (after an aside, an auxiliary or a time word), or by an apposition.
_SUBJECT_AFTER_RE = re.compile(
    r"(?:[ \u00a0]*\([^()\n]{0,40}\))?(?:,[ \u00a0]+(?:a|an|the|which|who|whose|one|its|based|headquartered|after"
    r"|before|while|having|despite|following|meanwhile|however|though|too)\b"
    r"|[ \u00a0]+(?:(?:also|has|have|had|is|was|were|are|will|would|could|can"
    r"|may|might|did|does|do|then|now|still|just|already|recently|earlier|today|yesterday|tonight|[a-z]+ly"
    r"|on[ \u00a0]+\w+|last[ \u00a0]+\w+"
    r"|this[ \u00a0]+\w+)[ \u00a0]+){0,2}(?:[a-z]+ed|said|says|reports|expects|plans|owns|holds|makes|sells|has|is"
    r"|employs|operates|runs|controls|accounts|posts|sees|gets|takes|leads|ranks|remains|wants|aims|hopes|believes"
    r"|estimates|forecasts|predicts|rose|fell|grew|saw|made|sold|took|became|began|won|lost|paid|spent|cut|hit|beat"
    r"|led|held|kept|got|gave|bought|built|brought|came|went|ran|set|put|shed|swung|slid|sank|soared|jumped"
    r"|dropped|will|would|could|can|may|might)\b)"
)
_CLAUSE_BOUNDARY_RE = re.compile(
    r"(?:[,;:–—(]|--|\b(?:that|and|but|while|as(?![ \u00a0]+(?:a|an|the)\b)|after|when|because|since|although|though"
    r"|where|if))[ \u00a0]*"
)
_PREPOSITION_RE = re.compile(
    r"\b(?:to|on|in|at|of|from|by|with|for|over|than|against|into|about|past|beyond|behind|between|among)\b"
)
_LEAD_RE = re.compile(r"""[\s"“‘(•*–—-]*(?:(?:The|the)[ \u00a0]+)?""")
_FRAME_RE = re.compile(r"""[\s"“‘(]*(?:For|At|As[ \u00a0]+for|In)[ \u00a0]+(?:the[ \u00a0]+)?""")
_CLAUSE_OPENING_RE = re.compile(
    r"(?:[,;:–—]|--|\b(?:that|and|but|while|as|after|when|because|since|although|though|where|if))[ \u00a0]*"
    r"(?:(?:the|The)[ \u00a0]+)?$"
)
# "the 10.3 million sales recorded by Acme": the agent of a passive after its figure.
_AGENT_GAP_RE = re.compile(
    r"(?:[ \u00a0]+[a-z-]+){0,3}?[ \u00a0]+(?:recorded|reported|posted|achieved|generated|sold|made|delivered|shipped"
    r"|earned|booked|registered|carried|handled|held|owned|produced|won|set|scored|occupied|taken)[ \u00a0]+by"
    r"[ \u00a0]+(?:the[ \u00a0]+)?"
)
# "In third place is Acme": the subject after a copula.
_INVERSION_GAP_RE = re.compile(r"(?:[ \u00a0]+[a-z]+)?[ \u00a0]+(?:is|was|are|were)[ \u00a0]+(?:the[ \u00a0]+)?")
# A person is the subject of their own record ("Lillard scored 31 points", "Smith's approval rating"), not
# of what they say ("Chief executive Jane Doe said revenue grew") or of the company they run.
_PERSON_OWN_AFTER_RE = re.compile(
    r"(?:’s|'s)[ \u00a0]+(?!(?:company|firm|group|business|bank|team|club|party|administration|government)\b)[a-z]"
    r"|[ \u00a0]+(?:(?:has|had|also|then)[ \u00a0]+)?(?:scored|recorded|posted|won|earned|made|hit|collected"
    r"|received|got|took|finished|ran|threw|averaged|polled|led|owns|owned|holds|held|sold|bought|paid|trailed)\b"
    # "Smith at 38 percent"
    r"|[ \u00a0]+(?:at|with|on)[ \u00a0]+(?:about[ \u00a0]+|around[ \u00a0]+|just[ \u00a0]+)?[0-9]"
)
_APPOSITION_GAP_RE = re.compile(r"(?:[ \u00a0]+[a-z-]+){1,6},[ \u00a0]+(?:the[ \u00a0]+)?")
_FIRST_PERSON_RE = re.compile(r"\b(?:[Oo]ur|[Ww]e|us)\b")
# The speaker's organisation after a quote: "Acme's chief executive said", "Acme said".
_SPEAKER_AFTER_RE = re.compile(
    r"(?:(?:’s|'s)[ \u00a0]+(?:[A-Za-z-]+[ \u00a0]+){0,3}?(?:CEO|CFO|chief|head|president|chairman|chairwoman"
    r"|spokes(?:man|woman|person)|executive|director|founder|officer)\b|[ \u00a0]+(?:said|says)\b)"
)
_LOCATIVE_BEFORE_RE = re.compile(
    r"(?:\d|%|per[ \u00a0]cent|percent|points?)[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}?(?:in|at|for|among)[ \u00a0]+"
    r"(?:the[ \u00a0]+)?$"
)
_LOCATIVE_BEFORE_RE = gated(_LOCATIVE_BEFORE_RE)  # tried on every figure's window, seldom matching there
# Between a figure and the baseline it compares with: a unit word and a comparative, no comma ("6.1 percent
# lower than a year ago"); "compared with" alone, or a comma, leaves the baseline free for a list ("fell 5% and
# 10% compared with a year ago").
_BOUND_BASELINE_GAP_RE = re.compile(
    r"[ \u00a0]*(?:percent|per[ \u00a0]*cent|pc|%|points?|percentage[ \u00a0]+points?)?[ \u00a0]*"
    r"(?:lower|higher|less|more|below|above|greater|smaller|larger|bigger)[ \u00a0]*"
    r"(?:(?:than|from|on|over|versus|vs\.?|compared[ \u00a0]+(?:with|to))[ \u00a0]*)?",
    re.IGNORECASE,
)


def _bound_to_nearer(text: str, own: tuple[int, int], others: list[tuple[int, int]], ref: TimeRef) -> bool:
    """Whether ``ref`` follows ``own`` with another figure in between that its comparative binds it to."""
    if ref.span[0] < own[1]:
        return False
    between = [s for s in others if s[0] >= own[1] and s[1] <= ref.span[0]]
    if not between:
        return False
    nearest = max(between)
    return _BOUND_BASELINE_GAP_RE.fullmatch(text, nearest[1], ref.span[0]) is not None


_PERIOD_KINDS = frozenset({TimeKind.DATE, TimeKind.PERIOD, TimeKind.POINT, TimeKind.WINDOW, TimeKind.YEAR_TO_DATE})
# No company earns this much per share in any currency news prints per-share figures in (yen and won included).
_PER_SHARE_CEILING = 100_000
_SIGNS = frozenset({"+", "-", "\u2212", "\u2013"})
_LEVEL_KINDS = frozenset({QuantityKind.MONEY, QuantityKind.PER_UNIT, QuantityKind.COUNT, QuantityKind.NUMBER,
                          QuantityKind.DIMENSION, QuantityKind.PERCENT})  # fmt: skip
_CLAUSE_BREAK_RE = re.compile(r";|\band\b|\bwhile\b|\bwhereas\b|\bbut\b|—")
# Between a change and the from/to pair it governs: "rose 7% and its share climbed from 4.1% to 5%" is two moves;
# "tripled between 2019 and 2020, from 1.5 to 4.5" is one.
_LINK_BREAK_RE = re.compile(
    r";|—|\bbut\b|\bwhile\b|\bwhereas\b|,[ \u00a0]+and\b|\band[ \u00a0]+(?:its|the|their|his|her)\b|[.!?](?=[A-Z][a-z])"
)
_FROM_BEFORE_RE = re.compile(r"(?<![A-Za-z])from[ \u00a0]*$", re.IGNORECASE)  # "from11.7": a space lost
_TO_BEFORE_RE = re.compile(r"(?<![A-Za-z])to[ \u00a0]+$", re.IGNORECASE)
_POSSESSIVE_GAP_RE = re.compile(r"^(?:’s|'s)[ \u00a0]+")
# How many sentences back an "it" or "the company" may point, unless to the article's main organisation.
_ANAPHOR_REACH = 3
# How far around a figure we read for its subject, metric and time. A bound keeps a
# run-on "sentence" of a megabyte linear: nothing further away is about the figure anyway.
_REACH = 400


def extract_claims(text: str) -> list[Claim]:
    """Claims in text order with stable ids ``c0``, ``c1`` ..."""
    if not isinstance(text, str) or not text:
        return []
    with collector_paused():  # the pipeline calls this directly, not through check_text's pause
        return _extract(text)


def _extract(text: str) -> list[Claim]:
    original = text
    # A line break inside a sentence ("rose from\n400 tons in\n1990") reads as a space; offsets are kept.
    text = unwrap(text)
    sentences = split_sentences(text)
    time = find_time(text)
    # "the next generation" is a position but no claim; "finished second to last" is one.
    mentions = [m for m in find_mentions(text, time) if m.relative_to is None or is_standing(text, m.start, m.end)]
    sentences = join_straddled(text, sentences, [(m.start, m.end) for m in mentions])
    entities = find_entities(text, [(s.start, s.end) for s in sentences])
    builder = _Builder(text, sentences, time.refs, entities)
    claims = fill_directions(text, builder.build(mentions))
    return claims if text == original else [_as_printed(claim, original) for claim in claims]


def _as_printed(claim: Claim, text: str) -> Claim:
    """The claim with its surface texts taken from the article as printed, line breaks and all."""
    update: dict[str, object] = {
        "text": text[claim.sentence_span[0] : claim.sentence_span[1]],
        "quantity": claim.quantity.model_copy(update={"text": text[claim.span[0] : claim.span[1]]}),
    }
    for name in ("period", "baseline"):
        ref: TimeRef | None = getattr(claim, name)
        if ref is not None:
            update[name] = ref.model_copy(update={"text": text[ref.span[0] : ref.span[1]]})
    return claim.model_copy(update=update)


class _Builder:
    def __init__(self, text: str, sentences: list[Sentence], refs: list[TimeRef], entities: list[Entity]) -> None:
        self.text = text
        self.sentences = sentences
        self.sentence_starts = [s.start for s in sentences]
        self.refs = refs
        self.ref_starts = [r.span[0] for r in refs]
        self.entities = [e for e in entities if not e.is_person]
        self.entity_starts = [e.start for e in self.entities]
        self.people = [e for e in entities if e.is_person and not e.role]
        self.people_starts = [e.start for e in self.people]
        # Keyed by id(): every entity asked about is held by self.entities or self.people for the builder's life.
        self._subject_ok: dict[int, bool] = {}
        self._locative: dict[int, bool] = {}
        self._refers: dict[tuple[int, int], bool] = {}
        self._extreme_dates: dict[tuple[int, int], bool] = {}
        counts = Counter(e.canonical for e in self.entities if not e.is_place and not e.role).most_common(2)
        # The organisation the article is about: named more than once, and more often than any other.
        self.main_org = (
            counts[0][0] if counts and counts[0][1] >= 2 and (len(counts) == 1 or counts[1][1] < counts[0][1]) else None
        )

    def window(self, sentence: Sentence, mention: Mention) -> Sentence:
        """The sentence clipped to ``_REACH`` characters either side of the figure."""
        start = max(sentence.start, mention.start - _REACH)
        end = min(sentence.end, mention.end + _REACH)
        if (start, end) == (sentence.start, sentence.end):
            return sentence
        return Sentence(start, end, self.text[start:end])

    def sentence_of(self, offset: int) -> Sentence:
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        if i < 0:
            return Sentence(0, len(self.text), self.text)
        return self.sentences[i]

    def build(self, mentions: list[Mention]) -> list[Claim]:
        ids = [f"c{i}" for i in range(len(mentions))]
        # The figures a date may belong to, with their hedges; a duration frames a date and owns none.
        self.figure_spans = [
            None
            if m.kind is QuantityKind.DURATION
            else (m.hedge_start if m.hedge_start is not None else m.start, m.end)
            for m in mentions
        ]
        self.mention_starts = [m.start for m in mentions]
        drafts: list[dict] = []
        for i, mention in enumerate(mentions):
            drafts.append(self._draft(ids[i], mention))
        self._listed_moves(mentions, drafts)
        self._measures(mentions, drafts)
        self._value_moves(mentions, drafts)
        self._link(mentions, drafts)
        return [Claim(**d) for d in drafts]

    def _draft(self, claim_id: str, mention: Mention) -> dict:
        text = self.text
        full_sentence = self.sentence_of(mention.start)
        sentence = self.window(full_sentence, mention)
        anchor = mention.hedge_start if mention.hedge_start is not None else mention.start
        clause_start = self._clause_start(sentence, anchor)
        change: Change | None = change_for(text, anchor, mention.end, mention.kind, clause_start)
        if change is None and mention.hedge is Hedge.EXACT:
            up_to = _UP_TO_BEFORE_RE.search(text, max(clause_start, mention.start - 8), mention.start)
            if up_to is not None:  # left unhedged by a restatement: "up to $1.17, or 1.2 percent"
                change = change_for(text, up_to.end(1), mention.end, mention.kind, clause_start)
        if (
            change is not None
            and _NAMED_LEVEL_BEFORE_RE.search(text, max(0, mention.start - 8), mention.start)
            and _NAMED_LEVEL_AFTER_RE.match(text, mention.end, min(len(text), mention.end + 12))
        ):
            change = None  # "swinging from a £5m loss to a £1.2m gain": levels, not moves
        if change is None:
            change = _signed_change(text, mention, clause_start)
        if change is None:
            change = _bracketed_sign(text, mention)
        if (
            change is not None
            and mention.kind is QuantityKind.FRACTION
            and _PART_OF_RE.match(text, mention.end, min(len(text), mention.end + 12))
        ):
            change = None  # "shed one-third of its staff": a part of the whole that was shed, not a move
        if (
            mention.kind is QuantityKind.MULTIPLE
            and change is None
            # "is more than double the rate" compares; "was doubled" is a move.
            and not (
                text[mention.start : mention.end].lower() in ("double", "triple", "quadruple")
                and _COPULA_BEFORE_RE.search(text, max(0, anchor - 16), anchor)
            )
        ):
            change = multiple_change(text[mention.start : mention.end], (mention.start, mention.end))
        subject_entity = self._subject(sentence, mention)
        subject = subject_entity.canonical if subject_entity else None
        is_segment = bool(
            subject_entity
            and subject != self.main_org
            and (is_segment_name(subject) or self._possessed(subject_entity))
        )
        clause = text[sentence.start : sentence.end]
        metric = classify(
            mention.kind, mention.noun, mention.unit, clause, mention.start - sentence.start, change, is_segment,
            mention.value,
        )  # fmt: skip
        if mention.relative_to is not None:
            metric = Metric.RANK  # only standings ("finished last") are kept as claims
        if metric is Metric.MARKET_SIZE and not self._possessed_by_subject(subject_entity, mention):
            subject, subject_entity = None, None  # "a $90B cloud market" belongs to no one in particular
        if (
            change is not None
            and subject_entity is not None
            and subject_entity.end <= change.verb_span[0]
            and _MARKET_SUBJECT_RE.search(text, subject_entity.end, change.verb_span[0])
        ):
            subject, subject_entity = None, None  # "Acme said the drone market grew 12%": the market's move, not Acme's
        period, baseline = self._time(sentence, mention, change is not None or metric is Metric.GROWTH)
        quantity = mention.to_quantity(text)
        return {
            "id": claim_id,
            "text": full_sentence.text,
            "span": quantity.span,
            "sentence_span": (full_sentence.start, full_sentence.end),
            "quantity": quantity,
            "subject": subject,
            "subject_span": (subject_entity.start, subject_entity.end) if subject_entity else None,
            "metric": metric,
            "period": period,
            "baseline": baseline,
            "change": change,
            "related": {},
        }

    def _listed_moves(self, mentions: list[Mention], drafts: list[dict]) -> None:
        """ "Exports and imports rose 5.2% and 3.1% respectively": each figure of the list is a move of the verb.

        Only the first figure stands after the verb; the others follow it joined by a comma or "and", and
        "respectively" after the last hands each one to its own subject, so each is the same kind of move.
        Without "respectively" a second figure may be a level of something else ("rose 5% and 8% of ...").
        """
        for i in range(1, len(mentions)):
            draft, mention = drafts[i], mentions[i]
            if draft["change"] is not None or mention.hedge_start is not None:
                continue
            first = i - 1
            while first > max(0, i - 6) and drafts[first]["change"] is None:
                first -= 1
            head = drafts[first]["change"]
            if head is None or head.kind is ChangeKind.POINTS:
                continue
            listed = mentions[first : i + 1]
            if any(m.kind is not mention.kind for m in listed):
                continue
            if not all(_LIST_GAP_RE.fullmatch(self.text, a.end, b.start) for a, b in itertools.pairwise(listed)):
                continue
            if not _RESPECTIVELY_RE.match(self.text, mention.end, min(len(self.text), mention.end + 40)):
                continue  # a later figure of the list, or no "respectively": its own reading stands
            for later in range(first + 1, i + 1):
                drafts[later]["change"] = head
                if drafts[later]["metric"] is Metric.UNKNOWN:
                    drafts[later]["metric"] = drafts[first]["metric"]

    def _value_moves(self, mentions: list[Mention], drafts: list[dict]) -> None:
        """ "Shares fell 8% to $173.50, a loss of about $126bn in market value": the amount a move gained or lost.

        A noun of gain or loss set in apposition after a move of the same direction in its sentence is that
        move in money; "posted a net loss of $5m" is a result, not a move, and stays a level.
        """
        for i, (mention, draft) in enumerate(zip(mentions, drafts, strict=True)):
            if draft["change"] is not None or mention.kind is not QuantityKind.MONEY:
                continue
            anchor = mention.hedge_start if mention.hedge_start is not None else mention.start
            noun = _APPOSED_MOVE_RE.search(self.text, max(0, anchor - 30), anchor)
            if noun is None:
                continue
            direction = -1 if noun.group("noun").lower() in _LOSS_NOUNS else 1
            earlier = [
                d
                for d in drafts[max(0, i - 4) : i]
                if d["sentence_span"] == draft["sentence_span"] and d["change"] is not None
            ]
            # Only after a move of a price or a value: "Shares fell 8% to $173.50, a loss of $126bn".
            if (
                earlier
                and earlier[-1]["change"].direction == direction
                and (
                    earlier[-1]["measure"] in _VALUE_MEASURES
                    or earlier[-1]["metric"] in (Metric.PRICE_CHANGE, Metric.MARKET_VALUE_CHANGE, Metric.SHARE_PRICE)
                )
            ):
                span = (noun.start("noun"), noun.end("noun"))
                draft["change"] = Change(direction=direction, kind=ChangeKind.ABSOLUTE, verb=noun.group("noun"),
                                         verb_span=span)  # fmt: skip
                if draft["metric"] is Metric.MARKET_CAP:
                    draft["metric"] = Metric.MARKET_VALUE_CHANGE
                if earlier[-1]["measure"] == "share price" or earlier[-1]["metric"] is Metric.PRICE_CHANGE:
                    # A price move's gain or loss in money is the company's value, not a profit or loss.
                    draft["metric"], draft["measure"] = Metric.MARKET_VALUE_CHANGE, "market value"
                elif draft["measure"] == "net income":
                    draft["measure"] = None  # "loss" named the move, not a result

    def _measures(self, mentions: list[Mention], drafts: list[dict]) -> None:
        """What each figure measures; the other figures' own words are no measure words for it."""
        for i, (mention, draft) in enumerate(zip(mentions, drafts, strict=True)):
            sentence = draft["sentence_span"]
            others = [
                (m.start, m.end)
                for j, m in enumerate(mentions[max(0, i - 8) : i + 9], start=max(0, i - 8))
                if j != i and drafts[j]["sentence_span"] == sentence
            ]
            draft["measure"] = measure_of(
                self.text, mention.start, mention.end, sentence, mention.kind, mention.noun, others
            )
            if mention.kind is QuantityKind.MONEY and self._per_share_by_measure(mention, sentence, others):
                # "EPS rose 42.6% from 9 cents": the measure says the amount is per share, as "9 cents a share" does.
                quantity = draft["quantity"]
                draft["quantity"] = quantity.model_copy(
                    update={"kind": QuantityKind.PER_UNIT, "unit": per_unit(quantity.unit, "share"), "noun": "share"}
                )
                draft["measure"], draft["metric"] = "earnings per share", Metric.SHARE_PRICE
            if draft["measure"] == "share price" and draft["metric"] in (Metric.MARKET_CAP, Metric.MARKET_VALUE_CHANGE):
                draft["measure"] = "market value"  # "shares closed at $3 trillion": the company's worth

    def _per_share_by_measure(self, mention: Mention, sentence: tuple[int, int], others: list[tuple[int, int]]) -> bool:
        """An amount the words "earnings per share" or "EPS" govern, small enough to be per share ($5 billion is
        never earnings per share, whatever the sentence's words)."""
        if abs(mention.value) >= _PER_SHARE_CEILING or "/" in mention.unit:
            return False
        measure = measure_of(self.text, mention.start, mention.end, sentence, QuantityKind.NUMBER, None, others)
        return measure == "earnings per share"

    def _restated_changes(self, mentions: list[Mention], drafts: list[dict]) -> None:
        """ "up $1.17, or 1.2%": the same move restated in other units carries the same direction."""
        for i in range(len(mentions) - 1):
            a, b = mentions[i], mentions[i + 1]
            first, second = drafts[i], drafts[i + 1]
            if first["sentence_span"] != second["sentence_span"] or (first["change"] is None) == (
                second["change"] is None
            ):
                continue
            if (a.kind is QuantityKind.PERCENT) == (b.kind is QuantityKind.PERCENT):
                continue  # "$5 or $6" are alternatives; a restatement changes units
            if a.kind in _NOT_MOVES or b.kind in _NOT_MOVES:
                continue
            gap_end = b.hedge_start if b.hedge_start is not None else b.start
            if not RESTATED_GAP_RE.fullmatch(self.text, a.end, gap_end):
                continue
            target = b if first["change"] is not None else a
            if target is a and second["change"].verb in _SIGNS:
                continue  # "357,200 (+4.1%)": a signed percentage beside a level is that level's move
            anchor = target.hedge_start if target.hedge_start is not None else target.start
            if _LEVEL_BEFORE_RE.search(self.text, max(0, anchor - 8), anchor):
                continue  # "fell to 3.1% (-0.4 points)": the level, restated beside its move, is no move
            if first["change"] is not None:
                second["change"] = _restate(first["change"], b.kind)
            else:
                first["change"] = _restate(second["change"], a.kind)

    def _without_dates(self, start: int, end: int) -> str:
        """The words from ``start`` to ``end`` less the dates of the figure before: "in 1990 to" reads "to"."""
        gap = self.text[start:end]
        lo = bisect.bisect_left(self.ref_starts, start)
        hi = bisect.bisect_left(self.ref_starts, end)
        refs = [r for r in self.refs[lo:hi] if r.span[1] <= end and r.kind in _PERIOD_KINDS]
        if not refs:
            return gap
        last = refs[-1].span[1]
        # Only dates that follow the first figure: "400 tons in 1990, to 520 tons"; nothing else in between.
        before = _DATE_LEAD_RE.fullmatch(self.text, start, refs[0].span[0])
        between = all(_DATE_LEAD_RE.fullmatch(self.text, x.span[1], y.span[0]) for x, y in itertools.pairwise(refs))
        if before is None or not between:
            return gap
        return self.text[last:end].lstrip(" ,\u00a0")

    def _clause_start(self, sentence: Sentence, offset: int) -> int:
        """Just past the last comma, semicolon or dash between the sentence's start and ``offset``."""
        text = self.text
        last = max(text.rfind(",", sentence.start, offset), text.rfind(";", sentence.start, offset),
                   text.rfind("—", sentence.start, offset))  # fmt: skip
        return last + 1 if last >= 0 else sentence.start

    def _possessed(self, entity: Entity) -> bool:
        """ "Alibaba's Cloud Intelligence Group": a unit of another organisation."""
        i = bisect.bisect_left(self.entity_starts, entity.start) - 1
        if i < 0:
            return False
        owner = self.entities[i]
        gap = self.text[owner.end : entity.start]
        return bool(_POSSESSIVE_GAP_RE.match(gap)) and owner.canonical != entity.canonical

    def _possessed_by_subject(self, entity: Entity | None, mention: Mention) -> bool:
        if entity is None:
            return False
        gap = self.text[entity.end : mention.start]
        return bool(_POSSESSIVE_GAP_RE.match(gap))

    def _may_be_subject(self, entity: Entity) -> bool:
        """Not a source, another party or one of a list; a person only for their own record; a place only as
        an owner ("India's GDP") or as the subject of its clause ("Russia will cut exports by ...")."""
        # Asked again for every figure of the sentence: the answer depends on the name alone.
        known = self._subject_ok.get(id(entity))
        if known is None:
            known = self._subject_ok[id(entity)] = self._may_be_subject_uncached(entity)
        return known

    def _may_be_subject_uncached(self, entity: Entity) -> bool:
        if entity.role:
            return False
        if entity.is_person:
            return _PERSON_OWN_AFTER_RE.match(self.text, entity.end, min(len(self.text), entity.end + 40)) is not None
        if not entity.is_place or self.text.startswith(("’s", "'s"), entity.end):
            return True
        followed = _SUBJECT_AFTER_RE.match(self.text, entity.end, min(len(self.text), entity.end + 60))
        return followed is not None and not followed.group().startswith(",") and self._opens_clause(entity)

    def _opens_clause(self, entity: Entity) -> bool:
        """First in its clause but for describing words: "British airports operator BAA", not "services to Asia"."""
        text = self.text
        sentence = self.sentence_of(entity.start)
        lo = max(sentence.start, entity.start - 80)
        boundaries = [m.end() for m in _CLAUSE_BOUNDARY_RE.finditer(text, lo, entity.start)]
        start = boundaries[-1] if boundaries else lo
        if not boundaries and lo > sentence.start:
            return False  # no boundary near: deep inside a long clause
        if any(a <= entity.start < b for a, b in self._asides(sentence)):
            return False  # "Acme, South Korea's top maker, said": an apposition
        if self._framed(entity):
            return True
        if _PREPOSITION_RE.search(text, start, entity.start) is not None:
            return False
        # "Hollins beat Wall Street's forecasts": another name opens the clause.
        i = bisect.bisect_left(self.entity_starts, start)
        return i >= len(self.entities) or self.entities[i].start >= entity.start

    def _framed(self, entity: Entity) -> bool:
        """ "For the Nasdaq, it fell 3%": the topic set before the clause."""
        sentence = self.sentence_of(entity.start)
        return bool(_FRAME_RE.fullmatch(self.text, sentence.start, entity.start)) and self.text.startswith(
            ",", entity.end
        )

    def _asides(self, sentence: Sentence) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in _ASIDE_RE.finditer(self.text, sentence.start, sentence.end)]

    def _subject(self, sentence: Sentence, mention: Mention) -> Entity | None:
        lo = bisect.bisect_left(self.entity_starts, sentence.start)
        hi = bisect.bisect_left(self.entity_starts, sentence.end)
        p_lo = bisect.bisect_left(self.people_starts, sentence.start)
        p_hi = bisect.bisect_left(self.people_starts, sentence.end)
        agent = self._agent_after(mention, self.entities[lo:hi])
        if agent is not None:
            return agent
        named = [e for e in self.entities[lo:hi] if not e.role]  # places too: "Russia, for its part, ..."
        people = [e for e in self.people[p_lo:p_hi] if self._may_be_subject(e)]
        if people:
            named = sorted([*named, *people], key=lambda e: e.start)
        in_sentence = [e for e in named if self._may_be_subject(e)]
        # "rose 13% in the West Midlands and 5% in London": a name set after a figure is that figure's.
        before = [
            e
            for e in in_sentence
            if e.end <= mention.start
            and (
                not self._after_locative(e)
                or self.text.startswith(("’s", "'s", "’ ", "' "), e.end)  # "in the Boston Celtics’ 130-104 win"
            )
        ]
        # "Tencent, a rival of Alibaba, said sales grew 5%": an aside between the subject and
        # its figure names someone else.
        asides = [
            (m.start(), m.end())
            # Only an aside after a name counts: with no name before the figure, the clause is not scanned.
            for m in (_ASIDE_RE.finditer(self.text, sentence.start, mention.start) if before else ())
            if any(e.end <= m.start() for e in before)
        ]
        if asides:
            outside = [e for e in before if not any(a <= e.start and e.end <= b for a, b in asides)]
            before = outside or before
            named = [e for e in named if not any(a <= e.start and e.end <= b for a, b in asides)]
            in_sentence = [e for e in named if self._may_be_subject(e)]
        anaphors = list(_ANAPHOR_RE.finditer(self.text, sentence.start, mention.start))
        anaphor = next((m for m in reversed(anaphors) if self._refers_back(m)), None)
        if before and (anaphor is None or before[-1].start > anaphor.start() or before[-1].canonical == self.main_org):
            return before[-1]
        if anaphor is not None:
            # "Saudi Arabia began its cut": an "its" after a name in its own sentence is that name's.
            antecedents = [e for e in in_sentence if e.end <= anaphor.start()]
            if antecedents:
                return antecedents[-1]
            if self._points_inside(anaphor):
                return None
            previous = self._last_org_before(anaphor.start())
            if previous is not None:
                return previous
        if before:
            return before[-1]
        after = [e for e in named if e.start >= mention.end and self._introduced_after(mention, e, sentence)]
        return after[0] if after else None

    def _after_locative(self, entity: Entity) -> bool:
        """ "13% in the West Midlands": a name set after a figure and a preposition (the name's alone decides)."""
        known = self._locative.get(id(entity))
        if known is None:
            found = _LOCATIVE_BEFORE_RE.search(self.text, max(0, entity.start - 40), entity.start) is not None
            known = self._locative[id(entity)] = found
        return known

    def _agent_after(self, mention: Mention, entities: list[Entity]) -> Entity | None:
        """ "the 10.3 million sales recorded by Acme": the agent named right after the figure."""
        for entity in entities:
            if entity.start < mention.end or entity.role not in ("", "oblique"):
                continue
            if _AGENT_GAP_RE.fullmatch(self.text, mention.end, entity.start):
                return entity
            if entity.start - mention.end > 60:
                break
        return None

    def _introduced_after(self, mention: Mention, entity: Entity, sentence: Sentence) -> bool:
        """A name after its figure that the figure is about.

        "rose 13% in the West Midlands"; "the fourth largest company, Acme, said" (in apposition); and in
        a quote, "our revenue rose 13%,” Acme's chief executive said: "our" is the speaker's organisation.
        """
        text = self.text
        if _AFTER_SUBJECT_GAP_RE.fullmatch(text, mention.end, entity.start):
            return True
        if _APPOSITION_GAP_RE.fullmatch(text, mention.end, entity.start) and text.startswith(",", entity.end):
            return True
        if _INVERSION_GAP_RE.fullmatch(text, mention.end, entity.start):
            return True
        if not _FIRST_PERSON_RE.search(text, sentence.start, mention.start):
            return False
        return _SPEAKER_AFTER_RE.match(text, entity.end, min(sentence.end, entity.end + 60)) is not None

    def _refers_back(self, anaphor: re.Match[str]) -> bool:
        """An "it" or "the company" that stands for an organisation: not "It is ...", not a source."""
        # The sentence's anaphors are found again for each of its figures: each is judged once.
        key = anaphor.span()
        known = self._refers.get(key)
        if known is None:
            if anaphor.group() in ("It", "it") and _EXPLETIVE_AFTER_RE.match(self.text, anaphor.end()):
                known = False
            else:
                known = not is_attributed(self.text, anaphor.start())
            self._refers[key] = known
        return known

    def _points_inside(self, anaphor: re.Match[str]) -> bool:
        """ "The index for food rose 0.4%, after it edged up": the "it" is the sentence's own unnamed subject."""
        if anaphor.group() not in ("it", "its"):
            return False
        sentence = self.sentence_of(anaphor.start())
        opening = _OWN_SUBJECT_RE.match(self.text, sentence.start, anaphor.start())
        if opening is None:
            return False
        first = _ANAPHOR_RE.search(self.text, sentence.start, anaphor.start())
        return first is None or first.start() > opening.end()

    def _as_subject(self, entity: Entity) -> bool:
        """Named as the subject of its clause: "Acme said", "Acme, a maker of tools, reported", "Acme's profit".

        Not "beat Wall Street's expectations", "sales of the new Widget 3" or "services to Asia rose": a later
        "it" is not about them.
        """
        text = self.text
        if self._framed(entity):
            return True
        sentence = self.sentence_of(entity.start)
        if _LEAD_RE.fullmatch(text, sentence.start, entity.start):
            return True  # "Tesla shares fell 12%": the sentence opens with the name
        if _SUBJECT_AFTER_RE.match(text, entity.end, min(len(text), entity.end + 60)):
            return self._opens_clause(entity)
        return text.startswith(("’s", "'s"), entity.end) and self._opens_clause(entity)

    def _last_org_before(self, offset: int) -> Entity | None:
        """What an "it" or "the company" at ``offset`` stands for: the latest organisation named as a possible
        subject in the sentences just before, else the organisation the article is about."""
        i = bisect.bisect_left(self.entity_starts, offset) - 1
        back = bisect.bisect_right(self.sentence_starts, offset) - 1 - _ANAPHOR_REACH
        earliest = self.sentence_starts[back] if self.sentence_starts and back >= 0 else 0
        steps = 0
        while i >= 0 and steps < 50:
            entity = self.entities[i]
            if self._may_be_subject(entity) and not entity.is_place:
                if entity.canonical == self.main_org:
                    return entity
                if entity.start >= earliest and self._as_subject(entity):
                    return entity
            i -= 1
            steps += 1
        return None

    def _time(self, sentence: Sentence, mention: Mention, is_change: bool) -> tuple[TimeRef | None, TimeRef | None]:
        lo = bisect.bisect_left(self.ref_starts, sentence.start)
        hi = bisect.bisect_left(self.ref_starts, sentence.end)
        refs = [r for r in self.refs[lo:hi] if not (r.span[0] >= mention.start and r.span[1] <= mention.end)]
        # A window that contains the quantity ("over the next three years") is its own frame, not its period.
        refs = [r for r in refs if not (r.span[0] <= mention.start and r.span[1] >= mention.end)]

        def distance(ref: TimeRef) -> int:
            if ref.span[0] >= mention.end:
                return ref.span[0] - mention.end
            return (mention.start - ref.span[1]) + 1  # the same distance after is preferred

        periods = [r for r in refs if r.kind in _PERIOD_KINDS or (r.kind is TimeKind.SINCE and not is_change)]
        if is_change:
            # "25% below their 2022 high": the date is the reference high's, not the time of the move.
            periods = [r for r in periods if not self._dates_an_extreme(r)]
        baselines = [r for r in refs if r.kind is TimeKind.BASELINE or (r.kind is TimeKind.SINCE and is_change)]
        lo = bisect.bisect_left(self.mention_starts, sentence.start)
        hi = bisect.bisect_left(self.mention_starts, sentence.end)
        own = (mention.hedge_start if mention.hedge_start is not None else mention.start, mention.end)
        others = [s for s in self.figure_spans[lo:hi] if s is not None and s != own]
        period = period_of(self.text, own, others, periods, (sentence.start, sentence.end))
        # "rose 3.4% to 2.07 million, but is still 5.2% lower than a year ago": a baseline bound to a nearer
        # figure by its comparative is that figure's own, not the comparison of an earlier move.
        baselines = [r for r in baselines if not _bound_to_nearer(self.text, own, others, r)]
        baseline = min(baselines, key=distance, default=None) if is_change else None
        return period, baseline

    def _dates_an_extreme(self, ref: TimeRef) -> bool:
        """ "its 2022 high", "the November peak", "a record set in January": a date that names when a reference
        high or low was, which a move measured from it does not happen in."""
        # Asked for each moving figure of the date's sentence: the date's own words decide, so once per date.
        known = self._extreme_dates.get(ref.span)
        if known is None:
            known = self._extreme_dates[ref.span] = self._dates_an_extreme_uncached(ref)
        return known

    def _dates_an_extreme_uncached(self, ref: TimeRef) -> bool:
        if _EXTREME_AFTER_RE.match(self.text, ref.span[1], min(len(self.text), ref.span[1] + 30)):
            return _OWNED_BEFORE_RE.search(self.text, max(0, ref.span[0] - 12), ref.span[0]) is not None
        return _EXTREME_BEFORE_RE.search(self.text, max(0, ref.span[0] - 40), ref.span[0]) is not None

    def _link(self, mentions: list[Mention], drafts: list[dict]) -> None:
        text = self.text
        self._restated_changes(mentions, drafts)
        for i, draft in enumerate(drafts):
            change: Change | None = draft["change"]
            if change is None or mentions[i].kind in (QuantityKind.RANK, QuantityKind.DURATION):
                continue
            # "of": the level whose change this is, stated in the same sentence.
            best: tuple[int, int] | None = None
            for j in range(max(0, i - 6), min(len(drafts), i + 7)):
                other = drafts[j]
                if j == i or other["sentence_span"] != draft["sentence_span"] or other["change"] is not None:
                    continue
                # A percent level is only the base of a point change ("margin up 2 points to 30%").
                if mentions[j].kind not in _LEVEL_KINDS or (
                    mentions[j].kind is QuantityKind.PERCENT and mentions[i].kind is not QuantityKind.PERCENTAGE_POINT
                ):
                    continue
                if (
                    change.kind is ChangeKind.ABSOLUTE
                    and draft["measure"] is not None
                    and other["measure"] is not None
                    and draft["measure"] != other["measure"]
                ):
                    continue  # "fell to $173.50, a loss of $126bn in market value": a move of another measure
                if change.kind is ChangeKind.ABSOLUTE and abs(mentions[i].value) > 1000 * abs(mentions[j].value):
                    continue  # no move is a thousand times its own level: "$173.50, a loss of $126bn"
                gap = abs(mentions[j].start - mentions[i].start)
                if best is None or gap < best[0]:
                    best = (gap, j)
            if best is not None:
                draft["related"]["of"] = drafts[best[1]]["id"]
                if draft["subject"] is None and drafts[best[1]]["subject"] is not None:
                    draft["subject"] = drafts[best[1]]["subject"]
                    draft["subject_span"] = drafts[best[1]]["subject_span"]
        # "from X to Y" and "to Y from X".
        for i in range(len(mentions) - 1):
            a, b = mentions[i], mentions[i + 1]
            if drafts[i]["sentence_span"] != drafts[i + 1]["sentence_span"]:
                continue
            gap = self._without_dates(a.end, b.start).strip().lower()
            a_anchor = a.hedge_start if a.hedge_start is not None else a.start
            b_anchor = b.hedge_start if b.hedge_start is not None else b.start
            b_hedgeless_gap = self._without_dates(a.end, b_anchor).strip().lower()
            from_to = None
            if b_hedgeless_gap == "to" and _FROM_BEFORE_RE.search(text, max(0, a_anchor - 8), a_anchor):
                from_to = (i, i + 1)
            elif b_hedgeless_gap == "from" and _TO_BEFORE_RE.search(text, max(0, a_anchor - 6), a_anchor):
                from_to = (i + 1, i)
            if from_to is None:
                # "rose 5% to $10": the change's new level.
                if gap in ("to", "from") and drafts[i]["change"] is not None and drafts[i + 1]["change"] is None:
                    drafts[i]["related"][gap] = drafts[i + 1]["id"]
                continue
            source, target = from_to
            drafts[target]["related"]["from"] = drafts[source]["id"]
            drafts[source]["related"]["to"] = drafts[target]["id"]
            for k in range(i - 1, max(-1, i - 3), -1):
                if (
                    drafts[k]["sentence_span"] == drafts[i]["sentence_span"]
                    and drafts[k]["change"] is not None
                    and mentions[k].kind not in _NOT_MOVES  # "the one-day fall ... from $631bn to $511bn"
                    and not _LINK_BREAK_RE.search(text, mentions[k].end, mentions[i].start)
                ):
                    drafts[k]["related"].setdefault("from", drafts[source]["id"])
                    drafts[k]["related"].setdefault("to", drafts[target]["id"])
                    break
        # "down 5% from $21 billion": the base is "from"; "of" is the other level, if any.
        for i, draft in enumerate(drafts):
            related = draft["related"]
            if "of" in related and related.get("of") == related.get("from"):
                others = [
                    j
                    for j in range(max(0, i - 6), min(len(drafts), i + 7))
                    if j != i
                    and drafts[j]["sentence_span"] == draft["sentence_span"]
                    and drafts[j]["change"] is None
                    and drafts[j]["id"] != related["from"]
                    and mentions[j].kind in _LEVEL_KINDS
                    and mentions[j].kind is not QuantityKind.PERCENT
                    and mentions[j].unit == mentions[_index(drafts, related["from"])].unit
                ]
                if others:
                    related["of"] = drafts[min(others, key=lambda j: abs(mentions[j].start - mentions[i].start))]["id"]
                else:
                    del related["of"]


# Before a level, not a move: "fell to -0.5%", "a deposit rate of -0.5%", "inflation was -0.3%".
_SIGNED_LEVEL_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?:to|at|of|from|is|was|were|be|been|are|stood|stands|remained|remains|hit|reached|between|and"
    r"|or|than|rates?|yields?)[ \u00a0]*$",
    re.IGNORECASE,
)


_APPOSED_MOVE_RE = re.compile(
    r"[,—–][ \u00a0]*(?:a|an)[ \u00a0]+(?P<noun>loss|drop|fall|decline|slide|gain|rise|increase|jump)[ \u00a0]+of"
    r"[ \u00a0]+$",
    re.IGNORECASE,
)
_LOSS_NOUNS = frozenset({"loss", "drop", "fall", "decline", "slide"})
# A market as the subject of the verb of a move, opening its clause: "said the global drone market grew", ", the
# market expanded". "its share of the market grew" is not one: the market there is inside another noun phrase.
_MARKET_SUBJECT_RE = re.compile(
    r"(?:\b(?:said|says|that|estimates?|estimated|expects?|expected|forecasts?|and|but|while|whereas)[ \u00a0]+"
    r"|,[ \u00a0]*)"
    r"(?:the|a|an)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,4}?markets?[ \u00a0]+(?:(?:has|have|had|will|is|was)[ \u00a0]+)?$",
    re.IGNORECASE,
)
_EXTREMES = r"(?:high|peak|low|top|trough|record|bottom)s?"
_EXTREME_AFTER_RE = re.compile(
    rf"[ \u00a0]+(?:(?:all-time|record|closing|intraday|pre-pandemic|previous)[ \u00a0]+)?{_EXTREMES}(?![A-Za-z-])",
    re.IGNORECASE,
)
_EXTREME_BEFORE_RE = re.compile(
    rf"(?<![A-Za-z-])(?:its|their|the)[ \u00a0]+(?:[\w-]+[ \u00a0]+){{0,2}}?{_EXTREMES}"
    r"(?:[ \u00a0]+(?:set|reached|hit|touched|recorded|seen|struck))?[ \u00a0]+"
    r"(?:(?:in|of|on|from|back[ \u00a0]+in)[ \u00a0]+)?(?:[a-z]+[ \u00a0]+){0,3}(?:mid-)?$",
    re.IGNORECASE,
)
# "its 2022 high", "the November peak": the date inside a determined reference, not "a record high in May".
_OWNED_BEFORE_RE = re.compile(r"(?<![A-Za-z-])(?:its|their|the)[ \u00a0]+$", re.IGNORECASE)
_VALUE_MEASURES = frozenset({"share price", "market value", "index", "price"})
_COPULA_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?:is|was|are|were|be|been|being|remains|remained)[ \u00a0]+$", re.I)
_PART_OF_RE = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the|its|their|his|her|our|all)\b", re.IGNORECASE)
_SIGNED_AMOUNTS = (QuantityKind.COUNT, QuantityKind.NUMBER, QuantityKind.MONEY, QuantityKind.DIMENSION)


def _bracketed_sign(text: str, mention: Mention) -> Change | None:
    """ "rose to 1.2 million (+310,000)", "food services (+69,000)": a bracketed amount printed with its sign."""
    if mention.kind not in _SIGNED_AMOUNTS or mention.is_range:
        return None
    if text[mention.start] in "-−" and mention.start >= 1 and text[mention.start - 1] == "(":
        sign_at = mention.start  # the minus is part of the figure: "(-12,000)"
    elif mention.start >= 2 and text[mention.start - 1] == "+" and text[mention.start - 2] == "(":
        sign_at = mention.start - 1
    else:
        return None
    sign = text[sign_at]
    return Change(
        direction=1 if sign == "+" else -1, kind=ChangeKind.ABSOLUTE, verb=sign, verb_span=(sign_at, sign_at + 1)
    )


def _signed_change(text: str, mention: Mention, clause_start: int) -> Change | None:
    """ "£58.5m (2001: £52.0m) +12.4%", "margin −2%": a percentage printed with its sign is a change."""
    if mention.kind not in (QuantityKind.PERCENT, QuantityKind.PERCENTAGE_POINT) or mention.is_range:
        return None
    sign = text[mention.start]
    if sign not in "+-−":
        return None
    if _SIGNED_LEVEL_BEFORE_RE.search(text, max(clause_start, mention.start - 16), mention.start):
        return None
    kind = ChangeKind.POINTS if mention.kind is QuantityKind.PERCENTAGE_POINT else ChangeKind.RELATIVE
    return Change(
        direction=1 if sign == "+" else -1, kind=kind, verb=sign, verb_span=(mention.start, mention.start + 1)
    )


_LEVEL_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?:to|from|at)[ \u00a0]+$", re.IGNORECASE)
_DATE_LEAD_RE = re.compile(
    r"[ \u00a0,]*(?:(?:in|on|at|during|for|by|of|and)[ \u00a0]+)?(?:the[ \u00a0]+)?", re.IGNORECASE
)
_UP_TO_BEFORE_RE = re.compile(r"(?<![A-Za-z])(up)[ \u00a0]+to[ \u00a0]+$", re.IGNORECASE)
_NAMED_LEVEL_BEFORE_RE = re.compile(r"\b(?:from|to)[ \u00a0]+(?:an?[ \u00a0]+)?$", re.IGNORECASE)
_NAMED_LEVEL_AFTER_RE = re.compile(r"[ \u00a0]*(?:gain|loss|profit)\b", re.IGNORECASE)
_NOT_MOVES = (QuantityKind.RANK, QuantityKind.DURATION)


def _restate(change: Change, kind: QuantityKind) -> Change:
    if kind is QuantityKind.PERCENTAGE_POINT:
        change_kind = ChangeKind.POINTS
    elif kind is QuantityKind.PERCENT:
        change_kind = ChangeKind.RELATIVE
    else:
        change_kind = ChangeKind.ABSOLUTE
    return change.model_copy(update={"kind": change_kind})


def _index(drafts: list[dict], claim_id: str) -> int:
    return next(i for i, d in enumerate(drafts) if d["id"] == claim_id)
