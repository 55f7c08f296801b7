"""Kindness moments: #CreateKindness or a clearly kind message with no hostility.

Counted for the weekly summary, so it errs on the side of missing a kind message
rather than calling a sarcastic one kind: any hostility vetoes it.

Every message the bot sees is asked, so the phrase test is built for the common
answer "no": the phrases are compiled once per language set into single words and
word pairs, and a message without any of them costs one `flatten`, a split and
two C-level set tests. Only a message that does carry a kind phrase pays for the
hostility veto (a full score).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from bot.core.scoring.folding import flatten
from bot.core.scoring.lexicon import tokenize_term
from bot.core.scoring.scorer import Scorer, ScorerConfig

HASHTAG = "createkindness"


@dataclass(frozen=True, slots=True)
class KindPhrases:
    """The kind phrases of some languages, indexed for a quick "none here" answer."""

    words: frozenset[str]
    """One-word phrases ("congrats")."""
    pairs: frozenset[tuple[str, str]]
    """The first two words of every longer phrase."""
    longer: frozenset[tuple[str, ...]]
    """Phrases of two words or more."""
    sizes: tuple[int, ...]
    """Lengths found in `longer`."""

    @classmethod
    def build(cls, phrases: Sequence[tuple[str, ...]]) -> KindPhrases:
        longer = frozenset(p for p in phrases if len(p) > 1)
        return cls(
            words=frozenset(p[0] for p in phrases if len(p) == 1),
            pairs=frozenset((p[0], p[1]) for p in longer),
            longer=longer,
            sizes=tuple(sorted({len(p) for p in longer})),
        )

    def found_in(self, tokens: Sequence[str]) -> bool:
        """True if one of the phrases occurs as whole words in `tokens`."""
        if not self.words.isdisjoint(tokens):
            return True
        if self.pairs.isdisjoint(itertools.pairwise(tokens)):
            return False
        for i, pair in enumerate(itertools.pairwise(tokens)):
            if pair in self.pairs:
                for size in self.sizes:
                    if tuple(tokens[i : i + size]) in self.longer:
                        return True
        return False


@functools.cache
def kind_phrases(languages: tuple[str, ...]) -> KindPhrases:
    """The compiled kind phrases of `languages` (read once per language set)."""
    phrases: set[tuple[str, ...]] = set()
    for lang in languages:
        path = resources.files("bot.core.scoring").joinpath("lexicons", lang, "kind.txt")
        if not path.is_file():
            continue
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            if line and not line.startswith("#"):
                tokens = tokenize_term(line)
                if tokens:
                    phrases.add(tokens)
    return KindPhrases.build(sorted(phrases))


@functools.cache
def _scorer(languages: tuple[str, ...]) -> Scorer:
    return Scorer(ScorerConfig(languages=languages))


def is_kind(text: str, languages: tuple[str, ...] = ("en",)) -> bool:
    """True for #CreateKindness (any case) or a kind phrase, and never when hostile."""
    languages = tuple(languages) or ("en",)
    tokens = flatten(text).split()
    tagged = "#" in text and HASHTAG in tokens
    if not tagged and not kind_phrases(languages).found_in(tokens):
        return False
    return not _scorer(languages).score(text).hostile
