"""A healthy first start, as an operator sees it in the log of `kindness-bot run`:
a misspelt setting is named with the nearest real one, discord.py's voice warnings
are gone, and nothing else alarming is printed."""

from __future__ import annotations

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
