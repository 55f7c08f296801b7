"""The cogs the bot loads at start-up, in order; each feature adds its own entry."""

from __future__ import annotations

EXTENSIONS: tuple[str, ...] = (
    "cogs.watcher",
    "cogs.experiments",
    "cogs.bullying",
    "cogs.nudge_cleanup",
    "cogs.nudge_views",
    "cogs.moderation",
    "cogs.automod",
    "cogs.member_tools",
    "cogs.summaries",
    "cogs.welcome",
)
