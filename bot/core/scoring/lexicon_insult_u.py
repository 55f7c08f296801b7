"""Chat's "u" twins of the insult phrases that name the reader ("fk u", "whats wrong
with u", "u guys suck"), issue 8, branch gamechat6.

lexicon_textspeak gives every spelling ("ur", "ya", "yo") to exclusion and self-harm
phrases only, because an insult with "ur" or "ya" is as often about a thing or a song
line ("cut ur crap", "fuck yo bitch"). The single letter "u" stands only for the
reader, so an insult phrase naming "you" also gets its "u" spellings ("you are" as
"u r" / "u are"); compiled like any phrase, so nothing costs more at scoring time.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator, Mapping

from bot.core.scoring.lexicon import Entry
from bot.core.scoring.verdict import Category

# Word runs and their "u" spellings, longest run first.
_SPELLINGS: tuple[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]], ...] = (
    (("you", "are"), (("u", "r"), ("u", "are"))),
    (("you",), (("u",),)),
)
_MAX_TWINS = 4  # a phrase names the reader once or twice


def insult_u_twins(entries: Mapping[tuple[str, ...], Entry]) -> dict[tuple[str, ...], Entry]:
    """The "u" twins of the insult phrases among `entries` that name "you", not already entries."""
    twins: dict[tuple[str, ...], Entry] = {}
    for tokens, entry in entries.items():
        if entry.category is not Category.INSULT or len(tokens) < 2 or "you" not in tokens:
            continue
        for spelling in itertools.islice(_respellings(tokens), 1, _MAX_TWINS + 1):
            if spelling not in entries and spelling not in twins:
                twins[spelling] = dataclasses.replace(entry, tokens=spelling)
    return twins


def _respellings(tokens: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    """Every "u" spelling of `tokens` (the original first)."""
    parts: list[tuple[tuple[str, ...], ...]] = []
    i = 0
    while i < len(tokens):
        for run, spellings in _SPELLINGS:
            if tokens[i : i + len(run)] == run:
                parts.append((run, *spellings))
                i += len(run)
                break
        else:
            parts.append(((tokens[i],),))
            i += 1
    for choice in itertools.product(*parts):
        yield tuple(itertools.chain.from_iterable(choice))
