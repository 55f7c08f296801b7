"""Member tools end to end: /kindcheck, "Check my tone", "Report to moderators", /safety."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bot.client import KindnessBot
from bot.core.texts.nudge_texts import EN
from cogs.member_tools import REPORTS_PER_WINDOW
from tests.e2e.kindness_harness import HOSTILE, add_members, channel_id, member, running_bot, server
from tests.e2e.moderation_support import answer_of, moderator_id, run
from tests.fakediscord import CallbackType, ChannelOption, FakeDiscord, Perm, UserOption


async def _totals(bot: KindnessBot, guild_id: int) -> dict[str, int]:
    await bot.flush()
    today = dt.datetime.now(dt.UTC).date().isoformat()
    return await bot.db.stats_totals(guild_id, today, today)


async def test_kindcheck_answers_privately_and_stores_only_a_count(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    alice = member(fake_discord, guild, "alice")
    db_path = tmp_path / "k.db"
    draft = "honestly you are a worthless idiot zqxj"
    async with running_bot(fake_discord, db_path) as bot:
        hostile = await run(fake_discord, general, alice.id, "kindcheck", {"draft": draft})
        assert hostile.ephemeral and hostile.no_pings
        assert "This might land as hurtful" in hostile.text
        assert "Ideas to rephrase" in hostile.text
        assert "idiot" not in hostile.text and "zqxj" not in hostile.text
        kind = await run(
            fake_discord, general, alice.id, "kindcheck", {"draft": "thanks for the help!"}
        )
        assert "Looks kind to me" in kind.text
        totals = await _totals(bot, guild.id)
    assert totals == {"kindchecks": 2}
    assert b"zqxj" not in db_path.read_bytes()


async def test_kindcheck_has_a_cooldown_with_a_clear_answer(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    alice = member(fake_discord, guild, "alice")
    async with running_bot(fake_discord, tmp_path / "k.db"):
        for _ in range(10):
            await run(fake_discord, general, alice.id, "kindcheck", {"draft": "hello"})
        answer = await run(fake_discord, general, alice.id, "kindcheck", {"draft": "hello"})
    assert answer.ephemeral
    assert "Slow down a little" in answer.text and "seconds" in answer.text


async def test_check_my_tone_works_on_own_messages_only(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    alice, bob = add_members(fake_discord, guild, "alice", "bob")
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        own = await fake_discord.send_message(general, alice.id, HOSTILE)
        mine = await answer_of(
            fake_discord,
            await fake_discord.send_message_command(int(own["id"]), alice.id, "Check my tone"),
        )
        assert mine.ephemeral and "This might land as hurtful" in mine.text
        theirs = await answer_of(
            fake_discord,
            await fake_discord.send_message_command(int(own["id"]), bob.id, "Check my tone"),
        )
        assert theirs.ephemeral
        assert "your own messages only" in theirs.text and "Report to moderators" in theirs.text
        assert (await _totals(bot, guild.id)).get("kindchecks") == 1


async def test_check_my_tone_calls_an_aimed_message_under_the_threshold_mild(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    alice = member(fake_discord, guild, "alice")
    async with running_bot(fake_discord, tmp_path / "k.db"):
        await run(fake_discord, general, moderator_id(guild), "kindness threshold", {"value": 0.95})
        aimed = await fake_discord.send_message(general, alice.id, "you are a bit dumb")
        negated = await fake_discord.send_message(general, alice.id, "you're not an idiot")
        answers = [
            await answer_of(
                fake_discord,
                await fake_discord.send_message_command(int(sent["id"]), alice.id, "Check my tone"),
            )
            for sent in (aimed, negated)
        ]
    mild, okay = answers
    assert mild.ephemeral and mild.no_pings
    assert "**Aimed, but mild.**" in mild.text
    assert "aimed at the person you are talking to, though mild" in mild.text
    assert "does not read as aimed at anyone" not in mild.text and "dumb" not in mild.text
    assert okay.ephemeral and "does not read as aimed at anyone" in okay.text


async def test_report_without_an_alert_channel_gets_a_clear_answer(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    alice, bob = add_members(fake_discord, guild, "alice", "bob")
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        target = await fake_discord.send_message(general, bob.id, HOSTILE)
        answer = await answer_of(
            fake_discord,
            await fake_discord.send_message_command(
                int(target["id"]), alice.id, "Report to moderators"
            ),
        )
        assert answer.callback["type"] == CallbackType.CHANNEL_MESSAGE  # no modal
        assert answer.ephemeral
        assert "no moderators' channel for reports" in answer.text
        assert "Block" in answer.text  # the safety tools are still offered
        assert "reports" not in await _totals(bot, guild.id)


async def test_report_reaches_the_moderators_with_everything_they_need(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild(text_channels=("general", "mods"))
    alice = member(fake_discord, guild, "alice")
    bob = member(fake_discord, guild, "bob")
    general = channel_id(guild)
    mods = channel_id(guild, "mods")
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await run(
            fake_discord,
            general,
            moderator_id(guild),
            "kindness alert-channel",
            {"channel": ChannelOption(mods)},
        )
        target = await fake_discord.send_message(general, bob.id, f"@everyone {HOSTILE}")
        opened = await fake_discord.send_message_command(
            int(target["id"]), alice.id, "Report to moderators"
        )
        modal = (await fake_discord.wait_for_response(opened)).json
        assert modal["type"] == CallbackType.MODAL
        start = len(fake_discord.requests)
        submitted = await fake_discord.submit_modal(
            opened, {"reason": "keeps **insulting** me,\n\ntwice"}
        )
        thanks = await answer_of(fake_discord, submitted)
        (report,) = fake_discord.find_requests("POST", f"/channels/{mods}/messages", start=start)
        totals = await _totals(bot, guild.id)
    body = report.json
    assert body["allowed_mentions"] == {"parse": []}
    content = body["content"]
    assert f"/channels/{guild.id}/{general}/{target['id']}" in content  # jump link
    assert f"Author: <@{bob.id}> (bob)" in content
    assert f"Reported by (only moderators see this): <@{alice.id}> (alice)" in content
    assert "Reason: keeps \\*\\*insulting\\*\\* me, twice" in content
    excerpt = content.split("Excerpt (censored): ", 1)[1]
    assert "fucking" not in excerpt and "idiot" not in excerpt and "****" in excerpt
    assert "@everyone" not in excerpt
    assert thanks.ephemeral and "Thank you for telling the moderators" in thanks.text
    assert EN.safety_tools.splitlines()[1] in thanks.text
    assert totals["reports"] == 1


async def test_reports_are_rate_limited_per_reporter_and_forget_resets_it(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild(text_channels=("general", "mods"))
    alice = member(fake_discord, guild, "alice")
    carol = member(fake_discord, guild, "carol")
    bob = member(fake_discord, guild, "bob")
    general = channel_id(guild)
    mods = channel_id(guild, "mods")
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await bot.settings.update((await bot.settings.get(guild.id)).replace(alert_channel_id=mods))
        target = int((await fake_discord.send_message(general, bob.id, HOSTILE))["id"])

        async def report(user_id: int) -> str | None:
            opened = await fake_discord.send_message_command(
                target, user_id, "Report to moderators"
            )
            callback = (await fake_discord.wait_for_response(opened)).json
            if callback["type"] != CallbackType.MODAL:
                refusal: str = callback["data"]["content"]
                return refusal
            await answer_of(fake_discord, await fake_discord.submit_modal(opened, {}))
            return None

        for _ in range(REPORTS_PER_WINDOW):
            assert await report(alice.id) is None
        limited = await report(alice.id)
        assert isinstance(limited, str)
        assert f"already sent {REPORTS_PER_WINDOW} reports" in limited
        assert "Report Message" in limited
        assert await report(carol.id) is None  # other reporters are not affected
        assert (await _totals(bot, guild.id))["reports"] == REPORTS_PER_WINDOW + 1

        await run(
            fake_discord,
            general,
            moderator_id(guild),
            "kindness forget",
            {"user": UserOption(alice.id)},
        )
        assert await report(alice.id) is None


async def test_a_report_the_bot_cannot_post_is_not_lost_silently(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild(text_channels=("general", "mods"))
    alice = member(fake_discord, guild, "alice")
    general = channel_id(guild)
    mods = channel_id(guild, "mods")
    guild.set_overwrite(mods, guild.bot_role_id, deny=Perm.SEND_MESSAGES)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await bot.settings.update((await bot.settings.get(guild.id)).replace(alert_channel_id=mods))
        target = await fake_discord.send_message(general, alice.id, "hello")
        opened = await fake_discord.send_message_command(
            int(target["id"]), alice.id, "Report to moderators"
        )
        await fake_discord.wait_for_response(opened)
        answer = await answer_of(fake_discord, await fake_discord.submit_modal(opened, {}))
        assert answer.ephemeral
        assert "could not post your report" in answer.text
        stats = await _totals(bot, guild.id)
        assert "reports" not in stats and stats["undelivered:report"] == 1
    assert not fake_discord.find_requests("POST", f"/channels/{mods}/messages")  # cache knew


async def test_safety_is_for_everyone_and_links_the_rules(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild(text_channels=("general", "rules"))
    alice = member(fake_discord, guild, "alice")
    general = channel_id(guild)
    rules = channel_id(guild, "rules")
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        plain = await run(fake_discord, general, alice.id, "safety")
        await bot.settings.update(
            (await bot.settings.get(guild.id)).replace(rules_channel_id=rules)
        )
        with_rules = await run(fake_discord, general, alice.id, "safety")
    assert plain.ephemeral and plain.no_pings
    assert plain.text == EN.safety_tools
    assert f"<#{rules}>" in with_rules.text


async def test_in_direct_messages_safety_works_and_server_tools_explain_why_not(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild()
    alice = member(fake_discord, guild, "alice")
    dm = fake_discord.dm_channel(alice.id).id
    async with running_bot(fake_discord, tmp_path / "k.db"):
        safety = await run(fake_discord, dm, alice.id, "safety")
        # Discord hides these in DMs; a client that sends them anyway gets a clear answer.
        kindcheck = await run(fake_discord, dm, alice.id, "kindcheck", {"draft": "hi"})
        kindness = await run(fake_discord, dm, alice.id, "kindness settings")
    assert safety.ephemeral and safety.text == EN.safety_tools
    assert "only inside a server" in kindcheck.text
    assert "only inside a server" in kindness.text
