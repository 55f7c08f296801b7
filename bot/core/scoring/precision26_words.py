"""Words of the precision26 round (issue 8, targeting_precision26.py): "fuck off with" a
thing, said in exasperation at no one ("fuck off with this lag", "oh fuck off with the
ads"), and "bitch" as a complaining verb in a list ("they just want to bitch, moan and
complain")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The told-off terms the thing guard reads (the hit's term; "fuck off and die" is not one).
OFF_TERMS: Final[frozenset[str]] = frozenset({
    "fuck off", "fuk off", "fck off", "phuck off", "piss off", "bugger off",
})
# "fuck off with [all] this/the/these ...": the words that open a thing's noun phrase.
WITH: Final[frozenset[str]] = frozenset({"with"})
ALL: Final[frozenset[str]] = frozenset({"all"})
DETERMINERS: Final[frozenset[str]] = frozenset({"this", "these", "that", "those", "the"})
# How far the noun phrase is read (to its clause's end, never past a pause).
PHRASE_REACH: Final = 8
# The cue lists whose words name a person or a group ("fuck off with these people",
# "... this guy", "... the muslims", "... these idiots", "... the mods"): the guard stands
# down on any of them in the phrase.
PERSON_CUES: Final[tuple[str, ...]] = (
    "identity", "group_named", "group_noun", "people", "people_plural", "person_noun",
    "name_noun", "role", "family", "third_person", "person_pronoun", "second_person",
)
# People the cue lists do not name, and words that point at someone ("that lot", "this
# one", "the rest of them", "these types").
PERSONS: Final[frozenset[str]] = frozenset({
    "lot", "one", "ones", "two", "three", "rest", "kind", "type", "types", "sort", "sorts",
    "everyone", "everybody", "anyone", "anybody", "somebody", "someone", "all", "both",
    "friends", "friend", "mates", "mate", "buddies", "buddy", "pal", "pals", "crew", "gang",
    "fan", "haters", "hater", "trolls", "troll", "bots", "shills", "shill", "clowns",
    "devs", "dev", "developers", "boomers", "boomer", "zoomers", "kids", "kid", "teens",
    "snowflakes", "snowflake", "normies", "simps", "simp", "incels", "incel", "karens",
    "karen", "cucks", "cuck", "scrubs", "scrub", "tryhards", "tryhard", "campers",
    "tories", "tory", "libtards", "libtard", "commies", "commie", "nazis", "nazi",
    "journalists", "reporters", "media", "celebrities", "actors", "actor", "bitch",
    "bitches", "bastard", "bastards", "assholes", "asshole", "twat", "twats", "prick",
    "pricks", "cunt", "cunts", "wanker", "wankers", "jerk", "jerks", "fool", "fools",
    "clown", "lunatics", "lunatic", "freaks", "freak", "weirdos", "weirdo", "perverts",
    "creeps", "creep", "liar", "liars", "hypocrites", "hypocrite", "fanboys", "fanboy",
    "man", "men", "woman", "women", "girl", "girls", "boy", "boys", "lady", "ladies",
    "gentlemen", "sir", "bro", "bros", "dude", "dudes", "guys", "lads", "lad", "folks",
    "whore", "whores", "slut", "sluts", "fag", "fags", "faggot", "faggots", "retard",
    # a crowd, a side, a people ("the woke mob", "that bunch", "the left", "the french")
    "mob", "mobs", "crowd", "crowds", "bunch", "brigade", "squad", "army", "cult", "horde",
    "hordes", "left", "right", "english", "french", "british", "brits", "irish", "scottish",
    "scots", "welsh", "dutch", "spanish", "chinese", "japanese", "polish", "turkish",
    "swedish", "danish", "finnish", "swiss", "portuguese", "vietnamese", "yanks", "aussies",
    "kiwis", "jewish", "white", "whites", "black", "blacks", "gay", "gays", "trans",
})
# Endings of the nouns for people the lists do not hold ("these scammers", "the
# leftists", "the mexicans"): the guard stands down on them too, at the cost of a few
# things ("these stickers").
PERSON_ENDINGS: Final[tuple[str, ...]] = ("ers", "ists", "ans", "ites", "ese")
# A reader's word in the hit's sentence or just after it aims the hit at the reader ("you
# can fuck off with this", "fuck off with this crap you troll", "fuck off with the rest
# of your kind").
READER: Final[frozenset[str]] = frozenset({
    "you", "u", "ya", "yall", "y", "your", "ur", "yours", "yourself", "yourselves", "youre",
    "thou", "ye",
})
READER_AFTER: Final = 12
SENTENCE_REACH: Final = 16

# "bitch" as a verb: the word before it that makes it one ("want to bitch", "they'll
# bitch", "just bitch"), and the complaining verb after it in the same list ("bitch,
# moan and complain", "bitch and whine").
VERB_TERMS: Final[frozenset[str]] = frozenset({"bitch"})
VERB_LEADS: Final[frozenset[str]] = frozenset({
    "to", "ll", "will", "would", "d", "can", "could", "gonna", "wanna", "just", "should",
    "might", "always", "only", "never", "shall", "must",
})
LET: Final[frozenset[str]] = frozenset({"let"})
LET_OBJECTS: Final[frozenset[str]] = frozenset({"me", "us"})
LIST_JOINS: Final[frozenset[str]] = frozenset({"and", "or", "n"})
COMPLAIN_VERBS: Final[frozenset[str]] = frozenset({
    "moan", "whine", "complain", "groan", "gripe", "cry", "rant", "vent", "grumble",
    "whinge", "bellyache", "kvetch", "grouse", "sulk", "pout", "yell", "scream", "bicker",
    "nag", "mope", "carp", "squeal", "snivel", "winge",
})
