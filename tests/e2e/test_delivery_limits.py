"""Discord's limits end to end: no 403 storms, folded alerts, bounded work.

The real bot and discord.py client against the fake Discord, which enforces channel
overwrites (403, code 50013), announces overwrite changes (CHANNEL_UPDATE) and answers
429s with `retry_after`. Each test floods the bot and asserts on the requests it made.
"Discord refuses" cases change the fake's overwrites without telling the bot, so its
cache says yes and Discord says no: the bot learns from the first 403.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.discord.delivery import MAX_PENDING, Kind
from tests.e2e.delivery_support import (
    KIND,
    SEVERE,
    eventually,
    members,
    requests_to,
    settled,
)
from tests.e2e.kindness_harness import (
    HOSTILE,
    add_members,
    channel_id,
    configure,
    member,
    posts_to,
    running_bot,
    server,
    totals,
    totals_when,
    wait_nudge,
)
from tests.e2e.moderation_support import moderator_id, run
from tests.fakediscord import ChannelOption, FakeDiscord, Perm

REACTIONS = "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me"


@pytest.mark.parametrize("refused_by", ["cache", "discord"])
async def test_an_alert_channel_the_bot_may_not_use_gets_at_most_3_requests(
    fake_discord: FakeDiscord,
    tmp_path: Path,
    refused_by: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """200 severe messages from 20 members; the bot may not post in the alert channel."""
    guild = fake_discord.add_guild(text_channels=("general", "mods"))
    general, mods = channel_id(guild), channel_id(guild, "mods")
    if refused_by == "cache":  # the bot knows from GUILD_CREATE
        guild.set_overwrite(mods, guild.bot_role_id, deny=Perm.SEND_MESSAGES)
    authors = members(fake_discord, guild, 20, "m")
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await configure(bot, guild, alert_channel_id=mods)
        if refused_by == "discord":  # changed behind the bot's back: Discord says 403
            guild.set_overwrite(mods, guild.bot_role_id, deny=Perm.SEND_MESSAGES)
        for round_ in range(10):
            for author in authors:
                await fake_discord.send_message(general, author.id, f"{SEVERE} {round_}")
        await settled(bot, guild.id, 200)
        stats = await totals(bot, guild.id)
    tried = requests_to(fake_discord, mods)
    assert len(tried) <= 3, tried
    assert tried == ([] if refused_by == "cache" else ["POST 403"])
    assert stats["flagged"] == 200 and stats["severity:high"] == 200
    assert "alerts" not in stats
    # alerts folded per member: 20 alerts and 180 updates, none of them could go out
    assert stats["undelivered:alert"] >= 20
    assert len(posts_to(fake_discord, general)) == 20  # nudges still go out (cooldown: one each)
    held = [r for r in caplog.records if "refused to let the bot" in r.getMessage()]
    assert len(held) == (1 if refused_by == "discord" else 0)


@pytest.mark.parametrize("refused_by", ["cache", "discord"])
async def test_a_channel_where_the_bot_may_neither_post_nor_react(
    fake_discord: FakeDiscord, tmp_path: Path, refused_by: str
) -> None:
    """250 messages (200 hostile from 200 members, 50 kind): at most 3 sends, 3 reactions;
    the permission restored, the next hostile message is nudged."""
    guild = fake_discord.add_guild(text_channels=("general", "mods"))
    general = channel_id(guild)
    deny = Perm.SEND_MESSAGES | Perm.ADD_REACTIONS
    if refused_by == "cache":
        guild.set_overwrite(general, guild.bot_role_id, deny=deny)
    hostile = members(fake_discord, guild, 200, "h")
    kind = members(fake_discord, guild, 50, "k")
    late = member(fake_discord, guild, "late")
    mod = moderator_id(guild)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        if refused_by == "discord":
            guild.set_overwrite(general, guild.bot_role_id, deny=deny)
        for i, author in enumerate(hostile):
            await fake_discord.send_message(general, author.id, HOSTILE)
            if i % 4 == 0:
                await fake_discord.send_message(general, kind[i // 4].id, KIND)
        await settled(bot, guild.id, 250)
        stats = await totals(bot, guild.id)
        sends = posts_to(fake_discord, general)
        reactions = fake_discord.find_requests("PUT", REACTIONS)
        assert len(sends) <= 3 and len(reactions) <= 3, (len(sends), len(reactions))
        expected = 0 if refused_by == "cache" else 1
        assert [r.status for r in sends] == [403] * expected
        assert [r.status for r in reactions] == [403] * expected
        assert stats["flagged"] == 200 and stats["kind"] == 50
        assert stats["undelivered:nudge"] == 200 and "nudge:reply" not in stats
        shown = await run(fake_discord, general, mod, "kindness settings")
        setup = await run(
            fake_discord, general, mod, "kindness setup", {"alert_channel": ChannelOption(general)}
        )
        if refused_by == "discord":
            for answer in (shown, setup):
                assert f"refused (403) when I tried to send messages in <#{general}>" in answer.text
                assert f"add reactions in <#{general}>" in answer.text
        else:
            assert "I cannot send messages" in setup.text  # what the cache says
        await fake_discord.set_overwrite(general, guild.bot_role_id, deny=0)  # CHANNEL_UPDATE
        flagged = await fake_discord.send_message(general, late.id, HOSTILE)
        nudge = await wait_nudge(fake_discord, general, to=flagged)
    assert nudge.status == 200


async def test_a_429_storm_keeps_pending_deliveries_within_the_bound(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    """Every send and reaction in 5 channels answered 429; 300 hostile and 100 kind
    messages: pending deliveries never exceed the bound, every nudge is accounted for."""
    names = ("a", "b", "c", "d", "e")
    guild = fake_discord.add_guild(text_channels=(*names, "calm"))
    stormy = [channel_id(guild, n) for n in names]
    calm = channel_id(guild, "calm")
    ids = "|".join(str(c) for c in stormy)
    fake_discord.fail(
        "POST",
        re.compile(rf"/channels/({ids})/messages"),
        status=429,
        retry_after=0.1,
        times=None,
    )
    fake_discord.fail(
        "PUT",
        re.compile(rf"/channels/({ids})/messages/\d+/reactions/.+/@me"),
        status=429,
        retry_after=0.1,
        times=None,
    )
    hostile = members(fake_discord, guild, 300, "h")
    friendly = member(fake_discord, guild, "friendly")
    last = member(fake_discord, guild, "last")
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        for i, author in enumerate(hostile):
            await fake_discord.send_message(stormy[i % 5], author.id, HOSTILE)
            if i % 3 == 0:
                await fake_discord.send_message(stormy[i % 5], friendly.id, f"{KIND} {i}")
        await settled(bot, guild.id, 400, within=60)
        flagged = await fake_discord.send_message(calm, last.id, HOSTILE)
        nudge = await wait_nudge(fake_discord, calm, to=flagged)
        stats = await totals_when(bot, guild.id, lambda t: "nudge:reply" in t)
        invalid = bot.delivery.guard.count(bot.delivery.clock())
    assert nudge.status == 200
    assert bot.delivery.peak_pending <= MAX_PENDING  # 50 queued + 4 running per server
    limited = [r for r in fake_discord.requests if r.status == 429]
    # per channel and action: discord.py's 5 tries, then the bot holds that channel
    assert 0 < len(limited) <= 5 * 2 * 5
    assert invalid == len(limited)  # every 429 reached the invalid-request guard
    nudges = stats.get("nudge:reply", 0)
    undelivered = stats.get("undelivered:nudge", 0)
    dropped = stats.get("dropped:nudge", 0)
    assert nudges == 1  # only the calm channel's
    assert dropped > 0  # the queue did fill: the oldest work was dropped, not piled up
    assert nudges + undelivered + dropped == 301  # each hostile message accounted once


async def test_a_nudge_that_cannot_go_out_in_time_is_dropped_not_sent_late(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    alice, bob = add_members(fake_discord, guild, "alice", "bob")
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        bot.delivery.deadlines[Kind.NUDGE] = 0.5  # 30 s in production
        fake_discord.fail("POST", f"/channels/{general}/messages", status=429, retry_after=5)
        held = await fake_discord.send_message(general, alice.id, HOSTILE)
        await eventually(lambda: bot.delivery.dropped[Kind.NUDGE] == 1, "the nudge dropped")
        flagged = await fake_discord.send_message(general, bob.id, HOSTILE)
        await wait_nudge(fake_discord, general, to=flagged)
        stats = await totals_when(bot, guild.id, lambda t: "nudge:reply" in t)
    replies = [
        int(r.json["message_reference"]["message_id"]) for r in posts_to(fake_discord, general)
    ]
    assert replies == [int(held["id"]), int(flagged["id"])]  # alice's: the 429, never resent
    assert [r.status for r in posts_to(fake_discord, general)] == [429, 200]
    assert stats["dropped:nudge"] == 1 and stats["nudge:reply"] == 1


async def test_a_new_bot_role_permission_releases_a_held_channel(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    alice, bob, carol = (member(fake_discord, guild, n) for n in ("alice", "bob", "carol"))
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        guild.set_overwrite(general, guild.bot_role_id, deny=Perm.SEND_MESSAGES)  # unannounced
        await fake_discord.send_message(general, alice.id, HOSTILE)
        await fake_discord.send_message(general, bob.id, HOSTILE)
        await settled(bot, guild.id, 2)
        assert [r.status for r in posts_to(fake_discord, general)] == [403]
        await fake_discord.update_role(
            guild.id, guild.bot_role_id, permissions=Perm.BOT_DEFAULT | Perm.ADMINISTRATOR
        )
        flagged = await fake_discord.send_message(general, carol.id, HOSTILE)
        nudge = await wait_nudge(fake_discord, general, to=flagged)
    assert nudge.status == 200


async def test_past_a_safe_share_of_invalid_requests_only_nudges_go_out(
    fake_discord: FakeDiscord, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """2,000 refused requests in the window: reactions and alerts stop, nudges do not."""
    guild = fake_discord.add_guild(text_channels=("general", "mods"))
    general, mods = channel_id(guild), channel_id(guild, "mods")
    alice, kind = member(fake_discord, guild, "alice"), member(fake_discord, guild, "kind")
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await configure(bot, guild, alert_channel_id=mods)
        bot.delivery.guard.record(bot.delivery.clock(), 2_000)  # as if refused elsewhere
        await fake_discord.send_message(general, kind.id, KIND)
        flagged = await fake_discord.send_message(general, alice.id, SEVERE)
        await wait_nudge(fake_discord, general, to=flagged)
        await settled(bot, guild.id, 2)
        shown = await run(fake_discord, general, moderator_id(guild), "kindness settings")
        stats = await totals(bot, guild.id)
    assert not fake_discord.find_requests("PUT", REACTIONS)
    assert not posts_to(fake_discord, mods)
    assert stats["undelivered:reaction"] == 1 and stats["undelivered:alert"] == 1
    assert "refused 2000 of my requests" in shown.text
    assert "paused reactions and alerts" in shown.text
    why = [r for r in caplog.records if "past the safe share" in r.getMessage()]
    assert len(why) == 1


async def test_a_thread_is_released_when_its_parent_channel_changes(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    thread = guild.add_thread(general, "plans")
    alice, bob, carol = (member(fake_discord, guild, n) for n in ("alice", "bob", "carol"))
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        deny = Perm.SEND_MESSAGES_IN_THREADS
        guild.set_overwrite(general, guild.bot_role_id, deny=deny)  # unannounced
        await fake_discord.send_message(thread.id, alice.id, HOSTILE)
        await fake_discord.send_message(thread.id, bob.id, HOSTILE)
        await settled(bot, guild.id, 2)
        assert [r.status for r in posts_to(fake_discord, thread.id)] == [403]
        await fake_discord.set_overwrite(general, guild.bot_role_id, deny=0)
        flagged = await fake_discord.send_message(thread.id, carol.id, HOSTILE)
        nudge = await wait_nudge(fake_discord, thread.id, to=flagged)
    assert nudge.status == 200


async def test_a_member_who_blocked_the_bot_does_not_hold_the_channel(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    """403 code 90001 is about one member: the next kind message still gets its heart."""
    guild, general = server(fake_discord)
    blocker, friend = member(fake_discord, guild, "blocker"), member(fake_discord, guild, "friend")
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        fake_discord.fail("PUT", REACTIONS, status=403, code=90001, message="Reaction blocked")
        await fake_discord.send_message(general, blocker.id, KIND)
        await fake_discord.wait_for_request("PUT", REACTIONS)
        await settled(bot, guild.id, 1)
        kind = await fake_discord.send_message(general, friend.id, f"{KIND} too")
        await fake_discord.wait_for_request(
            "PUT", REACTIONS, where=lambda r: f"/messages/{kind['id']}/" in r.path
        )
    assert [r.status for r in fake_discord.find_requests("PUT", REACTIONS)] == [403, 204]


async def test_a_long_retry_after_does_not_hold_the_route_and_is_remembered(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    """429 with retry_after 60: discord.py gives up at once (max_ratelimit_timeout 30),
    the bot holds that channel for the 60 s, and other channels are not held up."""
    guild = fake_discord.add_guild(text_channels=("general", "other"))
    general, other = channel_id(guild), channel_id(guild, "other")
    alice, bob, carol = (member(fake_discord, guild, n) for n in ("alice", "bob", "carol"))
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        assert bot.http.max_ratelimit_timeout == 30
        fake_discord.fail(
            "POST", f"/channels/{general}/messages", status=429, retry_after=60, times=None
        )
        await fake_discord.send_message(general, alice.id, HOSTILE)
        await fake_discord.send_message(general, bob.id, HOSTILE)
        flagged = await fake_discord.send_message(other, carol.id, HOSTILE)
        await wait_nudge(fake_discord, other, to=flagged)
        await settled(bot, guild.id, 3)
        shown = await run(fake_discord, other, moderator_id(guild), "kindness settings")
        stats = await totals(bot, guild.id)
    assert [r.status for r in posts_to(fake_discord, general)] == [429]
    assert stats["undelivered:nudge"] == 2 and stats["nudge:reply"] == 1
    assert f"rate limited (429) when I tried to send messages in <#{general}>" in shown.text
