"""The pile-on and persistent-targeting detectors with a controllable clock."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.core.guild_settings import GuildSettings
from bot.core.moderation.bullying import (
    MAX_HITS,
    BullyingRules,
    Hit,
    PersistentDetector,
    PersistentRule,
    PileOnDetector,
    PileOnRule,
    local_day,
    rules_for,
)
from bot.core.scoring.verdict import Category

GUILD = 1
TARGET = 2
T0 = datetime(2026, 11, 30, 12, 0, tzinfo=UTC).timestamp()
DAY = 86_400.0
message_ids = iter(range(1000, 10**9))


def hit(author: int, at: float, *, target: int = TARGET, guild: int = GUILD) -> Hit:
    moment = datetime.fromtimestamp(at, UTC)
    return Hit(guild, target, author, 50, next(message_ids), at, moment.date(), (Category.INSULT,))


# -- pile-on ---------------------------------------------------------------------------


def test_pile_on_needs_both_enough_messages_and_enough_members() -> None:
    detector, rule = PileOnDetector(), PileOnRule()  # 5 messages, 3 members, 30 minutes
    authors = [10, 11, 10, 11, 10, 11]  # six messages, only two members
    assert not any(detector.add(hit(a, T0 + i * 60), rule) for i, a in enumerate(authors))
    assert detector.add(hit(12, T0 + 400), rule)  # a third member
    window = detector.window(GUILD, TARGET)
    assert (window.messages, len(window.authors)) == (7, 3)
    assert window.first_at == T0
    assert window.categories == (Category.INSULT,)


def test_pile_on_fires_exactly_at_the_thresholds() -> None:
    detector, rule = PileOnDetector(), PileOnRule(messages=5, members=3)
    results = [detector.add(hit(a, T0 + i), rule) for i, a in enumerate([10, 11, 12, 10])]
    assert results == [False] * 4
    assert detector.add(hit(11, T0 + 10), rule) is True


def test_pile_on_messages_outside_the_window_do_not_count() -> None:
    detector, rule = PileOnDetector(), PileOnRule(messages=5, members=3, minutes=30)
    for i, author in enumerate([10, 11, 12, 13]):
        assert detector.add(hit(author, T0 + i * 60), rule) is False
    # just over 30 minutes after the first: it has left the window, three remain, plus this
    assert detector.add(hit(14, T0 + 30 * 60 + 30), rule) is False
    assert detector.add(hit(15, T0 + 30 * 60 + 40), rule) is True


def test_pile_on_counts_each_target_separately_and_each_server_separately() -> None:
    detector, rule = PileOnDetector(), PileOnRule(messages=3, members=3)
    assert detector.add(hit(10, T0, target=2), rule) is False
    assert detector.add(hit(11, T0, target=3), rule) is False
    assert detector.add(hit(12, T0, target=2, guild=9), rule) is False
    assert detector.add(hit(13, T0, target=2), rule) is False
    assert detector.tracked() == 3


def test_pile_on_state_expires_and_memory_is_bounded() -> None:
    detector = PileOnDetector(max_tracked=100)
    rule = PileOnRule()
    for target in range(500):
        detector.add(hit(10, T0, target=target + 10), rule)
    assert detector.tracked() == 100  # least recently touched dropped first
    detector.sweep(T0 + rule.seconds + 1, rule.seconds)
    assert detector.tracked() == 0
    for i in range(MAX_HITS * 3):  # a flood at one target keeps a bounded window
        assert detector.add(hit(10 + i % 7, T0 + i * 0.01), rule) == (i >= 4)
    assert detector.window(GUILD, TARGET).messages == MAX_HITS


def test_pile_on_forget_erases_a_member_as_target_and_as_author() -> None:
    detector, rule = PileOnDetector(), PileOnRule(messages=4, members=3)
    for i, author in enumerate([10, 11, 12]):
        detector.add(hit(author, T0 + i), rule)
    detector.add(hit(10, T0, target=99), rule)
    detector.forget(GUILD, 12)  # as an author: two messages left at TARGET
    assert detector.add(hit(13, T0 + 5), rule) is False
    detector.forget(GUILD, TARGET)
    detector.forget(GUILD, 10)  # the only author at 99: nothing left about them
    assert detector.tracked() == 0


# -- persistent targeting ----------------------------------------------------------------


def test_persistent_counts_an_author_once_per_day() -> None:
    detector, rule = PersistentDetector(), PersistentRule(days=3)
    for i in range(10):  # ten messages on one day
        assert detector.add(hit(10, T0 + i * 60), rule) is False
    assert detector.add(hit(10, T0 + DAY), rule) is False  # two days
    assert detector.add(hit(10, T0 + 2 * DAY), rule)
    window = detector.window(GUILD, 10, TARGET)
    assert (window.days, window.messages, window.authors) == (3, 12, (10,))


def test_persistent_is_per_author_different_authors_do_not_add_up() -> None:
    detector, rule = PersistentDetector(), PersistentRule(days=3)
    assert detector.add(hit(10, T0), rule) is False
    assert detector.add(hit(11, T0 + DAY), rule) is False
    assert detector.add(hit(12, T0 + 2 * DAY), rule) is False


def test_persistent_days_must_fall_within_seven_days() -> None:
    detector, rule = PersistentDetector(), PersistentRule(days=3)
    assert detector.add(hit(10, T0), rule) is False
    assert detector.add(hit(10, T0 + 3 * DAY), rule) is False
    # day 8: the first day has left the 7-day window, two days remain
    assert detector.add(hit(10, T0 + 7 * DAY), rule) is False
    assert detector.add(hit(10, T0 + 8 * DAY), rule)
    assert detector.window(GUILD, 10, TARGET).days == 3


def test_persistent_pairs_expire_after_the_window_and_memory_is_bounded() -> None:
    detector = PersistentDetector(max_tracked=50)
    rule = PersistentRule()
    for author in range(200):
        detector.add(hit(author + 10, T0), rule)
    assert detector.tracked() == 50
    detector.sweep(T0 + 6 * DAY)
    assert detector.tracked() == 50
    detector.sweep(T0 + 7 * DAY)
    assert detector.tracked() == 0


def test_persistent_forget_erases_both_sides() -> None:
    detector, rule = PersistentDetector(), PersistentRule(days=2)
    detector.add(hit(10, T0), rule)
    detector.add(hit(TARGET, T0, target=10), rule)
    detector.add(hit(11, T0), rule)
    detector.forget(GUILD, 10)
    assert detector.tracked() == 1
    assert detector.add(hit(10, T0 + DAY), rule) is False  # started over: one day


def test_the_day_is_the_servers_local_day() -> None:
    late_evening_rome = datetime(2026, 11, 30, 22, 30, tzinfo=UTC).timestamp()  # 23:30 in Rome
    after_midnight = late_evening_rome + 3600  # 00:30 in Rome, still 23:30 in UTC
    assert local_day(late_evening_rome, "UTC") == local_day(after_midnight, "UTC")
    assert local_day(after_midnight, "Europe/Rome") == date(2026, 12, 1)
    assert local_day(late_evening_rome, "Europe/Rome") == date(2026, 11, 30)
    assert local_day(after_midnight, "Not/AZone") == date(2026, 11, 30)  # UTC fallback


def test_rules_follow_the_servers_settings() -> None:
    defaults = rules_for(GuildSettings(guild_id=1))
    assert defaults == BullyingRules(PileOnRule(5, 3, 30), PersistentRule(3))
    off = GuildSettings(guild_id=1, bullying_pileon_enabled=False, bullying_persistent_days=4)
    assert rules_for(off) == BullyingRules(None, PersistentRule(4))


@pytest.mark.parametrize("days", [0, 1, 2, 5, 6])
def test_persistent_day_boundaries_within_the_week(days: int) -> None:
    detector, rule = PersistentDetector(), PersistentRule(days=2)
    assert detector.add(hit(10, T0), rule) is False
    assert detector.add(hit(10, T0 + days * DAY), rule) == (days > 0)
