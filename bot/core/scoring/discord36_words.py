"""Word lists of the discord36 round (targeting_discord36.py): the reader rejected,
excluded or sent away with no insult word, read only as a whole line: a rejection then a
dismissal ("i dont like u. leave."), friendship or belonging denied ("ur not my friend",
"we're not friends anymore"), and a bare wish of death ("pls die", "just die")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord26_words as d26
from bot.core.scoring import discord31_words as d31
from bot.core.scoring import discord34_words as d34
from bot.core.scoring import discord35_words as d35

# fmt: off
# The round's lexicon lines (exclusion.txt, discord36), written with "your"; lexicon_textspeak
# gives them their chat twins ("not ur friend"), keeping these terms.
FRIEND_TERMS: Final[frozenset[str]] = frozenset({
    "not my friend", "not our friend", "not your friend", "not friends", "not your friends",
    "never my friend", "never our friend", "never your friend", "not part of this",
    "not part of our",
})
# Who may stand before it, from the sentence's start: the reader or the writer and the
# being verb, and chat openers ("ur not my friend", "honestly you were never my friend",
# "you and i are not friends"); anything else turns it ("she said ur not my friend",
# "he's not my friend", "why would you think ur not my friend").
FRIEND_SUBJECTS: Final[frozenset[str]] = frozenset({
    "you", "u", "ur", "youre", "ure", "ya", "yu", "re", "r", "are", "were", "was", "i", "im",
    "m", "am", "we", "us", "me", "and", "just", "so", "also", "well", "ok", "okay", "yeah",
    "yea", "nah", "no", "lol", "bro", "bruh", "dude", "honestly", "tbh", "ngl", "fr",
    "literally", "btw", "seriously", "still", "even", "clearly", "obviously", "anyway",
})
# One of these among them: the line is said between the writer and the reader.
FRIEND_PEOPLE: Final[frozenset[str]] = frozenset({
    "you", "u", "ur", "youre", "ure", "ya", "yu", "i", "im", "we", "us",
})
FRIEND_SUBJECT_REACH: Final = 5
# A dismissal closing the line after a rejection ("i dont like u. leave.", "we dont like
# you, get out", "ur not my friend anymore, bye"): one of SENT_AWAY, the rest tags.
SENT_AWAY: Final[frozenset[str]] = frozenset({
    "leave", "away", "out", "lost", "bye", "byebye", "cya", "gtfo", "begone",
})
AWAY_TAGS: Final[frozenset[str]] = d35.TAGS | SENT_AWAY | frozenset({
    "go", "get", "pls", "plz", "please", "already", "now", "just", "so", "then", "dont",
    "come", "back", "thanks", "ok",
})
AWAY_REACH: Final = 9
# Only tags (or a dismissal) may follow a denied friendship to the message's end ("ur not
# my friend anymore", "ur not part of this group", "we are not friends and never will
# be"); "ur not my friend's brother", "you're not my friend, you're my best friend" go on.
FRIEND_TAGS: Final[frozenset[str]] = AWAY_TAGS | d26.GLOAT_TAGS | frozenset({
    "anymore", "ever", "again", "be", "was", "were", "period", "group", "server", "squad",
    "team", "chat", "crew", "clan", "guild", "gc", "discord", "vc", "either",
})
FRIEND_TAG_REACH: Final = 8
# A bare wish of death: only these words with "die", the whole message ("pls
# die", "just go die already"); "die lit", "die again", "you die",
# "i'll die if this boss hits again", "dont die this time" say something else.
DIE_TERM: Final = "die"
DIE_LINE: Final[frozenset[str]] = frozenset({
    "die", "just", "pls", "plz", "please", "go", "now", "already", "seriously", "fr", "lol",
    "lmao", "lmfao", "xd", "bro", "dude", "irl", "bye", "ok", "okay", "and",
})
DIE_REACH: Final = 6
# One of these (or a mention or a reply) must come with it: real game chat (conda_train's
# even rows) labels a lone "die" as game talk ("he'll die", a callout) far more often
# than an insult.
DIE_URGING: Final[frozenset[str]] = frozenset({"just", "pls", "plz", "please", "go", "already"})
# A kind word after it: "ur not my friend lol jk ily", "die lol jk love u".
KIND_AFTER: Final[frozenset[str]] = d31.KIND_AFTER - {"friend"}
KIND_REACH: Final = 10
EMOJI_REACH: Final = d34.EMOJI_REACH
KIND_EMOJI: Final[frozenset[str]] = d34.KIND_EMOJI
# fmt: on

OWN_TERMS: Final[frozenset[str]] = FRIEND_TERMS | {DIE_TERM}
