"""`/kindness automod` end to end: the real bot, the unmodified discord.py client, the fake's
AutoMod routes (which enforce Discord's limits) and its execution events."""

from __future__ import annotations

from pathlib import Path

from bot.core.automod.rule_plan import BLOCK_MESSAGE, RULE_NAME, SEND_ALERT_MESSAGE
from bot.core.texts.automod_text import CUSTOM_MESSAGES
from tests.e2e.kindness_harness import channel_id, member, running_bot, totals_when
from tests.e2e.moderation_support import moderator_id, run
from tests.fakediscord import ChannelOption, FakeDiscord, FakeGuild, Perm, RoleOption
from tests.fakediscord.automod import RULE, RULES

MANAGING = Perm.BOT_DEFAULT | Perm.MANAGE_GUILD


def database_bytes(db_path: Path) -> bytes:
    """The database file and its -wal and -shm, raw, as anyone with the disk would read them."""
    return b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))


def only_rule(fake: FakeDiscord, guild: FakeGuild) -> dict[str, object]:
    rules = fake.automod.rules_of(guild.id)
    assert len(rules) == 1, rules
    return rules[0]


async def test_enable_creates_one_rule_within_limits_with_the_block_and_the_note(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild(bot_permissions=MANAGING, text_channels=("general", "mods"))
    general, mods = channel_id(guild), channel_id(guild, "mods")
    mod = moderator_id(guild)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await run(
            fake_discord, general, mod, "kindness alert-channel", {"channel": ChannelOption(mods)}
        )
        answer = await run(fake_discord, general, mod, "kindness automod enable")
        assert answer.ephemeral and answer.no_pings
        assert "AutoMod is on" in answer.text and f"<#{mods}>" in answer.text
        rule = only_rule(fake_discord, guild)
        assert rule["name"] == RULE_NAME and rule["enabled"] is True
        assert rule["creator_id"] == str(fake_discord.bot_user_id)
        meta = rule["trigger_metadata"]
        assert isinstance(meta, dict)
        keywords, patterns = meta["keyword_filter"], meta["regex_patterns"]
        assert 0 < len(keywords) <= 1000 and all(len(k) <= 60 for k in keywords)
        assert 0 < len(patterns) <= 10 and all(len(p) <= 260 for p in patterns)
        assert {"kys", "nigger*", "ammazzati", "i know where you live"} <= set(keywords)
        assert "idiot" not in keywords and "fuck" not in keywords  # aimed-only words stay out
        actions = rule["actions"]
        assert actions == [
            {"type": BLOCK_MESSAGE, "metadata": {"custom_message": CUSTOM_MESSAGES["en"]}},
            {"type": SEND_ALERT_MESSAGE, "metadata": {"channel_id": str(mods)}},
        ]
        assert await bot.db.automod_rule_id(guild.id) == int(str(rule["id"]))

        # Enabling again restores the same rule: no second one.
        again = await run(fake_discord, general, mod, "kindness automod enable")
        assert "AutoMod is on" in again.text
        assert only_rule(fake_discord, guild)["id"] == rule["id"]
        assert len(fake_discord.find_requests("POST", RULES)) == 1
        assert len(fake_discord.find_requests("PATCH", RULE)) == 1

        status = await run(fake_discord, general, mod, "kindness automod status")
        assert (
            "pre-send blocking is on" in status.text and f"{len(keywords)} keywords" in status.text
        )
        assert "⚠️" not in status.text


async def test_italian_server_gets_the_italian_note(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild(bot_permissions=MANAGING)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        settings = (await bot.settings.get(guild.id)).replace(languages=("it",))
        await bot.settings.update(settings)
        await run(fake_discord, channel_id(guild), moderator_id(guild), "kindness automod enable")
        rule = only_rule(fake_discord, guild)
    assert rule["actions"] == [
        {"type": BLOCK_MESSAGE, "metadata": {"custom_message": CUSTOM_MESSAGES["it"]}}
    ]
    keywords = rule["trigger_metadata"]["keyword_filter"]  # type: ignore[index]
    assert "ammazzati" in keywords and "kys" not in keywords


async def test_list_changes_update_the_rule_and_disable_removes_it(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild(bot_permissions=MANAGING, text_channels=("general", "memes"))
    general, memes = channel_id(guild), channel_id(guild, "memes")
    helpers = guild.add_role("Helpers")
    mod = moderator_id(guild)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await run(fake_discord, general, mod, "kindness automod enable")
        rule_id = only_rule(fake_discord, guild)["id"]

        allowed = await run(
            fake_discord, general, mod, "kindness allowed add", {"term": "spic and span"}
        )
        assert "is now allowed" in allowed.text and "⚠️" not in allowed.text
        patch = await fake_discord.wait_for_request("PATCH", RULE)
        assert patch.json["trigger_metadata"]["allow_list"] == ["spic and span"]
        assert only_rule(fake_discord, guild)["trigger_metadata"]["allow_list"] == ["spic and span"]  # type: ignore[index]

        # An allowed lexicon word leaves the rule.
        start = len(fake_discord.requests)
        await run(fake_discord, general, mod, "kindness allowed add", {"term": "paki"})
        await fake_discord.wait_for_request("PATCH", RULE, start=start)
        rule = only_rule(fake_discord, guild)
        assert "paki" not in rule["trigger_metadata"]["keyword_filter"]  # type: ignore[index]

        # A custom slur is added; a custom insult (aimed-only) is not.
        await run(
            fake_discord,
            general,
            mod,
            "kindness words add",
            {"term": "glorbnik", "category": "identity_attack"},
        )
        await run(fake_discord, general, mod, "kindness words add", {"term": "muppet"})
        keywords = only_rule(fake_discord, guild)["trigger_metadata"]["keyword_filter"]  # type: ignore[index]
        assert keywords[0] == "glorbnik" and "muppet" not in keywords

        await run(
            fake_discord,
            general,
            mod,
            "kindness exempt-roles add",
            {"role": RoleOption(helpers.id)},
        )
        await run(
            fake_discord,
            general,
            mod,
            "kindness channels ignore",
            {"channel": ChannelOption(memes)},
        )
        rule = only_rule(fake_discord, guild)
        assert rule["exempt_roles"] == [str(helpers.id)]
        assert rule["exempt_channels"] == [str(memes)]
        assert rule["id"] == rule_id

        # A change the rule does not depend on sends nothing.
        start = len(fake_discord.requests)
        await run(fake_discord, general, mod, "kindness threshold", {"value": 0.6})
        assert not fake_discord.find_requests("PATCH", RULE, start=start)

        off = await run(fake_discord, general, mod, "kindness automod disable")
        assert "AutoMod is off" in off.text
        assert fake_discord.automod.rules_of(guild.id) == []
        assert await bot.db.automod_rule_id(guild.id) is None
        # Later list changes do not touch AutoMod any more.
        start = len(fake_discord.requests)
        await run(fake_discord, general, mod, "kindness allowed add", {"term": "sick"})
        assert not fake_discord.find_requests("PATCH", RULE, start=start)
        again = await run(fake_discord, general, mod, "kindness automod disable")
        assert "already off" in again.text


async def test_missing_manage_server_is_reported_not_crashed_on(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild()  # the default invite: no Manage Server
    general, mod = channel_id(guild), moderator_id(guild)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        answer = await run(fake_discord, general, mod, "kindness automod enable")
        assert "Manage Server" in answer.text and "kindness-bot invite --automod" in answer.text
        assert not fake_discord.find_requests("POST", RULES)  # checked first, nothing refused
        status = await run(fake_discord, general, mod, "kindness automod status")
        assert "is off" in status.text and "Manage Server" in status.text
        setup = await run(
            fake_discord, general, mod, "kindness setup", {"alert_channel": ChannelOption(general)}
        )
        assert "I need **Manage Server**" in setup.text and "invite --automod" in setup.text

        # Discord refuses although the cache said yes (a stale cache): one sentence.
        await fake_discord.update_role(guild.id, guild.bot_role_id, permissions=MANAGING)
        fake_discord.fail("POST", RULES, status=403, code=50013)
        refused = await run(fake_discord, general, mod, "kindness automod enable")
        assert refused.text.startswith("I could not create the AutoMod rule.")
        assert await bot.db.automod_rule_id(guild.id) is None

        # The rule exists, then the permission goes: a list change says the rule did not follow.
        await run(fake_discord, general, mod, "kindness automod enable")
        await fake_discord.update_role(guild.id, guild.bot_role_id, permissions=Perm.BOT_DEFAULT)
        allowed = await run(fake_discord, general, mod, "kindness allowed add", {"term": "sick"})
        assert "is now allowed" in allowed.text
        assert "⚠️ My AutoMod rule was not updated" in allowed.text
        assert bot.automod is not None


async def test_discord_limits_and_a_full_server_get_one_sentence(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild(bot_permissions=MANAGING)
    general, mod = channel_id(guild), moderator_id(guild)
    for i in range(6):
        fake_discord.automod.add_rule_as_moderator(guild.id, name=f"rule {i}", creator_id=mod)
    async with running_bot(fake_discord, tmp_path / "k.db"):
        answer = await run(fake_discord, general, mod, "kindness automod enable")
    assert "Discord refused it" in answer.text
    assert "Maximum number of rules of this type reached (6)" in answer.text
    assert "delete one in Server Settings" in answer.text


async def test_deleted_or_edited_rule_is_reported_and_the_button_restores_it(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild(bot_permissions=MANAGING)
    general, mod = channel_id(guild), moderator_id(guild)
    async with running_bot(fake_discord, tmp_path / "k.db"):
        await run(fake_discord, general, mod, "kindness automod enable")
        rule_id = int(str(only_rule(fake_discord, guild)["id"]))
        await fake_discord.automod.edit_as_moderator(guild.id, rule_id, enabled=False)
        edited = await run(fake_discord, general, mod, "kindness automod status")
        assert "edited in Server Settings" in edited.text and "switched off" in edited.text

        await fake_discord.automod.delete_as_moderator(guild.id, rule_id)
        status = await run(fake_discord, general, mod, "kindness automod status")
        assert "no longer in Server Settings" in status.text
        assert len(status.custom_ids) == 1
        shown = fake_discord.interaction_messages(status.sent)[-1]
        start = len(fake_discord.requests)
        sent = await fake_discord.press_button(int(shown["id"]), status.custom_ids[0], mod)
        await fake_discord.wait_for_response(sent)
        await fake_discord.wait_for_request("POST", RULES, start=start)
        done = await fake_discord.wait_for(
            lambda r: r.path.startswith(sent.webhook_path) and r.method == "POST", start=start
        )
        assert "AutoMod is on" in done.json["content"]
        assert only_rule(fake_discord, guild)["enabled"] is True


async def test_a_restart_with_a_lost_id_finds_the_rule_by_name_and_creator(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild(bot_permissions=MANAGING)
    general, mod = channel_id(guild), moderator_id(guild)
    async with running_bot(fake_discord, tmp_path / "first.db"):
        await run(fake_discord, general, mod, "kindness automod enable")
    first = only_rule(fake_discord, guild)["id"]
    async with running_bot(fake_discord, tmp_path / "fresh.db") as bot:  # the id is not stored
        await run(fake_discord, general, mod, "kindness automod enable")
        assert await bot.db.automod_rule_id(guild.id) == int(str(first))
    assert only_rule(fake_discord, guild)["id"] == first


async def test_a_block_is_counted_per_category_and_shown_without_storing_text(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild(bot_permissions=MANAGING)
    general, mod = channel_id(guild), moderator_id(guild)
    author = member(fake_discord, guild, "author")
    db_path = tmp_path / "k.db"
    content = "qzvmarker you are a towelhead"
    async with running_bot(fake_discord, db_path) as bot:
        await run(fake_discord, general, mod, "kindness automod enable")
        rule_id = int(str(only_rule(fake_discord, guild)["id"]))
        for _ in range(3):
            await fake_discord.automod.execute(
                guild.id,
                rule_id,
                user_id=author.id,
                channel_id=general,
                content=content,
                matched_keyword="towelhead*",
                matched_content="towelhead",
            )
        # Another rule's block, and an alert action, are not counted.
        other = fake_discord.automod.add_rule_as_moderator(guild.id, name="spam", creator_id=mod)
        await fake_discord.automod.execute(
            guild.id,
            int(other["id"]),
            user_id=author.id,
            channel_id=general,
            content=content,
            matched_keyword="spam",
        )
        stats = await totals_when(bot, guild.id, lambda t: t.get("stopped:identity_attack") == 3)
        assert {k: v for k, v in stats.items() if k.startswith("stopped:")} == {
            "stopped:identity_attack": 3
        }
        answer = await run(fake_discord, general, mod, "kindness stats")
        assert "Stopped before sending: 3 (identity attack 3)" in answer.text
        preview = await run(fake_discord, general, mod, "kindness summary preview")
        assert "Stopped before sending: 3" in preview.text
        await bot.flush()
    raw = database_bytes(db_path)
    assert b"qzvmarker" not in raw and b"towelhead" not in raw
