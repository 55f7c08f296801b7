"""Text-speak twins of the phrases that name the reader: "nobody likes u", "kill urself".

Teenagers and chat write "u", "ur", "u r", "yo self" for "you", "your", "you're",
"yourself"; a phrase written with "you" ("nobody likes you", "everyone hates you",
"you have no friends") would miss every such line. Each shipped phrase that names the reader
gets its spellings with those words swapped, compiled like any other phrase (no
cost at scoring time). A twin keeps the original's term, so explanations still
name the canonical phrase.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Iterator, Mapping
from typing import Final

from bot.core.scoring.lexicon import Entry
from bot.core.scoring.verdict import Category

# Word runs and their respellings, longest run first.
Spellings = tuple[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]], ...]
_SPELLINGS: Spellings = (
    (("you", "re"), (("ur",), ("u", "r"), ("youre",), ("u", "re"))),
    (("you", "are"), (("u", "r"), ("ur",), ("u", "are"))),
    # gamechat16: and chat's slips of the keys ("kill yourslef", "kill youself")
    (
        ("yourself",),
        (("urself",), ("yo", "self"), ("yoself",), ("yourslef",), ("youself",), ("yourelf",)),
    ),
    (("your",), (("ur",),)),
    (("you",), (("u",),)),
)
# formspring3 (issue 8): "yu", "ya" and "yo" stand for "you" and "your" ("nobody likes
# yuuu"), tried after the spellings above. ("no1" folds to "noi", Italian for "we": a
# phrase keyed on it would send most Italian chat down the slow path, so it is left out.)
_MORE_SPELLINGS: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {
    ("you",): (("yu",), ("ya",)),
    ("your",): (("yo",),),
}
_ALL_SPELLINGS: Spellings = tuple(
    (run, (*spellings, *_MORE_SPELLINGS.get(run, ()))) for run, spellings in _SPELLINGS
)
# Phrases that carry their own harm: telling someone they are unwanted or to hurt
# themselves. Insults and sexual phrases with "ur" are as often about a thing ("up
# ur ass", "fuck ur phone"), and game chat says "i will kill u" of the game: left
# as written.
_CATEGORIES = frozenset({Category.EXCLUSION, Category.SELF_HARM})
# formspring3 (issue 8): threats and looks said to the reader in text-speak too ("ima beat
# u up", "u look like shit"); not the verbs game chat says of the game ("ill kill u",
# "ur dead", "u will die" are kills in a match as often).
_MORE_CATEGORIES = frozenset({Category.THREAT, Category.BODY_SHAMING})
_GAME_VERBS = frozenset({"kill", "shoot", "murder", "end", "dead", "die", "destroy", "find"})
_MAX_TWINS = 12  # spellings kept per phrase: a phrase names the reader once or twice


def text_speak_twins(
    entries: Mapping[tuple[str, ...], Entry],
) -> dict[tuple[str, ...], Entry]:
    """Twins of the phrases among `entries` that name the reader, not already entries."""
    return spelling_twins(
        entries,
        lambda tokens, entry: _names_reader(tokens) and _twinned(entry),
        _ALL_SPELLINGS,
        _MAX_TWINS,
    )


# hatecheck18 (issue 8): chat's "shud", "shld", "shoud" for "should" in the phrases that
# call for harm or exclusion or attack a group, and the insults counted only of people
# ("gays shud die", "muslims shld be deported"); the phrase's term is kept, so rules
# keyed on it read the twin alike.
_SHOULD_SPELLINGS: Final[Spellings] = (
    (("should",), (("shud",), ("shld",), ("shoud",), ("shuld",))),
    (("shouldn", "t"), (("shudnt",), ("shouldnt",))),
)
_SHOULD_CATEGORIES: Final = frozenset(
    {Category.THREAT, Category.EXCLUSION, Category.IDENTITY_ATTACK}
)
_MAX_SHOULD_TWINS: Final = 5  # one "should" per phrase: its four spellings


def should_twins(
    entries: Mapping[tuple[str, ...], Entry],
) -> dict[tuple[str, ...], Entry]:
    """Chat spellings of "should" in the harm, exclusion and group-attack phrases."""
    return spelling_twins(
        entries,
        _should_twinned,
        _SHOULD_SPELLINGS,
        _MAX_SHOULD_TWINS,
    )


def _should_twinned(tokens: tuple[str, ...], entry: Entry) -> bool:
    """A "should" phrase calling for harm or exclusion, or an insult only of people."""
    if "should" not in tokens and "shouldn" not in tokens:
        return False
    return entry.category in _SHOULD_CATEGORIES or (
        entry.category is Category.INSULT and entry.person_only
    )


def spelling_twins(
    entries: Mapping[tuple[str, ...], Entry],
    wanted: Callable[[tuple[str, ...], Entry], bool],
    spellings: Spellings,
    max_twins: int,
) -> dict[tuple[str, ...], Entry]:
    """Up to `max_twins` respellings of each wanted phrase (two words or more), keeping
    its term, category and weight; none that is already an entry."""
    twins: dict[tuple[str, ...], Entry] = {}
    for tokens, entry in entries.items():
        if len(tokens) < 2 or not wanted(tokens, entry):
            continue
        for spelling in itertools.islice(_respellings(tokens, spellings), 1, max_twins + 1):
            if spelling not in entries and spelling not in twins:
                twins[spelling] = dataclasses.replace(entry, tokens=spelling)
    return twins


def _twinned(entry: Entry) -> bool:
    """A phrase whose text-speak spellings are as hostile as it is."""
    if entry.category in _CATEGORIES:
        return True
    return entry.category in _MORE_CATEGORIES and _GAME_VERBS.isdisjoint(entry.tokens)


def _names_reader(tokens: tuple[str, ...]) -> bool:
    return "you" in tokens or "your" in tokens or "yourself" in tokens


def _respellings(tokens: tuple[str, ...], table: Spellings) -> Iterator[tuple[str, ...]]:
    """Every spelling of `tokens` (the original first), as a product of choices per run."""
    parts: list[tuple[tuple[str, ...], ...]] = []
    i = 0
    while i < len(tokens):
        for run, spellings in table:
            if tokens[i : i + len(run)] == run:
                parts.append((run, *spellings))
                i += len(run)
                break
        else:
            parts.append(((tokens[i],),))
            i += 1
    for choice in itertools.product(*parts):
        yield tuple(itertools.chain.from_iterable(choice))
