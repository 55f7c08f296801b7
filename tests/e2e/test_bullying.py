"""Bullying patterns end to end: one alert per episode, one kind DM, the opt-out, no pings."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pytest

from bot.core.moderation.bullying_episodes import BullyingWatch
from tests.e2e.bullying_support import (
    NO_PINGS,
    Server,
    alert_edits,
    alert_posts,
    bot_messages,
    dm_posts,
    pile_on,
    server,
    settled,
)
from tests.e2e.delivery_support import eventually
from tests.e2e.kindness_harness import (
    EPHEMERAL_FLAG,
    configure,
    custom_ids,
    running_bot,
    totals,
    wait_nudge,
)
from tests.fakediscord import FakeDiscord, RecordedRequest

BULLYING = {"bullying_episodes", "bullying_supported", "bullying_optouts"}


def counts(stats: dict[str, int]) -> dict[str, int]:
    return {k: v for k, v in stats.items() if k in BULLYING}


async def test_six_hostile_replies_from_four_members_give_one_alert_and_one_dm(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    where = server(fake_discord)
    a, b, c, d = where.others
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await configure(bot, where.guild, alert_channel_id=where.mods)
        replies = await pile_on(fake_discord, where, [a, b, c, a, b])
        await eventually(lambda: len(alert_posts(fake_discord, where)) == 1, "the alert")
        post = fake_discord.messages[int(replies[0]["message_reference"]["message_id"])]
        replies += await pile_on(fake_discord, where, [d], to=post)
        await settled(bot, where.guild.id, 7)
        await eventually(
            lambda: any(
                "**6** hostile" in (e.json or {})["content"]
                for e in alert_edits(fake_discord, where)
            ),
            "the alert updated to six messages",
        )
        stats = await totals(bot, where.guild.id)

    [alert] = alert_posts(fake_discord, where)
    text = alert.json["content"]
    assert f"<@{where.target.id}>" in text
    assert "**5** hostile messages from **3** members" in text  # the fifth reply found it
    final = alert_edits(fake_discord, where)[-1].json["content"]
    assert "**6** hostile messages from **4** members" in final
    for reply in replies[-3:]:
        assert f"/{where.general}/{reply['id']}" in final  # links to the most recent few
    assert f"/{replies[0]['id']}" not in final
    assert "insult" in final and "you are a" not in final  # categories, never the words
    assert all(f"<@{m.id}>" in final for m in where.others)

    [dm] = dm_posts(fake_discord, where.target)
    content = dm.json["content"]
    assert "not your fault" in content
    assert "**Block**" in content and "**Mute**" in content and "Report" in content
    assert "moderators have been told" in content
    assert "idiot" not in content
    assert custom_ids(dm.json) == [f"kb:bo:{where.guild.id}"]
    assert counts(stats) == {"bullying_episodes": 1, "bullying_supported": 1}
    assert all(body.get("allowed_mentions") == NO_PINGS for body in bot_messages(fake_discord))


async def test_after_the_opt_out_no_further_dm_but_moderators_still_hear(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    where = server(fake_discord)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await configure(bot, where.guild, alert_channel_id=where.mods, languages=("it", "en"))
        await pile_on(fake_discord, where, [*where.others, where.others[0]])
        [dm] = await _dms(fake_discord, where, 1)
        assert "Non è colpa tua" in dm.json["content"]  # the server's language
        button = custom_ids(dm.json)[0]
        pressed = await fake_discord.press_button(int(dm.response["id"]), button, where.target.id)
        answer = (await fake_discord.wait_for_response(pressed)).json["data"]
        assert answer["flags"] & EPHEMERAL_FLAG and answer["allowed_mentions"] == NO_PINGS
        assert "non ti scriverò più" in answer["content"]
        again = await fake_discord.press_button(int(dm.response["id"]), button, where.target.id)
        repeat = (await fake_discord.wait_for_response(again)).json["data"]
        assert "già chiesto" in repeat["content"]
        assert await bot.db.bullying_opted_out(where.guild.id, where.target.id)

        # a week later, a new pile-on: the opt-out still holds (the week limit does not)
        later = time.time() + 8 * 86_400
        watch = getattr(bot.get_cog("Bullying"), "watch", None)  # the extension's own module
        assert isinstance(watch, BullyingWatch)
        watch.sweep(later)
        await bot.db.prune_bullying_dms(before=later)
        await pile_on(fake_discord, where, [*where.others, where.others[1]])
        await settled(bot, where.guild.id, 12)
        await eventually(lambda: len(alert_posts(fake_discord, where)) == 2, "a second alert")
        stats = await totals(bot, where.guild.id)
    assert len(dm_posts(fake_discord, where.target)) == 1
    assert counts(stats) == {
        "bullying_episodes": 2,
        "bullying_supported": 1,
        "bullying_optouts": 1,
    }
    assert all(body.get("allowed_mentions") == NO_PINGS for body in bot_messages(fake_discord))


async def test_closed_dms_are_handled_quietly(
    fake_discord: FakeDiscord, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    where = server(fake_discord, dms_open=False)
    caplog.set_level(logging.INFO)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await configure(bot, where.guild, alert_channel_id=where.mods)
        await pile_on(fake_discord, where, [*where.others, where.others[2]] * 3)
        await settled(bot, where.guild.id, 8)
        await eventually(lambda: len(alert_posts(fake_discord, where)) == 1, "the alert")
        stats = await totals(bot, where.guild.id)
        held = bot.delivery.notes(where.guild.id)
    [refused] = dm_posts(fake_discord, where.target)  # tried once, not once per message
    assert refused.status == 403 and refused.response["code"] == 50007
    assert counts(stats) == {"bullying_episodes": 1}
    assert not held
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert all(body.get("allowed_mentions") == NO_PINGS for body in bot_messages(fake_discord))


async def test_no_alert_channel_means_counts_only(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    where = server(fake_discord)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await pile_on(fake_discord, where, [*where.others, where.others[3]])
        await settled(bot, where.guild.id, 6)  # the DM delivered and counted
        [dm] = await _dms(fake_discord, where, 1)
        stats = await totals(bot, where.guild.id)
    assert "moderators have been told" not in dm.json["content"]
    assert "Report to moderators" in dm.json["content"]
    assert not alert_posts(fake_discord, where)
    assert counts(stats) == {"bullying_episodes": 1, "bullying_supported": 1}
    assert all(body.get("allowed_mentions") == NO_PINGS for body in bot_messages(fake_discord))


async def test_friendly_replies_untargeted_hostility_roles_bots_and_oneself_trigger_nothing(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    where = server(fake_discord)
    role = where.guild.add_role("team", 0)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await configure(bot, where.guild, alert_channel_id=where.mods, cooldown_seconds=0)
        friendly = "that was a fucking awesome game, well played"
        await pile_on(fake_discord, where, where.others * 2, text=friendly)
        for author in where.others * 2:  # hostile, aimed at no member Discord knows of
            await fake_discord.send_message(where.general, author.id, "you are a fucking idiot")
            await fake_discord.send_message(
                where.general, author.id, f"<@&{role.id}> @everyone you are all fucking idiots"
            )
        own = await fake_discord.send_message(where.general, where.others[0].id, "my plan")
        for _ in range(6):  # replying to oneself
            await fake_discord.send_message(
                where.general, where.others[0].id, "you are a fucking idiot", reply_to=own["id"]
            )
        nudge = (await wait_nudge(fake_discord, where.general)).response
        for author in where.others * 2:  # replying to the bot's own nudge
            await fake_discord.send_message(
                where.general, author.id, "you are a fucking idiot", reply_to=int(nudge["id"])
            )
        await settled(bot, where.guild.id, 9 + 16 + 7 + 8)
        stats = await totals(bot, where.guild.id)
    assert stats["flagged"] >= 20  # the hostile ones were flagged (and nudged) as usual
    assert counts(stats) == {}
    assert not alert_posts(fake_discord, where)
    assert not dm_posts(fake_discord, where.target)
    assert all(body.get("allowed_mentions") == NO_PINGS for body in bot_messages(fake_discord))


async def _dms(fake: FakeDiscord, where: Server, count: int) -> list[RecordedRequest]:
    await eventually(lambda: len(dm_posts(fake, where.target)) >= count, "the support DM")
    return dm_posts(fake, where.target)
