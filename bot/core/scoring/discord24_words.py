"""Word lists of the discord24 round (targeting_discord24.py): a whole short line of
chat's gloats ("cope + seethe", "cry me a river bozo", "take this L bozo") and the
reader's mother mocked with a lowly job or a poor life ("ur mom works at mcdonalds")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The older gloat and name-call terms (insult.txt) a gloat line is read around: the
# one-word gloats gamechat13 counts only alone, and chat's "bozo" ("clown" is also the
# name of custom emoji, "lol <:pepeclown:...>", and keeps its older reading).
GLOAT_TERMS: Final[frozenset[str]] = frozenset({
    "cry", "seethe", "seething", "mald", "malding", "bozo",
})
# The round's own lines (insult.txt, discord24), read only in a gloat line: "keep coping
# lil bro", "stay coping"; "how do u keep coping with all this" is care.
# discord25 adds "cope" alone: "cope lol", "just cope"; "i cope by gaming" is cancelled.
LINE_ONLY: Final[frozenset[str]] = frozenset({
    "cope", "keep coping", "stay coping", "stay seething", "stay malding", "rosica", "rosicate",
    "piangi",
})
# Every other word of a gloat line: more gloats ("cope", "L", "ratio"), a loss handed
# over ("take this L", "hold this L"), a vocative, laughter, "and" ("+" is dropped).
GLOAT_LINE: Final[frozenset[str]] = frozenset({
    "cope", "coping", "seethe", "seething", "mald", "malding", "cry", "crying", "l",
    "ls", "ratio", "ratioed", "bozo", "clown", "stay", "keep", "mad", "harder", "more",
    "take", "hold", "enjoy", "catch", "and", "now", "go", "just", "lil", "little", "bro", "kid",
    "bud", "buddy", "lol", "lmao", "lmfao", "xd", "💀", "fr", "ngl", "u", "ur", "didnt",
    "ask", "care", "fell", "off", "pressed", "rn", "loser", "nerd", "noob",
    # Italian chat: "rosica e piangi", "rosica pure sfigato"
    "rosica", "rosicate", "piangi", "rosicone", "e", "pure", "ancora", "sfigato",
    "sfigata", "sfigati", "ahah", "ahahah", "zitto",
})
# A loss handed over: these only before "L" ("take this L", "hold this massive L"), so
# "bozo the clown was on tv" is no gloat line.
HANDED: Final[frozenset[str]] = frozenset({
    "this", "that", "the", "an", "another", "massive", "fat", "fattest", "huge", "big",
})
LOSSES: Final[frozenset[str]] = frozenset({"l", "ls"})
# "cry me a river": the words after "cry", taken whole.
RIVER: Final[tuple[str, ...]] = ("me", "a", "river")
GLOAT_LINE_MAX: Final = 8  # tokens: a gloat line is short

# The reader's mother given a lowly job or a poor life: "ur mom works at mcdonalds",
# "ur mom still lives in a trailer", "ur mom is so broke lol", "tua madre lavora al
# mcdonald". The verb right after the mother term (over "still", "prolly"), then at most
# MOCKED_REACH words to a word of MOCKED_LIFE, then only chat tags to the clause's end.
MOTHER_VERBS: Final[frozenset[str]] = frozenset({
    "works", "work", "drives", "lives", "shops", "is", "s", "be", "got", "has", "sleeps",
    "lavora", "vive", "guida", "dorme", "è", "e",
})
MOTHER_ADVERBS: Final[frozenset[str]] = frozenset({
    "still", "prolly", "probably", "literally", "lowkey", "def", "ancora",
})
MOCKED_LIFE: Final[frozenset[str]] = frozenset({
    "mcdonalds", "mcdonald", "mcdonald's", "maccas", "walmart", "wendys", "kfc", "taco",
    "subway", "dollar", "goodwill", "trailer", "van", "minivan", "civic", "corolla",
    "broke", "poor", "homeless", "dumpster", "cardboard", "discount", "povera", "barbona",
})
MOCKED_REACH: Final = 5
# After the lowly word: the rest of its name ("taco bell", "dollar tree", "honda civic"
# reads "civic" last) or a chat tag, to the clause's end.
MOCKED_TAIL: Final[frozenset[str]] = frozenset({
    "bell", "tree", "store", "general", "park", "af", "asf", "💀", "lmaooo",
})

# "nobody asked but ur doing amazing": after "but" the reader praised (READERS, then a
# word of PRAISE at most PRAISE_REACH words on); a pet name ("sweetie") keeps the meme's
# sneer and the older reading.
BUT: Final = "but"
READERS: Final[frozenset[str]] = frozenset({"ur", "you", "u", "youre", "your", "ure"})
PRAISE: Final[frozenset[str]] = frozenset({
    "amazing", "great", "awesome", "proud", "beautiful", "talented", "gorgeous", "cute",
    "valid", "loved", "appreciated", "best", "incredible", "brilliant", "killing",
    "slaying", "wonderful", "fantastic", "love",
})
PRAISE_REACH: Final = 4
SNEERS: Final[frozenset[str]] = frozenset({"sweetie", "sweety", "honey", "hun", "sweetheart"})
# "get a life potion before the boss": a game's item after "life", no order.
LIFE_TERMS: Final[frozenset[str]] = frozenset({"get a life"})
LIFE_ITEMS: Final[frozenset[str]] = frozenset({
    "potion", "potions", "pot", "pots", "bar", "crystal", "crystals", "orb", "orbs", "gem",
    "gems", "steal", "insurance", "point", "points", "upgrade", "upgrades", "shard",
    "shards", "flask", "elixir", "container", "containers", "fruit", "mushroom", "totem",
    "refill", "pickup", "pack",
})
# fmt: on
