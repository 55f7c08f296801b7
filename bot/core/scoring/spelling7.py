"""Spellings the earlier typo tables left out (issue 8, spelling7).

Functional hate suites and game chat respell the word a message turns on: a letter
typed twice in a word that only a phrase holds ("I will stabb you", "spero che tu
muoiaa"), two letters swapped or one dropped in a word of five to seven letters
("lsoer", "retrd", "ptutana"), the word run into the one before it ("you are anidiot",
"sei unfrocio", "I hope youdie"). All of them are compiled once per lexicon into look-up
tables, so a message pays a set test per token, as for the older typos, never a fuzzy
match; a variant that is a word of any list (the ordinary words included) is left out,
and so is one that two different words share (`core_typos.unambiguous`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Set
from operator import itemgetter
from typing import Any, Final, Protocol

from bot.core.scoring.core_typos import unambiguous
from bot.core.scoring.folding import flatten
from bot.core.scoring.lexicon import Entry
from bot.core.scoring.verdict import Category

SWAP_MIN: Final = 5  # words this long get two letters swapped ("lsoer", "ptutana")
DROP_MIN: Final = 6  # and this long a vowel dropped ("retrd"); "losr", "morn" are too near
_VOWELS: Final = frozenset("aeiou")
DOUBLE_MIN: Final = 4  # phrase words this long get a letter typed twice ("stabb", "suckk")
# Short words an insult is run into: "an", "ur", "so", "you", "all" and their Italian
# kin ("sei unfrocio"). A closed list, kept short: each is a table row per insult. Not
# "a" or "u": English makes words with them ("apathetic", "witchu" for "with you").
JOIN_BEFORE: Final = frozenset(
    {"an", "ur", "so", "you", "such", "all", "un", "uno", "una", "sei", "di"}
)
# The word one of ours is run into after it: "fuckyou", "hateyou".
JOIN_AFTER: Final = frozenset({"you"})
# Categories whose single words are names said of someone: an article runs into them.
_NAMES: Final = frozenset({Category.INSULT, Category.IDENTITY_ATTACK, Category.BODY_SHAMING})
# "fuckoff", "pissoff" run together are as often an exclamation or a hashtag ("#fuckoff")
# as said to someone: left as they are (measured: +1 of toxic_spans' profane_only).
_NOT_JOINED: Final = frozenset({"off"})
JOIN_WORD_MIN: Final = 4  # the hostile part of a joined token: "anidiot", not "ahat"
_HOSTILE: Final = frozenset(c for c in Category if c is not Category.PROFANITY)


def hostile_anchors(
    entries: Mapping[tuple[str, ...], Entry], key_of: Callable[[tuple[str, ...]], object]
) -> frozenset[str]:
    """The words the index keys our entries with a category on (`key_of`: the compile's
    `place`), from the shipped entries alone: a server's own terms change none of the
    spellings, which every server's layer shares."""
    keys = (key_of(tokens) for tokens, entry in entries.items() if entry.category is not None)
    return frozenset(key for key in keys if isinstance(key, str))


def phrase_words(entries: Mapping[tuple[str, ...], Entry], hit_words: Set[str]) -> set[str]:
    """The hostile words of the hostile phrases ("stab", "muoia", "hate"): a respelling
    of one hides the phrase. Their everyday words ("going", "really") keep theirs: read
    back, a typo of those ("potter" for "poter") would wake the rules for nothing."""
    return {
        token
        for tokens, entry in entries.items()
        if len(tokens) > 1 and entry.category in _HOSTILE
        for token in tokens
        if token in hit_words and token.isalpha() and len(token) >= DOUBLE_MIN
    }


def more_misspellings(
    entries: Mapping[tuple[str, ...], Entry], ordinary: frozenset[str], hit_words: Set[str]
) -> dict[str, str]:
    """Variants of our words the older tables lack, each mapped to its word.

    Every word of ours (single words, profanity included, and the hostile words of
    hostile phrases) gets a letter typed twice; the single words but profanity also two
    interior letters swapped (five letters or more) and a vowel dropped (six or more).
    A phrase's words are verbs and everyday words, whose swapped letters make other
    words too often, and swearing keeps its spellings (better-profanity lists its variants).
    So "fuckk you" is the phrase "fuck you", "fuckk" alone still only swears. The first
    letter is kept. A variant in `ordinary` (every list's words) or shared by two words
    is left out.
    """
    singles = {
        tokens[0]: entry.category
        for tokens, entry in entries.items()
        if len(tokens) == 1 and tokens[0].isalpha() and entry.category is not None
    }
    names = {w for w, c in singles.items() if c is not Category.PROFANITY}
    swearing = {w for w, c in singles.items() if c is Category.PROFANITY} - names
    spelled = names | phrase_words(entries, hit_words)
    every = sorted(w for w in spelled | swearing if len(w) >= DOUBLE_MIN)
    # A letter typed twice says most plainly which word was meant: "retardd" is "retard",
    # though "retarded" with a letter dropped spells it too.
    doubled = unambiguous(
        (variant, word) for word in every for variant in _doubled(word) if variant not in ordinary
    )
    return (
        unambiguous(
            (variant, word)
            for word in every
            if word in names
            for variant in _variants(word)
            if variant not in ordinary and variant not in doubled
        )
        | doubled
    )


def _doubled(word: str) -> set[str]:
    """A letter typed twice: "stabb", "muoiaa"."""
    return {word[:i] + word[i] + word[i:] for i in range(len(word))} - {word}


def _variants(word: str) -> set[str]:
    """Two interior letters swapped (five letters or more); in six letters or more a vowel
    after the first dropped between consonants, as people shorten words ("retrd",
    "puttna"). A dropped consonant or first vowel makes other words too often ("pricks"
    -> "picks", "nothing" -> "noting", "sparite" -> "sprite")."""
    variants: set[str] = set()
    if len(word) >= SWAP_MIN:
        variants.update(
            word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 1)
        )
    if len(word) >= DROP_MIN:
        first = next((i for i, ch in enumerate(word) if ch in _VOWELS), 0)
        variants.update(
            word[:i] + word[i + 1 :]
            for i in range(first + 1, len(word) - 1)
            if word[i] in _VOWELS and word[i - 1] not in _VOWELS and word[i + 1] not in _VOWELS
        )
    variants.discard(word)
    return variants


def joined_words(
    entries: Mapping[tuple[str, ...], Entry],
    ordinary: frozenset[str],
    hit_words: Set[str],
    core: Set[str] = frozenset(),
) -> dict[str, int]:
    """Tokens that are two words of ours run together, each mapped to where the second
    starts (an int, not the two strings: the table has a row per insult and short word):
    a short word run into one of our single words ("anidiot" -> 2, "unfrocio"), one of
    ours run into "you" ("fuckyou"), and two neighbouring words of a hostile phrase when
    one of them is a hostile word of ours (`hit_words`: "ihate", "shoulddie", "tumuoia";
    not "wakeup", "inthe", "shouldnt", which everyday writing runs together). Judging
    words only a named group makes hostile ("welcome", "qualified") are left out: run
    into "un" they are English words. A token that is a word of any list ("therapist",
    "ashame") is left whole; one that splits two ways is split the first way found, as
    both readings hold the same word of ours. Of the people-only entries, only a two-word
    call whose first word is one hate is built on (`core`, hatecheck16: "deathto",
    "killall", "murderall") is read run together: the rules still want its group."""
    found: dict[str, int] = {}
    for tokens, entry in sorted(entries.items()):
        if entry.category not in _HOSTILE or not all(map(str.isalpha, tokens)):
            continue
        if entry.person_only:
            if len(tokens) == 2 and tokens[0] in core:
                found.setdefault(tokens[0] + tokens[1], len(tokens[0]))
            continue
        if len(tokens) == 1 and len(tokens[0]) >= JOIN_WORD_MIN:
            word = tokens[0]
            for before in sorted(JOIN_BEFORE) if entry.category in _NAMES else ():
                found.setdefault(before + word, len(before))
            for after in sorted(JOIN_AFTER):
                found.setdefault(word + after, len(word))
        for first, second in itertools.pairwise(tokens):
            if (
                len(first) + len(second) > JOIN_WORD_MIN
                and (first in hit_words or second in hit_words)
                and second not in _NOT_JOINED
            ):
                found.setdefault(first + second, len(first))
    return {token: cut for token, cut in found.items() if token not in ordinary}


def split_joined(
    words: list[tuple[str, int, int]], joined: Mapping[str, int]
) -> list[tuple[str, int, int]]:
    """The two words of each run-together token among `words` (token, start, end)."""
    if joined.keys().isdisjoint(map(itemgetter(0), words)):
        return []  # the usual case, at C speed
    pieces: list[tuple[str, int, int]] = []
    for token, start, end in words:
        cut = joined.get(token)
        if cut is not None:
            at = start + cut
            pieces.extend(((token[:cut], start, at), (token[cut:], at, end)))
    return pieces


# "!" for "i" inside a word ("!d!0t", "v3rm!n", "cr3t!n0"): a run of word characters
# with a "!" before a letter or digit. Elsewhere "!" ends a sentence, so the run is
# read with "i" only when that spells one of our words.
_BANG_WORD_RE: Final = re.compile(r"[\w@$]*(?:![\w@$]+)+")
# The gate: a "!" before a word character. It opens with the literal, so the regex
# engine skips to each "!" instead of trying a word at every position.
_BANG_GATE_RE: Final = re.compile(r"![\w@$]")
BANG_WORDS_READ: Final = 64  # words with a "!" read per message: a flood costs no more


class _Words(Protocol):
    def isdisjoint(self, other: Any, /) -> bool: ...


def bang_as_i(text: str, words: _Words) -> str | None:
    """`text` with "!" read as "i" in each word that then is one of `words` (same length,
    so offsets hold), or None when no word changes."""
    if _BANG_GATE_RE.search(text) is None:
        return None  # "wow!", "gg!!": no word goes on after the "!"
    pieces: list[str] = []
    done = 0
    for match in itertools.islice(_BANG_WORD_RE.finditer(text), BANG_WORDS_READ):
        candidate = match.group().replace("!", "i")
        flat = flatten(candidate).split()
        if len(flat) == 1 and not words.isdisjoint(flat):
            pieces.extend((text[done : match.start()], candidate))
            done = match.end()
    if not pieces:
        return None
    pieces.append(text[done:])
    return "".join(pieces)
