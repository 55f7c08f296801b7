"""Looking a lexicon anchor's phrases up in a message's tokens (matching.py's inner
loop): a word with many phrases goes through an index by its neighbouring word, so a
message pays for the phrases that can fit, not for every phrase the anchor opens.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring.lexicon import Entry


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
