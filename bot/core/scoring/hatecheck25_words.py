"""Words of the hatecheck25 round (issue 8): a hateful statement written as one token,
a group sent away through "them" with "gone", read by targeting_hatecheck25.py."""

from __future__ import annotations

import itertools
from collections.abc import Container, Mapping
from typing import Final

from bot.core.scoring.hate_spelling import COPULAS_JOINED
from bot.core.scoring.lexicon import Entry, WordSet
from bot.core.scoring.lexicon_layers import Layered
from bot.core.scoring.verdict import Category

# fmt: off
# A statement run together may open with a quantifier before its group ("allwomenaretrash",
# "everyjewisaliar"); the scorer's joined-token gate asks a long token's first letters.
RUN_OPENERS: Final[tuple[str, ...]] = ("all", "every", "these", "those")
# A group named in an earlier sentence sent away through "them" (identity_attack.txt):
# "So many immigrants here. I want them all gone." "gone" anchors only these terms, so it
# stays unknown to the other rules unless a group is named (lexicon_compile).
GONE: Final[frozenset[str]] = frozenset({"want them gone", "want them all gone"})
# Hate verbs the writer runs "i" into: "idespise women", "idetest jews".
I_VERBS: Final[frozenset[str]] = frozenset({"hate", "despise", "detest", "loathe", "abhor"})
# Two neighbouring words of a hostile phrase run together this long are read apart
# ("makeme sick", "should allbe shot", "are acancer"); shorter runs ("ina", "toall")
# are everyday typing or names.
PAIR_JOIN_MIN: Final = 6
_NOT_JOINED: Final[frozenset[str]] = frozenset({"off"})  # spelling7: "#fuckoff"
CHAT_RUNS: Final[frozenset[str]] = frozenset({
    "shutup", "getout", "goaway", "getlost", "backoff", "screwyou", "gtfo", "stfu",
})
_GROUP_READ: Final = frozenset({Category.IDENTITY_ATTACK, Category.THREAT, Category.INSULT})
# fmt: on


def hostile_pair_run(pieces: list[str], hit_pairs: Container[tuple[str, str]]) -> bool:
    """Pieces of one token holding two neighbouring words of a hostile phrase ("death"
    "to", "make" "me", "be" "shot"): the phrase may hold no hostile word on its own."""
    return any(pair in hit_pairs for pair in itertools.pairwise(pieces))


def named_then_copula(pieces: list[str], groups: Container[str], people: Container[str]) -> bool:
    """Two pieces, a group's name or a people word then a copula: "peopleare" of "black
    peopleare disgusting", "womenare" (hate_spelling reads the copula run into the word
    after it, "aredisgusting")."""
    return (
        len(pieces) == 2
        and pieces[1] in COPULAS_JOINED
        and (pieces[0] in groups or pieces[0] in people)
    )


Sides = tuple[Container[str], Container[str]]
_FrozenSides = tuple[frozenset[str], frozenset[str]]
# The sides of each shared lexicon's hit pairs, by the set's id (the set kept alive with
# them): built once per language set, not once per server's scorer (about 21 KB each).
_SHARED_SIDES: Final[dict[int, tuple[frozenset[tuple[str, str]], _FrozenSides]]] = {}
_KEPT_LEXICONS: Final = 8


def pair_sides(hit_pairs: WordSet[tuple[str, str]]) -> Sides:
    """The words that open a hostile phrase's word pair and those that close one: "should"
    of "should die", "trust" of "never trust". A server's layer shares its lexicon's sides
    and adds its own pairs' words; a pair it switched off may leave a word in them, which
    only lets a joined token be split and read as usual."""
    if isinstance(hit_pairs, Layered):
        opens, closes = _shared_sides(hit_pairs.base)
        added = hit_pairs.added
        if not added:
            return opens, closes
        return (
            _with(opens, frozenset(a for a, _ in added)),
            _with(closes, frozenset(b for _, b in added)),
        )
    if isinstance(hit_pairs, frozenset):
        return _shared_sides(hit_pairs)
    pairs = list(hit_pairs)
    return frozenset(a for a, _ in pairs), frozenset(b for _, b in pairs)


def _shared_sides(pairs: frozenset[tuple[str, str]]) -> _FrozenSides:
    """One shared lexicon's sides, built on first use."""
    kept = _SHARED_SIDES.get(id(pairs))
    if kept is not None and kept[0] is pairs:
        return kept[1]
    sides = frozenset(a for a, _ in pairs), frozenset(b for _, b in pairs)
    if len(_SHARED_SIDES) >= _KEPT_LEXICONS:  # a few language sets in a bot; tests build more
        del _SHARED_SIDES[next(iter(_SHARED_SIDES))]
    _SHARED_SIDES[id(pairs)] = (pairs, sides)
    return sides


def _with(shared: frozenset[str], own: frozenset[str]) -> Layered[str]:
    """A shared side with a server's own words on top, without copying it."""
    return Layered(shared, own.difference(shared), frozenset())


def group_beside_phrase(
    pieces: list[str],
    groups: Container[str],
    people: Container[str],
    sides: Sides,
) -> bool:
    """A group's name (with its people word) run into the word of a hostile phrase beside
    it: "womenshould die", "jewsmake me sick", "i can't standjews". The pieces
    must still make the phrase with the words around the token."""
    if len(pieces) < 2 or len(pieces) > 3:
        return False
    opens, closes = sides
    head, last = pieces[:-1], pieces[-1]
    if last in opens and head[0] in groups and all(p in groups or p in people for p in head):
        return True  # "womenshould", "blackpeopleshould"
    first, tail = pieces[0], pieces[1:]
    return first in closes and tail[0] in groups and all(p in groups or p in people for p in tail)


def phrase_joins(entries: Mapping[tuple[str, ...], Entry], taken: Container[str]) -> dict[str, int]:
    """Tokens that are two neighbouring words of a phrase said of people run together, each
    mapped to where the second starts: "makeme", "beshot", "acancer", "nevertrust"
    (spelling7 reads only the pairs holding a hostile word). The pieces still have to
    make the whole phrase, and the rules still want its target. Words chat writes as
    one ("shutup lol", banter as often as an order) stay whole (`CHAT_RUNS`). A token that is a word
    of any list is left whole; "i" run into a hate verb ("idespise") is read apart too.
    """
    found: dict[str, int] = {}
    for tokens, entry in sorted(entries.items()):
        if not entry.person_only or entry.category not in _GROUP_READ or len(tokens) < 2:
            continue  # phrases said of people, which the rules read with a target
        for first, second in itertools.pairwise(tokens):
            if (
                len(first) + len(second) >= PAIR_JOIN_MIN
                and first.isalpha()
                and second.isalpha()
                and second not in _NOT_JOINED
            ):
                found.setdefault(first + second, len(first))
    for verb in sorted(I_VERBS):
        found.setdefault("i" + verb, 1)
    return {
        token: cut for token, cut in found.items() if token not in taken and token not in CHAT_RUNS
    }
