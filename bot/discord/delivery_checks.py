"""May the bot make a request now, and what did Discord answer: the checks of deliveries.

Discord bans a bot's IP for about an hour after 10,000 invalid requests (401, 403,
429) in 10 minutes, so before any request the bot asks its cache whether it may
act in that channel (overwrites included) and whether Discord refused the same
action there recently (`PermissionMemory`), and it stops optional work when its own
invalid requests pile up (`InvalidRequestGuard`). What it skips is counted as
`undelivered:<kind>`. `DeliveryService` (`bot.discord.delivery`) adds the queues.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable
from enum import StrEnum
from types import SimpleNamespace
from typing import Self

import aiohttp
import discord

from bot.core.moderation.alerts import AlertBook
from bot.core.moderation.permission_memory import Action, Cause, PermissionMemory
from bot.core.moderation.rate_limit import GuardLevel, InvalidRequestGuard
from bot.core.stats.counters import StatsCounter
from bot.discord.permissions import labels, needed_for
from bot.discord.rest_errors import CANNOT_DM, REACTION_BLOCKED, ErrorReporter

logger = logging.getLogger(__name__)

RATE_LIMIT_HOLD = 30.0
"""Hold after a 429 that discord.py gave up retrying (it carries no retry_after)."""
MEMBER_REFUSALS = frozenset({CANNOT_DM, REACTION_BLOCKED})
"""403s about one member (closed DMs, a member who blocked the bot), not the channel."""
MAX_NOTES = 10
"""Held channels listed in `/kindness settings` before "and N more"."""
UNDELIVERED_PREFIX = "undelivered:"


class Kind(StrEnum):
    """What is delivered; reactions and alerts are optional, nudges are the point."""

    NUDGE = "nudge"
    REACTION = "reaction"
    ALERT = "alert"
    REPORT = "report"
    """A member's report to the moderators: posted by the command, never queued."""
    SUPPORT = "support"
    """The private message to a member who may be being targeted (a DM)."""

    @property
    def optional(self) -> bool:
        return self in (Kind.REACTION, Kind.ALERT)


class DeliveryChecks:
    """The checks before a request and the bookkeeping after Discord refused one."""

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.memory = PermissionMemory()
        self.guard = InvalidRequestGuard()
        self.alerts = AlertBook()
        self.errors = ErrorReporter()
        self.undelivered: Counter[Kind] = Counter()
        self.http_trace = aiohttp.TraceConfig()
        self.http_trace.on_request_end.append(self._on_request_end)
        self._client: discord.Client | None = None
        self._stats: StatsCounter | None = None
        self._level = GuardLevel.OPEN

    def bind(self, client: discord.Client, stats: StatsCounter) -> Self:
        """Attach the client (for its cache) and the counter (for undelivered/dropped)."""
        self._client, self._stats = client, stats
        return self

    # -- may the bot do it? ------------------------------------------------------

    def refusal(
        self, kind: Kind, guild_id: int, channel_id: int, action: Action | None
    ) -> tuple[str, bool]:
        """Why the bot must not try now ('' when it may), and whether that was already
        logged: the guard and a held 403 announce themselves; a missing permission not."""
        level = self.level()
        if level is GuardLevel.CLOSED or (kind.optional and level is GuardLevel.ESSENTIAL_ONLY):
            return "too many refused requests recently", True
        if action is None:
            return "", False
        hold = self.memory.held(channel_id, action, self.clock())
        if hold is not None:
            return f"Discord {hold.cause.value} when the bot tried to {action.value} here", True
        return self._missing(guild_id, channel_id, action), False

    def _missing(self, guild_id: int, channel_id: int, action: Action) -> str:
        client = self._client
        guild = client.get_guild(guild_id) if client is not None else None
        if guild is None or guild.me is None:
            return ""
        channel = guild.get_channel_or_thread(channel_id)
        if channel is None:
            return ""
        perms = channel.permissions_for(guild.me)
        needed = needed_for(action, in_thread=isinstance(channel, discord.Thread))
        missing = labels(flag for flag in needed if not getattr(perms, flag))
        return f"the bot lacks {', '.join(missing)}" if missing else ""

    def allowed(self, kind: Kind, guild_id: int, channel_id: int, action: Action | None) -> bool:
        """True if the bot may try; otherwise the skip is logged once and counted."""
        reason, announced = self.refusal(kind, guild_id, channel_id, action)
        if not reason:
            return True
        if announced:
            logger.debug("guild %s channel %s: %s skipped: %s", guild_id, channel_id, kind, reason)
        else:
            self.errors.note(
                f"could not deliver a {kind.value}: {reason}; counted as not delivered",
                guild_id=guild_id,
                channel_id=channel_id,
            )
        self.count_undelivered(kind, guild_id, channel_id)
        return False

    def count_undelivered(self, kind: Kind, guild_id: int, channel_id: int) -> None:
        self.undelivered[kind] += 1
        if self._stats is not None:
            self._stats.add(guild_id, channel_id, UNDELIVERED_PREFIX + kind.value)

    def notes(self, guild_id: int, *, limit: int = MAX_NOTES) -> list[str]:
        """What the bot stopped doing in this server and why, for `/kindness settings`
        and `/kindness setup` (one line per held channel and action)."""
        now, wall = self.clock(), time.time()
        holds = self.memory.in_guild(guild_id, now)
        lines = [
            f"\N{WARNING SIGN} Discord {hold.cause.value} when I tried to {hold.action.value} in "
            f"<#{hold.channel_id}>: I stopped trying there until "
            f"<t:{int(wall + hold.until - now)}:t> or until the channel's permissions or my "
            "roles change."
            for hold in holds[:limit]
        ]
        if len(holds) > limit:
            lines.append(f"… and {len(holds) - limit} more channel(s) like this.")
        level = self.level()
        if level is not GuardLevel.OPEN:
            paused = (
                "reactions and alerts"
                if level is GuardLevel.ESSENTIAL_ONLY
                else "nudges, reactions and alerts"
            )
            lines.append(
                f"\N{WARNING SIGN} Discord refused {self.guard.count(now)} of my requests in the "
                f"last 10 minutes, so I paused {paused} until that number falls (Discord blocks "
                "a bot's connection past 10,000)."
            )
        return lines

    # -- what Discord said ---------------------------------------------------------

    def failed(
        self,
        exc: Exception,
        kind: Kind,
        what: str,
        *,
        guild_id: int,
        channel_id: int,
        action: Action | None,
    ) -> None:
        """A delivery request failed: hold the channel on a 403 or long 429, log, count."""
        now = self.clock()
        if isinstance(exc, discord.RateLimited) or (
            isinstance(exc, discord.HTTPException) and exc.status == 429
        ):
            seconds = getattr(exc, "retry_after", RATE_LIMIT_HOLD)
            if action is not None and self.memory.remember(
                guild_id, channel_id, action, now, cause=Cause.RATE_LIMITED, seconds=seconds
            ):
                logger.warning(
                    "guild %s channel %s: rate limited for %.0f s; the bot will not %s "
                    "there until then",
                    guild_id,
                    channel_id,
                    seconds,
                    action.value,
                )
        elif (
            isinstance(exc, discord.HTTPException)
            and exc.status == 403
            and exc.code not in MEMBER_REFUSALS
            and action is not None
        ):
            if self.memory.remember(guild_id, channel_id, action, now):
                logger.warning(
                    "guild %s channel %s: Discord refused to let the bot %s (HTTP 403, code %s); "
                    "not trying again there for %.0f minutes or until the channel's overwrites, "
                    "the bot's roles or the server's roles change",
                    guild_id,
                    channel_id,
                    action.value,
                    exc.code,
                    self.memory.hold / 60,
                )
            else:
                logger.debug("guild %s channel %s: 403 again", guild_id, channel_id)
        elif isinstance(exc, discord.HTTPException):
            self.errors.report(exc, what, guild_id=guild_id, channel_id=channel_id)
        else:
            logger.warning(
                "guild %s channel %s: could not %s: %s",
                guild_id,
                channel_id,
                what,
                type(exc).__name__,
            )
        self.count_undelivered(kind, guild_id, channel_id)

    def forget_channel(self, channel_id: int) -> None:
        """The channel's overwrites changed: what Discord refused there may work now."""
        if self.memory.forget_channel(channel_id):
            logger.info("channel %s: permissions changed; trying again there", channel_id)

    def forget_guild(self, guild_id: int) -> None:
        """The bot's roles or a role's permissions changed in this server."""
        if self.memory.forget_guild(guild_id):
            logger.info("guild %s: permissions changed; trying again everywhere", guild_id)

    async def _on_request_end(
        self,
        session: aiohttp.ClientSession,
        context: SimpleNamespace,
        params: aiohttp.TraceRequestEndParams,
    ) -> None:
        """Count invalid requests as Discord does (a 'shared' 429 is not the bot's)."""
        response = params.response
        status = response.status
        if status in (401, 403) or (
            status == 429 and response.headers.get("X-RateLimit-Scope") != "shared"
        ):
            self.guard.record(self.clock())
            self.level()

    def level(self) -> GuardLevel:
        """The guard's level now; a change is logged once, with why."""
        level = self.guard.level(self.clock())
        if level is not self._level:
            count = self.guard.count(self.clock())
            if level is GuardLevel.OPEN:
                logger.warning(
                    "invalid requests down to %d in 10 minutes; nudges, reactions and alerts "
                    "go out again",
                    count,
                )
            elif level is GuardLevel.ESSENTIAL_ONLY and self._level is GuardLevel.CLOSED:
                logger.warning(
                    "invalid requests down to %d in 10 minutes; nudges go out again, reactions "
                    "and alerts stay stopped",
                    count,
                )
            elif level is GuardLevel.ESSENTIAL_ONLY:
                logger.warning(
                    "%d invalid requests (401/403/429) in 10 minutes, past the safe share of "
                    "Discord's 10,000 limit; reactions and alerts stop until the window clears",
                    count,
                )
            else:
                logger.error(
                    "%d invalid requests (401/403/429) in 10 minutes; all nudges, reactions "
                    "and alerts stop until the window clears (Discord bans the IP at 10,000)",
                    count,
                )
            self._level = level
        return level
