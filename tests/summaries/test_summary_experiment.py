"""The weekly summary reports the experiment's result once it can tell, and only then."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.core.moderation.experiment_book import ExperimentOps, Exposure, Flag
from bot.core.moderation.holdout import Arm, assign, new_experiment
from bot.summaries.content import build_week_so_far
from db.database import Database

GUILD = 4242
WEEK = 7 * 86400


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await Database.open(tmp_path / "k.db")
    yield database
    await database.close()


async def _run_experiment(db: Database, members: int, *, started_days_ago: float = 20) -> None:
    now = time.time()
    experiment = new_experiment(GUILD, 0.3, now - started_days_ago * 86400)
    assert await db.start_experiment(experiment)
    exposed_at = now - WEEK - 3600
    exposures, flags = [], []
    for user in range(1, members + 1):
        member, arm = assign(experiment, user)
        exposures.append(Exposure(experiment.experiment_id, member, arm, exposed_at))
        if user % (5 if arm is Arm.NUDGED else 3) == 0:
            flags.append(Flag(experiment.experiment_id, member, exposed_at + 3600))
    await db.apply_experiment_ops(ExperimentOps(exposures=exposures, flags=flags))


async def _field_names(db: Database) -> list[str]:
    content = await build_week_so_far(db, GUILD, datetime.now(UTC))
    return [name for name, _value in content.text.fields]


async def test_no_experiment_no_field(db: Database) -> None:
    assert "Do nudges work here?" not in await _field_names(db)


async def test_not_enough_data_no_field(db: Database) -> None:
    await _run_experiment(db, members=40)
    assert "Do nudges work here?" not in await _field_names(db)


async def test_the_result_appears_once_it_can_tell_in_the_servers_language(db: Database) -> None:
    await _run_experiment(db, members=600)
    content = await build_week_so_far(db, GUILD, datetime.now(UTC))
    fields = dict(content.text.fields)
    assert "Flagged again within 7 days" in fields["Do nudges work here?"]
    assert "95% interval" in fields["Do nudges work here?"]
    await db.save_guild_settings((await db.get_guild_settings(GUILD)).replace(languages=("it",)))
    assert "I promemoria funzionano qui?" in await _field_names(db)


async def test_an_experiment_stopped_before_the_week_is_not_reported_again(db: Database) -> None:
    await _run_experiment(db, members=600, started_days_ago=40)
    await db.stop_experiment(GUILD, now=time.time() - 10 * 86400)
    assert "Do nudges work here?" not in await _field_names(db)
