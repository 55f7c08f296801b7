"""How a group named near a hit is meant, for GroupRules (targeting_groups.py): where a
group name stands, a generalisation about it denied ("non tutti i musulmani sono
terroristi", italian15), a group that is only the topic of a thing ("che schifo il
razzismo contro i neri", italian15). A module of its own to keep targeting_groups.py
short; named targeting_* so the compiled build compiles it with the rules (native.COMPILED).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from bot.core.scoring import italian15_words as words
from bot.core.scoring.targeting_context import SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_kinds import Cat

# Where a group named at a token ends, or -1 (GroupRules._group_end).
GroupEnd = Callable[[list[str], int], int]

PERSONA: Final = frozenset({"persona", "person"})  # "una persona trans"
# Before "rom", the Italian words that make it the people, not a game's ROM.
# fmt: off
ROM_BEFORE: Final = frozenset({
    "i", "dei", "ai", "dai", "coi", "sui", "di", "niente", "unico", "un", "uno", "questi",
    "quei", "nessun", "tutti", "e", "gli", "cazzo",
    "il",  # italian16: "il rom è un ladro"
})
# fmt: on


def denied_not_all(ctx: Context, hit: Hit, group_end: GroupEnd) -> bool:
    """A generalisation denied with "non tutti" / "not all" right before the group: "non
    tutti i musulmani sono terroristi", "not all women are stupid"; the writer's threats
    keep their reading."""
    tokens = ctx.tokens
    if words.ALL_WORDS.isdisjoint(tokens[max(0, hit.first - words.NOT_ALL_REACH) : hit.first]):
        return False  # no "tutti"/"all" close before the hit (most hits)
    return (
        hit.entry.category is not Cat.THREAT
        and words.DEATH.isdisjoint(hit.entry.tokens)  # "non tutti gli ebrei devono morire"
        and _not_all(ctx, hit, group_end)
        and not _but_most(ctx, hit)
    )


def topic_of(ctx: Context, hit: Hit, group_end: GroupEnd) -> bool:
    """Every group in the hit's sentence comes after it, governed by "contro", "sui",
    "about"... right after a thing named with its determiner ("il razzismo", "the
    jokes") between the hit and the preposition."""
    tokens = ctx.tokens
    start = ctx.sentence_start(hit.first, SENTENCE_REACH)
    end = ctx.sentence_end(hit.last - 1, SENTENCE_REACH)
    found = False
    for i in range(start, end):
        if group_end(tokens, i) <= 0:
            continue
        if i < hit.last:
            return False  # "i neri, che schifo": said of the group
        prep = i - 1 if tokens[i - 1] in words.TOPIC_ARTICLES else i
        prep -= 1
        if (
            prep - 2 < hit.last
            or tokens[prep] not in words.TOPIC_GOVERNING
            or tokens[prep - 2] not in words.TOPIC_DETERMINERS
        ):  # "che schifo i neri", "provo un odio enorme per i rom": no thing named
            return False
        found = True
    return found


def _but_most(ctx: Context, hit: Hit) -> bool:
    """ "... ma quasi tutti", "but most are": the denial taken back after the hit."""
    end = ctx.sentence_end(hit.last - 1, SENTENCE_REACH)
    return not words.BUT_MOST.isdisjoint(ctx.tokens[hit.last : end])


def _not_all(ctx: Context, hit: Hit, group_end: GroupEnd) -> bool:
    """ "non tutti" / "not all" right before the group the hit is said of, in its
    clause."""
    tokens = ctx.tokens
    start = ctx.sentence_start(hit.first, SENTENCE_REACH)
    for i in range(hit.first - 1, start, -1):
        if ctx.pause_after(i):
            return False
        if tokens[i] in words.ALL_WORDS and (tokens[i - 1], tokens[i]) in words.NOT_ALL:
            return any(group_end(tokens, j) > 0 for j in range(i + 1, min(i + 4, hit.first)))
    return False
