"""Word lists of the olid22 round (targeting_olid22.py): a named or pointed person said
to have no shame, a person called "a lying" someone."""

from __future__ import annotations

from typing import Final

# fmt: off
# The lexicon terms of what a person lacks that the round reads with a name or a
# pointed person as the subject: "Trump has no shame", "the man has zero decency" (the
# olid22 lines of en/insult.txt beside olid3's "no shame").
SHAMELESS: Final[frozenset[str]] = frozenset({
    "no shame", "zero shame", "no integrity", "zero integrity", "no decency",
    "zero decency", "no morals", "zero morals",
})
# The verb between the subject and the lack; "have" is left to the group rules
# ("liberals have no shame", forum21).
HAVING: Final[frozenset[str]] = frozenset({"has", "had"})
# Adverbs that may stand on either side of "has": "Brennan clearly has no shame",
# "Pelosi has absolutely no shame".
ADVERBS: Final[frozenset[str]] = frozenset({
    "absolutely", "literally", "truly", "just", "really", "clearly", "obviously", "simply",
    "seriously", "still", "also", "apparently", "evidently", "definitely", "honestly",
})
# After the lack, words that keep it said whole: "no shame whatsoever", "no shame at
# all", "no shame left".
TAILS: Final[frozenset[str]] = frozenset({"whatsoever", "left", "anymore", "at"})
# After the lack, words that go on to a deed or a matter: "no shame in asking for
# help", "no shame about her body": no one judged.
GOES_ON: Final[frozenset[str]] = frozenset({
    "in", "about", "for", "with", "to", "of", "over", "around", "doing",
})
# Determiners before a person noun as the subject: "the man", "this senator", "your
# governor".
DETERMINERS: Final[frozenset[str]] = frozenset({
    "the", "this", "that", "your", "ur", "our", "their", "his", "her",
})
# Person nouns the older lists lack, after a determiner: "this lawyer has no morals".
PEOPLE: Final[frozenset[str]] = frozenset({
    "lawyer", "attorney", "prosecutor", "sheriff", "cop", "officer", "teacher",
    "professor", "priest", "pastor", "doctor", "landlord", "neighbor", "neighbour",
    "author", "writer", "director", "producer", "comedian", "celebrity", "official",
    "representative", "rep", "accuser", "witness", "husband", "wife", "boyfriend",
    "girlfriend", "ex", "boss", "mod", "admin", "streamer", "influencer",
})
# Words that open a clause before "has" and name no one the round reads: pronouns (the
# older rules read "he" / "she"), the writer, an empty or a pointing word.
NOT_NAMES: Final[frozenset[str]] = frozenset({
    "he", "she", "it", "i", "we", "you", "u", "they", "this", "that", "which", "who",
    "what", "there", "one", "everyone", "everybody", "someone", "somebody", "nobody",
    "anyone", "anybody", "noone", "me", "my", "mine", "our", "your", "their", "his", "her",
    "and", "but", "so", "lol", "lmao", "yes", "yeah", "no", "well", "ok", "okay", "now",
    "also", "still", "just", "really", "clearly", "obviously", "honestly", "literally",
    "music", "life", "love", "hate", "shame", "time", "money", "truth", "nature", "art",
})

# The lexicon's "lying" term, read here before a person's word after a copula.
LYING: Final = "lying"
# After "a lying": a word for a person the older lists do not hold as one ("a lying
# dog", "a lying cow", "a lying cop").
LYING_CALLS: Final[frozenset[str]] = frozenset({
    "dog", "cow", "witch", "rat", "weasel", "pig", "snake", "toad", "cop", "liar", "crook",
    "fraud", "hypocrite", "bastard", "traitor", "fool", "lawyer", "sack", "piece", "pos",
    "scumbag", "hag", "creep", "thug", "criminal", "idiot", "moron", "clown", "coward",
    "loser", "lowlife", "grifter", "shill", "hack", "bitch",
})
# Between the copula and "a lying": "is such a lying man", "is just a lying girl".
BEFORE_ARTICLE: Final[frozenset[str]] = frozenset({
    "such", "just", "really", "truly", "literally", "nothing", "but", "only", "simply",
})
COPULAS: Final[frozenset[str]] = frozenset({"is", "was", "s", "are", "re", "were"})
# Pronoun subjects of "a lying ..." that the round reads: third persons and the reader.
THIRD_PRONOUNS: Final[frozenset[str]] = frozenset({"he", "she"})
READERS: Final[frozenset[str]] = frozenset({"you", "u", "ya", "ur", "youre", "ure"})
# Readers with the copula in them ("youre a lying hypocrite").
READER_COPULAS: Final[frozenset[str]] = frozenset({"youre", "ure", "ur"})
# fmt: on
