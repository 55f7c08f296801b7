"""Weekly summaries from the database: building them and posting each exactly once.

Discord-free on purpose: the cog hands `SummaryScheduler` a `send` coroutine, so
the exactly-once logic (schedule decision, database claim, recorded outcome) is
tested over a real SQLite file without any Discord at all, and the CLI builds the
same content offline.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.core.guild_settings import GuildSettings
from bot.core.schedule import SummaryWindow, current_window, decide, latest_window, window_for_week
from bot.core.summary import SummaryText, WeekSummary, summarize, summary_text
from bot.core.summary_status import SummaryState
from bot.summary_chart import render_chart
from db.database import Database

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SummaryContent:
    """One rendered summary: the numbers, the embed text and the chart PNG."""

    summary: WeekSummary
    text: SummaryText
    png: bytes

    @property
    def filename(self) -> str:
        return f"kindness-summary-{self.summary.week}.png"


class SummaryDeliveryError(Exception):
    """Posting failed for a reason a moderator can fix; str() is shown in settings."""


Sender = Callable[[GuildSettings, SummaryContent], Awaitable[None]]
ChannelLabel = Callable[[int], str]


def _mention(channel_id: int) -> str:
    return f"<#{channel_id}>"


async def _build(
    db: Database,
    guild_id: int,
    window: SummaryWindow,
    *,
    late: bool,
    channel_label: ChannelLabel,
) -> SummaryContent:
    days = window.days
    current = await db.stats_rows(guild_id, days[0].isoformat(), days[-1].isoformat())
    previous = await db.stats_rows(
        guild_id,
        window.previous_first_day.isoformat(),
        (days[0] - timedelta(days=1)).isoformat(),
    )
    summary = summarize(
        guild_id,
        window.week,
        days,
        current,
        previous,
        days_covered=window.days_covered,
        late=late,
    )
    png = await asyncio.to_thread(render_chart, summary)
    return SummaryContent(summary, summary_text(summary, channel_label=channel_label), png)


async def build_summary(
    db: Database,
    guild_id: int,
    week: str,
    *,
    late: bool = False,
    channel_label: ChannelLabel = _mention,
) -> SummaryContent:
    """The finished week `week` (`YYYY-Www`) for a guild, on its own schedule settings."""
    settings = await db.get_guild_settings(guild_id)
    window = window_for_week(
        week, settings.summary_weekday, settings.summary_hour, settings.summary_timezone
    )
    return await _build(db, guild_id, window, late=late, channel_label=channel_label)


async def build_week_so_far(
    db: Database, guild_id: int, now: datetime, *, channel_label: ChannelLabel = _mention
) -> SummaryContent:
    """The week in progress at `now` (for `/kindness summary preview`)."""
    settings = await db.get_guild_settings(guild_id)
    window = current_window(
        settings.summary_weekday, settings.summary_hour, settings.summary_timezone, now
    )
    return await _build(db, guild_id, window, late=False, channel_label=channel_label)


def latest_week(settings: GuildSettings, now: datetime) -> str:
    """The most recent finished week for this guild's schedule (what `post now` posts)."""
    return latest_window(
        settings.summary_weekday, settings.summary_hour, settings.summary_timezone, now
    ).week


@dataclass(frozen=True, slots=True)
class PostOutcome:
    """What happened to one guild's summary."""

    guild_id: int
    week: str
    ok: bool
    late: bool
    error: str | None = None


class SummaryScheduler:
    """Posts each guild's due summary once: decide, claim in the db, send, record.

    Safe across restarts and overlapping ticks because the database claim, not
    this object's memory, decides who posts; a new instance over the same file
    behaves exactly like the old one.
    """

    def __init__(
        self,
        db: Database,
        send: Sender,
        *,
        is_present: Callable[[int], bool] = lambda _guild_id: True,
    ) -> None:
        self._db = db
        self._send = send
        self._is_present = is_present

    async def tick(self, now: datetime) -> list[PostOutcome]:
        """Post every summary due at `now`; one guild's failure never stops the others."""
        outcomes = []
        for settings in await self._db.all_guild_settings():
            if settings.summary_channel_id is None or not self._is_present(settings.guild_id):
                continue
            try:
                outcome = await self._run_guild(settings, now)
            except Exception:
                logger.exception("summary tick failed for guild %d", settings.guild_id)
                continue
            if outcome is not None:
                outcomes.append(outcome)
        return outcomes

    async def _run_guild(self, settings: GuildSettings, now: datetime) -> PostOutcome | None:
        status = await self._db.summary_status(settings.guild_id)
        decision = decide(
            settings.summary_weekday,
            settings.summary_hour,
            settings.summary_timezone,
            now,
            None if status is None else status.week,
        )
        # a claim for this week that never finished may be a crashed process: the db
        # hands it out again once it is stale, so keep asking
        retry = (
            status is not None
            and status.state is SummaryState.CLAIMED
            and status.week == decision.week
        )
        if not (decision.due or retry):
            return None
        if not await self._db.claim_summary(settings.guild_id, decision.week, now.timestamp()):
            return None
        late = decision.late or retry
        logger.info(
            "posting summary %s for guild %d%s",
            decision.week,
            settings.guild_id,
            " (late)" if late else "",
        )
        return await self._deliver(settings, decision.week, late=late, now=now)

    async def post_now(self, settings: GuildSettings, now: datetime) -> PostOutcome:
        """Post the latest finished week right away (a moderator asked), and record it.

        Claims the week first so the scheduler will not post it again afterwards.
        """
        week = latest_week(settings, now)
        await self._db.claim_summary(settings.guild_id, week, now.timestamp())
        return await self._deliver(settings, week, late=False, now=now)

    async def _deliver(
        self, settings: GuildSettings, week: str, *, late: bool, now: datetime
    ) -> PostOutcome:
        error: str | None = None
        try:
            content = await build_summary(self._db, settings.guild_id, week, late=late)
            await self._send(settings, content)
        except SummaryDeliveryError as exc:
            error = str(exc)
            logger.warning("summary %s for guild %d not posted: %s", week, settings.guild_id, error)
        except Exception:
            error = "internal error while posting (see the bot's log)"
            logger.exception("summary %s for guild %d failed", week, settings.guild_id)
        await self._db.finish_summary(
            settings.guild_id, week, ok=error is None, error=error, now=now.timestamp()
        )
        return PostOutcome(settings.guild_id, week, ok=error is None, late=late, error=error)
