"""The services cogs set on the bot while they are loaded, as the bot and watcher see them.

Named attributes of `KindnessBot` typed by these protocols, not cogs looked up at run
time: the watcher calls them on the hot path, and a cog that is not loaded leaves None.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

import discord

from bot.core.guild_settings import GuildSettings
from bot.core.moderation.nudge_decision import NudgeDecision
from bot.core.moderation.nudge_deletions import NudgeDeletion
from bot.core.scoring.verdict import Severity, Verdict

if TYPE_CHECKING:
    from bot.summaries.scheduler import SummaryScheduler


class NudgeTimers(Protocol):
    """Times nudge deletions in memory (the `NudgeCleanup` cog, while it is loaded)."""

    def start(self, deletion: NudgeDeletion) -> None: ...


class ExperimentHook(Protocol):
    """Holds back nudges while a server runs an experiment (the `Experiments` cog)."""

    def on_flag(
        self, message: discord.Message, severity: Severity, decision: NudgeDecision, now: float
    ) -> NudgeDecision: ...


class BullyingService(Protocol):
    """Watches hostile messages for bullying patterns (the `Bullying` cog, while loaded)."""

    def hostile(
        self, message: discord.Message, settings: GuildSettings, verdict: Verdict
    ) -> None: ...


class SummaryService(Protocol):
    """The weekly summary scheduler and its clock (the `Summaries` cog, while loaded)."""

    clock: Callable[[], dt.datetime]
    scheduler: SummaryScheduler
