"""The nudge decision and the texts members see."""

from __future__ import annotations

import pytest

from bot.core.guild_settings import DeliveryMode, GuildSettings
from bot.core.moderation.nudge_decision import (
    AlertReason,
    NudgeDecision,
    decide_nudge,
    is_exempt,
)
from bot.core.moderation.user_state import UserState
from bot.core.scoring.verdict import Category, Match, Severity, TargetKind, Verdict
from bot.core.texts.nudge_texts import TEXTS, dm_nudge_text, nudge_text, safety_text, why_text

GUILD, USER = 10, 20


def verdict(severity: Severity = Severity.MEDIUM, *, hostile: bool = True) -> Verdict:
    return Verdict(
        hostile=hostile,
        score=0.8 if hostile else 0.0,
        severity=severity if hostile else Severity.NONE,
        categories=(Category.INSULT,) if hostile else (),
        matches=(Match("idiot", Category.INSULT, 0.8, 0, 5),) if hostile else (),
        target=TargetKind.SECOND_PERSON,
        explanation="an insult aimed at the reader",
    )


def run(
    settings: GuildSettings,
    state: UserState | None,
    now: float,
    v: Verdict | None = None,
    target: bool = False,
) -> NudgeDecision | None:
    return decide_nudge(
        v or verdict(), settings, state, now, guild_id=GUILD, user_id=USER, target_mentioned=target
    )


def test_friendly_message_needs_no_decision() -> None:
    assert run(GuildSettings(GUILD), None, 100.0, verdict(hostile=False)) is None


def test_first_flag_nudges_with_server_delivery_and_no_alert() -> None:
    settings = GuildSettings(GUILD, delivery=DeliveryMode.DM, alert_channel_id=5)
    d = decide_nudge(
        verdict(), settings, None, 100.0, guild_id=GUILD, user_id=USER, target_mentioned=True
    )
    assert d is not None
    assert d.nudge and d.delivery is DeliveryMode.DM and d.target_mentioned
    assert not d.alert and d.alert_reason is None and not d.repeated and not d.in_cooldown
    assert d.state.last_nudge_at == 100.0 and d.state.recent_flags == (100.0,)
    assert (d.state.guild_id, d.state.user_id) == (GUILD, USER)


def test_cooldown_suppresses_second_nudge_but_still_records_the_flag() -> None:
    settings = GuildSettings(GUILD, cooldown_seconds=300)
    first = decide_nudge(
        verdict(), settings, None, 100.0, guild_id=GUILD, user_id=USER, target_mentioned=False
    )
    assert first is not None
    second = decide_nudge(
        verdict(),
        settings,
        first.state,
        200.0,
        guild_id=GUILD,
        user_id=USER,
        target_mentioned=False,
    )
    assert second is not None
    assert not second.nudge and second.in_cooldown
    assert second.state.last_nudge_at == 100.0
    assert second.state.recent_flags == (100.0, 200.0)
    third = decide_nudge(
        verdict(),
        settings,
        second.state,
        401.0,
        guild_id=GUILD,
        user_id=USER,
        target_mentioned=False,
    )
    assert third is not None and third.nudge and third.state.last_nudge_at == 401.0


def test_repeat_alert_fires_once_when_the_count_is_reached() -> None:
    settings = GuildSettings(
        GUILD,
        cooldown_seconds=0,
        repeat_alert_count=3,
        repeat_window_seconds=600,
        alert_channel_id=9,
    )
    state = None
    alerts = []
    for now in (0.0, 10.0, 20.0, 30.0):
        d = decide_nudge(
            verdict(), settings, state, now, guild_id=GUILD, user_id=USER, target_mentioned=False
        )
        assert d is not None
        state = d.state
        alerts.append((d.alert, d.alert_reason, d.flags_in_window))
    assert alerts == [
        (False, None, 1),
        (False, None, 2),
        (True, AlertReason.REPEATED, 3),
        (False, None, 4),
    ]


def test_flags_outside_the_window_do_not_add_up() -> None:
    settings = GuildSettings(
        GUILD,
        cooldown_seconds=0,
        repeat_alert_count=2,
        repeat_window_seconds=60,
        alert_channel_id=9,
    )
    first = decide_nudge(
        verdict(), settings, None, 0.0, guild_id=GUILD, user_id=USER, target_mentioned=False
    )
    assert first is not None
    later = decide_nudge(
        verdict(),
        settings,
        first.state,
        120.0,
        guild_id=GUILD,
        user_id=USER,
        target_mentioned=False,
    )
    assert later is not None and not later.alert and later.flags_in_window == 1


def test_high_severity_alerts_even_in_cooldown() -> None:
    settings = GuildSettings(GUILD, alert_channel_id=9)
    state = UserState(GUILD, USER, last_nudge_at=99.0, expires_at=10_000.0)
    d = decide_nudge(
        verdict(Severity.HIGH),
        settings,
        state,
        100.0,
        guild_id=GUILD,
        user_id=USER,
        target_mentioned=False,
    )
    assert d is not None
    assert d.alert and d.alert_reason is AlertReason.HIGH_SEVERITY and not d.nudge


def test_no_alert_channel_means_no_alert_but_reason_is_known() -> None:
    d = run(GuildSettings(GUILD), None, 100.0, verdict(Severity.HIGH))
    assert d is not None
    assert not d.alert and d.alert_reason is AlertReason.HIGH_SEVERITY


@pytest.mark.parametrize(
    ("since_nudge", "repeated"), [(3600.0, True), (6 * 86400.0, True), (8 * 86400.0, False)]
)
def test_flag_within_seven_days_of_a_nudge_is_a_repeat(since_nudge: float, repeated: bool) -> None:
    now = 10 * 86400.0
    state = UserState(GUILD, USER, last_nudge_at=now - since_nudge, expires_at=now + 1)
    d = run(GuildSettings(GUILD), state, now)
    assert d is not None and d.repeated is repeated


def test_repeated_counts_members_nudged_again_not_flags() -> None:
    settings = GuildSettings(GUILD)
    state: UserState | None = None
    now = 1000.0
    repeats = nudges = 0
    # two nudges (the second after the cooldown), with flags inside each cooldown
    for t in (now, now + 10, now + 20, now + settings.cooldown_seconds + 1, now + 400):
        d = run(settings, state, t)
        assert d is not None
        state = d.state
        nudges += d.nudge
        repeats += d.repeated
    assert nudges == 2
    assert repeats == 1


def test_exemption_by_role_or_moderator_permission() -> None:
    settings = GuildSettings(GUILD, exempt_roles=frozenset({7}))
    assert is_exempt(settings, [1, 7], is_moderator=False)
    assert is_exempt(settings, [], is_moderator=True)
    assert not is_exempt(settings, [1, 2], is_moderator=False)


@pytest.mark.parametrize("language", ["en", "it"])
def test_texts_rotate_and_carry_the_campaign_tag(language: str) -> None:
    seen = {nudge_text([language], i, target_mentioned=False) for i in range(10)}
    assert len(seen) == len(TEXTS[language].nudges) >= 3
    assert all("#CreateKindness" in text for text in seen)
    assert nudge_text([language], 0, target_mentioned=False) == nudge_text(
        [language], len(seen), target_mentioned=False
    )


def test_unknown_language_falls_back_to_english_and_target_note_is_added() -> None:
    text = nudge_text(["xx"], 1, target_mentioned=True)
    assert text.startswith(TEXTS["en"].nudges[1])
    assert TEXTS["en"].target_note in text
    assert TEXTS["en"].target_note not in nudge_text(["en"], 1, target_mentioned=False)


def test_dm_text_links_the_message_and_names_the_server() -> None:
    text = dm_nudge_text(
        ["en"], 0, guild_name="Cozy Club", jump_url="https://discord.com/channels/1/2/3"
    )
    assert "Cozy Club" in text and "https://discord.com/channels/1/2/3" in text
    assert "#CreateKindness" in text


def test_why_text_explains_categories_and_points_to_rules() -> None:
    text = why_text(["en"], verdict(), rules_channel_id=55)
    assert "insult" in text and "an insult aimed at the reader" in text
    assert "<#55>" in text and "Tips to rephrase" in text
    gone = why_text(["it"], None, rules_channel_id=None)
    assert gone == TEXTS["it"].why_no_message


def test_safety_text_covers_every_tool() -> None:
    text = safety_text(["en"], rules_channel_id=None)
    for tool in ("Block", "Mute", "Report Message", "Report to moderators"):
        assert tool in text
    assert "<#3>" in safety_text(["en"], rules_channel_id=3)
