"""Word lists of the discord37 round (targeting_discord37.py): dismissive put-downs of the
reader with no insult word, read only as a whole line: the reader's claim waved off
("sure you are buddy", "keep telling yourself that", "cool story bro"), the reader
silenced ("sit down and be quiet", "the adults are talking") or sent to read ("go read a
book"); and "mad" meaning "very" after "stay" ("stay mad cute")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord34_words as d34
from bot.core.scoring import discord36_words as d36

# fmt: off
# The round's lexicon lines (insult.txt, discord37), written with "you"; lexicon_textspeak
# gives them their chat twins ("sure u are", "keep telling urself that").
WAVED_OFF: Final[frozenset[str]] = frozenset({
    "sure you are", "sure you did", "sure you do", "sure jan", "keep telling yourself that",
    "keep telling urself that",
    "whatever helps you sleep at night", "cool story bro", "cool story",
})
SILENCED: Final[frozenset[str]] = frozenset({
    "be quiet", "stay quiet", "hush", "adults are talking",
})
SENT_TO_READ: Final[frozenset[str]] = frozenset({
    "read a book", "reading a book", "pick up a book", "open a book",
})
# Chat's openers and tails, a laugh, a talker's vocative or another dismissal: all a
# whole-line put-down may hold beside its term ("oh sure you are sweetie", "cool story
# bro, nobody asked", "yeah sure u are lol").
LINE_TAGS: Final[frozenset[str]] = frozenset({
    "yeah", "yea", "ya", "yeh", "yes", "oh", "ok", "okay", "k", "uh", "huh", "mhm", "mm",
    "right", "riight", "sure", "lol", "lmao", "lmfao", "xd", "haha", "kek", "bro", "bruh",
    "dude", "man", "buddy", "bud", "pal", "champ", "sport", "sweetie", "sweety", "hun",
    "honey", "sis", "kid", "kiddo", "child", "son", "just", "so", "pls", "plz", "please",
    "now", "already", "fr", "tbh", "ngl", "honestly", "seriously", "nobody", "asked",
    "who", "even", "cares", "ratio", "l", "cope", "and", "but", "then", "ffs", "jan",
    "nerd", "loser", "clown", "bozo", "noob",
})
# Besides those, the silencing words ("sit down and be quiet", "shh the adults are
# talking"): "sit down and relax", "be quiet in the library" go on and stay clean.
SILENCE_WORDS: Final[frozenset[str]] = LINE_TAGS | frozenset({
    "sit", "down", "be", "quiet", "stay", "hush", "shh", "shhh", "shush", "the", "adults",
    "are", "talking", "grownups", "shut", "up",
})
# Besides those, a time or the reader's talking after a book ("read a book sometime",
# "maybe read a book for once", "try reading a book before you talk", "log off and read
# a book"); "read a book on the train", "read a book to your brother" go on.
READ_WORDS: Final[frozenset[str]] = LINE_TAGS | frozenset({
    "go", "maybe", "try", "sometime", "sometimes", "once", "for", "ever", "or", "two",
    "before", "you", "u", "talk", "talking", "speak", "comment", "commenting", "post",
    "posting", "tweet", "reply", "again", "next", "time", "log", "off", "touch", "grass",
    "outside", "get", "a", "life", "pick", "up", "open",
})
# The whole message (past a leading mention) is at most this many tokens.
LINE_REACH: Final = 12
# A kind word or emoji after it: "sure you are lol ily", "sure you are 🥰" (a yes).
KIND_AFTER: Final[frozenset[str]] = d36.KIND_AFTER
KIND_REACH: Final = 10
KIND_EMOJI: Final[frozenset[str]] = d34.KIND_EMOJI
EMOJI_REACH: Final = d34.EMOJI_REACH
# "mad" as "very" before a kind or plain word after "stay": "stay mad cute", "stay mad
# humble king" wish the reader well; "stay mad", "stay mad kid" taunt.
STAY_MAD: Final = "stay mad"
MAD_AS_VERY: Final[frozenset[str]] = frozenset({
    "cute", "pretty", "cool", "humble", "hydrated", "fine", "gorgeous", "beautiful",
    "fresh", "fly", "iconic", "talented", "healthy", "safe", "lovely", "handsome", "chill",
    "hot", "sexy", "stylish", "classy", "comfy", "cozy", "happy", "sweet", "wholesome",
    "blessed", "focused", "strong", "kind", "smart", "gorg", "cutie", "busy",
    "productive", "positive", "creative", "fab", "fabulous", "glam", "drippy", "fit",
})
# fmt: on

OWN_TERMS: Final[frozenset[str]] = WAVED_OFF | SILENCED | SENT_TO_READ
