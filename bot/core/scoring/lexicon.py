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
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import threading
from collections import ChainMap, OrderedDict
from collections.abc import Container, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Generic, Protocol, TypeVar

from bot.core.scoring.folding import TOKEN_RE, fold
from bot.core.scoring.verdict import Category, TargetKind

logger = logging.getLogger(__name__)

_K = TypeVar("_K")
_V = TypeVar("_V")
_T_co = TypeVar("_T_co", covariant=True)
_H = TypeVar("_H")

PROFANITY_WEIGHT = 0.3
_DEFAULT_WEIGHT = 0.7
_SPLIT_MIN = 4  # shorter words split in two are mostly two real words
# The words of almost every message, English and Italian: a phrase's pair key avoids them.
_COMMONEST = frozenset(
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
_TYPO_MIN = 4  # shorter words get no typo variants: too many real words nearby
_CONTRACTED = frozenset({"s", "t", "d", "m", "re", "ve", "ll", "nt"})  # "it's", "who're"
_AIMS = {
    "imperative": TargetKind.IMPERATIVE,
    "group": TargetKind.GROUP,
    "second_person": TargetKind.SECOND_PERSON,
    "context": None,
    "person": None,  # and Entry.person_only: counts only when aimed at people
}
CUE_SECTIONS = (
    "second_person",
    "possessive",
    "group",
    "self",
    "object",
    "third_person",
    "negation",
    "reported",
    "counter",
    "okay",
    "gaming",
    "imperative",
    "modal",
    "copula",
    "article",
    "vocative",
    "interjection",
    "descriptive",
    "family",
    "dative",
    "stand_in",
    "opinion",
    "relative",
    "indefinite",
    "complement",
    "clause_opener",
    "endearing",
    "diminutive",
    "clitic",
    "speaker",
    "number",
    "identity",
    "identity_adjective",
    "people",
    "room",
    "person_noun",
    "negative_quantifier",
    "plural_pronoun",
    "hate_verb",
    "intensifier",
    "speaker_subject",
    "group_noun",
    "accusation",
    "real_life",
    "denial",
    "role",
    "plural_verb",
    "participle",
    "bridge",
    "function",
    "common",
)


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
    index_words: WordSet[str] = frozenset()  # every anchor
    hit_words: WordSet[str] = frozenset()  # anchors of real categories
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
    typo_words: WordSet[str] = frozenset()  # the keys of typos


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
def _category_file(
    lang: str, category: Category | None
) -> tuple[tuple[Entry, ...], float, TargetKind | None]:
    """Parse one category file (cached per process: files never change at runtime)."""
    name = "benign.txt" if category is None else f"{category.value}.txt"
    text = _read(lang, name)
    weight, aim = _DEFAULT_WEIGHT, None
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
def _profanity_entries() -> tuple[Entry, ...]:
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
    return {name: frozenset(words) for name, words in sections.items()}


def profanity_words() -> frozenset[tuple[str, ...]]:
    """Token tuples of the better-profanity list (for eval's "contains profanity")."""
    return frozenset(entry.tokens for entry in _profanity_entries())


def _anchor(tokens: tuple[str, ...], common: frozenset[str], words: Container[str]) -> int:
    """Index of the token least likely to appear in ordinary text.

    Prefer a non-function word that is a lexicon word itself ("shit" in "piece of
    shit": messages with it take the slow path anyway), then the longest.
    """
    return max(
        range(len(tokens)),
        key=lambda i: (tokens[i] not in common, tokens[i] in words, len(tokens[i])),
    )


def build_lexicon(
    languages: Iterable[str],
    custom_terms: Mapping[str, Category] | None = None,
    allowed_terms: Iterable[str] = (),
    learned: Mapping[str, tuple[Entry, ...]] | None = None,
) -> Lexicon:
    """Compile the chosen languages plus a server's custom and allowed terms, from scratch.

    The bot layers a server's terms on a shared lexicon instead (`shared_lexicon`);
    this full build is what every layer must equal. `learned` replaces the shipped
    learned weights (for leave-one-dataset-out measuring).
    """
    return _compile(languages, custom_terms, allowed_terms, learned)[0]


def _compile(
    languages: Iterable[str],
    custom_terms: Mapping[str, Category] | None,
    allowed_terms: Iterable[str],
    learned: Mapping[str, tuple[Entry, ...]] | None = None,
) -> tuple[Lexicon, _Stages]:
    """The full build, and what a layer needs to know about how it was compiled."""
    langs = language_key(languages)
    cue_words: dict[str, set[str]] = {name: set() for name in CUE_SECTIONS}
    for lang in langs:
        for name, words in load_cues(lang).items():
            cue_words.setdefault(name, set()).update(words)
    cues: Cues = {name: frozenset(words) for name, words in cue_words.items()}
    common = frozenset().union(*cue_words.values())

    entries: dict[tuple[str, ...], Entry] = {}
    defaults: dict[Category, tuple[float, TargetKind | None]] = {}
    for lang in langs:
        for category in Category:
            file_entries, weight, aim = _category_file(lang, category)
            defaults.setdefault(category, (weight, aim))
            for entry in file_entries:
                entries.setdefault(entry.tokens, entry)
    for lang in langs:
        fitted = learned_entries(lang) if learned is None else learned.get(lang, ())
        for entry in fitted:
            entries.setdefault(entry.tokens, entry)
    shipped = dict(entries)
    typos = _misspellings(shipped, common)
    entries.update(_custom_entries(custom_terms or {}, defaults))
    # Starred-out spellings are read only as our own words, not the long tail of
    # variants in better-profanity's list ("f*ck" is "fuck", never "fack").
    maskable = {t[0]: e.weight for t, e in entries.items() if len(t) == 1}
    for entry in _profanity_entries():
        entries.setdefault(entry.tokens, _as_name(entry, entries))
    # Benign phrases never replace a category entry; allowed terms replace anything.
    for lang in langs:
        for entry in _category_file(lang, None)[0]:
            entries.setdefault(entry.tokens, entry)
    allowed_words: set[str] = set()
    for term in allowed_terms:
        tokens = tokenize_term(term)
        if tokens:
            entries[tokens] = _allowed_entry(term, tokens)
            allowed_words.update(tokens)

    second = cues["second_person"]
    single_words = frozenset(t[0] for t, e in entries.items() if len(t) == 1 and e.category)
    index: dict[str, list[tuple[int, Entry]]] = {}
    pairs: dict[tuple[str, str], list[tuple[int, Entry]]] = {}
    for tokens, entry in entries.items():
        key, position = _place(tokens, common, single_words)
        if isinstance(key, str):
            index.setdefault(key, []).append((position, _aimed(entry, second)))
        else:
            pairs.setdefault(key, []).append((position, _aimed(entry, second)))
    anchors = _longest_first(index)
    pair_anchors = _longest_first(pairs)
    known = frozenset(anchors) | common
    kept = {w: weight for w, weight in maskable.items() if w not in allowed_words}
    split_pairs = _split_pairs(kept, known)
    split_keys = frozenset(split_pairs)
    hit_pairs = frozenset(pair for pair, items in pair_anchors.items() if _has_category(items))
    pair_words = frozenset(pair_anchors)
    logger.debug(
        "lexicon built: %d entries, %d anchors, languages %s", len(entries), len(anchors), langs
    )
    lexicon = Lexicon(
        anchors=anchors,
        cues=cues,
        known_words=known,
        index_words=frozenset(anchors),
        hit_words=frozenset(word for word, items in anchors.items() if _has_category(items)),
        pairs=pair_anchors,
        hit_pairs=hit_pairs,
        pair_words=pair_words,
        maskable=_by_length(kept),
        split_pairs=split_pairs,
        split_keys=split_keys,
        gate_pairs=hit_pairs | split_keys,
        pair_keys=pair_words | split_keys,
        typos=typos,
        typo_words=frozenset(typos),
    )
    stages = _Stages(
        shipped=shipped,
        defaults=defaults,
        entries=entries,
        maskable=maskable,
        common=common,
        single_words=single_words,
    )
    return lexicon, stages


def language_key(languages: Iterable[str]) -> tuple[str, ...]:
    """The language set as the lexicon reads it: in order, each once, English if none."""
    return tuple(dict.fromkeys(languages)) or ("en",)


def _custom_entries(
    custom_terms: Mapping[str, Category],
    defaults: Mapping[Category, tuple[float, TargetKind | None]],
) -> dict[tuple[str, ...], Entry]:
    """A server's own terms, with their category's file defaults (swearing stays weak)."""
    custom: dict[tuple[str, ...], Entry] = {}
    for term, category in custom_terms.items():
        tokens = tokenize_term(term)
        if tokens:
            weight, aim = defaults.get(category, (_DEFAULT_WEIGHT, None))
            if category is Category.PROFANITY:
                weight = PROFANITY_WEIGHT
            custom[tokens] = Entry(term.strip().lower(), tokens, category, weight, aim)
    return custom


def _allowed_entry(term: str, tokens: tuple[str, ...]) -> Entry:
    """An allowed term: an entry with no category, which claims its tokens from any hit."""
    return Entry(term.strip().lower(), tokens, None, 0.0, None)


def _aimed(entry: Entry, second: frozenset[str]) -> Entry:
    """A phrase that names the reader ("fuck you", "going to kill you") carries its own
    target, whoever says it ("I'm going to kill you")."""
    names_reader = entry.aim is None or (
        entry.aim is TargetKind.IMPERATIVE and entry.category is Category.THREAT
    )
    if names_reader and entry.category is not None and not second.isdisjoint(entry.tokens):
        return dataclasses.replace(entry, aim=TargetKind.SECOND_PERSON)
    return entry


def _place(
    tokens: tuple[str, ...], common: frozenset[str], single_words: Container[str]
) -> tuple[str | tuple[str, str], int]:
    """The index key of a term (a word, or a word pair) and the key's offset in the term.

    A phrase of only everyday words ("i will find you") is keyed on a word pair, so
    a message with just "will" in it stays on the fast path.
    """
    if len(tokens) > 1 and common.issuperset(tokens):
        position = _pair(tokens)
        return (tokens[position], tokens[position + 1]), position
    position = _anchor(tokens, common, single_words)
    return tokens[position], position


def _misspellings(
    entries: Mapping[tuple[str, ...], Entry], common: frozenset[str]
) -> dict[str, str]:
    """Typos of our shipped words and the word each stands for: "scumm", "idioot".

    The scorer reads such a token as the word (unless it is an index word itself, a
    server's own term say), so a server's allowed and custom terms apply to typos
    as to the word. A variant that is a word of ours, a cue word, or a typo of two
    different words is left out; swear words keep their exact spellings.
    """
    taken = {tokens[0] for tokens in entries if len(tokens) == 1} | common
    found: dict[str, str] = {}
    clashes: set[str] = set()
    for tokens, entry in entries.items():
        word = tokens[0]
        if (
            len(tokens) != 1
            or entry.category in (None, Category.PROFANITY)
            or not word.isalpha()
            or len(word) < _TYPO_MIN
        ):
            continue
        for variant in _typos(word):
            if variant in taken:
                continue
            if found.setdefault(variant, word) != word:
                clashes.add(variant)
    for variant in clashes:
        del found[variant]
    return found


def _typos(word: str) -> set[str]:
    """A letter typed twice ("scumm", "idioot"): dropped or swapped letters make real
    words too often ("garage", "beats", "niger") to be read as ours."""
    variants = {word[:i] + word[i] + word[i:] for i in range(len(word))}
    variants.discard(word)
    return variants


def _as_name(entry: Entry, entries: Mapping[tuple[str, ...], Entry]) -> Entry:
    """A swear-word phrase built on one of our name-calls reads as that name-call.

    better-profanity lists compounds such as "fuck-tard" as plain profanity; the
    longer phrase would otherwise mask our stronger "tard" inside it.
    """
    if len(entry.tokens) < 2:
        return entry
    names = [
        entries[(token,)]
        for token in entry.tokens
        if (token,) in entries and entries[(token,)].category not in (None, Category.PROFANITY)
    ]
    if not names:
        return entry
    name = max(names, key=lambda e: e.weight)
    return Entry(entry.term, entry.tokens, name.category, name.weight, name.aim)


def _longest_first(
    index: Mapping[_K, list[tuple[int, Entry]]],
) -> dict[_K, tuple[tuple[int, Entry], ...]]:
    return {
        key: tuple(sorted(items, key=lambda item: -len(item[1].tokens)))
        for key, items in index.items()
    }


def _split_pairs(words: Mapping[str, float], known: frozenset[str]) -> dict[tuple[str, str], str]:
    """Every way to split one of our words in two with a space ("i diot", "du mb").

    Only splits whose pieces are no words of ours: "go ok" is not "gook", "who re"
    is not "whore", and "it s pic" is not "spic" (contraction leftovers never count).
    When two words split the same way, the weaker one is read.
    """
    found: dict[tuple[str, str], tuple[float, str]] = {}
    for word, weight in words.items():
        if len(word) < _SPLIT_MIN or not word.isalpha():
            continue
        for cut in range(1, len(word)):
            key = (word[:cut], word[cut:])
            if not _splittable(key, known):
                continue
            if key not in found or (weight, word) < found[key]:
                found[key] = (weight, word)
    return {key: word for key, (_, word) in found.items()}


def _by_length(words: Mapping[str, float]) -> dict[int, tuple[tuple[str, float], ...]]:
    grouped: dict[int, list[tuple[str, float]]] = {}
    for word, weight in sorted(words.items()):
        grouped.setdefault(len(word), []).append((word, weight))
    return {length: tuple(group) for length, group in grouped.items()}


def _has_category(items: Iterable[tuple[int, Entry]]) -> bool:
    return any(entry.category is not None for _, entry in items)


def _pair(tokens: tuple[str, ...]) -> int:
    """Start of the word pair least likely in ordinary text.

    The pair with fewest of the very commonest words ("you are" is in a tenth of all
    tweets, "a joke" is not), then the longest.
    """
    return max(
        range(len(tokens) - 1),
        key=lambda i: (
            -(tokens[i] in _COMMONEST) - (tokens[i + 1] in _COMMONEST),
            len(tokens[i]) + len(tokens[i + 1]),
        ),
    )


# --- one shared lexicon per language set, a server's terms layered on top ----------


@dataclass(frozen=True, slots=True)
class _Stages:
    """How a lexicon was compiled: what a layer needs to redo only the parts it changes."""

    shipped: dict[tuple[str, ...], Entry]  # the category files, first language wins
    defaults: Mapping[Category, tuple[float, TargetKind | None]]
    entries: Mapping[tuple[str, ...], Entry]  # every entry, as indexed (before aims)
    maskable: Mapping[str, float]  # before allowed terms took words out
    common: frozenset[str]
    single_words: frozenset[str]


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


_EMPTY: frozenset[Any] = frozenset()
# One object per distinct set within a layer: "added" words are often the same few
# in several word sets, and every object a layer keeps is one more for the GC to walk.
_Same = dict[frozenset[Any], frozenset[Any]]


def _layered(
    base: frozenset[_H], added: Iterable[_H], removed: Iterable[_H], same: _Same
) -> WordSet[_H]:
    """`base` with a server's changes; `base` itself when there are none (C speed)."""
    more = frozenset(added).difference(base)
    less = frozenset(removed).intersection(base)
    if not more and not less:
        return base
    return Layered(base, same.setdefault(more, more), same.setdefault(less, less))


def _layered_map(
    base: Mapping[_K, _V], changes: Mapping[_K, _V], removed: frozenset[_K]
) -> Mapping[_K, _V]:
    """`base` with a server's changes; `base` itself when there are none."""
    return LayeredMap(base, changes, removed) if changes or removed else base


def _union(
    base: frozenset[_H], first: WordSet[_H], second: WordSet[_H], same: _Same
) -> WordSet[_H]:
    """`first | second` as a layer on `base`, their shared union, without copying it."""
    added: set[_H] = set()
    removed: set[_H] = set()
    for part in (first, second):
        if isinstance(part, Layered):
            added.update(part.added)
            removed.update(part.removed)
    return _layered(
        base, added, (item for item in removed if item not in first and item not in second), same
    )


class SharedLexicon:
    """The shipped files of one language set, compiled once; servers' terms are layers on it.

    A layer holds only what a server's terms change (their entries, the few index
    keys they touch, and small add/remove sets over the shared word sets), so many
    customised servers cost a few kilobytes each instead of a full lexicon.
    """

    def __init__(self, languages: Iterable[str]) -> None:
        self.languages = language_key(languages)
        self.lexicon, self._stages = _compile(self.languages, None, ())
        stages = self._stages
        # Profanity-list compounds that took their key, by word: a server's own word
        # can make one read as a name-call ("fuck tard"), as in the full build.
        compounds: dict[str, list[Entry]] = {}
        taken: set[tuple[str, ...]] = set(stages.shipped)
        for entry in _profanity_entries():
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
            for key in _cuts(word):
                for piece in set(key):
                    if len(piece) > 1:
                        pieces.setdefault(piece, []).append(key)
        self._pieces = {piece: tuple(keys) for piece, keys in pieces.items()}

    def layer(
        self, custom_terms: Mapping[str, Category] | None = None, allowed_terms: Iterable[str] = ()
    ) -> Lexicon:
        """The lexicon `build_lexicon` would compile with these terms, sharing what they
        leave alone. With no terms it is the shared lexicon itself."""
        stages, base = self._stages, self.lexicon
        custom = _custom_entries(custom_terms or {}, stages.defaults)
        allowed: dict[tuple[str, ...], Entry] = {}
        allowed_words: set[str] = set()
        for term in allowed_terms:
            tokens = tokenize_term(term)
            if tokens:
                allowed[tokens] = _allowed_entry(term, tokens)
                allowed_words.update(tokens)
        if not custom and not allowed:
            return base
        anchors, pairs = self._reindex(self._changed_entries(custom, allowed))
        new_words = frozenset(word for word in anchors.changes if word not in base.anchors)
        new_pairs = frozenset(pair for pair in pairs.changes if pair not in base.pairs)
        common = stages.common
        same: _Same = {_EMPTY: _EMPTY}
        known = _layered(
            _frozen(base.known_words), new_words - common, anchors.removed - common, same
        )

        # Starred-out spellings and split words: only the words the server touched.
        mask_words = {t[0]: e.weight for t, e in custom.items() if len(t) == 1}
        maskable = _Maskable(stages.maskable, mask_words, allowed_words)
        by_length = {
            length: maskable.of_length(length, base.maskable.get(length, ()))
            for length in {len(word) for word in maskable.touched}
        }
        by_length = {n: words for n, words in by_length.items() if words != base.maskable.get(n)}
        checked = {key for word in maskable.membership_changed() for key in _cuts(word)}
        for piece in (new_words | anchors.removed) - common:
            checked.update(self._pieces.get(piece, ()))
        split_keys = _frozen(base.split_keys)
        split_on = {k for k in checked if k not in split_keys and maskable.splits(k, known)}
        split_off = {k for k in checked if k in split_keys and not maskable.splits(k, known)}
        split = _layered(split_keys, split_on, split_off, same)
        hit_pairs = _layered(_frozen(base.hit_pairs), pairs.hit_on, pairs.hit_off, same)
        pair_words = _layered(_frozen(base.pair_words), new_pairs, pairs.removed, same)
        # Fields a layer does not know of hold language-level data: shared as they are.
        return dataclasses.replace(
            base,
            anchors=_layered_map(base.anchors, anchors.changes, anchors.removed),
            known_words=known,
            index_words=_layered(_frozen(base.index_words), new_words, anchors.removed, same),
            hit_words=_layered(_frozen(base.hit_words), anchors.hit_on, anchors.hit_off, same),
            pairs=_layered_map(base.pairs, pairs.changes, pairs.removed),
            hit_pairs=hit_pairs,
            pair_words=pair_words,
            maskable=_layered_map(
                base.maskable,
                {n: words for n, words in by_length.items() if words},
                frozenset(n for n, words in by_length.items() if not words),
            ),
            split_pairs=_layered_map(
                base.split_pairs, {key: key[0] + key[1] for key in split_on}, frozenset(split_off)
            ),
            split_keys=split,
            gate_pairs=_union(_frozen(base.gate_pairs), hit_pairs, split, same),
            pair_keys=_union(_frozen(base.pair_keys), pair_words, split, same),
        )

    def _changed_entries(
        self, custom: Mapping[tuple[str, ...], Entry], allowed: Mapping[tuple[str, ...], Entry]
    ) -> dict[tuple[str, ...], Entry]:
        """The entries a full build with these terms would hold that the shared one does not.

        The server's terms, and the profanity-list compounds that its own words turn
        into name-calls (or back): `_as_name` reads the list against them.
        """
        stages = self._stages
        changed = dict(custom)
        view = ChainMap(dict(custom), stages.shipped)  # what the full build reads the list against
        for word in {tokens[0] for tokens in custom if len(tokens) == 1}:
            for compound in self._compounds.get(word, ()):
                if compound.tokens not in custom:
                    changed[compound.tokens] = _as_name(compound, view)
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
        singles = _layered(old_singles, gained, lost, {})
        moved = set(changed)
        for word in (gained - old_singles) | (lost & old_singles):
            moved.update(self._phrases.get(word, ()))
        second = base.cues["second_person"]
        words: _Moves[str] = _Moves()
        pairs: _Moves[tuple[str, str]] = _Moves()
        for tokens in moved:
            if tokens in entries:  # leaves its old key
                old, _ = _place(tokens, common, old_singles)
                if isinstance(old, str):
                    words.touched.add(old)
                else:
                    pairs.touched.add(old)
            entry = _aimed(changed[tokens] if tokens in changed else entries[tokens], second)
            key, position = _place(tokens, common, singles)
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
            was_hit, is_hit = _has_category(before), _has_category(items)
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
        """Is `key` a way to split one of these words that `_split_pairs` keeps?"""
        word = key[0] + key[1]
        return (
            word in self and len(word) >= _SPLIT_MIN and word.isalpha() and _splittable(key, known)
        )


def _cuts(word: str) -> list[tuple[str, str]]:
    """Every way to split `word` in two, if it is long enough to be read split at all."""
    if len(word) < _SPLIT_MIN or not word.isalpha():
        return []
    return [(word[:cut], word[cut:]) for cut in range(1, len(word))]


def _splittable(key: tuple[str, str], known: Container[str]) -> bool:
    return not any(p in _CONTRACTED or (len(p) > 1 and p in known) for p in key)


def _frozen(words: WordSet[_H]) -> frozenset[_H]:
    """A shared lexicon's word set (always a real frozenset: layers are built on it)."""
    if not isinstance(words, frozenset):
        raise TypeError("layers are built on a shared lexicon, not on another layer")
    return words


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
