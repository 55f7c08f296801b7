"""The fake gateway: HELLO, IDENTIFY -> READY + GUILD_CREATE, heartbeats, dispatches.

Shard-aware (`tests/fakediscord/shards.py`): a session that identified as
`[shard_id, shard_count]` gets READY and GUILD_CREATE for that shard's servers only
and only their events (DMs on shard 0); an invalid shard is closed with 4010, fewer
shards than `shard_count` (what /gateway/bot says) with 4011. Without a shard a
session is shard 0 of 1 and gets everything.

Frames are plain-text JSON (discord.py accepts text frames even when it asked for
zlib-stream) and per-message deflate is off, so the fake stays cheap enough to push
100,000 events a second into a client.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
from collections.abc import Iterable
from typing import Any, Protocol

from aiohttp import WSMsgType, web

from tests.fakediscord.shards import (
    CLOSE_INVALID_SHARD,
    CLOSE_SHARDING_REQUIRED,
    UNSHARDED,
    ShardKey,
    event_guild_id,
    parse_identify_shard,
)

logger = logging.getLogger(__name__)

JSON = dict[str, Any]

# Privileged intents: GUILD_MEMBERS, GUILD_PRESENCES, MESSAGE_CONTENT.
PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15)
MESSAGE_CONTENT_INTENT = 1 << 15
CONTENT_EVENTS = frozenset({"MESSAGE_CREATE", "MESSAGE_UPDATE"})
CLOSE_AUTHENTICATION_FAILED = 4004
CLOSE_DISALLOWED_INTENTS = 4014


class GatewayWorld(Protocol):
    """What the gateway needs from the fake to greet a client."""

    token: str
    allowed_privileged_intents: int

    @property
    def bot_user_id(self) -> int: ...

    def ready_payload(self, session_id: str, resume_url: str) -> JSON: ...

    def guild_create_payloads(self) -> list[JSON]: ...

    def member_payloads(self, guild_id: int) -> list[JSON]: ...


class GatewaySession:
    """One identified websocket connection and its sequence counter."""

    def __init__(self, ws: web.WebSocketResponse, session_id: str) -> None:
        self.ws = ws
        self.session_id = session_id
        self.intents = 0
        self.seq = 0
        self.identify: JSON = {}
        self.heartbeats = 0
        self.shard = UNSHARDED

    async def send_event(self, event: str, data_json: str) -> None:
        self.seq += 1
        await self.ws.send_str(f'{{"op":0,"s":{self.seq},"t":"{event}","d":{data_json}}}')

    async def send_op(self, op: int, data: Any) -> None:
        await self.ws.send_str(json.dumps({"op": op, "d": data, "s": None, "t": None}))


class GatewayHub:
    """Accepts gateway connections and fans dispatches out to identified sessions."""

    def __init__(
        self, world: GatewayWorld, *, heartbeat_interval_ms: int = 41_250, shard_count: int = 1
    ) -> None:
        self._world = world
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.shard_count = shard_count
        """Shards /gateway/bot recommends; identifying with fewer is closed with 4011."""
        self.sessions: list[GatewaySession] = []
        self.identify_count = 0
        self.resume_count = 0
        # Off: RESUME gets INVALID_SESSION, and discord.py waits 5 s before identifying again.
        self.resume_enabled = True
        self._intents_by_session: dict[str, int] = {}
        self._shard_by_session: dict[str, ShardKey] = {}
        self.ws_url = ""
        self._changed = asyncio.Condition()

    @property
    def connect_count(self) -> int:
        """Successful IDENTIFYs plus RESUMEs so far."""
        return self.identify_count + self.resume_count

    async def wait_for_sessions(
        self,
        count: int = 1,
        *,
        timeout: float = 10.0,  # noqa: ASYNC109 - a deadline is the API tests want
    ) -> GatewaySession:
        """Wait until `count` connections (identify or resume) in total; returns the newest."""

        async def reached() -> None:
            async with self._changed:
                await self._changed.wait_for(lambda: self.connect_count >= count)

        try:
            await asyncio.wait_for(reached(), timeout)
        except TimeoutError:
            raise AssertionError(
                f"{self.connect_count} gateway connections after {timeout}s, wanted {count}"
            ) from None
        return self.sessions[-1]

    async def dispatch(self, event: str, data: JSON) -> None:
        """Send one dispatch to every identified session of the event's shard.

        Like Discord, sessions without the Message Content intent get guild messages with
        empty content, embeds, attachments and components, unless the message is the
        bot's own or mentions the bot.
        """
        encoded = json.dumps(data, separators=(",", ":"))
        guild_id = event_guild_id(event, data)
        if event not in CONTENT_EVENTS or not self._content_hidden(data):
            await self.dispatch_encoded(event, encoded, guild_id=guild_id)
            return
        blanked = json.dumps(
            {**data, "content": "", "embeds": [], "attachments": [], "components": []},
            separators=(",", ":"),
        )
        for session in self.sessions_for(guild_id):
            await self._send(
                session, event, encoded if session.intents & MESSAGE_CONTENT_INTENT else blanked
            )

    def _content_hidden(self, message: JSON) -> bool:
        bot_id = str(self._world.bot_user_id)
        if "guild_id" not in message or message.get("author", {}).get("id") == bot_id:
            return False
        return all(m.get("id") != bot_id for m in message.get("mentions", []))

    async def dispatch_encoded(
        self, event: str, data_json: str, *, guild_id: int | None = None
    ) -> None:
        """Send an already-encoded dispatch, as is (the bulk fast path), to the sessions of
        `guild_id`'s shard (None: shard 0, which is every session when nobody shards)."""
        for session in self.sessions_for(guild_id):
            await self._send(session, event, data_json)

    def sessions_for(self, guild_id: int | None) -> list[GatewaySession]:
        """The identified sessions that receive `guild_id`'s events (None: a DM's)."""
        return [s for s in self.sessions if s.shard.receives(guild_id)]

    @staticmethod
    async def _send(session: GatewaySession, event: str, data_json: str) -> None:
        if session.ws.closed:
            return
        try:
            await session.send_event(event, data_json)
        except ConnectionError:
            logger.debug("gateway session %s went away during dispatch", session.session_id)

    async def close_all(self, code: int = 4000) -> None:
        """Close every session (clients reconnect, like after a real gateway restart)."""
        for session in list(self.sessions):
            await session.ws.close(code=code)

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(compress=False, max_msg_size=0, autoping=True)
        await ws.prepare(request)
        session = GatewaySession(ws, secrets.token_hex(16))
        await session.send_op(10, {"heartbeat_interval": self.heartbeat_interval_ms})
        try:
            async for msg in ws:
                if msg.type is not WSMsgType.TEXT:
                    continue
                await self._on_frame(session, json.loads(msg.data))
        finally:
            if session in self.sessions:
                self.sessions.remove(session)
        return ws

    async def _on_frame(self, session: GatewaySession, frame: JSON) -> None:
        op = frame.get("op")
        if op == 1:
            session.heartbeats += 1
            await session.send_op(11, None)
        elif op == 2:
            await self._identify(session, frame["d"])
        elif op == 6:
            await self._resume(session, frame["d"])
        elif op == 8:
            await self._send_member_chunk(session, frame["d"])
        else:
            logger.debug("gateway op %s ignored", op)

    async def _identify(self, session: GatewaySession, data: JSON) -> None:
        if data.get("token") != self._world.token:
            await session.ws.close(
                code=CLOSE_AUTHENTICATION_FAILED, message=b"Authentication failed."
            )
            return
        shard = parse_identify_shard(data)
        if shard is None:
            await session.ws.close(code=CLOSE_INVALID_SHARD, message=b"Invalid shard.")
            return
        if shard.shard_count < self.shard_count:
            await session.ws.close(code=CLOSE_SHARDING_REQUIRED, message=b"Sharding required.")
            return
        intents = int(data.get("intents", 0))
        if intents & PRIVILEGED_INTENTS & ~self._world.allowed_privileged_intents:
            await session.ws.close(code=CLOSE_DISALLOWED_INTENTS, message=b"Disallowed intent(s).")
            return
        session.intents = intents
        session.identify = data
        session.shard = shard
        ready = self._world.ready_payload(session.session_id, self.ws_url)
        if "shard" in data:
            ready["shard"] = [shard.shard_id, shard.shard_count]
            ready["guilds"] = [g for g in ready["guilds"] if shard.receives(int(g["id"]))]
        await session.send_event("READY", json.dumps(ready))
        for guild in self._world.guild_create_payloads():
            if shard.receives(int(guild["id"])):
                await session.send_event("GUILD_CREATE", json.dumps(guild))
        self._intents_by_session[session.session_id] = intents
        self._shard_by_session[session.session_id] = shard
        self.sessions.append(session)
        async with self._changed:
            self.identify_count += 1
            self._changed.notify_all()

    async def _resume(self, session: GatewaySession, data: JSON) -> None:
        """Resume a known session: RESUMED, no replay (events sent while away are lost)."""
        session_id = data.get("session_id")
        known = session_id in self._intents_by_session and data.get("token") == self._world.token
        if not (self.resume_enabled and known):
            await session.send_op(9, False)
            return
        session.session_id = str(session_id)
        session.intents = self._intents_by_session[session.session_id]
        session.shard = self._shard_by_session[session.session_id]
        session.seq = int(data.get("seq") or 0)
        await session.send_event("RESUMED", "{}")
        self.sessions.append(session)
        async with self._changed:
            self.resume_count += 1
            self._changed.notify_all()

    async def _send_member_chunk(self, session: GatewaySession, data: JSON) -> None:
        guild_id = int(data["guild_id"])
        wanted: Iterable[str] | None = data.get("user_ids")
        members = self._world.member_payloads(guild_id)
        if wanted is not None:
            keep = {str(u) for u in wanted}
            members = [m for m in members if m["user"]["id"] in keep]
        chunk: JSON = {
            "guild_id": str(guild_id),
            "members": members,
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": [],
        }
        if data.get("nonce"):
            chunk["nonce"] = data["nonce"]
        await session.send_event("GUILD_MEMBERS_CHUNK", json.dumps(chunk))
