"""Command sync: only when the command set changed, dev guild, forced sync, failures."""

from __future__ import annotations

from pathlib import Path

from bot.cli.common import ExitCode
from bot.cli.sync import force_sync
from bot.config import AppConfig
from bot.discord.command_sync import META_KEY
from bot.extensions import EXTENSIONS
from tests.e2e.moderation_support import bot_with
from tests.fakediscord import FakeDiscord

MINE = ("cogs.moderation", "cogs.member_tools")
GLOBAL_ROUTE = "/applications/{application_id}/commands"
GUILD_ROUTE = "/applications/{application_id}/guilds/{guild_id}/commands"


def _puts(fake: FakeDiscord, route: str = GLOBAL_ROUTE) -> int:
    return len(fake.find_requests("PUT", route))


async def test_commands_sync_once_and_again_only_when_they_change(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    fake_discord.add_guild()
    db = tmp_path / "k.db"
    async with bot_with(fake_discord, db, MINE) as bot:
        fingerprint = await bot.db.get_meta(META_KEY)
    assert _puts(fake_discord) == 1
    assert fingerprint is not None and fingerprint.startswith(f"{fake_discord.application_id}:")
    names = set(fake_discord.commands.commands())
    assert {"1:kindness", "1:kindcheck", "1:safety", "3:Report to moderators"} <= names

    async with bot_with(fake_discord, db, MINE):
        pass
    assert _puts(fake_discord) == 1  # unchanged: Discord is not called

    async with bot_with(fake_discord, db, ("cogs.moderation",)) as bot:
        changed = await bot.db.get_meta(META_KEY)
    assert _puts(fake_discord) == 2
    assert changed != fingerprint
    assert "1:kindcheck" not in fake_discord.commands.commands()


async def test_a_development_guild_gets_the_commands_instantly_and_alone(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild()
    async with bot_with(fake_discord, tmp_path / "k.db", MINE, dev_guild_id=guild.id) as bot:
        fingerprint = await bot.db.get_meta(META_KEY)
    assert _puts(fake_discord, GLOBAL_ROUTE) == 0
    assert _puts(fake_discord, GUILD_ROUTE) == 1
    assert "1:kindness" in fake_discord.commands.commands(guild.id)
    assert fingerprint is not None and f":guild:{guild.id}:" in fingerprint


async def test_a_failed_sync_does_not_stop_the_bot_and_is_retried(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    fake_discord.add_guild()
    db = tmp_path / "k.db"
    fake_discord.fail("PUT", GLOBAL_ROUTE, status=403, code=50001, message="Missing Access")
    async with bot_with(fake_discord, db, MINE) as bot:
        assert await bot.db.get_meta(META_KEY) is None
    async with bot_with(fake_discord, db, MINE) as bot:
        assert await bot.db.get_meta(META_KEY) is not None
    assert [r.status for r in fake_discord.find_requests("PUT", GLOBAL_ROUTE)] == [403, 200]


async def test_kindness_bot_sync_forces_exactly_one_sync(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    db = tmp_path / "k.db"
    config = AppConfig(discord_token=fake_discord.token, database_path=db)
    assert await force_sync(config, fake_discord.token) == ExitCode.OK
    assert _puts(fake_discord) == 1  # the start-up sync counts; no second call
    assert await force_sync(config, fake_discord.token) == ExitCode.OK
    assert _puts(fake_discord) == 2  # unchanged, but forced
    registered = fake_discord.commands.commands()
    assert "1:kindness" in registered and len(EXTENSIONS) >= 2
    # Logging in is enough: no gateway session was opened.
    assert not fake_discord.find_requests("GET", "/gateway/bot")

    fake_discord.fail("PUT", GLOBAL_ROUTE, status=403, code=50001, message="Missing Access")
    assert await force_sync(config, fake_discord.token) == ExitCode.ERROR
