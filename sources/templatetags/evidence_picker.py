"""``{% evidence_picker claim %}``: the claim page's form for linking a source passage (sources.picker)."""

from __future__ import annotations

from typing import Any

from django import template

from sources.picker import picker_context

register = template.Library()


@register.inclusion_tag("sources/evidence_picker.html", takes_context=True)
def evidence_picker(context: dict[str, Any], claim: Any) -> dict[str, Any]:
    return picker_context(context["request"], claim)
