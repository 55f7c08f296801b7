"""Words of the gamechat49 round (issue 8): a player put down by a rank, a skill or an
animal label in Dota 2 chat ("herald brain", "1k mmr hands", "boosted monkey", "u
belong in low prio"), read by targeting_gamechat49.py."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat20_words as g20
from bot.core.scoring import gamechat39_words as g39
from bot.core.scoring import gamechat47_words as g47

# fmt: off
# Ranks a label is made of (Dota's medals and the older ladders' metals), and "mmr" after
# a number ("900 mmr behavior").
RANKS: Final[frozenset[str]] = frozenset({
    "herald", "guardian", "crusader", "archon", "bronze", "silver", "iron",
})
MMR: Final[str] = "mmr"
# What a rank label is worn on: "herald brain", "bronze mentality", "1k mmr hands". A
# plain "mmr player" is a rating said ("1000 mmr player"), so "player" only for ranks.
HEADS: Final[frozenset[str]] = frozenset({
    "brain", "mentality", "behavior", "behaviour", "hands", "gameplay", "plays",
})
RANK_HEADS: Final[frozenset[str]] = HEADS | frozenset({"player", "tier", "level"})
# "boosted monkey", "boosted ape": an animal label for a player carried to their rank.
ANIMALS: Final[frozenset[str]] = frozenset({"monkey", "monke", "ape", "chimp", "gorilla", "baboon"})
# The reader called a rank outright: "ur a herald", "u a bronze".
READERS: Final[frozenset[str]] = frozenset({"ur", "u", "youre"})
READER_RANKS: Final[frozenset[str]] = frozenset({
    "herald", "guardian", "crusader", "bronze", "silver",
})
# A player sent to or kept in the low-priority queue: "u belong in low prio".
PRIO_TERMS: Final[frozenset[str]] = frozenset({
    f"{lead} low {prio}"
    for lead in ("belong in", "belongs in", "back to", "be in")
    for prio in ("prio", "priority")
} | {"low prio behavior", "low prio behaviour"})
# Labels older rounds' lexicon lines have, read as before ("bronze brain").
OLDER_LABELS: Final[frozenset[str]] = frozenset({
    f"{rank} {head}" for rank in ("bronze", "silver", "iron") for head in ("brain", "gameplay")
})
LABEL_TERMS: Final[frozenset[str]] = frozenset(
    {f"{rank} {head}" for rank in RANKS for head in RANK_HEADS} - OLDER_LABELS
    | {f"{MMR} {head}" for head in HEADS}
    | {f"boosted {animal}" for animal in ANIMALS}
    | {f"{reader} a {rank}" for reader in READERS for rank in READER_RANKS}
)
# The round's lexicon lines (en/insult.txt); their new words ("herald", "mentality",
# "prio") stay unknown to the other rules (lexicon_compile._ROUNDS_OWN_TERMS).
OWN_TERMS: Final[frozenset[str]] = LABEL_TERMS | PRIO_TERMS
# Terms that must follow a number ("900 mmr behavior"). No division's terms ("gold 4
# mentality"): the folding reads "4" as "a" and "5" as "s" ("op's brain").
AFTER_NUMBER: Final[frozenset[str]] = frozenset({f"{MMR} {head}" for head in HEADS})

# What may come before a label that opens the line: a pointer at a player, the reader
# and a being verb, and chat's openers ("peak herald behavior", "you're a boosted ape",
# "typical 1k mmr brain"). Never "i", "my", "we", "call", "not": the writer's own rank,
# reported or denied.
LEADS: Final[frozenset[str]] = frozenset({
    "our", "ur", "your", "this", "that", "the", "their", "what", "such", "a", "an", "u",
    "you", "youre", "re", "are", "r", "is", "lol", "bro", "omg", "wtf", "ffs", "typical",
    "peak", "pure", "legit", "classic", "absolute", "literal", "literally", "real", "true",
    "boosted", "hardstuck", "gg", "ok", "ya", "go", "should", "must", "need", "needs",
    "to", "has", "have", "got",
})
LEAD_REACH: Final[int] = 4
# After the label: a tag of it ("bronze player detected") and chat's tails.
TAGS: Final[frozenset[str]] = frozenset({"detected", "spotted", "alert", "moment", "vibes"})
TAILS: Final[frozenset[str]] = g20.BLAME_TAILS | frozenset({"loser", "trash", "again", "ever"})
TAIL_REACH: Final[int] = 3
# The player a label may name after it: "herald brain pudge", "hardstuck archon support".
PLAYERS: Final[frozenset[str]] = g39.PLAYERS | g47.PLAYERS
# "dogshit positioning from our carry", "bronze level play from you": who the play is from.
FROM: Final[str] = "from"
FROM_READERS: Final[frozenset[str]] = frozenset({"you", "u", "ya"})
FROM_POINTERS: Final[frozenset[str]] = frozenset({
    "our", "this", "that", "the", "their", "ur", "your",
})
# Play nouns a verdict may be said of before "from" ("trash positioning from you").
PLAY: Final[frozenset[str]] = frozenset({
    "positioning", "play", "plays", "gameplay", "decisions", "decision", "farming", "build",
    "itemization", "rotations", "map", "awareness", "game", "sense", "at", "all",
})
PLAY_REACH: Final[int] = 3
# "hardstuck herald", "hardstuck gold 4 carry": the older lexicon's "hardstuck" before a
# rank, maybe its division.
HARDSTUCK: Final[str] = "hardstuck"
STUCK_RANKS: Final[frozenset[str]] = RANKS | frozenset({"gold", "plat", "legend", "ancient"})
DIVISIONS: Final[frozenset[str]] = frozenset({"1", "2", "3", "4", "5"})
