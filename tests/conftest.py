"""Shared fixtures: where the team's shared data lives, and small article texts."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED_ARTICLE = SHARED / "articles" / "alibaba-ai-investment.txt"
EXAMPLES = REPO / "examples"


@pytest.fixture
def seed_text() -> str:
    if not SEED_ARTICLE.exists():
        pytest.skip(f"seed article not found at {SEED_ARTICLE} (../shared/ is absent)")
    return SEED_ARTICLE.read_text(encoding="utf-8")
