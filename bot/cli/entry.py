"""The `kindness-bot` command line: one parser, each subcommand in its own module.

Subcommand modules are imported lazily so `kindness-bot check` never pays for
importing discord.py, and `kindness-bot run` never pays for matplotlib.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# subcommand -> module (in bot/cli/) that defines `add_arguments(parser)` and `main(args) -> int`
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "run": ("bot.cli.run", "connect to Discord and start watching messages"),
    "invite": ("bot.cli.invite", "print the OAuth2 URL that adds the bot to a server"),
    "sync": ("bot.cli.sync", "force a sync of the slash commands with Discord"),
    "check": ("bot.cli.check", "score a message (or JSON lines on stdin) and explain"),
    "eval": ("bot.cli.eval", "measure the scorer on a labelled CSV/TSV file"),
    "summary": ("bot.cli.summary", "render a weekly summary from the database, offline"),
    "backup": ("bot.cli.backup", "copy the database consistently, even while the bot runs"),
    "migrate": ("bot.cli.migrate", "apply schema migrations, or copy a database to another"),
    "replay": ("bot.cli.replay", "preview what the bot would do on a DiscordChatExporter export"),
}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser; with `only`, just that subcommand, so only its module is imported."""
    parser = argparse.ArgumentParser(
        prog="kindness-bot",
        description="A #CreateKindness bot that nudges hostile messages kindly.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        if only is not None and name != only:
            continue
        module = importlib.import_module(module_name)
        sub_parser = sub.add_parser(name, help=help_text, description=help_text)
        module.add_arguments(sub_parser)
        sub_parser.set_defaults(_module=module_name)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the process exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    chosen = next((a for a in args_list if not a.startswith("-")), None)
    parser = build_parser(chosen if chosen in SUBCOMMANDS else None)
    args = parser.parse_args(args_list)
    module = importlib.import_module(args._module)
    code: int = module.main(args)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
