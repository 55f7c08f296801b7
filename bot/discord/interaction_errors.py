"""One error handler for every application command, button and modal.

Whatever goes wrong, the person who pressed something gets a clear, private
answer instead of Discord's "The application did not respond". Unexpected errors
are logged with a short code that the answer shows, so a moderator can quote it
and the operator can find the traceback.
"""

from __future__ import annotations

import logging
import secrets
from typing import Any

import discord
from discord import app_commands

from bot.discord.permissions import labels
from bot.discord.private_reply import reply_privately

logger = logging.getLogger(__name__)


class FriendlyError(app_commands.AppCommandError):
    """A refusal whose message is written for the user and shown as is."""


_OPTION_KINDS = {
    discord.AppCommandOptionType.string: "text",
    discord.AppCommandOptionType.integer: "whole number",
    discord.AppCommandOptionType.number: "number",
    discord.AppCommandOptionType.boolean: "yes/no value",
    discord.AppCommandOptionType.user: "member",
    discord.AppCommandOptionType.channel: "channel",
    discord.AppCommandOptionType.role: "role",
    discord.AppCommandOptionType.mentionable: "member or role",
    discord.AppCommandOptionType.attachment: "file",
}


def _permission_names(names: list[str]) -> str:
    return ", ".join(labels(names))


def _channel_kinds(types: list[discord.ChannelType]) -> str:
    """[text, news] -> `text or news channel`."""
    names = [str(t).replace("_", " ") for t in types]
    if len(names) > 1:
        return f"{', '.join(names[:-1])} or {names[-1]} channel"
    return f"{names[0]} channel" if names else "channel"


def _transformer_message(error: app_commands.TransformerError) -> str:
    kind = _OPTION_KINDS.get(error.type, "value")
    if error.type is discord.AppCommandOptionType.channel:
        wanted = _channel_kinds(getattr(error.transformer, "channel_types", []))
        return f"That channel does not fit here: please pick a {wanted}."
    return f"That {kind} does not fit here. Please check the option and try again."


def error_message(error: BaseException) -> str:
    """The user-facing text for an error; unexpected errors are logged with a code."""
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    if isinstance(error, FriendlyError):
        return str(error)
    if isinstance(error, app_commands.MissingPermissions):
        return (
            "You need the **"
            + _permission_names(error.missing_permissions)
            + "** permission to use this."
        )
    if isinstance(error, app_commands.BotMissingPermissions):
        return (
            "I am missing the **"
            + _permission_names(error.missing_permissions)
            + "** permission here. A server admin can grant it in the channel or role settings."
        )
    if isinstance(error, discord.Forbidden):
        return (
            "Discord did not let me do that: I am missing a permission in this server or "
            "channel. A server admin can check my role and the channel's permissions."
        )
    if isinstance(error, app_commands.CommandOnCooldown):
        return f"Slow down a little: you can use this again in {error.retry_after:.0f} seconds."
    if isinstance(error, app_commands.NoPrivateMessage):
        return "This works only inside a server, not in direct messages."
    if isinstance(error, app_commands.TransformerError):
        return _transformer_message(error)
    if isinstance(error, app_commands.CheckFailure):
        return "You cannot use this here."
    code = secrets.token_hex(4)
    logger.error("unexpected error in an interaction (code %s)", code, exc_info=error)
    return (
        f"Sorry, something went wrong on my side (error code `{code}`). "
        "Please try again later; if it keeps happening, give this code to the bot's operator."
    )


async def send_error_answer(interaction: discord.Interaction, text: str) -> None:
    """Answer privately; a failure to answer is logged, never raised from the handler."""
    try:
        await reply_privately(interaction, text)
    except discord.HTTPException:
        logger.warning("could not send an error answer (interaction %s)", interaction.id)


async def on_app_command_error(
    interaction: discord.Interaction, error: app_commands.AppCommandError
) -> None:
    """`CommandTree.on_error` for every application command."""
    await send_error_answer(interaction, error_message(error))


async def on_component_error(interaction: discord.Interaction, error: Exception) -> None:
    """The same answers for buttons and modals (`View.on_error` / `Modal.on_error`)."""
    await send_error_answer(interaction, error_message(error))


def install(tree: app_commands.CommandTree[Any]) -> None:
    """Route every application command error of this tree through this module."""
    tree.on_error = on_app_command_error  # type: ignore[method-assign]
