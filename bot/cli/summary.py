"""`kindness-bot summary`: render a server's weekly summary offline, from the database.

For operators who want to see (or share) a summary without a running bot: prints
the embed text and writes the chart PNG. Reads only aggregate counts.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from bot.cli.common import ExitCode
from bot.config import AppConfig, ConfigError
from bot.core.stats.schedule import parse_week_key
from bot.summaries.content import SummaryContent, build_summary, latest_week
from db.database import Database
from db.url import is_postgres, redact

logger = logging.getLogger(__name__)


def _week(value: str) -> str:
    try:
        year, week = parse_week_key(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return f"{year}-W{week:02d}"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `kindness-bot summary`."""
    parser.add_argument("--guild", type=int, required=True, help="server (guild) id")
    parser.add_argument(
        "--week",
        type=_week,
        help="ISO week to summarise, e.g. 2026-W46 (default: the latest finished week)",
    )
    parser.add_argument(
        "--db",
        type=str,
        help="SQLite file or postgresql:// URL (default: DATABASE_URL or DATABASE_PATH "
        "from the environment or .env, else data/kindness.db)",
    )
    parser.add_argument("--out", type=Path, required=True, help="where to write the chart PNG")


class NoDataError(Exception):
    """The database holds no counts at all for the server asked about."""


async def _render(db_path: str | Path, guild_id: int, week: str | None) -> SummaryContent:
    """The summary of one week; raises NoDataError rather than render an all-zero report
    for a server the bot never counted (most often a mistyped id)."""
    db = await Database.open(db_path)
    try:
        if not await db.stats_totals(guild_id, date.min.isoformat(), date.max.isoformat()):
            raise NoDataError
        if week is None:
            settings = await db.get_guild_settings(guild_id)
            week = latest_week(settings, datetime.now(UTC))
        return await build_summary(db, guild_id, week, channel_label=lambda c: f"channel {c}")
    finally:
        await db.close()


def main(args: argparse.Namespace) -> int:
    """Print the summary text, write the chart.

    0 on success, 2 on a usage problem, 1 when the server has no data to summarise.
    """
    db_path: str | Path
    if args.db is not None:
        db_path = args.db if is_postgres(args.db) else Path(args.db)
    else:
        try:
            db_path = AppConfig.from_env().database
        except ConfigError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return ExitCode.CONFIG
    if isinstance(db_path, Path) and not db_path.is_file():
        # opening would create an empty database; say what is wrong instead
        print(f"error: no database at {db_path} (use --db PATH)", file=sys.stderr)
        return ExitCode.CONFIG
    try:
        content = asyncio.run(_render(db_path, args.guild, args.week))
    except NoDataError:
        print(
            f"error: no data for server {args.guild} in {redact(str(db_path))}: nothing was "
            "counted there (or all of it was pruned), so there is nothing to summarise; "
            "is the server id right?",
            file=sys.stderr,
        )
        return ExitCode.ERROR
    out: Path = args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(content.png)
    print(content.text.as_plain_text())
    print(f"\nchart written to {out}")
    logger.debug("summary %s for guild %d rendered", content.summary.week, args.guild)
    return ExitCode.OK
