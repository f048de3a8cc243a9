"""Who is calling: an API token (Authorization: Bearer ...) or the signed-in admin session.

Either way the request acts as that person, with their role's permissions; a token can do
nothing its owner could not do in the admin. The session counts only with Django's CSRF check
on writes, so a page elsewhere cannot use a reviewer's open admin tab.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from ninja.security import HttpBearer
from ninja.security.apikey import APIKeyCookie

from claims.api.errors import ApiError
from claims.api.tokens import user_for_key


class TokenAuth(HttpBearer):
    openapi_scheme = "bearer"

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        user = user_for_key(token)
        if user is not None:
            request.user = user  # the acting user for everything below, history rows included
        return user


class SessionAuth(APIKeyCookie):
    """The admin's session, with CSRF on unsafe methods; no session is simply not this scheme."""

    param_name = settings.SESSION_COOKIE_NAME

    def _get_key(self, request: HttpRequest) -> str | None:
        # Without a signed-in session there is nothing to protect: the answer is 401, not a CSRF 403.
        if not getattr(request, "user", None) or not request.user.is_authenticated:
            return None
        return super()._get_key(request)

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        user = getattr(request, "user", None)
        return user if user is not None and user.is_authenticated and user.is_active else None


AUTH = [TokenAuth(), SessionAuth()]


def require(request: HttpRequest, *permissions: str) -> Any:
    """The acting user, if their role has every permission named; otherwise a 403."""
    user = request.auth
    if not all(user.has_perm(permission) for permission in permissions):
        raise ApiError(403, "Your role does not allow this.", {"needs": list(permissions)})
    return user
