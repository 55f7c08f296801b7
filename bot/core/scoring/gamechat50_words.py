"""Word sets of the gamechat50 round (issue 8): Dota-style match chat aimed at a player
named by hero or role ("fuck the sf", "this sf piece of shit", "wtf is this lina doing").
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat8_words as g8
from bot.core.scoring import gamechat39_words as g39

# The curses that, before a player, curse the player: "fuck the sf", "fck this slark".
CURSES: Final[frozenset[str]] = frozenset({"fuck", "fck", "fuk", "fuq"})
# "wtf" opening a blame question: "wtf is this lina doing", "wtf is wrong with our mid".
BLAME_OPENERS: Final[frozenset[str]] = frozenset({"wtf", "wth"})
# The insults that name a thing as readily as a person ("this patch is a piece of shit"),
# and so a person only when a player is named right before them.
THING_OR_PERSON: Final[frozenset[str]] = frozenset({
    "piece of shit", "piece of garbage", "piece of trash", "piece of crap", "piece of sht",
    "asshole", "pos", "dogshit", "shitstain",
})  # fmt: skip

# Heroes named by a word no ordinary English reads ("pudge", "sf", "invoker"): the older
# game-chat lists less their ordinary words ("storm", "sky", "clock", "axe", "lion"), which
# name a player only after a player's own determiner ("our storm").
COMMON_WORD_HEROES: Final[frozenset[str]] = frozenset({
    "axe", "lion", "sniper", "storm", "earth", "sky", "shadow", "void", "arc", "clock",
    "doom", "tiny", "troll", "ember", "am", "es", "pa", "sage", "mercy", "widow", "wraith",
    "viper", "brew", "mars", "primal", "oracle", "phoenix", "razor", "tide", "entry", "ash",
    "zen", "ana", "omen", "neon", "chen", "luna", "od", "np", "sk", "tb", "lc", "sd", "ck",
    "dk", "bm", "wr", "wd", "ww", "dp", "bh", "arty", "td", "jungla", "sup",
})  # fmt: skip
NAMED_HEROES: Final[frozenset[str]] = (g8.HEROES | g39.HEROES) - COMMON_WORD_HEROES
# Roles that name a player after "this", "that" or a player's own determiner: not "tank"
# (a shooter's tank).
ROLES: Final[frozenset[str]] = g39.ROLE_SUBJECTS
# After "the", a game's role only: "fuck the kid", "fuck the guy" curse anyone anywhere
# ("fuck the kid, lets get the narrator").
GAME_ROLES: Final[frozenset[str]] = ROLES - frozenset({
    "player", "players", "teammate", "teammates", "guy", "guys", "dude", "kid", "noob", "bro",
})  # fmt: skip
# Any hero or role, after a player's own determiner ("our storm", "ur lion").
ANY_PLAYER: Final[frozenset[str]] = g39.PLAYERS | g8.HEROES
# Pointing determiners before a player, and the player's own (the writer's side, the
# reader's).
POINTERS: Final[frozenset[str]] = frozenset({"this", "that", "the", "dat", "thsi"})
THE: Final[str] = "the"
OWNERS: Final[frozenset[str]] = frozenset({"our", "ur", "your", "my"})
# Between the determiner and the player: "this stupid lina", "our mid player", "that
# random huskar".
PLAYER_MODIFIERS: Final[frozenset[str]] = g39.PLAYER_MODIFIERS | frozenset({
    "random", "stupid", "dumb", "useless", "retarded", "noob", "shitty", "trash",
})  # fmt: skip
MODIFIER_REACH: Final[int] = 2

# Before the line's curse or blame: a chat lead at most ("ugh fuck this meepo", "omg wtf
# is our mid doing", "report this meepo piece of shit").
LEADS: Final[frozenset[str]] = g8.LEADS | frozenset({
    "ye", "yeah", "yea", "god", "oh", "just", "seriously", "jesus", "report", "and", "well",
    "so", "holy", "again", "man",
})  # fmt: skip
LEAD_REACH: Final[int] = 3
# After the player, the clause's end: chat's tails ("lol", "report him", "so much").
TAILS: Final[frozenset[str]] = g8.TAILS | frozenset({
    "him", "her", "already", "so", "much", "man", "dude", "ffs", "seriously", "pls", "plz",
    "lmfao", "xd", "jeez", "tho", "wtf",
})  # fmt: skip
TAIL_REACH: Final[int] = 3

# Between the player and a thing-or-person insult: "that riki is a piece of shit", "this
# lion is such a piece of shit", "that slark absolute piece of shit".
INSULT_LEADS: Final[frozenset[str]] = frozenset({
    "is", "s", "was", "a", "an", "such", "absolute", "absolutely", "total", "complete",
    "fucking", "fkn", "fking", "real", "literally", "actually", "so", "one", "big",
})  # fmt: skip
INSULT_LEAD_REACH: Final[int] = 3

# The blame question's copula, a few adverbs before "doing" and the "wrong with" of its
# other form: "wtf is this dazzle even doing", "wtf is wrong with this riki".
BLAME_COPULAS: Final[frozenset[str]] = frozenset({"is", "s", "r", "are", "was"})
DOING: Final[frozenset[str]] = frozenset({"doing", "doin", "doinn"})
DOING_ADVERBS: Final[frozenset[str]] = frozenset({"even", "actually", "really", "just", "rn"})
WRONG: Final[str] = "wrong"
WITH: Final[str] = "with"

_GATE: Final[frozenset[str]] = CURSES | BLAME_OPENERS
_GATE_NEXT: Final[frozenset[str]] = POINTERS | OWNERS | BLAME_COPULAS


def cursed_player(tokens: list[str]) -> bool:
    """A curse or "wtf" right before a determiner or a copula, and a hero or a role in the
    line ("fuck the sf", "wtf is this lina doing"): the scorer's swearing shortcut reads
    such a line on (gamechat32's sworn_player reads "fucking pa"). Most swearing has no
    such pair: one set test of the line's tokens."""
    if _GATE.isdisjoint(tokens) or ANY_PLAYER.isdisjoint(tokens):
        return False
    return any(word in _GATE and tokens[i + 1] in _GATE_NEXT for i, word in enumerate(tokens[:-1]))
