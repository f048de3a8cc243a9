"""Repeated claims: the same figure about the same thing, said in another article.

Two claims are related when they share metric and unit, their figures' intervals
overlap, their subjects name the same thing, and their sentences are alike
(rapidfuzz token-set similarity). Claims are blocked by (metric, unit) and each
block is scored with one ``cdist`` call.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence

from rapidfuzz import fuzz, process, utils

from factcheck.claim import Claim
from factcheck.intervals import Interval

SENTENCE_SCORE = 60.0
SUBJECT_SCORE = 85.0


def _subject(claim: Claim) -> str:
    return utils.default_process(claim.subject or "")


def related_claims[K: Hashable](
    targets: Sequence[tuple[K, Claim]], pool: Sequence[tuple[K, Claim]]
) -> dict[K, list[tuple[K, float]]]:
    """For each target key, the pool keys of related claims with their sentence score, best first."""
    blocks: dict[tuple[str, str], list[tuple[K, Claim]]] = defaultdict(list)
    for key, claim in pool:
        blocks[(claim.metric.value, claim.quantity.unit)].append((key, claim))
    found: dict[K, list[tuple[K, float]]] = {}
    wanted: dict[tuple[str, str], list[tuple[K, Claim]]] = defaultdict(list)
    for key, claim in targets:
        wanted[(claim.metric.value, claim.quantity.unit)].append((key, claim))
    for block, members in wanted.items():
        candidates = blocks.get(block, [])
        if not candidates:
            continue
        scores = process.cdist(
            [claim.text for _, claim in members],
            [claim.text for _, claim in candidates],
            scorer=fuzz.token_set_ratio,
            processor=utils.default_process,
            score_cutoff=SENTENCE_SCORE,
        )
        for row, (key, claim) in enumerate(members):
            interval = Interval.from_quantity(claim.quantity)
            subject = _subject(claim)
            matches = []
            for column, (other_key, other) in enumerate(candidates):
                score = float(scores[row][column])
                if score <= 0 or other_key == key:
                    continue
                if not interval.overlaps(Interval.from_quantity(other.quantity)):
                    continue
                if fuzz.token_set_ratio(subject, _subject(other)) < SUBJECT_SCORE:
                    continue
                matches.append((other_key, round(score, 1)))
            found[key] = sorted(matches, key=lambda item: -item[1])
    return found
