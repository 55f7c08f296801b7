"""The AutoMod service: the one keyword rule the bot owns in each server, kept in step.

`enable` creates the rule (or takes back the bot's own rule found by name and
creator, so a lost id never makes a second one), `disable` deletes it, `status`
compares Discord's copy with the plan, `settings_changed` PATCHes the rule when a
command changed what it is built from, and `count_block` counts an AutoMod block
per category. Every Discord refusal becomes one sentence for the moderator; the
bot checks Manage Server in its cache before asking, so a missing permission costs
no refused request. Message text from AutoMod events is never kept or logged.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

import discord

from bot.core.automod.rule_plan import RULE_NAME, Drift, RulePlan, drift, plan_rule, rule_inputs
from bot.core.guild_settings import GuildSettings
from bot.core.stats.counters import NO_CHANNEL, Metric
from bot.core.texts.automod_status_text import (
    NEEDS_MANAGE_SERVER,
    AutomodStatus,
    refusal,
)

if TYPE_CHECKING:
    from bot.client import KindnessBot

logger = logging.getLogger(__name__)

UNKNOWN_RULE = 10066
AUDIT_REASON = "kindness-bot: /kindness automod"


class AutomodError(Exception):
    """A refusal already written as one sentence for the moderator."""


class AutoModService:
    """Owns each server's rule id (from the database) and the plans built from settings."""

    def __init__(self, bot: KindnessBot) -> None:
        self._bot = bot
        self._rules: dict[int, int] = {}
        self._plans: dict[int, tuple[tuple[object, ...], RulePlan]] = {}
        self._locks: dict[int, asyncio.Lock] = {}
        self._problems: dict[int, str] = {}

    async def load(self) -> None:
        """Read which servers have a rule (once, at start)."""
        self._rules = await self._bot.db.automod_rule_ids()

    def is_enabled(self, guild_id: int) -> bool:
        return guild_id in self._rules

    @staticmethod
    def can_manage(guild: discord.Guild) -> bool:
        """Manage Server (or Administrator), from the cache: no request."""
        perms = guild.me.guild_permissions
        return perms.manage_guild or perms.administrator

    def plan(self, settings: GuildSettings) -> RulePlan:
        """The rule for these settings, cached per server until what it is built from changes."""
        inputs = rule_inputs(settings)
        cached = self._plans.get(settings.guild_id)
        if cached is not None and cached[0] == inputs:
            return cached[1]
        plan = plan_rule(settings)
        self._plans[settings.guild_id] = (inputs, plan)
        return plan

    def _lock(self, guild_id: int) -> asyncio.Lock:
        return self._locks.setdefault(guild_id, asyncio.Lock())

    # -- commands -----------------------------------------------------------------

    async def enable(self, guild: discord.Guild) -> RulePlan:
        """Create the rule, or put the bot's version back into its existing one."""
        if not self.can_manage(guild):
            raise AutomodError(NEEDS_MANAGE_SERVER)
        async with self._lock(guild.id):
            plan = self.plan(await self._bot.settings.get(guild.id))
            action = "create the AutoMod rule"
            try:
                existing = await self._find(guild.id)
                if existing is None:
                    rule = await self._bot.http.create_auto_moderation_rule(
                        guild.id, reason=AUDIT_REASON, **plan.payload()
                    )
                else:
                    action = "update the AutoMod rule"
                    rule = await self._bot.http.edit_auto_moderation_rule(
                        guild.id, int(existing["id"]), reason=AUDIT_REASON, **plan.edit_payload()
                    )
            except discord.HTTPException as exc:
                raise AutomodError(self._refused(guild.id, action, exc)) from None
            rule_id = int(rule["id"])
            await self._bot.db.save_automod_rule(guild.id, rule_id)
            self._rules[guild.id] = rule_id
            self._problems.pop(guild.id, None)
            logger.info("guild %d: AutoMod rule %d enabled", guild.id, rule_id)
            return plan

    async def disable(self, guild: discord.Guild) -> bool:
        """Delete the rule; False when there was none to delete."""
        async with self._lock(guild.id):
            if not self.can_manage(guild):
                raise AutomodError(NEEDS_MANAGE_SERVER)
            try:
                existing = await self._find(guild.id)
                if existing is not None:
                    await self._bot.http.delete_auto_moderation_rule(
                        guild.id, int(existing["id"]), reason=AUDIT_REASON
                    )
            except discord.NotFound:
                existing = None  # deleted meanwhile: what was asked is done
            except discord.HTTPException as exc:
                sentence = self._refused(guild.id, "delete the AutoMod rule", exc)
                raise AutomodError(sentence) from None
            was_on = self._rules.pop(guild.id, None) is not None
            await self._bot.db.delete_automod_rule(guild.id)
            self._problems.pop(guild.id, None)
            logger.info("guild %d: AutoMod rule disabled", guild.id)
            return was_on or existing is not None

    async def status(self, guild: discord.Guild) -> AutomodStatus:
        """On or off, what the rule holds, and whether Discord's copy still matches."""
        settings = await self._bot.settings.get(guild.id)
        plan = self.plan(settings)
        can_manage = self.can_manage(guild)
        found: bool | None = None
        changes: tuple[Drift, ...] = ()
        problem = self._problems.get(guild.id)
        if self.is_enabled(guild.id) and can_manage:
            try:
                remote = await self._find(guild.id)
            except discord.HTTPException as exc:
                problem = self._refused(guild.id, "check the AutoMod rule", exc)
            else:
                found = remote is not None
                if remote is not None:
                    changes = drift(plan, remote)
                    await self._adopt(guild.id, int(remote["id"]))
        return AutomodStatus(
            enabled=self.is_enabled(guild.id),
            can_manage=can_manage,
            keywords=len(plan.keywords),
            regexes=len(plan.regexes),
            allowed=len(plan.allow_list),
            left_out=plan.left_out,
            alert_channel_id=plan.alert_channel_id,
            rule_found=found,
            drift=changes,
            problem=problem,
        )

    # -- keeping the rule in step ------------------------------------------------------

    async def settings_changed(
        self, guild_id: int, before: GuildSettings, after: GuildSettings
    ) -> str | None:
        """PATCH the rule when a command changed what it is built from.

        Returns a sentence for the moderator when the rule could not follow the change
        (None when all is well or there is no rule). The rule is built from the settings
        as they are now, under the server's lock, so concurrent edits land in order.
        """
        if rule_inputs(before) == rule_inputs(after) or guild_id not in self._rules:
            return None
        guild = self._bot.get_guild(guild_id)
        if guild is None:
            return None
        if not self.can_manage(guild):
            note = "My AutoMod rule was not updated. " + NEEDS_MANAGE_SERVER
            self._problems[guild_id] = note
            return note
        async with self._lock(guild_id):
            rule_id = self._rules.get(guild_id)
            if rule_id is None:
                return None
            plan = self.plan(await self._bot.settings.get(guild_id))
            try:
                await self._bot.http.edit_auto_moderation_rule(
                    guild_id, rule_id, reason=AUDIT_REASON, **plan.edit_payload()
                )
            except discord.NotFound:
                note = (
                    "My AutoMod rule was deleted in Server Settings, so it was not updated; "
                    "`/kindness automod enable` creates it again."
                )
            except discord.HTTPException as exc:
                note = self._refused(guild_id, "update the AutoMod rule", exc)
            else:
                self._problems.pop(guild_id, None)
                return None
            self._problems[guild_id] = note
            return note

    async def count_block(self, execution: discord.AutoModAction) -> None:
        """Count a message AutoMod stopped with the bot's rule, per category.

        Only BLOCK_MESSAGE actions of the bot's own rule; the matched keyword is mapped
        to its category in memory and dropped, and the text is never read.
        """
        if self._rules.get(execution.guild_id) != execution.rule_id:
            return
        if execution.action.type is not discord.AutoModRuleActionType.block_message:
            return
        plan = self.plan(await self._bot.settings.get(execution.guild_id))
        category = plan.category_of(execution.matched_keyword)
        channel = execution.channel_id or NO_CHANNEL
        self._bot.stats.add(execution.guild_id, channel, Metric.stopped(category))

    # -- Discord ------------------------------------------------------------------------

    async def _adopt(self, guild_id: int, rule_id: int) -> None:
        """Store the id of the bot's rule found by name (the stored one was lost)."""
        if self._rules.get(guild_id) != rule_id:
            await self._bot.db.save_automod_rule(guild_id, rule_id)
            self._rules[guild_id] = rule_id

    async def _find(self, guild_id: int) -> dict[str, Any] | None:
        """The bot's rule: by its stored id, else by name and creator (a lost id)."""
        rule_id = self._rules.get(guild_id)
        if rule_id is not None:
            try:
                rule: dict[str, Any] = dict(
                    await self._bot.http.get_auto_moderation_rule(guild_id, rule_id)
                )
                return rule
            except discord.NotFound:
                pass
        me = self._bot.user
        for candidate in await self._bot.http.get_auto_moderation_rules(guild_id):
            if candidate["name"] == RULE_NAME and me and int(candidate["creator_id"]) == me.id:
                return dict(candidate)
        return None

    def _refused(self, guild_id: int, action: str, exc: discord.HTTPException) -> str:
        sentence = refusal(action, status=exc.status, code=exc.code, detail=exc.text)
        logger.warning("guild %d: %s", guild_id, sentence)
        return sentence
