"""Posting each weekly summary exactly once.

Discord-free on purpose: the cog hands `SummaryScheduler` a `send` coroutine, so
the exactly-once logic (schedule decision, database claim, recorded outcome) is
tested over a real SQLite file without any Discord at all; what is posted is built
by `bot.summaries.content`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

from bot.core.guild_settings import GuildSettings
from bot.core.shards import UNSHARDED, ShardPlan
from bot.core.stats.schedule import SummaryWindow, decide_summary_post, latest_window
from bot.summaries.content import SummaryContent, build_summary
from db.database import DATABASE_ERRORS, Database

logger = logging.getLogger(__name__)


class SummaryDeliveryError(Exception):
    """Posting failed for a reason a moderator can fix; str() is shown in settings."""


Sender = Callable[[GuildSettings, SummaryContent], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class PostOutcome:
    """What happened to one guild's summary."""

    guild_id: int
    week: str
    ok: bool
    late: bool
    error: str | None = None
    found_in_channel: bool = False
    """True when an unconfirmed post turned out to be in the channel already."""
    before_data: bool = False
    """True when nothing was posted because the week ended before the bot counted anything."""


FindPosted = Callable[[GuildSettings, str, float], Awaitable[bool | None]]
"""(settings, week, since) -> is this week's summary among the bot's own messages in the
summary channel since `since` (a timestamp)? None when the channel cannot be read."""


async def _cannot_check(_settings: GuildSettings, _week: str, _since: float) -> bool | None:
    return None


UNCHECKED_ERROR = (
    "the bot was stopped while posting this week's summary and could not check the "
    "channel for it (it needs View Channel and Read Message History there); if it is "
    "missing, post it with /kindness summary post"
)
INTERRUPTED_REASON = "the bot was stopped before Discord confirmed the post"
CHECK_BACK_SECONDS = 24 * 3600.0
"""How far before the recorded time the channel is searched for an unconfirmed post."""


class SummaryScheduler:
    """Posts each guild's due summary once: decide_summary_post, claim in the db, send, record.

    Safe across restarts and overlapping ticks because the database claim, not
    this object's memory, decides who posts; `owner` names this bot run in the
    claim. A week another run claimed but never confirmed (it crashed, or was
    stopped mid-post) is looked for in the channel first (`find_posted`) and only
    posted if it is not there: never two summaries for one week.

    Each delivery runs in its own task, so `stop` can give an in-flight post a
    bounded time to finish and record `interrupted` if it does not.
    """

    def __init__(
        self,
        db: Database,
        send: Sender,
        *,
        owner: str = "",
        shards: ShardPlan = UNSHARDED,
        find_posted: FindPosted = _cannot_check,
        is_present: Callable[[int], bool] = lambda _guild_id: True,
        on_db_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """`on_db_error` receives database errors of a tick (the bot logs them once per
        kind per window); without it each is one warning line. `shards` says which
        servers are this process's: the others are left to the processes that own them."""
        self._db = db
        self._shards = shards
        self._on_db_error = on_db_error
        self._send = send
        self._owner = owner
        self._find_posted = find_posted
        self._is_present = is_present
        self._in_flight: dict[tuple[int, str], asyncio.Task[PostOutcome]] = {}
        self._stopping = False

    async def tick(self, now: datetime) -> list[PostOutcome]:
        """Post every summary due at `now`; one guild's failure never stops the others."""
        outcomes = []
        for settings in await self._db.owned_guild_settings(self._shards):
            if self._stopping:
                break
            if settings.summary_channel_id is None or not self._is_present(settings.guild_id):
                continue
            try:
                outcome = await self._run_guild(settings, now)
            except DATABASE_ERRORS as exc:
                self._report_db_error(exc)
                continue
            except Exception:
                logger.exception("summary tick failed for guild %d", settings.guild_id)
                continue
            if outcome is not None:
                outcomes.append(outcome)
        return outcomes

    def _report_db_error(self, exc: BaseException) -> None:
        if self._on_db_error is not None:
            self._on_db_error(exc)
        else:
            logger.warning("summary tick: database error (%s)", exc)

    async def _run_guild(self, settings: GuildSettings, now: datetime) -> PostOutcome | None:
        status = await self._db.summary_status(settings.guild_id)
        decision = decide_summary_post(
            settings.summary_weekday,
            settings.summary_hour,
            settings.summary_timezone,
            now,
            None if status is None else status.week,
        )
        week = decision.week
        unconfirmed = status if status is not None and status.week == week else None
        if unconfirmed is not None and not unconfirmed.state.unconfirmed:
            unconfirmed = None
        if not (decision.due or unconfirmed is not None):
            return None
        if unconfirmed is None and not await self._has_data(settings.guild_id, decision.window):
            return None  # the week ended before the bot joined: nothing true to say about it
        if (settings.guild_id, week) in self._in_flight:
            return None
        if not await self._db.claim_summary(settings.guild_id, week, owner=self._owner):
            return None
        late = decision.late or unconfirmed is not None
        if unconfirmed is not None:
            checked = await self._check_channel(settings, week, unconfirmed.updated_at)
            if checked is not None:
                return checked
        logger.info(
            "posting summary %s for guild %d%s", week, settings.guild_id, " (late)" if late else ""
        )
        return await self._deliver_tracked(settings, week, late=late)

    async def _has_data(self, guild_id: int, window: SummaryWindow) -> bool:
        """True when the bot had counted something by the end of `window` (it was there)."""
        first = await self._db.first_stats_day(guild_id)
        return first is not None and first <= window.last_day.isoformat()

    async def _check_channel(
        self, settings: GuildSettings, week: str, recorded_at: float
    ) -> PostOutcome | None:
        """Look for an unconfirmed week in the channel; an outcome unless it must be posted."""
        guild_id = settings.guild_id
        try:
            found = await self._find_posted(settings, week, recorded_at - CHECK_BACK_SECONDS)
        except Exception:
            logger.exception("checking the channel for summary %s of guild %d", week, guild_id)
            found = None
        if found is None:
            logger.warning(
                "summary %s for guild %d may have been posted before the last stop, and the "
                "channel could not be checked; not posting it again",
                week,
                guild_id,
            )
            await self._db.finish_summary(guild_id, week, ok=False, error=UNCHECKED_ERROR)
            return PostOutcome(guild_id, week, ok=False, late=True, error=UNCHECKED_ERROR)
        if found:
            logger.info(
                "summary %s for guild %d was already in the channel; recorded as posted",
                week,
                guild_id,
            )
            await self._db.finish_summary(guild_id, week, ok=True, error=None)
            return PostOutcome(guild_id, week, ok=True, late=True, found_in_channel=True)
        logger.info("summary %s for guild %d is not in the channel; posting it", week, guild_id)
        return None

    async def post_now(self, settings: GuildSettings, now: datetime) -> PostOutcome:
        """Post the latest finished week right away (a moderator asked), and record it.

        Claims the week first so the scheduler will not post it again afterwards. A week
        that ended before the bot counted anything is not posted (`before_data`).
        """
        window = latest_window(
            settings.summary_weekday, settings.summary_hour, settings.summary_timezone, now
        )
        week = window.week
        if self._stopping:
            error = "the bot is shutting down; try again in a minute"
            return PostOutcome(settings.guild_id, week, ok=False, late=False, error=error)
        if not await self._has_data(settings.guild_id, window):
            error = "the bot was not counting here yet during that week"
            return PostOutcome(
                settings.guild_id, week, ok=False, late=False, error=error, before_data=True
            )
        await self._db.claim_summary(settings.guild_id, week, owner=self._owner)
        return await self._deliver_tracked(settings, week, late=False)

    async def _deliver_tracked(
        self, settings: GuildSettings, week: str, *, late: bool
    ) -> PostOutcome:
        """Deliver in a task of its own: cancelling the caller (the ticker stopping) does
        not cut the post short; only `stop` does, after its grace time."""
        key = (settings.guild_id, week)
        task = asyncio.create_task(
            self._deliver(settings, week, late=late),
            name=f"summary-{settings.guild_id}-{week}",
        )
        self._in_flight[key] = task
        task.add_done_callback(lambda _: self._in_flight.pop(key, None))
        return await asyncio.shield(task)

    async def stop(self, grace_seconds: float) -> None:
        """Start no new post; wait up to `grace_seconds` for those in flight, then cut them
        short, recording each as `interrupted` so the next start checks the channel."""
        self._stopping = True
        tasks = list(self._in_flight.values())
        if not tasks:
            return
        logger.info("waiting up to %.1f s for %d summary post(s)", grace_seconds, len(tasks))
        _, pending = await asyncio.wait(tasks, timeout=grace_seconds)
        for task in pending:
            task.cancel()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        for result in results:
            if isinstance(result, PostOutcome):
                logger.info(
                    "summary %s for guild %d finished before the stop: %s",
                    result.week,
                    result.guild_id,
                    "posted" if result.ok else "failed",
                )

    async def _deliver(self, settings: GuildSettings, week: str, *, late: bool) -> PostOutcome:
        error: str | None = None
        try:
            content = await build_summary(self._db, settings.guild_id, week, late=late)
            await self._send(settings, content)
        except SummaryDeliveryError as exc:
            error = str(exc)
            logger.warning("summary %s for guild %d not posted: %s", week, settings.guild_id, error)
        except asyncio.CancelledError:
            await self._db.interrupt_summary(settings.guild_id, week, reason=INTERRUPTED_REASON)
            logger.warning(
                "summary %s for guild %d: stopped before Discord confirmed the post; recorded "
                "as interrupted, the next start checks the channel before posting it again",
                week,
                settings.guild_id,
            )
            raise
        except Exception:
            error = "internal error while posting (see the bot's log)"
            logger.exception("summary %s for guild %d failed", week, settings.guild_id)
        await self._db.finish_summary(settings.guild_id, week, ok=error is None, error=error)
        return PostOutcome(settings.guild_id, week, ok=error is None, late=late, error=error)
