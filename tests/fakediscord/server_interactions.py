"""The fake Discord, interactions: slash commands, message and user commands, button presses
and modal submits sent to the bot.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping

from tests.fakediscord import interactions as ix
from tests.fakediscord.kinds import JSON, Perm


class InteractionsMixin:
    """Part of `FakeDiscord`: interactions."""

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
