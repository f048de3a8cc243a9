"""Linking claims to the source passages that support, contradict or mention them.

``link_claims(claims, sources)`` returns :class:`EvidenceLink` objects. The text
side (does this passage speak of the same subject, metric and period?) is scored
with rapidfuzz; the number side (does it state the same figure?) compares the
claim's interval with the passage's figures through the project's pint registry.
"""

from factcheck.linking.link import (
    EvidenceLink,
    SourceText,
    link_claims,
    link_exhaustively,
    link_prepared,
    prepare_corpus,
)

__all__ = ["EvidenceLink", "SourceText", "link_claims", "link_exhaustively", "link_prepared", "prepare_corpus"]
