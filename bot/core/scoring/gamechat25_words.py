"""Words of the gamechat25 round (issue 8): game chat shapes read by
targeting_gamechat25.py (an order to leave the match with a tail, a mocking question
about the reader's hands, eyes or skill)."""

from __future__ import annotations

from typing import Final

from bot.core.scoring.gamechat21_words import VERDICT_TAILS

# fmt: off
# "leave the game pls", "just leave then": the lexicon's lines (exclusion.txt), counted
# only as an order opening its sentence and closing it but for a tail.
LEAVE_ORDERS: Final[frozenset[str]] = frozenset({
    "leave the game", "leave this game", "leave game", "leave this match",
    "just leave",
    "esci dal gioco", "esci dal game", "vattene dalla partita",
})
# What may stand before such an order in its sentence: "pls just", "ok so", "u should
# just", a role or hero (read apart) as the vocative.
LEAVE_OPENERS: Final[frozenset[str]] = frozenset({
    "pls", "plz", "please", "just", "ok", "okay", "k", "so", "then", "u", "you", "should",
    "bro", "dude", "man", "lol", "omg", "wtf", "gg", "bruh", "yo", "go", "now", "mate",
    "dai", "ma", "allora",
})
# What may follow it to the sentence's end: "then", "already", a vocative, laughter.
LEAVE_TAILS: Final[frozenset[str]] = VERDICT_TAILS | frozenset({
    "then", "already", "now", "noob", "noobs", "kid", "kids", "loser", "bozo", "lmao",
    "lmfao", "please", "bro", "dude", "pls", "plz", "thx", "thanks", "ty", "game", "bye",
    "idiot", "ez", "gg", "subito", "grazie", "ciao",
})
LEAVE_REACH: Final = 5

# "do u even have hands", "who taught u to play": the lexicon's lines (insult.txt), a
# question that doubts the reader's hands, eyes or skill; counted only when an ability
# word follows and the sentence closes on the game's words.
EVEN_ASKS: Final[frozenset[str]] = frozenset({
    "do u even", "do you even", "can u even", "can you even", "are u even", "are you even",
    "r u even", "did u even", "did you even", "who taught u", "who taught you",
    "ma sai giocare", "sai almeno", "sai giocare almeno", "sai mirare almeno",
})
# The ability doubted, right after the question (over "to" / "how to").
ABILITIES: Final[frozenset[str]] = frozenset({
    "have", "play", "playing", "aim", "see", "try", "trying", "know", "look", "watch",
    "read", "shoot", "hit", "think", "awake", "listen", "use", "lift",
    "giocare", "mirare",
})
# gamechat30: a state, not a skill: "how" before the question asks it in earnest ("how
# are you even awake"), "are u even awake lol" still doubts it.
STATES: Final[frozenset[str]] = frozenset({"awake"})
# Italian questions that hold the ability already: "ma sai giocare?", "sai giocare almeno?".
ASKS_WITH_ABILITY: Final[frozenset[str]] = frozenset({
    "ma sai giocare", "sai giocare almeno", "sai mirare almeno",
})
ABILITY_LEADS: Final[frozenset[str]] = frozenset({"to", "how"})
# Words that may close the sentence after the ability: its object in the game's words.
ABILITY_TAILS: Final[frozenset[str]] = VERDICT_TAILS | frozenset({
    "hands", "hand", "eyes", "fingers", "thumbs", "brain", "brains", "monitor", "screen",
    "mouse", "keyboard", "a", "the", "this", "game", "games", "hero", "champ", "map",
    "minimap", "ranked", "league", "dota", "valorant", "overwatch", "how", "to", "play",
    "aim", "ur", "your", "doing", "what", "shot", "shots", "kid", "noob", "even", "at",
    "all", "lmao", "lmfao", "seriously", "ward", "wards", "mechanics", "role", "agent",
    "almeno", "giocare", "mirare", "o", "no",
})
ABILITY_REACH: Final = 6

# "are u playing with ur feet?", "is ur monitor off": the lexicon's lines (insult.txt),
# the reader asked if they play with their feet or blind; "playing with" counted only
# before a body part or a monitor off, the game's words to the sentence's end.
PLAYING_WITH: Final[frozenset[str]] = frozenset({
    "are u playing with", "are you playing with", "r u playing with",
})
MONITOR_OFF: Final[frozenset[str]] = frozenset({"is ur monitor off", "is your monitor off"})
MONITOR_TAILS: Final[frozenset[str]] = VERDICT_TAILS | frozenset({
    "lmao", "lmfao", "kid", "or", "something", "even", "again",
})
PLAYED_WITH: Final[frozenset[str]] = frozenset({
    "feet", "foot", "toes", "elbows", "elbow", "nose", "face", "butt", "closed", "off",
})
PLAYED_TAILS: Final[frozenset[str]] = PLAYED_WITH | VERDICT_TAILS | frozenset({
    "ur", "your", "eyes", "monitor", "screen", "one", "hand", "lmao", "lmfao", "kid", "or",
    "something", "bro", "even", "what",
})
# fmt: on

# fmt: off
# "pudge suck", "our mid sucked": "suck" (a swear word) or "sucked" said of a player.
SUCK_TERMS: Final[frozenset[str]] = frozenset({"suck", "sucked"})
# Players as a whole in the room ("our carries suck", "ur team suck").
TEAM_WORDS: Final[frozenset[str]] = frozenset({
    "team", "teammates", "mates", "carries", "supports", "supps", "randoms", "squad",
})
# A lane that is also a program: "this bot suck" may be a Discord bot, left as it was.
SUCK_NOT_PLAYERS: Final[frozenset[str]] = frozenset({"bot", "bots"})
SUCK_PRONOUNS: Final[frozenset[str]] = frozenset({"he", "she"})
SUCK_OWNERS: Final[frozenset[str]] = frozenset({
    "our", "ur", "your", "my", "this", "that", "their", "these", "those",
})
# Between the player and "suck": "our mid really suck", "jett so sucked".
SUCK_FILLERS: Final[frozenset[str]] = frozenset({
    "really", "realy", "so", "just", "fucking", "fkin", "fking", "all", "still",
})
SUCK_TAILS: Final[frozenset[str]] = VERDICT_TAILS | frozenset({
    "so", "bad", "badly", "hard", "ass", "balls", "at", "this", "the", "game", "today",
    "much", "big", "time", "really", "lmfao", "sm", "again", "too", "tonight", "fr",
})
SUCK_REACH: Final = 4
# fmt: on
