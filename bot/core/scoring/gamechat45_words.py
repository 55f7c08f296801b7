"""Word lists of the gamechat45 round (targeting_gamechat45.py): flaming aimed at a
teammate named by a Dota position ("pos 5 is a bot", "our 1 is trash"), a role with its
modifier ("soft support is trash"), or a role or hero after a lead clause ("ff at 15
this jungler is braindead"), and a bad record said of a position ("pos 1 0-12 gg")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat8_words as g8
from bot.core.scoring import gamechat39_words as g39
from bot.core.scoring import gamechat40_words as g40
from bot.core.scoring import gamechat44_words as g44

# fmt: off
# Between the player and the put-down: "pos 5 [is a] bot", "our 4 [is so] useless",
# "soft support [is literally a] noob".
LINKS: Final[frozenset[str]] = frozenset({
    "is", "s", "was", "are", "so", "such", "a", "an", "literally", "actually", "really",
    "just", "fucking", "fking", "complete", "total", "absolute", "truly", "too", "always",
    "still",
})
LINK_REACH: Final[int] = 4
# The copulas among them: a hero's name links to its put-down only through one ("ff now
# jugg is braindead"), so "am a noob lol" (the writer, "I" dropped) stays the writer's.
COPULAS: Final[frozenset[str]] = frozenset({"is", "s", "was", "are"})
# The articles "bot" needs to name a player ("pos 5 is a bot"); without one it is a lane,
# "our 5 is bot with me".
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an", "such"})
# A Dota position: "pos 5", "position 2", "pos5", and "1" read as "i" by leet ("pos 1").
POSITION_WORDS: Final[frozenset[str]] = frozenset({"pos", "position", "number"})
POSITIONS: Final[frozenset[str]] = frozenset({"1", "2", "3", "4", "5"})
JOINED_POSITIONS: Final[frozenset[str]] = frozenset({"pos1", "pos2", "pos3", "pos4", "pos5"})
ONE_AS_I: Final[str] = "i"
# Before a bare number that names a position: "our 5", "the 4", "this 3".
NUMBER_OWNERS: Final[frozenset[str]] = frozenset({
    "our", "ur", "your", "the", "this", "that", "their", "thier", "enemy",
})
# A role named with its modifiers ("soft support", "our hard support", "this jungler");
# not the person nouns ("guy", "bro", "kid"), which older rounds read.
PERSON_NOUNS: Final[frozenset[str]] = frozenset({
    "player", "players", "teammate", "teammates", "guy", "guys", "dude", "kid", "noob",
    "bro",
})
ROLES: Final[frozenset[str]] = (g39.ROLE_SUBJECTS - PERSON_NOUNS) | {
    "safelaner", "hardsup", "softsup",
}
HEROES: Final[frozenset[str]] = g39.HEROES
MODIFIERS: Final[frozenset[str]] = g39.PLAYER_MODIFIERS
MODIFIER_REACH: Final[int] = 2
DETERMINERS: Final[frozenset[str]] = g39.DETERMINERS
# The lead clause before the player: a surrender call, a time, a sigh, a report ("ff at
# 15", "gg go next", "report him", "just ff", "lol,"), read back to the sentence's start.
LEADS: Final[frozenset[str]] = g8.LEADS | g40.OPENERS | {
    "at", "now", "go", "next", "report", "him", "her", "just", "pls", "plz", "already",
    "min", "mins", "minute", "minutes", "wp", "ez", "please", "rn", "ffs", "ff15", "ff20",
    "ff25", "ff30", "vote", "guys",
}
LEAD_REACH: Final[int] = 5
# What may close the clause after the put-down: gamechat44's tails (chat's tails,
# shaming words, "him", "again", "game").
TAILS: Final[frozenset[str]] = g44.TAILS
TAIL_REACH: Final[int] = 4
# Put-downs only a person earns, never a hero's kit, the only ones said of a hero: "ff at
# 25 this sf is a noob" (where "this sf is useless", "their wraith is so annoying" may
# judge the hero).
PERSON_PUT_DOWNS: Final[frozenset[str]] = frozenset({
    "bot", "bots", "noob", "noobs", "nub", "newb", "braindead", "idiot", "moron", "retard",
    "retarded", "imbecile", "clown", "feeder", "dumbass", "monkey", "donkey", "loser",
})
# The writer in the put-down's sentence or near it: "i'm pos 5 and i'm a bot today
# sorry"; for a record the other team too (gamechat35: "their pos 1 is 0-12 lol").
WRITERS: Final[frozenset[str]] = g44.WRITERS
ENEMY_SIDE: Final[frozenset[str]] = g44.ENEMY_SIDE
SENTENCE_REACH: Final[int] = 12
NEAR: Final[int] = g44.SHAME_REACH
# fmt: on
