"""Word lists of the discord30 round (targeting_discord30.py): a member told they took a
big L ("u took a massive L lol", "you just took a giant L 💀")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord26_words as d26

# fmt: off
# The round's lexicon lines (insult.txt, discord30): an L with a size word. "huge l" is
# discord25's, read here too when the reader took it ("u took a huge L").
BIG_LS: Final[frozenset[str]] = frozenset({"massive l", "giant l", "major l", "big l"})
TOOK_LS: Final[frozenset[str]] = BIG_LS | frozenset({"huge l"})
# The reader took it: "u took a massive L", "you really took such a giant L".
TOOK: Final[frozenset[str]] = d26.TOOK
TOOK_ADVERBS: Final[frozenset[str]] = d26.TOOK_ADVERBS
READERS: Final[frozenset[str]] = d26.READERS
TOOK_GAP: Final[frozenset[str]] = frozenset({"such", "a", "one", "another"})
TOOK_GAP_REACH: Final = 2
# Chat openers before the reader ("bro u took a massive L", "nah u took a giant L").
OPENERS: Final[frozenset[str]] = frozenset({
    "bro", "nah", "lol", "lmao", "yo", "dude", "bruh", "damn", "welp", "ok", "okay",
})
OPENER_REACH: Final = 2
# Only gloat tags may follow the L to the message's end ("u took a massive L lol");
# anything else ("u took a massive L, it happens", "but ur still the goat") is another turn.
TAGS: Final[frozenset[str]] = d26.GLOAT_TAGS
TAG_REACH: Final = 4
# fmt: on

OWN_TERMS: Final[frozenset[str]] = BIG_LS
