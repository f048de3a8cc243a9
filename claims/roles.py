"""The two review roles and what each may do (the README's permissions table says it in full).

Reviewers work the queue: they read everything, take claims, give verdicts and add
evidence, and delete nothing. Editors also give the second sign-off on verdicts of
inaccurate or misleading (never on a verdict they set or changed themselves) and
assign claims to other people. Nobody changes or deletes a review: ``add_review``
means "may give verdicts on the claim page"; the admin has no form that writes one.
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
    EDITOR: _VIEW + _REVIEW + ["claims.signoff_claim", "claims.assign_claim", "sources.change_primary_source"],
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
