"""The watcher under awkward input and repeated hostility, through the fake Discord."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.kindness_harness import (
    configure,
    member,
    posts_to,
    running_bot,
    server,
    totals_when,
    wait_nudge,
)
from tests.fakediscord import FakeDiscord

ZERO_WIDTH = "\u200b"
ZALGO_MARKS = "\u0301\u0316\u0337\u0354\u036b"

# (content, should it be flagged)
AWKWARD_MESSAGES: tuple[tuple[str, bool], ...] = (
    ("", False),  # an attachment-only message has empty content
    ("   \n\t  ", False),
    ("\N{GRINNING FACE}\N{PARTY POPPER}\N{YELLOW HEART}" * 20, False),
    ("nice play " * 450, False),  # 4,500 characters
    ("a" * 4000, False),  # one very long word
    ("\x00hello\x00 there", False),
    ("broken \ud800 surrogate", False),
    (ZERO_WIDTH * 3000, False),
    ("you are an " + ZERO_WIDTH.join("idiot"), True),
    ("".join(ch + ZALGO_MARKS for ch in "you are a loser"), True),
)


async def test_awkward_messages_are_scored_without_breaking_the_bot(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    """Empty, huge, zalgo, zero-width, emoji-only, NUL and surrogate text: a verdict each."""
    guild, general = server(fake_discord)
    # one author per message, so the per-member cooldown hides no nudge
    authors = [member(fake_discord, guild, f"m{i}") for i in range(len(AWKWARD_MESSAGES) + 1)]
    expected_flags = sum(flagged for _, flagged in AWKWARD_MESSAGES)
    # "seen" counts scored messages; one with no text at all has nothing to score
    expected_seen = sum(1 for content, _ in AWKWARD_MESSAGES if content) + 1
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        sent = [
            await fake_discord.send_message(general, author.id, content)
            for author, (content, _) in zip(authors[:-1], AWKWARD_MESSAGES, strict=True)
        ]
        # a plain hostile message afterwards proves the bot is still alive and scoring
        sentinel = await fake_discord.send_message(general, authors[-1].id, "you idiot")
        await wait_nudge(fake_discord, general, to=sentinel)
        stats = await totals_when(bot, guild.id, lambda t: t.get("seen", 0) >= expected_seen)
        nudged_ids = {
            int(request.json["message_reference"]["message_id"])
            for request in posts_to(fake_discord, general)
            if request.json and request.json.get("message_reference")
        }
    flagged_ids = {
        int(m["id"]) for m, (_, hostile) in zip(sent, AWKWARD_MESSAGES, strict=True) if hostile
    }
    assert nudged_ids == flagged_ids | {int(sentinel["id"])}
    assert stats["flagged"] == expected_flags + 1
    assert stats["seen"] == expected_seen


async def test_repeated_hostility_alerts_moderators_once_the_count_is_reached(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    """Three medium-severity flags within the window: one repeat alert, cooldown holds nudges."""
    guild, general = server(fake_discord)
    alice = member(fake_discord, guild, "alice")
    mods = guild.add_text_channel("mods")
    insults = ("you idiot", "you are such a loser", "shut up you moron")
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await configure(
            bot, guild, alert_channel_id=mods.id, repeat_alert_count=3, cooldown_seconds=300
        )
        first = await fake_discord.send_message(general, alice.id, insults[0])
        await wait_nudge(fake_discord, general, to=first)
        await fake_discord.send_message(general, alice.id, insults[1])
        assert not posts_to(fake_discord, mods.id)
        third = await fake_discord.send_message(general, alice.id, insults[2])
        alert = (await fake_discord.wait_for_request("POST", f"/channels/{mods.id}/messages")).json
        stats = await totals_when(bot, guild.id, lambda t: "alerts" in t)
        assert len(posts_to(fake_discord, general)) == 1  # the cooldown held back nudges 2 and 3
    content = alert["content"]
    assert f"/{general}/{third['id']}" in content
    assert "3 flagged messages" in content
    assert alert["allowed_mentions"] == {"parse": []}
    assert all(insult not in content for insult in insults)
    assert stats["alerts"] == 1 and stats["nudge:reply"] == 1


async def test_no_repeat_alert_below_the_count(fake_discord: FakeDiscord, tmp_path: Path) -> None:
    guild, general = server(fake_discord)
    alice = member(fake_discord, guild, "alice")
    mods = guild.add_text_channel("mods")
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await configure(bot, guild, alert_channel_id=mods.id, repeat_alert_count=3)
        await fake_discord.send_message(general, alice.id, "you idiot")
        await fake_discord.send_message(general, alice.id, "you are such a loser")
        stats = await totals_when(bot, guild.id, lambda t: t.get("flagged", 0) >= 2)
        assert not posts_to(fake_discord, mods.id)
    assert stats.get("alerts", 0) == 0
