"""Relation finding: which claims belong together, by kind, with roles and evidence.

The stage between extraction and the checks: text -> claims -> relations -> checks.
Each finder is one small module in this package that reads the article's prose
structure and yields :class:`~factcheck.relation.Relation` objects; it knows
nothing of arithmetic. A module registers its entry point with
``@finder("name")``; to add one, write the module: every module of the package
is imported, and those that register a finder take part. The runner runs them
all; :func:`figures_only` drops any that pair a period word ("a 12-month span") as a
figure; :func:`number` drops repeats (the same kind and members found twice) and
numbers the rest ``r0``, ``r1`` ... in text order.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.context import ArticleContext
    from factcheck.relation import Relation

FinderFunction = Callable[["ArticleContext"], Iterable["Relation"]]

_FINDERS: dict[str, FinderFunction] = {}
_loaded = False


def finder(name: str) -> Callable[[FinderFunction], FinderFunction]:
    def decorator(function: FinderFunction) -> FinderFunction:
        if name in _FINDERS and _FINDERS[name] is not function:
            raise ValueError(f"relation finder {name!r} registered twice")
        _FINDERS[name] = function
        return function

    return decorator


def finders() -> dict[str, FinderFunction]:
    global _loaded
    if not _loaded:
        for module in sorted(info.name for info in pkgutil.iter_modules(__path__)):
            importlib.import_module(f"{__name__}.{module}")
        _loaded = True
    return dict(_FINDERS)


def figures_only(relations: Iterable[Relation], ctx: ArticleContext) -> list[Relation]:
    """Drop relations that take a period word for a figure ("the 12-month span" against "12 months").

    A length of time that names a period stands in a relation only as the window it names (role ``window``).
    """
    from factcheck.relations.prose import is_period_word

    return [
        r
        for r in relations
        if not any(
            m.role != "window" and m.claim in ctx.by_id and is_period_word(ctx, ctx.by_id[m.claim]) for m in r.members
        )
    ]


def number(relations: Iterable[Relation], ctx: ArticleContext) -> list[Relation]:
    """Drop repeats and give ids in text order (by first member)."""
    kept: dict[tuple, Relation] = {}
    for relation in relations:
        kept.setdefault(relation.key(), relation)

    def start(relation: Relation) -> tuple[int, str]:
        spans = [ctx.by_id[c].span[0] for c in relation.claims() if c in ctx.by_id] + [s[0] for s in relation.spans]
        return (min(spans, default=0), relation.kind.value)

    ordered = sorted(kept.values(), key=start)
    return [r.model_copy(update={"id": f"r{i}"}) for i, r in enumerate(ordered)]
