"""Words of the gamechat23 round (issue 8): game chat shapes read by
targeting_gamechat23.py (stat lines, doubted ranks, bought accounts)."""

from __future__ import annotations

from typing import Final

from bot.core.scoring.gamechat21_words import VERDICT_TAILS

# fmt: off
_RANKS: Final[tuple[str, ...]] = (
    "iron", "bronze", "silver", "gold", "plat", "platinum", "diamond", "master", "masters",
    "immortal", "ascendant", "emerald", "champ", "grandmaster", "challenger",
)  # not "radiant" (Dota's side, a name to the older rules) nor "global" (everyday)
# "how are u plat": a rank doubted, counted only closing its line or before the reason.
RANK_DOUBTED: Final[frozenset[str]] = frozenset(
    [f"how are you {rank}" for rank in _RANKS]
    + [f"how are u {rank}" for rank in _RANKS]
    + [f"how r u {rank}" for rank in _RANKS]
    + [f"how is he {rank}" for rank in _RANKS]
    + [f"how is this guy {rank}" for rank in _RANKS]
)
# "stay bronze": a player left in a low rank, closing the line, never after the writer.
LEFT_IN_RANK: Final[frozenset[str]] = frozenset(
    [f"{verb} {rank}" for verb in ("stay", "enjoy", "see you in", "see u in")
     for rank in ("iron", "bronze", "silver")]
    + ["stay hardstuck"]
)
# What may follow a doubted rank: chat's tails, "even", and the reason ("with that aim").
DOUBT_TAILS: Final[frozenset[str]] = VERDICT_TAILS | frozenset({
    "even", "with", "that", "this", "those", "aim", "kda", "gameplay", "score", "stats",
    "bro", "lmfao", "kid", "man", "seriously",
})
LEFT_TAILS: Final[frozenset[str]] = VERDICT_TAILS | frozenset({
    "kid", "kiddo", "noob", "loser", "buddy", "forever", "lmfao", "xd", "ez",
})
# "look at ur kda": the reader's stats pointed at, closing the line or before "before".
STATS_POINTED: Final[frozenset[str]] = frozenset(
    f"{verb} {owner} {noun}"
    for verb in ("look at", "check")
    for owner in ("ur", "your")
    for noun in ("kda", "stats", "score")
)
BEFORE: Final[frozenset[str]] = frozenset({"before", "b4", "then"})
# "0/8 and still talking": a K/D record right before these.
STILL_TALKING: Final[frozenset[str]] = frozenset({
    "and still talking", "and still typing", "and still flaming", "and still crying",
    "and still trash talking", "and ur talking", "and ur still talking",
    "and you re talking", "and you re still talking",
})
# A K/D record as the folding leaves it: digits, or their look-alike letters ("0/8" is
# "o/8", "10/3" is "io/e"), two short tokens with "/" or "-" between.
RECORD_CHARS: Final[frozenset[str]] = frozenset("0123456789oiezasgtbl")
RECORD_MARKS: Final[frozenset[str]] = frozenset({"/", "-"})
# "bought account": the writer's own purchase is no jab ("i bought this account").
BOUGHT: Final[frozenset[str]] = frozenset({
    "bought account", "bought acc", "bought ur account", "bought ur acc",
    "bought your account", "bought this account", "bought that account",
    "bought his account", "bought his acc",
    "account comprato",
})
BUYERS: Final[frozenset[str]] = frozenset({
    "i", "ive", "we", "weve", "me", "my", "ll", "ill", "ho", "abbiamo", "mio", "il", "un",
})
BUYER_REACH: Final = 3
THIRD_DOUBT: Final = ("how is he ", "how is this guy ")
# "we are 3-1 and still talking": a record of the writer's side is a score.
WRITERS: Final[frozenset[str]] = frozenset({"i", "im", "we", "were", "us", "our", "my"})
# gamechat25: "imagine losing to this" (insult.txt) said of a boss, a mob or a level is
# no player: "imagine losing to this boss 20 times, i did lol", "... this raid boss".
IMAGINE_LOSS: Final[frozenset[str]] = frozenset({
    "imagine losing to this", "imagine losing to these", "imagine losing to that",
})
NPC_NOUNS: Final[frozenset[str]] = frozenset({
    "boss", "bosses", "miniboss", "mob", "mobs", "level", "levels", "stage", "raid",
    "dungeon", "puzzle", "dragon", "npc", "npcs", "monster", "monsters", "quest", "mission",
    "wave", "chapter", "trap", "traps", "parkour", "course", "map", "creeps", "golem",
})
NPC_MODIFIERS: Final[frozenset[str]] = frozenset({
    "raid", "final", "jump", "world", "mini", "last", "first", "secret", "easy", "stupid",
    "dumb", "tiny", "little", "one",
})
OWN_TERMS: Final[frozenset[str]] = (
    RANK_DOUBTED | LEFT_IN_RANK | STATS_POINTED | STILL_TALKING | BOUGHT | IMAGINE_LOSS
)

# "ur rank is a joke": a stat of the reader's judged is the reader judged.
STAT_NOUNS: Final[frozenset[str]] = frozenset({
    "rank", "mmr", "elo", "stats", "kda", "aim", "gameplay", "mechanics", "rating",
    "score", "plays", "decisions", "positioning", "rotations", "mira", "statistiche",
})
ARTICLES: Final[frozenset[str]] = frozenset({"la", "il", "le", "i"})
COPULAS: Final[frozenset[str]] = frozenset({"is", "are", "was", "s", "e"})
READER_OWNERS: Final[frozenset[str]] = frozenset({"ur", "your", "yo", "tuo", "tua"})
# fmt: on
