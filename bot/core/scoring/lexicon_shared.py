"""One compiled lexicon per language set, shared by every server; a server's custom and
allowed terms are a small layer on top (`SharedLexicon.layer`) that equals a full
`build_lexicon` with those terms.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections import ChainMap, OrderedDict
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

from bot.core.scoring.lexicon import SPLIT_MIN, Entry, Lexicon, profanity_entries
from bot.core.scoring.lexicon_compile import (
    aimed,
    allowed_entries,
    as_name,
    compile_lexicon,
    custom_entries,
    has_category,
    language_key,
)
from bot.core.scoring.lexicon_keys import place
from bot.core.scoring.lexicon_layers import (
    EMPTY,
    Same,
    frozen_words,
    layered,
    layered_map,
    union_of,
)
from bot.core.scoring.lexicon_splits import cuts, splittable
from bot.core.scoring.read_through import phrase_bigrams
from bot.core.scoring.verdict import Category

_K = TypeVar("_K")
logger = logging.getLogger(__name__)


class SharedLexicon:
    """The shipped files of one language set, compiled once; servers' terms are layers on it.

    A layer holds only what a server's terms change (their entries, the few index
    keys they touch, and small add/remove sets over the shared word sets), so many
    customised servers cost a few kilobytes each instead of a full lexicon.
    """

    def __init__(self, languages: Iterable[str]) -> None:
        self.languages = language_key(languages)
        self.lexicon, self._stages = compile_lexicon(self.languages, None, ())
        stages = self._stages
        # Profanity-list compounds that took their key, by word: a server's own word
        # can make one read as a name-call ("fuck tard"), as in the full build.
        compounds: dict[str, list[Entry]] = {}
        taken: set[tuple[str, ...]] = set(stages.shipped)
        for entry in profanity_entries():
            if len(entry.tokens) > 1 and entry.tokens not in taken:
                for token in set(entry.tokens):
                    compounds.setdefault(token, []).append(entry)
            taken.add(entry.tokens)
        self._compounds = {word: tuple(items) for word, items in compounds.items()}
        # Phrases keyed on a word (not a pair), by each of their words: where a word
        # becomes or stops being a lexicon word of its own, these may change anchor.
        phrases: dict[str, list[tuple[str, ...]]] = {}
        for tokens in stages.entries:
            if len(tokens) > 1 and not stages.common.issuperset(tokens):
                for token in set(tokens):
                    phrases.setdefault(token, []).append(tokens)
        self._phrases = {word: tuple(items) for word, items in phrases.items()}
        # The ways to split each maskable word, by piece: a piece that becomes (or
        # stops being) a known word forbids (or allows) the split.
        pieces: dict[str, list[tuple[str, str]]] = {}
        for word in stages.maskable:
            for key in cuts(word):
                for piece in set(key):
                    if len(piece) > 1:
                        pieces.setdefault(piece, []).append(key)
        self._pieces = {piece: tuple(keys) for piece, keys in pieces.items()}
        phrase_bigrams(self.lexicon)  # kept per lexicon: not built by a message (speed19)

    def layer(
        self, custom_terms: Mapping[str, Category] | None = None, allowed_terms: Iterable[str] = ()
    ) -> Lexicon:
        """The lexicon `build_lexicon` would compile with these terms, sharing what they
        leave alone. With no terms it is the shared lexicon itself."""
        stages, base = self._stages, self.lexicon
        custom = custom_entries(custom_terms or {}, stages.defaults)
        allowed, allowed_words = allowed_entries(allowed_terms)
        if not custom and not allowed:
            return base
        anchors, pairs = self._reindex(self._changed_entries(custom, allowed))
        new_words = frozenset(word for word in anchors.changes if word not in base.anchors)
        new_pairs = frozenset(pair for pair in pairs.changes if pair not in base.pairs)
        common = stages.common
        same: Same = {EMPTY: EMPTY}
        known = layered(
            frozen_words(base.known_words), new_words - common, anchors.removed - common, same
        )

        # Starred-out spellings and split words: only the words the server touched.
        mask_words = {t[0]: e.weight for t, e in custom.items() if len(t) == 1}
        maskable = _Maskable(stages.maskable, mask_words, allowed_words)
        by_length = {
            length: maskable.of_length(length, base.maskable.get(length, ()))
            for length in {len(word) for word in maskable.touched}
        }
        by_length = {n: words for n, words in by_length.items() if words != base.maskable.get(n)}
        checked = {key for word in maskable.membership_changed() for key in cuts(word)}
        for piece in (new_words | anchors.removed) - common:
            checked.update(self._pieces.get(piece, ()))
        split_keys = frozen_words(base.split_keys)
        split_on = {k for k in checked if k not in split_keys and maskable.splits(k, known)}
        split_off = {k for k in checked if k in split_keys and not maskable.splits(k, known)}
        split = layered(split_keys, split_on, split_off, same)
        hit_pairs = layered(frozen_words(base.hit_pairs), pairs.hit_on, pairs.hit_off, same)
        pair_words = layered(frozen_words(base.pair_words), new_pairs, pairs.removed, same)
        # Fields a layer does not know of hold language-level data: shared as they are.
        return dataclasses.replace(
            base,
            anchors=layered_map(base.anchors, anchors.changes, anchors.removed),
            known_words=known,
            index_words=layered(frozen_words(base.index_words), new_words, anchors.removed, same),
            hit_words=layered(frozen_words(base.hit_words), anchors.hit_on, anchors.hit_off, same),
            # a word the server's own terms anchor on is gated like any hit word
            group_first_words=_ungated(base.group_first_words, anchors.changes, anchors.removed),
            pairs=layered_map(base.pairs, pairs.changes, pairs.removed),
            hit_pairs=hit_pairs,
            pair_words=pair_words,
            maskable=layered_map(
                base.maskable,
                {n: words for n, words in by_length.items() if words},
                frozenset(n for n, words in by_length.items() if not words),
            ),
            split_pairs=layered_map(
                base.split_pairs, {key: key[0] + key[1] for key in split_on}, frozenset(split_off)
            ),
            split_keys=split,
            gate_pairs=union_of(frozen_words(base.gate_pairs), hit_pairs, split, same),
            pair_keys=union_of(frozen_words(base.pair_keys), pair_words, split, same),
        )

    def _changed_entries(
        self, custom: Mapping[tuple[str, ...], Entry], allowed: Mapping[tuple[str, ...], Entry]
    ) -> dict[tuple[str, ...], Entry]:
        """The entries a full build with these terms would hold that the shared one does not.

        The server's terms, and the profanity-list compounds that its own words turn
        into name-calls (or back): `as_name` reads the list against them.
        """
        stages = self._stages
        changed = dict(custom)
        view = ChainMap(dict(custom), stages.shipped)  # what the full build reads the list against
        for word in {tokens[0] for tokens in custom if len(tokens) == 1}:
            for compound in self._compounds.get(word, ()):
                if compound.tokens not in custom:
                    changed[compound.tokens] = as_name(compound, view)
        changed.update(allowed)
        return {t: e for t, e in changed.items() if stages.entries.get(t) != e}

    def _reindex(
        self, changed: Mapping[tuple[str, ...], Entry]
    ) -> tuple[_Rekeyed[str], _Rekeyed[tuple[str, str]]]:
        """The index keys the changed entries touch: where they leave and where they go.

        A word that becomes (or stops being) a lexicon word of its own can move the
        anchor of every phrase built on it, so those phrases are placed again too.
        """
        stages, base = self._stages, self.lexicon
        entries, common = stages.entries, stages.common
        old_singles = stages.single_words
        gained = {t[0] for t, e in changed.items() if len(t) == 1 and e.category is not None}
        lost = {t[0] for t, e in changed.items() if len(t) == 1 and e.category is None}
        singles = layered(old_singles, gained, lost, {})
        moved = set(changed)
        for word in (gained - old_singles) | (lost & old_singles):
            moved.update(self._phrases.get(word, ()))
        second = base.cues["second_person"]
        words: _Moves[str] = _Moves()
        pairs: _Moves[tuple[str, str]] = _Moves()
        for tokens in moved:
            if tokens in entries:  # leaves its old key
                old, _ = place(tokens, common, old_singles)
                if isinstance(old, str):
                    words.touched.add(old)
                else:
                    pairs.touched.add(old)
            entry = aimed(changed[tokens] if tokens in changed else entries[tokens], second)
            key, position = place(tokens, common, singles)
            if isinstance(key, str):
                words.arrive(key, position, entry)
            else:
                pairs.arrive(key, position, entry)
        return words.apply(base.anchors, moved), pairs.apply(base.pairs, moved)


_EntryItems = tuple[tuple[int, Entry], ...]


@dataclass(frozen=True, slots=True)
class _Rekeyed(Generic[_K]):
    """What a layer changes in one index: new entry lists by key, keys removed, and the
    keys that start or stop holding a real category (for the "hit" sets)."""

    changes: Mapping[_K, _EntryItems]
    removed: frozenset[_K]
    hit_on: frozenset[_K]
    hit_off: frozenset[_K]


class _Moves(Generic[_K]):
    """Entries leaving and joining the keys of one index while a layer is built."""

    def __init__(self) -> None:
        self.touched: set[_K] = set()
        self.arriving: dict[_K, list[tuple[int, Entry]]] = {}

    def arrive(self, key: _K, position: int, entry: Entry) -> None:
        self.touched.add(key)
        self.arriving.setdefault(key, []).append((position, entry))

    def apply(
        self, base: Mapping[_K, _EntryItems], leaving: Container[tuple[str, ...]]
    ) -> _Rekeyed[_K]:
        changes: dict[_K, _EntryItems] = {}
        removed: set[_K] = set()
        hit_on: set[_K] = set()
        hit_off: set[_K] = set()
        for key in self.touched:
            before = base.get(key, ())
            items = [item for item in before if item[1].tokens not in leaving]
            items.extend(self.arriving.get(key, ()))
            if set(items) == set(before):
                continue  # left and came back (its anchor did not move)
            if items:
                changes[key] = tuple(sorted(items, key=lambda item: -len(item[1].tokens)))
            elif key in base:
                removed.add(key)
            was_hit, is_hit = has_category(before), has_category(items)
            if is_hit and not was_hit:
                hit_on.add(key)
            elif was_hit and not is_hit:
                hit_off.add(key)
        return _Rekeyed(changes, frozenset(removed), frozenset(hit_on), frozenset(hit_off))


class _Maskable:
    """The shared maskable words with a server's own words added and allowed ones taken out."""

    __slots__ = ("_allowed", "_base", "_custom", "touched")

    def __init__(
        self, base: Mapping[str, float], custom: Mapping[str, float], allowed: Iterable[str]
    ) -> None:
        self._base = base
        self._custom = custom
        self._allowed = frozenset(allowed)
        self.touched = frozenset(custom) | self._allowed

    def __contains__(self, word: str) -> bool:
        return (word in self._custom or word in self._base) and word not in self._allowed

    def membership_changed(self) -> list[str]:
        return [word for word in self.touched if (word in self) != (word in self._base)]

    def of_length(
        self, length: int, shared: tuple[tuple[str, float], ...]
    ) -> tuple[tuple[str, float], ...]:
        """The words of one length, as `_by_length` orders them."""
        touched = {word for word in self.touched if len(word) == length}
        items = [item for item in shared if item[0] not in touched]
        items.extend(
            (word, self._custom.get(word, self._base.get(word, 0.0)))
            for word in touched
            if word in self
        )
        return tuple(sorted(items))

    def splits(self, key: tuple[str, str], known: Container[str]) -> bool:
        """Is `key` a way to split one of these words that `split_pairs_of` keeps?"""
        word = key[0] + key[1]
        return word in self and len(word) >= SPLIT_MIN and word.isalpha() and splittable(key, known)


_SHARED_KEPT = 8  # language sets kept compiled; there are only a few in use


_shared: OrderedDict[tuple[str, ...], SharedLexicon] = OrderedDict()


_shared_lock = threading.Lock()


def shared_lexicon(languages: Iterable[str]) -> SharedLexicon:
    """The shared lexicon of a language set, compiled on first use (safe in a worker thread).

    Compiling takes tens of milliseconds: the bot calls this off the event loop
    before the first scorer of a language set is needed (`is_shared_ready`). A set
    already compiled is returned without waiting for another set's compile.
    """
    key = language_key(languages)
    found = _shared.get(key)
    if found is not None:
        if _shared_lock.acquire(blocking=False):  # recency is a hint: never wait for it
            try:
                if key in _shared:
                    _shared.move_to_end(key)
            finally:
                _shared_lock.release()
        return found
    with _shared_lock:
        found = _shared.get(key)
        if found is None:
            found = _shared[key] = SharedLexicon(key)
            logger.info("shared lexicon compiled for languages %s", ", ".join(key))
            while len(_shared) > _SHARED_KEPT:
                _shared.popitem(last=False)
        return found


def is_shared_ready(languages: Iterable[str]) -> bool:
    """Is the language set's shared lexicon compiled already (so a layer is cheap)?"""
    return language_key(languages) in _shared


def _ungated(gated: frozenset[str], *own: Iterable[str]) -> frozenset[str]:
    """The gated anchors less a server's own; the shared set itself when the server's
    terms anchor on none of them (a copy per server was about 13 KB)."""
    mine = [word for words in own for word in words if word in gated]
    return gated.difference(mine) if mine else gated
