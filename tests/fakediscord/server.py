"""FakeDiscord: an in-process Discord (REST v10 + gateway) on 127.0.0.1 for end-to-end tests.

The unmodified discord.py client talks to it over real HTTP and a real websocket.
Tests build a world (guilds, channels, roles, members), push events in (messages,
slash commands, button presses, modal submits) and assert on the REST calls the bot
made, which are all recorded and awaitable.
"""

from __future__ import annotations

import socket
from collections.abc import Iterable
from types import TracebackType
from typing import Self

from aiohttp import web

from tests.fakediscord.automod import AutoModRules
from tests.fakediscord.commands import CommandRegistry
from tests.fakediscord.gateway import PRIVILEGED_INTENTS, GatewayHub
from tests.fakediscord.kinds import JSON, ChannelType, Perm, Snowflakes
from tests.fakediscord.models import FakeChannel, FakeGuild, FakeRole, FakeUser
from tests.fakediscord.ratelimits import RateLimiter, RateLimits
from tests.fakediscord.records import (
    FailureRule,
    HeldRoute,
    RecordedRequest,
    RequestLog,
)
from tests.fakediscord.responses import InteractionResponder
from tests.fakediscord.rest import RestApi, unknown
from tests.fakediscord.server_controls import ControlsMixin
from tests.fakediscord.server_interactions import InteractionsMixin
from tests.fakediscord.server_messages import MessagesMixin

API_VERSION = 10


class FakeDiscord(MessagesMixin, InteractionsMixin, ControlsMixin):
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
        shard_count: int = 1,
    ) -> None:
        """`shard_count`: what /gateway/bot recommends; a client identifying with fewer
        shards is closed with 4011 (sharding required)."""
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
        self.gateway = GatewayHub(
            self, heartbeat_interval_ms=heartbeat_interval_ms, shard_count=shard_count
        )
        self.automod = AutoModRules(self)
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
        shard: tuple[int, int] | None = None,
    ) -> FakeGuild:
        """A guild with @everyone, the bot's role and member, an owner, and text channels.

        `shard=(k, count)` gives it an id Discord puts on shard k of count.
        """
        guild_id = self.ids.next() if shard is None else self.ids.on_shard(*shard)
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
