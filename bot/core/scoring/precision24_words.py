"""Words of the precision24 round (issue 8, targeting_precision24.py): an insult noun for an
unknown someone who is not in the thread ("some idiot keyed my car", "there are still
idiots who believe that", "the world is full of morons"), and a quality noun exclaimed
about a claim or a plan ("idiocy.", "what stupidity, a toll on a free bridge")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The insult nouns for a person that the unknown-someone guard reads (the hit's term).
PERSON_NOUNS: Final[frozenset[str]] = frozenset({
    "idiot", "idiots", "moron", "morons", "loser", "losers", "dumbass", "dumbasses",
    "imbecile", "imbeciles", "cretin", "cretins", "fool", "fools", "jerk", "jerks",
    "clown", "clowns", "asshole", "assholes", "dipshit", "dipshits",
})
# Describing words between the indefinite and the noun ("some random idiot", "there are
# so many drunk idiots").
DESCRIBING: Final[frozenset[str]] = frozenset({
    "random", "real", "total", "complete", "absolute", "utter", "fucking", "fuckin",
    "freaking", "damn", "dumb", "stupid", "drunk", "ignorant", "old", "young", "little",
    "big", "careless", "reckless", "selfish", "brainless", "clueless",
})
DESCRIBING_REACH: Final = 2
# "some idiot", "some morons": the indefinite right before (not "some of", which names
# whom: "some of you are idiots").
SOME: Final[frozenset[str]] = frozenset({"some", "sum"})
# "there are (still, so many, a lot of) idiots", "there's always some idiot", "there will
# always be morons": the amounts between "there" + a form of "be" and the noun.
AMOUNTS: Final[frozenset[str]] = frozenset({
    "still", "always", "so", "many", "too", "a", "lot", "lots", "of", "plenty", "few",
    "some", "more", "just", "such", "bunch", "ton", "tons", "certainly", "definitely",
    "also", "sure", "enough",
})
AMOUNTS_REACH: Final = 4
THERE_BE: Final[frozenset[str]] = frozenset({"are", "re", "is", "s", "be", "were", "was"})
THERE: Final[frozenset[str]] = frozenset({"there", "theres", "thers"})
# "there will always be", "there will be": the words between "there" and "be".
THERE_GAP: Final[frozenset[str]] = frozenset({"will", "ll", "always", "still", "never"})
# "the world is full of idiots", "the roads are full of morons": the crowd a place holds,
# the place named right before the copula. A body of people is never the place ("the
# left is full of morons", "congress is full of idiots" insult its members).
FULL: Final[frozenset[str]] = frozenset({"full"})
FULL_COPULAS: Final[frozenset[str]] = frozenset({"is", "s", "are", "re", "was", "were"})
FULL_PLACES: Final[frozenset[str]] = frozenset({
    "world", "planet", "earth", "internet", "web", "road", "roads", "streets", "highway",
    "highways", "motorway", "motorways", "freeway", "freeways", "traffic", "universe",
})
# Words that put the one insulted in the thread, the chat or the game, or make the reader
# one of them ("some idiot here", "there's an idiot on my team", "the world is full of
# idiots like you", "there are idiots and then there's you"): the guard stands down when
# one is in the hit's sentence or within PRESENT_AFTER tokens after it.
PRESENT: Final[frozenset[str]] = frozenset({
    "you", "u", "ya", "yall", "y", "your", "ur", "yours", "yourself", "yourselves", "youre",
    "thou", "here", "thread", "chat", "server", "channel", "sub", "subreddit", "lobby",
    "team", "squad", "replies", "reply", "post", "comment", "gc", "discord", "forum",
    "clan", "guild", "op",
    # what a commenter here does, or where ("some idiot keeps downvoting my posts",
    # "a lot of morons posting on this site")
    "posts", "posting", "posted", "comments", "commenting", "commented", "replying",
    "replied", "downvote", "downvotes", "downvoting", "downvoted", "site", "board",
})
PRESENT_AFTER: Final = 12
SENTENCE_REACH: Final = 16

# The quality nouns exclaimed on their own ("idiocy.", "what stupidity!"), and the words
# that may come before them in such an exclamation.
QUALITY_NOUNS: Final[frozenset[str]] = frozenset({"idiocy", "stupidity"})
EXCLAIMERS: Final[frozenset[str]] = frozenset({
    "what", "such", "pure", "sheer", "utter", "total", "absolute", "complete", "just",
    "more", "typical", "plain", "absolutely", "real", "the", "height", "of",
    "oh", "wow", "omg", "lol", "ugh", "unbelievable",
})
EXCLAIMERS_REACH: Final = 4
# A reader's word this close after the exclamation aims it ("stupidity. you are the
# definition of it", "what idiocy, you absolute clown").
READER: Final[frozenset[str]] = frozenset({
    "you", "u", "ya", "yall", "your", "ur", "yours", "yourself", "youre", "thou",
})
READER_AFTER: Final = 10
