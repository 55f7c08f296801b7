"""Pending deletions of the bot's own nudges, batched for the flush transaction.

A nudge "deletes itself after a delay"; the delay runs in memory, so the promise is
also written down (see `db.database.Database.flush`) for a restarted process to
keep. Registering and finishing deletions here costs no write of its own: the next
flush writes them with the counts, so the nudge rate never drives the write rate.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class NudgeDeletion:
    """The bot's own nudge message and when to delete it (Unix seconds). No user ids."""

    message_id: int
    channel_id: int
    guild_id: int
    delete_at: float


class PendingNudgeDeletions:
    """Deletions scheduled and finished since the last flush; pure, single-threaded."""

    def __init__(self) -> None:
        self._scheduled: dict[int, NudgeDeletion] = {}
        self._done: set[int] = set()

    def schedule(self, deletion: NudgeDeletion) -> None:
        """Remember a new deletion; the next flush stores it."""
        self._scheduled[deletion.message_id] = deletion
        self._done.discard(deletion.message_id)

    def done(self, message_id: int) -> None:
        """The nudge is gone (or can never be deleted): the next flush drops its row.

        A deletion finished before any flush stored it is simply forgotten.
        """
        if self._scheduled.pop(message_id, None) is None:
            self._done.add(message_id)

    def drain(self) -> tuple[list[NudgeDeletion], list[int]]:
        """(deletions to store, message ids whose rows to remove), and start again."""
        scheduled, self._scheduled = self._scheduled, {}
        done, self._done = self._done, set()
        return list(scheduled.values()), sorted(done)

    def requeue(self, scheduled: Iterable[NudgeDeletion], done: Iterable[int]) -> None:
        """Put back a drained batch whose flush failed, keeping what happened since."""
        for message_id in done:
            if message_id not in self._scheduled:
                self._done.add(message_id)
        for deletion in scheduled:
            if deletion.message_id in self._done:  # finished while the flush was failing
                self._done.discard(deletion.message_id)
            else:
                self._scheduled.setdefault(deletion.message_id, deletion)

    def pending(self) -> int:
        """How many changes the next drain would return."""
        return len(self._scheduled) + len(self._done)
