"""Episodes: moderators hear once per episode, later messages update it, it closes after."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.moderation.bullying import BullyingRules, Hit, PersistentRule, PileOnRule
from bot.core.moderation.bullying_episodes import BullyingWatch, PatternKind
from bot.core.scoring.verdict import Category

GUILD, TARGET = 1, 2
T0 = datetime(2026, 11, 30, 12, 0, tzinfo=UTC).timestamp()
DAY = 86_400.0
PILE_ON_ONLY = BullyingRules(PileOnRule(), None)
PERSISTENT_ONLY = BullyingRules(None, PersistentRule())
ids = iter(range(5000, 10**9))


def hit(author: int, at: float, category: Category = Category.INSULT) -> Hit:
    day = datetime.fromtimestamp(at, UTC).date()
    return Hit(GUILD, TARGET, author, 50, next(ids), at, day, (category,))


def test_six_replies_from_four_members_open_one_episode_then_update_it() -> None:
    watch = BullyingWatch()
    authors = [10, 11, 12, 10, 13, 11]
    results = [watch.observe(hit(a, T0 + i * 100), PILE_ON_ONLY) for i, a in enumerate(authors)]
    assert results[:4] == [[], [], [], []]
    opened, updated = results[4], results[5]
    assert [f.new for f in opened] == [True]
    assert [f.new for f in updated] == [False]
    episode = updated[0].episode
    assert episode is opened[0].episode
    assert (episode.kind, episode.messages, episode.author_count) == (PatternKind.PILE_ON, 6, 4)
    assert list(episode.authors) == [10, 11, 12, 13]
    assert len(episode.recent) == 3 and episode.recent[-1][1] > episode.recent[0][1]
    text = episode.text()
    assert "may be being targeted" in text and f"<@{TARGET}>" in text
    assert "**6** hostile messages from **4** members over 8 minutes" in text
    assert text.count("https://discord.com/channels/1/50/") == 3
    assert "insult" in text


def test_after_a_quiet_window_a_new_pile_on_is_a_new_episode() -> None:
    watch = BullyingWatch()
    for i, author in enumerate([10, 11, 12, 13, 14]):
        found = watch.observe(hit(author, T0 + i), PILE_ON_ONLY)
    assert [f.new for f in found] == [True]
    later = T0 + 31 * 60 + 10
    assert watch.observe(hit(10, later), PILE_ON_ONLY) == []  # closed, window emptied
    assert watch.open_episodes() == 0
    for i, author in enumerate([11, 12, 13, 14]):
        found = watch.observe(hit(author, later + 1 + i), PILE_ON_ONLY)
    assert [f.new for f in found] == [True]


def test_persistent_episode_opens_on_the_third_day_and_counts_days_after() -> None:
    watch = BullyingWatch()
    assert watch.observe(hit(10, T0), PERSISTENT_ONLY) == []
    assert watch.observe(hit(10, T0 + 60), PERSISTENT_ONLY) == []
    assert watch.observe(hit(10, T0 + DAY), PERSISTENT_ONLY) == []
    [opened] = watch.observe(hit(10, T0 + 2 * DAY, Category.THREAT), PERSISTENT_ONLY)
    assert opened.new and opened.episode.kind is PatternKind.PERSISTENT
    assert (opened.episode.days, opened.episode.messages) == (3, 4)
    [same_day] = watch.observe(hit(10, T0 + 2 * DAY + 60), PERSISTENT_ONLY)
    [next_day] = watch.observe(hit(10, T0 + 3 * DAY), PERSISTENT_ONLY)
    assert not same_day.new and not next_day.new
    assert (next_day.episode.days, next_day.episode.messages) == (4, 6)
    text = next_day.episode.text()
    assert "on **4** different days within a week" in text and "<@10>" in text
    assert "threat" in text and "insult" in text


def test_both_patterns_can_hold_at_once_and_are_separate_episodes() -> None:
    watch = BullyingWatch()
    rules = BullyingRules(PileOnRule(messages=3, members=2), PersistentRule(days=2))
    watch.observe(hit(10, T0), rules)
    watch.observe(hit(11, T0 + DAY - 60), rules)
    watch.observe(hit(12, T0 + DAY - 30), rules)
    found = watch.observe(hit(10, T0 + DAY), rules)
    assert sorted(f.episode.kind for f in found) == [PatternKind.PERSISTENT, PatternKind.PILE_ON]
    assert all(f.new for f in found)


def test_switched_off_patterns_find_nothing() -> None:
    watch = BullyingWatch()
    for i in range(20):
        assert watch.observe(hit(10 + i % 5, T0 + i * DAY / 4), BullyingRules(None, None)) == []


def test_forget_removes_episodes_where_the_member_is_target_or_author() -> None:
    watch = BullyingWatch()
    for i, author in enumerate([10, 11, 12, 13, 14]):
        watch.observe(hit(author, T0 + i), PILE_ON_ONLY)
    assert watch.open_episodes() == 1
    watch.forget(GUILD, 12)
    assert watch.open_episodes() == 0
    assert watch.pile_on.tracked() == 1
    watch.forget(GUILD, TARGET)
    assert watch.pile_on.tracked() == 0


def test_sweep_closes_passed_episodes_and_windows_and_episodes_are_bounded() -> None:
    watch = BullyingWatch(max_episodes=2)
    rules = BullyingRules(PileOnRule(messages=1, members=1), None)
    for target in range(5):
        watch.observe(Hit(GUILD, 100 + target, 10, 50, target, T0, datetime.now(UTC).date()), rules)
    assert watch.open_episodes() == 2
    watch.sweep(T0 + 29 * 60)
    assert watch.open_episodes() == 2
    watch.sweep(T0 + 30 * 60)
    assert watch.open_episodes() == 0 and watch.pile_on.tracked() == 0
