"""`kindness-bot run`: start the bot and turn every start-up failure into a clear message.

Operators see one actionable sentence and a distinct exit code (the traceback only
at LOG_LEVEL=DEBUG) for the mistakes everyone makes once: no token, a wrong token,
the Message Content intent left off, a DATABASE_PATH the bot cannot use, a damaged
or locked database, a second instance on the same database, no route to Discord.

Order matters: the database is checked, locked for this process and opened before
Discord is contacted, so a broken store never costs a login, and a damaged file is
never written to. SIGINT/SIGTERM give an in-flight weekly summary a bounded time to
finish, then flush the stats, close the database and release the instance lock.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from typing import Any

import aiohttp
import discord

from bot.cli.common import ExitCode, add_env_file_argument, database_exit_code, run_with_token
from bot.client import KindnessBot
from bot.config import AppConfig
from bot.core.scoring import BUILD as SCORER_BUILD
from db import errors
from db.database import Database
from db.instance_lock import AlreadyRunningError, InstanceLock, SqliteFileLock, SqliteShardLock
from db.migrate import MigrationError
from db.postgres_lock import PostgresAdvisoryLock

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
DNS_HELP = (
    "The name of Discord's server could not be resolved ({detail}); check this machine's "
    "DNS settings and network connection, then start the bot again."
)
UNREACHABLE_HELP = (
    "Discord could not be reached ({detail}); check this machine's network connection, "
    "firewall or proxy, then start the bot again."
)
ALREADY_RUNNING_HELP = (
    "Another kindness-bot{pid} is already running on {scope}; stop it first, "
    "or give this one its own {setting}."
)
SHARDS_HELP = (
    "Discord refused shard {shard} of KINDNESS_SHARD_COUNT={count} ({reason}); set "
    "KINDNESS_SHARD_COUNT to at least the number of shards Discord requires for this bot "
    "(one per 1,000 servers), or leave both shard settings empty to let it ask Discord."
)
SHARD_CLOSE_REASONS = {4010: "invalid shard", 4011: "sharding required: too few shards"}
SHARD_RUNNING_HELP = (
    "Another kindness-bot{pid} is already running shard {shard} on {scope}; "
    "stop it first, or give this one other KINDNESS_SHARD_IDS."
)


class StartupError(Exception):
    """A start-up failure with its exit code; str() is the sentence for the operator."""

    def __init__(self, code: ExitCode, sentence: str) -> None:
        super().__init__(sentence)
        self.code = code


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_env_file_argument(parser)


def main(args: argparse.Namespace) -> int:
    """Validate settings, then run until Discord closes us or a signal arrives."""
    return run_with_token(args, run_bot)


def instance_lock_for(config: AppConfig) -> InstanceLock:
    """The lock that keeps each shard to one process (the whole store when unsharded):
    file locks beside the SQLite file, or session advisory locks on the PostgreSQL server."""
    if config.database_url:
        if config.shards.sharded:
            return PostgresAdvisoryLock.for_shards(config.database_url, config.shards.ids)
        return PostgresAdvisoryLock(config.database_url)
    if config.shards.sharded:
        return SqliteShardLock(config.database_path, config.shards.ids)
    return SqliteFileLock(config.database_path)


def _report(failure: StartupError) -> int:
    """One sentence on stderr, last; the chain of causes before it only at DEBUG."""
    logger.debug("start-up failure %s", failure.code.name, exc_info=failure)
    print(f"kindness-bot: {failure}", file=sys.stderr)
    return failure.code


def _database_failure(exc: errors.DatabaseOpenError) -> StartupError:
    return StartupError(database_exit_code(exc), str(exc))


async def open_store(config: AppConfig, lock: InstanceLock) -> Database:
    """Check the path, take the instance lock, then check and open the database.

    The lock comes before the database is read, so two instances starting together
    never both migrate it; it is released again if opening fails.
    """
    path = config.database_path
    try:
        if not config.database_url:
            errors.check_path(path)
        try:
            await lock.acquire()
        except OSError as exc:
            raise errors.path_problem(path, f"cannot create {path}.lock: {exc.strerror}") from exc
    except AlreadyRunningError as exc:
        pid = "" if exc.holder is None else f" (process {exc.holder})"
        setting = "DATABASE_URL" if config.database_url else "DATABASE_PATH"
        scope = exc.scope if config.database_url else f"DATABASE_PATH={exc.scope}"
        message = (
            ALREADY_RUNNING_HELP.format(pid=pid, scope=scope, setting=setting)
            if exc.shard is None
            else SHARD_RUNNING_HELP.format(pid=pid, scope=scope, shard=exc.shard)
        )
        raise StartupError(ExitCode.ALREADY_RUNNING, message) from exc
    except errors.DatabaseOpenError as exc:
        raise _database_failure(exc) from exc
    try:
        return await Database.open(config.database)
    except BaseException as exc:
        await lock.release()
        if isinstance(exc, errors.DatabaseOpenError):
            raise _database_failure(exc) from exc
        if isinstance(exc, MigrationError):
            raise StartupError(
                ExitCode.DATABASE_TOO_NEW, f"{config.database_label}: {exc}."
            ) from exc
        raise


async def _login_and_connect(bot: KindnessBot, token: str) -> None:
    """`bot.start`, with the failures of the first contact turned into sentences."""
    try:
        await bot.login(token)
    except discord.LoginFailure as exc:
        raise StartupError(ExitCode.LOGIN, LOGIN_HELP) from exc
    except aiohttp.ClientConnectorDNSError as exc:
        raise StartupError(ExitCode.DNS, DNS_HELP.format(detail=exc.os_error)) from exc
    except (aiohttp.ClientError, OSError, TimeoutError) as exc:
        detail = str(exc) or type(exc).__name__
        raise StartupError(
            ExitCode.DISCORD_UNREACHABLE, UNREACHABLE_HELP.format(detail=detail)
        ) from exc
    # Which scorer runs, once the start got this far (beside "database ... ready"): the
    # mypyc build, or the sources and why; a build there but out of date warns.
    level = logging.WARNING if SCORER_BUILD.stale else logging.INFO
    logger.log(level, "%s", SCORER_BUILD.describe())
    try:
        await bot.connect()
    except discord.PrivilegedIntentsRequired as exc:
        raise StartupError(ExitCode.INTENTS, INTENTS_HELP) from exc
    except discord.ConnectionClosed as exc:
        reason = SHARD_CLOSE_REASONS.get(exc.code)
        if reason is None:
            raise
        sentence = SHARDS_HELP.format(shard=exc.shard_id, count=bot.shard_count, reason=reason)
        raise StartupError(ExitCode.CONFIG, sentence) from exc


async def run_bot(config: AppConfig, token: str, **bot_options: Any) -> int:
    """Run one bot until it stops; returns the process exit code."""
    lock = instance_lock_for(config)
    try:
        db = await open_store(config, lock)
    except StartupError as failure:
        return _report(failure)
    try:
        return await _run(KindnessBot(config, database=db, **bot_options), token)
    finally:
        await lock.release()


async def _run(bot: KindnessBot, token: str) -> int:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):  # not on Windows; Ctrl+C still works
            loop.add_signal_handler(sig, stop.set)
    runner = asyncio.create_task(_login_and_connect(bot, token), name="kindness-bot")
    stopper = asyncio.create_task(stop.wait(), name="kindness-bot-signal")
    failure: StartupError | None = None
    try:
        await asyncio.wait({runner, stopper}, return_when=asyncio.FIRST_COMPLETED)
        if stop.is_set() and not runner.done():
            logger.info("shutdown requested; finishing in-flight work, flushing stats, closing")
            await bot.close()
            # discord.py may be sleeping in its reconnect back-off (minutes); do not wait.
            runner.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await runner
        else:
            await runner
    except StartupError as exc:
        failure = exc  # reported after the clean-up below, so it is the last line
    except Exception:
        logger.exception("the bot stopped because of an unexpected error")
        return ExitCode.ERROR
    finally:
        stopper.cancel()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):
                loop.remove_signal_handler(sig)
        await bot.close()
    return ExitCode.OK if failure is None else _report(failure)
