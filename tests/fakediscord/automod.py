"""AutoMod in the fake Discord: a guild's rules, with Discord's limits, and its events.

REST: GET/POST `/guilds/{guild_id}/auto-moderation/rules` and GET/PATCH/DELETE
`/guilds/{guild_id}/auto-moderation/rules/{rule_id}`. Like Discord, every route
needs Manage Server (403, code 50013), a guild holds at most 6 keyword rules, and
a body over the limits is refused with 400, code 50035 and an `errors` tree that
discord.py turns into "In trigger_metadata.keyword_filter.0: ...". Rule changes
are announced (AUTO_MODERATION_RULE_CREATE/UPDATE/DELETE) to sessions with the
auto_moderation_configuration intent; `execute` sends what a blocked message
causes, AUTO_MODERATION_ACTION_EXECUTION (one per action), to sessions with the
auto_moderation_execution intent.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from tests.fakediscord.kinds import JSON, ChannelType, Perm
from tests.fakediscord.records import RecordedRequest, error_body
from tests.fakediscord.rest import ApiError, missing_permissions, unknown

if TYPE_CHECKING:
    from tests.fakediscord.rest import Handler
    from tests.fakediscord.server import FakeDiscord

CONFIGURATION_INTENT = 1 << 20
EXECUTION_INTENT = 1 << 21
KEYWORD = 1
MAX_KEYWORD_RULES = 6
MAX_KEYWORDS, MAX_KEYWORD_LENGTH = 1000, 60
MAX_REGEXES, MAX_REGEX_LENGTH = 10, 260
MAX_ALLOW, MAX_ALLOW_LENGTH = 100, 60
MAX_CUSTOM_MESSAGE = 150
MAX_EXEMPT_ROLES, MAX_EXEMPT_CHANNELS = 20, 50
BLOCK_MESSAGE, SEND_ALERT_MESSAGE, TIMEOUT, BLOCK_INTERACTIONS = 1, 2, 3, 4
RULES = "/guilds/{guild_id}/auto-moderation/rules"
RULE = RULES + "/{rule_id}"
_NOT_RUST = re.compile(r"\(\?<?[=!]|\\[1-9]")  # look-around, back-references


class FormError(Exception):
    """A 50035 answer: `errors` is Discord's nested tree of field errors."""

    def __init__(self, path: str, code: str, message: str) -> None:
        super().__init__(message)
        tree: JSON = {"_errors": [{"code": code, "message": message}]}
        for part in reversed(path.split(".")):
            tree = {part: tree}
        self.errors = tree


def _check_list(meta: JSON, key: str, count: int, length: int, *, regex: bool = False) -> list[str]:
    items = meta.get(key) or []
    if not isinstance(items, list):
        raise FormError(f"trigger_metadata.{key}", "LIST_TYPE_CONVERT", "Must be a list.")
    if len(items) > count:
        raise FormError(
            f"trigger_metadata.{key}",
            "BASE_TYPE_MAX_LENGTH",
            f"Must be {count} or fewer in length.",
        )
    for index, item in enumerate(items):
        where = f"trigger_metadata.{key}.{index}"
        if not isinstance(item, str) or not 0 < len(item) <= length:
            raise FormError(
                where, "BASE_TYPE_BAD_LENGTH", f"Must be between 1 and {length} in length."
            )
        if regex:
            try:
                re.compile(item)
            except re.error:
                raise FormError(where, "AUTO_MODERATION_INVALID_REGEX", "Invalid regex") from None
            if _NOT_RUST.search(item):
                raise FormError(where, "AUTO_MODERATION_INVALID_REGEX", "Invalid regex")
    return list(items)


class AutoModRules:
    """Each guild's AutoMod rules, the REST handlers and the event controls."""

    def __init__(self, fake: FakeDiscord) -> None:
        self._fake = fake
        self.rules: dict[int, dict[int, JSON]] = {}
        """guild id -> rule id -> the rule as Discord returns it."""

    def register(self, add: Callable[[str, str, Handler], None]) -> None:
        """Add the routes to the fake's route table."""
        add("GET", RULES, self._list)
        add("POST", RULES, self._create)
        add("GET", RULE, self._get)
        add("PATCH", RULE, self._edit)
        add("DELETE", RULE, self._delete)

    def rules_of(self, guild_id: int) -> list[JSON]:
        return list(self.rules.get(guild_id, {}).values())

    # -- REST ----------------------------------------------------------------------

    def _guild_rules(self, req: RecordedRequest) -> tuple[int, dict[int, JSON]]:
        guild_id = int(req.params["guild_id"])
        guild = self._fake.guilds.get(guild_id)
        if guild is None:
            raise unknown("Guild", 10004)
        perms = guild.base_permissions(guild.bot_user_id)
        if self._fake.enforce_permissions and not perms & (Perm.MANAGE_GUILD | Perm.ADMINISTRATOR):
            raise missing_permissions()
        return guild_id, self.rules.setdefault(guild_id, {})

    def _rule(self, req: RecordedRequest) -> tuple[int, JSON]:
        guild_id, rules = self._guild_rules(req)
        rule = rules.get(int(req.params["rule_id"]))
        if rule is None:
            raise ApiError(404, 10066, "Unknown auto moderation rule")
        return guild_id, rule

    async def _list(self, req: RecordedRequest) -> tuple[int, Any]:
        _, rules = self._guild_rules(req)
        return 200, list(rules.values())

    async def _get(self, req: RecordedRequest) -> tuple[int, Any]:
        return 200, self._rule(req)[1]

    async def _create(self, req: RecordedRequest) -> tuple[int, Any]:
        guild_id, rules = self._guild_rules(req)
        body: JSON = req.json or {}
        try:
            if int(body.get("trigger_type", 0)) != KEYWORD:
                raise FormError("trigger_type", "BASE_TYPE_CHOICES", "Only keyword rules here.")
            keyword_rules = [r for r in rules.values() if r["trigger_type"] == KEYWORD]
            if len(keyword_rules) >= MAX_KEYWORD_RULES:
                raise FormError(
                    "trigger_type",
                    "AUTO_MODERATION_MAX_RULES_OF_TYPE_EXCEEDED",
                    f"Maximum number of rules of this type reached ({MAX_KEYWORD_RULES}).",
                )
            rule = self._validated(guild_id, {"trigger_type": KEYWORD}, body)
        except FormError as exc:
            return 400, self._invalid(exc)
        rule["id"] = str(self._fake.ids.next())
        rules[int(rule["id"])] = rule
        await self._announce("AUTO_MODERATION_RULE_CREATE", rule)
        return 200, rule

    async def _edit(self, req: RecordedRequest) -> tuple[int, Any]:
        guild_id, rule = self._rule(req)
        try:
            updated = self._validated(guild_id, rule, req.json or {})
        except FormError as exc:
            return 400, self._invalid(exc)
        rule.update(updated)
        await self._announce("AUTO_MODERATION_RULE_UPDATE", rule)
        return 200, rule

    async def _delete(self, req: RecordedRequest) -> tuple[int, Any]:
        guild_id, rule = self._rule(req)
        del self.rules[guild_id][int(rule["id"])]
        await self._announce("AUTO_MODERATION_RULE_DELETE", rule)
        return 204, None

    @staticmethod
    def _invalid(exc: FormError) -> JSON:
        return {**error_body(400, 50035, "Invalid Form Body"), "errors": exc.errors}

    def _validated(self, guild_id: int, current: JSON, body: JSON) -> JSON:
        """The rule after applying `body` to `current`, checked against Discord's limits."""
        merged = {**current, **{k: v for k, v in body.items() if v is not None}}
        name = merged.get("name")
        if not isinstance(name, str) or not 0 < len(name) <= 100:
            raise FormError("name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100.")
        meta = merged.get("trigger_metadata") or {}
        metadata = {
            "keyword_filter": _check_list(meta, "keyword_filter", MAX_KEYWORDS, MAX_KEYWORD_LENGTH),
            "regex_patterns": _check_list(
                meta, "regex_patterns", MAX_REGEXES, MAX_REGEX_LENGTH, regex=True
            ),
            "allow_list": _check_list(meta, "allow_list", MAX_ALLOW, MAX_ALLOW_LENGTH),
        }
        actions = merged.get("actions") or []
        if not actions:
            raise FormError("actions", "BASE_TYPE_REQUIRED", "This field is required")
        for index, action in enumerate(actions):
            self._check_action(guild_id, index, action)
        roles = [str(r) for r in merged.get("exempt_roles") or []]
        channels = [str(c) for c in merged.get("exempt_channels") or []]
        if len(roles) > MAX_EXEMPT_ROLES:
            raise FormError("exempt_roles", "BASE_TYPE_MAX_LENGTH", "Must be 20 or fewer.")
        if len(channels) > MAX_EXEMPT_CHANNELS:
            raise FormError("exempt_channels", "BASE_TYPE_MAX_LENGTH", "Must be 50 or fewer.")
        return {
            "guild_id": str(guild_id),
            "name": name,
            "creator_id": current.get("creator_id", str(self._fake.bot_user.id)),
            "event_type": int(merged.get("event_type", 1)),
            "trigger_type": int(current["trigger_type"]),
            "trigger_metadata": metadata,
            "actions": actions,
            "enabled": bool(merged.get("enabled", False)),
            "exempt_roles": roles,
            "exempt_channels": channels,
        }

    def _check_action(self, guild_id: int, index: int, action: JSON) -> None:
        kind = int(action.get("type", 0))
        meta = action.get("metadata") or {}
        where = f"actions.{index}.metadata"
        if kind == BLOCK_MESSAGE:
            message = meta.get("custom_message") or ""
            if len(message) > MAX_CUSTOM_MESSAGE:
                raise FormError(
                    f"{where}.custom_message", "BASE_TYPE_MAX_LENGTH", "Must be 150 or fewer."
                )
        elif kind == SEND_ALERT_MESSAGE:
            channel = self._fake.guilds[guild_id].channels.get(int(meta.get("channel_id", 0)))
            if channel is None or channel.type not in (ChannelType.TEXT, ChannelType.NEWS):
                raise FormError(f"{where}.channel_id", "CHANNEL_TYPE_INVALID", "Invalid channel")
        elif kind not in (TIMEOUT, BLOCK_INTERACTIONS):
            raise FormError(f"actions.{index}.type", "BASE_TYPE_CHOICES", "Not a valid choice.")

    # -- controls --------------------------------------------------------------------

    def add_rule_as_moderator(self, guild_id: int, *, name: str, creator_id: int) -> JSON:
        """A keyword rule someone else made in Server Settings (no event sent)."""
        rule: JSON = {
            "id": str(self._fake.ids.next()),
            "guild_id": str(guild_id),
            "name": name,
            "creator_id": str(creator_id),
            "event_type": 1,
            "trigger_type": KEYWORD,
            "trigger_metadata": {
                "keyword_filter": ["spam"],
                "regex_patterns": [],
                "allow_list": [],
            },
            "actions": [{"type": BLOCK_MESSAGE, "metadata": {}}],
            "enabled": True,
            "exempt_roles": [],
            "exempt_channels": [],
        }
        self.rules.setdefault(guild_id, {})[int(rule["id"])] = rule
        return rule

    async def delete_as_moderator(self, guild_id: int, rule_id: int) -> None:
        """A moderator deletes the rule in Server Settings → AutoMod."""
        rule = self.rules[guild_id].pop(rule_id)
        await self._announce("AUTO_MODERATION_RULE_DELETE", rule)

    async def edit_as_moderator(self, guild_id: int, rule_id: int, **changes: Any) -> None:
        """A moderator edits the rule in Server Settings (e.g. `enabled=False`)."""
        rule = self.rules[guild_id][rule_id]
        rule.update(changes)
        await self._announce("AUTO_MODERATION_RULE_UPDATE", rule)

    async def execute(
        self,
        guild_id: int,
        rule_id: int,
        *,
        user_id: int,
        channel_id: int,
        content: str,
        matched_keyword: str,
        matched_content: str | None = None,
    ) -> None:
        """A member's message hit the rule: one AUTO_MODERATION_ACTION_EXECUTION per action,
        as Discord sends them (a blocked message has no message id)."""
        rule = self.rules[guild_id][rule_id]
        for action in rule["actions"]:
            data: JSON = {
                "guild_id": str(guild_id),
                "action": action,
                "rule_id": str(rule_id),
                "rule_trigger_type": rule["trigger_type"],
                "user_id": str(user_id),
                "channel_id": str(channel_id),
                "content": content,
                "matched_keyword": matched_keyword,
                "matched_content": matched_content if matched_content is not None else content,
            }
            if int(action["type"]) == SEND_ALERT_MESSAGE:
                data["alert_system_message_id"] = str(self._fake.ids.next())
            await self._send("AUTO_MODERATION_ACTION_EXECUTION", data, EXECUTION_INTENT)

    async def _announce(self, event: str, rule: JSON) -> None:
        await self._send(event, rule, CONFIGURATION_INTENT)

    async def _send(self, event: str, data: JSON, intent: int) -> None:
        """To sessions that asked for the intent, as Discord filters these events."""
        encoded = json.dumps(data, separators=(",", ":"))
        for session in list(self._fake.gateway.sessions):
            if session.intents & intent and not session.ws.closed:
                try:
                    await session.send_event(event, encoded)
                except ConnectionError:
                    continue
