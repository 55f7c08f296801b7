"""The bot through gateway faults: a dropped connection it resumes, and a RESUME that
Discord refuses (INVALID_SESSION), after which it identifies afresh and keeps nudging."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.kindness_harness import HOSTILE, member, running_bot, server, wait_nudge
from tests.fakediscord import FakeDiscord


async def test_a_refused_resume_ends_in_a_fresh_identify_and_nudging_goes_on(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    alice = member(fake_discord, guild, "alice")
    async with running_bot(fake_discord, tmp_path / "k.db"):
        first = await fake_discord.send_message(general, alice.id, HOSTILE)
        await wait_nudge(fake_discord, general, to=first)
        fake_discord.gateway.resume_enabled = False
        await fake_discord.gateway.close_all(code=4000)
        # discord.py tries to RESUME, gets INVALID_SESSION and identifies again.
        await fake_discord.wait_for_connection(2, timeout=20)
        assert fake_discord.gateway.identify_count == 2
        assert fake_discord.gateway.resume_count == 0
        bob = member(fake_discord, guild, "bob")  # alice is in her nudge cooldown
        second = await fake_discord.send_message(general, bob.id, HOSTILE)
        await wait_nudge(fake_discord, general, to=second)


async def test_a_dropped_connection_is_resumed_and_nudging_goes_on(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    alice = member(fake_discord, guild, "alice")
    async with running_bot(fake_discord, tmp_path / "k.db"):
        await fake_discord.gateway.close_all(code=4000)
        await fake_discord.wait_for_connection(2, timeout=20)
        assert fake_discord.gateway.resume_count == 1
        flagged = await fake_discord.send_message(general, alice.id, HOSTILE)
        await wait_nudge(fake_discord, general, to=flagged)
