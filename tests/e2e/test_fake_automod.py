"""The fake's AutoMod routes enforce Discord's rules, seen through a bare discord.py client."""

from __future__ import annotations

import asyncio
from typing import Any

import discord
import pytest

from tests.fakediscord import FakeDiscord, FakeGuild, Perm, connect_client

MANAGING = Perm.BOT_DEFAULT | Perm.MANAGE_GUILD


def client(*, execution: bool = True) -> discord.Client:
    intents = discord.Intents.default()
    intents.auto_moderation_execution = execution
    return discord.Client(intents=intents, guild_ready_timeout=0.1)


def body(**changes: Any) -> dict[str, Any]:
    rule: dict[str, Any] = {
        "name": "test rule",
        "event_type": 1,
        "trigger_type": 1,
        "trigger_metadata": {"keyword_filter": ["cat*"], "regex_patterns": [], "allow_list": []},
        "actions": [{"type": 1, "metadata": {"custom_message": "be kind"}}],
        "enabled": True,
    }
    rule.update(changes)
    return rule


def meta(**changes: Any) -> dict[str, Any]:
    return {"keyword_filter": [], "regex_patterns": [], "allow_list": [], **changes}


@pytest.fixture
def guild(fake_discord: FakeDiscord) -> FakeGuild:
    return fake_discord.add_guild(bot_permissions=MANAGING)


async def test_create_list_get_edit_delete(fake_discord: FakeDiscord, guild: FakeGuild) -> None:
    async with connect_client(client(), fake_discord) as bot:
        rule = await bot.http.create_auto_moderation_rule(guild.id, reason=None, **body())
        assert rule["creator_id"] == str(fake_discord.bot_user_id)
        assert [r["id"] for r in await bot.http.get_auto_moderation_rules(guild.id)] == [rule["id"]]
        edited = await bot.http.edit_auto_moderation_rule(
            guild.id, rule["id"], reason=None, enabled=False
        )
        assert edited["enabled"] is False and edited["trigger_metadata"]["keyword_filter"] == [
            "cat*"
        ]
        assert (await bot.http.get_auto_moderation_rule(guild.id, rule["id"]))["enabled"] is False
        await bot.http.delete_auto_moderation_rule(guild.id, rule["id"], reason=None)
        with pytest.raises(discord.NotFound) as gone:
            await bot.http.get_auto_moderation_rule(guild.id, rule["id"])
        assert gone.value.code == 10066


@pytest.mark.parametrize(
    ("changes", "where"),
    [
        (
            {"trigger_metadata": meta(keyword_filter=[f"w{i}" for i in range(1001)])},
            "keyword_filter",
        ),
        ({"trigger_metadata": meta(keyword_filter=["x" * 61])}, "keyword_filter.0"),
        ({"trigger_metadata": meta(regex_patterns=["a"] * 11)}, "regex_patterns"),
        ({"trigger_metadata": meta(regex_patterns=["a" * 261])}, "regex_patterns.0"),
        ({"trigger_metadata": meta(regex_patterns=["(?=a)b"])}, "regex_patterns.0"),
        ({"trigger_metadata": meta(allow_list=[f"a{i}" for i in range(101)])}, "allow_list"),
        ({"actions": [{"type": 1, "metadata": {"custom_message": "x" * 151}}]}, "custom_message"),
        ({"actions": [{"type": 2, "metadata": {"channel_id": "1"}}]}, "channel_id"),
        ({"exempt_roles": [str(i) for i in range(21)]}, "exempt_roles"),
        ({"exempt_channels": [str(i) for i in range(51)]}, "exempt_channels"),
    ],
)
async def test_limits_are_refused_with_50035(
    fake_discord: FakeDiscord, guild: FakeGuild, changes: dict[str, Any], where: str
) -> None:
    async with connect_client(client(), fake_discord) as bot:
        with pytest.raises(discord.HTTPException) as refused:
            await bot.http.create_auto_moderation_rule(guild.id, reason=None, **body(**changes))
    assert refused.value.status == 400 and refused.value.code == 50035
    assert where in refused.value.text
    assert fake_discord.automod.rules_of(guild.id) == []


async def test_at_most_six_keyword_rules(fake_discord: FakeDiscord, guild: FakeGuild) -> None:
    async with connect_client(client(), fake_discord) as bot:
        for _ in range(6):
            await bot.http.create_auto_moderation_rule(guild.id, reason=None, **body())
        with pytest.raises(discord.HTTPException) as refused:
            await bot.http.create_auto_moderation_rule(guild.id, reason=None, **body())
    assert refused.value.code == 50035 and "(6)" in refused.value.text


async def test_every_route_needs_manage_server(fake_discord: FakeDiscord) -> None:
    guild = fake_discord.add_guild()
    async with connect_client(client(), fake_discord) as bot:
        with pytest.raises(discord.Forbidden) as refused:
            await bot.http.get_auto_moderation_rules(guild.id)
        assert refused.value.code == 50013
        with pytest.raises(discord.Forbidden):
            await bot.http.create_auto_moderation_rule(guild.id, reason=None, **body())


@pytest.mark.parametrize("execution", [True, False])
async def test_executions_reach_only_sessions_with_the_intent(
    fake_discord: FakeDiscord, guild: FakeGuild, execution: bool
) -> None:
    general = next(iter(guild.channels.values())).id
    seen: list[discord.AutoModAction] = []
    later = asyncio.Event()
    bot = client(execution=execution)

    @bot.event
    async def on_automod_action(action: discord.AutoModAction) -> None:
        seen.append(action)

    @bot.event
    async def on_message(message: discord.Message) -> None:
        later.set()

    async with connect_client(bot, fake_discord) as connected:
        rule = await connected.http.create_auto_moderation_rule(guild.id, reason=None, **body())
        await fake_discord.automod.execute(
            guild.id,
            int(rule["id"]),
            user_id=guild.owner_id,
            channel_id=general,
            content="a cat",
            matched_keyword="cat*",
        )
        # Gateway events arrive in order: once a later message is handled, so was this.
        await fake_discord.send_message(general, guild.owner_id, "later")
        await asyncio.wait_for(later.wait(), 5)
        await asyncio.sleep(0)
    if execution:
        assert len(seen) == 1 and seen[0].matched_keyword == "cat*"
        assert seen[0].action.type is discord.AutoModRuleActionType.block_message
        assert seen[0].rule_id == int(rule["id"]) and seen[0].channel_id == general
    else:
        assert seen == []
