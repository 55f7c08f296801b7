"""The replay: the watcher's skips, cooldowns, repeats and alerts, on the messages' own clock."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from bot.core.guild_settings import DeliveryMode, GuildSettings
from bot.core.moderation.nudge_decision import AlertReason
from bot.core.moderation.replay import Replay, ReplayChannel, ReplayMessage, Skip
from bot.core.scoring.scorer import Scorer, ScorerConfig

GUILD, CHANNEL, PARENT = 1, 10, 11
T0 = datetime(2026, 11, 2, 23, 50, tzinfo=UTC).timestamp()
INSULT = "you are such an idiot"  # low severity: nudged, no alert on its own
THREAT = "i will find you and hurt you"  # high severity: alerts


def make_replay(
    settings: GuildSettings | None = None, channel: ReplayChannel | None = None
) -> Replay:
    settings = settings or GuildSettings(GUILD)
    return Replay(
        settings, Scorer(ScorerConfig.from_settings(settings)), channel or ReplayChannel(CHANNEL)
    )


def msg(
    at: float, text: str = INSULT, *, author: int = 5, mid: int = 0, **kw: Any
) -> ReplayMessage:
    return ReplayMessage(message_id=mid or int(at), author_id=author, timestamp=at, text=text, **kw)


def test_the_cooldown_runs_on_the_messages_timestamps() -> None:
    replay = make_replay(GuildSettings(GUILD, cooldown_seconds=300))
    steps = [replay.feed(msg(T0 + dt)) for dt in (0, 100, 299, 300, 301)]
    nudged = [s.decision is not None and s.decision.nudge for s in steps]
    assert nudged == [True, False, False, True, False]
    assert [s.decision.in_cooldown for s in steps if s.decision] == [False, True, True, False, True]
    # each member has a cooldown of their own
    other = replay.feed(msg(T0 + 302, author=6)).decision
    assert other is not None and other.nudge


def test_repeated_hostility_alerts_once_at_the_count_then_folds_into_the_open_alert() -> None:
    replay = make_replay(GuildSettings(GUILD, cooldown_seconds=0))
    steps = [replay.feed(msg(T0 + 60 * i)) for i in range(5)]
    alerts = [s.alert for s in steps]
    assert alerts[:2] == [None, None]
    assert alerts[2] is not None and alerts[2].reason is AlertReason.REPEATED and alerts[2].posted
    # the 4th and 5th flag no longer reach the count exactly: no alert at all
    assert alerts[3:] == [None, None]
    assert steps[2].decision is not None and steps[2].decision.flags_in_window == 3
    total = replay.totals()
    assert (total.alerts, total.alert_updates, total.repeated) == (1, 0, 4)


def test_high_severity_alerts_fold_per_member_within_ten_minutes() -> None:
    replay = make_replay()
    first = replay.feed(msg(T0, THREAT))
    again = replay.feed(msg(T0 + 60, THREAT))
    later = replay.feed(msg(T0 + 601, THREAT))
    other = replay.feed(msg(T0 + 602, THREAT, author=9))
    assert [a and a.posted for a in (first.alert, again.alert, later.alert, other.alert)] == [
        True,
        False,
        True,
        True,
    ]
    total = replay.totals()
    assert (total.alerts, total.alert_updates) == (3, 1)
    assert total.alert_reasons == {"high severity": 4}
    assert total.severities["high"] == 4 and total.categories["threat"] == 4


def test_alerts_are_counted_without_an_alert_channel_and_the_decision_says_none_is_sent() -> None:
    without = make_replay().feed(msg(T0, THREAT))
    with_channel = make_replay(GuildSettings(GUILD, alert_channel_id=77)).feed(msg(T0, THREAT))
    assert without.alert is not None and without.decision is not None
    assert not without.decision.alert
    assert with_channel.decision is not None and with_channel.decision.alert


def test_the_watchers_skips() -> None:
    replay = make_replay(GuildSettings(GUILD, exempt_roles=frozenset({42})))
    assert replay.feed(msg(T0, author_is_bot=True)).skipped is Skip.BOT
    assert replay.feed(msg(T0, is_system=True)).skipped is Skip.SYSTEM
    assert replay.feed(msg(T0, "")).skipped is Skip.EMPTY
    assert replay.feed(msg(T0, role_ids=frozenset({1, 42}))).skipped is Skip.EXEMPT
    assert replay.feed(msg(T0, role_ids=frozenset({1}))).skipped is None
    assert replay.totals().seen == 1 and sum(replay.skipped.values()) == 4


@pytest.mark.parametrize("channel", [ReplayChannel(CHANNEL), ReplayChannel(99, parent_id=CHANNEL)])
def test_an_ignored_channel_or_its_thread_is_not_read(channel: ReplayChannel) -> None:
    replay = make_replay(GuildSettings(GUILD, ignored_channels=frozenset({CHANNEL})), channel)
    assert replay.feed(msg(T0)).skipped is Skip.IGNORED
    assert replay.totals().seen == 0


def test_a_profanity_ok_channel_scores_with_profanity_ok() -> None:
    text = "fuck this shit"
    strict = make_replay().feed(msg(T0, text))
    relaxed = make_replay(
        GuildSettings(GUILD, profanity_ok_channels=frozenset({PARENT})),
        ReplayChannel(CHANNEL, parent_id=PARENT),
    ).feed(msg(T0, text))
    assert strict.verdict is not None and relaxed.verdict is not None
    assert relaxed.verdict.score <= strict.verdict.score
    assert relaxed.verdict == Scorer(ScorerConfig()).score(text, profanity_ok=True)


def test_mentions_and_replies_reach_the_scorer_and_the_target() -> None:
    replay = make_replay()
    step = replay.feed(msg(T0, "idiot", mentions_someone=True))
    assert step.verdict == Scorer(ScorerConfig.from_settings(replay.settings)).score(
        "idiot", mentions_someone=True
    )
    assert step.decision is not None and step.decision.target_mentioned


def test_days_are_utc_dates_and_kindness_is_counted() -> None:
    replay = make_replay(GuildSettings(GUILD, delivery=DeliveryMode.SILENT))
    replay.feed(msg(T0, "thanks so much, you're awesome"))  # 23:50 UTC on the 2nd
    replay.feed(msg(T0 + 600, INSULT))  # 00:00 UTC on the 3rd
    assert sorted(replay.days) == ["2026-11-02", "2026-11-03"]
    assert replay.days["2026-11-02"].kind == 1 and replay.days["2026-11-02"].flagged == 0
    day = replay.days["2026-11-03"]
    assert (day.seen, day.flagged, day.nudges, day.severities["low"]) == (1, 1, 1, 1)


def test_expired_member_state_is_dropped_without_changing_a_decision() -> None:
    settings = GuildSettings(GUILD, cooldown_seconds=300)
    pruned, kept = make_replay(settings), make_replay(settings)
    pruned.prune_every, kept.prune_every = 2, 10**9
    week = 7 * 86400
    times = [T0, T0 + 10, T0 + week + 20, T0 + week + 25, T0 + week + 30, T0 + week + 400]
    authors = [1, 2, 1, 3, 3, 3]
    a = [pruned.feed(msg(t, author=u)).decision for t, u in zip(times, authors, strict=True)]
    b = [kept.feed(msg(t, author=u)).decision for t, u in zip(times, authors, strict=True)]
    assert a == b
    assert [d.repeated for d in a if d] == [False, False, False, False, False, True]
    # member 2, silent for a week, is forgotten; 1 and 3 are still remembered
    assert kept.members_remembered() == 3 and pruned.members_remembered() == 2
