"""`/kindness channels|exempt-roles|words|allowed` end to end."""

from __future__ import annotations

from pathlib import Path

from bot.core.scoring.verdict import Category
from cogs.moderation.lists import MAX_LIST_CHARS
from tests.e2e.kindness_harness import channel_id, member, posts_to, running_bot, server, wait_nudge
from tests.e2e.moderation_support import moderator_id, run
from tests.fakediscord import ChannelOption, FakeDiscord, RoleOption


async def test_words_add_list_remove_and_check_uses_them(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    mod = moderator_id(guild)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        added = await run(
            fake_discord,
            general,
            mod,
            "kindness words add",
            {"term": "  Glorbnik ", "category": "body_shaming"},
        )
        assert added.ephemeral and added.no_pings
        assert "`glorbnik` is now flagged as **body shaming**" in added.text
        await run(fake_discord, general, mod, "kindness words add", {"term": "waste of space"})
        settings = await bot.settings.get(guild.id)
        assert dict(settings.custom_terms) == {
            "glorbnik": Category.BODY_SHAMING,
            "waste of space": Category.INSULT,
        }

        checked = await run(fake_discord, general, mod, "kindness check", {"text": "ur a glorbnik"})
        assert "**flagged as hostile**" in checked.text
        assert "`glorbnik` (body shaming" in checked.text

        listed = await run(fake_discord, general, mod, "kindness words list")
        assert listed.ephemeral and listed.no_pings
        assert "Custom terms (2)" in listed.text
        assert "`glorbnik` (body shaming)" in listed.text
        assert "`waste of space` (insult)" in listed.text

        removed = await run(
            fake_discord, general, mod, "kindness words remove", {"term": "GLORBNIK"}
        )
        assert "no longer one of this server's terms" in removed.text
        missing = await run(
            fake_discord, general, mod, "kindness words remove", {"term": "glorbnik"}
        )
        assert "is not one of this server's terms" in missing.text
        assert dict((await bot.settings.get(guild.id)).custom_terms) == {
            "waste of space": Category.INSULT
        }
        checked = await run(fake_discord, general, mod, "kindness check", {"text": "ur a glorbnik"})
        assert "**not flagged**" in checked.text


async def test_allowed_terms_stop_flagging_and_move_terms_between_lists(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    mod = moderator_id(guild)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        before = await run(fake_discord, general, mod, "kindness check", {"text": "you idiot"})
        assert "**flagged as hostile**" in before.text
        allowed = await run(fake_discord, general, mod, "kindness allowed add", {"term": "Idiot"})
        assert "`idiot` is now allowed" in allowed.text
        after = await run(fake_discord, general, mod, "kindness check", {"text": "you idiot"})
        assert "**not flagged**" in after.text

        # A custom term that gets allowed leaves the custom list, and the other way round.
        await run(fake_discord, general, mod, "kindness words add", {"term": "glorbnik"})
        moved = await run(fake_discord, general, mod, "kindness allowed add", {"term": "glorbnik"})
        assert "removed it from there" in moved.text
        back = await run(fake_discord, general, mod, "kindness words add", {"term": "idiot"})
        assert "It was on the allowed list" in back.text
        settings = await bot.settings.get(guild.id)
        assert settings.allowed_terms == frozenset({"glorbnik"})
        assert dict(settings.custom_terms) == {"idiot": Category.INSULT}

        listed = await run(fake_discord, general, mod, "kindness allowed list")
        assert "Allowed terms (1)" in listed.text and "`glorbnik`" in listed.text
        removed = await run(
            fake_discord, general, mod, "kindness allowed remove", {"term": "glorbnik"}
        )
        assert "flagged normally again" in removed.text
        empty = await run(fake_discord, general, mod, "kindness allowed list")
        assert "none" in empty.text
        missing = await run(fake_discord, general, mod, "kindness allowed remove", {"term": "x y"})
        assert "is not an allowed term" in missing.text


async def test_long_term_lists_arrive_as_a_file(fake_discord: FakeDiscord, tmp_path: Path) -> None:
    guild, general = server(fake_discord)
    mod = moderator_id(guild)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        terms = {f"{'long term number ' * 2}{i:03d}": Category.INSULT for i in range(120)}
        settings = (await bot.settings.get(guild.id)).replace(custom_terms=terms)
        await bot.settings.update(settings)
        listed = await run(fake_discord, general, mod, "kindness words list")
        request = fake_discord.find_requests("POST", listed.sent.callback_path)[0]
    assert "here is a file" in listed.text
    assert [f.filename for f in request.files] == ["list.txt"]
    assert request.files[0].size > MAX_LIST_CHARS


async def test_channels_ignore_unignore_profanity_and_list(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild(text_channels=("general", "memes"))
    general = channel_id(guild)
    memes = channel_id(guild, "memes")
    voice = guild.add_voice_channel("Lounge").id
    mod = moderator_id(guild)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        answer = await run(
            fake_discord,
            general,
            mod,
            "kindness channels ignore",
            {"channel": ChannelOption(memes)},
        )
        assert f"no longer check messages in <#{memes}>" in answer.text and answer.no_pings
        again = await run(
            fake_discord,
            general,
            mod,
            "kindness channels ignore",
            {"channel": ChannelOption(memes)},
        )
        assert "already was" in again.text
        await run(
            fake_discord,
            general,
            mod,
            "kindness channels ignore",
            {"channel": ChannelOption(voice)},
        )
        relaxed = await run(
            fake_discord,
            general,
            mod,
            "kindness channels profanity-ok",
            {"channel": ChannelOption(general)},
        )
        assert "hostility aimed at people is still flagged" in relaxed.text
        settings = await bot.settings.get(guild.id)
        assert settings.ignored_channels == frozenset({memes, voice})
        assert settings.profanity_ok_channels == frozenset({general})

        listed = await run(fake_discord, general, mod, "kindness channels list")
        assert f"<#{memes}>" in listed.text and f"<#{general}>" in listed.text

        await run(
            fake_discord,
            general,
            mod,
            "kindness channels unignore",
            {"channel": ChannelOption(memes)},
        )
        await run(
            fake_discord,
            general,
            mod,
            "kindness channels profanity-strict",
            {"channel": ChannelOption(general)},
        )
        settings = await bot.settings.get(guild.id)
        assert settings.ignored_channels == frozenset({voice})
        assert settings.profanity_ok_channels == frozenset()


async def test_exempt_roles_add_list_remove_without_pinging(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    mod = moderator_id(guild)
    helpers = guild.add_role("Helpers")
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        added = await run(
            fake_discord,
            general,
            mod,
            "kindness exempt-roles add",
            {"role": RoleOption(helpers.id)},
        )
        assert "@Helpers are now exempt" in added.text.replace("with ", "")
        assert f"<@&{helpers.id}>" not in added.text and added.no_pings
        assert (await bot.settings.get(guild.id)).exempt_roles == frozenset({helpers.id})
        listed = await run(fake_discord, general, mod, "kindness exempt-roles list")
        assert "@Helpers" in listed.text and "<@&" not in listed.text
        removed = await run(
            fake_discord,
            general,
            mod,
            "kindness exempt-roles remove",
            {"role": RoleOption(helpers.id)},
        )
        assert "no longer exempt" in removed.text
        again = await run(
            fake_discord,
            general,
            mod,
            "kindness exempt-roles remove",
            {"role": RoleOption(helpers.id)},
        )
        assert "was not exempt" in again.text
        assert (await bot.settings.get(guild.id)).exempt_roles == frozenset()


async def test_terms_added_by_command_apply_to_the_next_message(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    mod = moderator_id(guild)
    alice = member(fake_discord, guild, "alice")
    async with running_bot(fake_discord, tmp_path / "k.db"):
        await run(fake_discord, general, mod, "kindness cooldown", {"seconds": 0})
        # Not in any lexicon: only the server's own term makes it hostile.
        await fake_discord.send_message(general, alice.id, "you are a glorbnik")
        await run(fake_discord, general, mod, "kindness words add", {"term": "Glorbnik"})
        start = len(fake_discord.requests)
        flagged = await fake_discord.send_message(general, alice.id, "you are a glorbnik")
        nudge = await wait_nudge(fake_discord, general, start=start)
        assert nudge.json["message_reference"]["message_id"] == int(flagged["id"])
        assert len(posts_to(fake_discord, general)) == 1  # the first message was not nudged

        # An allowed lexicon term stops being flagged from the next message on.
        await run(fake_discord, general, mod, "kindness allowed add", {"term": "idiot"})
        start = len(fake_discord.requests)
        await fake_discord.send_message(general, alice.id, "you idiot")
        sentinel = await fake_discord.send_message(general, alice.id, "you are a glorbnik")
        await fake_discord.wait_for_request(
            "POST",
            f"/channels/{general}/messages",
            where=lambda r: (
                (r.json or {}).get("message_reference", {}).get("message_id") == int(sentinel["id"])
            ),
            start=start,
        )
        assert len(posts_to(fake_discord, general, start=start)) == 1
