"""The rule fits Discord's limits whatever the server holds, keeping the most important."""

from __future__ import annotations

import re

from bot.core.automod.rule_plan import (
    BLOCK_MESSAGE,
    MAX_ALLOW,
    MAX_EXEMPT_CHANNELS,
    MAX_EXEMPT_ROLES,
    MAX_KEYWORD_LENGTH,
    MAX_KEYWORDS,
    MAX_REGEX_LENGTH,
    MAX_REGEXES,
    SEND_ALERT_MESSAGE,
    Drift,
    drift,
    fit_rule,
    plan_rule,
    rule_inputs,
)
from bot.core.automod.terms import BlockedTerm
from bot.core.guild_settings import GuildSettings
from bot.core.scoring.verdict import Category
from bot.core.texts.automod_text import CUSTOM_MESSAGES


def term(
    text: str, category: Category = Category.IDENTITY_ATTACK, weight: float = 0.9
) -> BlockedTerm:
    return BlockedTerm(text, tuple(text.split()), category, weight)


def within_limits(payload: dict[str, object]) -> None:
    meta = payload["trigger_metadata"]
    assert isinstance(meta, dict)
    assert len(meta["keyword_filter"]) <= MAX_KEYWORDS
    assert all(0 < len(k) <= MAX_KEYWORD_LENGTH for k in meta["keyword_filter"])
    assert len(meta["regex_patterns"]) <= MAX_REGEXES
    assert all(len(p) <= MAX_REGEX_LENGTH for p in meta["regex_patterns"])
    assert len(meta["allow_list"]) <= MAX_ALLOW and all(len(a) <= 60 for a in meta["allow_list"])
    for pattern in meta["regex_patterns"]:
        re.compile(pattern)


def test_default_server_rule_is_within_limits_and_blocks_with_the_note() -> None:
    plan = plan_rule(GuildSettings(1))
    payload = plan.payload()
    within_limits(payload)
    assert payload["trigger_type"] == 1 and payload["event_type"] == 1
    assert payload["enabled"] is True
    assert payload["actions"] == [
        {"type": BLOCK_MESSAGE, "metadata": {"custom_message": CUSTOM_MESSAGES["en"]}}
    ]
    assert "trigger_type" not in plan.edit_payload()  # a PATCH cannot change it
    assert plan.left_out.keywords == 0 and len(plan.regexes) == MAX_REGEXES


def test_alert_channel_adds_the_alert_action_and_exemptions_are_mirrored() -> None:
    settings = GuildSettings(
        1, alert_channel_id=77, exempt_roles=frozenset({5, 3}), ignored_channels=frozenset({9})
    )
    payload = plan_rule(settings).payload()
    assert payload["actions"][1] == {"type": SEND_ALERT_MESSAGE, "metadata": {"channel_id": "77"}}
    assert payload["exempt_roles"] == ["3", "5"] and payload["exempt_channels"] == ["9"]


def letters(i: int) -> str:
    """A made-up word per number: "zaaa", "zaab", ..."""
    return "z" + "".join(chr(97 + (i // 26**k) % 26) for k in (2, 1, 0))


def test_too_many_terms_keep_the_first_in_priority_order() -> None:
    terms = [term(letters(i)) for i in range(3000)]
    plan = fit_rule(terms, message="be kind")
    within_limits(plan.payload())
    assert plan.keywords[0] == letters(0) and plan.keywords[-1] == letters(999)
    assert plan.left_out.keywords == 2000
    assert plan.left_out.regex_words > 0  # patterns are full; the rest is counted, not lost


def test_long_keywords_are_left_out_not_cut() -> None:
    long_phrase = " ".join(["word"] * 15)  # 74 characters
    plan = fit_rule([term(long_phrase), term("short one")], message="be kind")
    assert plan.keywords == ("short one",) and plan.left_out.keywords == 1


def test_allow_list_exemptions_and_message_are_capped() -> None:
    allowed = [f"allowed{i:03d}" for i in range(150)] + ["x" * 61, "slur0001 ok"]
    plan = fit_rule(
        [term("slur0001")],
        allowed_terms=allowed,
        exempt_roles=range(30),
        exempt_channels=range(70),
        message="be kind",
    )
    within_limits(plan.payload())
    assert plan.allow_list[0] == "slur0001 ok"  # touches a blocked word: kept first
    assert len(plan.exempt_roles) == MAX_EXEMPT_ROLES and plan.left_out.roles == 10
    assert len(plan.exempt_channels) == MAX_EXEMPT_CHANNELS and plan.left_out.channels == 20
    assert plan.left_out.allow == 152 - MAX_ALLOW


def test_too_long_message_is_refused() -> None:
    try:
        fit_rule([term("x")], message="x" * 151)
    except ValueError:
        return
    raise AssertionError("a 151-character note was accepted")


def test_matched_keywords_and_patterns_map_back_to_categories() -> None:
    plan = plan_rule(GuildSettings(1))
    assert plan.category_of("KYS") is Category.SELF_HARM
    assert plan.category_of("nigger*") is Category.IDENTITY_ATTACK
    assert plan.category_of("i know where you live") is Category.THREAT
    assert all(plan.category_of(p) is not None for p in plan.regexes)
    assert plan.category_of("spam") is None and plan.category_of(None) is None


def test_rule_inputs_change_only_with_what_the_rule_is_built_from() -> None:
    base = GuildSettings(1)
    assert rule_inputs(base) == rule_inputs(base.replace(threshold=0.7, paused=True))
    assert rule_inputs(base) != rule_inputs(base.replace(allowed_terms=frozenset({"x"})))
    assert rule_inputs(base) != rule_inputs(base.replace(alert_channel_id=5))


def test_drift_names_what_someone_changed_on_discord() -> None:
    plan = plan_rule(GuildSettings(1))
    remote = plan.payload()
    assert drift(plan, remote) == ()
    edited = {
        **remote,
        "enabled": False,
        "trigger_metadata": {**remote["trigger_metadata"], "keyword_filter": ["cat"]},
        "actions": [{"type": BLOCK_MESSAGE, "metadata": {}}],
        "exempt_roles": ["1"],
    }
    assert drift(plan, edited) == (Drift.DISABLED, Drift.WORDS, Drift.ACTIONS, Drift.EXEMPTIONS)
