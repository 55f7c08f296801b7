"""Lexicons: readable data files compiled into an anchor index the matcher can use fast.

Each file under `lexicons/<lang>/` holds one category. A line is a term or phrase,
optionally `= weight` and an aim in brackets (`[imperative]`, `[group]`,
`[second_person]`). Header comments `# weight: 0.7` and `# aim: imperative` set
the file's defaults. Phrases are keyed by their rarest token (the "anchor"), so a
message that contains none of the anchors is known clean after one set test.
`cues.txt` holds the targeting word lists in `[section]` blocks; `benign.txt`
holds phrases that mask hits inside them ("holy shit", "kill the boss").

The shipped files of a language set are compiled once (`shared_lexicon`); a
server's custom and allowed terms are a small layer on top (`SharedLexicon.layer`)
that equals a full `build_lexicon` with those terms, so thousands of customised
servers share one index instead of each compiling its own.

This module reads and parses the files (`Entry`, `Lexicon`, `load_cues`); compiling
is in `lexicon_compile`, the shared index and its layers in `lexicon_shared` and
`lexicon_layers`.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Container, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Final, Protocol, TypeVar

from bot.core.scoring.folding import TOKEN_RE, fold
from bot.core.scoring.verdict import Category, TargetKind

logger = logging.getLogger(__name__)


_K = TypeVar("_K")


_V = TypeVar("_V")


_T_co = TypeVar("_T_co", covariant=True)


_H = TypeVar("_H")


PROFANITY_WEIGHT: Final = 0.3


DEFAULT_WEIGHT: Final = 0.7


SPLIT_MIN: Final = 4  # shorter words split in two are mostly two real words


# The words of almost every message, English and Italian: a phrase's pair key avoids them.
COMMONEST: Final = frozenset(
    [
        "you",
        "are",
        "re",
        "a",
        "an",
        "the",
        "is",
        "be",
        "to",
        "of",
        "and",
        "i",
        "it",
        "that",
        "this",
        "in",
        "on",
        "for",
        "with",
        "should",
        "not",
        "t",
        "s",
        "my",
        "me",
        "we",
        "he",
        "she",
        "they",
        "sei",
        "un",
        "una",
        "il",
        "la",
        "e",
        "di",
        "che",
        "non",
        "per",
    ]
)


TYPO_MIN: Final = 4  # shorter words get no typo variants: too many real words nearby


CONTRACTED: Final = frozenset({"s", "t", "d", "m", "re", "ve", "ll", "nt"})  # "it's", "who're"


_AIMS: Final = {
    "imperative": TargetKind.IMPERATIVE,
    "group": TargetKind.GROUP,
    "second_person": TargetKind.SECOND_PERSON,
    "context": None,
    "person": None,  # and Entry.person_only: counts only when aimed at people
}


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon term. `category` None marks a benign phrase that masks hits."""

    term: str
    tokens: tuple[str, ...]
    category: Category | None
    weight: float
    aim: TargetKind | None
    # Words that judge people only when people are named ("animals", "hate"):
    # aimed at a thing or at nobody, they are not hostility.
    person_only: bool = False


# Targeting word sets by section name (already normalised), merged over languages.
# Every name in CUE_SECTIONS is present, possibly empty; a plain dict keeps look-ups in C.
Cues = Mapping[str, frozenset[str]]


class WordSet(Protocol[_T_co]):
    """What the matcher asks of a word set: a frozenset, or a shared one seen through a
    server's layer (`Layered`), so that layers need not copy the shared sets."""

    def __contains__(self, item: object, /) -> bool: ...
    def __iter__(self) -> Iterator[_T_co]: ...
    def __len__(self) -> int: ...
    def isdisjoint(self, other: Iterable[Any], /) -> bool: ...
    def intersection(self, other: Iterable[Any], /) -> frozenset[_T_co]: ...


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The compiled index: anchor token -> (anchor offset in phrase, entry), longest first."""

    anchors: Mapping[str, tuple[tuple[int, Entry], ...]]
    cues: Cues
    known_words: WordSet[str] = frozenset()  # anchors and cue words
    # known_words of the languages alone: the rules ask it whether a word may be a name,
    # so a server's own terms never change how a message without them is read.
    rule_words: WordSet[str] = frozenset()
    index_words: WordSet[str] = frozenset()  # every anchor
    hit_words: WordSet[str] = frozenset()  # anchors of real categories
    # Anchors of terms read only with a group named (hatecheck24: "gun" of "with my gun"):
    # the scorer's gate lets them in only beside a group's name.
    group_first_words: frozenset[str] = frozenset()
    pairs: Mapping[tuple[str, str], tuple[tuple[int, Entry], ...]] = field(default_factory=dict)
    hit_pairs: WordSet[tuple[str, str]] = frozenset()
    pair_words: WordSet[tuple[str, str]] = frozenset()  # every pair key
    # Words a starred-out spelling may stand for, by length, with their weights.
    maskable: Mapping[int, tuple[tuple[str, float], ...]] = field(default_factory=dict)
    # Our own words split in two by a space ("id iot", "f uck"): the pieces -> the word.
    split_pairs: Mapping[tuple[str, str], str] = field(default_factory=dict)
    # The word pairs the scorer's gates test, kept here so layers share them too.
    split_keys: WordSet[tuple[str, str]] = frozenset()  # the keys of split_pairs
    gate_pairs: WordSet[tuple[str, str]] = frozenset()  # hit_pairs | split_keys
    pair_keys: WordSet[tuple[str, str]] = frozenset()  # pair_words | split_keys
    # A letter typed twice ("scumm") -> our word; language-level, shared by layers.
    typos: Mapping[str, str] = field(default_factory=dict)
    typo_words: WordSet[str] = frozenset()  # the keys of typos and of joined
    # Two words run together ("anidiot") -> where the second starts (spelling7).
    joined: Mapping[str, int] = field(default_factory=dict)


def tokenize_term(term: str) -> tuple[str, ...]:
    """Tokens of a lexicon term, normalised exactly like message text."""
    return tuple(TOKEN_RE.findall(fold(term)))


def _read(lang: str, name: str) -> str | None:
    path = resources.files("bot.core.scoring").joinpath("lexicons", lang, name)
    if not path.is_file():
        return None
    return path.read_text(encoding="utf-8")


def _parse_line(
    line: str, weight: float, aim: TargetKind | None
) -> tuple[str, float, TargetKind | None, bool]:
    person_only = False
    if "[" in line and line.endswith("]"):
        line, _, tag = line[:-1].partition("[")
        aim = _AIMS[tag.strip()]
        person_only = tag.strip() == "person"
    if "=" in line:
        line, _, value = line.partition("=")
        weight = float(value)
    return line.strip(), weight, aim, person_only


@functools.cache
def category_file(
    lang: str, category: Category | None
) -> tuple[tuple[Entry, ...], float, TargetKind | None]:
    """Parse one category file (cached per process: files never change at runtime)."""
    name = "benign.txt" if category is None else f"{category.value}.txt"
    text = _read(lang, name)
    weight: float = DEFAULT_WEIGHT
    aim: TargetKind | None = None
    entries: list[Entry] = []
    if text is None:
        return (), weight, aim
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("#"):
            key, _, value = line[1:].partition(":")
            if key.strip() == "weight":
                weight = float(value)
            elif key.strip() == "aim":
                aim = _AIMS[value.strip()]
            continue
        if not line:
            continue
        term, term_weight, term_aim, person_only = _parse_line(line, weight, aim)
        tokens = tokenize_term(term)
        if tokens:
            entries.append(Entry(term, tokens, category, term_weight, term_aim, person_only))
    return tuple(entries), weight, aim


@functools.cache
def learned_entries(lang: str) -> tuple[Entry, ...]:
    """Word weights fitted on labelled data (scripts/train_weights.py), read once.

    Lines are `term<TAB>category<TAB>weight`; hand-made lexicon entries win over
    them, since those carry aims and cover what the data lacks.
    """
    text = _read(lang, "learned.tsv")
    return parse_learned(text) if text else ()


def parse_learned(text: str) -> tuple[Entry, ...]:
    entries = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        term, category, weight = line.split("\t")
        tokens = tokenize_term(term)
        if tokens:
            entries.append(Entry(term, tokens, Category(category), float(weight), None))
    return tuple(entries)


@functools.cache
def profanity_entries() -> tuple[Entry, ...]:
    """better-profanity's word list, read as data (its matcher is far too slow to call)."""
    text = (
        resources.files("better_profanity")
        .joinpath("profanity_wordlist.txt")
        .read_text(encoding="utf-8")
    )
    entries = []
    for line in text.splitlines():
        tokens = tokenize_term(line)
        if tokens:
            entries.append(
                Entry(line.strip().lower(), tokens, Category.PROFANITY, PROFANITY_WEIGHT, None)
            )
    return tuple(entries)


@functools.cache
def load_cues(lang: str) -> Mapping[str, frozenset[str]]:
    """The `[section]` word lists of one language's cues.txt."""
    text = _read(lang, "cues.txt") or ""
    sections: dict[str, set[str]] = {}
    current: set[str] | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], set())
            continue
        if current is not None:
            current.update(tokenize_term(line))
    # Ordinary words (scripts/common_words.py): a word not among them may be a name.
    words = sections.setdefault("word", set())
    for raw in (_read(lang, "words.txt") or "").splitlines():
        if raw and not raw.startswith("#"):
            words.update(tokenize_term(raw))
    return {name: frozenset(words) for name, words in sections.items()}


def profanity_words() -> frozenset[tuple[str, ...]]:
    """Token tuples of the better-profanity list (for eval's "contains profanity")."""
    return frozenset(entry.tokens for entry in profanity_entries())


def anchor(tokens: tuple[str, ...], common: frozenset[str], words: Container[str]) -> int:
    """Index of the token least likely to appear in ordinary text.

    Prefer a non-function word that is a lexicon word itself ("shit" in "piece of
    shit": messages with it take the slow path anyway), then the longest.
    """
    return max(
        range(len(tokens)),
        key=lambda i: (tokens[i] not in common, tokens[i] in words, len(tokens[i])),
    )
