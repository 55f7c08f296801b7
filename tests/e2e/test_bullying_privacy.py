"""Bullying patterns keep no text, and `/kindness forget` leaves no byte of either member."""

from __future__ import annotations

from pathlib import Path

from bot.core.moderation.bullying_episodes import BullyingWatch
from tests.e2e.bullying_support import dm_posts, pile_on, server, settled
from tests.e2e.delivery_support import eventually
from tests.e2e.kindness_harness import configure, custom_ids, running_bot
from tests.e2e.moderation_support import moderator_id, run
from tests.e2e.test_privacy import raw_files
from tests.fakediscord import FakeDiscord, UserOption

MARKER = "qzvbullymarker"


def traces(folder: Path, user_id: int) -> list[str]:
    """Files holding the id as text or as SQLite's 8-byte big-endian integer."""
    needles = (str(user_id).encode(), user_id.to_bytes(8, "big"))
    return [
        name
        for name, blob in raw_files(folder).items()
        if name.startswith("k.db") and any(n in blob for n in needles)
    ]


async def test_no_text_stored_and_forget_erases_target_and_author(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    where = server(fake_discord)
    author = where.others[0]
    text = f"{MARKER} you are a fucking idiot"
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await configure(bot, where.guild, alert_channel_id=where.mods, cooldown_seconds=0)
        await pile_on(fake_discord, where, [*where.others, author], text=text)
        await eventually(lambda: len(dm_posts(fake_discord, where.target)) == 1, "the DM")
        dm = dm_posts(fake_discord, where.target)[0]
        pressed = await fake_discord.press_button(
            int(dm.response["id"]), custom_ids(dm.json)[0], where.target.id
        )
        await fake_discord.wait_for_response(pressed)
        await settled(bot, where.guild.id, 6)
        await bot.flush()

        assert traces(tmp_path, where.target.id)  # opted out, and the DM's time
        assert traces(tmp_path, author.id)  # nudged: cooldowns
        for name, blob in raw_files(tmp_path).items():
            assert MARKER.encode() not in blob, f"message text found in {name}"

        watch = getattr(bot.get_cog("Bullying"), "watch", None)  # the extension's own module
        assert isinstance(watch, BullyingWatch) and watch.open_episodes() == 1
        for member in (where.target, author):
            answer = await run(
                fake_discord,
                where.general,
                moderator_id(where.guild),
                "kindness forget",
                {"user": UserOption(member.id)},
            )
            assert answer.ephemeral and answer.no_pings
        await bot.flush()
        assert (watch.open_episodes(), watch.pile_on.tracked(), watch.persistent.tracked()) == (
            0,
            0,
            0,
        )
        assert traces(tmp_path, where.target.id) == []
        assert traces(tmp_path, author.id) == []
        assert not await bot.db.bullying_opted_out(where.guild.id, where.target.id)
        assert traces(tmp_path, where.others[1].id)  # the others are still remembered
    assert traces(tmp_path, where.target.id) == []
    assert traces(tmp_path, author.id) == []
