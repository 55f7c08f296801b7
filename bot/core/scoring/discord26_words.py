"""Word lists of the discord26 round (targeting_discord26.py): "mid" said of a member or
of a member's things ("ur mid lol", "ur taste is mid"), a member's life or take called
an L ("ur whole life is an L"), an L told to a member who took it ("u took an L lol")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The round's lexicon lines for the reader called mid (insult.txt, discord26): a lane in
# a MOBA when bare ("ur mid, i'll go top"), so read only with a tag, an opener or a reply.
MID_READER: Final[frozenset[str]] = frozenset({
    "ur mid", "u r mid", "u are mid", "you re mid", "you are mid", "youre mid",
})
# Hedged, never a lane: said whole, without a tag ("ur kinda mid", "you're lowkey mid").
MID_HEDGED: Final[frozenset[str]] = frozenset({
    "ur kinda mid", "you re kinda mid", "ur lowkey mid", "you re lowkey mid",
})
# "is mid" after the reader's possessive ("ur taste is mid"); else a thing ("that movie
# is mid") and cancelled.
MID_THING: Final[frozenset[str]] = frozenset({"is mid", "are mid", "r mid"})
# Gloat tags after the verdict, to the clause's end: laughter, emoji, a vocative.
GLOAT_TAGS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "lmfao", "lmaooo", "xd", "💀", "😂", "🤣", "bozo", "kid", "loser", "clown",
    "ratio", "fr", "frfr", "ngl", "tbh", "deadass", "honestly", "af", "asf", "bro", "bruh",
    "dude", "lil", "buddy", "man", "ong", "lowkey", "haha", "hahaha",
})
# A trailing emoji is no token: the folded text's few characters after the last word
# ("ur mid 💀", "u took an L 😂").
GLOAT_EMOJI: Final[frozenset[str]] = frozenset({
    "💀", "😂", "🤣", "🤡", "😹", "☠", "🥱", "💅", "🙄", "😴",
})
EMOJI_REACH: Final = 6
# A bare "ur mid" still counts after one of these openers ("bro ur mid", "honestly ur mid").
OPENERS: Final[frozenset[str]] = frozenset({
    "bro", "bruh", "dude", "honestly", "lol", "lmao", "ngl", "tbh", "fr", "lowkey", "nah",
    "man", "yeah", "yea", "ok", "okay", "sorry", "but",
})
# Subjects and verb of "and everyone knows it", "and u know it" going on after the verdict.
KNOWERS: Final[frozenset[str]] = frozenset({
    "u", "you", "ya", "everyone", "everybody", "we", "all", "yall", "ya'll", "literally",
})
KNOW: Final[frozenset[str]] = frozenset({"know", "knows"})
# The reader's possessive opening the subject of "is mid" / "is an L" ("ur taste", "your
# whole life"), and how far back it may stand (over at most three words).
POSSESSIVES: Final[frozenset[str]] = frozenset({"ur", "your", "yur", "yo"})
THING_REACH: Final = 3
# Words that cannot stand between the possessive and the copula: the writer or a pointer
# ("ur friend said my art is mid" is not the reader's thing).
NOT_THING: Final[frozenset[str]] = frozenset({
    "my", "i", "me", "this", "that", "the", "our", "his", "her", "their", "said", "says",
    "think", "thinks", "not", "mid", "is", "are",
})
# The copulas of a thing called an L ("ur life is an L", "ur take is such an L").
THING_COPULAS: Final[frozenset[str]] = frozenset({"is", "are", "s"})
# An L told to a member who took it: "u took an L lol", "you just took such an L 💀".
TOOK: Final[frozenset[str]] = frozenset({"took", "take", "takin", "taking"})
TOOK_ADVERBS: Final[frozenset[str]] = frozenset({
    "just", "really", "totally", "literally", "def", "so", "actually",
})
READERS: Final[frozenset[str]] = frozenset({"u", "you", "ya"})
# Between "took" and the term: articles and intensifiers ("took such an L", "took a huge L").
TOOK_GAP: Final[frozenset[str]] = frozenset({"such", "a", "the", "one", "another"})
