"""Words of the formspring5 round (issue 8, targeting_formspring5.py): a teenager's body
part judged by a flaw, said to the reader ("ya teeth are fcked up", "ur arms are so
hairy", "your skin is so greasy") or asked as a "why ... so" taunt ("why are ur legs so
hairy")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import formspring4_words as f4

# fmt: off
# This round's own en/body_shaming.txt lines: flaws that judge a body only in the shape
# (elsewhere they describe food, rooms and phones: "greasy pizza", "my bike is busted").
# "weird", "dirty" and "stinky" are en/cues.txt [said_of_group] words, which must stay no
# lexicon word to keep their group reading ("the dirty liberals"); "messed up" as a
# line took Italian's "(le donne andrebbero) messe a tacere" from its own line.
OWN: Final[frozenset[str]] = frozenset({
    "greasy", "oily", "hairy", "blotchy", "crusty", "flabby", "saggy", "lumpy", "rotten",
    "busted", "jacked up", "fcked up", "screwed up", "effed up",
})
# Older insult and body-shaming lines a body part can carry too ("your pimples are
# gross", read at a thing before).
OLDER: Final[frozenset[str]] = frozenset({
    "gross", "nasty", "disgusting", "smelly", "ugly", "hideous", "crooked",
})
FLAWS: Final[frozenset[str]] = OWN | OLDER
# The reader's possessive, in chat's spellings ("ya teeth", "yo hair").
YOUR: Final[frozenset[str]] = frozenset({"your", "ur", "ya", "yo", "yer", "yur", "yhur"})
# Body parts a teenager is picked on for.
PARTS: Final[frozenset[str]] = frozenset({
    "teeth", "tooth", "hair", "hairline", "eyebrows", "eyebrow", "brows", "skin", "face",
    "nose", "ears", "forehead", "lips", "chin", "neck", "legs", "arms", "thighs",
    "belly", "stomach", "tummy", "feet", "toes", "hands", "fingers", "nails", "body",
    "breath", "armpits", "pits", "pimples", "zits", "acne", "cheeks", "eyes", "butt",
})
# Between the part and the flaw: the verb that says it ("are", "r", "looks"); the
# past ("were") and a change ("got messed up in the rain") are no judgement of now.
VERBS: Final[frozenset[str]] = frozenset({
    "is", "are", "r", "s", "look", "looks", "lookin", "looking", "be",
})
# Degree and habit words around the verb ("so", "hella", "always"); a negation is none.
DEGREE: Final[frozenset[str]] = frozenset({
    "so", "really", "rly", "hella", "super", "mad", "way", "too", "very", "kinda",
    "totally", "lowkey", "like", "always", "still", "all", "pretty", "extra", "sooo",
})
DEGREE_REACH: Final[int] = 3
# "ur face is so red and blotchy": one more word and "and" before the flaw.
AND: Final[str] = "and"
# The taunt asked: "why are ur teeth so ...", "how come your hair is ...".
WHY: Final[frozenset[str]] = frozenset({"why", "y", "whyy"})
HOW: Final[str] = "how"
COME: Final[str] = "come"
ASKING: Final[frozenset[str]] = frozenset({"are", "is", "r", "does", "do"})
# Before "your" in its sentence: words of tone only ("ew", "lol", "omg", "girl",
# "honestly"); "she said your ...", "if your ..." and "whoever said your ..." do not
# open it.
TONE: Final[frozenset[str]] = f4.TONE | frozenset({
    "girl", "dude", "bro", "yo", "wow", "damn", "ugh", "yuck", "gross", "hey", "btw",
    "lmfao", "ewww", "ewwww", "no", "offence", "offense",
})
OPENING_REACH: Final[int] = 4
NO_PART_NOTE: Final[str] = "a flaw said of no body part of the reader"
# fmt: on
