"""Kindness moments: #CreateKindness or a clearly kind message with no hostility.

Counted for the weekly summary, so it errs on the side of missing a kind message
rather than calling a sarcastic one kind: any hostility vetoes it.
"""

from __future__ import annotations

import functools
from importlib import resources

from bot.core.lexicon import tokenize_term
from bot.core.normalize import TOKEN_RE, fold
from bot.core.scorer import Scorer, ScorerConfig

HASHTAG = "createkindness"


@functools.cache
def _kind_phrases(languages: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    phrases: set[tuple[str, ...]] = set()
    for lang in languages:
        path = resources.files("bot.core").joinpath("lexicons", lang, "kind.txt")
        if not path.is_file():
            continue
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            if line and not line.startswith("#"):
                tokens = tokenize_term(line)
                if tokens:
                    phrases.add(tokens)
    return frozenset(phrases)


@functools.cache
def _scorer(languages: tuple[str, ...]) -> Scorer:
    return Scorer(ScorerConfig(languages=languages))


def _has_phrase(tokens: list[str], phrases: frozenset[tuple[str, ...]]) -> bool:
    lengths = {len(p) for p in phrases}
    for size in lengths:
        for i in range(len(tokens) - size + 1):
            if tuple(tokens[i : i + size]) in phrases:
                return True
    return False


def is_kind(text: str, languages: tuple[str, ...] = ("en",)) -> bool:
    """True for #CreateKindness (any case) or a kind phrase, and never when hostile."""
    languages = tuple(languages) or ("en",)
    tokens = TOKEN_RE.findall(fold(text))
    tagged = "#" in text and HASHTAG in tokens
    if not tagged and not _has_phrase(tokens, _kind_phrases(languages)):
        return False
    return not _scorer(languages).score(text).hostile
