"""Typos of the lexicon's words and of group names, read as the word they stand for.

Built once per compiled lexicon (`lexicon_compile`), so a message pays one dict look-up
per unknown token, not a fuzzy match.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import Final

from bot.core.scoring.core_typos import unambiguous
from bot.core.scoring.lexicon import TYPO_MIN, Entry
from bot.core.scoring.verdict import Category

TYPO_LONG = 8  # words this long also get dropped and swapped letters


def misspellings(
    entries: Mapping[tuple[str, ...], Entry], common: frozenset[str]
) -> dict[str, str]:
    """Typos of our shipped words and the word each stands for: "scumm", "idioot".

    The scorer reads such a token as the word (unless it is an index word itself, a
    server's own term say), so a server's allowed and custom terms apply to typos
    as to the word. A variant that is a word of ours, a cue word, or a typo of two
    different words is left out; swear words keep their exact spellings.
    """
    taken = {tokens[0] for tokens in entries if len(tokens) == 1} | common
    return unambiguous(
        (variant, tokens[0])
        for tokens, entry in entries.items()
        if len(tokens) == 1
        and entry.category not in (None, Category.PROFANITY)
        and tokens[0].isalpha()
        and len(tokens[0]) >= TYPO_MIN
        for variant in _typos(tokens[0])
        if variant not in taken
    )


GROUP_TYPO_MIN = 5  # group names this long get swapped and dropped letters too
# hatecheck25: and the three-letter "gay", whose one swap ("gya") makes no word.
SHORT_SWAPPED: Final = frozenset({"gays", "jews", "lgbt", "arab", "gay"})  # "gyas", "gya"


def group_misspellings(cue_words: Mapping[str, set[str]], taken: frozenset[str]) -> dict[str, str]:
    """Swapped, dropped or doubled letters in a group's name ("wmoen", "muslms") read as
    the group, so "womne are trash" is the attack "women are trash" is. The first
    letter is kept, short names and short variants get none ("agy", "tans"); a variant
    that is an ordinary word ("done" from "donne"), a cue or lexicon word, or a
    variant of two names is left out. A group name alone is no hit: the variant only
    matters beside a hostile word, under the same rules as the name itself.
    """
    names = cue_words.get("identity", set()) | cue_words.get("identity_adjective", set())
    ordinary = taken | frozenset(cue_words.get("word", ())) | names
    long_typos = (
        (variant, name)
        for name in names
        if len(name) >= GROUP_TYPO_MIN and name.isalpha()
        for variant in _group_typos(name) - ordinary
        if len(variant) >= GROUP_TYPO_MIN  # not "tans", "bron": words of their own
    )
    # hatecheck16: a four-letter name with two letters swapped ("gyas", "jwes"), for the
    # names whose swaps make no word ("roma" -> "roam", "poor" -> "poro" do).
    short_swaps = (
        (variant, name)
        for name in sorted(SHORT_SWAPPED & names)
        for variant in _swaps(name) - ordinary
    )
    return unambiguous(itertools.chain(long_typos, short_swaps))


def _swaps(name: str) -> set[str]:
    """Two interior letters swapped, never the first."""
    return {name[:i] + name[i + 1] + name[i] + name[i + 2 :] for i in range(1, len(name) - 1)}


def _group_typos(name: str) -> set[str]:
    """A letter doubled, dropped or two swapped, never the first."""
    variants = {name[:i] + name[i] + name[i:] for i in range(1, len(name))}
    variants.update(name[:i] + name[i + 1 :] for i in range(1, len(name) - 1))
    return variants | _swaps(name)


def _typos(word: str) -> set[str]:
    """A letter typed twice ("scumm", "idioot"); in long words also a letter dropped or
    two swapped ("disgustng", "pathteic"). In short words dropped or swapped letters
    make real words too often ("garage", "beats", "niger") to be read as ours; the
    first letter is kept, as people rarely miss it, and so is the last ("terrorists"
    without its "s" is a word of its own)."""
    variants = {word[:i] + word[i] + word[i:] for i in range(len(word))}
    if len(word) >= TYPO_LONG:
        variants.update(word[:i] + word[i + 1 :] for i in range(1, len(word) - 1))
        variants.update(
            word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 1)
        )
    variants.discard(word)
    return variants
