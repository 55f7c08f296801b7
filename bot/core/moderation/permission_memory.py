"""Channels where Discord refused an action: do not ask again for a while.

Every refused request counts toward Discord's invalid-request limit (10,000 in 10
minutes bans the bot's IP), so after a 403 the bot stops that action in that channel
until something that could fix it happens (the channel's overwrites, the bot's roles
or a role's permissions change) or the hold runs out. A long 429 is held the same
way for its `retry_after`. Pure and in memory: a restart forgets, which costs at
most one more refused request per channel.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from enum import StrEnum

HOLD_SECONDS = 600.0
"""How long a 403 stops an action in a channel when nothing changes."""
MAX_REMEMBERED = 10_000


class Action(StrEnum):
    """What the bot does in a channel; each is refused (and held) separately."""

    SEND = "send messages"
    REACT = "add reactions"


class Cause(StrEnum):
    FORBIDDEN = "refused (403)"
    RATE_LIMITED = "rate limited (429)"


@dataclass(frozen=True, slots=True)
class Hold:
    """One held (channel, action): why, and until when (the caller's clock)."""

    guild_id: int
    channel_id: int
    action: Action
    cause: Cause
    until: float


class PermissionMemory:
    """Held (channel, action) pairs with expiry; bounded, oldest dropped first."""

    def __init__(self, *, hold: float = HOLD_SECONDS, max_remembered: int = MAX_REMEMBERED) -> None:
        self.hold = hold
        self.max_remembered = max_remembered
        self._holds: OrderedDict[tuple[int, Action], Hold] = OrderedDict()

    def held(self, channel_id: int, action: Action, now: float) -> Hold | None:
        """The hold on this channel and action, or None when the bot may try."""
        key = (channel_id, action)
        hold = self._holds.get(key)
        if hold is None:
            return None
        if hold.until <= now:
            del self._holds[key]
            return None
        return hold

    def remember(
        self,
        guild_id: int,
        channel_id: int,
        action: Action,
        now: float,
        *,
        cause: Cause = Cause.FORBIDDEN,
        seconds: float | None = None,
    ) -> bool:
        """Hold the action for `seconds` (default `hold`); True if it was not held before."""
        key = (channel_id, action)
        new = self.held(channel_id, action, now) is None
        self._holds[key] = Hold(
            guild_id, channel_id, action, cause, now + (self.hold if seconds is None else seconds)
        )
        self._holds.move_to_end(key)
        while len(self._holds) > self.max_remembered:
            self._holds.popitem(last=False)
        return new

    def forget_channel(self, channel_id: int) -> int:
        """The channel's overwrites changed: try again there. Returns holds dropped."""
        keys = [k for k in self._holds if k[0] == channel_id]
        for key in keys:
            del self._holds[key]
        return len(keys)

    def forget_guild(self, guild_id: int) -> int:
        """The bot's roles or a role's permissions changed: try again everywhere there."""
        keys = [k for k, h in self._holds.items() if h.guild_id == guild_id]
        for key in keys:
            del self._holds[key]
        return len(keys)

    def in_guild(self, guild_id: int, now: float) -> list[Hold]:
        """The server's current holds, by channel (for `/kindness settings` and setup)."""
        holds = [
            h
            for h in list(self._holds.values())
            if h.guild_id == guild_id and self.held(h.channel_id, h.action, now) is not None
        ]
        return sorted(holds, key=lambda h: (h.channel_id, h.action.value))

    def __len__(self) -> int:
        return len(self._holds)
