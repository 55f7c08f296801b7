"""The real bot in its own process on PostgreSQL (DATABASE_URL) against the fake Discord:
it counts and nudges into the server, and a second instance is refused with one
sentence and the same exit code as on SQLite."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import asyncpg

from bot.cli.common import ExitCode
from tests.e2e.kindness_harness import (
    bot_env,
    bot_process,
    member,
    server,
    stop_process,
    wait_nudge,
)
from tests.fakediscord import FakeDiscord
from tests.fakediscord.launch import REPO_ROOT, launch_command


async def _second_instance(fake: FakeDiscord, env: dict[str, str]) -> tuple[int, str]:
    argv = launch_command(fake.api_base, fake.gateway_url, ["run", "--env-file", os.devnull])
    process = await asyncio.create_subprocess_exec(
        *argv, cwd=REPO_ROOT, env=env, stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    _, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode is not None
    return process.returncode, err.decode()


async def test_the_bot_counts_and_nudges_on_postgresql_and_runs_once(
    fake_discord: FakeDiscord, tmp_path: Path, pg_url: str
) -> None:
    guild, general = server(fake_discord)
    alice = member(fake_discord, guild, "alice")
    unused = tmp_path / "unused.db"
    async with bot_process(fake_discord, unused, tmp_path / "bot.log", DATABASE_URL=pg_url) as bot:
        identified = fake_discord.gateway.identify_count
        code, err = await _second_instance(fake_discord, bot_env(unused, DATABASE_URL=pg_url))
        assert code == ExitCode.ALREADY_RUNNING
        lines = err.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in err, err
        url_shown = pg_url.replace("postgresql://", "")
        assert lines[0] == (
            f"kindness-bot: Another kindness-bot (process {bot.pid}) is already running on "
            f"DATABASE_URL=postgresql://{url_shown} (the whole bot); stop it first, or give "
            "this one its own DATABASE_URL."
        )
        assert fake_discord.gateway.identify_count == identified  # never connected
        # The friendly line first: the nudge to the later one shows both were read, so the
        # stop cannot overtake a message still on its way to the bot.
        await fake_discord.send_message(general, alice.id, "what a lovely day")
        flagged = await fake_discord.send_message(general, alice.id, "you idiot")
        await wait_nudge(fake_discord, general, to=flagged)
        assert await stop_process(bot) == ExitCode.OK
    conn = await asyncpg.connect(pg_url)
    try:
        rows = await conn.fetch(
            "SELECT metric, SUM(value) FROM daily_stats WHERE guild_id = $1 GROUP BY metric",
            guild.id,
        )
    finally:
        await conn.close()
    totals = {r[0]: int(r[1]) for r in rows}
    assert totals["seen"] == 2 and totals["flagged"] == 1
    assert not unused.exists()  # nothing went to SQLite
