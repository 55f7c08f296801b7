"""The fake REST API (v10): routing, recording, failure injection and the handlers.

Every request is recorded before it is answered. Answers are JSON with a bare
`application/json` content type (discord.py only parses that exact value) and never
5xx (discord.py retries those with sleeps); errors use Discord's codes so the client
raises the same exceptions (Forbidden, NotFound, HTTPException) as in production.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from aiohttp import BodyPartReader, web

from tests.fakediscord.kinds import ChannelType, Perm
from tests.fakediscord.models import FakeGuild
from tests.fakediscord.ratelimits import storm_answer
from tests.fakediscord.records import RecordedFile, RecordedRequest, error_body

if TYPE_CHECKING:
    from tests.fakediscord.server import FakeDiscord

logger = logging.getLogger(__name__)


class ApiError(Exception):
    """A Discord error answer (4xx only)."""

    def __init__(self, status: int, code: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def missing_permissions() -> ApiError:
    return ApiError(403, 50013, "Missing Permissions")


def unknown(kind: str, code: int) -> ApiError:
    return ApiError(404, code, f"Unknown {kind}")


Handler = Callable[[RecordedRequest], Awaitable[tuple[int, Any]]]


@dataclass(frozen=True)
class _Route:
    method: str
    template: str
    pattern: re.Pattern[str]
    handler: Handler
    authenticated: bool


def compile_template(template: str) -> re.Pattern[str]:
    """`/channels/{channel_id}` -> a regex with one named group per `{...}` segment."""
    parts = re.split(r"(\{\w+\})", template)
    regex = "".join(
        f"(?P<{p[1:-1]}>[^/]+)" if p.startswith("{") and p.endswith("}") else re.escape(p)
        for p in parts
    )
    return re.compile(regex)


def json_response(
    body: Any, status: int = 200, headers: dict[str, str] | None = None
) -> web.Response:
    if body is None:
        return web.Response(status=204, headers=headers)
    return web.Response(
        body=json.dumps(body).encode(),
        status=status,
        headers={**(headers or {}), "Content-Type": "application/json"},
    )


class RestApi:
    """Route table plus handlers; state lives on the FakeDiscord."""

    def __init__(self, fake: FakeDiscord) -> None:
        self._fake = fake
        self._routes: list[_Route] = []
        f = fake
        self._add("GET", "/gateway", self._get_gateway, authenticated=False)
        self._add("GET", "/gateway/bot", self._get_gateway_bot)
        self._add("GET", "/users/@me", self._get_me)
        self._add("POST", "/users/@me/channels", self._create_dm)
        self._add("GET", "/users/{user_id}", self._get_user)
        self._add("GET", "/oauth2/applications/@me", self._get_application)
        self._add("GET", "/applications/@me", self._get_application)
        self._add("GET", "/channels/{channel_id}", self._get_channel)
        self._add("POST", "/channels/{channel_id}/typing", self._typing)
        self._add("POST", "/channels/{channel_id}/messages", self._post_message)
        self._add("GET", "/channels/{channel_id}/messages", self._get_messages)
        self._add("GET", "/channels/{channel_id}/messages/{message_id}", self._get_message)
        self._add("PATCH", "/channels/{channel_id}/messages/{message_id}", self._patch_message)
        self._add("DELETE", "/channels/{channel_id}/messages/{message_id}", self._delete_message)
        reaction = "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me"
        self._add("PUT", reaction, self._add_reaction)
        self._add("DELETE", reaction, self._remove_reaction)
        self._add("GET", "/guilds/{guild_id}", self._get_guild)
        self._add("GET", "/guilds/{guild_id}/channels", self._get_guild_channels)
        self._add("GET", "/guilds/{guild_id}/roles", self._get_guild_roles)
        self._add("GET", "/guilds/{guild_id}/members/{user_id}", self._get_member)
        f.automod.register(self._add)
        for scope in (
            "/applications/{application_id}",
            "/applications/{application_id}/guilds/{guild_id}",
        ):
            self._add("GET", scope + "/commands", f.commands.list_commands)
            self._add("PUT", scope + "/commands", f.commands.put_commands)
            self._add("POST", scope + "/commands", f.commands.post_command)
            self._add("GET", scope + "/commands/{command_id}", f.commands.get_command)
            self._add("PATCH", scope + "/commands/{command_id}", f.commands.patch_command)
            self._add("DELETE", scope + "/commands/{command_id}", f.commands.delete_command)
        callback = "/interactions/{interaction_id}/{interaction_token}/callback"
        self._add("POST", callback, f.responses.callback, authenticated=False)
        hook = "/webhooks/{webhook_id}/{webhook_token}"
        self._add("POST", hook, f.responses.followup, authenticated=False)
        for message in ("@original", "{message_id}"):
            path = f"{hook}/messages/{message}"
            self._add("GET", path, f.responses.get_webhook_message, authenticated=False)
            self._add("PATCH", path, f.responses.edit_webhook_message, authenticated=False)
            self._add("DELETE", path, f.responses.delete_webhook_message, authenticated=False)

    def _add(
        self, method: str, template: str, handler: Handler, *, authenticated: bool = True
    ) -> None:
        self._routes.append(
            _Route(method, template, compile_template(template), handler, authenticated)
        )

    def _match(self, method: str, path: str) -> tuple[_Route, dict[str, str]] | None:
        for route in self._routes:
            if route.method != method:
                continue
            found = route.pattern.fullmatch(path)
            if found is not None:
                return route, found.groupdict()
        return None

    async def handle(self, request: web.Request) -> web.Response:
        """Entry point for every `/api/v10/...` request."""
        received_at = time.perf_counter()
        path = "/" + request.match_info["tail"]
        body, files = await _read_body(request)
        matched = self._match(request.method, path)
        route, params = matched if matched else (None, {})
        recorded = RecordedRequest(
            method=request.method,
            path=path,
            route=route.template if route else path,
            params=params,
            query=dict(request.query),
            json=body,
            files=files,
            headers=dict(request.headers),
            received_at=received_at,
        )
        headers: dict[str, str] = {}
        status, answer = await self._answer(route, recorded, request, headers)
        self._fake.log.add(replace(recorded, status=status, response=answer))
        if route is None:
            logger.warning("fake discord: unknown route %s %s", request.method, path)
        return json_response(answer, status, headers)

    async def _answer(
        self,
        route: _Route | None,
        recorded: RecordedRequest,
        request: web.Request,
        headers: dict[str, str],
    ) -> tuple[int, Any]:
        """The status and body; rate-limit headers are added to `headers`."""
        if route is None:
            self._fake.unknown_routes.append(recorded)
            return 404, {"message": "Unknown route", "code": 0}
        if (
            route.authenticated
            and request.headers.get("Authorization") != f"Bot {self._fake.token}"
        ):
            return 401, error_body(401, 0, "401: Unauthorized")
        for held in self._fake.held_routes:
            if held.applies(recorded) and not await held.hold(recorded):
                return 400, error_body(400, 0, "dropped by the test")
        for rule in self._fake.failure_rules:
            if rule.applies(recorded):
                rule.consume()
                if rule.status == 429:
                    storm_headers, body = storm_answer(rule.retry_after or 1.0)
                    headers.update(storm_headers)
                    return 429, body
                return rule.status, error_body(rule.status, rule.code, rule.message)
        limiter = self._fake.rate_limiter
        if limiter is not None:
            verdict = limiter.check(
                route.method, route.template, recorded.params, authenticated=route.authenticated
            )
            headers.update(verdict.headers)
            if verdict.limited is not None:
                return 429, dict(verdict.limited)
        try:
            return await route.handler(recorded)
        except ApiError as exc:
            return exc.status, error_body(exc.status, exc.code, exc.message)

    # -- handlers ---------------------------------------------------------------

    async def _get_gateway(self, _: RecordedRequest) -> tuple[int, Any]:
        return 200, {"url": self._fake.gateway_url}

    async def _get_gateway_bot(self, _: RecordedRequest) -> tuple[int, Any]:
        limit = {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
        return 200, {
            "url": self._fake.gateway_url,
            "shards": self._fake.gateway.shard_count,
            "session_start_limit": limit,
        }

    async def _get_me(self, _: RecordedRequest) -> tuple[int, Any]:
        me = self._fake.bot_user.payload()
        me.update(verified=True, mfa_enabled=False, flags=0, locale="en-US")
        return 200, me

    async def _get_user(self, req: RecordedRequest) -> tuple[int, Any]:
        user = self._fake.users.get(int(req.params["user_id"]))
        if user is None:
            raise unknown("User", 10013)
        return 200, user.payload()

    async def _get_application(self, _: RecordedRequest) -> tuple[int, Any]:
        return 200, self._fake.application_payload()

    async def _create_dm(self, req: RecordedRequest) -> tuple[int, Any]:
        recipient = int((req.json or {}).get("recipient_id", 0))
        if recipient not in self._fake.users:
            raise unknown("User", 10013)
        return 200, self._fake.dm_channel(recipient).payload()

    async def _get_channel(self, req: RecordedRequest) -> tuple[int, Any]:
        return 200, self._fake.channel(int(req.params["channel_id"])).payload()

    async def _typing(self, req: RecordedRequest) -> tuple[int, Any]:
        self._fake.channel(int(req.params["channel_id"]))
        return 204, None

    def _require(self, channel_id: int, needed: int) -> FakeGuild | None:
        """Raise 403 unless the bot has every bit of `needed` in a guild channel."""
        channel = self._fake.channel(channel_id)
        if channel.guild_id is None:
            return None
        guild = self._fake.guilds[channel.guild_id]
        have = guild.permissions_in(guild.bot_user_id, channel_id)
        if self._fake.enforce_permissions and have & needed != needed:
            raise missing_permissions()
        return guild

    async def _post_message(self, req: RecordedRequest) -> tuple[int, Any]:
        channel_id = int(req.params["channel_id"])
        channel = self._fake.channel(channel_id)
        if channel.type == ChannelType.DM:
            if channel.recipient is not None and not channel.recipient.dms_open:
                raise ApiError(403, 50007, "Cannot send messages to this user")
        else:
            send = Perm.SEND_MESSAGES_IN_THREADS if channel.is_thread else Perm.SEND_MESSAGES
            needed = Perm.VIEW_CHANNEL | send
            if req.files:
                needed |= Perm.ATTACH_FILES
            self._require(channel_id, needed)
        message = await self._fake.create_bot_message(channel_id, req.json or {}, req.files)
        return 200, message

    async def _get_messages(self, req: RecordedRequest) -> tuple[int, Any]:
        """Channel history as Discord pages it: newest first, `limit` (1-100) messages
        just before `before`, just after `after`, or the newest ones."""
        channel_id = int(req.params["channel_id"])
        self._require(channel_id, Perm.VIEW_CHANNEL | Perm.READ_MESSAGE_HISTORY)
        limit = int(req.query.get("limit", "50"))
        if not 1 <= limit <= 100:
            raise ApiError(400, 50035, "Invalid Form Body")
        stored = sorted(self._fake.messages_in(channel_id), key=lambda m: int(m["id"]))
        if "around" in req.query:
            raise ApiError(400, 50035, "around is not modelled by the fake")
        if "after" in req.query:
            after = int(req.query["after"])
            page = [m for m in stored if int(m["id"]) > after][:limit]
        else:
            before = int(req.query.get("before", str(1 << 63)))
            page = [m for m in stored if int(m["id"]) < before][-limit:]
        return 200, list(reversed(page))

    async def _get_message(self, req: RecordedRequest) -> tuple[int, Any]:
        self._require(int(req.params["channel_id"]), Perm.VIEW_CHANNEL | Perm.READ_MESSAGE_HISTORY)
        return 200, self._fake.message(int(req.params["channel_id"]), int(req.params["message_id"]))

    async def _patch_message(self, req: RecordedRequest) -> tuple[int, Any]:
        message = self._fake.message(int(req.params["channel_id"]), int(req.params["message_id"]))
        if message["author"]["id"] != str(self._fake.bot_user.id):
            raise ApiError(403, 50005, "Cannot edit a message authored by another user")
        return 200, await self._fake.apply_edit(message, req.json or {}, req.files)

    async def _delete_message(self, req: RecordedRequest) -> tuple[int, Any]:
        channel_id = int(req.params["channel_id"])
        message = self._fake.message(channel_id, int(req.params["message_id"]))
        if message["author"]["id"] != str(self._fake.bot_user.id):
            if self._fake.channel(channel_id).type == ChannelType.DM:
                raise ApiError(403, 50003, "Cannot execute action on a DM channel")
            self._require(channel_id, Perm.VIEW_CHANNEL | Perm.MANAGE_MESSAGES)
        await self._fake.delete_message(int(message["id"]))
        return 204, None

    async def _add_reaction(self, req: RecordedRequest) -> tuple[int, Any]:
        channel_id = int(req.params["channel_id"])
        message = self._fake.message(channel_id, int(req.params["message_id"]))
        self._require(
            channel_id, Perm.VIEW_CHANNEL | Perm.READ_MESSAGE_HISTORY | Perm.ADD_REACTIONS
        )
        await self._fake.react(message, req.params["emoji"], add=True)
        return 204, None

    async def _remove_reaction(self, req: RecordedRequest) -> tuple[int, Any]:
        message = self._fake.message(int(req.params["channel_id"]), int(req.params["message_id"]))
        await self._fake.react(message, req.params["emoji"], add=False)
        return 204, None

    def _guild(self, req: RecordedRequest) -> FakeGuild:
        guild = self._fake.guilds.get(int(req.params["guild_id"]))
        if guild is None:
            raise unknown("Guild", 10004)
        return guild

    async def _get_guild(self, req: RecordedRequest) -> tuple[int, Any]:
        return 200, self._guild(req).rest_payload()

    async def _get_guild_channels(self, req: RecordedRequest) -> tuple[int, Any]:
        guild = self._guild(req)
        return 200, [c.payload() for c in guild.channels.values() if not c.is_thread]

    async def _get_guild_roles(self, req: RecordedRequest) -> tuple[int, Any]:
        return 200, [r.payload() for r in self._guild(req).roles.values()]

    async def _get_member(self, req: RecordedRequest) -> tuple[int, Any]:
        member = self._guild(req).members.get(int(req.params["user_id"]))
        if member is None:
            raise unknown("Member", 10007)
        return 200, member.payload()


async def _read_body(request: web.Request) -> tuple[Any, tuple[RecordedFile, ...]]:
    """The JSON body, or payload_json plus file metadata of a multipart body."""
    if request.content_type.startswith("multipart/"):
        payload: Any = None
        files: list[RecordedFile] = []
        reader = await request.multipart()
        async for part in reader:
            if not isinstance(part, BodyPartReader):
                continue
            data = await part.read()
            name = part.name or ""
            if name == "payload_json":
                payload = json.loads(data)
            else:
                files.append(
                    RecordedFile(
                        name,
                        part.filename or name,
                        len(data),
                        part.headers.get("Content-Type", "application/octet-stream"),
                    )
                )
        return payload, tuple(files)
    raw = await request.read()
    return (json.loads(raw) if raw else None), ()
