"""Discord errors in plain words, logged once per (server, channel, reason).

A server that removed a permission would otherwise fill the log with the same
403 for every message. The first occurrence is a WARNING that says what to fix;
repeats go to DEBUG. The bot never stops over one of these.
"""

from __future__ import annotations

import logging

import discord

from bot.discord.permissions import NUDGE_CHANNEL_FLAGS, and_list, labels

logger = logging.getLogger(__name__)

MAX_REMEMBERED = 10_000

# Discord JSON error codes worth a specific explanation.
UNKNOWN_CHANNEL = 10003
UNKNOWN_MESSAGE = 10008
MISSING_ACCESS = 50001
CANNOT_DM = 50007
MISSING_PERMISSIONS = 50013
REACTION_BLOCKED = 90001


_NUDGE_CHANNEL_NEEDS = and_list(labels(NUDGE_CHANNEL_FLAGS))


def describe(error: discord.HTTPException, action: str) -> str:
    """One actionable sentence for a failed `action` (e.g. 'send the nudge reply')."""
    code, status = error.code, error.status
    if code == CANNOT_DM:
        return f"could not {action}: the member does not accept DMs from this server"
    if code == REACTION_BLOCKED:
        return f"could not {action}: the member has blocked the bot"
    if code in (MISSING_PERMISSIONS, MISSING_ACCESS) or status == 403:
        return (
            f"could not {action}: missing permission in this channel (the bot needs "
            f"{_NUDGE_CHANNEL_NEEDS}; run `kindness-bot invite` for the right set)"
        )
    if code == UNKNOWN_CHANNEL:
        return f"could not {action}: the channel no longer exists"
    if code == UNKNOWN_MESSAGE or status == 404:
        return f"could not {action}: the message no longer exists"
    return f"could not {action}: Discord answered HTTP {status} (code {code})"


class ErrorReporter:
    """Remembers which (guild, channel, reason) were already logged, bounded in size."""

    def __init__(self) -> None:
        self._seen: dict[tuple[int, int, str], None] = {}

    def report(
        self, error: discord.HTTPException, action: str, *, guild_id: int, channel_id: int
    ) -> str:
        """Log the error (WARNING the first time, DEBUG after) and return the reason."""
        reason = describe(error, action)
        self.note(reason, guild_id=guild_id, channel_id=channel_id)
        return reason

    def note(self, reason: str, *, guild_id: int, channel_id: int) -> None:
        """Log `reason` once per (guild, channel, reason)."""
        key = (guild_id, channel_id, reason)
        if key in self._seen:
            logger.debug("guild %s channel %s: %s (again)", guild_id, channel_id, reason)
            return
        if len(self._seen) >= MAX_REMEMBERED:
            self._seen.pop(next(iter(self._seen)))
        self._seen[key] = None
        logger.warning("guild %s channel %s: %s", guild_id, channel_id, reason)
