"""The experiment book: flags, exposures, the 10-minute edit window, batches and forgetting."""

from __future__ import annotations

from dataclasses import replace

from bot.core.guild_settings import GuildSettings
from bot.core.moderation.experiment_book import ExperimentBook
from bot.core.moderation.holdout import EDIT_WINDOW_SECONDS, Arm, Experiment, assign
from bot.core.moderation.nudge_decision import NudgeDecision, decide_nudge
from bot.core.scoring.verdict import Category, Severity, TargetKind, Verdict

GUILD = 3
EXPERIMENT = Experiment(11, GUILD, b"s" * 32, 0.5, started_at=0.0)


def member_in(arm: Arm, experiment: Experiment = EXPERIMENT) -> int:
    return next(m for m in range(1, 1000) if assign(experiment, m)[1] is arm)


def decision(severity: Severity = Severity.MEDIUM) -> NudgeDecision:
    v = Verdict(True, 0.8, severity, (Category.INSULT,), (), TargetKind.SECOND_PERSON, "")
    settings = GuildSettings(guild_id=GUILD, alert_channel_id=5)
    made = decide_nudge(v, settings, None, 100.0, guild_id=GUILD, user_id=1, target_mentioned=False)
    assert made is not None
    return made


def test_a_held_back_member_gets_no_nudge_and_a_nudged_member_does() -> None:
    book = ExperimentBook()
    held, nudged = member_in(Arm.HELD_BACK), member_in(Arm.NUDGED)
    d = decision()
    out, was_held = book.note_flag(
        EXPERIMENT, held, 501, severity=Severity.MEDIUM, decision=d, now=100.0
    )
    assert was_held and not out.nudge and out.alert == d.alert
    out, was_held = book.note_flag(
        EXPERIMENT, nudged, 502, severity=Severity.MEDIUM, decision=d, now=100.0
    )
    assert not was_held and out is d
    ops = book.drain()
    assert [e.arm for e in ops.exposures] == [Arm.HELD_BACK, Arm.NUDGED]
    assert [f.member for f in ops.flags] == [
        assign(EXPERIMENT, held)[0],
        assign(EXPERIMENT, nudged)[0],
    ]
    assert book.pending() == 0 and book.watching() == 2


def test_severe_messages_are_flags_but_never_held_back_nor_exposures() -> None:
    book = ExperimentBook()
    held = member_in(Arm.HELD_BACK)
    d = decision(Severity.HIGH)
    out, was_held = book.note_flag(EXPERIMENT, held, 1, severity=Severity.HIGH, decision=d, now=1.0)
    assert out is d and out.nudge and not was_held
    ops = book.drain()
    assert not ops.exposures and len(ops.flags) == 1 and book.watching() == 0


def test_a_stopped_experiment_still_counts_flags_but_holds_nothing_back() -> None:
    book = ExperimentBook()
    stopped = replace(EXPERIMENT, stopped_at=50.0)
    d = decision()
    out, was_held = book.note_flag(
        stopped, member_in(Arm.HELD_BACK), 1, severity=Severity.LOW, decision=d, now=60.0
    )
    assert out is d and not was_held
    ops = book.drain()
    assert len(ops.flags) == 1 and not ops.exposures


def test_edit_or_delete_within_ten_minutes_counts_once_and_later_does_not() -> None:
    book = ExperimentBook()
    d = decision()
    for message_id, user in ((1, 10), (2, 20), (3, 30)):
        book.note_flag(EXPERIMENT, user, message_id, severity=Severity.LOW, decision=d, now=0.0)
    book.drain()
    assert book.changed(1, 30.0) and not book.changed(1, 31.0)  # once
    assert not book.changed(2, EDIT_WINDOW_SECONDS + 1)  # too late: closed unchanged
    assert book.expire(EDIT_WINDOW_SECONDS - 1) == 0
    assert book.expire(EDIT_WINDOW_SECONDS) == 1 and book.watching() == 0
    watched = {(w.member, w.changed) for w in book.drain().watched}
    assert watched == {
        (assign(EXPERIMENT, 10)[0], True),
        (assign(EXPERIMENT, 20)[0], False),
        (assign(EXPERIMENT, 30)[0], False),
    }
    assert not book.changed(999, 1.0)  # a message nobody watches


def test_requeue_puts_a_failed_batch_back_in_order() -> None:
    book = ExperimentBook()
    book.note_flag(EXPERIMENT, 1, 1, severity=Severity.LOW, decision=decision(), now=1.0)
    failed = book.drain()
    book.note_flag(EXPERIMENT, 2, 2, severity=Severity.LOW, decision=decision(), now=2.0)
    book.requeue(failed)
    ops = book.drain()
    assert [f.at for f in ops.flags] == [1.0, 2.0] and [e.at for e in ops.exposures] == [1.0, 2.0]


def test_memory_is_bounded_and_drops_are_counted() -> None:
    book = ExperimentBook(capacity=3)
    for i in range(5):
        book.note_flag(EXPERIMENT, i, i, severity=Severity.LOW, decision=decision(), now=1.0)
    assert book.pending() == 3 and book.dropped > 0
    assert book.watching() <= 3


def test_forget_and_drop_experiment_leave_nothing_of_them() -> None:
    book = ExperimentBook()
    other = replace(EXPERIMENT, experiment_id=12)
    for exp in (EXPERIMENT, other):
        for user in (1, 2):
            book.note_flag(
                exp,
                user,
                exp.experiment_id * 10 + user,
                severity=Severity.LOW,
                decision=decision(),
                now=1.0,
            )
    book.forget({assign(EXPERIMENT, 1)[0]})
    book.drop_experiment(12)
    ops = book.drain()
    left = {(o.experiment_id, o.member) for o in ops.exposures}
    left |= {(o.experiment_id, o.member) for o in ops.flags}
    assert left == {(11, assign(EXPERIMENT, 2)[0])}
    assert book.watching() == 1 and not book.changed(111, 2.0) and book.changed(112, 2.0)
