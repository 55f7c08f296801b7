"""The one AutoMod keyword rule the bot owns in a server, fitted to Discord's limits.

Pure: terms and settings in, a `RulePlan` out, whose `payload()` is the JSON body
Discord takes. When a server has more than fits, the order of `blocked_terms`
decides what stays (the server's own words, then self-harm encouragement, slurs,
threats; heavier first). What did not fit is counted in `left_out`, never silently
lost. `category_of` maps a matched keyword or pattern back to its category, so a
block can be counted without keeping the words.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from bot.core.automod.obfuscation import regex_words, with_wildcards, word_pattern, wrap
from bot.core.automod.terms import BlockedTerm, blocked_terms
from bot.core.guild_settings import GuildSettings
from bot.core.scoring.verdict import Category
from bot.core.texts.automod_text import custom_message

RULE_NAME = "kindness-bot: #CreateKindness before sending"
MAX_KEYWORDS = 1000
MAX_KEYWORD_LENGTH = 60
MAX_REGEXES = 10
MAX_REGEX_LENGTH = 260
MAX_ALLOW = 100
MAX_ALLOW_LENGTH = 60
MAX_EXEMPT_ROLES = 20
MAX_EXEMPT_CHANNELS = 50
MAX_CUSTOM_MESSAGE = 150
KEYWORD_TRIGGER = 1
MESSAGE_SEND = 1
BLOCK_MESSAGE = 1
SEND_ALERT_MESSAGE = 2


@dataclass(frozen=True, slots=True)
class LeftOut:
    """How much did not fit into Discord's limits (zero when everything did)."""

    keywords: int = 0
    regex_words: int = 0
    allow: int = 0
    roles: int = 0
    channels: int = 0


@dataclass(frozen=True, slots=True)
class RulePlan:
    """Everything the rule holds; `payload()` is what is sent to Discord."""

    keywords: tuple[str, ...]
    regexes: tuple[str, ...]
    allow_list: tuple[str, ...]
    exempt_roles: tuple[int, ...]
    exempt_channels: tuple[int, ...]
    custom_message: str
    alert_channel_id: int | None
    categories: Mapping[str, Category] = field(default_factory=dict)
    left_out: LeftOut = LeftOut()

    def actions(self) -> list[dict[str, Any]]:
        actions: list[dict[str, Any]] = [
            {"type": BLOCK_MESSAGE, "metadata": {"custom_message": self.custom_message}}
        ]
        if self.alert_channel_id is not None:
            actions.append(
                {"type": SEND_ALERT_MESSAGE, "metadata": {"channel_id": str(self.alert_channel_id)}}
            )
        return actions

    def edit_payload(self) -> dict[str, Any]:
        """The body of a PATCH (Discord does not let a rule change its trigger type)."""
        return {
            "name": RULE_NAME,
            "event_type": MESSAGE_SEND,
            "trigger_metadata": {
                "keyword_filter": list(self.keywords),
                "regex_patterns": list(self.regexes),
                "allow_list": list(self.allow_list),
            },
            "actions": self.actions(),
            "enabled": True,
            "exempt_roles": [str(r) for r in self.exempt_roles],
            "exempt_channels": [str(c) for c in self.exempt_channels],
        }

    def payload(self) -> dict[str, Any]:
        """The body of a POST that creates the rule."""
        return {**self.edit_payload(), "trigger_type": KEYWORD_TRIGGER}

    def category_of(self, matched: str | None) -> Category | None:
        """The category of a matched keyword or pattern (None when it is not ours)."""
        if not matched:
            return None
        return self.categories.get(matched.strip().casefold())


def _pack_regexes(terms: Sequence[BlockedTerm]) -> tuple[list[str], dict[str, Category], int]:
    """Single words as patterns, one category per pattern, in priority order."""
    words = regex_words(t.tokens[0] for t in terms if len(t.tokens) == 1)
    category: dict[str, Category] = {}
    for t in terms:
        if len(t.tokens) == 1:
            category.setdefault(t.tokens[0], t.category)
    open_bodies: dict[Category, list[str]] = {}
    done: list[tuple[Category, list[str]]] = []
    left = 0
    for word in words:
        body, cat = word_pattern(word), category[word]
        if len(wrap([body])) > MAX_REGEX_LENGTH:
            left += 1
            continue
        current = open_bodies.get(cat)
        if current is not None and len(wrap([*current, body])) <= MAX_REGEX_LENGTH:
            current.append(body)
            continue
        if len(done) + len(open_bodies) >= MAX_REGEXES:  # no room for another pattern
            left += 1
            continue
        if current is not None:
            done.append((cat, current))
        open_bodies[cat] = [body]
    done += list(open_bodies.items())
    patterns = [wrap(bodies) for _, bodies in done]
    return patterns, {wrap(b).casefold(): cat for cat, b in done}, left


def _pick_allowed(allowed: Sequence[str], vocabulary: set[str]) -> tuple[list[str], int]:
    """Allowed terms that fit, those that touch a blocked word first."""
    fitting = [t for t in allowed if 0 < len(t) <= MAX_ALLOW_LENGTH]
    ranked = sorted(fitting, key=lambda t: (vocabulary.isdisjoint(t.split()), t))
    kept = ranked[:MAX_ALLOW]
    return kept, len(allowed) - len(kept)


def fit_rule(
    terms: Sequence[BlockedTerm],
    *,
    allowed_terms: Iterable[str] = (),
    exempt_roles: Iterable[int] = (),
    exempt_channels: Iterable[int] = (),
    message: str,
    alert_channel_id: int | None = None,
) -> RulePlan:
    """Fit terms (priority order) and exemptions into one rule within Discord's limits."""
    if not 0 < len(message) <= MAX_CUSTOM_MESSAGE:
        raise ValueError(f"the custom message must be 1..{MAX_CUSTOM_MESSAGE} characters")
    spellings = with_wildcards(t.text for t in terms)
    keywords: list[str] = []
    categories: dict[str, Category] = {}
    left_keywords = 0
    for term in terms:
        keyword = spellings[term.text]
        if keyword.casefold() in categories:
            continue
        if len(keyword) > MAX_KEYWORD_LENGTH or len(keywords) >= MAX_KEYWORDS:
            left_keywords += 1
            continue
        keywords.append(keyword)
        categories[keyword.casefold()] = term.category
    regexes, regex_categories, left_regex = _pack_regexes(terms)
    categories.update(regex_categories)
    vocabulary = {token for t in terms for token in t.tokens}
    allow, left_allow = _pick_allowed(sorted(set(allowed_terms)), vocabulary)
    roles = sorted(set(exempt_roles))
    channels = sorted(set(exempt_channels))
    return RulePlan(
        keywords=tuple(keywords),
        regexes=tuple(regexes),
        allow_list=tuple(allow),
        exempt_roles=tuple(roles[:MAX_EXEMPT_ROLES]),
        exempt_channels=tuple(channels[:MAX_EXEMPT_CHANNELS]),
        custom_message=message,
        alert_channel_id=alert_channel_id,
        categories=categories,
        left_out=LeftOut(
            keywords=left_keywords,
            regex_words=left_regex,
            allow=left_allow,
            roles=max(0, len(roles) - MAX_EXEMPT_ROLES),
            channels=max(0, len(channels) - MAX_EXEMPT_CHANNELS),
        ),
    )


def plan_rule(settings: GuildSettings) -> RulePlan:
    """The rule for a server's settings: its languages, words, allowed terms, exemptions."""
    terms = blocked_terms(settings.languages, settings.custom_terms, settings.allowed_terms)
    return fit_rule(
        terms,
        allowed_terms=settings.allowed_terms,
        exempt_roles=settings.exempt_roles,
        exempt_channels=settings.ignored_channels,
        message=custom_message(settings.languages),
        alert_channel_id=settings.alert_channel_id,
    )


def rule_inputs(settings: GuildSettings) -> tuple[object, ...]:
    """The settings a rule is built from: when these are equal, so are the rules."""
    return (
        settings.languages,
        tuple(sorted((t, c.value) for t, c in settings.custom_terms.items())),
        settings.allowed_terms,
        settings.exempt_roles,
        settings.ignored_channels,
        settings.alert_channel_id,
    )


class Drift(StrEnum):
    """How the rule on Discord differs from the bot's (someone edited it in Server Settings)."""

    DISABLED = "disabled"
    WORDS = "words"
    ACTIONS = "actions"
    EXEMPTIONS = "exemptions"


def drift(plan: RulePlan, remote: Mapping[str, Any]) -> tuple[Drift, ...]:
    """What changed on Discord's copy of the rule, compared with the plan."""
    found: list[Drift] = []
    if not remote.get("enabled", False):
        found.append(Drift.DISABLED)
    meta = remote.get("trigger_metadata") or {}
    mine = plan.edit_payload()["trigger_metadata"]
    for key in ("keyword_filter", "regex_patterns", "allow_list"):
        if sorted(meta.get(key) or []) != sorted(mine[key]):
            found.append(Drift.WORDS)
            break
    if _actions(remote.get("actions") or []) != _actions(plan.actions()):
        found.append(Drift.ACTIONS)
    roles = sorted(str(r) for r in remote.get("exempt_roles") or [])
    channels = sorted(str(c) for c in remote.get("exempt_channels") or [])
    if roles != sorted(str(r) for r in plan.exempt_roles) or channels != sorted(
        str(c) for c in plan.exempt_channels
    ):
        found.append(Drift.EXEMPTIONS)
    return tuple(found)


def _actions(actions: Iterable[Mapping[str, Any]]) -> list[tuple[int, str]]:
    out = []
    for action in actions:
        meta = action.get("metadata") or {}
        detail = meta.get("custom_message") or meta.get("channel_id") or ""
        out.append((int(action.get("type", 0)), str(detail)))
    return sorted(out)
