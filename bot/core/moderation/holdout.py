"""Hold-back experiments: which members get no nudge while a server measures its nudges.

Pure. A member's arm comes from a keyed hash (HMAC-SHA256) of their id with the
experiment's random key, so it is stable for the whole experiment and no list of
members is needed to remember it. High-severity messages are never held back, and a
held-back decision keeps its alert: only the nudge itself is left out.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, replace
from enum import StrEnum

from bot.core.moderation.nudge_decision import NudgeDecision
from bot.core.moderation.user_state import REPEAT_OUTCOME_SECONDS
from bot.core.scoring.verdict import Severity

DEFAULT_SHARE = 0.10
MIN_SHARE = 0.05
MAX_SHARE = 0.50
FOLLOW_UP_SECONDS = REPEAT_OUTCOME_SECONDS
"""How long after a member's first would-be nudge a new flag counts as "flagged again"."""
EDIT_WINDOW_SECONDS = 10 * 60
"""How long after it the flagged message counts as revised or deleted."""
KEY_BYTES = 32
_SPACE = 1 << 64


class Arm(StrEnum):
    """The two groups compared (stored values: never rename)."""

    NUDGED = "nudged"
    HELD_BACK = "held_back"


@dataclass(frozen=True, slots=True)
class Experiment:
    """One server's experiment: its secret key, the share held back, when it ran."""

    experiment_id: int
    guild_id: int
    key: bytes
    share: float
    started_at: float
    stopped_at: float | None = None

    @property
    def running(self) -> bool:
        return self.stopped_at is None

    def following(self, now: float) -> bool:
        """True while flags still count: running, or stopped less than a week ago (the
        members it held back or nudged before the stop still have their week to finish)."""
        return self.stopped_at is None or now < self.stopped_at + FOLLOW_UP_SECONDS


def check_share(share: float) -> float:
    """The share held back, refused outside [MIN_SHARE, MAX_SHARE]."""
    if not MIN_SHARE <= share <= MAX_SHARE:
        raise ValueError(f"the share held back must be between {MIN_SHARE:.0%} and {MAX_SHARE:.0%}")
    return share


def new_experiment(guild_id: int, share: float, now: float) -> Experiment:
    """A running experiment with a fresh random key and id."""
    return Experiment(
        experiment_id=secrets.randbits(62),
        guild_id=guild_id,
        key=secrets.token_bytes(KEY_BYTES),
        share=check_share(share),
        started_at=now,
    )


def _digest(key: bytes, user_id: int) -> bytes:
    return hmac.new(key, str(user_id).encode("ascii"), hashlib.sha256).digest()


def assign(experiment: Experiment, user_id: int) -> tuple[str, Arm]:
    """The member's stored hash and arm, from one keyed hash of their id.

    The arm: the first 64 bits as a uniform number in [0, 1), held back below the
    share. The hash kept in the database (and erased by `/kindness forget`) is
    taken from other bits of the same digest.
    """
    digest = _digest(experiment.key, user_id)
    point = int.from_bytes(digest[:8], "big") / _SPACE
    arm = Arm.HELD_BACK if point < experiment.share else Arm.NUDGED
    return digest[8:24].hex(), arm


def member_hash(experiment: Experiment, user_id: int) -> str:
    """What the database keeps instead of the member id."""
    return assign(experiment, user_id)[0]


def in_experiment(decision: NudgeDecision, severity: Severity) -> bool:
    """A would-be nudge the experiment may hold back: never a high-severity message."""
    return decision.nudge and severity < Severity.HIGH


def hold_back(decision: NudgeDecision) -> NudgeDecision:
    """The same decision without the nudge; the alert and the member's state stay as they are.

    The state still records the nudge, so the cooldown treats both arms alike.
    `repeated` counts members nudged again, so a held-back decision is not one.
    """
    return replace(decision, nudge=False, repeated=False)
