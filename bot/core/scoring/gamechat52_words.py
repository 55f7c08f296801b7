"""Word sets of the gamechat52 round (issue 8): match chat's "rape" for beating a player,
aimed at the reader or at a player named by hero or role ("i raped lina three times",
"ur invoker got raped", "get raped"), kept apart from the rules that read them
(targeting_gamechat52.py).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat8_words as g8
from bot.core.scoring import gamechat39_words as g39
from bot.core.scoring import gamechat50_words as g50

# The lexicon's profanity terms of the verb ("rapes" is on no list): the doer's forms and "raped".
RAPES: Final[frozenset[str]] = frozenset({"rape", "raped", "raping"})
RAPED: Final[str] = "raped"

# The reader as the object or the one it happened to: "imma rape you", "u got raped".
READER_WORDS: Final[frozenset[str]] = frozenset({"you", "u", "ya", "yall"})
# The reader's or the other side's player, team or guys ("ur carry", "your whole team",
# "you guys", "their mid", "enemy jugg"): never the writer's own ("our mid got raped" is a
# lament).
OTHER_SIDE: Final[frozenset[str]] = frozenset({"ur", "your", "their", "thier", "enemy"})
THEIRS: Final[frozenset[str]] = frozenset({"their", "thier", "enemy"})
SIDE_PLAYERS: Final[frozenset[str]] = (
    g50.GAME_ROLES | g8.HEROES | g39.HEROES | frozenset({"team", "guys", "teammates"})
)
# Pointing at a player: "this riki", "that lina", "dat slark" (never "the kid": anyone).
POINTERS: Final[frozenset[str]] = frozenset({"this", "that", "dat", "thsi", "the"})
# A player named bare or after a pointer: heroes no ordinary English reads, games' roles.
NAMED: Final[frozenset[str]] = g50.NAMED_HEROES | g50.GAME_ROLES
MODIFIERS: Final[frozenset[str]] = g39.PLAYER_MODIFIERS
MODIFIER_REACH: Final[int] = 2

# The doer before the verb: the writer, the writer's side, or a player ("we", "imma",
# "my ursa", "pudge"); "he", "they", "someone" tell of the crime and stay clean.
WRITERS: Final[frozenset[str]] = frozenset({"i", "im", "ill", "ive", "iam", "we", "imma", "ima"})
WRITERS_OWN: Final[frozenset[str]] = frozenset({"my", "our"})
# Between the doer and the verb: auxiliaries and intensifiers ("i will totally rape",
# "im gonna rape", "we just raped"); a negation is none of them, so "i didnt rape" has
# no doer, and neither has a wish or a guess ("i would rape you" is left to the older
# rules).
DOER_BRIDGE: Final[frozenset[str]] = frozenset({
    "m", "am", "ll", "will", "gonna", "going", "to", "wanna", "gotta", "just", "totally",
    "so", "literally", "fucking", "fkin", "fking", "also", "again", "already", "have",
    "ve", "had", "can", "imma", "ima", "then", "really",
})  # fmt: skip
DOER_REACH: Final[int] = 4
# An opener that leaves the doer unsaid: "gonna rape this pudge" ("imma" is a writer).
IMPLIED_WRITER: Final[frozenset[str]] = frozenset({"gonna"})

# Between the one it happened to and "raped": a being or getting verb and intensifiers
# ("u got raped", "ur mid is getting raped", "you just got raped", "u were raped").
PASSIVE_BRIDGE: Final[frozenset[str]] = frozenset({
    "got", "get", "gets", "getting", "was", "were", "is", "are", "s", "re", "r", "been",
    "being", "just", "so", "totally", "completely", "literally", "fucking", "fkin",
    "fking", "again", "all", "hard",
})  # fmt: skip
GETTING: Final[frozenset[str]] = frozenset(
    {"got", "get", "gets", "getting", "was", "were", "been", "being"}
)
PASSIVE_REACH: Final[int] = 4
# "get raped" said as an order, chat's openers or a vocative at most before it ("lol get
# raped", "ez get raped", "ez mid get raped"); "dont get raped" is no order.
GET: Final[str] = "get"
ORDER_LEADS: Final[frozenset[str]] = g8.LEADS | NAMED | frozenset({
    "ez", "ezz", "go", "now", "haha", "hahaha", "xd", "gg", "wp", "so", "just", "and",
})  # fmt: skip
ORDER_LEAD_REACH: Final[int] = 3

# Before the doer or the one it happened to: a report, a condition or counter-speech
# ("he said i raped you", "if someone raped you", "stop saying you got raped").
TELLING: Final[frozenset[str]] = frozenset({
    "said", "says", "say", "saying", "sayin", "told", "tells", "claim", "claims",
    "claimed", "claiming",
    "thinks", "think", "if", "when", "whether", "typing", "type", "use", "using",
})  # fmt: skip
TELLING_REACH: Final[int] = 3

_ANSWERED_BY: Final[frozenset[str]] = READER_WORDS | OTHER_SIDE | NAMED | frozenset({GET})


def raped_player(tokens: list[str]) -> bool:
    """A form of "rape" and a reader, a player or "get" in the line ("u got raped", "slark
    got raped top", "get raped"): the scorer's swearing shortcut reads such a line on. Two
    set tests of the line's tokens."""
    return not RAPES.isdisjoint(tokens) and not _ANSWERED_BY.isdisjoint(tokens)
