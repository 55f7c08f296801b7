"""Run a Discord client in its own process against a fake Discord.

    python -m tests.fakediscord.launch --api URL --gateway URL -- run
    python -m tests.fakediscord.launch --api URL --gateway URL --bare-client

The first form points discord.py at the fake, then calls `bot.cli.entry.main(args)`, so the
real `kindness-bot` process (killed with SIGKILL, benchmarked) talks to the fake. The
second runs a bare discord.py client whose on_message does nothing but answer the
marker message, the baseline for benchmarks and the launcher's own test.
Run it from the repository root (it imports `tests.fakediscord`).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

import discord

from tests.fakediscord.patching import point_at_urls

logger = logging.getLogger(__name__)

# A bare client answers a message with exactly this text with one reply (a POST with a
# message_reference to it) in that channel.
MARKER = "fake-discord:marker"
MARKER_REPLY = "fake-discord:marker-seen"
# The launcher must run with this as its working directory (or on PYTHONPATH).
REPO_ROOT = Path(__file__).resolve().parents[2]


def launch_command(
    api_base: str, gateway_url: str, bot_args: Sequence[str] = (), *, bare_client: bool = False
) -> list[str]:
    """The argv that runs the bot (or the bare client) against a fake; use cwd=REPO_ROOT."""
    argv = [sys.executable, "-m", "tests.fakediscord.launch", "--api", api_base]
    argv += ["--gateway", gateway_url]
    if bare_client:
        argv.append("--bare-client")
    return [*argv, "--", *bot_args]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument(
        "--api", required=True, help="REST base, e.g. http://127.0.0.1:PORT/api/v10"
    )
    parser.add_argument(
        "--gateway", required=True, help="gateway, e.g. ws://127.0.0.1:PORT/gateway"
    )
    parser.add_argument(
        "--bare-client",
        action="store_true",
        help="run a bare discord.py client instead of bot.cli.entry.main",
    )
    parser.add_argument("--token", default=None, help="bare client token (default: $DISCORD_TOKEN)")
    parser.add_argument("bot_args", nargs="*", help="arguments for bot.cli.entry.main, after --")
    return parser


class BareClient(discord.Client):
    """A client that does nothing with messages but answer MARKER, so a driver knows
    every message before the marker went through the gateway and on_message."""

    async def on_message(self, message: discord.Message) -> None:
        if message.content == MARKER:
            await message.reply(MARKER_REPLY, mention_author=False)


async def run_bare_client(token: str) -> None:
    intents = discord.Intents.default()
    intents.message_content = True
    client = BareClient(intents=intents, guild_ready_timeout=0.1, max_messages=1000)
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, lambda: asyncio.ensure_future(client.close()))
    async with client:
        await client.start(token)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    point_at_urls(args.api, args.gateway)
    if args.bare_client:
        logging.basicConfig(level=logging.ERROR)
        token = args.token or os.environ.get("DISCORD_TOKEN", "fake-token")
        asyncio.run(run_bare_client(token))
        return 0
    from bot.cli.entry import main as bot_main

    return bot_main(args.bot_args)


if __name__ == "__main__":
    sys.exit(main())
