"""Turn a Discord message into the scorer's inputs, the same way everywhere.

The watcher and the nudge buttons (which re-score a fetched message) must agree
on targeting and on which channel settings apply, threads included: a thread
follows its parent channel's ignored / profanity-ok settings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord

from bot.core.guild_settings import GuildSettings
from bot.core.scoring.verdict import Verdict

if TYPE_CHECKING:
    from bot.client import KindnessBot


def channel_ids(channel: object) -> tuple[int, int | None]:
    """(channel id, parent channel id for threads else None)."""
    channel_id = getattr(channel, "id", 0)
    parent_id = getattr(channel, "parent_id", None) if isinstance(channel, discord.Thread) else None
    return int(channel_id), parent_id


def in_channels(channel: object, ids: frozenset[int]) -> bool:
    """True if the channel, or the thread's parent, is in `ids`."""
    if not ids:
        return False
    channel_id, parent_id = channel_ids(channel)
    return channel_id in ids or (parent_id is not None and parent_id in ids)


def mentions_someone(message: discord.Message) -> bool:
    """A user or role mention of someone other than the author."""
    if message.role_mentions:
        return True
    if not message.mentions:  # most messages: no generator to set up
        return False
    author_id = message.author.id
    return any(u.id != author_id for u in message.mentions)


def is_reply(message: discord.Message) -> bool:
    return message.type is discord.MessageType.reply and message.reference is not None


def score_message(bot: KindnessBot, settings: GuildSettings, message: discord.Message) -> Verdict:
    """The verdict for `message` under this server's settings."""
    return bot.scorers.scorer_for(settings).score(
        message.content,
        mentions_someone=mentions_someone(message),
        is_reply=is_reply(message),
        profanity_ok=in_channels(message.channel, settings.profanity_ok_channels),
    )
