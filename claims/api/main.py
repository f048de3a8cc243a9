"""The API object: its routers, who may call it, and its one error shape."""

from __future__ import annotations

from ninja import NinjaAPI

from claims.api import articles, checking, errors, jobs, review
from claims.api.auth import AUTH

api = NinjaAPI(
    title="factcheck API",
    version="1",
    description=(
        "Check texts, submit articles, read claims and findings, review the queue and request reports. "
        "Authenticate with `Authorization: Bearer TOKEN` (make a token in the admin under API tokens) or the "
        "signed-in admin session (with the X-CSRFToken header on writes). Every error is "
        '`{"error": {"code": ..., "message": ..., "details": ...}}`.'
    ),
    auth=AUTH,
    urls_namespace="api",
)
errors.install(api)
for module in (checking, articles, review, jobs):
    api.add_router("/", module.router)
