"""The settings `kindness-bot replay` runs with: a stored server's or the defaults, options on top.

A preview is only worth trusting if it runs the settings the bot would run: the
defaults a new server starts with, or (`--guild`) a server's settings as stored by
`/kindness` commands, read from the bot's database without changing it.
"""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path
from typing import Any

from bot.cli.common import ExitCode, add_env_file_argument, config_from_args
from bot.cli.scorer_options import add_scorer_arguments
from bot.config import ConfigError
from bot.core.guild_settings import GuildSettings
from bot.core.moderation.term_validation import validate_term
from bot.core.scoring.verdict import Category
from db import errors
from db.database import Database


class SettingsError(Exception):
    """The settings asked for cannot be had; str() says why, `code` is the exit code."""

    def __init__(self, message: str, code: ExitCode = ExitCode.CONFIG) -> None:
        super().__init__(message)
        self.code = code


_DB_CODES: tuple[tuple[type[errors.DatabaseOpenError], ExitCode], ...] = (
    (errors.DatabaseCorruptError, ExitCode.DATABASE_CORRUPT),
    (errors.DatabaseLockedError, ExitCode.DATABASE_LOCKED),
    (errors.DatabasePathError, ExitCode.DATABASE_PATH),
)


def _seconds(raw: str) -> int:
    if not raw.isdigit():
        raise argparse.ArgumentTypeError(f"a whole number of seconds (0 or more), not {raw!r}")
    return int(raw)


def _custom_term(raw: str) -> tuple[str, Category]:
    """`TERM` or `TERM:CATEGORY` (insult when not said), checked like `/kindness words add`."""
    text, _, category = raw.partition(":")
    check = validate_term(text)
    if check.term is None:
        raise argparse.ArgumentTypeError(f"{raw!r}: {check.error}")
    try:
        return check.term, Category(category.strip() or Category.INSULT)
    except ValueError:
        known = ", ".join(c.value for c in Category)
        raise argparse.ArgumentTypeError(f"{raw!r}: the category is one of {known}") from None


def _allowed_term(raw: str) -> str:
    check = validate_term(raw)
    if check.term is None:
        raise argparse.ArgumentTypeError(f"{raw!r}: {check.error}")
    return check.term


def add_settings_arguments(parser: argparse.ArgumentParser) -> None:
    """The options that choose the settings of a replay."""
    parser.add_argument(
        "--guild",
        type=int,
        metavar="ID",
        help="take this server's stored settings from the bot's database",
    )
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="the database for --guild (default: DATABASE_PATH from the environment or "
        "--env-file, else data/kindness.db)",
    )
    add_env_file_argument(parser)
    add_scorer_arguments(parser, defaults=False)
    parser.add_argument(
        "--cooldown",
        type=_seconds,
        metavar="SECONDS",
        help="minimum time between two nudges to one member (default 300)",
    )
    parser.add_argument(
        "--word",
        type=_custom_term,
        action="append",
        default=[],
        metavar="TERM[:CATEGORY]",
        help="a server term to flag, like /kindness words add (repeatable)",
    )
    parser.add_argument(
        "--allow",
        type=_allowed_term,
        action="append",
        default=[],
        metavar="TERM",
        help="a term never to flag, like /kindness allowed add (repeatable)",
    )
    parser.add_argument(
        "--profanity-ok",
        action="store_true",
        help="treat the channel as one where friendly profanity is fine",
    )


def replay_settings(
    args: argparse.Namespace, guild_id: int, channel_id: int
) -> tuple[GuildSettings, str]:
    """The settings to replay with and where they come from, in words."""
    if args.guild is None:
        if args.db is not None:
            raise SettingsError("--db says where to find --guild ID's settings; add --guild")
        settings, source = GuildSettings(guild_id), "a new server's default settings"
    else:
        settings, source = _stored(args), f"server {args.guild}'s stored settings"
        if args.guild != guild_id:
            source += f" (the export is from server {guild_id})"
    changes: dict[str, Any] = {}
    if args.threshold is not None:
        changes["threshold"] = args.threshold
    if args.languages is not None:
        changes["languages"] = args.languages
    if args.cooldown is not None:
        changes["cooldown_seconds"] = args.cooldown
    if args.word:
        changes["custom_terms"] = {**settings.custom_terms, **dict(args.word)}
    if args.allow:
        changes["allowed_terms"] = settings.allowed_terms | set(args.allow)
    if args.profanity_ok:
        changes["profanity_ok_channels"] = settings.profanity_ok_channels | {channel_id}
    if changes:
        source += " with " + ", ".join(
            "--" + name.replace("_", "-")
            for name in ("threshold", "languages", "cooldown", "word", "allow", "profanity_ok")
            if getattr(args, name) is not None
            and getattr(args, name) is not False
            and getattr(args, name) != []
        )
    return settings.replace(**changes), source


def _stored(args: argparse.Namespace) -> GuildSettings:
    path: Path | None = args.db
    if path is None:
        try:
            path = config_from_args(args).database_path
        except ConfigError as exc:
            raise SettingsError(str(exc)) from None
    if not path.is_file():
        raise SettingsError(f"no database at {path} for --guild (use --db PATH)")
    try:
        stored = asyncio.run(_all_settings(path))
    except errors.DatabaseOpenError as exc:
        code = next((c for kind, c in _DB_CODES if isinstance(exc, kind)), ExitCode.ERROR)
        raise SettingsError(str(exc), code) from None
    for settings in stored:
        if settings.guild_id == args.guild:
            return settings
    known = ", ".join(str(s.guild_id) for s in stored[:10]) or "none"
    raise SettingsError(
        f"server {args.guild} has no stored settings in {path} (servers there: {known}); "
        "is the id right?"
    )


async def _all_settings(path: Path) -> list[GuildSettings]:
    db = await Database.open(path)
    try:
        return await db.all_guild_settings()
    finally:
        await db.close()
