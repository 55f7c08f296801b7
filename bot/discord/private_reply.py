"""The one way the bot answers a person privately: ephemeral, and never a ping.

Discord has no private reply to an ordinary message, only to an interaction (a
slash command, a button, a menu, a modal), so every private answer goes here.
"""

from __future__ import annotations

from typing import Any

import discord

NO_MENTIONS = discord.AllowedMentions.none()
NOTES = "kindness_notes"
"""`interaction.extras` key: sentences a step of the command left for its answer."""


def leave_note(interaction: discord.Interaction[Any], note: str) -> None:
    """Add a sentence to the next private answer (e.g. "the AutoMod rule was not updated")."""
    interaction.extras.setdefault(NOTES, []).append(note)


async def reply_privately(
    interaction: discord.Interaction[Any],
    text: str | None = None,
    *,
    embed: discord.Embed | None = None,
    file: discord.File | None = None,
    view: discord.ui.View | None = None,
) -> None:
    """An ephemeral answer that never pings, as the response or, once the interaction
    was answered or deferred, as a follow-up. Notes left by `leave_note` are added."""
    notes = [f"⚠️ {note}" for note in interaction.extras.pop(NOTES, [])]
    if notes:
        text = "\n".join([text, *notes] if text else notes)
    kwargs: dict[str, Any] = {"ephemeral": True, "allowed_mentions": NO_MENTIONS}
    if embed is not None:
        kwargs["embed"] = embed
    if file is not None:
        kwargs["file"] = file
    if view is not None:
        kwargs["view"] = view
    if interaction.response.is_done():
        await interaction.followup.send(text or "", **kwargs)
    else:
        await interaction.response.send_message(text, **kwargs)
