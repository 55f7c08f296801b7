"""Who a hostile message is aimed at, from what Discord itself says about the message.

Only Discord's own data counts, never a guess from the words: the member the message
replies to, and the members it mentions. Roles, @everyone and @here are not a
person; a bot is not a member to protect; nobody is their own target. Only ids are
used, so nothing here ever holds text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

MAX_TARGETS = 5
"""Targets taken from one message: a message pinging twenty people is a broadcast, and the
bound keeps one message from touching unbounded state."""


@dataclass(frozen=True, slots=True)
class Person:
    """A user as Discord describes them in a message: an id and whether it is a bot."""

    id: int
    bot: bool = False


@dataclass(frozen=True, slots=True)
class MessageAim:
    """What Discord says a message points at (ids only)."""

    author_id: int
    replied_to: Person | None = None
    """The author of the message replied to, when Discord resolved it."""
    mentioned: Sequence[Person] = ()
    """User mentions, in the order Discord lists them."""
    role_ids: Sequence[int] = ()
    """Role mentions: never a target (a role is not a person)."""
    mentions_everyone: bool = False
    """@everyone or @here: never a target."""


def targets_of(aim: MessageAim) -> tuple[int, ...]:
    """The members a hostile message is aimed at: the one replied to, then those mentioned.

    A bot, the author themselves, roles and @everyone/@here are never targets; each
    member appears once; at most `MAX_TARGETS`.
    """
    people = ([aim.replied_to] if aim.replied_to is not None else []) + list(aim.mentioned)
    targets: dict[int, None] = {}
    for person in people:
        if person.bot or person.id == aim.author_id:
            continue
        targets[person.id] = None
        if len(targets) == MAX_TARGETS:
            break
    return tuple(targets)
