"""The contract, part 5: the hold-back experiment store (written for SQLite, run unchanged on
both): the scenarios of tests/db/test_experiment_store.py on each backend."""

from __future__ import annotations

from bot.core.moderation.experiment_book import ExperimentOps
from bot.core.moderation.holdout import new_experiment
from db.database import Database
from tests.db import test_experiment_store as scenarios


async def test_one_running_experiment_per_server(store: Database) -> None:
    await scenarios.test_one_running_experiment_per_server_and_a_new_one_replaces_the_old(store)


async def test_following_running_and_recently_stopped(store: Database) -> None:
    await scenarios.test_following_lists_running_and_recently_stopped_experiments(store)


async def test_first_exposure_opens_the_week(store: Database) -> None:
    await scenarios.test_first_exposure_opens_the_week_and_only_later_flags_count(store)


async def test_late_rows_of_a_replaced_experiment_are_folded(store: Database) -> None:
    await scenarios.test_rows_of_a_replaced_experiment_written_late_are_folded_away(store)


async def test_forget_user_erases_the_members_experiment_rows(store: Database) -> None:
    e = new_experiment(scenarios.GUILD, 0.1, now=0.0)
    await store.start_experiment(e)
    user, other = scenarios.USER, 42
    await store.apply_experiment_ops(
        ExperimentOps(
            exposures=[scenarios.exposure(e, user, 1.0), scenarios.exposure(e, other, 1.0)]
        )
    )
    assert await store.forget_user(scenarios.GUILD, user) == 1
    assert await store.forget_user(scenarios.GUILD, user) == 0
    assert await store.erase_experiment_member(scenarios.GUILD, other) == 1
