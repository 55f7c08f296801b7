"""The fake Discord itself, driven by a bare, unmodified discord.py client.

If these pass, the bot's end-to-end tests exercise real discord.py code paths over
real HTTP and a real websocket, not a mock's idea of them. Failures, reconnects, live
changes and history are in test_fake_discord_failures.py.
"""

from __future__ import annotations

import asyncio
import io

import discord
import pytest
from discord import app_commands

from tests.e2e.bare_client import bare_client
from tests.fakediscord import (
    EPHEMERAL,
    ChannelOption,
    FakeDiscord,
    FakeGuild,
    OptionValue,
    Perm,
    UserOption,
    connect_client,
)


async def test_client_connects_and_sees_the_guild(
    fake_discord: FakeDiscord, guild: FakeGuild
) -> None:
    category = guild.add_category("Text")
    guild.add_voice_channel("Voice", category_id=category.id)
    general = next(iter(guild.channels.values()))
    thread = guild.add_thread(general.id, "a thread")
    moderators = guild.add_role("Moderators", Perm.MANAGE_GUILD)
    alice = fake_discord.add_user("alice")
    guild.add_member(alice, roles=[moderators.id])

    async with connect_client(bare_client(), fake_discord) as client:
        seen = client.get_guild(guild.id)
        assert seen is not None
        assert client.user is not None and client.user.id == fake_discord.bot_user.id
        assert client.application_id == fake_discord.application_id
        names = {c.name: type(c) for c in seen.channels}
        assert names == {
            "general": discord.TextChannel,
            "Text": discord.CategoryChannel,
            "Voice": discord.VoiceChannel,
        }
        assert seen.get_thread(thread.id) is not None
        member = seen.get_member(alice.id)
        assert member is not None and member.guild_permissions.manage_guild
        assert seen.me.guild_permissions.send_messages
        assert not seen.me.guild_permissions.manage_guild


async def test_permissions_follow_roles_and_overwrites(
    fake_discord: FakeDiscord, guild: FakeGuild
) -> None:
    general = next(iter(guild.channels.values()))
    quiet = guild.add_text_channel("quiet")
    guild.set_overwrite(quiet.id, guild.bot_role_id, deny=Perm.SEND_MESSAGES)

    async with connect_client(bare_client(), fake_discord) as client:
        seen = client.get_guild(guild.id)
        assert seen is not None
        text = seen.get_channel(general.id)
        locked = seen.get_channel(quiet.id)
        assert isinstance(text, discord.TextChannel) and isinstance(locked, discord.TextChannel)
        assert text.permissions_for(seen.me).send_messages
        assert not locked.permissions_for(seen.me).send_messages
        with pytest.raises(discord.Forbidden) as raised:
            await locked.send("hello")
        assert raised.value.code == 50013


async def test_message_create_reaches_on_message(
    fake_discord: FakeDiscord, guild: FakeGuild
) -> None:
    alice = fake_discord.add_user("alice")
    bob = fake_discord.add_user("bob")
    guild.add_member(alice)
    guild.add_member(bob)
    general = next(iter(guild.channels.values()))
    client = bare_client()
    received: asyncio.Queue[discord.Message] = asyncio.Queue()

    @client.event
    async def on_message(message: discord.Message) -> None:
        await received.put(message)

    async with connect_client(client, fake_discord):
        first = await fake_discord.send_message(general.id, bob.id, "hi all")
        await fake_discord.send_message(
            general.id, alice.id, f"<@{bob.id}> hello", reply_to=int(first["id"])
        )
        await received.get()
        message = await asyncio.wait_for(received.get(), 5)
        assert message.content == f"<@{bob.id}> hello"
        assert isinstance(message.author, discord.Member) and message.author.id == alice.id
        assert [m.id for m in message.mentions] == [bob.id]
        assert message.reference is not None and message.reference.message_id == int(first["id"])
        assert message.type is discord.MessageType.reply


async def test_bot_send_is_recorded_and_echoed(fake_discord: FakeDiscord, guild: FakeGuild) -> None:
    alice = fake_discord.add_user("alice")
    guild.add_member(alice)
    general = next(iter(guild.channels.values()))
    client = bare_client()
    echoed: asyncio.Future[discord.Message] = asyncio.get_running_loop().create_future()

    @client.event
    async def on_message(message: discord.Message) -> None:
        if message.author.id == fake_discord.bot_user.id and not echoed.done():
            echoed.set_result(message)

    async with connect_client(client, fake_discord):
        original = await fake_discord.send_message(general.id, alice.id, "hello")
        channel = client.get_channel(general.id)
        assert isinstance(channel, discord.TextChannel)
        target = channel.get_partial_message(int(original["id"]))
        sent = await target.reply(
            "be kind",
            allowed_mentions=discord.AllowedMentions.none(),
            silent=True,
            file=discord.File(io.BytesIO(b"12345"), filename="note.txt"),
        )
        request = fake_discord.find_requests("POST", "/channels/{channel_id}/messages")[-1]
        assert request.json["allowed_mentions"] == {"parse": []}
        assert str(request.json["message_reference"]["message_id"]) == original["id"]
        assert request.json["flags"] & (1 << 12)
        assert [(f.filename, f.size) for f in request.files] == [("note.txt", 5)]
        assert sent.attachments[0].filename == "note.txt"
        assert sent.reference is not None
        assert (await asyncio.wait_for(echoed, 5)).id == sent.id

        await sent.add_reaction("💛")
        put = await fake_discord.wait_for_request(
            "PUT", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me"
        )
        assert put.params["emoji"] == "💛"
        await sent.delete()
        assert int(sent.id) not in fake_discord.messages


async def test_button_answered_ephemerally_by_a_view(
    fake_discord: FakeDiscord, guild: FakeGuild
) -> None:
    alice = fake_discord.add_user("alice")
    guild.add_member(alice)
    general = next(iter(guild.channels.values()))

    class Nudge(discord.ui.View):
        def __init__(self) -> None:
            super().__init__(timeout=None)

        @discord.ui.button(label="Why am I seeing this?", custom_id="nudge:why")
        async def why(self, interaction: discord.Interaction, _: discord.ui.Button[Nudge]) -> None:
            await interaction.response.send_message("because", ephemeral=True)
            await interaction.followup.send("more", ephemeral=True)

    client = bare_client()
    async with connect_client(client, fake_discord):
        client.add_view(Nudge())
        channel = client.get_channel(general.id)
        assert isinstance(channel, discord.TextChannel)
        sent = await channel.send("a nudge", view=Nudge())

        press = await fake_discord.press_button(sent.id, "nudge:why", alice.id)
        callback = await fake_discord.wait_for_response(press)
        assert callback.json["type"] == 4
        assert callback.json["data"]["content"] == "because"
        assert callback.json["data"]["flags"] == EPHEMERAL
        followup = await fake_discord.wait_for_request("POST", press.webhook_path)
        assert followup.json["flags"] == EPHEMERAL
        contents = [m["content"] for m in fake_discord.interaction_messages(press)]
        assert contents == ["because", "more"]


async def test_slash_command_with_group_options_and_permissions(
    fake_discord: FakeDiscord, guild: FakeGuild
) -> None:
    alice = fake_discord.add_user("alice")
    bob = fake_discord.add_user("bob")
    guild.add_member(alice)
    guild.add_member(bob)
    general = next(iter(guild.channels.values()))
    client = bare_client()
    tree = app_commands.CommandTree(client)
    seen: asyncio.Queue[tuple[str, int, bool, str, int]] = asyncio.Queue()

    kindness = app_commands.Group(
        name="kindness",
        description="settings",
        default_permissions=discord.Permissions(manage_guild=True),
    )
    words = app_commands.Group(name="words", description="terms", parent=kindness)

    @words.command(name="add", description="add a term")
    async def add(
        interaction: discord.Interaction,
        term: str,
        weight: int,
        who: discord.Member,
        where: discord.TextChannel,
    ) -> None:
        assert interaction.permissions is not None
        await seen.put((term, weight, interaction.permissions.manage_guild, who.name, where.id))
        await interaction.response.defer(ephemeral=True, thinking=True)
        await interaction.edit_original_response(content="added")

    tree.add_command(kindness)

    async with connect_client(client, fake_discord):
        synced = await tree.sync()
        assert [c.name for c in synced] == ["kindness"]
        stored = fake_discord.commands.commands()["1:kindness"]
        assert stored["default_member_permissions"] == str(Perm.MANAGE_GUILD)

        options: dict[str, OptionValue] = {
            "term": "meanie",
            "weight": 2,
            "who": UserOption(bob.id),
            "where": ChannelOption(general.id),
        }
        sent = await fake_discord.send_slash_command(
            general.id,
            alice.id,
            "kindness words add",
            options,
        )
        assert await asyncio.wait_for(seen.get(), 5) == ("meanie", 2, False, "bob", general.id)
        callback = await fake_discord.wait_for_response(sent)
        assert callback.json == {"type": 5, "data": {"flags": EPHEMERAL}}
        edit = await fake_discord.wait_for_request(
            "PATCH", f"{sent.webhook_path}/messages/@original"
        )
        assert edit.json["content"] == "added"
        assert fake_discord.interaction_messages(sent)[0]["flags"] == EPHEMERAL

        as_admin = await fake_discord.send_slash_command(
            general.id,
            alice.id,
            "kindness words add",
            options,
            permissions=Perm.ALL,
        )
        assert (await asyncio.wait_for(seen.get(), 5))[2] is True
        await fake_discord.wait_for_request("PATCH", f"{as_admin.webhook_path}/messages/@original")


async def test_context_menu_opens_a_modal_and_its_submit_arrives(
    fake_discord: FakeDiscord, guild: FakeGuild
) -> None:
    alice = fake_discord.add_user("alice")
    guild.add_member(alice)
    general = next(iter(guild.channels.values()))
    client = bare_client()
    tree = app_commands.CommandTree(client)
    reasons: asyncio.Queue[tuple[str, int]] = asyncio.Queue()

    class Report(discord.ui.Modal, title="Report"):
        reason: discord.ui.TextInput[Report] = discord.ui.TextInput(
            label="Reason", custom_id="reason", required=False
        )

        def __init__(self, target: int) -> None:
            super().__init__(custom_id="report")
            self.target = target

        async def on_submit(self, interaction: discord.Interaction) -> None:
            await reasons.put((self.reason.value, self.target))
            await interaction.response.send_message("thanks", ephemeral=True)

    @tree.context_menu(name="Report to moderators")
    async def report(interaction: discord.Interaction, message: discord.Message) -> None:
        await interaction.response.send_modal(Report(message.id))

    async with connect_client(client, fake_discord):
        await tree.sync()
        target = await fake_discord.send_message(general.id, alice.id, "something")
        opened = await fake_discord.send_message_command(
            int(target["id"]), alice.id, "Report to moderators"
        )
        callback = await fake_discord.wait_for_response(opened)
        assert callback.json["type"] == 9
        submitted = await fake_discord.submit_modal(opened, {"reason": "rude"})
        assert await asyncio.wait_for(reasons.get(), 5) == ("rude", int(target["id"]))
        answer = await fake_discord.wait_for_response(submitted)
        assert answer.json["data"]["flags"] == EPHEMERAL


async def test_answering_twice_is_refused_like_discord(
    fake_discord: FakeDiscord, guild: FakeGuild
) -> None:
    alice = fake_discord.add_user("alice")
    guild.add_member(alice)
    general = next(iter(guild.channels.values()))
    client = bare_client()
    tree = app_commands.CommandTree(client)
    errors: asyncio.Queue[BaseException] = asyncio.Queue()

    @tree.command(name="safety", description="safety tools")
    async def safety(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("tools", ephemeral=True)
        try:
            await interaction.client.http.request(
                discord.http.Route(
                    "POST",
                    "/interactions/{i}/{t}/callback",
                    i=interaction.id,
                    t=interaction.token,
                ),
                json={"type": 4, "data": {"content": "again"}},
            )
        except discord.HTTPException as exc:
            await errors.put(exc)

    async with connect_client(client, fake_discord):
        await fake_discord.send_slash_command(general.id, alice.id, "safety")
        error = await asyncio.wait_for(errors.get(), 5)
        assert isinstance(error, discord.HTTPException) and error.code == 40060
