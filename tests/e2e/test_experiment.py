"""`/kindness experiment` end to end: held-back members get no nudge, severe messages
always do (and still alert), and the results are read through the fake Discord."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from pathlib import Path

from bot.client import KindnessBot
from bot.core.moderation.experiment_book import ExperimentOps, Exposure, Watched
from bot.core.moderation.holdout import Arm, Experiment, assign
from tests.e2e.kindness_harness import (
    HOSTILE,
    channel_id,
    configure,
    member,
    posts_to,
    running_bot,
    totals_when,
    wait_nudge,
)
from tests.e2e.moderation_support import moderator_id, run
from tests.fakediscord import FakeDiscord, FakeGuild, FakeUser, UserOption

SEVERE = "I will kill you, you fucking idiot"
WEEK = 7 * 86400


def members_by_arm(
    fake: FakeDiscord, guild: FakeGuild, experiment: Experiment, wanted: int
) -> dict[Arm, list[FakeUser]]:
    """New members until each arm has `wanted` of them (the arm comes from the real key)."""
    arms: dict[Arm, list[FakeUser]] = {Arm.NUDGED: [], Arm.HELD_BACK: []}
    index = 0
    while min(len(users) for users in arms.values()) < wanted:
        user = member(fake, guild, f"member{index}")
        index += 1
        users = arms[assign(experiment, user.id)[1]]
        if len(users) < wanted:
            users.append(user)
    return arms


async def latest(bot: KindnessBot, guild: FakeGuild) -> Experiment:
    experiment = await bot.db.latest_experiment(guild.id)
    assert experiment is not None
    return experiment


async def test_held_back_members_get_no_nudge_and_severe_messages_are_never_held_back(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild(text_channels=("general", "mods"))
    general, mods = channel_id(guild), channel_id(guild, "mods")
    mod = moderator_id(guild)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await configure(bot, guild, alert_channel_id=mods)
        started = await run(fake_discord, mods, mod, "kindness experiment start", {"share": 50})
        assert started.ephemeral and started.no_pings
        assert "Experiment started" in started.text and "50%" in started.text
        again = await run(fake_discord, mods, mod, "kindness experiment start")
        assert "already running" in again.text
        arms = members_by_arm(fake_discord, guild, await latest(bot, guild), wanted=3)
        held, nudged = arms[Arm.HELD_BACK], arms[Arm.NUDGED]

        held_messages = [
            await fake_discord.send_message(general, user.id, HOSTILE) for user in held[:2]
        ]
        for user in nudged[:2]:
            sent = await fake_discord.send_message(general, user.id, HOSTILE)
            await wait_nudge(fake_discord, general, to=sent)
        await totals_when(bot, guild.id, lambda t: t.get("held_back") == 2)
        held_ids = {int(m["id"]) for m in held_messages}
        replied_to = {
            int((r.json or {}).get("message_reference", {}).get("message_id", 0))
            for r in posts_to(fake_discord, general)
        }
        assert not held_ids & replied_to

        # a high-severity message of a held-back member: nudged, and the alert goes
        before = len(fake_discord.requests)
        severe = await fake_discord.send_message(general, held[2].id, SEVERE)
        await wait_nudge(fake_discord, general, to=severe, start=before)
        await fake_discord.wait_for_request("POST", f"/channels/{mods}/messages", start=before)
        stats = await totals_when(bot, guild.id, lambda t: t.get("alerts", 0) == 1)
        assert stats["held_back"] == 2 and stats["nudge:reply"] == 3

        # the first flagged message is watched for ten minutes: an edit counts
        await fake_discord.edit_message(int(held_messages[0]["id"]), "sorry, that was unkind")
        results = await run(fake_discord, mods, mod, "kindness experiment results")
        assert results.ephemeral
        assert "Members so far: 2 nudged, 2 held back." in results.text
        assert results.text.count("Not enough data yet") == 2
        counts = await bot.db.experiment_counts(
            (await latest(bot, guild)).experiment_id, time.time()
        )
        assert counts[Arm.HELD_BACK].changed == 1 and counts[Arm.HELD_BACK].members == 2

        stopped = await run(fake_discord, mods, mod, "kindness experiment stop")
        assert "Experiment stopped" in stopped.text
        # the held-back group is nudged again once the experiment stopped
        fresh = members_by_arm(fake_discord, guild, await latest(bot, guild), wanted=4)
        sent = await fake_discord.send_message(general, fresh[Arm.HELD_BACK][-1].id, HOSTILE)
        await wait_nudge(fake_discord, general, to=sent)
        final = await run(fake_discord, mods, mod, "kindness experiment results")
        assert "Experiment ran from" in final.text and "followed until" in final.text
        no_more = await run(fake_discord, mods, mod, "kindness experiment stop")
        assert "No experiment is running" in no_more.text


async def test_results_show_rates_difference_and_interval_once_there_is_enough_data(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild(text_channels=("general", "mods"))
    mods = channel_id(guild, "mods")
    mod = moderator_id(guild)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await configure(bot, guild, languages=("it", "en"))
        empty = await run(fake_discord, mods, mod, "kindness experiment results")
        assert "No experiment has run" in empty.text
        await run(fake_discord, mods, mod, "kindness experiment start", {"share": 20})
        experiment = await latest(bot, guild)
        # members whose week is over, written as the cog writes them (hashes, never ids)
        exposed_at = time.time() - WEEK - 60
        exposures, watched = [], []
        # every 4th nudged member changed their message, every 12th held back: counted
        # per arm, so the rates do not depend on which members the random salt puts where
        seen = {Arm.NUDGED: 0, Arm.HELD_BACK: 0}
        for user in range(1, 601):
            member_hash, arm = assign(experiment, user)
            exposures.append(Exposure(experiment.experiment_id, member_hash, arm, exposed_at))
            seen[arm] += 1
            changed = seen[arm] % (4 if arm is Arm.NUDGED else 12) == 0
            watched.append(Watched(experiment.experiment_id, member_hash, exposed_at, changed))
        await bot.db.apply_experiment_ops(ExperimentOps(exposures=exposures, watched=watched))
        answer = await run(fake_discord, mods, mod, "kindness experiment results")
    text = answer.text
    assert answer.ephemeral and answer.no_pings
    assert "I promemoria funzionano qui?" in text
    assert "Differenza:" in text and "intervallo al 95%" in text
    assert "Messaggio modificato o cancellato entro 10 minuti" in text
    assert "i promemoria aiutano" in text  # 25% against about 8%


async def test_forget_erases_a_members_experiment_rows(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild(text_channels=("general", "mods"))
    general, mods = channel_id(guild), channel_id(guild, "mods")
    mod = moderator_id(guild)
    db_path = tmp_path / "k.db"
    async with running_bot(fake_discord, db_path) as bot:
        await run(fake_discord, mods, mod, "kindness experiment start")
        alice = member(fake_discord, guild, "alice")
        await fake_discord.send_message(general, alice.id, HOSTILE)
        await totals_when(bot, guild.id, lambda t: t.get("flagged") == 1)
        results = await run(fake_discord, mods, mod, "kindness experiment results")
        assert "Members so far: 1 nudged, 0 held back." in results.text or (
            "Members so far: 0 nudged, 1 held back." in results.text
        )
        assert _member_rows(db_path) == 1
        forgot = await run(
            fake_discord, mods, mod, "kindness forget", {"user": UserOption(alice.id)}
        )
        assert "experiment" in forgot.text
        assert _member_rows(db_path) == 0


def _member_rows(db_path: Path) -> int:
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM experiment_members").fetchone()[0])


async def test_the_experiment_and_its_groups_survive_a_restart(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild(text_channels=("general", "mods"))
    general, mods = channel_id(guild), channel_id(guild, "mods")
    db_path = tmp_path / "k.db"
    async with running_bot(fake_discord, db_path) as bot:
        await run(
            fake_discord, mods, moderator_id(guild), "kindness experiment start", {"share": 50}
        )
        arms = members_by_arm(fake_discord, guild, await latest(bot, guild), wanted=1)
    async with running_bot(fake_discord, db_path) as bot:
        held = await fake_discord.send_message(general, arms[Arm.HELD_BACK][0].id, HOSTILE)
        nudged = await fake_discord.send_message(general, arms[Arm.NUDGED][0].id, HOSTILE)
        await wait_nudge(fake_discord, general, to=nudged)
        await totals_when(bot, guild.id, lambda t: t.get("held_back") == 1)
        results = await run(fake_discord, mods, moderator_id(guild), "kindness experiment results")
    replied_to = {
        int((r.json or {}).get("message_reference", {}).get("message_id", 0))
        for r in posts_to(fake_discord, general)
    }
    assert int(held["id"]) not in replied_to
    assert "Members so far: 1 nudged, 1 held back." in results.text
