"""Run the real KindnessBot against the fake Discord, with a real SQLite file."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import os
import signal
import sqlite3
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

from bot.client import KindnessBot
from bot.config import AppConfig
from bot.core.guild_settings import GuildSettings
from tests.fakediscord import FakeDiscord, FakeGuild, FakeUser, RecordedRequest, connect_client
from tests.fakediscord.launch import REPO_ROOT, launch_command

JSON = dict[str, Any]
HOSTILE = "you are a fucking idiot"
"""A line every config flags: an insult said to the reader, with a swear word."""
SILENT_FLAG = 1 << 12  # SUPPRESS_NOTIFICATIONS
EPHEMERAL_FLAG = 1 << 6


def make_bot(db_path: Path, **config: Any) -> KindnessBot:
    """A bot on `db_path`; the flush loop is slow so tests flush explicitly."""
    config.setdefault("flush_seconds", 60.0)
    return KindnessBot(
        AppConfig(discord_token="fake-token", database_path=db_path, **config),
        guild_ready_timeout=0.1,
    )


@contextlib.asynccontextmanager
async def running_bot(
    fake: FakeDiscord, db_path: Path, **config: Any
) -> AsyncIterator[KindnessBot]:
    async with connect_client(make_bot(db_path, **config), fake) as bot:
        yield bot


async def configure(bot: KindnessBot, guild: FakeGuild, **changes: Any) -> GuildSettings:
    settings = (await bot.settings.get(guild.id)).replace(**changes)
    await bot.settings.update(settings)
    return settings


async def totals(bot: KindnessBot, guild_id: int) -> dict[str, int]:
    """Flush, then today's per-metric totals from the database."""
    await bot.flush()
    today = dt.datetime.now(dt.UTC).date().isoformat()
    return await bot.db.stats_totals(guild_id, today, today)


def member(fake: FakeDiscord, guild: FakeGuild, name: str, **kwargs: Any) -> FakeUser:
    user = fake.add_user(name, **kwargs)
    guild.add_member(user)
    return user


def channel_id(guild: FakeGuild, name: str = "general") -> int:
    return next(c.id for c in guild.channels.values() if c.name == name)


def server(fake: FakeDiscord) -> tuple[FakeGuild, int]:
    """A new fake server and its #general channel's id: where most tests talk."""
    guild = fake.add_guild()
    return guild, channel_id(guild)


def add_members(fake: FakeDiscord, guild: FakeGuild, *names: str) -> list[FakeUser]:
    """Members of `guild` named `names`, added in that order (see `member`)."""
    return [member(fake, guild, name) for name in names]


async def wait_nudge(
    fake: FakeDiscord, channel: int, *, to: JSON | None = None, start: int = 0
) -> RecordedRequest:
    """The next bot message in `channel` replying to something (a nudge), or to `to`."""

    def is_nudge(request: RecordedRequest) -> bool:
        reference = (request.json or {}).get("message_reference")
        if not reference:
            return False
        return to is None or int(reference["message_id"]) == int(to["id"])

    return await fake.wait_for_request(
        "POST", f"/channels/{channel}/messages", where=is_nudge, start=start
    )


async def wait_reaction(fake: FakeDiscord, message: JSON) -> RecordedRequest:
    """The bot's own reaction on `message`; the emoji is in the returned path."""
    return await fake.wait_for_request(
        "PUT",
        "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me",
        where=lambda r: f"/messages/{message['id']}/" in r.path,
    )


def custom_ids(message: dict[str, Any]) -> list[str]:
    return [
        component["custom_id"]
        for row in message.get("components") or []
        for component in row.get("components", [])
    ]


def posts_to(fake: FakeDiscord, channel: int, *, start: int = 0) -> list[RecordedRequest]:
    return fake.find_requests("POST", f"/channels/{channel}/messages", start=start)


async def totals_when(
    bot: KindnessBot,
    guild_id: int,
    ready: Callable[[dict[str, int]], bool],
    *,
    within: float = 5.0,
) -> dict[str, int]:
    """Totals once `ready(totals)` holds (events are handled asynchronously)."""
    deadline = asyncio.get_running_loop().time() + within
    while True:
        stats = await totals(bot, guild_id)
        if ready(stats):
            return stats
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"stats never became ready: {stats}")
        await asyncio.sleep(0.02)


def bot_env(db_path: Path, **settings: str) -> dict[str, str]:
    """Environment for a `kindness-bot run` subprocess: only what it needs, no .env."""
    kept = ("PATH", "HOME", "LANG", "SYSTEMROOT", "KINDNESS_SCORER_BUILD")  # the tests' build
    env = {k: v for k, v in os.environ.items() if k in kept}
    env.update(DISCORD_TOKEN="fake-token", DATABASE_PATH=str(db_path), **settings)
    return env


@contextlib.asynccontextmanager
async def bot_process(
    fake: FakeDiscord, db_path: Path, log_path: Path, **settings: str
) -> AsyncIterator[asyncio.subprocess.Process]:
    """The real `kindness-bot run` in its own process, connected to `fake` on exit of setup.

    Stops it with SIGKILL on the way out if the test did not end it itself.
    """
    identified = fake.gateway.identify_count
    argv = launch_command(fake.api_base, fake.gateway_url, ["run", "--env-file", os.devnull])
    with log_path.open("ab") as log:
        process = await asyncio.create_subprocess_exec(
            *argv, cwd=REPO_ROOT, env=bot_env(db_path, **settings), stdout=log, stderr=log
        )
    try:
        await fake.wait_for_connection(identified + 1, timeout=30)
        yield process
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


async def stop_process(process: asyncio.subprocess.Process, sig: int = signal.SIGTERM) -> int:
    process.send_signal(sig)
    return await asyncio.wait_for(process.wait(), 30)


def db_totals(db_path: Path, guild_id: int) -> dict[str, int]:
    """Per-metric totals read with the stdlib sqlite3, as an outsider would."""
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        rows = conn.execute(
            "SELECT metric, SUM(value) FROM daily_stats WHERE guild_id = ? GROUP BY metric",
            (guild_id,),
        ).fetchall()
    return {str(metric): int(value) for metric, value in rows}


def integrity(db_path: Path) -> str:
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
