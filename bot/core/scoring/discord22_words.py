"""Words of the discord22 round (issue 8): a crowd's call to pile on a member, read by
targeting_discord22.py."""

from __future__ import annotations

from typing import Final

# fmt: off
# A pile-on's verb with its victim (the lexicon's discord22 lines): "spam him", "flame
# her", "ratio him". Counted only when a crowd's call opens the sentence before it.
PILE_ON: Final[frozenset[str]] = frozenset({
    "spam him", "spam her", "flame him", "flame her", "roast him", "roast her",
    "ratio him", "ratio her", "block her", "block him",
})
# The crowd called on, read backwards from the verb: "everyone", "lets all", "yall go",
# "we should all". At least one of CROWD among at most LEAD_REACH of LEADS, opening the
# sentence.
CROWD: Final[frozenset[str]] = frozenset({
    "everyone", "everybody", "yall", "all", "lets", "guys", "chat",
})
# A pile-on term an older round also reads (leftovers8's "spam her"): where no crowd
# calls, its older reading stands.
OLDER_PILE_ON: Final[frozenset[str]] = frozenset({"spam her"})
LEADS: Final[frozenset[str]] = CROWD | frozenset({
    "y", "let", "s", "we", "should", "go", "can", "pls", "plz", "ok", "okay", "and", "now",
    "gonna", "just", "mass", "literally", "lmao", "lol", "bro", "of", "u", "you",
})
LEAD_REACH: Final = 4
# After the victim, only chat tags or the place of the pile-on to the clause's end:
# "lets all flame him in vc", "everyone spam her rn".
PLACES: Final[frozenset[str]] = frozenset({
    "in", "vc", "general", "chat", "the", "gc", "server", "dms", "dm", "now", "again",
    "asap", "acc", "account",
})
TAIL_REACH: Final = 5
# The crowd mocking the reader (the lexicon's discord22 lines): "we all talk behind ur
# back", "everyone here laughs at u", "we all make fun of u", "we only tolerate u".
# Counted only with a crowd subject (CROWD_SUBJECT among at most MOCK_REACH of MOCK_LEADS)
# opening the sentence, and no kind word after it (discord21_words.KIND_AFTER).
MOCKED: Final[frozenset[str]] = frozenset({
    "behind your back", "laugh at you", "laughs at you", "laughing at you",
    "make fun of you", "makes fun of you", "making fun of you", "tolerate you",
    "tolerates you", "alle tue spalle", "ridono di te", "ridiamo di te",
})
CROWD_SUBJECT: Final[frozenset[str]] = frozenset({
    "everyone", "everybody", "we", "all", "whole", "tutti", "noi",
})
MOCK_LEADS: Final[frozenset[str]] = CROWD_SUBJECT | frozenset({
    "here", "in", "the", "this", "server", "gc", "vc", "chat", "class", "school", "of", "us",
    "just", "only", "literally", "honestly", "secretly", "always", "lowkey", "still",
    "talk", "talks", "talking", "laugh", "laughs", "laughing", "shit", "trash", "about",
    "you", "u", "at", "are", "r", "re", "is", "s", "qui", "parlano", "parliamo", "male", "di", "te",
    "ridono", "ridiamo", "sempre", "solo", "bro", "lol", "lmao", "ngl", "tbh", "like",
})
MOCK_REACH: Final = 6
# The reader's school known, the clause going on with the school's own verb: "i know ur
# school has a half day tmrw", "i know your school starts at 8". Never "is" ("i know ur
# school is lincoln high" names it).
SCHOOL_KNOWN: Final[frozenset[str]] = frozenset({"i know your school"})
SCHOOL_VERBS: Final[frozenset[str]] = frozenset({
    "has", "had", "starts", "started", "ends", "ended", "got", "gets", "closes", "closed",
    "opens", "opened", "does", "did", "lets", "let", "gives", "gave",
})
# fmt: on

OWN_TERMS: Final[frozenset[str]] = PILE_ON | MOCKED
