"""The categories and target kinds the targeting rules read, as plain class attributes.

On Python 3.11 every `Category.X` / `TargetKind.X` read goes through the slow
attribute hook of `EnumType` (it defines `__getattr__`): about 120 ns a read,
against about 15 ns for an attribute of a plain class. The rules read some 30 of
them for each hit they aim, so they read `Cat.X` and `Kind.X` instead: the very
same enum members, found without the hook.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring.verdict import Category, TargetKind


class Cat:
    """`Category`'s members."""

    INSULT: Final = Category.INSULT
    PROFANITY: Final = Category.PROFANITY
    THREAT: Final = Category.THREAT
    SELF_HARM: Final = Category.SELF_HARM
    EXCLUSION: Final = Category.EXCLUSION
    IDENTITY_ATTACK: Final = Category.IDENTITY_ATTACK
    BODY_SHAMING: Final = Category.BODY_SHAMING
    SEXUAL_HARASSMENT: Final = Category.SEXUAL_HARASSMENT


class Kind:
    """`TargetKind`'s members."""

    SECOND_PERSON: Final = TargetKind.SECOND_PERSON
    MENTION: Final = TargetKind.MENTION
    REPLY: Final = TargetKind.REPLY
    GROUP: Final = TargetKind.GROUP
    IMPERATIVE: Final = TargetKind.IMPERATIVE
    SELF: Final = TargetKind.SELF
    OBJECT: Final = TargetKind.OBJECT
    THIRD_PERSON: Final = TargetKind.THIRD_PERSON
    REPORTED: Final = TargetKind.REPORTED
    NONE: Final = TargetKind.NONE


# The kinds that count a hit against someone: a guard that clears a false flag lowers
# only these and leaves self-talk, objects and reports as the earlier rules read them.
AIMED_KINDS: Final[frozenset[TargetKind]] = frozenset({
    Kind.SECOND_PERSON, Kind.THIRD_PERSON, Kind.GROUP, Kind.IMPERATIVE, Kind.MENTION,
    Kind.REPLY,
})  # fmt: skip
