"""Fixtures the scorer's tests share."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer


@pytest.fixture(scope="session")
def scorer() -> Scorer:
    """The default scorer (every shipped language), built once: tests only read it."""
    return Scorer()
