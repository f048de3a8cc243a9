"""The registry of consistency checks.

Each check is one small module in this package whose docstring states its rule
and its tolerance. A module registers its entry point with ``@register("name")``;
the entry point takes a :class:`~factcheck.checks.base.CheckContext` and yields
:class:`~factcheck.finding.Finding` objects. To add a check, write the module and
add its name to ``CHECK_MODULES``: the order there is the order checks run and
report in.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.checks.base import CheckContext
    from factcheck.finding import Finding

CheckFunction = Callable[["CheckContext"], Iterable["Finding"]]

CHECK_MODULES: tuple[str, ...] = (
    "percent_change",
    "growth_vs_prior",
    "shares",
    "part_whole",
    "multiples",
    "per_unit",
    "magnitude_words",
    "time_windows",
    "same_figure",
    "source_agreement",
    "direction_words",
    "extremes",
)

_REGISTRY: dict[str, CheckFunction] = {}
_DOCS: dict[str, str] = {}
_loaded = False


def register(name: str) -> Callable[[CheckFunction], CheckFunction]:
    """Register ``function`` as the check called ``name``."""

    def decorator(function: CheckFunction) -> CheckFunction:
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
    for module in CHECK_MODULES:
        importlib.import_module(f"{__name__}.{module}")
    _loaded = True


def registry() -> dict[str, CheckFunction]:
    """All registered checks by name, in ``CHECK_MODULES`` order."""
    _load()
    return dict(_REGISTRY)


def describe(name: str) -> str:
    """The rule and tolerance of a check, from its module docstring."""
    _load()
    return _DOCS[name]
