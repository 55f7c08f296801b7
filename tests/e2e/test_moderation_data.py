"""`/kindness setup|check|stats|export|feedback|forget|summary` end to end."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from bot.core.moderation.user_state import UserState
from bot.core.stats.counters import StatRow
from bot.core.stats.export import stats_csv
from tests.e2e.kindness_harness import add_members, channel_id, member, running_bot, server
from tests.e2e.moderation_support import answer_of, moderator_id, run
from tests.fakediscord import CallbackType, ChannelOption, FakeDiscord, Perm, UserOption


def _today() -> str:
    return dt.datetime.now(dt.UTC).date().isoformat()


async def test_setup_saves_and_reports_what_the_bot_can_and_cannot_do(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild(text_channels=("general", "mods", "summary", "secret"))
    general, mods, summary, secret = (
        channel_id(guild, n) for n in ("general", "mods", "summary", "secret")
    )
    guild.set_overwrite(general, guild.bot_role_id, deny=Perm.SEND_MESSAGES)
    guild.set_overwrite(secret, guild.bot_role_id, deny=Perm.VIEW_CHANNEL)
    guild.set_overwrite(summary, guild.bot_role_id, deny=Perm.ATTACH_FILES)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        answer = await run(
            fake_discord,
            mods,
            moderator_id(guild),
            "kindness setup",
            {
                "alert_channel": ChannelOption(mods),
                "summary_channel": ChannelOption(summary),
                "delivery": "reply",
            },
        )
        settings = await bot.settings.get(guild.id)
    assert answer.ephemeral and answer.no_pings
    assert settings.alert_channel_id == mods and settings.summary_channel_id == summary
    text = answer.text
    assert f"✅ I can post alerts and member reports in <#{mods}>" in text
    assert f"Everyone can read <#{mods}>" in text
    assert f"I cannot attach files in <#{summary}>" in text
    assert f"I cannot see <#{secret}>" in text
    assert f"I cannot send messages in <#{general}>" in text
    assert "Delivery: **reply**" in text


async def test_check_shows_the_full_verdict(fake_discord: FakeDiscord, tmp_path: Path) -> None:
    guild, general = server(fake_discord)
    async with running_bot(fake_discord, tmp_path / "k.db"):
        answer = await run(
            fake_discord, general, moderator_id(guild), "kindness check", {"text": "you idiot"}
        )
    assert answer.ephemeral
    for expected in (
        "**flagged as hostile**",
        "threshold: 0.50",
        "Severity:",
        "Categories: insult",
        "Aimed at: second person",
        "`idiot` (insult",
        "Explanation:",
    ):
        assert expected in answer.text


async def test_stats_embed_and_csv_export(fake_discord: FakeDiscord, tmp_path: Path) -> None:
    guild, general = server(fake_discord)
    mod = moderator_id(guild)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        bot.stats.add(guild.id, general, "seen", 40)
        bot.stats.add(guild.id, general, "flagged", 4)
        bot.stats.add(guild.id, general, "category:insult", 4)
        bot.stats.add(guild.id, general, "nudge:reply", 3)
        bot.stats.add(guild.id, 0, "reports", 2)
        bot.stats.add(guild.id, general, "seen", 5, day="2000-01-01")  # outside any period
        stats = await run(fake_discord, general, mod, "kindness stats", {"days": 7})
        assert stats.ephemeral
        embed = stats.message["embeds"][0]
        assert embed["title"] == "Kindness stats, last 7 days"
        fields = {f["name"]: f["value"] for f in embed["fields"]}
        assert fields["Messages checked"] == "40"
        assert fields["Flagged as hostile"] == "4 (10.0%)"
        assert fields["Nudges sent"] == "3"
        assert fields["Member reports"] == "2"
        assert fields["Top categories"] == "insult 4"

        export = await run(fake_discord, general, mod, "kindness export", {"days": 1})
        request = fake_discord.find_requests("POST", export.sent.callback_path)[0]
        rows = await bot.db.stats_rows(guild.id, _today(), _today())
    assert export.ephemeral and "5 rows" in export.text
    (file,) = request.files
    assert file.filename == f"kindness-stats-{_today()}-to-{_today()}.csv"
    assert file.size == len(stats_csv(rows).encode())


async def test_feedback_lists_terms_with_buttons_that_allow_them(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    mod = moderator_id(guild)
    alice = member(fake_discord, guild, "alice")
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        empty = await run(fake_discord, general, mod, "kindness feedback")
        assert "nothing to review" in empty.text
        await bot.db.add_feedback_terms(guild.id, ["idiot", "stupid"])
        await bot.db.add_feedback_terms(guild.id, ["idiot"])
        listed = await run(fake_discord, general, mod, "kindness feedback")
        assert "1. `idiot`: 2×" in listed.text and "2. `stupid`: 1×" in listed.text
        assert listed.custom_ids == ["kindness:feedback:allow:0", "kindness:feedback:allow:1"]
        (message,) = fake_discord.interaction_messages(listed.sent)
        message_id = int(message["id"])

        # Buttons are for moderators only, even on an ephemeral message.
        refused = await answer_of(
            fake_discord,
            await fake_discord.press_button(message_id, "kindness:feedback:allow:0", alice.id),
        )
        assert "Only moderators" in refused.text
        assert (await bot.settings.get(guild.id)).allowed_terms == frozenset()

        press = await fake_discord.press_button(message_id, "kindness:feedback:allow:0", mod)
        callback = (await fake_discord.wait_for_response(press)).json
        assert callback["type"] == CallbackType.UPDATE_MESSAGE
        buttons = callback["data"]["components"][0]["components"]
        assert buttons[0]["disabled"] is True and "Allowed" in buttons[0]["label"]
        followup = await fake_discord.wait_for_request("POST", press.webhook_path)
        assert "`idiot` is now an allowed term" in followup.json["content"]
        assert (await bot.settings.get(guild.id)).allowed_terms == frozenset({"idiot"})
        assert await bot.db.top_feedback_terms(guild.id) == [("stupid", 1)]
        checked = await run(fake_discord, general, mod, "kindness check", {"text": "you idiot"})
        assert "**not flagged**" in checked.text


def _rows_mentioning(db_path: Path, needle: int) -> list[tuple[str, tuple[object, ...]]]:
    found = []
    with sqlite3.connect(db_path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in conn.execute(f"SELECT * FROM {table}"):
                if any(str(needle) in str(value) for value in row):
                    found.append((table, row))
    return found


async def test_forget_erases_every_row_about_a_member(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    alice, bob = add_members(fake_discord, guild, "alice", "bob")
    db_path = tmp_path / "k.db"
    async with running_bot(fake_discord, db_path) as bot:
        now = dt.datetime.now(dt.UTC).timestamp()
        for user in (alice, bob):
            bot.put_user_state(
                UserState(guild.id, user.id, now, now, (now,), expires_at=now + 3600)
            )
        await bot.flush()
        bot.put_user_state(UserState(guild.id, alice.id, now, now, (now, now), now + 7200))
        assert _rows_mentioning(db_path, alice.id)
        answer = await run(
            fake_discord,
            general,
            moderator_id(guild),
            "kindness forget",
            {"user": UserOption(alice.id)},
        )
        assert answer.ephemeral and answer.no_pings
        assert "Forgotten" in answer.text and "erased 1 stored record" in answer.text
        await bot.flush()
        assert await bot.get_user_state(guild.id, alice.id) is None
        assert await bot.get_user_state(guild.id, bob.id) is not None
        assert _rows_mentioning(db_path, alice.id) == []
    assert _rows_mentioning(db_path, alice.id) == []
    assert _rows_mentioning(db_path, bob.id)
    raw = db_path.read_bytes()
    assert alice.id.to_bytes(8, "big") not in raw
    assert str(alice.id).encode() not in raw


async def test_summary_settings_preview_and_post(fake_discord: FakeDiscord, tmp_path: Path) -> None:
    guild = fake_discord.add_guild(text_channels=("general", "summary"))
    general = channel_id(guild)
    summary = channel_id(guild, "summary")
    mod = moderator_id(guild)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        no_channel = await run(fake_discord, general, mod, "kindness summary post")
        assert "No summary channel is set yet" in no_channel.text
        chosen = await run(
            fake_discord,
            general,
            mod,
            "kindness summary channel",
            {"channel": ChannelOption(summary)},
        )
        assert f"<#{summary}>" in chosen.text
        await run(fake_discord, general, mod, "kindness summary weekday", {"day": 2})
        await run(fake_discord, general, mod, "kindness summary hour", {"hour": 18})
        zone = await run(
            fake_discord, general, mod, "kindness summary timezone", {"name": "europe/rome"}
        )
        assert "Wednesdays at 18:00** (Europe/Rome)" in zone.text
        settings = await bot.settings.get(guild.id)
        assert (settings.summary_channel_id, settings.summary_weekday) == (summary, 2)
        assert (settings.summary_hour, settings.summary_timezone) == (18, "Europe/Rome")

        preview = await run(fake_discord, general, mod, "kindness summary preview")
        assert preview.callback["type"] == CallbackType.DEFERRED_CHANNEL_MESSAGE
        assert preview.ephemeral and preview.message["embeds"]
        start = len(fake_discord.requests)
        # right after install there is no finished week the bot was counting in
        early = await run(fake_discord, general, mod, "kindness summary post")
        assert "There is no finished week to summarise yet" in early.text
        assert (
            fake_discord.find_requests("POST", f"/channels/{summary}/messages", start=start) == []
        )
        await bot.db.add_stats([StatRow(guild.id, "2020-01-06", 0, "seen", 1)])  # counting since
        posted = await run(fake_discord, general, mod, "kindness summary post")
        assert "Posted the weekly summary" in posted.text
        post = fake_discord.find_requests("POST", f"/channels/{summary}/messages", start=start)
        assert len(post) == 1 and post[0].files

        off = await run(fake_discord, general, mod, "kindness summary channel")
        assert "switched off" in off.text
        assert (await bot.settings.get(guild.id)).summary_channel_id is None
