"""Looking a lexicon anchor's phrases up in a message's tokens (matching.py's inner
loop): a word with many phrases goes through an index by its neighbouring word, so a
message pays for the phrases that can fit, not for every phrase the anchor opens.
What is found is then kept or dropped here too: a phrase broken by a pause is two
clauses, and a benign phrase inside a longer hostile one is shadowed.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.scoring.folding import OffsetMap
from bot.core.scoring.lexicon import Entry

_PAUSE_RE: Final = re.compile(r"[,!?;:]")  # between the words of a phrase ("Fuck. You." is one)


def match_at(
    tokens: list[str],
    key: str | tuple[str, str],
    entries: tuple[tuple[int, Entry], ...],
    found: list[tuple[int, int, Entry]],
) -> None:
    """Add every phrase of `entries` found where `key` (a word or a word pair) occurs."""
    token, following = (key, None) if isinstance(key, str) else key
    if following is None and len(entries) > _SCAN_LIMIT:
        _match_near(tokens, token, _neighbours(entries), found)
        return
    count = len(tokens)
    # Each place `token` occurs, in order: one native pass (`list.count` and `.index` in
    # the compiled build compare through generic calls, twice over the message).
    for i, word in enumerate(tokens):
        if word != token:
            continue
        if following is not None and (i + 1 >= count or tokens[i + 1] != following):
            continue
        for offset, entry in entries:
            phrase = entry.tokens
            size = len(phrase)
            if size == 1:  # the key word itself: nothing else to compare
                found.append((i, i + 1, entry))
                continue
            first = i - offset
            end = first + size
            if (
                first >= 0
                and end <= count
                and tokens[end - 1] == phrase[-1]  # rules out most phrases before a slice
                and tuple(tokens[first:end]) == phrase
            ):
                found.append((first, end, entry))


def _match_phrase(
    tokens: list[str], first: int, entry: Entry, found: list[tuple[int, int, Entry]]
) -> None:
    """Add `entry` if its phrase starts at token `first`."""
    phrase = entry.tokens
    end = first + len(phrase)
    if (
        first >= 0
        and end <= len(tokens)
        and tokens[end - 1] == phrase[-1]  # rules out most phrases before a slice
        and tuple(tokens[first:end]) == phrase
    ):
        found.append((first, end, entry))


# A word that anchors many phrases ("fuck", "merda") looks them up by the word after
# it (or, when it ends the phrase, the word before it) instead of trying each one.
_SCAN_LIMIT: Final = 6
_Neighbours = tuple[
    list[Entry], dict[str, list[tuple[int, Entry]]], dict[str, list[tuple[int, Entry]]]
]
_NEIGHBOURS_KEPT: Final = 4096
_NEIGHBOURS: Final[dict[int, tuple[object, _Neighbours]]] = {}


def _neighbours(entries: tuple[tuple[int, Entry], ...]) -> _Neighbours:
    """One anchor's entries: the word itself, phrases by the next word, by the previous one."""
    kept = _NEIGHBOURS.get(id(entries))
    if kept is not None and kept[0] is entries:
        return kept[1]
    words: list[Entry] = []
    by_next: dict[str, list[tuple[int, Entry]]] = {}
    by_previous: dict[str, list[tuple[int, Entry]]] = {}
    for offset, entry in entries:
        phrase = entry.tokens
        if len(phrase) == 1:
            words.append(entry)
        elif offset + 1 < len(phrase):
            by_next.setdefault(phrase[offset + 1], []).append((offset, entry))
        else:
            by_previous.setdefault(phrase[offset - 1], []).append((offset, entry))
    if len(_NEIGHBOURS) >= _NEIGHBOURS_KEPT:
        _NEIGHBOURS.clear()
    index = (words, by_next, by_previous)
    _NEIGHBOURS[id(entries)] = (entries, index)
    return index


def _match_near(
    tokens: list[str], token: str, index: _Neighbours, found: list[tuple[int, int, Entry]]
) -> None:
    """`match_at` for a word with many phrases, through its `_neighbours` index."""
    words, by_next, by_previous = index
    last = len(tokens) - 1
    for i, word in enumerate(tokens):
        if word != token:
            continue
        for entry in words:
            found.append((i, i + 1, entry))
        if i < last:
            for offset, entry in by_next.get(tokens[i + 1], ()):
                _match_phrase(tokens, i - offset, entry, found)
        if i > 0:
            for offset, entry in by_previous.get(tokens[i - 1], ()):
                _match_phrase(tokens, i - offset, entry, found)


def paused_phrase(
    text: str, flat: str, spans: list[tuple[int, int]], first: int, last: int
) -> bool:
    """A pause between tokens first..last-1 of `flat` (`text` flattened, as `hits` reads)."""
    offsets = OffsetMap(text) if len(flat) != len(text) else None
    return paused_between(text, spans, first, last, offsets)


def paused_between(
    text: str, spans: list[tuple[int, int]], first: int, last: int, offsets: OffsetMap | None
) -> bool:
    """A comma or a question between the words of a phrase: two clauses, not one phrase."""
    for j in range(first, last - 1):
        gap_start, gap_end = spans[j][1], spans[j + 1][0]
        if offsets is not None:
            gap_start, gap_end = offsets.end(gap_start), offsets.start(gap_end)
        if _PAUSE_RE.search(text, gap_start, gap_end) is not None:
            return True
    return False


def unshadowed(found: list[tuple[int, int, Entry]]) -> list[tuple[int, int, Entry]]:
    """Drop a benign phrase lying wholly inside a longer hostile one: "the shit" is praise,
    but not inside "beat the shit out of you"."""
    hostile = [(first, last) for first, last, entry in found if entry.category is not None]
    return [
        c
        for c in found
        if c[2].category is not None
        or not any(a <= c[0] and c[1] <= b and b - a > c[1] - c[0] for a, b in hostile)
    ]
