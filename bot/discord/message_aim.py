"""A Discord message's own data about who it points at, as the core's `MessageAim`.

The replied-to author comes from the reference Discord resolved with the message
(no extra request; an unresolved or deleted reply has no known author), the
mentions from `message.mentions` (users only; discord.py keeps roles and @everyone
apart). `bot.core.moderation.bullying_targets.targets_of` decides who is a target.
"""

from __future__ import annotations

import discord

from bot.core.moderation.bullying_targets import MessageAim, Person
from bot.discord.message_scoring import is_reply


def names_anyone(message: discord.Message) -> bool:
    """False when `message_aim` can hold no target: no user mentioned, not a reply.

    Most hostile messages are such; the check spares them building the aim.
    """
    return bool(message.mentions) or is_reply(message)


def message_aim(message: discord.Message) -> MessageAim:
    """Who `message` replies to and mentions, by id (no text)."""
    replied_to = None
    if is_reply(message) and message.reference is not None:
        resolved = message.reference.resolved
        if isinstance(resolved, discord.Message):
            replied_to = Person(resolved.author.id, resolved.author.bot)
    return MessageAim(
        author_id=message.author.id,
        replied_to=replied_to,
        mentioned=tuple(Person(u.id, u.bot) for u in message.mentions),
        role_ids=tuple(message.raw_role_mentions),
        mentions_everyone=message.mention_everyone,
    )
