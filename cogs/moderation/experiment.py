"""`/kindness experiment start [share] | stop | results`: does nudging work in this server?

The work is done by the `Experiments` cog (`cogs.experiments`); these commands start
and stop it and show what it measured so far. Answers are private and never ping.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from typing import Any

import discord
from discord import app_commands

from bot.core.moderation.holdout import DEFAULT_SHARE, MAX_SHARE, MIN_SHARE, Experiment
from bot.core.stats.experiment_result import experiment_result
from bot.core.texts.experiment_text import results_text
from bot.discord.interaction_errors import FriendlyError
from bot.discord.private_reply import reply_privately
from cogs.experiments import Experiments
from cogs.moderation.common import (
    ModeratorGroup,
    current_settings,
    guild_id_of,
    in_range,
    kindness_bot,
)

logger = logging.getLogger(__name__)

_MIN, _MAX, _DEFAULT = round(MIN_SHARE * 100), round(MAX_SHARE * 100), round(DEFAULT_SHARE * 100)


def _service(interaction: discord.Interaction[Any]) -> Experiments:
    service = kindness_bot(interaction).experiments
    if not isinstance(service, Experiments):
        raise FriendlyError("Experiments are not available right now (their module is not loaded).")
    return service


def _since(experiment: Experiment) -> str:
    return datetime.fromtimestamp(experiment.started_at, UTC).strftime("%Y-%m-%d %H:%M UTC")


class ExperimentGroup(
    ModeratorGroup,
    name="experiment",
    description="Measure whether nudges work here: hold back a random share and compare",
):
    """Start, stop and read this server's hold-back experiment."""

    @app_commands.command(description="Start: a random share of members gets no nudge")
    @app_commands.describe(
        share=f"Percent of members held back, {_MIN} to {_MAX} (default {_DEFAULT})"
    )
    async def start(
        self,
        interaction: discord.Interaction[Any],
        share: app_commands.Range[int, _MIN, _MAX] = _DEFAULT,
    ) -> None:
        in_range("The share held back", share, _MIN, _MAX)
        guild_id = guild_id_of(interaction)
        service = _service(interaction)
        experiment = await service.start(guild_id, share / 100, time.time())
        if experiment is None:
            running = await kindness_bot(interaction).db.latest_experiment(guild_id)
            since = f" since {_since(running)}" if running is not None else ""
            raise FriendlyError(
                f"An experiment is already running in this server{since}. Only one runs at a "
                "time: read it with `/kindness experiment results`, or end it with "
                "`/kindness experiment stop` before starting a new one."
            )
        logger.info("experiment started in guild %d", guild_id)
        await reply_privately(
            interaction,
            f"**Experiment started.** From now on, {share}% of the members who would get a "
            "nudge get none (chosen at random, the same members for the whole experiment). "
            "High-severity messages are always nudged, and alerts to moderators still go.\n"
            "The bot compares both groups: flagged again within 7 days, and the flagged "
            "message edited or deleted within 10 minutes. Give it a few weeks; "
            "`/kindness experiment results` shows how far it got. Starting a new experiment "
            "later replaces this one's results.",
        )

    @app_commands.command(description="Stop the experiment: everyone is nudged again")
    async def stop(self, interaction: discord.Interaction[Any]) -> None:
        stopped = await _service(interaction).stop(guild_id_of(interaction), time.time())
        if stopped is None:
            raise FriendlyError(
                "No experiment is running in this server. Start one with "
                "`/kindness experiment start`."
            )
        await reply_privately(
            interaction,
            f"**Experiment stopped** (it ran since {_since(stopped)}). Everyone who would get "
            "a nudge gets one again. The members already in it are followed for the rest of "
            "their week, and `/kindness experiment results` stays readable.",
        )

    @app_commands.command(description="Compare nudged and held-back members so far")
    async def results(self, interaction: discord.Interaction[Any]) -> None:
        service = _service(interaction)
        bot = kindness_bot(interaction)
        guild_id = guild_id_of(interaction)
        await service.flush()
        experiment = await bot.db.latest_experiment(guild_id)
        if experiment is None:
            raise FriendlyError(
                "No experiment has run in this server yet. Start one with "
                "`/kindness experiment start`."
            )
        now = time.time()
        counts = await bot.db.experiment_counts(experiment.experiment_id, now)
        settings = await current_settings(interaction)
        text = results_text(experiment, experiment_result(counts), settings.languages, now)
        await reply_privately(interaction, text)
