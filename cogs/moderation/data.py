"""The `/kindness` commands that read or erase data: stats, export, feedback, forget.

Each is declared and run here; `cogs.moderation.build_group` attaches them to the
group. Also the report `/kindness setup` shows. Everything here answers privately
and never pings. Stats are flushed first so the numbers include what happened in
the last second.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Callable, Coroutine, Sequence
from typing import Any

import discord
from discord import app_commands

from bot.core.guild_settings import DeliveryMode, GuildSettings
from bot.core.moderation.term_validation import validate_term
from bot.core.stats.export import stats_csv
from bot.core.texts.automod_status_text import setup_line
from bot.core.texts.stats_text import stats_fields
from bot.discord.interaction_errors import FriendlyError, on_component_error
from bot.discord.permissions import BY_FLAG, SUMMARY_POST_FLAGS
from bot.discord.private_reply import reply_privately
from cogs.moderation.common import (
    edit_settings,
    guild_id_of,
    in_range,
    is_moderator,
    kindness_bot,
)

logger = logging.getLogger(__name__)

FEEDBACK_TERMS = 10
FEEDBACK_VIEW_TIMEOUT = 15 * 60
MAX_LISTED_CHANNELS = 8
FORGET_EVENT = "kindness_forget_user"
"""Dispatched as `on_kindness_forget_user(guild_id, user_id)` so cogs drop in-memory state."""


def _period(days: int) -> tuple[str, str]:
    today = dt.datetime.now(dt.UTC).date()
    return (today - dt.timedelta(days=days - 1)).isoformat(), today.isoformat()


def _names(channels: Sequence[discord.abc.GuildChannel]) -> str:
    shown = " ".join(f"<#{c.id}>" for c in channels[:MAX_LISTED_CHANNELS])
    extra = len(channels) - MAX_LISTED_CHANNELS
    return shown + (f" and {extra} more" if extra > 0 else "")


def setup_report(interaction: discord.Interaction[Any], settings: GuildSettings) -> str:
    """What the bot can and cannot do in this server, from its actual permissions."""
    guild = interaction.guild
    if guild is None:
        return "Setup saved."
    me = guild.me
    lines = ["**Setup saved.** Here is what I can and cannot do in this server:"]
    problems = 0

    def check_post(channel_id: int | None, purpose: str, *, rich: bool) -> None:
        """Alerts and reports are plain text; the summary is an embed with a chart."""
        nonlocal problems
        channel = guild.get_channel(channel_id) if channel_id else None
        if channel is None:
            return
        perms = channel.permissions_for(me)
        needed = SUMMARY_POST_FLAGS if rich else SUMMARY_POST_FLAGS[:2]
        missing = [BY_FLAG[flag].lets_it for flag in needed if not getattr(perms, flag)]
        if missing:
            problems += 1
            lines.append(
                f"⚠️ I cannot {', '.join(missing)} in <#{channel.id}>: {purpose} will fail."
            )
        else:
            lines.append(f"✅ I can post {purpose} in <#{channel.id}>.")

    check_post(settings.alert_channel_id, "alerts and member reports", rich=False)
    alert = guild.get_channel(settings.alert_channel_id) if settings.alert_channel_id else None
    if alert is not None and alert.permissions_for(guild.default_role).view_channel:
        problems += 1
        lines.append(
            f"⚠️ Everyone can read <#{alert.id}>. Reports name the reporter, so make it "
            "visible to moderators only."
        )
    check_post(settings.summary_channel_id, "the weekly summary", rich=True)

    text_channels = [c for c in guild.text_channels if c.id not in settings.ignored_channels]
    unreadable = [c for c in text_channels if not c.permissions_for(me).read_messages]
    readable = [c for c in text_channels if c.permissions_for(me).read_messages]
    mute = [
        c
        for c in readable
        if not (c.permissions_for(me).send_messages and c.permissions_for(me).read_message_history)
    ]
    no_react = [c for c in readable if not c.permissions_for(me).add_reactions]
    if unreadable:
        problems += 1
        lines.append(f"⚠️ I cannot see {_names(unreadable)}: messages there are not checked.")
    if settings.delivery is DeliveryMode.REPLY and mute:
        problems += 1
        lines.append(
            f"⚠️ I cannot send messages in {_names(mute)}: nudges there cannot be delivered."
        )
    if (settings.delivery is DeliveryMode.REACTION or settings.kindness_reaction) and no_react:
        problems += 1
        lines.append(f"⚠️ I cannot add reactions in {_names(no_react)}.")
    if readable:
        lines.append(f"✅ I can check messages in {len(readable)} channel(s).")
    lines.append(f"Delivery: **{settings.delivery.value}**.")
    automod = kindness_bot(interaction).automod
    can_manage = me.guild_permissions.manage_guild or me.guild_permissions.administrator
    enabled = automod is not None and automod.is_enabled(guild.id)
    if enabled and not can_manage:
        problems += 1
    lines.append(setup_line(enabled=enabled, can_manage=can_manage))
    refused = kindness_bot(interaction).delivery.notes(guild.id)  # 403s held right now
    problems += len(refused)
    lines += refused
    if problems:
        lines.append("A server admin can fix the ⚠️ items in my role or the channel permissions.")
    lines.append("See everything with `/kindness settings`.")
    return "\n".join(lines)


@app_commands.describe(days="How many days back, 1 to 365 (default 7)")
async def stats(
    interaction: discord.Interaction[Any], days: app_commands.Range[int, 1, 365] = 7
) -> None:
    in_range("Days", days, 1, 365)
    bot = kindness_bot(interaction)
    start, end = _period(days)
    await bot.flush()
    totals = await bot.db.stats_totals(guild_id_of(interaction), start, end)
    languages = (await bot.settings.get(guild_id_of(interaction))).languages
    embed = discord.Embed(
        title=f"Kindness stats, last {days} day{'s' if days != 1 else ''}",
        description=f"{start} to {end} (UTC). Aggregated counts only; no message text is kept.",
        colour=discord.Colour.gold(),
    )
    for field in stats_fields(totals, languages):
        embed.add_field(name=field.name, value=field.value, inline=True)
    await reply_privately(interaction, embed=embed)


@app_commands.describe(days="How many days back, 1 to 365 (default 30)")
async def export(
    interaction: discord.Interaction[Any], days: app_commands.Range[int, 1, 365] = 30
) -> None:
    in_range("Days", days, 1, 365)
    bot = kindness_bot(interaction)
    guild_id = guild_id_of(interaction)
    start, end = _period(days)
    await bot.flush()
    rows = await bot.db.stats_rows(guild_id, start, end)
    data = stats_csv(rows).encode()
    file = discord.File(io.BytesIO(data), filename=f"kindness-stats-{start}-to-{end}.csv")
    await reply_privately(
        interaction,
        f"Daily aggregated stats from {start} to {end} ({len(rows)} rows). "
        "No message text or member IDs are in it.",
        file=file,
    )


async def forget(interaction: discord.Interaction[Any], user: discord.User) -> None:
    bot = kindness_bot(interaction)
    guild_id = guild_id_of(interaction)
    await bot.flush()  # pending per-user state must not be written back afterwards
    bot.forget_cached_user(guild_id, user.id)
    erased = await bot.db.forget_user(guild_id, user.id)
    bot.dispatch(FORGET_EVENT, guild_id, user.id)
    stored = (
        f"{erased} stored record{'s' if erased != 1 else ''}" if erased else "no stored records"
    )
    await reply_privately(
        interaction,
        f"Forgotten: {user.mention} ({discord.utils.escape_markdown(user.name)}). "
        f"I erased {stored} about them in this server (nudge cooldowns, repeat tracking, "
        "experiment follow-up, their bullying-pattern opt-out and support-message time) "
        "and their in-memory state (cooldowns, report rate limit, bullying patterns as "
        "target and as author). Aggregated stats never contain member IDs, so nothing "
        "else refers to them.",
    )


class FeedbackView(discord.ui.View):
    """One "Allow" button per term; pressing it adds the term to the allowed terms."""

    def __init__(self, terms: list[tuple[str, int]]) -> None:
        super().__init__(timeout=FEEDBACK_VIEW_TIMEOUT)
        for index, (term, _count) in enumerate(terms):
            button: discord.ui.Button[FeedbackView] = discord.ui.Button(
                label=f"Allow “{term}”"[:80],
                style=discord.ButtonStyle.secondary,
                custom_id=f"kindness:feedback:allow:{index}",
            )
            button.callback = self._allow_callback(term, button)  # type: ignore[method-assign]
            self.add_item(button)

    def _allow_callback(self, term: str, button: discord.ui.Button[FeedbackView]) -> Any:
        async def callback(interaction: discord.Interaction[Any]) -> None:
            allowed = await allow_feedback_term(interaction, term)
            button.disabled = True
            button.label = f"Allowed “{allowed}”"[:80]
            button.style = discord.ButtonStyle.success
            await interaction.response.edit_message(view=self)
            await reply_privately(
                interaction,
                f"`{allowed}` is now an allowed term: it is no longer flagged in this server.",
            )

        return callback

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        if not is_moderator(interaction):
            raise FriendlyError("Only moderators (Manage Server) can change the allowed terms.")
        return True

    async def on_error(
        self,
        interaction: discord.Interaction[Any],
        error: Exception,
        item: discord.ui.Item[Any],
        /,
    ) -> None:
        await on_component_error(interaction, error)


async def allow_feedback_term(interaction: discord.Interaction[Any], term: str) -> str:
    """Add a feedback term to the allowed terms and clear its feedback count."""
    check = validate_term(term)
    if check.term is None:
        raise FriendlyError(f"`{term}` cannot be allowed: {check.error}")
    allowed = check.term
    await edit_settings(
        interaction,
        lambda s: s.replace(
            allowed_terms=s.allowed_terms | {allowed},
            custom_terms={k: v for k, v in s.custom_terms.items() if k != allowed},
        ),
    )
    await kindness_bot(interaction).db.remove_feedback_term(guild_id_of(interaction), term)
    return allowed


async def feedback(interaction: discord.Interaction[Any]) -> None:
    bot = kindness_bot(interaction)
    terms = await bot.db.top_feedback_terms(guild_id_of(interaction), FEEDBACK_TERMS)
    if not terms:
        await reply_privately(
            interaction,
            'Nobody has pressed "Not what I meant" yet, so there is nothing to review.',
        )
        return
    lines = ['Terms most often marked **"Not what I meant"** (most first):']
    lines += [f"{i}. `{term}`: {count}×" for i, (term, count) in enumerate(terms, 1)]
    lines.append("Press a button to stop flagging that term in this server.")
    await reply_privately(interaction, "\n".join(lines), view=FeedbackView(terms))


_DATA_COMMANDS: tuple[tuple[str, str, Callable[..., Coroutine[Any, Any, None]]], ...] = (
    ("stats", "This server's numbers for the last days, as an embed", stats),
    ("forget", "Erase everything the bot keeps about one member here", forget),
    ("export", "This server's aggregated stats as a CSV file", export),
    ("feedback", 'Terms most often marked "Not what I meant"', feedback),
)


def add_data_commands(root: app_commands.Group) -> None:
    """Attach `/kindness stats|forget|export|feedback` to the group (new objects per group)."""
    for name, description, callback in _DATA_COMMANDS:
        root.add_command(
            app_commands.Command(name=name, description=description, callback=callback, parent=root)
        )
