"""How the italian51 round (issue 8) reads Italian chat spellings of its hostile words and
group names: the chat letters ("k" for a hard "c" or "ch": "koglione", "skifo",
"rikkione"; "x" for "z": "stronxo", "caxxone"; "z" for a voiced "s": "muzulmani"), a
pejorative "-acci" on a group's name or a slur ("zingaracci", "frociaccio"), a long
insult's last vowel clipped ("ritardat", "coglion") and a name's dialect form ("terun").
Each variant is read as the word it spells; a variant that is a word of any list is left
out (lexicon_compile passes every older table's words as `taken`), as is one two words
share.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Container, Iterable, Iterator
from typing import Final

from bot.core.scoring.core_typos import unambiguous
from bot.core.scoring.lexicon import category_file, load_cues
from bot.core.scoring.verdict import Category

# A hard "c" (before a, o, u, h or a consonant) with its "h" and doubling: "cch" -> "kk".
_HARD_C: Final[re.Pattern[str]] = re.compile(r"c(c?)h|c(c?)(?=[aoubdfglmnrstvz]|$)")
_VOICED_S: Final[re.Pattern[str]] = re.compile(r"(?<=[aeiou])s(?=[aeiou])")
CHAT_MIN: Final[int] = 5  # words this long get chat letters ("skifo", "kazzo")
VOICED_S_PLACES: Final[int] = 3  # at most 3**3 spellings of a name's "s"
CLIP_MIN: Final[int] = 7  # insults this long may lose their last vowel ("ritardat")
CLIPPED_VOWELS: Final[str] = "oeai"  # in the order a clipping is read back
# The pejorative ending by the name's own: "zingari" -> "zingaracci", "zingara" ->
# "zingaraccia"; names shorter than PEJORATIVE_MIN make other words ("neracci").
PEJORATIVE: Final[dict[str, str]] = {"i": "acci", "e": "acce", "o": "accio", "a": "accia"}
PEJORATIVE_MIN: Final[int] = 5
# A group's name in its dialect form, read as the singular, so the writer's pride in it
# stays their own ("sono terun e ne vado fiero"): "i terun sono ladri".
DIALECT_NAMES: Final[dict[str, str]] = {"terun": "terrone"}


def italian_words(langs: Iterable[str]) -> frozenset[str]:
    """The Italian files' hostile single words and the words of their hostile phrases,
    swearing's own entries left out, when Italian is among `langs`."""
    if "it" not in langs:
        return frozenset()
    return frozenset(
        token
        for category in Category
        if category is not Category.PROFANITY
        for entry in category_file("it", category)[0]
        for token in entry.tokens
        if token.isalpha()
    )


def italian_names(langs: Iterable[str]) -> frozenset[str]:
    """The Italian cues' group names, when Italian is among `langs`."""
    if "it" not in langs:
        return frozenset()
    cues = load_cues("it")
    return cues.get("identity", frozenset()) | cues.get("identity_adjective", frozenset())


def italian_insults(langs: Iterable[str]) -> frozenset[str]:
    """The Italian insult and identity-attack files' single words ("coglione",
    "ritardato"), when Italian is among `langs`."""
    if "it" not in langs:
        return frozenset()
    return frozenset(
        entry.tokens[0]
        for category in (Category.INSULT, Category.IDENTITY_ATTACK)
        for entry in category_file("it", category)[0]
        if len(entry.tokens) == 1
    )


def chat_respellings(
    words: Iterable[str], names: Iterable[str], insults: Iterable[str], taken: Container[str]
) -> dict[str, str]:
    """Each word's and name's chat-letter spellings, each name's voiced "s", each name's
    and insult's pejorative, each long insult's clipped spelling, mapped to what they
    spell; a variant in `taken` or shared by two words is left out."""
    names = sorted(names)
    pairs = itertools.chain(
        ((variant, word) for word in sorted(set(words) | set(names)) for variant in _chat(word)),
        ((variant, name) for name in names for variant in _voiced(name)),
        (
            (variant, word)
            for word in sorted(set(names) | set(insults))
            for variant in _pejorative(word)
        ),
        _clipped(insults).items(),
        DIALECT_NAMES.items(),
    )
    return unambiguous((v, w) for v, w in pairs if v not in taken)


def _chat(word: str) -> set[str]:
    """`word` with its hard "c" as "k", its "z" as "x" and both; the word itself left out.
    Shorter words make names and words too often ("kane", "kara")."""
    if not word.isalpha() or len(word) < CHAT_MIN:
        return set()
    k = _HARD_C.sub(lambda m: "k" * (1 + len(m.group(1) or m.group(2) or "")), word)
    x = word.replace("z", "x")
    return {k, x, k.replace("z", "x")} - {word}


def _voiced(name: str) -> Iterator[str]:
    """A group's name with some of its first VOICED_S_PLACES voiced "s" written "z" or
    "zz" ("muzulmani", "muzzulmani"); only names, as other words make words ("presi"
    from "prezzi")."""
    places = [m.start() for m in _VOICED_S.finditer(name)][:VOICED_S_PLACES]
    for choice in itertools.product(("s", "z", "zz"), repeat=len(places)):
        letters = list(name)
        for place, written in zip(places, choice, strict=True):
            letters[place] = written
        if "z" in choice or "zz" in choice:
            yield "".join(letters)


def _pejorative(word: str) -> Iterator[str]:
    """The word with "-acci" for its last vowel: "zingari" -> "zingaracci", "frocio" ->
    "frociaccio"."""
    if word.isalpha() and len(word) >= PEJORATIVE_MIN and word[-1] in PEJORATIVE:
        yield word[:-1] + PEJORATIVE[word[-1]]


def _clipped(insults: Iterable[str]) -> dict[str, str]:
    """Each long insult ending in a vowel after a consonant without that vowel, read as
    its masculine singular where its forms share the clipping ("ritardat" ->
    "ritardato", not "ritardati")."""
    clippable = (
        word
        for word in insults
        if word.isalpha()
        and len(word) >= CLIP_MIN
        and word[-1] in CLIPPED_VOWELS
        and word[-2] not in CLIPPED_VOWELS
    )
    found: dict[str, str] = {}
    for word in sorted(clippable, key=lambda w: (CLIPPED_VOWELS.index(w[-1]), w)):
        found.setdefault(word[:-1], word)
    return found
