"""The registry of consistency checks: one check per relation kind.

A check evaluates the arithmetic of one :class:`~factcheck.relation.Relation`
and returns a :class:`~factcheck.finding.Finding`; it never looks for partners
itself (that is :mod:`factcheck.relations`). Each check is one small module in
this package whose docstring states its rule and its tolerance; it registers its
entry point with ``@check(RelationKind.X)``. To add one, write the module: every
module of the package but ``base`` is loaded, in name order.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from typing import TYPE_CHECKING

from factcheck.relation import RelationKind

if TYPE_CHECKING:
    from factcheck.context import ArticleContext
    from factcheck.finding import Finding
    from factcheck.relation import Relation

CheckFunction = Callable[["Relation", "ArticleContext"], "Finding | None"]

_REGISTRY: dict[str, CheckFunction] = {}
_DOCS: dict[str, str] = {}
_loaded = False


def check(kind: RelationKind) -> Callable[[CheckFunction], CheckFunction]:
    """Register ``function`` as the check of relations of ``kind``; the check is named after the kind."""

    def decorator(function: CheckFunction) -> CheckFunction:
        name = kind.value
        if name in _REGISTRY and _REGISTRY[name] is not function:
            raise ValueError(f"check {name!r} registered twice")
        _REGISTRY[name] = function
        module = importlib.import_module(function.__module__)
        _DOCS[name] = (module.__doc__ or "").strip()
        return function

    return decorator


def _load() -> None:
    global _loaded
    if _loaded:
        return
    for module in sorted(info.name for info in pkgutil.iter_modules(__path__)):
        if module != "base":
            importlib.import_module(f"{__name__}.{module}")
    _loaded = True


def registry() -> dict[str, CheckFunction]:
    """All registered checks by name (the relation kind they evaluate), in name order."""
    _load()
    return dict(_REGISTRY)


def describe(name: str) -> str:
    """The rule and tolerance of a check, from its module docstring."""
    _load()
    return _DOCS[name]
