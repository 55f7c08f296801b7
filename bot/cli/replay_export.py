"""DiscordChatExporter's JSON fields, turned into what the replay reads.

The watcher's inputs have an equivalent in each exported message: `author.isBot`
(bots and webhooks), `type` (discord.py's `is_system`), `content`, `mentions` (users
other than the author), a `Reply` with a `reference`, and `author.roles` when the
export has them. Role mentions are not listed by the exporter, so they cannot count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from bot.cli.export_reader import ExportError
from bot.core.moderation.replay import ReplayChannel, ReplayMessage

USER_MESSAGE_TYPES = frozenset(
    {
        # discord.py's non-system types: default, reply, chat_input_command,
        # thread_starter_message, context_menu_command, poll_result; the exporter names
        # the types it knows and writes the number of the others
        "Default",
        "Reply",
        "0",
        "19",
        "20",
        "21",
        "23",
        "46",
    }
)
REPLY_TYPES = frozenset({"Reply", "19"})


@dataclass(frozen=True, slots=True)
class ExportHeader:
    """Where the messages come from."""

    guild_id: int
    guild_name: str
    channel: ReplayChannel
    channel_name: str
    is_thread: bool


def read_header(header: dict[str, Any]) -> ExportHeader:
    """The exported server and channel; ExportError when they are missing or a DM's."""
    guild, channel = header.get("guild"), header.get("channel")
    if not isinstance(guild, dict) or not isinstance(channel, dict):
        raise ExportError(
            'it has no "guild" and "channel" objects, so it is not a DiscordChatExporter export'
        )
    guild_id = _snowflake(guild.get("id"), "the guild's id")
    channel_id = _snowflake(channel.get("id"), "the channel's id")
    kind = str(channel.get("type") or "")
    if guild_id == 0 or kind.startswith("Direct"):
        raise ExportError(
            "it is a direct-message export; the bot reads only server channels, "
            "so it would do nothing there"
        )
    is_thread = "Thread" in kind
    parent = channel.get("categoryId") if is_thread else None  # a thread's parent channel
    return ExportHeader(
        guild_id=guild_id,
        guild_name=str(guild.get("name") or ""),
        channel=ReplayChannel(
            channel_id, _snowflake(parent, "the parent's id") if parent else None
        ),
        channel_name=str(channel.get("name") or ""),
        is_thread=is_thread,
    )


def read_message(raw: Any, number: int) -> ReplayMessage:
    """One exported message; ExportError naming it when a field the bot needs is missing."""
    if not isinstance(raw, dict):
        raise ExportError(f"message {number:,} is not an object")
    author = raw.get("author")
    if not isinstance(author, dict):
        raise ExportError(f"message {number:,} has no author")
    author_id = _snowflake(author.get("id"), f"message {number:,}'s author id")
    content = raw.get("content")
    kind = str(raw.get("type", "Default"))
    mentions = raw.get("mentions") or ()
    roles = author.get("roles") or ()
    return ReplayMessage(
        message_id=_snowflake(raw.get("id"), f"message {number:,}'s id"),
        author_id=author_id,
        timestamp=_timestamp(raw.get("timestamp"), number),
        text=content if isinstance(content, str) else "",
        author_is_bot=author.get("isBot") is True,
        is_system=kind not in USER_MESSAGE_TYPES,
        mentions_someone=any(
            isinstance(m, dict) and str(m.get("id")) != str(author_id) for m in mentions
        ),
        is_reply=kind in REPLY_TYPES and isinstance(raw.get("reference"), dict),
        role_ids=frozenset(
            int(r["id"]) for r in roles if isinstance(r, dict) and str(r.get("id")).isdigit()
        ),
    )


def author_name(raw: dict[str, Any]) -> str:
    """The name shown for a message's author: the server nickname, else the user name."""
    author = raw.get("author")
    if not isinstance(author, dict):
        return "?"
    return str(author.get("nickname") or author.get("name") or author.get("id") or "?")


def _snowflake(value: object, what: str) -> int:
    text = str(value) if isinstance(value, str | int) else ""
    if not text.isdigit() or not text.isascii():
        raise ExportError(f"{what} is not a Discord id, so it is not a DiscordChatExporter export")
    return int(text)


def _timestamp(value: object, number: int) -> float:
    """ISO 8601 with an offset, as the exporter writes it; without one it is taken as UTC."""
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        moment = None
    if moment is None:
        raise ExportError(f"message {number:,} has no valid timestamp (ISO 8601 expected)")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()
