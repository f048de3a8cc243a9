"""Placeholder: rule to come."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.checks import register
from factcheck.checks.base import CheckContext
from factcheck.finding import Finding

NAME = "growth_vs_prior"


@register(NAME)
def check(ctx: CheckContext) -> Iterator[Finding]:
    return iter(())
