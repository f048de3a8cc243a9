"""API tokens: made once, shown once, stored as a SHA-256, revocable."""

from __future__ import annotations

import hashlib
import secrets

from django.contrib.auth.models import AbstractBaseUser
from django.utils import timezone

from claims.models import ApiToken

PREFIX = "fct_"


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def make_key() -> str:
    return PREFIX + secrets.token_urlsafe(32)


def issue(token: ApiToken) -> str:
    """Give an unsaved token a fresh key; returns the key, which is never stored or shown again."""
    key = make_key()
    token.key_hash = hash_key(key)
    token.prefix = key[: len(PREFIX) + 6]
    return key


def create_token(user: AbstractBaseUser, name: str) -> tuple[ApiToken, str]:
    token = ApiToken(user=user, name=name)
    key = issue(token)
    token.save()
    return token, key


def user_for_key(key: str) -> AbstractBaseUser | None:
    """The active user a live token belongs to, noting when it was used; None for anything else."""
    if not key or not key.startswith(PREFIX) or len(key) > 200:
        return None
    token = ApiToken.objects.select_related("user").filter(key_hash=hash_key(key), revoked_at__isnull=True).first()
    if token is None or not token.user.is_active:
        return None
    now = timezone.now()
    # At most one write a minute per token: a busy client must not turn every read into a write.
    if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 60:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user


def revoke(token: ApiToken) -> None:
    if token.revoked_at is None:
        ApiToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(revoked_at=timezone.now())
