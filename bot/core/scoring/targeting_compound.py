"""Slur compounds: an identity group fused with a name-call ("moslem cockroach",
"jew rat", "mexican rats", "savage muslims") insults the whole group (issue 8).

The group word right next to the insult names who the insult is about, with no
verb or preposition between them; said this way even a mild name-call ("rat",
"savage") reads as a slur, so the weighing gives it a floor (COMPOUND_NOTE).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from bot.core.scoring.gamechat9_words import BLAME_BY_SUBJECT
from bot.core.scoring.targeting_context import WIDENED, Context, Hit
from bot.core.scoring.targeting_kinds import Cat
from bot.core.scoring.verdict import TargetKind

COMPOUND_NOTE: Final = "aimed at an identity group by a compound name-call"
# Adjectives of [identity_adjective] that describe a person more than a group:
# "old fool", "poor bastard", "fat idiot" are no slur on a group; "white" before a
# name-call in chat mostly describes one person ("that white bitch").
_NOT_A_GROUP: Final = frozenset(
    {"old", "fat", "poor", "elderly", "white", "whites", "gay", "queer"}
)
# Words for what some members do, not what the group is: "muslim terrorists",
# "foreign invaders", "white nazi farmers".
_DEEDS: Final = frozenset(
    {
        "terrorist",
        "terrorists",
        "invaders",
        "nazi",
        "nazis",
        "traitor",
        "traitors",
        "pedo",
        "pedos",
        "pedophile",
        "pedophiles",
    }
)
# Mild words that make set phrases with a group word: "russian troll", "black sheep",
# "black plague", "christian haters", "russian hack", "a jew joke".
_IDIOMS: Final = frozenset(
    {"troll", "trolls", "sheep", "plague", "hater", "haters", "hack", "hacks", "joke", "jokes"}
)
# Enum members read once (each `Cat.X` goes through EnumType's hook in 3.11).
_INSULT, _IDENTITY_ATTACK = Cat.INSULT, Cat.IDENTITY_ATTACK


def slur_compound(
    ctx: Context, hit: Hit, target: TargetKind, cues: Mapping[str, frozenset[str]]
) -> bool:
    """A one-word insult (or a slur aimed at nobody) with an identity group right
    before it ("moslem fag", "muslim rats") or after it ("savage muslims", "filthy jew")."""
    entry = hit.entry
    category = entry.category
    if category is not _INSULT and (category is not _IDENTITY_ATTACK or target not in WIDENED):
        return False  # a slur aimed already needs no help ("the moslem fag" is not)
    tokens = ctx.tokens
    before = tokens[hit.first - 1] if hit.first > 0 else ""
    after = tokens[hit.last] if hit.last < len(tokens) else ""
    groups = cues["identity"]
    named = (
        before in groups or before in cues["identity_adjective"] or before in cues["compound_group"]
    ) and before not in _NOT_A_GROUP
    # "savage muslims", "filthy jew", "incompetent moslem cop"
    group_after = (after in groups or after in cues["compound_group"]) and after not in _NOT_A_GROUP
    if not (named or group_after) or len(entry.tokens) != 1:
        return False  # no group word beside it (most hits)
    # insults6: a pause parts them ("that was ridiculous. women are here", "so stupid,
    # immigrants are welcome"): two clauses, no compound.
    named = named and not ctx.pause_after(hit.first - 1)
    group_after = group_after and not ctx.pause_after(hit.last - 1)
    if not (named or group_after):
        return False
    word = entry.tokens[0]
    if word in _DEEDS or word in _IDIOMS or word in groups:
        return False  # "muslim terrorists", "black sheep", a list: "serbi ebrei zingari"
    if word in BLAME_BY_SUBJECT or (named and not group_after and word.endswith("ed")):
        return False  # a verb after the group, no name-call: "muslims stuffed the turkey"
    if word in cues["accusation"] or word in cues["hate_verb"]:
        return False  # "white racists", "hate jews": no name-call
    if named:
        return not ctx.quoted(hit.first - 1, hit.last)
    return not ctx.quoted(hit.first, hit.last + 1)
