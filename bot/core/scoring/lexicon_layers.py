"""Shared sets and maps seen through one server's changes (`Layered`, `LayeredMap`), and
values worked out once per shared map (`of_shared`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Generic, TypeVar

from bot.core.scoring.lexicon import WordSet

_K = TypeVar("_K")
_V = TypeVar("_V")
_H = TypeVar("_H")
_M = TypeVar("_M", bound=Mapping[Any, Any])


class Layered(Generic[_H]):
    """A shared frozenset seen through one server's changes: a few added, a few removed.

    `added` never overlaps `base` and `removed` is part of it. Set tests run in C on
    the shared set; only what the layer changed is looked at on top.
    """

    __slots__ = ("added", "base", "removed")

    def __init__(self, base: frozenset[_H], added: frozenset[_H], removed: frozenset[_H]) -> None:
        self.base = base
        self.added = added
        self.removed = removed

    def __contains__(self, item: object, /) -> bool:
        return item in self.added or (item in self.base and item not in self.removed)

    def __iter__(self) -> Iterator[_H]:
        removed = self.removed
        yield from (item for item in self.base if item not in removed)
        yield from self.added

    def __len__(self) -> int:
        return len(self.base) - len(self.removed) + len(self.added)

    def isdisjoint(self, other: Iterable[Any], /) -> bool:
        items = other if type(other) is list else list(other)  # word pairs come as an iterator
        if self.base.isdisjoint(items):
            return self.added.isdisjoint(items)
        removed = self.removed
        return (
            bool(removed)
            and self.base.intersection(items) <= removed
            and self.added.isdisjoint(items)
        )

    def intersection(self, other: Iterable[Any], /) -> frozenset[_H]:
        items = other if type(other) is list else list(other)
        found = self.base.intersection(items)
        if found and self.removed:
            found -= self.removed
        if self.added:
            found |= self.added.intersection(items)
        return found


class LayeredMap(Mapping[_K, _V]):
    """A shared mapping seen through one server's changes: keys replaced, added or removed."""

    __slots__ = ("base", "changes", "removed")

    def __init__(
        self, base: Mapping[_K, _V], changes: Mapping[_K, _V], removed: frozenset[_K]
    ) -> None:
        self.base = base
        self.changes = changes
        self.removed = removed

    def __getitem__(self, key: _K, /) -> _V:
        if key in self.changes:
            return self.changes[key]
        if key in self.removed:
            raise KeyError(key)
        return self.base[key]

    def __contains__(self, key: object, /) -> bool:
        return key in self.changes or (key in self.base and key not in self.removed)

    def __iter__(self) -> Iterator[_K]:
        changes, removed = self.changes, self.removed
        yield from (key for key in self.base if key not in changes and key not in removed)
        yield from changes

    def __len__(self) -> int:
        return sum(1 for _ in self)


EMPTY: frozenset[Any] = frozenset()


# One object per distinct set within a layer: "added" words are often the same few
# in several word sets, and every object a layer keeps is one more for the GC to walk.
Same = dict[frozenset[Any], frozenset[Any]]


def layered(
    base: frozenset[_H], added: Iterable[_H], removed: Iterable[_H], same: Same
) -> WordSet[_H]:
    """`base` with a server's changes; `base` itself when there are none (C speed)."""
    more = frozenset(added).difference(base)
    less = frozenset(removed).intersection(base)
    if not more and not less:
        return base
    return Layered(base, same.setdefault(more, more), same.setdefault(less, less))


def layered_map(
    base: Mapping[_K, _V], changes: Mapping[_K, _V], removed: frozenset[_K]
) -> Mapping[_K, _V]:
    """`base` with a server's changes; `base` itself when there are none."""
    return LayeredMap(base, changes, removed) if changes or removed else base


def union_of(
    base: frozenset[_H], first: WordSet[_H], second: WordSet[_H], same: Same
) -> WordSet[_H]:
    """`first | second` as a layer on `base`, their shared union, without copying it."""
    added: set[_H] = set()
    removed: set[_H] = set()
    for part in (first, second):
        if isinstance(part, Layered):
            added.update(part.added)
            removed.update(part.removed)
    return layered(
        base, added, (item for item in removed if item not in first and item not in second), same
    )


# What `of_shared` found: (the shared map's id) -> (the map itself, the value). The map is
# kept, so its id is never read for another object.
SharedValues = dict[int, tuple[object, _V]]


def of_shared(base: _M, found: SharedValues[_V], most: int, find: Callable[[_M], _V]) -> _V:
    """`find(base)` for a shared lexicon's map, worked out once however many servers'
    layers ask (a scan of all anchors was most of a server scorer's build). A handful of
    language sets are in use at most, so the oldest is dropped past `most`."""
    kept = found.get(id(base))
    if kept is not None and kept[0] is base:
        return kept[1]
    value = find(base)
    if len(found) >= most:
        del found[next(iter(found))]
    found[id(base)] = (base, value)
    return value


def frozen_words(words: WordSet[_H]) -> frozenset[_H]:
    """A shared lexicon's word set (always a real frozenset: layers are built on it)."""
    if not isinstance(words, frozenset):
        raise TypeError("layers are built on a shared lexicon, not on another layer")
    return words
