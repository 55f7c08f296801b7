"""What every server's Targeter may share: word sets built from the language set's data.

A server's scorer layers its own terms on one shared lexicon, but each Targeter used to
build its word sets anew: about 260 KB per server, 2.7 GB for 10,000 customised servers.
Sets made from the cue lists alone are equal for every server of a language set, so the
first Targeter's copy is kept and later ones use it; the one set made from the anchor
index (`single_words`) is the shared set seen through the server's own changes.
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping
from typing import Any, Final

from bot.core.scoring.lexicon import Entry, Lexicon, WordSet
from bot.core.scoring.lexicon_layers import EMPTY, LayeredMap, SharedValues, layered, of_shared

# (class, attribute, cue lists' id) -> (the cue lists, the set): bounded by attributes x
# language sets; the cue lists are kept so an id is never read for another object.
_SHARED: Final[dict[tuple[str, str, int], tuple[object, frozenset[Any]]]] = {}
_SHARED_KEPT: Final = 8192
# The shared lexicons' single words, by their anchor index: one per language set in use.
# Only layers' bases are kept; a lexicon compiled on its own counts its words itself.
_SINGLE_KEPT: Final = 64
_SINGLE: Final[SharedValues[frozenset[str]]] = {}
# Per class, the names that may hold a word set: all but methods and dunders, found once.
# A Targeter has some 1,100 names and 170 sets; reading every name cost each server's
# scorer about 3 ms.
_SET_NAMES: Final[dict[type, tuple[str, ...]]] = {}


def share_cue_sets(rules: object, lexicon: Lexicon) -> None:
    """Point the word-set attributes of `rules` (a Targeter, the reader shapes, the
    matcher) at equal sets an earlier one of the same class and language set already
    holds: the same words, one copy."""
    cues = lexicon.cues
    owner = type(rules)
    for name in _set_names(rules):
        value = getattr(rules, name, None)
        if type(value) is not frozenset or value is getattr(owner, name, None):
            continue
        key = (owner.__qualname__, name, id(cues))
        kept = _SHARED.get(key)
        if kept is None or kept[0] is not cues:
            if len(_SHARED) >= _SHARED_KEPT:
                _SHARED.clear()
            _SHARED[key] = (cues, value)
        elif kept[1] is not value and kept[1] == value:
            setattr(rules, name, kept[1])


def _set_names(rules: object) -> tuple[str, ...]:
    """The names of `rules` that are not methods or dunders: its class's, read once."""
    owner = type(rules)
    names = _SET_NAMES.get(owner)
    if names is None:
        names = _SET_NAMES[owner] = tuple(
            name
            for name in dir(rules)
            if not name.startswith("__") and not inspect.isroutine(getattr(owner, name, None))
        )
    return names


def _is_single(items: tuple[tuple[int, Entry], ...]) -> bool:
    return any(len(e.tokens) == 1 and e.category and not e.person_only for _, e in items)


def _singles(anchors: Mapping[str, tuple[tuple[int, Entry], ...]]) -> frozenset[str]:
    return frozenset(word for word, items in anchors.items() if _is_single(items))


def single_words(lexicon: Lexicon) -> WordSet[str]:
    """Words that are hits on their own ("idiot"), not only a phrase's start: the shared
    lexicon's set, seen through a server's changed anchors when it has any."""
    anchors = lexicon.anchors
    if not isinstance(anchors, LayeredMap):
        return _singles(anchors)
    shared = of_shared(anchors.base, _SINGLE, _SINGLE_KEPT, _singles)
    changed = anchors.changes
    added = frozenset(word for word, items in changed.items() if _is_single(items))
    removed = (frozenset(changed) - added) | anchors.removed
    return layered(shared, added, removed, {EMPTY: EMPTY})
