"""A year of a busy bot's data for many servers, in every table (deterministic but for
the experiments' random ids and keys).

Used by the migrate test (tests/cli/test_migrate.py) and its benchmark
(bench/bench_migrate.py): 100 servers x 365 days is about 330,000 rows of daily stats.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bot.core.guild_settings import GuildSettings
from bot.core.moderation.experiment_book import ExperimentOps, Exposure
from bot.core.moderation.holdout import assign, new_experiment
from bot.core.moderation.nudge_deletions import NudgeDeletion
from bot.core.moderation.user_state import UserState
from bot.core.stats.counters import StatRow
from db.database import Database

FIRST_DAY = date(2025, 11, 1)
GUILD_BASE = 900_000_000_000_000_000  # real snowflakes are this large


def guild_ids(servers: int) -> list[int]:
    return [GUILD_BASE + i * 4_194_304 for i in range(servers)]


def stats_rows(guild_id: int, days: int, rng: random.Random) -> list[StatRow]:
    rows = []
    channels = [guild_id + c for c in range(1, rng.randint(2, 4) + 1)]
    for offset in range(days):
        day = (FIRST_DAY + timedelta(days=offset)).isoformat()
        for channel in channels:
            seen = rng.randint(20, 900)
            rows.append(StatRow(guild_id, day, channel, "seen", seen))
            if rng.random() < 0.7:
                rows.append(StatRow(guild_id, day, channel, "kind", rng.randint(1, 30)))
            if rng.random() < 0.35:
                flagged = rng.randint(1, 9)
                rows.append(StatRow(guild_id, day, channel, "flagged", flagged))
                rows.append(StatRow(guild_id, day, channel, "category:insult", flagged))
        if rng.random() < 0.4:
            rows.append(StatRow(guild_id, day, 0, "nudge:reply", rng.randint(1, 5)))
            rows.append(StatRow(guild_id, day, 0, "kindchecks", rng.randint(0, 3)))
    return rows


async def fill_year(db: Database, *, servers: int = 100, days: int = 365) -> int:
    """Write the data set; returns how many rows of daily stats it wrote."""
    rng = random.Random(20261130)
    written = 0
    for n, guild_id in enumerate(guild_ids(servers)):
        rows = stats_rows(guild_id, days, rng)
        await db.add_stats(rows)
        written += len(rows)
        await db.save_guild_settings(
            GuildSettings(guild_id=guild_id).replace(threshold=0.5 + (n % 40) / 100)
        )
        await db.flush(
            [],
            [
                UserState(guild_id, 10_000 + u, last_flag_at=1.7e9 + u, last_nudge_at=None,
                          recent_flags=(1.7e9, 1.7e9 + u / 3), expires_at=1.8e9 + u)
                for u in range(40)
            ],
            nudges_scheduled=[
                NudgeDeletion(guild_id * 10 + m, guild_id + 1, guild_id, 1.79e9 + m / 7)
                for m in range(10)
            ],
        )  # fmt: skip
        if n % 3 == 0:
            await db.save_automod_rule(guild_id, guild_id + 77, now=1.79e9 + n)
        if n % 5 == 0:
            await _experiment(db, guild_id, n)
        if n % 4 == 0:
            await db.add_bullying_optout(guild_id, 10_001)
            await db.claim_bullying_dm(guild_id, 10_002, 1.79e9 + n, every=7 * 86400)
        await db.add_feedback_terms(guild_id, [f"term{t}" for t in range(n % 7)] + ["idiot"])
        for week in range(1, 53):
            key = f"2026-W{week:02d}"
            await db.claim_summary(guild_id, key, 1.7e9 + week, owner="run-a")
            if week % 9:
                await db.finish_summary(guild_id, key, ok=week % 13 != 0, error=None)
    await db.set_meta("command_hash", "0f" * 16)
    await db.set_meta("welcomed", "yes, ünïcode")
    return written


async def _experiment(db: Database, guild_id: int, n: int) -> None:
    """A hold-back experiment with 30 members exposed; half of them folded already."""
    experiment = new_experiment(guild_id, 0.2, now=1.7e9 + n)
    await db.start_experiment(experiment)
    exposures = []
    for user in range(30):
        member, arm = assign(experiment, 10_000 + user)
        exposures.append(Exposure(experiment.experiment_id, member, arm, 1.7e9 + n + user))
    await db.apply_experiment_ops(ExperimentOps(exposures=exposures))
    await db.fold_experiment_members([experiment.experiment_id], before=1.7e9 + n + 15)
