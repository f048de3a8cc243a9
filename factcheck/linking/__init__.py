"""Linking claims to the source passages that support, contradict or mention them.

``link_claims(claims, sources)`` returns :class:`EvidenceLink` objects. The text
side (does this passage speak of the same subject, metric and period?) is scored
with rapidfuzz; the number side (does it state the same figure?) compares the
claim's interval with the passage's figures through the project's pint registry.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factcheck.linking.link import (
        EvidenceLink,
        SourceText,
        link_claims,
        link_exhaustively,
        link_prepared,
        prepare_corpus,
    )

__all__ = ["EvidenceLink", "SourceText", "link_claims", "link_exhaustively", "link_prepared", "prepare_corpus"]


# Loaded on first use, as factcheck.extraction is: the package's smaller modules (related claims, figure
# comparison) are read by the admin at every start, which needs none of extraction behind link.
def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(importlib.import_module("factcheck.linking.link"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
