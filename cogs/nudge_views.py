"""The three buttons under a nudge, working after a restart.

Everything a button needs is in its custom_id (`kb:<action>:<guild>:<channel>:
<message>:<author>`), matched by a `DynamicItem`, so no view state is stored
anywhere. "Why am I seeing this?" and "Not what I meant" re-score the flagged
message by fetching it (the text lives in memory only for that call).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, cast

import discord
from discord.ext import commands

from bot.core.guild_settings import GuildSettings
from bot.core.scoring.verdict import Verdict
from bot.core.stats.counters import Metric
from bot.core.texts.nudge_texts import safety_text, texts_for, why_text
from bot.discord.message_scoring import score_message
from bot.discord.private_reply import reply_privately

if TYPE_CHECKING:
    from bot.client import KindnessBot

logger = logging.getLogger(__name__)

CUSTOM_ID_TEMPLATE = (
    r"kb:(?P<action>[wns]):(?P<guild>[0-9]+):(?P<channel>[0-9]+)"
    r":(?P<message>[0-9]+):(?P<author>[0-9]+)"
)
FEEDBACK_MEMORY = 10_000


class Action(StrEnum):
    WHY = "w"
    NOT_MEANT = "n"
    SAFETY = "s"


@dataclass(frozen=True, slots=True)
class NudgeRef:
    """Which flagged message a nudge is about; ids only."""

    guild_id: int
    channel_id: int
    message_id: int
    author_id: int

    def custom_id(self, action: Action) -> str:
        return (
            f"kb:{action.value}:{self.guild_id}:{self.channel_id}"
            f":{self.message_id}:{self.author_id}"
        )


class NudgeButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
    template=CUSTOM_ID_TEMPLATE,
):
    """One of the three nudge buttons; the action letter in the custom_id says which."""

    def __init__(self, action: Action, ref: NudgeRef, *, label: str = "") -> None:
        style = discord.ButtonStyle.secondary
        if action is Action.SAFETY:
            style = discord.ButtonStyle.primary
        super().__init__(
            discord.ui.Button(label=label or None, style=style, custom_id=ref.custom_id(action))
        )
        self.action = action
        self.ref = ref

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: Any,
        /,
    ) -> NudgeButton:
        ref = NudgeRef(
            guild_id=int(match["guild"]),
            channel_id=int(match["channel"]),
            message_id=int(match["message"]),
            author_id=int(match["author"]),
        )
        label = item.label if isinstance(item, discord.ui.Button) else None
        return cls(Action(match["action"]), ref, label=label or "")

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        bot = cast("KindnessBot", interaction.client)
        settings = await bot.settings.get(self.ref.guild_id)
        if self.action is Action.SAFETY:
            text = safety_text(settings.languages, rules_channel_id=settings.rules_channel_id)
        elif interaction.user.id != self.ref.author_id:
            text = texts_for(settings.languages).author_only
        elif self.action is Action.WHY:
            verdict = await rescore(bot, settings, self.ref)
            text = why_text(settings.languages, verdict, rules_channel_id=settings.rules_channel_id)
        else:
            text = await self._not_meant(bot, settings)
        await reply_privately(interaction, text)

    async def _not_meant(self, bot: KindnessBot, settings: GuildSettings) -> str:
        """Count a false positive once per flagged message and keep its canonical terms."""
        texts = texts_for(settings.languages)
        views = bot.get_cog(NudgeViews.__cog_name__)
        if isinstance(views, NudgeViews) and not views.first_feedback(self.ref.message_id):
            return texts.not_meant_already
        bot.stats.add(self.ref.guild_id, self.ref.channel_id, Metric.FALSE_POSITIVE)
        verdict = await rescore(bot, settings, self.ref)
        terms = sorted({m.term for m in verdict.matches}) if verdict else []
        if terms:
            await bot.db.add_feedback_terms(self.ref.guild_id, terms)
        return texts.not_meant_thanks


def nudge_view(ref: NudgeRef, settings: GuildSettings) -> discord.ui.View:
    """The buttons under a nudge, labelled in the server's language."""
    texts = texts_for(settings.languages)
    view = discord.ui.View(timeout=None)
    view.add_item(NudgeButton(Action.WHY, ref, label=texts.why_label))
    view.add_item(NudgeButton(Action.NOT_MEANT, ref, label=texts.not_meant_label))
    view.add_item(NudgeButton(Action.SAFETY, ref, label=texts.safety_label))
    return view


async def rescore(bot: KindnessBot, settings: GuildSettings, ref: NudgeRef) -> Verdict | None:
    """Score the flagged message again, or None if it is gone, unreadable or now fine."""
    try:
        channel = bot.get_channel(ref.channel_id) or await bot.fetch_channel(ref.channel_id)
        if not isinstance(channel, discord.abc.Messageable):
            return None
        message = await channel.fetch_message(ref.message_id)
    except discord.HTTPException as exc:
        logger.info("flagged message %s unreadable: HTTP %s", ref.message_id, exc.status)
        return None
    verdict = score_message(bot, settings, message)
    return verdict if verdict.hostile else None


class NudgeViews(commands.Cog):
    """Registers the buttons so clicks on nudges sent before a restart still work."""

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self._feedback_given: OrderedDict[int, None] = OrderedDict()

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(NudgeButton)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(NudgeButton)

    def first_feedback(self, message_id: int) -> bool:
        """True the first time "Not what I meant" is pressed for a message (memory only)."""
        if message_id in self._feedback_given:
            return False
        self._feedback_given[message_id] = None
        while len(self._feedback_given) > FEEDBACK_MEMORY:
            self._feedback_given.popitem(last=False)
        return True


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(NudgeViews(bot))
