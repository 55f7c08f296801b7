"""`/kindness` settings commands end to end: the bot-side permission check, every setting,
bad arguments changing nothing, and settings surviving a restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from discord import app_commands

from bot.core.guild_settings import DeliveryMode, GuildSettings
from cogs.moderation import build_group
from tests.e2e.kindness_harness import channel_id, member, posts_to, running_bot, server
from tests.e2e.moderation_support import moderator_id, run
from tests.fakediscord import ChannelOption, FakeDiscord, OptionValue, Perm, RoleOption, UserOption


def every_subcommand(
    channel: int, role: int, user: int
) -> list[tuple[str, dict[str, OptionValue]]]:
    """Every leaf of the /kindness tree with valid options, to prove each one is guarded."""
    c, r = ChannelOption(channel), RoleOption(role)
    return [
        ("kindness setup", {"alert_channel": c}),
        ("kindness settings", {}),
        ("kindness threshold", {"value": 0.6}),
        ("kindness delivery", {"mode": "dm"}),
        ("kindness delete-after", {"seconds": 30}),
        ("kindness cooldown", {"seconds": 30}),
        ("kindness languages", {"languages": "it"}),
        ("kindness kindness-reaction", {"enabled": False}),
        ("kindness alert-channel", {"channel": c}),
        ("kindness rules-channel", {"channel": c}),
        ("kindness check", {"text": "you idiot"}),
        ("kindness stats", {}),
        ("kindness pause", {}),
        ("kindness resume", {}),
        ("kindness forget", {"user": UserOption(user)}),
        ("kindness export", {}),
        ("kindness feedback", {}),
        ("kindness channels ignore", {"channel": c}),
        ("kindness channels unignore", {"channel": c}),
        ("kindness channels profanity-ok", {"channel": c}),
        ("kindness channels profanity-strict", {"channel": c}),
        ("kindness channels list", {}),
        ("kindness exempt-roles add", {"role": r}),
        ("kindness exempt-roles remove", {"role": r}),
        ("kindness exempt-roles list", {}),
        ("kindness words add", {"term": "glorbnik"}),
        ("kindness words remove", {"term": "glorbnik"}),
        ("kindness words list", {}),
        ("kindness allowed add", {"term": "sick"}),
        ("kindness allowed remove", {"term": "sick"}),
        ("kindness allowed list", {}),
        ("kindness summary channel", {"channel": c}),
        ("kindness summary weekday", {"day": 3}),
        ("kindness summary hour", {"hour": 5}),
        ("kindness summary timezone", {"name": "Europe/Rome"}),
        ("kindness summary preview", {}),
        ("kindness summary post", {}),
        ("kindness automod enable", {}),
        ("kindness automod disable", {}),
        ("kindness automod status", {}),
        ("kindness experiment start", {"share": 20}),
        ("kindness experiment stop", {}),
        ("kindness experiment results", {}),
        ("kindness bullying status", {}),
        ("kindness bullying pileon", {"messages": 6}),
        ("kindness bullying persistent", {"days": 4}),
        ("kindness bullying dm", {"enabled": False}),
    ]


def test_the_refusal_list_covers_the_whole_tree() -> None:
    leaves = {
        f"kindness {command.qualified_name.removeprefix('kindness ')}"
        for command in build_group().walk_commands()
        if isinstance(command, app_commands.Command)
    }
    assert leaves == {path for path, _ in every_subcommand(1, 2, 3)}


async def test_commands_are_synced_for_moderators_only(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    fake_discord.add_guild()
    async with running_bot(fake_discord, tmp_path / "k.db"):
        registered = fake_discord.commands.commands()
    kindness = registered["1:kindness"]
    assert kindness["default_member_permissions"] == str(Perm.MANAGE_GUILD)
    assert kindness["contexts"] == [0]  # servers only
    names = {o["name"] for o in kindness["options"]}
    assert {"setup", "settings", "threshold", "words", "allowed", "summary", "forget"} <= names
    for member_command in ("1:kindcheck", "1:safety", "3:Check my tone", "3:Report to moderators"):
        assert member_command in registered
        assert registered[member_command].get("default_member_permissions") is None
    for guild_only in ("1:kindcheck", "3:Check my tone", "3:Report to moderators"):
        assert registered[guild_only]["contexts"] == [0]


async def test_a_member_without_manage_server_is_refused_by_the_bot(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild()
    alice = member(fake_discord, guild, "alice")
    role = guild.add_role("Helpers")
    general = channel_id(guild)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        before = await bot.settings.get(guild.id)
        for path, options in every_subcommand(general, role.id, alice.id):
            answer = await run(fake_discord, general, alice.id, path, options)
            assert answer.ephemeral, path
            assert "Manage Server" in answer.text, (path, answer.text)
        assert not posts_to(fake_discord, general)  # nothing was posted anywhere
        # Even an explicit "no permissions" member gets the same refusal.
        answer = await run(
            fake_discord, general, alice.id, "kindness pause", permissions=Perm.EVERYONE_DEFAULT
        )
        assert "Manage Server" in answer.text
        assert await bot.settings.get(guild.id) == before
        assert await bot.db.get_guild_settings(guild.id) == before


async def test_each_setting_is_changed_confirmed_and_shown(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild(text_channels=("general", "mods", "rules"))
    mod = moderator_id(guild)
    general = channel_id(guild)
    mods = channel_id(guild, "mods")
    rules = channel_id(guild, "rules")
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        steps: list[tuple[str, dict[str, OptionValue], str]] = [
            ("kindness threshold", {"value": 0.7}, "0.70"),
            ("kindness delivery", {"mode": "reaction"}, "reaction"),
            ("kindness delete-after", {"seconds": 90}, "1 min 30 s"),
            ("kindness cooldown", {"seconds": 0}, "no cooldown"),
            ("kindness languages", {"languages": "en,it"}, "English, Italian"),
            ("kindness kindness-reaction", {"enabled": False}, "off"),
            ("kindness alert-channel", {"channel": ChannelOption(mods)}, f"<#{mods}>"),
            ("kindness rules-channel", {"channel": ChannelOption(rules)}, f"<#{rules}>"),
            ("kindness pause", {}, "Paused"),
        ]
        for path, options, expected in steps:
            answer = await run(fake_discord, general, mod, path, options)
            assert answer.ephemeral and answer.no_pings, path
            assert expected in answer.text, (path, answer.text)
        settings = await bot.settings.get(guild.id)
        assert settings.threshold == 0.7
        assert settings.delivery is DeliveryMode.REACTION
        assert settings.nudge_delete_after == 90
        assert settings.cooldown_seconds == 0
        assert settings.languages == ("en", "it")
        assert settings.kindness_reaction is False
        assert settings.alert_channel_id == mods
        assert settings.rules_channel_id == rules
        assert settings.paused is True

        shown = await run(fake_discord, general, mod, "kindness settings")
        assert shown.ephemeral and shown.no_pings
        for expected in ("paused", "0.70", "reaction", "1 min 30 s", "English, Italian"):
            assert expected in shown.text
        assert f"Alert channel:** <#{mods}>" in shown.text

        resumed = await run(fake_discord, general, mod, "kindness resume")
        assert "Resumed" in resumed.text
        assert (await bot.settings.get(guild.id)).paused is False

        cleared = await run(fake_discord, general, mod, "kindness alert-channel")
        assert "cannot report" in cleared.text
        assert (await bot.settings.get(guild.id)).alert_channel_id is None


@pytest.mark.parametrize(
    ("path", "options", "expected"),
    [
        ("kindness threshold", {"value": 5.0}, "between 0.1 and 0.95"),
        ("kindness threshold", {"value": 0.0}, "between 0.1 and 0.95"),
        ("kindness cooldown", {"seconds": -5}, "between 0 and 86400"),
        ("kindness delete-after", {"seconds": 10**9}, "between 0 and 86400"),
        ("kindness languages", {"languages": "klingon"}, "Unknown language `klingon`"),
        ("kindness delivery", {"mode": "carrier-pigeon"}, "reply, dm, reaction or silent"),
        ("kindness stats", {"days": 0}, "between 1 and 365"),
        ("kindness words add", {"term": ""}, "empty"),
        ("kindness words add", {"term": "   "}, "empty"),
        ("kindness words add", {"term": "x" * 500}, "too long (500 characters)"),
        ("kindness words add", {"term": "<@123>"}, "mentions"),
        ("kindness words add", {"term": "ok", "category": "spite"}, "Unknown category"),
        ("kindness allowed add", {"term": "https://x.y"}, "links"),
        ("kindness summary timezone", {"name": "Mars/Olympus"}, "Nothing was changed"),
        ("kindness summary hour", {"hour": 24}, "Nothing was changed"),
    ],
)
async def test_bad_arguments_get_a_clear_answer_and_change_nothing(
    fake_discord: FakeDiscord,
    tmp_path: Path,
    path: str,
    options: dict[str, OptionValue],
    expected: str,
) -> None:
    guild, general = server(fake_discord)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        answer = await run(fake_discord, general, moderator_id(guild), path, options)
        assert answer.ephemeral and answer.no_pings
        assert expected in answer.text, answer.text
        assert await bot.db.get_guild_settings(guild.id) == GuildSettings(guild_id=guild.id)


async def test_channels_of_the_wrong_type_and_unseen_roles_are_refused(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild()
    category = guild.add_category("Info")
    voice = guild.add_voice_channel("Lounge")
    general = channel_id(guild)
    mod = moderator_id(guild)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        # A role created after the bot received the guild: Discord resolves it, the bot
        # has never seen it.
        ghost = guild.add_role("Ghost")
        attempts: list[tuple[str, dict[str, OptionValue], str]] = [
            (
                "kindness alert-channel",
                {"channel": ChannelOption(voice.id)},
                "text or news channel",
            ),
            ("kindness alert-channel", {"channel": ChannelOption(category.id)}, "text or news"),
            (
                "kindness channels ignore",
                {"channel": ChannelOption(category.id)},
                "pick a text, news, voice, forum or media channel",
            ),
            ("kindness summary channel", {"channel": ChannelOption(voice.id)}, "text or news"),
            ("kindness exempt-roles add", {"role": RoleOption(ghost.id)}, "cannot see that role"),
            ("kindness exempt-roles add", {"role": RoleOption(guild.id)}, "@everyone"),
        ]
        for path, options, expected in attempts:
            answer = await run(fake_discord, general, mod, path, options)
            assert answer.ephemeral, path
            assert expected in answer.text, (path, answer.text)
        assert await bot.db.get_guild_settings(guild.id) == GuildSettings(guild_id=guild.id)


async def test_settings_survive_a_restart_on_the_same_database(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild(text_channels=("general", "mods"))
    general = channel_id(guild)
    mods = channel_id(guild, "mods")
    mod = moderator_id(guild)
    role = guild.add_role("Trusted")
    db = tmp_path / "k.db"
    async with running_bot(fake_discord, db):
        changes: list[tuple[str, dict[str, OptionValue]]] = [
            ("kindness threshold", {"value": 0.8}),
            ("kindness delivery", {"mode": "silent"}),
            ("kindness alert-channel", {"channel": ChannelOption(mods)}),
            ("kindness channels ignore", {"channel": ChannelOption(mods)}),
            ("kindness exempt-roles add", {"role": RoleOption(role.id)}),
            ("kindness words add", {"term": "Glorbnik", "category": "insult"}),
            ("kindness allowed add", {"term": "sick"}),
            ("kindness summary weekday", {"day": 4}),
        ]
        for path, options in changes:
            answer = await run(fake_discord, general, mod, path, options)
            assert "Nothing was changed" not in answer.text, (path, answer.text)
    async with running_bot(fake_discord, db) as bot:
        settings = await bot.settings.get(guild.id)
        shown = await run(fake_discord, general, mod, "kindness settings")
    assert settings.threshold == 0.8
    assert settings.delivery is DeliveryMode.SILENT
    assert settings.alert_channel_id == mods
    assert settings.ignored_channels == frozenset({mods})
    assert settings.exempt_roles == frozenset({role.id})
    assert dict(settings.custom_terms) == {"glorbnik": "insult"}
    assert settings.allowed_terms == frozenset({"sick"})
    assert settings.summary_weekday == 4
    assert "@Trusted" in shown.text and "`glorbnik` (insult)" in shown.text
    assert "Fridays" in shown.text
