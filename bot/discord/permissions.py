"""Every Discord permission the bot asks for, checks or names: one table.

The invite URL (`kindness-bot invite`), the delivery checks before a request, the
setup report, the weekly summary's failure reasons and the error answers all read
their permission names from here, so a permission added to a feature is added once.
Two different "moderator" permission sets exist and are named for what they do:
who may run `/kindness` and who is exempt from nudges.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import discord

from bot.core.moderation.permission_memory import Action


@dataclass(frozen=True, slots=True)
class BotPermission:
    """One permission the bot needs in the channels it works in."""

    flag: str
    """The `discord.Permissions` attribute."""
    label: str
    """The name Discord shows in channel and role settings."""
    lets_it: str
    """What it lets the bot do, as a moderator would say it ("send messages")."""
    reason: str
    """Why the invite asks for it: the feature that needs it."""


BOT_PERMISSIONS: tuple[BotPermission, ...] = (
    BotPermission(
        "view_channel",
        "View Channel",
        "see the channel",
        "see the channels it watches and receive their messages",
    ),
    BotPermission(
        "send_messages",
        "Send Messages",
        "send messages",
        "post nudges, alerts and the weekly summary",
    ),
    BotPermission(
        "send_messages_in_threads",
        "Send Messages in Threads",
        "send messages in threads",
        "nudge in threads too",
    ),
    BotPermission("embed_links", "Embed Links", "embed links", "the weekly summary is an embed"),
    BotPermission(
        "attach_files",
        "Attach Files",
        "attach files",
        "the weekly summary chart is an image attachment",
    ),
    BotPermission(
        "add_reactions",
        "Add Reactions",
        "add reactions",
        "the kindness reaction and reaction-only nudges",
    ),
    BotPermission(
        "read_message_history",
        "Read Message History",
        "read message history",
        "reply to the flagged message (a reply references it)",
    ),
)
"""The minimal set the invite asks for; nothing "just in case" (no Manage Messages:
the bot only ever deletes its own nudges, which needs no permission)."""

AUTOMOD_PERMISSION = BotPermission(
    "manage_guild",
    "Manage Server",
    "manage the server's AutoMod rules",
    "only with --automod: /kindness automod keeps one AutoMod rule that stops slurs and "
    "threats before they are sent (Discord has no narrower permission for AutoMod)",
)
"""Asked for only by `kindness-bot invite --automod`."""

BY_FLAG: dict[str, BotPermission] = {p.flag: p for p in BOT_PERMISSIONS}

NUDGE_CHANNEL_FLAGS: tuple[str, ...] = (
    "view_channel",
    "send_messages",
    "send_messages_in_threads",
    "embed_links",
    "add_reactions",
    "read_message_history",
)
"""What nudging in a channel needs (named when Discord answers 403 there)."""

SUMMARY_POST_FLAGS: tuple[str, ...] = (
    "view_channel",
    "send_messages",
    "embed_links",
    "attach_files",
)
"""What posting the weekly summary needs, in the order a moderator must grant them
(without the first two the others do not matter). Alerts need only the first two."""

MODERATOR_COMMAND_PERMISSIONS = discord.Permissions(manage_guild=True)
"""Who Discord shows `/kindness` to by default (Manage Server); checked bot-side too."""

EXEMPT_MODERATOR_PERMISSIONS = discord.Permissions(manage_guild=True, manage_messages=True).value
"""A member with Manage Server or Manage Messages is a moderator: not nudged by default."""
_ADMINISTRATOR = discord.Permissions(administrator=True).value


def is_exempt_moderator(member: discord.Member) -> bool:
    """`member.guild_permissions` holds one of `EXEMPT_MODERATOR_PERMISSIONS`.

    Asked for every message, so it ORs the role bits itself: `guild_permissions`
    sorts the member's roles and builds a list and several `Permissions` objects each
    time (and `role.permissions` one per read). Same rules: the owner and
    administrators have every permission, and a timed-out member keeps only View
    Channel and Read Message History.
    """
    guild = member.guild
    if guild.owner_id == member.id:
        return True
    everyone = guild.get_role(guild.id)  # `default_role`, which may be missing too
    # `_permissions`: the int that `role.permissions` wraps in a new object on every read.
    value = everyone._permissions if everyone is not None else 0
    for role_id in member._roles:  # the ids `member.roles` resolves, unsorted
        role = guild.get_role(role_id)
        if role is not None:
            value |= role._permissions
    if value & _ADMINISTRATOR:
        return True
    return value & EXEMPT_MODERATOR_PERMISSIONS != 0 and not member.is_timed_out()


def invite_permissions(*, automod: bool = False) -> discord.Permissions:
    """The invite's permission set, built from named flags (never a magic number);
    `automod` adds Manage Server for `/kindness automod`."""
    flags = [p.flag for p in BOT_PERMISSIONS]
    if automod:
        flags.append(AUTOMOD_PERMISSION.flag)
    return discord.Permissions(**dict.fromkeys(flags, True))


def label(flag: str) -> str:
    """The name Discord shows for a permission flag (`manage_guild` -> Manage Server)."""
    known = BY_FLAG.get(flag)
    if known is not None:
        return known.label
    return flag.replace("_", " ").replace("guild", "server").title()


def labels(flags: Iterable[str]) -> list[str]:
    return [label(f) for f in flags]


def and_list(names: Iterable[str]) -> str:
    """`a, b and c`."""
    items = list(names)
    return " and ".join([", ".join(items[:-1]), items[-1]]) if len(items) > 1 else "".join(items)


def needed_for(action: Action, *, in_thread: bool) -> tuple[str, ...]:
    """The flags a delivery action needs in a channel (or thread)."""
    if action is Action.SEND:
        return ("view_channel", "send_messages_in_threads" if in_thread else "send_messages")
    return ("view_channel", "read_message_history", "add_reactions")
