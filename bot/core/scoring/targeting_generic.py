"""Slurs said of people at large (issue 8, implicit derogation): gendered slurs in
the plural ("these hoes ain't loyal", "bitches be crazy") and a slur said of
"people" ("retarded people", "these people are fucking retarded").

A demonstrative or quantifier before the plural ("these", "all", "most") or the
plural opening the message before a habitual verb ("be", "always", "never")
makes a claim about a whole group, which the person rules read as a thing or as
nobody. "my bitches", "me and my hoes" name the writer's own friends and stay out.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from bot.core.scoring.targeting_context import WIDENED, Context, Hit
from bot.core.scoring.targeting_kinds import Cat
from bot.core.scoring.verdict import TargetKind

# Who a claim about all of them may start with.
_ALL_OF_THEM: Final = frozenset({"these", "all", "most", "dese"})
# Verbs of habit after a message-opening plural: "bitches be", "hoes always".
_HABIT: Final = frozenset(
    {"be", "always", "never", "aint", "ain", "love", "only", "swear", "think"}
)
_PEOPLE: Final = frozenset(
    {
        "people",
        "ppl",
        "folks",
        "peoples",
        "men",
        "women",
        "guys",
        "girls",
        "boys",
        "kids",
        "children",
    }
)
# Words between "people" and a slur said of them: "are", "so", "fucking", "straight up".
_LINK: Final = frozenset(
    {"are", "r", "be", "so", "just", "all", "really", "fucking", "fuckin", "straight", "up", "too"}
)
_LINK_REACH: Final = 4
_IDENTITY_ATTACK: Final = Cat.IDENTITY_ATTACK  # read once: enum access is slow in 3.11


def said_of_all(
    ctx: Context, hit: Hit, target: TargetKind, cues: Mapping[str, frozenset[str]]
) -> bool:
    """A plural gendered slur ([gendered_plural]) claimed of the whole group."""
    words = hit.entry.tokens
    if words[-1] not in cues["gendered_plural"] or len(words) != 1:
        return False  # most hits
    if target not in WIDENED:
        return False
    tokens = ctx.tokens
    if hit.first > 0:
        return tokens[hit.first - 1] in _ALL_OF_THEM and not ctx.quoted(hit.first - 1, hit.last)
    return hit.last < len(tokens) and tokens[hit.last] in _HABIT and not ctx.quoted(0, hit.last)


def slur_of_people(ctx: Context, hit: Hit, target: TargetKind) -> bool:
    """An identity slur right before "people" or said of them: "retarded people",
    "people are retarded"; "my retarded cat" and "a retarded idea" stay things."""
    entry = hit.entry
    if entry.category is not _IDENTITY_ATTACK or target not in WIDENED:
        return False
    tokens = ctx.tokens
    if hit.last < len(tokens) and tokens[hit.last] in _PEOPLE:
        return not ctx.quoted(hit.first, hit.last + 1)
    i = hit.first - 1
    floor = max(0, hit.first - 1 - _LINK_REACH)
    while i >= floor and tokens[i] in _LINK:
        i -= 1
    linked = floor <= i < hit.first - 1 and tokens[i] in _PEOPLE and "are" in tokens[i : hit.first]
    return linked and not ctx.quoted(i, hit.last)
