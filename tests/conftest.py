"""Fixtures every test folder may use: a real PostgreSQL server for the PostgreSQL backend,
and a bot over a real SQLite file that never connects to Discord.

The cluster starts once per test session (about 1.5 s), the first time a test asks for
it, and is deleted at the end; each test gets a fresh database on it. When the server
programs are missing the tests fail and say how to install them: never a skip.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.pg_cluster import ClusterError, PostgresCluster

if TYPE_CHECKING:
    from bot.client import KindnessBot

# The tests run the scorer's Python sources, even where ./scripts/run compiled it, unless
# asked (KINDNESS_SCORER_BUILD=compiled ./scripts/test): set before anything imports it.
os.environ.setdefault("KINDNESS_SCORER_BUILD", "python")


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PostgresCluster]:
    try:
        cluster = PostgresCluster().start()
    except ClusterError as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def pg_url(pg_cluster: PostgresCluster) -> str:
    """The URL of a new, empty database on the session's cluster."""
    return pg_cluster.create_database()


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[KindnessBot]:
    """A `KindnessBot` with its database open on a file in `tmp_path` (as `setup_hook`
    would open it) and no Discord connection; the database is closed after the test.
    Imported here, not above, so the tests that never use it need not load discord.py."""
    from bot.client import KindnessBot
    from bot.config import AppConfig
    from db.database import Database

    bot = KindnessBot(AppConfig(database_path=tmp_path / "k.db"))
    bot._db = await Database.open(tmp_path / "k.db")
    yield bot
    await bot.db.close()
