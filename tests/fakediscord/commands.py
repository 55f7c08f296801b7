"""Application command registry: what the bot synced, global and per guild.

Tests read it to check the synced command set (names, options, default member
permissions) and the fake uses it to give dispatched commands their real ids.
"""

from __future__ import annotations

from typing import Any

from tests.fakediscord.kinds import JSON, Snowflakes
from tests.fakediscord.records import RecordedRequest
from tests.fakediscord.rest import ApiError, unknown


class CommandRegistry:
    """Commands per scope: None for global, else the guild id."""

    def __init__(self, ids: Snowflakes, application_id: int) -> None:
        self._ids = ids
        self._application_id = application_id
        self.scopes: dict[int | None, dict[str, JSON]] = {}

    def commands(self, guild_id: int | None = None) -> dict[str, JSON]:
        """Registered commands of one scope, by name (a copy)."""
        return dict(self.scopes.get(guild_id, {}))

    def lookup(
        self, name: str, guild_id: int | None, kind: int = 1
    ) -> tuple[int | None, JSON | None]:
        """(scope, command) for a command as Discord would route it: guild first, then global."""
        for scope in (guild_id, None):
            command = self.scopes.get(scope, {}).get(f"{kind}:{name}")
            if command is not None:
                return scope, command
        return None, None

    def _scope(self, req: RecordedRequest) -> int | None:
        if int(req.params["application_id"]) != self._application_id:
            raise ApiError(403, 50001, "Missing Access")
        guild_id = req.params.get("guild_id")
        return int(guild_id) if guild_id is not None else None

    def _store(self, scope: int | None, body: JSON, existing: JSON | None) -> JSON:
        command = {
            "type": 1,
            "description": "",
            "options": [],
            "default_member_permissions": None,
            "dm_permission": True,
            "nsfw": False,
            **body,
            "id": existing["id"] if existing else str(self._ids.next()),
            "application_id": str(self._application_id),
            "version": str(self._ids.next()),
        }
        if command["default_member_permissions"] is not None:
            # Discord answers permission integers as strings, whatever it was sent.
            command["default_member_permissions"] = str(command["default_member_permissions"])
        if scope is not None:
            command["guild_id"] = str(scope)
        self.scopes.setdefault(scope, {})[f"{command['type']}:{command['name']}"] = command
        return command

    async def list_commands(self, req: RecordedRequest) -> tuple[int, Any]:
        return 200, list(self.scopes.get(self._scope(req), {}).values())

    async def put_commands(self, req: RecordedRequest) -> tuple[int, Any]:
        scope = self._scope(req)
        old = self.scopes.get(scope, {})
        self.scopes[scope] = {}
        stored = [
            self._store(scope, body, old.get(f"{body.get('type', 1)}:{body['name']}"))
            for body in req.json or []
        ]
        return 200, stored

    async def post_command(self, req: RecordedRequest) -> tuple[int, Any]:
        scope = self._scope(req)
        body: JSON = req.json or {}
        key = f"{body.get('type', 1)}:{body['name']}"
        return 201, self._store(scope, body, self.scopes.get(scope, {}).get(key))

    def _by_id(self, req: RecordedRequest) -> tuple[int | None, str, JSON]:
        scope = self._scope(req)
        for key, command in self.scopes.get(scope, {}).items():
            if command["id"] == req.params["command_id"]:
                return scope, key, command
        raise unknown("application command", 10063)

    async def get_command(self, req: RecordedRequest) -> tuple[int, Any]:
        return 200, self._by_id(req)[2]

    async def patch_command(self, req: RecordedRequest) -> tuple[int, Any]:
        scope, key, command = self._by_id(req)
        del self.scopes[scope][key]
        return 200, self._store(scope, {**command, **(req.json or {})}, command)

    async def delete_command(self, req: RecordedRequest) -> tuple[int, Any]:
        scope, key, _ = self._by_id(req)
        del self.scopes[scope][key]
        return 204, None
