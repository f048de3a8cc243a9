"""The two review roles and what each may do.

Reviewers work the queue: they read everything, change claims, add reviews and
evidence, and delete nothing. Editors also give the second sign-off on verdicts
of inaccurate or misleading, which a reviewer cannot give to their own work.
"""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission

REVIEWER = "Reviewer"
EDITOR = "Editor"

_VIEW = [
    "claims.view_article", "claims.view_claim", "claims.view_checkrun", "claims.view_checkresult",
    "claims.view_review", "sources.view_source", "sources.view_evidence",
]  # fmt: skip
_REVIEW = [
    "claims.change_claim", "claims.add_review", "sources.add_evidence", "sources.change_evidence",
    "sources.add_source", "sources.change_source", "claims.add_article",
]  # fmt: skip
ROLE_PERMISSIONS: dict[str, list[str]] = {
    REVIEWER: _VIEW + _REVIEW,
    EDITOR: _VIEW + _REVIEW + ["claims.signoff_claim", "claims.change_review", "sources.change_primary_source"],
}


def _permission(label: str) -> Permission:
    app_label, codename = label.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def setup_roles() -> dict[str, Group]:
    """Create or repair the groups so they hold exactly their permissions."""
    groups = {}
    for name, labels in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set([_permission(label) for label in labels])
        groups[name] = group
    return groups
