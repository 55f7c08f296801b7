"""The fake Discord, messages: built, stored, sent, edited, deleted and reacted to, as
Discord does, with their gateway events.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import unquote

from tests.fakediscord import interactions as ix
from tests.fakediscord.kinds import JSON, TIMESTAMP
from tests.fakediscord.models import FakeChannel, FakeUser
from tests.fakediscord.records import RecordedFile
from tests.fakediscord.responses import EPHEMERAL
from tests.fakediscord.rest import ApiError

USER_MENTION = re.compile(r"<@!?(\d+)>")
ROLE_MENTION = re.compile(r"<@&(\d+)>")
MESSAGE_TYPE_REPLY = 19
# Message fields a create or an edit may set, as Discord accepts them.
EDITABLE_FIELDS = ("content", "embeds", "components", "flags", "tts", "sticker_ids", "poll")


class MessagesMixin:
    """Part of `FakeDiscord`: messages."""

    # -- messages ---------------------------------------------------------------

    def _message_payload(self, channel: FakeChannel, author: FakeUser, body: JSON) -> JSON:
        content = str(body.get("content") or "")
        message: JSON = {
            "id": str(self.ids.next()),
            "channel_id": str(channel.id),
            "author": author.payload(),
            "content": content,
            "timestamp": TIMESTAMP,
            "edited_timestamp": None,
            "tts": bool(body.get("tts", False)),
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": [],
            "components": [],
            "reactions": [],
            "pinned": False,
            "type": 0,
            "flags": 0,
        }
        for key in EDITABLE_FIELDS:
            if key in body and body[key] is not None:
                message[key] = body[key]
        message["mentions"] = self._mentions(content, channel)
        message["mention_roles"] = ROLE_MENTION.findall(content)
        if channel.guild_id is not None:
            message["guild_id"] = str(channel.guild_id)
            member = self.guilds[channel.guild_id].members.get(author.id)
            if member is not None:
                message["member"] = member.payload(with_user=False)
        return message

    def _mentions(self, content: str, channel: FakeChannel) -> list[JSON]:
        found = []
        for user_id in dict.fromkeys(int(u) for u in USER_MENTION.findall(content)):
            user = self.users.get(user_id)
            if user is not None:
                found.append(user.payload())
        return found

    def _reference(self, message: JSON, channel: FakeChannel, reference: JSON) -> None:
        """Turn a message into a reply, as Discord does (400 when the target is gone)."""
        target = self.messages.get(int(reference["message_id"]))
        if target is None and reference.get("fail_if_not_exists", True):
            raise ApiError(400, 50035, "Invalid Form Body: Unknown message")
        message["type"] = MESSAGE_TYPE_REPLY
        message["message_reference"] = {
            "type": 0,
            "message_id": str(reference["message_id"]),
            "channel_id": str(reference.get("channel_id", channel.id)),
            "guild_id": str(channel.guild_id) if channel.guild_id else None,
        }
        message["referenced_message"] = target

    @staticmethod
    def _attachments(body: JSON, files: Iterable[RecordedFile]) -> list[JSON]:
        declared = {str(a.get("id")): a for a in body.get("attachments") or []}
        result = []
        for index, file in enumerate(files):
            meta = declared.get(str(index), {})
            filename = meta.get("filename") or file.filename
            result.append(
                {
                    "id": str(index + 1),
                    "filename": filename,
                    "size": file.size,
                    "url": f"https://cdn.fake/{filename}",
                    "proxy_url": f"https://media.fake/{filename}",
                    "content_type": file.content_type,
                    "description": meta.get("description"),
                }
            )
        return result

    async def _store_and_announce(self, message: JSON) -> JSON:
        self.messages[int(message["id"])] = message
        if not int(message.get("flags", 0)) & EPHEMERAL:
            await self.gateway.dispatch("MESSAGE_CREATE", message)
        return message

    async def create_bot_message(
        self, channel_id: int, body: JSON, files: Iterable[RecordedFile]
    ) -> JSON:
        """A message the bot posted over REST: stored, dispatched back, returned."""
        channel = self.channel(channel_id)
        message = self._message_payload(channel, self.bot_user, body)
        if body.get("message_reference"):
            self._reference(message, channel, body["message_reference"])
        message["attachments"] = self._attachments(body, files)
        message["nonce"] = body.get("nonce")
        return await self._store_and_announce(message)

    async def create_interaction_message(
        self, sent: ix.SentInteraction, body: JSON, files: Iterable[RecordedFile]
    ) -> JSON:
        """An interaction response or followup message (ephemeral ones are not dispatched)."""
        channel = self.channel(sent.channel_id)
        message = self._message_payload(channel, self.bot_user, body)
        message["attachments"] = self._attachments(body, files)
        message["webhook_id"] = str(self.application_id)
        message["application_id"] = str(self.application_id)
        message["interaction_metadata"] = {
            "id": str(sent.id),
            "type": sent.type,
            "user": self.users[sent.user_id].payload(),
            "authorizing_integration_owners": {"0": str(sent.guild_id)} if sent.guild_id else {},
        }
        return await self._store_and_announce(message)

    async def apply_edit(self, message: JSON, body: JSON, files: Iterable[RecordedFile]) -> JSON:
        """Edit a stored message (REST edit, UPDATE_MESSAGE callback); dispatches MESSAGE_UPDATE."""
        for key in EDITABLE_FIELDS:
            if key in body:
                message[key] = body[key] if body[key] is not None else message.get(key)
        files = tuple(files)
        if "attachments" in body or files:
            kept = [a for a in body.get("attachments") or [] if "url" in a]
            message["attachments"] = kept + self._attachments(body, files)
        message["edited_timestamp"] = TIMESTAMP
        if "content" in body:
            channel = self.channel(int(message["channel_id"]))
            message["mentions"] = self._mentions(message["content"], channel)
        if not int(message.get("flags", 0)) & EPHEMERAL:
            await self.gateway.dispatch("MESSAGE_UPDATE", message)
        return message

    async def delete_message(self, message_id: int) -> None:
        """Delete a stored message and dispatch MESSAGE_DELETE (as a user or moderator would)."""
        message = self.messages.pop(message_id)
        if int(message.get("flags", 0)) & EPHEMERAL:
            return
        event: JSON = {"id": message["id"], "channel_id": message["channel_id"]}
        if "guild_id" in message:
            event["guild_id"] = message["guild_id"]
        await self.gateway.dispatch("MESSAGE_DELETE", event)

    async def react(self, message: JSON, emoji: str, *, add: bool) -> None:
        """The bot's own reaction on a message; dispatches MESSAGE_REACTION_ADD/REMOVE."""
        emoji = unquote(emoji)
        name, _, emoji_id = emoji.partition(":")
        partial = {"id": emoji_id or None, "name": name}
        reactions: list[JSON] = message.setdefault("reactions", [])
        existing = next((r for r in reactions if r["emoji"] == partial), None)
        if add and existing is None:
            reactions.append({"emoji": partial, "count": 1, "me": True, "burst_colors": []})
        elif not add and existing is not None:
            reactions.remove(existing)
        event: JSON = {
            "user_id": str(self.bot_user.id),
            "channel_id": message["channel_id"],
            "message_id": message["id"],
            "emoji": partial,
            "type": 0,
            "burst": False,
        }
        if "guild_id" in message:
            event["guild_id"] = message["guild_id"]
        await self.gateway.dispatch(
            "MESSAGE_REACTION_ADD" if add else "MESSAGE_REACTION_REMOVE", event
        )

    # -- scripting: what users do ------------------------------------------------

    async def dispatch(self, event: str, data: JSON) -> None:
        """Send any gateway event to every connected client."""
        await self.gateway.dispatch(event, data)

    async def send_message(
        self,
        channel_id: int,
        author_id: int,
        content: str,
        *,
        mentions: Iterable[int] | None = None,
        reply_to: int | None = None,
        author_bot: bool = False,
        webhook_id: int | None = None,
        type: int = 0,
        embeds: list[JSON] | None = None,
    ) -> JSON:
        """A user posts a message: stored and dispatched as MESSAGE_CREATE."""
        channel = self.channel(channel_id)
        author = self.users[author_id]
        if author_bot and not author.bot:
            author = FakeUser(author.id, author.username, bot=True, dms_open=author.dms_open)
        message = self._message_payload(
            channel, author, {"content": content, "embeds": embeds or []}
        )
        if mentions is not None:
            message["mentions"] = [self.users[u].payload() for u in mentions]
        if reply_to is not None:
            self._reference(message, channel, {"message_id": reply_to})
        if type:
            message["type"] = type
        if webhook_id is not None:
            message["webhook_id"] = str(webhook_id)
            message.pop("member", None)
        return await self._store_and_announce(message)

    def build_message(self, channel_id: int, author_id: int, content: str) -> JSON:
        """A MESSAGE_CREATE payload from a user, neither stored nor dispatched (for bulk
        pushes through `gateway.dispatch_encoded`)."""
        return self._message_payload(
            self.channel(channel_id), self.users[author_id], {"content": content}
        )

    async def edit_message(self, message_id: int, content: str) -> JSON:
        """A user edits their message: MESSAGE_UPDATE."""
        message = self.messages[message_id]
        return await self.apply_edit(message, {"content": content}, ())
