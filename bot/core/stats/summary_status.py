"""Bookkeeping of weekly summary posts, so each server gets exactly one per week.

A scheduler tick first *claims* (guild, week) in the database; only the tick that
wins the claim renders and posts, then records `posted` or `failed`. A failure is
kept (and shown in `/kindness settings`) rather than retried every tick. A post
that was claimed (or interrupted by a shutdown) but never confirmed is checked
against the channel before it is posted again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

_WEEK_RE = re.compile(r"\d{4}-W(0[1-9]|[1-4]\d|5[0-3])")


class SummaryState(StrEnum):
    """Where one week's summary post is; values are stored."""

    CLAIMED = "claimed"
    POSTED = "posted"
    FAILED = "failed"
    INTERRUPTED = "interrupted"
    """The bot was stopped while posting, before Discord confirmed the post."""

    @property
    def unconfirmed(self) -> bool:
        """Claimed or interrupted: the post may or may not be in the channel."""
        return self in (SummaryState.CLAIMED, SummaryState.INTERRUPTED)


@dataclass(frozen=True, slots=True)
class SummaryStatus:
    """The last known state of one guild's summary for one ISO week (`YYYY-Www`)."""

    guild_id: int
    week: str
    state: SummaryState
    updated_at: float
    error: str | None = None


def check_week(week: str) -> str:
    """Validate an ISO week key `YYYY-Www` (it sorts chronologically as text)."""
    if not _WEEK_RE.fullmatch(week):
        raise ValueError(f"week must look like 2026-W07, got {week!r}")
    return week
