"""A healthy first start, as an operator sees it in the log of `kindness-bot run`:
a misspelt setting is named with the nearest real one, discord.py's voice warnings
are gone, and nothing else alarming is printed."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.cli.common import ExitCode
from tests.e2e.kindness_harness import bot_process, stop_process
from tests.fakediscord import FakeDiscord


async def test_a_misspelt_setting_is_named_and_voice_warnings_are_gone(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    fake_discord.add_guild()
    log_path = tmp_path / "bot.log"
    async with bot_process(
        fake_discord, tmp_path / "k.db", log_path, KINDNESS_FLUSH_SECOND="2"
    ) as process:
        assert await stop_process(process) == ExitCode.OK
    log = log_path.read_text()
    assert (
        "unknown setting KINDNESS_FLUSH_SECOND is ignored; did you mean KINDNESS_FLUSH_SECONDS?"
        in log
    )
    assert "PyNaCl" not in log and "voice will NOT be supported" not in log
    assert "Traceback" not in log


async def test_a_healthy_start_logs_one_ready_line_even_at_warning_level(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    fake_discord.add_guild("One")
    fake_discord.add_guild("Two")
    log_path = tmp_path / "bot.log"
    async with bot_process(
        fake_discord,
        tmp_path / "k.db",
        log_path,
        LOG_LEVEL="WARNING",
    ) as process:
        for _ in range(100):  # the line follows READY and both GUILD_CREATEs
            if "ready as" in log_path.read_text():
                break
            await asyncio.sleep(0.05)
        assert await stop_process(process) == ExitCode.OK
    lines = log_path.read_text().splitlines()
    ready = [line for line in lines if "ready as" in line]
    assert len(ready) == 1
    assert f"ready as {fake_discord.bot_user.username} in 2 servers" in ready[0]
    assert f"client_id={fake_discord.application_id}" in ready[0]  # the invite link
    assert "/kindness setup" in ready[0]
    assert not [line for line in lines if line not in ready and line.strip()]  # nothing else
