"""The one app-command error handler, end to end: each kind of failure gets a clear answer."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from tests.e2e.kindness_harness import running_bot, server
from tests.e2e.moderation_support import moderator_id, run
from tests.fakediscord import FakeDiscord


async def test_an_unexpected_error_is_answered_with_a_code_that_is_in_the_log(
    fake_discord: FakeDiscord,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    guild, general = server(fake_discord)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:

        async def broken(*_args: object) -> dict[str, int]:
            raise RuntimeError("disk on fire")

        monkeypatch.setattr(bot.db, "stats_totals", broken)
        with caplog.at_level(logging.ERROR, logger="bot.discord.interaction_errors"):
            answer = await run(fake_discord, general, moderator_id(guild), "kindness stats")
    assert answer.ephemeral and answer.no_pings
    match = re.search(r"error code `([0-9a-f]{8})`", answer.text)
    assert match is not None, answer.text
    assert "disk on fire" not in answer.text  # internals stay in the log
    logged = [r for r in caplog.records if match.group(1) in r.getMessage()]
    assert len(logged) == 1
    assert logged[0].exc_info is not None and "disk on fire" in str(logged[0].exc_info[1])


async def test_a_discord_refusal_after_deferring_is_explained_in_a_followup(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    async with running_bot(fake_discord, tmp_path / "k.db"):
        sent = await fake_discord.send_slash_command(
            general, moderator_id(guild), "kindness summary preview"
        )
        # The preview is deferred; its follow-up is refused once, like a missing permission.
        fake_discord.fail("POST", sent.webhook_path, status=403, code=50013)
        await fake_discord.wait_for_response(sent)
        answer = await fake_discord.wait_for_request(
            "POST", sent.webhook_path, where=lambda r: r.status == 200
        )
    assert "missing a permission" in answer.json["content"]
    assert answer.json["flags"] & (1 << 6)
