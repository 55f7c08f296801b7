"""The contract suite runs every test twice: on a SQLite file and on a PostgreSQL database.

`target` is what `Database.open` takes (a path, or a URL on the session's throwaway
cluster, `tests/conftest.py`); `store` is that database, opened and migrated.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from db.database import Database


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    if request.param == "sqlite":
        return tmp_path / "data" / "kindness.db"
    url: str = request.getfixturevalue("pg_url")
    return url


@pytest.fixture
async def store(target: str | Path) -> AsyncIterator[Database]:
    database = await Database.open(target)
    yield database
    await database.close()
