"""Per-server settings as one frozen value, so every layer reads the same thing.

Stored by `db` as a JSON document per guild; unknown keys are ignored and missing
keys take defaults, so adding a setting needs no SQL migration.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from bot.core.scoring.verdict import Category


class DeliveryMode(StrEnum):
    """How a nudge reaches the author."""

    REPLY = "reply"
    DM = "dm"
    REACTION = "reaction"
    SILENT = "silent"


SUPPORTED_LANGUAGES = ("en", "it")
DEFAULT_THRESHOLD = 0.5


@dataclass(frozen=True, slots=True)
class GuildSettings:
    """Everything a moderator can change for one server; defaults work with zero setup."""

    guild_id: int
    paused: bool = False
    threshold: float = DEFAULT_THRESHOLD
    delivery: DeliveryMode = DeliveryMode.REPLY
    nudge_delete_after: int = 120
    cooldown_seconds: int = 300
    languages: tuple[str, ...] = SUPPORTED_LANGUAGES  # every shipped language by default
    kindness_reaction: bool = True
    kindness_emoji: str = "\N{YELLOW HEART}"
    ignored_channels: frozenset[int] = frozenset()
    profanity_ok_channels: frozenset[int] = frozenset()
    exempt_roles: frozenset[int] = frozenset()
    custom_terms: Mapping[str, Category] = field(default_factory=dict)
    allowed_terms: frozenset[str] = frozenset()
    alert_channel_id: int | None = None
    rules_channel_id: int | None = None
    summary_channel_id: int | None = None
    summary_weekday: int = 0
    summary_hour: int = 9
    summary_timezone: str = "UTC"
    outcome_window_seconds: int = 600
    repeat_window_seconds: int = 3600
    repeat_alert_count: int = 3
    bullying_pileon_enabled: bool = True
    bullying_pileon_messages: int = 5
    bullying_pileon_members: int = 3
    bullying_pileon_minutes: int = 30
    bullying_persistent_enabled: bool = True
    bullying_persistent_days: int = 3
    bullying_dm_enabled: bool = True

    def replace(self, **changes: Any) -> GuildSettings:
        """A copy with some fields changed (settings are immutable)."""
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; sets become sorted lists for stable output."""
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if isinstance(value, frozenset):
                value = sorted(value)
            elif isinstance(value, tuple):
                value = list(value)
            elif isinstance(value, Mapping):
                value = {k: str(v) for k, v in sorted(value.items())}
            elif isinstance(value, StrEnum):
                value = value.value
            out[f.name] = value
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GuildSettings:
        """Build from stored JSON, ignoring unknown keys and defaulting missing ones."""
        known = {f.name for f in dataclasses.fields(cls)}
        kwargs: dict[str, Any] = {k: v for k, v in data.items() if k in known}
        set_fields = ("ignored_channels", "profanity_ok_channels", "exempt_roles")
        for name in set_fields:
            if name in kwargs:
                kwargs[name] = frozenset(int(x) for x in kwargs[name])
        if "allowed_terms" in kwargs:
            kwargs["allowed_terms"] = frozenset(str(x) for x in kwargs["allowed_terms"])
        if "languages" in kwargs:
            kwargs["languages"] = tuple(str(x) for x in kwargs["languages"])
        if "custom_terms" in kwargs:
            kwargs["custom_terms"] = {
                str(k): Category(v) for k, v in dict(kwargs["custom_terms"]).items()
            }
        if "delivery" in kwargs:
            kwargs["delivery"] = DeliveryMode(kwargs["delivery"])
        return cls(**kwargs)
