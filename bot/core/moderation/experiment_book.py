"""What an experiment notes between database writes, and the 10-minute edit windows.

Pure and in memory. The watcher tells it about flags and would-be nudges; it turns
them into small operations (`ExperimentOps`) that the bot writes in one transaction
every few seconds, so the message rate never drives the write rate. A flagged
message is watched for `EDIT_WINDOW_SECONDS`: an edit or a delete in that time
counts as "changed", the end of the window as "not changed". Only message ids and
member hashes are held, never text; a restart forgets the windows still open, and
those members are then left out of that outcome in both groups alike.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import TypeVar

from bot.core.moderation.holdout import (
    EDIT_WINDOW_SECONDS,
    Arm,
    Experiment,
    assign,
    hold_back,
    in_experiment,
)
from bot.core.moderation.nudge_decision import NudgeDecision
from bot.core.scoring.verdict import Severity

MAX_PENDING = 50_000
"""Operations kept in memory while the database fails; beyond it new ones are dropped."""


@dataclass(frozen=True, slots=True)
class Exposure:
    """A member's would-be nudge: the first one in an experiment opens their week."""

    experiment_id: int
    member: str
    arm: Arm
    at: float


@dataclass(frozen=True, slots=True)
class Flag:
    """A flagged message: "flagged again" for a member whose week opened before it."""

    experiment_id: int
    member: str
    at: float


@dataclass(frozen=True, slots=True)
class Watched:
    """The end of a flagged message's edit window: changed (edited, deleted) or not."""

    experiment_id: int
    member: str
    exposed_at: float
    changed: bool


_Op = TypeVar("_Op", Exposure, Flag, Watched)


@dataclass(slots=True)
class ExperimentOps:
    """One batch to write, applied in this order: exposures, flags, watched windows."""

    exposures: list[Exposure] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    watched: list[Watched] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.exposures) + len(self.flags) + len(self.watched)


class ExperimentBook:
    """Pending operations and open edit windows (message id -> exposure)."""

    def __init__(self, capacity: int = MAX_PENDING, window: float = EDIT_WINDOW_SECONDS) -> None:
        self._capacity = capacity
        self._window = window
        self._ops = ExperimentOps()
        self._open: OrderedDict[int, Exposure] = OrderedDict()
        self.dropped = 0
        """Operations dropped because memory was full (a long database outage)."""

    def pending(self) -> int:
        return len(self._ops)

    def watching(self) -> int:
        return len(self._open)

    def note_flag(
        self,
        experiment: Experiment,
        user_id: int,
        message_id: int,
        *,
        severity: Severity,
        decision: NudgeDecision,
        now: float,
    ) -> tuple[NudgeDecision, bool]:
        """Note a flagged message of a following experiment's server; the decision to act
        on, and whether its nudge was held back.

        Every flag may be a member's "flagged again". A would-be nudge of a running
        experiment (never a high-severity one) is an exposure, watched for an edit, and
        left out for the held-back group.
        """
        member, arm = assign(experiment, user_id)
        self._add(self._ops.flags, Flag(experiment.experiment_id, member, now))
        if not experiment.running or not in_experiment(decision, severity):
            return decision, False
        self._exposed(Exposure(experiment.experiment_id, member, arm, now), message_id)
        if arm is Arm.NUDGED:
            return decision, False
        return hold_back(decision), True

    def _exposed(self, exposure: Exposure, message_id: int) -> None:
        if not self._room():
            return
        self._ops.exposures.append(exposure)
        self._open[message_id] = exposure
        self._open.move_to_end(message_id)
        while len(self._open) > self._capacity:
            self._open.popitem(last=False)

    def changed(self, message_id: int, now: float) -> bool:
        """An edit or delete of a watched message within its window; True if it counted."""
        exposure = self._open.pop(message_id, None)
        if exposure is None:
            return False
        if now > exposure.at + self._window:
            self._close(exposure, changed=False)
            return False
        self._close(exposure, changed=True)
        return True

    def expire(self, now: float) -> int:
        """Close the windows that ended unchanged; returns how many."""
        closed = 0
        while self._open:
            message_id, exposure = next(iter(self._open.items()))
            if exposure.at + self._window > now:
                break
            del self._open[message_id]
            self._close(exposure, changed=False)
            closed += 1
        return closed

    def drain(self) -> ExperimentOps:
        ops, self._ops = self._ops, ExperimentOps()
        return ops

    def requeue(self, ops: ExperimentOps) -> None:
        """Put a batch that failed to write back in front of what came since."""
        newer, self._ops = self._ops, ops
        for exposure in newer.exposures:
            self._add(self._ops.exposures, exposure)
        for flag in newer.flags:
            self._add(self._ops.flags, flag)
        for watched in newer.watched:
            self._add(self._ops.watched, watched)

    def forget(self, members: Collection[str]) -> None:
        """Drop everything pending or watched about these member hashes."""
        ops = self._ops
        ops.exposures = [e for e in ops.exposures if e.member not in members]
        ops.flags = [f for f in ops.flags if f.member not in members]
        ops.watched = [w for w in ops.watched if w.member not in members]
        for message_id in [m for m, e in self._open.items() if e.member in members]:
            del self._open[message_id]

    def drop_experiment(self, experiment_id: int) -> None:
        """Drop everything pending or watched for an experiment that no longer exists."""
        ops = self._ops
        ops.exposures = [e for e in ops.exposures if e.experiment_id != experiment_id]
        ops.flags = [f for f in ops.flags if f.experiment_id != experiment_id]
        ops.watched = [w for w in ops.watched if w.experiment_id != experiment_id]
        for message_id in [m for m, e in self._open.items() if e.experiment_id == experiment_id]:
            del self._open[message_id]

    def _close(self, exposure: Exposure, *, changed: bool) -> None:
        watched = Watched(exposure.experiment_id, exposure.member, exposure.at, changed)
        self._add(self._ops.watched, watched)

    def _add(self, items: list[_Op], item: _Op) -> None:
        if self._room():
            items.append(item)

    def _room(self) -> bool:
        if len(self._ops) < self._capacity:
            return True
        self.dropped += 1
        return False
