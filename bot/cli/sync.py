"""`kindness-bot sync`: log in, sync the slash commands with Discord now, exit.

For when the commands look stale in Discord (a sync failed, or the stored hash
was copied from another deployment). Logging in is enough: no gateway connection
is opened and no message is read.
"""

from __future__ import annotations

import argparse
import logging
import sys

import discord

from bot.cli.common import ExitCode, add_env_file_argument, run_with_token
from bot.client import KindnessBot
from bot.config import AppConfig
from bot.discord.command_sync import META_KEY, sync_commands
from db.database import Database

logger = logging.getLogger(__name__)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_env_file_argument(parser)


def main(args: argparse.Namespace) -> int:
    """Validate settings, then force one sync; the exit code says whether it worked."""
    return run_with_token(args, force_sync)


async def _stored_fingerprint(config: AppConfig) -> str | None:
    db = await Database.open(config.database)
    try:
        return await db.get_meta(META_KEY)
    finally:
        await db.close()


async def force_sync(config: AppConfig, token: str) -> int:
    """Log in (which loads the cogs, so the tree is complete), sync once, close.

    Logging in runs `setup_hook`, which already syncs when the commands changed;
    the forced sync runs only when that did not happen, so Discord is called once.
    """
    before = await _stored_fingerprint(config)
    bot = KindnessBot(config)
    try:
        await bot.login(token)
        if await bot.db.get_meta(META_KEY) == before:
            await sync_commands(bot, force=True)
    except discord.LoginFailure:
        print("kindness-bot: Discord rejected the token in DISCORD_TOKEN.", file=sys.stderr)
        return ExitCode.LOGIN
    except (discord.HTTPException, discord.app_commands.AppCommandError) as exc:
        print(f"kindness-bot: syncing the commands failed: {exc}", file=sys.stderr)
        return ExitCode.ERROR
    finally:
        await bot.close()
    where = "globally" if config.dev_guild_id is None else f"to guild {config.dev_guild_id}"
    print(f"Slash commands synced {where}.")
    return ExitCode.OK
