"""`kindness-bot run`: start the bot and turn every start-up failure into a clear message.

Operators see one actionable sentence and an exit code, never a traceback, for
the mistakes everyone makes once: no token, a wrong token, the Message Content
intent left off in the developer portal. SIGINT/SIGTERM flush the stats and
close the database before the process exits.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from typing import Any

import discord

from bot.cli_common import ExitCode, add_env_file_argument, run_with_token
from bot.client import KindnessBot
from bot.config import AppConfig

logger = logging.getLogger(__name__)


INTENTS_HELP = (
    "Discord refused the connection because the Message Content intent is not switched on "
    "for this bot. Open https://discord.com/developers/applications, pick your application, "
    "go to Bot → Privileged Gateway Intents, switch on 'Message Content Intent', save, and "
    "start the bot again."
)
LOGIN_HELP = (
    "Discord rejected the token in DISCORD_TOKEN. Copy a fresh one from "
    "https://discord.com/developers/applications → your application → Bot → 'Reset Token', "
    "put it in .env and start the bot again."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_env_file_argument(parser)


def main(args: argparse.Namespace) -> int:
    """Validate settings, then run until Discord closes us or a signal arrives."""
    return run_with_token(args, run_bot)


async def run_bot(config: AppConfig, token: str, **bot_options: Any) -> int:
    """Run one bot until it stops; returns the process exit code."""
    bot = KindnessBot(config, **bot_options)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):  # not on Windows; Ctrl+C still works
            loop.add_signal_handler(sig, stop.set)
    runner = asyncio.create_task(bot.start(token), name="kindness-bot")
    stopper = asyncio.create_task(stop.wait(), name="kindness-bot-signal")
    try:
        await asyncio.wait({runner, stopper}, return_when=asyncio.FIRST_COMPLETED)
        if stop.is_set() and not runner.done():
            logger.info("shutdown requested; flushing stats and closing")
            await bot.close()
            # discord.py may be sleeping in its reconnect back-off (minutes); do not wait.
            runner.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await runner
        else:
            await runner
    except discord.PrivilegedIntentsRequired:
        print(f"kindness-bot: {INTENTS_HELP}", file=sys.stderr)
        return ExitCode.INTENTS
    except discord.LoginFailure:
        print(f"kindness-bot: {LOGIN_HELP}", file=sys.stderr)
        return ExitCode.LOGIN
    except Exception:
        logger.exception("the bot stopped because of an unexpected error")
        return ExitCode.ERROR
    finally:
        stopper.cancel()
        await bot.close()
    return ExitCode.OK
