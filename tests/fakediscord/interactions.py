"""INTERACTION_CREATE payloads: slash commands, context menus, components, modal submits.

Shapes follow discord/interactions.py and discord/app_commands (tree routing by name,
subcommand options of type 1/2, `resolved` data), so the unmodified CommandTree and
persistent views route them exactly as they would real ones.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from tests.fakediscord.kinds import JSON
from tests.fakediscord.models import FakeGuild


@dataclass(frozen=True)
class UserOption:
    """A user (or member) option value; resolved from the fake's users and members."""

    user_id: int


@dataclass(frozen=True)
class ChannelOption:
    """A channel option value; resolved from the guild's channels."""

    channel_id: int


@dataclass(frozen=True)
class RoleOption:
    """A role option value; resolved from the guild's roles."""

    role_id: int


OptionValue = str | int | float | bool | UserOption | ChannelOption | RoleOption


class OptionType:
    SUB_COMMAND = 1
    SUB_COMMAND_GROUP = 2
    STRING = 3
    INTEGER = 4
    BOOLEAN = 5
    USER = 6
    CHANNEL = 7
    ROLE = 8
    NUMBER = 10


class InteractionType:
    PING = 1
    APPLICATION_COMMAND = 2
    MESSAGE_COMPONENT = 3
    AUTOCOMPLETE = 4
    MODAL_SUBMIT = 5


class CallbackType:
    """Interaction callback (response) types."""

    PONG = 1
    CHANNEL_MESSAGE = 4
    DEFERRED_CHANNEL_MESSAGE = 5
    DEFERRED_UPDATE_MESSAGE = 6
    UPDATE_MESSAGE = 7
    AUTOCOMPLETE_RESULT = 8
    MODAL = 9


@dataclass(frozen=True)
class SentInteraction:
    """An interaction the fake dispatched; its paths are what the bot answers on."""

    id: int
    token: str
    application_id: int
    type: int
    guild_id: int | None
    channel_id: int
    user_id: int
    message_id: int | None = None
    payload: JSON = field(default_factory=dict, compare=False, repr=False)

    @property
    def callback_path(self) -> str:
        return f"/interactions/{self.id}/{self.token}/callback"

    @property
    def webhook_path(self) -> str:
        """Prefix of followup and @original routes for this interaction."""
        return f"/webhooks/{self.application_id}/{self.token}"


@dataclass
class _Resolved:
    users: dict[str, JSON] = field(default_factory=dict)
    members: dict[str, JSON] = field(default_factory=dict)
    channels: dict[str, JSON] = field(default_factory=dict)
    roles: dict[str, JSON] = field(default_factory=dict)
    messages: dict[str, JSON] = field(default_factory=dict)

    def payload(self) -> JSON:
        return {k: v for k, v in vars(self).items() if v}


def _option(
    name: str,
    value: OptionValue,
    guild: FakeGuild | None,
    resolved: _Resolved,
    users: Mapping[int, Any],
) -> JSON:
    if isinstance(value, bool):
        return {"name": name, "type": OptionType.BOOLEAN, "value": value}
    if isinstance(value, int):
        return {"name": name, "type": OptionType.INTEGER, "value": value}
    if isinstance(value, float):
        return {"name": name, "type": OptionType.NUMBER, "value": value}
    if isinstance(value, str):
        return {"name": name, "type": OptionType.STRING, "value": value}
    if isinstance(value, UserOption):
        resolve_user(value.user_id, guild, resolved, users)
        return {"name": name, "type": OptionType.USER, "value": str(value.user_id)}
    if isinstance(value, ChannelOption):
        if guild is None or value.channel_id not in guild.channels:
            raise KeyError(f"channel {value.channel_id} is not in the guild")
        data = guild.channels[value.channel_id].payload()
        data["permissions"] = str(guild.permissions_in(guild.bot_user_id, value.channel_id))
        resolved.channels[str(value.channel_id)] = data
        return {"name": name, "type": OptionType.CHANNEL, "value": str(value.channel_id)}
    if guild is None or value.role_id not in guild.roles:
        raise KeyError(f"role {value.role_id} is not in the guild")
    resolved.roles[str(value.role_id)] = guild.roles[value.role_id].payload()
    return {"name": name, "type": OptionType.ROLE, "value": str(value.role_id)}


def resolve_user(
    user_id: int, guild: FakeGuild | None, resolved: _Resolved, users: Mapping[int, Any]
) -> None:
    """Add a user (and their member, in a guild) to `resolved`, as Discord does."""
    resolved.users[str(user_id)] = users[user_id].payload()
    if guild is not None and user_id in guild.members:
        member = guild.members[user_id].payload(with_user=False)
        member["permissions"] = str(guild.base_permissions(user_id))
        resolved.members[str(user_id)] = member


def command_data(
    command_id: int,
    path: str,
    options: Mapping[str, OptionValue],
    guild: FakeGuild | None,
    users: Mapping[int, Any],
    *,
    command_guild_id: int | None,
) -> JSON:
    """`data` of a chat-input command; `path` is "command [group] [subcommand]"."""
    name, *subs = path.split()
    resolved = _Resolved()
    leaf = [_option(k, v, guild, resolved, users) for k, v in options.items()]
    if len(subs) == 2:
        top = [
            {
                "name": subs[0],
                "type": OptionType.SUB_COMMAND_GROUP,
                "options": [{"name": subs[1], "type": OptionType.SUB_COMMAND, "options": leaf}],
            }
        ]
    elif len(subs) == 1:
        top = [{"name": subs[0], "type": OptionType.SUB_COMMAND, "options": leaf}]
    elif not subs:
        top = leaf
    else:
        raise ValueError(f"a command path has at most 3 parts: {path!r}")
    data: JSON = {"id": str(command_id), "name": name, "type": 1, "options": top}
    if resolved.payload():
        data["resolved"] = resolved.payload()
    if command_guild_id is not None:
        data["guild_id"] = str(command_guild_id)
    return data


def message_command_data(
    command_id: int, name: str, message: JSON, *, command_guild_id: int | None
) -> JSON:
    """`data` of a message context-menu command (type 3) targeting `message`."""
    data: JSON = {
        "id": str(command_id),
        "name": name,
        "type": 3,
        "target_id": message["id"],
        "resolved": {"messages": {message["id"]: message}},
    }
    if command_guild_id is not None:
        data["guild_id"] = str(command_guild_id)
    return data


def user_command_data(
    command_id: int,
    name: str,
    target_id: int,
    guild: FakeGuild | None,
    users: Mapping[int, Any],
    *,
    command_guild_id: int | None,
) -> JSON:
    """`data` of a user context-menu command (type 2) targeting a user."""
    resolved = _Resolved()
    resolve_user(target_id, guild, resolved, users)
    data: JSON = {
        "id": str(command_id),
        "name": name,
        "type": 2,
        "target_id": str(target_id),
        "resolved": resolved.payload(),
    }
    if command_guild_id is not None:
        data["guild_id"] = str(command_guild_id)
    return data


def modal_submit_data(custom_id: str, values: Mapping[str, str]) -> JSON:
    """`data` of a modal submit: one action row per text input, as Discord sends them."""
    rows = [
        {"type": 1, "components": [{"type": 4, "custom_id": key, "value": value}]}
        for key, value in values.items()
    ]
    return {"custom_id": custom_id, "components": rows}


def find_component(components: list[JSON], custom_id: str) -> JSON | None:
    """Depth-first search of a message's component tree for a custom_id."""
    for component in components:
        if component.get("custom_id") == custom_id:
            return component
        children = component.get("components") or []
        if "component" in component:
            children = [*children, component["component"]]
        found = find_component(children, custom_id)
        if found is not None:
            return found
    return None


def text_input_ids(components: list[JSON]) -> list[str]:
    """custom_ids of every text input (type 4) in a modal's components."""
    ids: list[str] = []
    for component in components:
        if component.get("type") == 4:
            ids.append(component["custom_id"])
        children = list(component.get("components") or [])
        if "component" in component:
            children.append(component["component"])
        ids.extend(text_input_ids(children))
    return ids
