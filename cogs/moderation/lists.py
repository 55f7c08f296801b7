"""`/kindness channels|exempt-roles|words|allowed`: the per-server lists.

Terms are validated before they are stored and take effect on the next message
(the bot rebuilds the server's scorer when its settings change). Lists are shown
as plain text: terms in code spans, roles by name, channels as links, no pings.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import Any

import discord
from discord import app_commands

from bot.core.guild_settings import GuildSettings
from bot.core.moderation.term_validation import normalise_term, validate_term
from bot.core.scoring.verdict import Category
from bot.core.texts.settings_text import channel_ref, role_ref
from bot.discord.interaction_errors import FriendlyError
from bot.discord.private_reply import reply_privately
from cogs.moderation.common import ModeratorGroup, current_settings, edit_settings

MAX_TERMS = 300
MAX_EXEMPT_ROLES = 25
MAX_LIST_CHARS = 3800
WatchedChannel = discord.TextChannel | discord.VoiceChannel | discord.ForumChannel
CATEGORY_CHOICES = [app_commands.Choice(name=c.label, value=c.value) for c in Category]


async def send_list(interaction: discord.Interaction[Any], title: str, items: list[str]) -> None:
    """A list in an embed, or as a text file when it is too long for one."""
    if not items:
        await reply_privately(interaction, f"**{title}:** none.")
        return
    body = "\n".join(f"- {item}" for item in items)
    if len(body) <= MAX_LIST_CHARS:
        embed = discord.Embed(title=f"{title} ({len(items)})", description=body)
        await reply_privately(interaction, embed=embed)
        return
    file = discord.File(io.BytesIO(body.encode()), filename="list.txt")
    await reply_privately(
        interaction, f"**{title}** ({len(items)}): the list is long, so here is a file.", file=file
    )


def checked_term(raw: str) -> str:
    """The normalised term, or a FriendlyError with the validation message."""
    check = validate_term(raw)
    if check.term is None:
        raise FriendlyError(f"{check.error} Nothing was changed.")
    return check.term


def _code_list(terms: Iterable[str]) -> list[str]:
    return [f"`{t}`" for t in sorted(terms)]


class ChannelsGroup(
    ModeratorGroup, name="channels", description="Channels the bot skips or relaxes"
):
    """Ignored channels and channels where friendly profanity is fine."""

    async def _toggle(
        self,
        interaction: discord.Interaction[Any],
        channel: WatchedChannel,
        field: str,
        add: bool,
    ) -> bool:
        def change(s: GuildSettings) -> GuildSettings:
            current: frozenset[int] = getattr(s, field)
            updated = current | {channel.id} if add else current - {channel.id}
            return s.replace(**{field: updated})

        before: frozenset[int] = getattr(await current_settings(interaction), field)
        after: frozenset[int] = getattr(await edit_settings(interaction, change), field)
        return before != after

    @app_commands.command(description="Stop checking messages in a channel")
    async def ignore(self, interaction: discord.Interaction[Any], channel: WatchedChannel) -> None:
        changed = await self._toggle(interaction, channel, "ignored_channels", add=True)
        note = "" if changed else " (it already was)"
        await reply_privately(
            interaction, f"I no longer check messages in {channel_ref(channel.id)}{note}."
        )

    @app_commands.command(description="Check messages in a channel again")
    async def unignore(
        self, interaction: discord.Interaction[Any], channel: WatchedChannel
    ) -> None:
        changed = await self._toggle(interaction, channel, "ignored_channels", add=False)
        note = "" if changed else " (it was not ignored)"
        await reply_privately(
            interaction, f"I check messages in {channel_ref(channel.id)} again{note}."
        )

    @app_commands.command(
        name="profanity-ok",
        description="Allow friendly profanity in a channel (hostility is still flagged)",
    )
    async def profanity_ok(
        self, interaction: discord.Interaction[Any], channel: WatchedChannel
    ) -> None:
        await self._toggle(interaction, channel, "profanity_ok_channels", add=True)
        await reply_privately(
            interaction,
            f"Profanity is fine in {channel_ref(channel.id)}; hostility aimed at people is still "
            "flagged there.",
        )

    @app_commands.command(
        name="profanity-strict", description="Treat profanity normally in a channel again"
    )
    async def profanity_strict(
        self, interaction: discord.Interaction[Any], channel: WatchedChannel
    ) -> None:
        await self._toggle(interaction, channel, "profanity_ok_channels", add=False)
        await reply_privately(
            interaction, f"Profanity counts normally in {channel_ref(channel.id)} again."
        )

    @app_commands.command(name="list", description="Ignored and profanity-ok channels")
    async def list_channels(self, interaction: discord.Interaction[Any]) -> None:
        s = await current_settings(interaction)
        ignored = " ".join(channel_ref(c) for c in sorted(s.ignored_channels)) or "none"
        relaxed = " ".join(channel_ref(c) for c in sorted(s.profanity_ok_channels)) or "none"
        await reply_privately(
            interaction,
            f"**Ignored channels:** {ignored}\n**Channels where profanity is fine:** {relaxed}",
        )


class ExemptRolesGroup(
    ModeratorGroup, name="exempt-roles", description="Roles whose messages are not checked"
):
    """Members with an exempt role are never nudged."""

    @app_commands.command(description="Do not check messages from members with this role")
    async def add(self, interaction: discord.Interaction[Any], role: discord.Role) -> None:
        guild = interaction.guild
        if guild is None or guild.get_role(role.id) is None:
            raise FriendlyError(
                "I cannot see that role in this server (it may have been deleted just now). "
                "Nothing was changed."
            )
        if role.is_default():
            raise FriendlyError(
                "@everyone cannot be exempt; use `/kindness pause` to stop checking the whole "
                "server. Nothing was changed."
            )

        def change(s: GuildSettings) -> GuildSettings:
            if role.id not in s.exempt_roles and len(s.exempt_roles) >= MAX_EXEMPT_ROLES:
                raise FriendlyError(
                    f"At most {MAX_EXEMPT_ROLES} exempt roles. Nothing was changed."
                )
            return s.replace(exempt_roles=s.exempt_roles | {role.id})

        await edit_settings(interaction, change)
        name = role_ref(role.id, {role.id: role.name})
        await reply_privately(
            interaction, f"Members with {name} are now exempt: their messages are not checked."
        )

    @app_commands.command(description="Check messages from members with this role again")
    async def remove(self, interaction: discord.Interaction[Any], role: discord.Role) -> None:
        before = await current_settings(interaction)
        name = role_ref(role.id, {role.id: role.name})
        if role.id not in before.exempt_roles:
            await reply_privately(interaction, f"{name} was not exempt; nothing was changed.")
            return
        await edit_settings(
            interaction, lambda s: s.replace(exempt_roles=s.exempt_roles - {role.id})
        )
        await reply_privately(interaction, f"{name} is no longer exempt.")

    @app_commands.command(name="list", description="Roles whose messages are not checked")
    async def list_roles(self, interaction: discord.Interaction[Any]) -> None:
        s = await current_settings(interaction)
        guild = interaction.guild
        names = {r: role.name for r in s.exempt_roles if guild and (role := guild.get_role(r))}
        await send_list(
            interaction, "Exempt roles", sorted(role_ref(r, names) for r in s.exempt_roles)
        )


class WordsGroup(ModeratorGroup, name="words", description="This server's own hostile terms"):
    """Custom terms: flagged in this server like lexicon terms of their category."""

    @app_commands.command(description="Flag a word or phrase in this server")
    @app_commands.describe(
        term="A word or short phrase (2 to 50 characters)", category="What kind of hostility it is"
    )
    @app_commands.choices(category=CATEGORY_CHOICES)
    async def add(
        self,
        interaction: discord.Interaction[Any],
        term: app_commands.Range[str, 1, 100],
        category: str = Category.INSULT.value,
    ) -> None:
        try:
            chosen = Category(category)
        except ValueError:
            raise FriendlyError(
                f"Unknown category `{category[:40]}`. Nothing was changed."
            ) from None
        word = checked_term(term)

        def change(s: GuildSettings) -> GuildSettings:
            if word not in s.custom_terms and len(s.custom_terms) >= MAX_TERMS:
                raise FriendlyError(f"At most {MAX_TERMS} custom terms. Nothing was changed.")
            return s.replace(
                custom_terms={**s.custom_terms, word: chosen},
                allowed_terms=s.allowed_terms - {word},
            )

        before = await current_settings(interaction)
        await edit_settings(interaction, change)
        note = (
            " It was on the allowed list; I removed it from there."
            if word in before.allowed_terms
            else ""
        )
        await reply_privately(
            interaction,
            f"`{word}` is now flagged as **{chosen.label}** in this server, "
            f"from the next message.{note}",
        )

    @app_commands.command(description="Stop flagging one of this server's terms")
    async def remove(
        self, interaction: discord.Interaction[Any], term: app_commands.Range[str, 1, 100]
    ) -> None:
        word = normalise_term(term)
        before = await current_settings(interaction)
        if word not in before.custom_terms:
            raise FriendlyError(
                f"`{checked_term(term)}` is not one of this server's terms. Nothing was changed."
            )
        await edit_settings(
            interaction,
            lambda s: s.replace(
                custom_terms={k: v for k, v in s.custom_terms.items() if k != word}
            ),
        )
        await reply_privately(interaction, f"`{word}` is no longer one of this server's terms.")

    @app_commands.command(name="list", description="This server's own terms")
    async def list_words(self, interaction: discord.Interaction[Any]) -> None:
        s = await current_settings(interaction)
        items = [f"`{t}` ({c.label})" for t, c in sorted(s.custom_terms.items())]
        await send_list(interaction, "Custom terms", items)


class AllowedGroup(
    ModeratorGroup, name="allowed", description="Terms never flagged in this server"
):
    """Allowed terms: lexicon terms this server does not want flagged."""

    @app_commands.command(description="Never flag this word or phrase in this server")
    @app_commands.describe(term="A word or short phrase (2 to 50 characters)")
    async def add(
        self, interaction: discord.Interaction[Any], term: app_commands.Range[str, 1, 100]
    ) -> None:
        word = checked_term(term)

        def change(s: GuildSettings) -> GuildSettings:
            if word not in s.allowed_terms and len(s.allowed_terms) >= MAX_TERMS:
                raise FriendlyError(f"At most {MAX_TERMS} allowed terms. Nothing was changed.")
            return s.replace(
                allowed_terms=s.allowed_terms | {word},
                custom_terms={k: v for k, v in s.custom_terms.items() if k != word},
            )

        before = await current_settings(interaction)
        await edit_settings(interaction, change)
        note = (
            " It was one of this server's terms; I removed it from there."
            if word in before.custom_terms
            else ""
        )
        await reply_privately(
            interaction, f"`{word}` is now allowed: it is not flagged from the next message.{note}"
        )

    @app_commands.command(description="Flag an allowed term normally again")
    async def remove(
        self, interaction: discord.Interaction[Any], term: app_commands.Range[str, 1, 100]
    ) -> None:
        word = normalise_term(term)
        before = await current_settings(interaction)
        if word not in before.allowed_terms:
            raise FriendlyError(
                f"`{checked_term(term)}` is not an allowed term. Nothing was changed."
            )
        await edit_settings(
            interaction, lambda s: s.replace(allowed_terms=s.allowed_terms - {word})
        )
        await reply_privately(
            interaction, f"`{word}` is no longer allowed; it is flagged normally again."
        )

    @app_commands.command(name="list", description="Terms never flagged in this server")
    async def list_allowed(self, interaction: discord.Interaction[Any]) -> None:
        s = await current_settings(interaction)
        await send_list(interaction, "Allowed terms", _code_list(s.allowed_terms))
