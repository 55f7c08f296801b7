"""No message text on disk or in the logs: raw bytes of the database, its WAL and the log."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

from bot.core.guild_settings import GuildSettings
from db.database import Database
from tests.e2e.kindness_harness import (
    bot_process,
    custom_ids,
    db_totals,
    member,
    server,
    wait_nudge,
)
from tests.fakediscord import FakeDiscord

TEMPLATES = (
    "qzv{i}marker you are a fucking idiot",
    "qzv{i}marker I will kill you",
    "qzv{i}marker that was fucking awesome",
    "qzv{i}marker thank you all #CreateKindness",
    "qzv{i}marker see you tomorrow at the meetup",
    "qzv{i}marker you are useless and nobody likes you",
)


async def test_no_message_text_in_database_wal_or_debug_logs(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild, general = server(fake_discord)
    mods = guild.add_text_channel("mods")
    db_path = tmp_path / "k.db"
    db = await Database.open(db_path)
    await db.save_guild_settings(
        GuildSettings(guild.id, alert_channel_id=mods.id, cooldown_seconds=0)
    )
    await db.close()

    texts: list[str] = []
    log_path = tmp_path / "bot.log"
    settings = {"LOG_LEVEL": "DEBUG", "KINDNESS_FLUSH_SECONDS": "0.1"}
    async with bot_process(fake_discord, db_path, log_path, **settings) as process:
        for i, template in enumerate(TEMPLATES * 3):
            author = member(fake_discord, guild, f"member{i}")
            text = template.format(i=i)
            texts.append(text)
            message = await fake_discord.send_message(general, author.id, text)
            if "idiot" in text:
                nudge = (await wait_nudge(fake_discord, general, to=message)).response
                why, not_meant, _ = custom_ids(nudge)
                for custom_id in (why, not_meant):
                    sent = await fake_discord.press_button(int(nudge["id"]), custom_id, author.id)
                    await fake_discord.wait_for_response(sent)
        for _ in range(100):  # until the flush loop has written everything
            stats = db_totals(db_path, guild.id) if db_path.exists() else {}
            if stats.get("seen") == len(texts) and stats.get("false_positive") == 3:
                break
            await asyncio.sleep(0.05)
        assert stats["seen"] == len(texts)
        process.send_signal(signal.SIGKILL)  # no checkpoint: the WAL keeps its frames
        await process.wait()

    blobs = raw_files(tmp_path)
    assert {"k.db", "k.db-wal", "bot.log"} <= blobs.keys()
    assert b"DEBUG" in blobs["bot.log"]  # debug logging really was on
    # The search reads the right bytes: the canonical feedback term is stored (by design).
    assert any(b"idiot" in blobs[name] for name in ("k.db", "k.db-wal"))
    for text in texts:
        marker = text.split()[0].encode()
        for name, blob in blobs.items():
            assert text.encode() not in blob, f"message text found in {name}"
            assert marker not in blob, f"a piece of a message found in {name}"


def raw_files(folder: Path) -> dict[str, bytes]:
    """The database, its WAL and shared-memory files, and the bot's log, as raw bytes."""
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
