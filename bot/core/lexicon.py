"""Lexicons: readable data files compiled into an anchor index the matcher can use fast.

Each file under `lexicons/<lang>/` holds one category. A line is a term or phrase,
optionally `= weight` and an aim in brackets (`[imperative]`, `[group]`,
`[second_person]`). Header comments `# weight: 0.7` and `# aim: imperative` set
the file's defaults. Phrases are keyed by their rarest token (the "anchor"), so a
message that contains none of the anchors is known clean after one set test.
`cues.txt` holds the targeting word lists in `[section]` blocks; `benign.txt`
holds phrases that mask hits inside them ("holy shit", "kill the boss").
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import TypeVar

from bot.core.normalize import TOKEN_RE, fold
from bot.core.verdict import Category, TargetKind

logger = logging.getLogger(__name__)

_K = TypeVar("_K")

PROFANITY_WEIGHT = 0.3
_DEFAULT_WEIGHT = 0.7
_SPLIT_MIN = 4  # shorter words split in two are mostly two real words
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


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The compiled index: anchor token -> (anchor offset in phrase, entry), longest first."""

    anchors: Mapping[str, tuple[tuple[int, Entry], ...]]
    cues: Cues
    known_words: frozenset[str] = field(default_factory=frozenset)  # anchors and cue words
    index_words: frozenset[str] = field(default_factory=frozenset)  # every anchor
    hit_words: frozenset[str] = field(default_factory=frozenset)  # anchors of real categories
    pairs: Mapping[tuple[str, str], tuple[tuple[int, Entry], ...]] = field(default_factory=dict)
    hit_pairs: frozenset[tuple[str, str]] = field(default_factory=frozenset)
    pair_words: frozenset[tuple[str, str]] = field(default_factory=frozenset)  # every pair key
    # Words a starred-out spelling may stand for, by length, with their weights.
    maskable: Mapping[int, tuple[tuple[str, float], ...]] = field(default_factory=dict)
    # Our own words split in two by a space ("id iot", "f uck"): the pieces -> the word.
    split_pairs: Mapping[tuple[str, str], str] = field(default_factory=dict)


def tokenize_term(term: str) -> tuple[str, ...]:
    """Tokens of a lexicon term, normalised exactly like message text."""
    return tuple(TOKEN_RE.findall(fold(term)))


def _read(lang: str, name: str) -> str | None:
    path = resources.files("bot.core").joinpath("lexicons", lang, name)
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


def _anchor(tokens: tuple[str, ...], common: frozenset[str], words: frozenset[str]) -> int:
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
    """Compile the chosen languages plus a server's custom and allowed terms.

    `learned` replaces the shipped learned weights (for leave-one-out measuring).
    """
    langs = tuple(dict.fromkeys(languages)) or ("en",)
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
    custom: dict[tuple[str, ...], Entry] = {}
    for term, category in (custom_terms or {}).items():
        tokens = tokenize_term(term)
        if tokens:
            weight, aim = defaults.get(category, (_DEFAULT_WEIGHT, None))
            if category is Category.PROFANITY:
                weight = PROFANITY_WEIGHT
            custom[tokens] = Entry(term.strip().lower(), tokens, category, weight, aim)
    entries.update(custom)
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
            entries[tokens] = Entry(term.strip().lower(), tokens, None, 0.0, None)
            allowed_words.update(tokens)

    second = cue_words["second_person"]
    single_words = frozenset(t[0] for t, e in entries.items() if len(t) == 1 and e.category)
    index: dict[str, list[tuple[int, Entry]]] = {}
    pairs: dict[tuple[str, str], list[tuple[int, Entry]]] = {}
    for tokens, found in entries.items():
        entry = found
        names_reader = entry.aim is None or (
            entry.aim is TargetKind.IMPERATIVE and entry.category is Category.THREAT
        )
        if names_reader and entry.category is not None and not second.isdisjoint(tokens):
            # A phrase that names the reader ("fuck you", "going to kill you") carries
            # its own target, whoever says it ("I'm going to kill you").
            entry = Entry(
                entry.term,
                tokens,
                entry.category,
                entry.weight,
                TargetKind.SECOND_PERSON,
                entry.person_only,
            )
        if len(tokens) > 1 and common.issuperset(tokens):
            # Only everyday words ("i will find you"): key on a word pair, so a
            # message with just "will" in it stays on the fast path.
            position = _pair(tokens)
            pairs.setdefault((tokens[position], tokens[position + 1]), []).append((position, entry))
        else:
            position = _anchor(tokens, common, single_words)
            index.setdefault(tokens[position], []).append((position, entry))
    for variant, entry in _misspellings(entries, common).items():
        index.setdefault(variant, []).append((0, entry))
    anchors = _longest_first(index)
    pair_anchors = _longest_first(pairs)
    known = frozenset(anchors) | common
    hit_words = frozenset(word for word, items in anchors.items() if _has_category(items))
    hit_pairs = frozenset(pair for pair, items in pair_anchors.items() if _has_category(items))
    logger.debug(
        "lexicon built: %d entries, %d anchors, languages %s", len(entries), len(anchors), langs
    )
    return Lexicon(
        anchors=anchors,
        cues=cues,
        known_words=known,
        index_words=frozenset(anchors),
        hit_words=hit_words,
        pairs=pair_anchors,
        hit_pairs=hit_pairs,
        pair_words=frozenset(pair_anchors),
        maskable=_by_length(
            {w: weight for w, weight in maskable.items() if w not in allowed_words}
        ),
        split_pairs=_split_pairs(
            {w: weight for w, weight in maskable.items() if w not in allowed_words}, known
        ),
    )


def _misspellings(
    entries: Mapping[tuple[str, ...], Entry], common: frozenset[str]
) -> dict[str, Entry]:
    """Typos of our words, read as the word: "scumm", "idioot", "disgustingg".

    The index gains keys, so a clean message still costs one set test. A variant
    that is a word of ours, a cue word, or a typo of two different words is left
    out; swear words keep their exact spellings.
    """
    words = {
        tokens[0]: entry
        for tokens, entry in entries.items()
        if len(tokens) == 1
        and entry.category not in (None, Category.PROFANITY)
        and tokens[0].isalpha()
        and len(tokens[0]) >= _TYPO_MIN
    }
    taken = {tokens[0] for tokens in entries if len(tokens) == 1} | common
    found: dict[str, Entry] = {}
    clashes: set[str] = set()
    for word, entry in words.items():
        for variant in _typos(word):
            if variant in taken:
                continue
            if variant in found and found[variant].term != entry.term:
                clashes.add(variant)
            found[variant] = entry
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
            head, tail = word[:cut], word[cut:]
            if any(p in _CONTRACTED or (len(p) > 1 and p in known) for p in (head, tail)):
                continue
            key = (head, tail)
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
    """Start of the word pair least likely in ordinary text: the longest pair."""
    return max(range(len(tokens) - 1), key=lambda i: len(tokens[i]) + len(tokens[i + 1]))
