"""Hold-back assignment: stable, keyed, close to the share; severe messages never held back."""

from __future__ import annotations

import pytest

from bot.core.guild_settings import GuildSettings
from bot.core.moderation.holdout import (
    DEFAULT_SHARE,
    MAX_SHARE,
    MIN_SHARE,
    Arm,
    Experiment,
    assign,
    check_share,
    hold_back,
    in_experiment,
    member_hash,
    new_experiment,
)
from bot.core.moderation.nudge_decision import AlertReason, decide_nudge
from bot.core.moderation.user_state import in_cooldown
from bot.core.scoring.verdict import Category, Severity, TargetKind, Verdict

GUILD = 7


def experiment(key: bytes = b"k" * 32, share: float = DEFAULT_SHARE) -> Experiment:
    return Experiment(1, GUILD, key, share, started_at=0.0)


def verdict(severity: Severity) -> Verdict:
    return Verdict(
        hostile=True,
        score=0.9,
        severity=severity,
        categories=(Category.INSULT,),
        matches=(),
        target=TargetKind.SECOND_PERSON,
        explanation="",
    )


def test_a_member_keeps_their_arm_and_hash_for_the_whole_experiment() -> None:
    e = experiment()
    assert all(assign(e, 123456789) == assign(e, 123456789) for _ in range(3))
    assert member_hash(e, 123456789) == assign(e, 123456789)[0]
    assert len(member_hash(e, 1)) == 32 and str(1) not in member_hash(e, 1)


def test_the_key_decides_so_a_new_experiment_draws_new_groups() -> None:
    members = range(1000, 3000)
    first = {m for m in members if assign(experiment(b"a" * 32), m)[1] is Arm.HELD_BACK}
    second = {m for m in members if assign(experiment(b"b" * 32), m)[1] is Arm.HELD_BACK}
    assert first != second
    assert member_hash(experiment(b"a" * 32), 5) != member_hash(experiment(b"b" * 32), 5)


@pytest.mark.parametrize("share", [MIN_SHARE, DEFAULT_SHARE, 0.3, MAX_SHARE])
def test_the_held_back_share_is_close_to_the_chosen_share(share: float) -> None:
    e = new_experiment(GUILD, share, now=0.0)
    members = 20_000
    held = sum(assign(e, 10**17 + i)[1] is Arm.HELD_BACK for i in range(members))
    # binomial standard deviation at 50% is 0.35 points; 5 of them
    assert abs(held / members - share) < 0.018


def test_new_experiments_get_fresh_random_keys_and_ids() -> None:
    a, b = new_experiment(GUILD, 0.1, 1.0), new_experiment(GUILD, 0.1, 1.0)
    assert a.key != b.key and a.experiment_id != b.experiment_id and len(a.key) == 32
    assert a.running and a.started_at == 1.0


@pytest.mark.parametrize("share", [0.0, 0.04, 0.51, 1.0, -0.1])
def test_shares_outside_the_bounds_are_refused(share: float) -> None:
    with pytest.raises(ValueError, match="between 5% and 50%"):
        check_share(share)


def test_following_lasts_a_week_after_the_stop() -> None:
    e = Experiment(1, GUILD, b"k" * 32, 0.1, started_at=0.0, stopped_at=100.0)
    assert not e.running
    assert e.following(100.0 + 7 * 86400 - 1) and not e.following(100.0 + 7 * 86400)


def test_high_severity_is_never_in_the_experiment_and_held_back_keeps_the_alert() -> None:
    settings = GuildSettings(guild_id=GUILD, alert_channel_id=99)
    severe = decide_nudge(
        verdict(Severity.HIGH),
        settings,
        None,
        10.0,
        guild_id=GUILD,
        user_id=1,
        target_mentioned=False,
    )
    medium = decide_nudge(
        verdict(Severity.MEDIUM),
        settings,
        None,
        10.0,
        guild_id=GUILD,
        user_id=1,
        target_mentioned=False,
    )
    assert severe is not None and medium is not None
    assert not in_experiment(severe, Severity.HIGH)
    assert in_experiment(medium, Severity.MEDIUM)
    held = hold_back(severe)
    assert not held.nudge and held.alert and held.alert_reason is AlertReason.HIGH_SEVERITY
    # the cooldown treats a held-back member as if nudged, so both groups are counted alike
    assert held.state == severe.state and in_cooldown(held.state, 11.0, settings.cooldown_seconds)


def test_a_decision_without_a_nudge_is_not_in_the_experiment() -> None:
    settings = GuildSettings(guild_id=GUILD)
    first = decide_nudge(
        verdict(Severity.LOW),
        settings,
        None,
        10.0,
        guild_id=GUILD,
        user_id=1,
        target_mentioned=False,
    )
    assert first is not None
    again = decide_nudge(
        verdict(Severity.LOW),
        settings,
        first.state,
        11.0,
        guild_id=GUILD,
        user_id=1,
        target_mentioned=False,
    )
    assert again is not None and not again.nudge  # in cooldown
    assert not in_experiment(again, Severity.LOW)
