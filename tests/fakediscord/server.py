"""FakeDiscord: an in-process Discord (REST v10 + gateway) on 127.0.0.1 for end-to-end tests.

The unmodified discord.py client talks to it over real HTTP and a real websocket.
Tests build a world (guilds, channels, roles, members), push events in (messages,
slash commands, button presses, modal submits) and assert on the REST calls the bot
made, which are all recorded and awaitable.
"""

from __future__ import annotations

import re
import secrets
import socket
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import Self
from urllib.parse import unquote

from aiohttp import web

from tests.fakediscord import interactions as ix
from tests.fakediscord.commands import CommandRegistry
from tests.fakediscord.gateway import PRIVILEGED_INTENTS, GatewayHub
from tests.fakediscord.models import (
    JSON,
    TIMESTAMP,
    ChannelType,
    FakeChannel,
    FakeGuild,
    FakeRole,
    FakeUser,
    Perm,
    Snowflakes,
)
from tests.fakediscord.ratelimits import RateLimiter, RateLimits
from tests.fakediscord.records import (
    FailureRule,
    HeldRoute,
    RecordedFile,
    RecordedRequest,
    RequestLog,
    RequestPredicate,
)
from tests.fakediscord.responses import EPHEMERAL, InteractionResponder
from tests.fakediscord.rest import ApiError, RestApi, unknown

API_VERSION = 10
USER_MENTION = re.compile(r"<@!?(\d+)>")
ROLE_MENTION = re.compile(r"<@&(\d+)>")
MESSAGE_TYPE_REPLY = 19
# Message fields a create or an edit may set, as Discord accepts them.
EDITABLE_FIELDS = ("content", "embeds", "components", "flags", "tts", "sticker_ids", "poll")


class FakeDiscord:
    """A protocol-level fake Discord. Use `async with FakeDiscord() as fake:` or start/stop."""

    def __init__(
        self,
        *,
        token: str = "fake-token",
        bot_name: str = "kindness-bot",
        allowed_privileged_intents: int = PRIVILEGED_INTENTS,
        heartbeat_interval_ms: int = 41_250,
        enforce_permissions: bool = True,
        rate_limits: RateLimits | None = None,
    ) -> None:
        self.token = token
        self.allowed_privileged_intents = allowed_privileged_intents
        self.enforce_permissions = enforce_permissions
        self.ids = Snowflakes()
        self.application_id = self.ids.next()
        self.bot_user = FakeUser(self.application_id, bot_name, bot=True)
        self.owner = FakeUser(self.ids.next(), "app-owner")
        self.users: dict[int, FakeUser] = {u.id: u for u in (self.bot_user, self.owner)}
        self.guilds: dict[int, FakeGuild] = {}
        self.dm_channels: dict[int, FakeChannel] = {}
        self.messages: dict[int, JSON] = {}
        self.log = RequestLog()
        self.unknown_routes: list[RecordedRequest] = []
        self.failure_rules: list[FailureRule] = []
        self.held_routes: list[HeldRoute] = []
        self.rate_limiter = RateLimiter(rate_limits) if rate_limits is not None else None
        self.commands = CommandRegistry(self.ids, self.application_id)
        self.responses = InteractionResponder(self)
        self.gateway = GatewayHub(self, heartbeat_interval_ms=heartbeat_interval_ms)
        self._rest = RestApi(self)
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- lifecycle --------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("GET", "/gateway", self.gateway.handle)
        app.router.add_route("*", f"/api/v{API_VERSION}/{{tail:.*}}", self._rest.handle)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock).start()
        self.gateway.ws_url = self.gateway_url

    async def stop(self) -> None:
        await self.gateway.close_all(code=1001)
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def bot_user_id(self) -> int:
        return self.bot_user.id

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_base(self) -> str:
        """What `discord.http.Route.BASE` must be set to."""
        return f"{self.base_url}/api/v{API_VERSION}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    # -- building the world -----------------------------------------------------

    def add_user(self, name: str, *, bot: bool = False, dms_open: bool = True) -> FakeUser:
        user = FakeUser(self.ids.next(), name, bot=bot, dms_open=dms_open)
        self.users[user.id] = user
        return user

    def add_guild(
        self,
        name: str = "Kind Server",
        *,
        bot_permissions: int = Perm.BOT_DEFAULT,
        everyone_permissions: int = Perm.EVERYONE_DEFAULT,
        text_channels: Iterable[str] = ("general",),
    ) -> FakeGuild:
        """A guild with @everyone, the bot's role and member, an owner, and text channels."""
        guild_id = self.ids.next()
        owner = self.add_user(f"{name}-owner")
        bot_role_id = self.ids.next()
        guild = FakeGuild(
            guild_id, name, owner.id, self.bot_user.id, bot_role_id, self.ids, self.users
        )
        guild.roles[guild_id] = FakeRole(guild_id, "@everyone", everyone_permissions, position=0)
        guild.roles[bot_role_id] = FakeRole(bot_role_id, self.bot_user.username, bot_permissions)
        guild.add_member(owner)
        guild.add_member(self.bot_user, roles=[bot_role_id])
        for channel_name in text_channels:
            guild.add_text_channel(channel_name)
        self.guilds[guild_id] = guild
        return guild

    def dm_channel(self, user_id: int) -> FakeChannel:
        """The DM channel with a user, created on first use like POST /users/@me/channels."""
        for channel in self.dm_channels.values():
            if channel.recipient is not None and channel.recipient.id == user_id:
                return channel
        channel = FakeChannel(self.ids.next(), ChannelType.DM, "", recipient=self.users[user_id])
        self.dm_channels[channel.id] = channel
        return channel

    def channel(self, channel_id: int) -> FakeChannel:
        """Any channel by id; raises the fake's 404 (code 10003) when unknown."""
        if channel_id in self.dm_channels:
            return self.dm_channels[channel_id]
        for guild in self.guilds.values():
            if channel_id in guild.channels:
                return guild.channels[channel_id]
        raise unknown("Channel", 10003)

    def message(self, channel_id: int, message_id: int) -> JSON:
        """A stored message; raises the fake's 404 (code 10008) when unknown."""
        message = self.messages.get(message_id)
        if message is None or message["channel_id"] != str(channel_id):
            raise unknown("Message", 10008)
        return message

    def messages_in(self, channel_id: int) -> list[JSON]:
        """Stored messages of a channel, oldest first (deleted ones are gone)."""
        return [m for m in self.messages.values() if m["channel_id"] == str(channel_id)]

    def application_payload(self) -> JSON:
        return {
            "id": str(self.application_id),
            "name": self.bot_user.username,
            "description": "",
            "icon": None,
            "rpc_origins": [],
            "bot_public": True,
            "bot_require_code_grant": False,
            "owner": self.owner.payload(),
            "verify_key": "0" * 64,
            "team": None,
            "flags": 0,
            "summary": "",
            "interactions_endpoint_url": None,
            "redirect_uris": [],
            "approximate_guild_count": len(self.guilds),
            "tags": [],
        }

    # -- gateway world (see gateway.GatewayWorld) -------------------------------

    def ready_payload(self, session_id: str, resume_url: str) -> JSON:
        return {
            "v": API_VERSION,
            "user": {**self.bot_user.payload(), "verified": True, "mfa_enabled": False, "flags": 0},
            "guilds": [{"id": str(g), "unavailable": True} for g in self.guilds],
            "session_id": session_id,
            "resume_gateway_url": resume_url,
            "application": {"id": str(self.application_id), "flags": 0},
            "private_channels": [],
            "relationships": [],
            "_trace": ["fake-discord"],
        }

    def guild_create_payloads(self) -> list[JSON]:
        return [g.payload() for g in self.guilds.values()]

    def member_payloads(self, guild_id: int) -> list[JSON]:
        guild = self.guilds.get(guild_id)
        return [m.payload() for m in guild.members.values()] if guild else []

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

    async def _send_interaction(
        self,
        kind: int,
        guild_id: int | None,
        channel_id: int,
        user_id: int,
        data: JSON,
        *,
        message: JSON | None = None,
        permissions: int | None = None,
    ) -> ix.SentInteraction:
        sent = ix.SentInteraction(
            id=self.ids.next(),
            token=secrets.token_urlsafe(24),
            application_id=self.application_id,
            type=kind,
            guild_id=guild_id,
            channel_id=channel_id,
            user_id=user_id,
            message_id=int(message["id"]) if message else None,
        )
        payload: JSON = {
            "id": str(sent.id),
            "application_id": str(self.application_id),
            "type": kind,
            "data": data,
            "channel_id": str(channel_id),
            "channel": self.channel(channel_id).payload(),
            "token": sent.token,
            "version": 1,
            "locale": "en-US",
            "entitlements": [],
            "attachment_size_limit": 10 * 1024 * 1024,
            "context": 0 if guild_id else 1,
        }
        if guild_id is not None:
            guild = self.guilds[guild_id]
            member = guild.members[user_id]
            perms = (
                guild.permissions_in(user_id, channel_id) if permissions is None else permissions
            )
            payload.update(
                guild_id=str(guild_id),
                guild={"id": str(guild_id), "locale": "en-US", "features": []},
                guild_locale="en-US",
                member=member.payload(permissions=perms),
                app_permissions=str(guild.permissions_in(guild.bot_user_id, channel_id)),
                authorizing_integration_owners={"0": str(guild_id)},
            )
        else:
            payload.update(
                user=self.users[user_id].payload(),
                app_permissions=str(Perm.BOT_DEFAULT),
                authorizing_integration_owners={"1": str(user_id)},
            )
        if message is not None:
            payload["message"] = message
        sent = ix.SentInteraction(**{**vars(sent), "payload": payload})
        self.responses.register(sent)
        await self.gateway.dispatch("INTERACTION_CREATE", payload)
        return sent

    def _guild_of(self, channel_id: int) -> int | None:
        return self.channel(channel_id).guild_id

    async def send_slash_command(
        self,
        channel_id: int,
        user_id: int,
        path: str,
        options: Mapping[str, ix.OptionValue] | None = None,
        *,
        permissions: int | None = None,
    ) -> ix.SentInteraction:
        """A member runs `/path` ("kindness words add") with options; `permissions` overrides
        the member's computed channel permissions (e.g. 0 to lack Manage Server)."""
        guild_id = self._guild_of(channel_id)
        scope, command = self.commands.lookup(path.split(maxsplit=1)[0], guild_id)
        data = ix.command_data(
            int(command["id"]) if command else self.ids.next(),
            path,
            options or {},
            self.guilds.get(guild_id) if guild_id else None,
            self.users,
            command_guild_id=scope,
        )
        return await self._send_interaction(
            ix.InteractionType.APPLICATION_COMMAND,
            guild_id,
            channel_id,
            user_id,
            data,
            permissions=permissions,
        )

    async def send_message_command(
        self, message_id: int, user_id: int, name: str, *, permissions: int | None = None
    ) -> ix.SentInteraction:
        """A member uses a message context-menu command on a stored message."""
        message = self.messages[message_id]
        channel_id = int(message["channel_id"])
        guild_id = self._guild_of(channel_id)
        scope, command = self.commands.lookup(name, guild_id, kind=3)
        data = ix.message_command_data(
            int(command["id"]) if command else self.ids.next(),
            name,
            message,
            command_guild_id=scope,
        )
        return await self._send_interaction(
            ix.InteractionType.APPLICATION_COMMAND,
            guild_id,
            channel_id,
            user_id,
            data,
            permissions=permissions,
        )

    async def send_user_command(
        self, channel_id: int, user_id: int, name: str, target_id: int
    ) -> ix.SentInteraction:
        """A member uses a user context-menu command on another user."""
        guild_id = self._guild_of(channel_id)
        scope, command = self.commands.lookup(name, guild_id, kind=2)
        data = ix.user_command_data(
            int(command["id"]) if command else self.ids.next(),
            name,
            target_id,
            self.guilds.get(guild_id) if guild_id else None,
            self.users,
            command_guild_id=scope,
        )
        return await self._send_interaction(
            ix.InteractionType.APPLICATION_COMMAND, guild_id, channel_id, user_id, data
        )

    async def press_button(
        self, message_id: int, custom_id: str, user_id: int, *, values: list[str] | None = None
    ) -> ix.SentInteraction:
        """A member clicks a button (or picks `values` in a select) on a stored message."""
        message = self.messages[message_id]
        component = ix.find_component(message.get("components") or [], custom_id)
        if component is None:
            raise AssertionError(f"no component {custom_id!r} on message {message_id}")
        data: JSON = {"custom_id": custom_id, "component_type": component["type"]}
        if values is not None:
            data["values"] = values
        channel_id = int(message["channel_id"])
        return await self._send_interaction(
            ix.InteractionType.MESSAGE_COMPONENT,
            self._guild_of(channel_id),
            channel_id,
            user_id,
            data,
            message=message,
        )

    def opened_modal(self, opened_by: ix.SentInteraction) -> JSON:
        """The modal (callback data) the bot answered `opened_by` with."""
        for request in self.log.requests:
            if request.path == opened_by.callback_path and (request.json or {}).get("type") == 9:
                modal: JSON = request.json["data"]
                return modal
        raise AssertionError(f"the bot did not answer interaction {opened_by.id} with a modal")

    async def submit_modal(
        self,
        opened_by: ix.SentInteraction,
        values: Mapping[str, str],
        *,
        user_id: int | None = None,
    ) -> ix.SentInteraction:
        """Submit the modal the bot opened for `opened_by`; `values` by text-input custom_id
        (inputs left out are submitted empty)."""
        modal = self.opened_modal(opened_by)
        filled = {key: values.get(key, "") for key in ix.text_input_ids(modal["components"])}
        unknown_keys = set(values) - set(filled)
        if unknown_keys:
            raise AssertionError(f"the modal has no text inputs {sorted(unknown_keys)}")
        data = ix.modal_submit_data(modal["custom_id"], filled)
        message = self.messages.get(opened_by.message_id) if opened_by.message_id else None
        return await self._send_interaction(
            ix.InteractionType.MODAL_SUBMIT,
            opened_by.guild_id,
            opened_by.channel_id,
            user_id or opened_by.user_id,
            data,
            message=message,
        )

    # -- scripting: the world changes while clients are connected ------------------

    async def announce_guild(self, guild: FakeGuild) -> None:
        """The bot joins a guild mid-session (build it with `add_guild` first).

        As on Discord, a join's GUILD_CREATE has no `unavailable` field (an outage's
        recovery sends `false`), which is how the client tells a join from a return.
        """
        payload = guild.payload()
        payload.pop("unavailable", None)
        await self.gateway.dispatch("GUILD_CREATE", payload)

    async def remove_guild(self, guild_id: int) -> None:
        """The bot is removed from a guild: GUILD_DELETE, and its REST routes 404."""
        del self.guilds[guild_id]
        await self.gateway.dispatch("GUILD_DELETE", {"id": str(guild_id)})

    async def announce_channel(self, channel: FakeChannel) -> None:
        """A channel or thread added with the guild's `add_*` methods appears live."""
        event = "THREAD_CREATE" if channel.is_thread else "CHANNEL_CREATE"
        await self.gateway.dispatch(event, channel.payload())

    async def update_channel(self, channel_id: int) -> None:
        """Announce a channel's current state (e.g. after `guild.set_overwrite`)."""
        channel = self.channel(channel_id)
        event = "THREAD_UPDATE" if channel.is_thread else "CHANNEL_UPDATE"
        await self.gateway.dispatch(event, channel.payload())

    async def set_overwrite(
        self,
        channel_id: int,
        target_id: int,
        *,
        allow: int = 0,
        deny: int = 0,
        member: bool = False,
    ) -> None:
        """A moderator changes a channel's permission overwrite live: CHANNEL_UPDATE."""
        channel = self.channel(channel_id)
        if channel.guild_id is None:
            raise ValueError("DM channels have no permission overwrites")
        self.guilds[channel.guild_id].set_overwrite(
            channel_id, target_id, allow=allow, deny=deny, member=member
        )
        await self.update_channel(channel_id)

    async def delete_channel(self, channel_id: int) -> None:
        """A moderator deletes a channel: CHANNEL_DELETE; later REST calls to it get 10003."""
        channel = self.channel(channel_id)
        if channel.guild_id is None:
            raise ValueError("DM channels cannot be deleted")
        del self.guilds[channel.guild_id].channels[channel_id]
        for message_id in [int(m["id"]) for m in self.messages_in(channel_id)]:
            del self.messages[message_id]
        if channel.is_thread:
            data = {
                "id": str(channel.id),
                "guild_id": str(channel.guild_id),
                "parent_id": str(channel.parent_id),
                "type": channel.type,
            }
            await self.gateway.dispatch("THREAD_DELETE", data)
        else:
            await self.gateway.dispatch("CHANNEL_DELETE", channel.payload())

    async def update_role(self, guild_id: int, role_id: int, *, permissions: int) -> None:
        """Change a role's permissions live (e.g. `guild.bot_role_id`): GUILD_ROLE_UPDATE."""
        role = self.guilds[guild_id].roles[role_id]
        role.permissions = permissions
        data = {"guild_id": str(guild_id), "role": role.payload()}
        await self.gateway.dispatch("GUILD_ROLE_UPDATE", data)

    async def announce_member(self, guild_id: int, user_id: int) -> None:
        """A member added with `guild.add_member` joins live: GUILD_MEMBER_ADD."""
        member = self.guilds[guild_id].members[user_id]
        await self.gateway.dispatch(
            "GUILD_MEMBER_ADD", {**member.payload(), "guild_id": str(guild_id)}
        )

    async def update_member(self, guild_id: int, user_id: int) -> None:
        """Announce a member's current roles and nick: GUILD_MEMBER_UPDATE."""
        member = self.guilds[guild_id].members[user_id]
        data = {**member.payload(), "guild_id": str(guild_id)}
        await self.gateway.dispatch("GUILD_MEMBER_UPDATE", data)

    # -- assertions and failure injection ----------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        return self.log.requests

    def find_requests(
        self, method: str, route: str | re.Pattern[str], *, start: int = 0
    ) -> list[RecordedRequest]:
        """Recorded requests by method and route template, concrete path or path regex."""
        return self.log.find(lambda r: r.matches(method, route), start=start)

    async def wait_for(
        self,
        predicate: RequestPredicate,
        *,
        timeout: float = 5.0,  # noqa: ASYNC109 - a deadline is the API tests want
        start: int = 0,
    ) -> RecordedRequest:
        """The first recorded request (from index `start`) matching `predicate`, awaited."""
        return await self.log.wait_for(predicate, timeout=timeout, start=start)

    async def wait_for_request(
        self,
        method: str,
        route: str | re.Pattern[str],
        *,
        where: RequestPredicate | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109 - a deadline is the API tests want
        start: int = 0,
    ) -> RecordedRequest:
        """Wait for a request by method and route template / concrete path / path regex."""
        return await self.log.wait_for(
            lambda r: r.matches(method, route) and (where is None or where(r)),
            timeout=timeout,
            start=start,
        )

    async def wait_for_response(
        self,
        sent: ix.SentInteraction,
        *,
        timeout: float = 5.0,  # noqa: ASYNC109 - a deadline is the API tests want
    ) -> RecordedRequest:
        """The bot's callback for an interaction the fake sent."""
        return await self.wait_for_request("POST", sent.callback_path, timeout=timeout)

    async def wait_for_connection(
        self,
        count: int = 1,
        *,
        timeout: float = 10.0,  # noqa: ASYNC109 - a deadline is the API tests want
    ) -> None:
        """Wait until `count` gateway IDENTIFYs have been answered with READY + guilds."""
        await self.gateway.wait_for_sessions(count, timeout=timeout)

    def fail(
        self,
        method: str,
        route: str | re.Pattern[str],
        *,
        status: int = 403,
        code: int = 50013,
        message: str = "Missing Permissions",
        times: int | None = 1,
        when: RequestPredicate | None = None,
        retry_after: float | None = None,
    ) -> FailureRule:
        """Answer the next `times` matching requests (None: all) with a 4xx error.

        A 429 is answered the way Discord does it: `retry_after` (default 1 s) in the JSON
        body, `Retry-After` and `X-RateLimit-*` headers, and `Via` (see `ratelimits`).
        """
        if not 400 <= status < 500:
            raise ValueError("only 4xx failures: discord.py retries 5xx with sleeps")
        rule = FailureRule(method.upper(), route, status, code, message, times, when, retry_after)
        self.failure_rules.append(rule)
        return rule

    def hold(self, method: str, route: str | re.Pattern[str]) -> HeldRoute:
        """Keep matching requests waiting until the returned `HeldRoute` is released."""
        held = HeldRoute(method, route)
        self.held_routes.append(held)
        return held

    def enforce_rate_limits(self, limits: RateLimits | None) -> None:
        """Turn Discord's per-route and global rate limits on (None: off again)."""
        self.rate_limiter = RateLimiter(limits) if limits is not None else None

    def interaction_messages(self, sent: ix.SentInteraction) -> list[JSON]:
        """Messages (response and followups, ephemeral or not) the bot sent for an interaction."""
        return [
            m
            for m in self.messages.values()
            if (m.get("interaction_metadata") or {}).get("id") == str(sent.id)
        ]

    def summary(self) -> str:
        """A short multi-line account of requests, for assertion messages."""
        return "\n".join(f"{r.method} {r.path} -> {r.status}" for r in self.requests)
