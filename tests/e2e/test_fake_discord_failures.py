"""The fake Discord itself, part two: what goes wrong (unknown routes, injected failures,
closed DMs, a bad token, a privileged intent, dropped gateways, a SIGKILLed client), live
changes, threads and DMs, history pages and held requests; driven by a bare, unmodified
discord.py client.
"""

from __future__ import annotations

import asyncio
import os

import discord
import pytest

from tests.e2e.bare_client import bare_client
from tests.fakediscord import (
    FakeDiscord,
    FakeGuild,
    Perm,
    connect_client,
)


async def test_unknown_route_is_reported(fake_discord: FakeDiscord, guild: FakeGuild) -> None:
    async with connect_client(bare_client(), fake_discord) as client:
        with pytest.raises(discord.NotFound):
            await client.http.request(discord.http.Route("GET", "/no/such/route"))
    assert [(r.method, r.path) for r in fake_discord.unknown_routes] == [("GET", "/no/such/route")]
    fake_discord.unknown_routes.clear()  # reported; the fixture would fail the test otherwise


async def test_failure_injection_raises_forbidden_once(
    fake_discord: FakeDiscord, guild: FakeGuild
) -> None:
    general = next(iter(guild.channels.values()))
    fake_discord.fail("POST", "/channels/{channel_id}/messages", status=403, code=50013)
    async with connect_client(bare_client(), fake_discord) as client:
        channel = client.get_channel(general.id)
        assert isinstance(channel, discord.TextChannel)
        with pytest.raises(discord.Forbidden) as raised:
            await channel.send("first")
        assert raised.value.status == 403 and raised.value.code == 50013
        assert (await channel.send("second")).content == "second"
    statuses = [
        r.status for r in fake_discord.find_requests("POST", "/channels/{channel_id}/messages")
    ]
    assert statuses == [403, 200]


async def test_closed_dms_fail_with_50007(fake_discord: FakeDiscord, guild: FakeGuild) -> None:
    closed = fake_discord.add_user("private", dms_open=False)
    guild.add_member(closed)
    async with connect_client(bare_client(), fake_discord) as client:
        seen = client.get_guild(guild.id)
        assert seen is not None
        member = seen.get_member(closed.id)
        assert member is not None
        with pytest.raises(discord.Forbidden) as raised:
            await member.send("hello")
        assert raised.value.code == 50007


async def test_edit_and_delete_reach_raw_events(
    fake_discord: FakeDiscord, guild: FakeGuild
) -> None:
    alice = fake_discord.add_user("alice")
    guild.add_member(alice)
    general = next(iter(guild.channels.values()))
    client = bare_client()
    events: asyncio.Queue[str] = asyncio.Queue()

    @client.event
    async def on_raw_message_edit(payload: discord.RawMessageUpdateEvent) -> None:
        await events.put(f"edit {payload.message_id} {payload.message.content}")

    @client.event
    async def on_raw_message_delete(payload: discord.RawMessageDeleteEvent) -> None:
        await events.put(f"delete {payload.message_id}")

    async with connect_client(client, fake_discord):
        message = await fake_discord.send_message(general.id, alice.id, "you are mean")
        await fake_discord.edit_message(int(message["id"]), "sorry")
        await fake_discord.delete_message(int(message["id"]))
        assert await asyncio.wait_for(events.get(), 5) == f"edit {message['id']} sorry"
        assert await asyncio.wait_for(events.get(), 5) == f"delete {message['id']}"


async def test_bad_token_is_a_login_failure(fake_discord: FakeDiscord) -> None:
    client = bare_client()
    with pytest.raises(discord.LoginFailure):
        await client.login("wrong-token")
    await client.close()


async def test_disallowed_privileged_intent_closes_4014() -> None:
    from tests.fakediscord import point_discord_at

    async with FakeDiscord(allowed_privileged_intents=0) as fake:
        undo = point_discord_at(fake)
        try:
            with pytest.raises(discord.PrivilegedIntentsRequired):
                async with connect_client(bare_client(), fake):
                    pass
        finally:
            undo()


async def test_launcher_runs_a_client_in_a_subprocess(
    fake_discord: FakeDiscord, guild: FakeGuild
) -> None:
    from tests.fakediscord.launch import MARKER, MARKER_REPLY, REPO_ROOT, launch_command

    alice = fake_discord.add_user("alice")
    guild.add_member(alice)
    general = next(iter(guild.channels.values()))
    argv = launch_command(fake_discord.api_base, fake_discord.gateway_url, bare_client=True)
    process = await asyncio.create_subprocess_exec(
        *argv, cwd=REPO_ROOT, env={**os.environ, "DISCORD_TOKEN": fake_discord.token}
    )
    try:
        await fake_discord.wait_for_connection(timeout=20)
        await fake_discord.send_message(general.id, alice.id, MARKER)
        reply = await fake_discord.wait_for_request(
            "POST", f"/channels/{general.id}/messages", timeout=10
        )
        assert reply.json["content"] == MARKER_REPLY
    finally:
        process.terminate()
        assert await asyncio.wait_for(process.wait(), 10) == 0


async def test_live_role_and_channel_changes(fake_discord: FakeDiscord) -> None:
    guild = fake_discord.add_guild(everyone_permissions=Perm.VIEW_CHANNEL)
    general = next(iter(guild.channels.values()))
    doomed = guild.add_text_channel("doomed")
    client = bare_client()
    role_updated = asyncio.Event()

    @client.event
    async def on_guild_role_update(before: discord.Role, after: discord.Role) -> None:
        role_updated.set()

    async with connect_client(client, fake_discord):
        seen = client.get_guild(guild.id)
        assert seen is not None
        text = seen.get_channel(general.id)
        assert isinstance(text, discord.TextChannel)
        assert text.permissions_for(seen.me).send_messages

        await fake_discord.update_role(guild.id, guild.bot_role_id, permissions=Perm.VIEW_CHANNEL)
        await asyncio.wait_for(role_updated.wait(), 5)
        assert not text.permissions_for(seen.me).send_messages
        with pytest.raises(discord.Forbidden):
            await text.send("hello")

        gone = seen.get_channel(doomed.id)
        assert isinstance(gone, discord.TextChannel)
        await fake_discord.delete_channel(doomed.id)
        with pytest.raises(discord.NotFound) as raised:
            await gone.send("anyone?")
        assert raised.value.code == 10003


async def test_thread_and_dm_messages_reach_on_message(
    fake_discord: FakeDiscord, guild: FakeGuild
) -> None:
    alice = fake_discord.add_user("alice")
    guild.add_member(alice)
    general = next(iter(guild.channels.values()))
    thread = guild.add_thread(general.id, "side chat", owner_id=alice.id)
    client = bare_client()
    received: asyncio.Queue[discord.Message] = asyncio.Queue()

    @client.event
    async def on_message(message: discord.Message) -> None:
        await received.put(message)

    async with connect_client(client, fake_discord):
        await fake_discord.send_message(thread.id, alice.id, "in a thread")
        in_thread = await asyncio.wait_for(received.get(), 5)
        assert isinstance(in_thread.channel, discord.Thread)
        assert in_thread.channel.parent_id == general.id

        dm = fake_discord.dm_channel(alice.id)
        await fake_discord.send_message(dm.id, alice.id, "psst")
        private = await asyncio.wait_for(received.get(), 5)
        assert isinstance(private.channel, discord.DMChannel) and private.guild is None


async def test_client_reconnects_after_the_gateway_drops(
    fake_discord: FakeDiscord, guild: FakeGuild
) -> None:
    alice = fake_discord.add_user("alice")
    guild.add_member(alice)
    general = next(iter(guild.channels.values()))
    client = bare_client()
    received: asyncio.Queue[str] = asyncio.Queue()

    @client.event
    async def on_message(message: discord.Message) -> None:
        await received.put(message.content)

    async with connect_client(client, fake_discord):
        await fake_discord.gateway.close_all(code=4000)
        await fake_discord.wait_for_connection(2)
        assert (fake_discord.gateway.identify_count, fake_discord.gateway.resume_count) == (1, 1)
        await fake_discord.send_message(general.id, alice.id, "still there?")
        assert await asyncio.wait_for(received.get(), 5) == "still there?"


async def test_sigkilled_client_during_a_flood_then_a_new_one_connects(
    fake_discord: FakeDiscord, guild: FakeGuild
) -> None:
    from tests.fakediscord.launch import MARKER, REPO_ROOT, launch_command

    alice = fake_discord.add_user("alice")
    guild.add_member(alice)
    general = next(iter(guild.channels.values()))
    argv = launch_command(fake_discord.api_base, fake_discord.gateway_url, bare_client=True)
    env = {**os.environ, "DISCORD_TOKEN": fake_discord.token}

    first = await asyncio.create_subprocess_exec(*argv, cwd=REPO_ROOT, env=env)
    await fake_discord.wait_for_connection(1, timeout=20)
    flood = fake_discord.build_message(general.id, alice.id, "flood")
    for _ in range(2000):
        await fake_discord.dispatch("MESSAGE_CREATE", flood)
    first.kill()
    assert await asyncio.wait_for(first.wait(), 10) == -9
    for _ in range(100):  # the fake shrugs off writes to a dead client
        await fake_discord.dispatch("MESSAGE_CREATE", flood)

    second = await asyncio.create_subprocess_exec(*argv, cwd=REPO_ROOT, env=env)
    try:
        await fake_discord.wait_for_connection(2, timeout=20)
        start = len(fake_discord.requests)
        await fake_discord.send_message(general.id, alice.id, MARKER)
        await fake_discord.wait_for_request(
            "POST", "/channels/{channel_id}/messages", start=start, timeout=10
        )
    finally:
        second.terminate()
        await asyncio.wait_for(second.wait(), 10)


async def test_without_message_content_intent_content_is_blank(
    fake_discord: FakeDiscord, guild: FakeGuild
) -> None:
    alice = fake_discord.add_user("alice")
    guild.add_member(alice)
    general = next(iter(guild.channels.values()))
    client = discord.Client(intents=discord.Intents.default(), guild_ready_timeout=0.1)
    received: asyncio.Queue[str] = asyncio.Queue()

    @client.event
    async def on_message(message: discord.Message) -> None:
        await received.put(message.content)

    async with connect_client(client, fake_discord):
        await fake_discord.send_message(general.id, alice.id, "secret words")
        assert await asyncio.wait_for(received.get(), 5) == ""
        mention = f"<@{fake_discord.bot_user.id}> hello"
        await fake_discord.send_message(general.id, alice.id, mention)
        assert await asyncio.wait_for(received.get(), 5) == mention


async def test_channel_history_pages_like_discord(
    fake_discord: FakeDiscord, guild: FakeGuild
) -> None:
    general = next(iter(guild.channels.values()))
    alice = fake_discord.add_user("alice")
    guild.add_member(alice)
    async with connect_client(bare_client(), fake_discord) as client:
        channel = client.get_channel(general.id)
        assert isinstance(channel, discord.TextChannel)
        sent = [await fake_discord.send_message(general.id, alice.id, f"m{i}") for i in range(7)]
        await channel.send("from the bot")
        newest = [m.content async for m in channel.history(limit=3)]
        assert newest == ["from the bot", "m6", "m5"]
        after = discord.Object(int(sent[2]["id"]))
        later = [m.content async for m in channel.history(after=after, limit=None)]
        assert later == ["m3", "m4", "m5", "m6", "from the bot"]
        paged = [m.content async for m in channel.history(limit=150)]  # two pages of 100
        assert len(paged) == 8 and paged[-1] == "m0"
        guild.set_overwrite(general.id, guild.bot_role_id, deny=Perm.READ_MESSAGE_HISTORY)
        with pytest.raises(discord.Forbidden):
            [m async for m in channel.history(limit=5)]


async def test_a_held_request_waits_for_release_and_can_be_answered_or_dropped(
    fake_discord: FakeDiscord, guild: FakeGuild
) -> None:
    general = next(iter(guild.channels.values()))
    async with connect_client(bare_client(), fake_discord) as client:
        channel = client.get_channel(general.id)
        assert isinstance(channel, discord.TextChannel)
        held = fake_discord.hold("POST", "/channels/{channel_id}/messages")
        sending = asyncio.create_task(channel.send("slow"))
        arrived = await held.wait_arrival()
        assert arrived.json["content"] == "slow"
        assert fake_discord.messages_in(general.id) == []  # not created while held
        held.release()
        assert (await sending).content == "slow"
        dropped = fake_discord.hold("POST", "/channels/{channel_id}/messages")
        sending = asyncio.create_task(channel.send("lost"))
        await dropped.wait_arrival()
        dropped.release(answer=False)
        with pytest.raises(discord.HTTPException):
            await sending
        assert [m["content"] for m in fake_discord.messages_in(general.id)] == ["slow"]
