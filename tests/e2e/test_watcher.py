"""The watcher end to end: real discord.py client, fake Discord on 127.0.0.1, real SQLite."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.guild_settings import DeliveryMode
from bot.core.texts.nudge_texts import EN
from cogs.watcher import REACTIONS_PER_CHANNEL
from tests.e2e.kindness_harness import (
    EPHEMERAL_FLAG,
    HOSTILE,
    SILENT_FLAG,
    add_members,
    channel_id,
    configure,
    custom_ids,
    member,
    posts_to,
    running_bot,
    server,
    totals,
    totals_when,
    wait_nudge,
    wait_reaction,
)
from tests.fakediscord import FakeDiscord, Perm

THREAT = "I will kill you"


async def test_hostile_message_gets_a_silent_reply_nudge_with_buttons(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    alice = member(fake_discord, guild, "alice")
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        flagged = await fake_discord.send_message(general, alice.id, HOSTILE)
        request = await wait_nudge(fake_discord, general, to=flagged)
        body = request.json
        assert body["message_reference"]["message_id"] == int(flagged["id"])
        assert body["message_reference"]["fail_if_not_exists"] is False
        assert body["allowed_mentions"] == {"parse": []}
        assert body["flags"] & SILENT_FLAG
        assert "#CreateKindness" in body["content"]
        assert "idiot" not in body["content"].lower() and "fuck" not in body["content"].lower()
        assert [cid.split(":")[1] for cid in custom_ids(body)] == ["w", "n", "s"]
        assert all(cid.endswith(f":{flagged['id']}:{alice.id}") for cid in custom_ids(body))
        stats = await totals_when(bot, guild.id, lambda t: "nudge:reply" in t)
    assert stats["seen"] == 1 and stats["flagged"] == 1 and stats["nudge:reply"] == 1
    assert stats["category:insult"] == 1 and stats["severity:medium"] == 1


async def test_friendly_profanity_and_bots_webhooks_system_messages_are_left_alone(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild()
    alice = member(fake_discord, guild, "alice")
    other_bot = member(fake_discord, guild, "otherbot", bot=True)
    general = channel_id(guild)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await fake_discord.send_message(general, alice.id, "that was fucking awesome")
        await fake_discord.send_message(general, other_bot.id, HOSTILE)
        await fake_discord.send_message(general, alice.id, HOSTILE, webhook_id=12345)
        await fake_discord.send_message(general, alice.id, HOSTILE, type=7)  # member join
        sentinel = await fake_discord.send_message(general, alice.id, "you idiot")
        await wait_nudge(fake_discord, general, to=sentinel)
        assert len(posts_to(fake_discord, general)) == 1
        stats = await totals(bot, guild.id)
    assert stats["seen"] == 2 and stats["flagged"] == 1


async def test_buttons_answer_ephemerally_even_after_a_restart(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    alice, bob = add_members(fake_discord, guild, "alice", "bob")
    rules = guild.add_text_channel("rules")
    db_path = tmp_path / "k.db"
    async with running_bot(fake_discord, db_path) as bot:
        await configure(bot, guild, rules_channel_id=rules.id)
        await fake_discord.send_message(general, alice.id, HOSTILE)
        nudge = (await wait_nudge(fake_discord, general)).response
    why_id, not_meant_id, safety_id = custom_ids(nudge)
    async with running_bot(fake_discord, db_path) as bot:  # a new process would see the same
        answers = {}
        for label, custom_id, user in (
            ("why", why_id, alice),
            ("why_other", why_id, bob),
            ("not_meant", not_meant_id, alice),
            ("not_meant_again", not_meant_id, alice),
            ("not_meant_other", not_meant_id, bob),
            ("safety", safety_id, bob),
        ):
            sent = await fake_discord.press_button(int(nudge["id"]), custom_id, user.id)
            response = (await fake_discord.wait_for_response(sent)).json
            assert response["type"] == 4
            assert response["data"]["flags"] & EPHEMERAL_FLAG
            answers[label] = response["data"]["content"]
        stats = await totals(bot, guild.id)
        feedback = await bot.db.top_feedback_terms(guild.id)
    assert EN.why_title in answers["why"] and "insult" in answers["why"]
    assert "Tips to rephrase" in answers["why"] and f"<#{rules.id}>" in answers["why"]
    assert answers["why_other"] == EN.author_only == answers["not_meant_other"]
    assert answers["not_meant"] == EN.not_meant_thanks
    assert answers["not_meant_again"] == EN.not_meant_already
    assert "Report to moderators" in answers["safety"] and "Block" in answers["safety"]
    assert stats["false_positive"] == 1
    assert dict(feedback).keys() >= {"idiot"}


async def test_nudge_mentions_safety_tools_when_someone_is_targeted(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    alice, bob = add_members(fake_discord, guild, "alice", "bob")
    async with running_bot(fake_discord, tmp_path / "k.db"):
        await fake_discord.send_message(general, alice.id, f"<@{bob.id}> you are useless")
        body = (await wait_nudge(fake_discord, general)).json
    assert EN.target_note in body["content"]
    assert body["allowed_mentions"] == {"parse": []}


async def test_high_severity_alerts_moderators_with_a_censored_excerpt(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    alice = member(fake_discord, guild, "alice")
    mods = guild.add_text_channel("mods")
    text = "I will kill you, you fucking idiot"
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await configure(bot, guild, alert_channel_id=mods.id)
        flagged = await fake_discord.send_message(general, alice.id, text)
        alert = (await fake_discord.wait_for_request("POST", f"/channels/{mods.id}/messages")).json
        stats = await totals_when(bot, guild.id, lambda t: "alerts" in t)
    content = alert["content"]
    assert f"https://discord.com/channels/{guild.id}/{general}/{flagged['id']}" in content
    assert "threat" in content and "Severity: high" in content
    assert text not in content and "fucking" not in content and "idiot" not in content
    assert alert["allowed_mentions"] == {"parse": []}
    assert stats["alerts"] == 1 and stats["severity:high"] == 1


async def test_no_alert_channel_means_no_alert_and_no_crash(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    alice = member(fake_discord, guild, "alice")
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await fake_discord.send_message(general, alice.id, THREAT)
        await wait_nudge(fake_discord, general)
        stats = await totals(bot, guild.id)
    assert stats["flagged"] == 1 and "alerts" not in stats
    assert len(fake_discord.find_requests("POST", "/channels/{channel_id}/messages")) == 1


async def test_cooldown_keeps_one_member_from_a_stream_of_nudges(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    alice, bob = add_members(fake_discord, guild, "alice", "bob")
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        for _ in range(3):
            await fake_discord.send_message(general, alice.id, HOSTILE)
        sentinel = await fake_discord.send_message(general, bob.id, HOSTILE)
        await wait_nudge(fake_discord, general, to=sentinel)
        stats = await totals_when(bot, guild.id, lambda t: t.get("nudge:reply") == 2)
    assert len(posts_to(fake_discord, general)) == 2  # one for alice, one for bob
    assert stats["flagged"] == 4 and stats["nudge:reply"] == 2
    # alice's second and third were inside her cooldown: no second nudge, no repeat
    assert "repeated" not in stats


async def test_dm_mode_and_its_fallback_when_dms_are_closed(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild()
    open_dms = member(fake_discord, guild, "open")
    closed_dms = member(fake_discord, guild, "closed", dms_open=False)
    general = channel_id(guild)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await configure(bot, guild, delivery=DeliveryMode.DM)
        flagged = await fake_discord.send_message(general, open_dms.id, HOSTILE)
        dm = fake_discord.dm_channel(open_dms.id)
        sent = (await fake_discord.wait_for_request("POST", f"/channels/{dm.id}/messages")).json
        assert f"/{flagged['id']}" in sent["content"] and "#CreateKindness" in sent["content"]
        assert "idiot" not in sent["content"]
        assert len(custom_ids(sent)) == 3
        assert not posts_to(fake_discord, general)
        await fake_discord.send_message(general, closed_dms.id, HOSTILE)
        fallback = await wait_nudge(fake_discord, general)
        assert fallback.json["flags"] & SILENT_FLAG
        stats = await totals_when(bot, guild.id, lambda t: "nudge:reply" in t)
    assert stats["nudge:dm"] == 1 and stats["nudge:reply"] == 1


async def test_reaction_and_silent_modes(fake_discord: FakeDiscord, tmp_path: Path) -> None:
    guild, general = server(fake_discord)
    alice, bob = add_members(fake_discord, guild, "alice", "bob")
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await configure(bot, guild, delivery=DeliveryMode.REACTION)
        flagged = await fake_discord.send_message(general, alice.id, HOSTILE)
        reaction = await wait_reaction(fake_discord, flagged)
        assert "\N{SEEDLING}" in reaction.path
        await configure(bot, guild, delivery=DeliveryMode.SILENT)
        await fake_discord.send_message(general, bob.id, HOSTILE)
        stats = await totals_when(bot, guild.id, lambda t: t.get("flagged") == 2)
    assert not posts_to(fake_discord, general)
    assert stats["nudge:reaction"] == 1 and stats["nudge:silent"] == 1


async def test_edit_and_delete_after_a_nudge_are_counted(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    alice, bob = add_members(fake_discord, guild, "alice", "bob")
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        edited = await fake_discord.send_message(general, alice.id, HOSTILE)
        await wait_nudge(fake_discord, general, to=edited)
        deleted = await fake_discord.send_message(general, bob.id, HOSTILE)
        await wait_nudge(fake_discord, general, to=deleted)
        await fake_discord.edit_message(int(edited["id"]), "sorry, that came out wrong")
        await fake_discord.edit_message(int(edited["id"]), "sorry, that came out wrong!")
        await fake_discord.delete_message(int(deleted["id"]))
        stats = await totals_when(bot, guild.id, lambda t: "deleted" in t and "revised" in t)
    assert stats["revised"] == 1 and stats["deleted"] == 1


async def test_paused_ignored_and_exempt_are_not_scored(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild(text_channels=("general", "offtopic"))
    alice = member(fake_discord, guild, "alice")
    helper_role = guild.add_role("helpers")
    helper = fake_discord.add_user("helper")
    guild.add_member(helper, roles=[helper_role.id])
    moderator_role = guild.add_role("mods", Perm.MANAGE_MESSAGES)
    moderator = fake_discord.add_user("moderator")
    guild.add_member(moderator, roles=[moderator_role.id])
    general, offtopic = channel_id(guild), channel_id(guild, "offtopic")
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await configure(
            bot,
            guild,
            ignored_channels=frozenset({offtopic}),
            exempt_roles=frozenset({helper_role.id}),
        )
        await fake_discord.send_message(offtopic, alice.id, HOSTILE)
        await fake_discord.send_message(general, helper.id, HOSTILE)
        await fake_discord.send_message(general, moderator.id, HOSTILE)
        sentinel = await fake_discord.send_message(general, alice.id, HOSTILE)
        await wait_nudge(fake_discord, general, to=sentinel)
        assert len(posts_to(fake_discord, general)) == 1
        await configure(bot, guild, paused=True)
        await fake_discord.send_message(general, alice.id, "you idiot, again")
        stats = await totals(bot, guild.id)
    assert stats["seen"] == 1


async def test_kind_messages_get_a_heart_and_are_counted(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    alice = member(fake_discord, guild, "alice")
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        kind = await fake_discord.send_message(general, alice.id, "thank you all #CreateKindness")
        reaction = await wait_reaction(fake_discord, kind)
        assert "\N{YELLOW HEART}" in reaction.path
        stats = await totals(bot, guild.id)
    assert stats["kind"] == 1 and "flagged" not in stats


async def test_a_403_on_send_is_logged_once_and_held_until_the_channel_changes(
    fake_discord: FakeDiscord, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Discord refuses what the cache allowed: one request, then none until a change."""
    guild, general = server(fake_discord)
    alice, bob, carol = add_members(fake_discord, guild, "alice", "bob", "carol")
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        fake_discord.fail("POST", f"/channels/{general}/messages", times=1)
        await fake_discord.send_message(general, alice.id, HOSTILE)
        first = await fake_discord.wait_for_request("POST", f"/channels/{general}/messages")
        await fake_discord.send_message(general, bob.id, HOSTILE)
        await totals_when(bot, guild.id, lambda t: t.get("undelivered:nudge") == 2)
        assert len(posts_to(fake_discord, general)) == 1  # bob's nudge was not even tried
        await fake_discord.set_overwrite(general, guild.id, allow=Perm.EMBED_LINKS)
        sentinel = await fake_discord.send_message(general, carol.id, HOSTILE)
        ok = await wait_nudge(fake_discord, general, to=sentinel)
        assert ok.status == 200
        stats = await totals_when(bot, guild.id, lambda t: "nudge:reply" in t)
    assert first.status == 403
    assert stats["flagged"] == 3 and stats["nudge:reply"] == 1
    assert stats["undelivered:nudge"] == 2
    warnings = [r for r in caplog.records if "refused" in r.getMessage()]
    assert len(warnings) == 1 and warnings[0].levelname == "WARNING"


async def test_nudge_deletes_itself_after_the_configured_delay(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    alice = member(fake_discord, guild, "alice")
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await configure(bot, guild, nudge_delete_after=1)
        await fake_discord.send_message(general, alice.id, HOSTILE)
        nudge = (await wait_nudge(fake_discord, general)).response
        deleted = await fake_discord.wait_for_request(
            "DELETE", f"/channels/{general}/messages/{nudge['id']}"
        )
    assert deleted.status == 204


async def test_kindness_reactions_stay_within_discords_channel_rate_but_all_count(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    alice = member(fake_discord, guild, "alice")
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        for i in range(REACTIONS_PER_CHANNEL + 3):
            await fake_discord.send_message(general, alice.id, f"thank you {i} #CreateKindness")
        stats = await totals_when(
            bot, guild.id, lambda t: t.get("kind") == REACTIONS_PER_CHANNEL + 3
        )
    reactions = fake_discord.find_requests(
        "PUT", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me"
    )
    assert len(reactions) == REACTIONS_PER_CHANNEL
    assert stats["seen"] == REACTIONS_PER_CHANNEL + 3


async def test_repeated_hostility_alerts_once_the_count_is_reached(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    alice = member(fake_discord, guild, "alice")
    mods = guild.add_text_channel("mods")
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await configure(bot, guild, alert_channel_id=mods.id, repeat_alert_count=3)
        for _ in range(4):
            await fake_discord.send_message(general, alice.id, HOSTILE)
        stats = await totals_when(bot, guild.id, lambda t: t.get("flagged") == 4 and "alerts" in t)
        alert = (await fake_discord.wait_for_request("POST", f"/channels/{mods.id}/messages")).json
    assert "repeated hostility" in alert["content"] and "3 flagged messages" in alert["content"]
    assert len(posts_to(fake_discord, mods.id)) == 1 and stats["alerts"] == 1


async def test_threads_are_watched_and_follow_their_parents_ignore_setting(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild(text_channels=("general", "offtopic"))
    alice = member(fake_discord, guild, "alice")
    general, offtopic = channel_id(guild), channel_id(guild, "offtopic")
    watched = guild.add_thread(general, "plans")
    ignored = guild.add_thread(offtopic, "memes")
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await configure(bot, guild, ignored_channels=frozenset({offtopic}))
        await fake_discord.send_message(ignored.id, alice.id, HOSTILE)
        flagged = await fake_discord.send_message(watched.id, alice.id, HOSTILE)
        await wait_nudge(fake_discord, watched.id, to=flagged)
        stats = await totals_when(bot, guild.id, lambda t: "nudge:reply" in t)
    assert not posts_to(fake_discord, ignored.id)
    assert stats["seen"] == 1
