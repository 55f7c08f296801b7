"""Sync application commands with Discord only when the command set changed.

Discord rate-limits command syncs hard, and syncing on every start is the usual
way bots hit that limit. The JSON payload Discord would receive is hashed and the
hash is stored in the database's meta table; a start with the same commands does
not call Discord at all. With a development guild configured, the commands are
copied to that guild and synced there only, where changes appear instantly.

Commands belong to the whole bot, not to a shard: with several processes on one
database, the start-up sync runs under a lease (`db/lease_store.py`), so exactly one
process compares and syncs while the others skip it.
"""

from __future__ import annotations

import hashlib
import json
import logging
from typing import TYPE_CHECKING, Any

import discord

if TYPE_CHECKING:
    from bot.client import KindnessBot

logger = logging.getLogger(__name__)

META_KEY = "command_sync_hash"
SYNC_LEASE = "command_sync"
SYNC_LEASE_SECONDS = 120.0
"""Longer than a sync takes; a process killed while syncing blocks the others this long."""


def command_payloads(bot: KindnessBot, guild: discord.abc.Snowflake | None) -> list[dict[str, Any]]:
    """The payloads `tree.sync(guild=...)` would send, in a stable order."""
    payloads = [command.to_dict(bot.tree) for command in bot.tree.get_commands(guild=guild)]
    return sorted(payloads, key=lambda p: (int(p.get("type", 1)), str(p["name"])))


def sync_fingerprint(bot: KindnessBot) -> str:
    """What is stored after a sync: the target (application, scope) and the payload hash.

    The target is part of it, so switching the token to another application or
    turning the development guild on or off syncs again.
    """
    guild = _dev_guild(bot)
    if guild is not None:
        bot.tree.copy_global_to(guild=guild)
    scope = "global" if guild is None else f"guild:{guild.id}"
    blob = json.dumps(command_payloads(bot, guild), sort_keys=True, separators=(",", ":"))
    digest = hashlib.sha256(blob.encode()).hexdigest()
    return f"{bot.application_id}:{scope}:{digest}"


def _dev_guild(bot: KindnessBot) -> discord.Object | None:
    guild_id = bot.config.dev_guild_id
    return None if guild_id is None else discord.Object(id=guild_id)


async def sync_commands(bot: KindnessBot, *, force: bool = False) -> bool:
    """Sync when the fingerprint changed (or when forced); True if Discord was called.

    Raises what `CommandTree.sync` raises; the stored hash changes only on success,
    so a failed sync is retried on the next start.
    """
    fingerprint = sync_fingerprint(bot)
    if not force and await bot.db.get_meta(META_KEY) == fingerprint:
        logger.info("application commands unchanged; not syncing")
        return False
    guild = _dev_guild(bot)
    synced = await bot.tree.sync(guild=guild)
    await bot.db.set_meta(META_KEY, fingerprint)
    where = "globally" if guild is None else f"to development guild {guild.id}"
    logger.info("synced %d application commands %s", len(synced), where)
    return True


async def sync_if_changed(bot: KindnessBot) -> bool:
    """Called from `setup_hook`: a failed sync is logged, never fatal for the bot.

    Only the process holding the sync lease syncs; it gives the lease up afterwards,
    so a process starting later compares the stored hash again (and finds it equal).
    """
    if not await bot.db.try_lease(SYNC_LEASE, bot.run_id, SYNC_LEASE_SECONDS):
        logger.info("another kindness-bot process is syncing application commands; not here")
        return False
    try:
        return await sync_commands(bot)
    except (discord.HTTPException, discord.app_commands.AppCommandError):
        logger.exception("syncing application commands failed; will try again on next start")
        return False
    finally:
        await bot.db.release_lease(SYNC_LEASE, bot.run_id)
