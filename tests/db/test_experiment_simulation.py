"""The acceptance simulation: 10,000 synthetic members through the real experiment code.

Each member's flagged messages go through the real decision (`decide_nudge`), the real
assignment and hold-back (`ExperimentBook.note_flag`), edits through the real 10-minute
window, and every batch into a real SQLite file through the store; the result is read
back and compared exactly as `/kindness experiment results` does. A simulated member
reacts to what they actually got (a nudge or none), not to a label. Seeds are fixed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

from bot.core.guild_settings import GuildSettings
from bot.core.moderation.experiment_book import ExperimentBook
from bot.core.moderation.holdout import DEFAULT_SHARE, Experiment, assign
from bot.core.moderation.nudge_decision import decide_nudge
from bot.core.moderation.user_state import UserState
from bot.core.scoring.verdict import Category, Severity, TargetKind, Verdict
from bot.core.stats.experiment_result import ExperimentResult, experiment_result
from bot.core.stats.proportions import wilson
from db.database import Database

GUILD = 555
MEMBERS = 10_000
DAY = 86400.0
START = 1_800_000_000.0
HOSTILE = Verdict(True, 0.8, Severity.MEDIUM, (Category.INSULT,), (), TargetKind.SECOND_PERSON, "")
SETTINGS = GuildSettings(guild_id=GUILD)


@dataclass(frozen=True)
class Effect:
    again_nudged: float
    again_held_back: float
    changed_nudged: float
    changed_held_back: float


async def simulate(db: Database, seed: int, effect: Effect) -> tuple[ExperimentResult, int]:
    """Run the experiment on MEMBERS synthetic members; the result a week after the last."""
    rng = random.Random(seed)
    experiment = Experiment(seed, GUILD, rng.randbytes(32), DEFAULT_SHARE, started_at=START)
    assert await db.start_experiment(experiment)
    # (time, order, kind, user): kinds are "flag", "edit"; order keeps ties stable
    events: list[tuple[float, int, str, int]] = []
    for index in range(MEMBERS):
        user = rng.getrandbits(60) | (1 << 60)  # snowflake-sized ids
        events.append((START + rng.uniform(0, 21 * DAY), index, "first", user))
    events.sort()
    book = ExperimentBook()
    states: dict[int, UserState] = {}
    message_ids = iter(range(10**12, 10**13))
    held_back_seen = 0
    followups: list[tuple[float, int, str, int]] = []
    for at, index, _kind, user in events:
        decision = decide_nudge(
            HOSTILE, SETTINGS, None, at, guild_id=GUILD, user_id=user, target_mentioned=False
        )
        assert decision is not None and decision.nudge
        message_id = next(message_ids)
        acted, held = book.note_flag(
            experiment, user, message_id, severity=Severity.MEDIUM, decision=decision, now=at
        )
        assert held is (assign(experiment, user)[1].value == "held_back")
        assert acted.nudge is not held
        held_back_seen += held
        states[user] = acted.state
        nudged = acted.nudge
        if rng.random() < (effect.changed_nudged if nudged else effect.changed_held_back):
            followups.append((at + rng.uniform(1, 590), index, f"edit:{message_id}", user))
        elif rng.random() < 0.05:  # edited, but after the 10-minute window: not counted
            followups.append((at + rng.uniform(660, 3600), index, f"edit:{message_id}", user))
        if rng.random() < (effect.again_nudged if nudged else effect.again_held_back):
            followups.append((at + rng.uniform(600, 6.9 * DAY), index, "flag", user))
        if rng.random() < 0.1:  # flagged again after the week: not "within 7 days"
            followups.append((at + rng.uniform(7.1 * DAY, 9 * DAY), index, "flag", user))
    followups.sort()
    for count, (at, _index, kind, user) in enumerate(followups, 1):
        book.expire(at)
        if kind.startswith("edit:"):
            book.changed(int(kind.removeprefix("edit:")), at)
        else:
            decision = decide_nudge(
                HOSTILE,
                SETTINGS,
                states[user],
                at,
                guild_id=GUILD,
                user_id=user,
                target_mentioned=False,
            )
            assert decision is not None
            acted, _held = book.note_flag(
                experiment,
                user,
                next(message_ids),
                severity=Severity.MEDIUM,
                decision=decision,
                now=at,
            )
            states[user] = acted.state
        if count % 500 == 0:  # the cog writes a batch every few seconds
            await db.apply_experiment_ops(book.drain())
    end = START + 30 * DAY + 10 * DAY
    book.expire(end)
    await db.apply_experiment_ops(book.drain())
    # half the members are folded into the totals first, as the hourly loop would
    await db.fold_experiment_members([experiment.experiment_id], before=START + 10 * DAY)
    return experiment_result(
        await db.experiment_counts(experiment.experiment_id, end)
    ), held_back_seen


@pytest.mark.parametrize("seed", [1, 2])
async def test_a_known_effect_is_found_and_its_interval_holds_the_truth(
    db: Database, seed: int
) -> None:
    effect = Effect(
        again_nudged=0.20, again_held_back=0.30, changed_nudged=0.20, changed_held_back=0.08
    )
    result, held_back = await simulate(db, seed, effect)
    again, changed = result.flagged_again, result.changed
    assert again.difference is not None and changed.difference is not None
    members = again.nudged[1] + again.held_back[1]
    assert members == MEMBERS and again.held_back[1] == held_back
    assert abs(held_back / MEMBERS - DEFAULT_SHARE) < 0.015
    assert again.difference.contains(-0.10) and again.difference.excludes_zero
    assert again.nudges_help is True
    assert wilson(*again.nudged).contains(0.20) and wilson(*again.held_back).contains(0.30)
    assert changed.difference.contains(0.12) and changed.nudges_help is True
    assert changed.nudged[1] == MEMBERS - held_back  # every window closed and counted


@pytest.mark.parametrize("seed", [3, 4])
async def test_no_effect_gives_an_interval_around_zero(db: Database, seed: int) -> None:
    effect = Effect(
        again_nudged=0.25, again_held_back=0.25, changed_nudged=0.1, changed_held_back=0.1
    )
    result, _held_back = await simulate(db, seed, effect)
    for comparison in result.comparisons:
        assert comparison.difference is not None
        assert comparison.difference.contains(0.0) and comparison.nudges_help is None
