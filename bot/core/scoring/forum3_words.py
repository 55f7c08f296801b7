"""Shape words of the third forum probe's rules (issue 8, targeting_forum3.py).

They are kept here, not in cues.txt, because every cue word also becomes a known word,
and the older rules read a word no list knows as a name ("Mike is trash"): listing
"comment" or "guy" there would change what those rules decide.
"""

from __future__ import annotations

# fmt: off
# People a comment describes before calling them a name ("the landlord is a greedy
# scumbag", "this journalist is a hack"), past the person and role cues.
PEOPLE = frozenset({
    "landlord", "landlady", "manager", "journalist", "reporter", "professor", "teacher",
    "ceo", "roommate", "neighbor", "neighbour", "coworker", "ex", "dev", "developer",
    "goalkeeper", "keeper", "striker", "husband", "wife", "boyfriend", "girlfriend",
    "bf", "gf", "fiance", "fiancee", "mayor", "senator", "governor", "president",
    "politician", "minister", "author", "writer", "host", "guy", "dude", "lady",
    "woman", "man", "girl", "boy", "kid", "user", "poster", "commenter", "driver",
    "cop", "officer", "judge", "lawyer", "doctor", "nurse", "boss", "owner", "dad",
    "mom", "mother", "father", "uncle", "aunt", "cousin", "mil", "fil", "sil", "bil",
    "stepmom", "stepdad", "capo", "collega", "coinquilino", "coinquilina", "arbitro",
    "allenatore", "sindaco", "giornalista", "tizio", "tipo"
})
# The writer's close family and partner: "my husband is an idiot" stays banter.
KIN = frozenset({
    "husband", "wife", "boyfriend", "girlfriend", "bf", "gf", "fiance", "fiancee",
    "dad", "mom", "mother", "father", "brother", "sister", "son", "daughter", "marito",
    "moglie", "fratello", "sorella"
})
# Singular group words a forum sums a person up by ("typical republican"); the
# identity cues hold most plurals and adjectives.
TYPICAL_GROUPS = frozenset({
    "american", "liberal", "lib", "conservative", "con", "republican", "democrat",
    "dem", "leftist", "lefty", "righty", "rightist", "libertarian", "communist",
    "commie", "socialist", "feminist", "redditor", "boomer", "millennial", "zoomer",
    "incel", "vegan", "atheist", "christian", "catholic", "nigerian", "mexican",
    "chinese", "arab", "woman", "man", "female", "male", "immigrant", "migrant",
    "foreigner", "tourist", "yank", "brit", "aussie", "canadian", "french", "russian",
    "gypsy"
})
# After "typical <group>", words that make the verdict about the group's people, not
# a thing of theirs ("typical liberal response", not "typical Italian food").
BEHAVIOUR = frozenset({
    "behavior", "behaviour", "behaviors", "behaviours", "response", "responses",
    "reaction", "move", "moves", "logic", "mentality", "attitude", "nonsense", "bs",
    "take", "thinking", "hypocrisy", "garbage", "trash", "crap", "stupidity",
    "entitlement", "arrogance", "comment", "comments", "post", "answer", "excuse",
    "lie", "lies", "propaganda", "whining", "crying", "mindset", "pos"
})
# fmt: on
