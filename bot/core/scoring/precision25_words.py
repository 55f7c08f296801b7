"""Words of the precision25 round (issue 8, targeting_precision25.py): a slur the writer
calls themselves in frames older rounds read as aimed at the group ("i am such a retard",
"i feel like a retard today", "i looked like a faggot in that hat", "being a retard i
forgot my keys again")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The slurs for one person that older rounds read as aimed at the group even with the
# writer as their subject ("i am such a retard"); the rest ("fag", "tranny", "spaz")
# already read as self-directed there.
SELF_SLURS: Final[frozenset[str]] = frozenset({"retard", "faggot", "dyke"})
# Describing words between the article and the slur ("a fucking retard", "the biggest
# retard alive", "a total faggot").
DESCRIBING: Final[frozenset[str]] = frozenset({
    "fucking", "fuckin", "freaking", "damn", "total", "complete", "absolute", "utter",
    "real", "proper", "big", "bigger", "biggest", "huge", "giant", "massive", "little",
    "dumb", "dumbest", "stupid", "useless", "clueless", "actual", "certified", "walking",
})
DESCRIBING_REACH: Final = 2
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})
# "the" only with a describing word after it ("i am the biggest retard alive"; never the
# bare "i am the retard", which points at whoever else is one).
THE: Final[frozenset[str]] = frozenset({"the"})
# "such a", "like a", "like such a": the words between the verb and the article.
SUCH: Final[frozenset[str]] = frozenset({"such"})
LIKE: Final[frozenset[str]] = frozenset({"like"})
# Adverbs between the writer, the verb and the article ("i really am a", "i literally
# look like a", "im lowkey a", "i am kinda a").
ADVERBS: Final[frozenset[str]] = frozenset({
    "so", "really", "totally", "literally", "lowkey", "kinda", "kind", "of", "actually",
    "just", "honestly", "truly", "basically", "definitely", "always", "still",
    "sometimes", "genuinely", "legit", "fr", "def", "such",
})
ADVERBS_REACH: Final = 2
# The verbs that make the writer the slur: a copula, or a likeness verb before "like".
COPULAS: Final[frozenset[str]] = frozenset({"am", "m", "was", "been", "become", "became"})
LIKENESS: Final[frozenset[str]] = frozenset({
    "feel", "feels", "felt", "feeling", "look", "looked", "looking", "sound", "sounded",
    "sounding", "act", "acted", "acting", "behaved", "behaving",
})
# An auxiliary before a likeness verb in "-ing" ("i was acting like a", "i am feeling
# like a").
AUXILIARIES: Final[frozenset[str]] = frozenset({"am", "m", "was", "been", "im"})
# The writer as subject; "im" is the subject and the copula in one token, "ima" (the
# folded "i m a") the subject, the copula and the article.
WRITER: Final[frozenset[str]] = frozenset({"i"})
WRITER_AND_COPULA: Final[frozenset[str]] = frozenset({"im"})
WRITER_COPULA_ARTICLE: Final[frozenset[str]] = frozenset({"ima"})
# "i have been a", "i've been such a", "ive been a": the auxiliaries before "been", and
# the writer and the auxiliary in one token.
BEEN: Final[frozenset[str]] = frozenset({"been"})
HAVE: Final[frozenset[str]] = frozenset({"ve", "have", "had", "d"})
WRITER_AND_HAVE: Final[frozenset[str]] = frozenset({"ive", "id"})
# "i was being a retard": "being" after an auxiliary.
BEING_VERB: Final[frozenset[str]] = frozenset({"being"})
# "me acting like a", "it made me feel like a": the writer as the object of a likeness
# verb's causer, or as a caption's subject; never after a reader's word in the sentence
# ("you make me look like a ...").
ME: Final[frozenset[str]] = frozenset({"me"})
# "what a retard i am", "such a faggot i am": the exclaimed slur, the writer after it.
EXCLAIMING: Final[frozenset[str]] = frozenset({"what", "such"})
AM: Final[frozenset[str]] = frozenset({"am", "m"})
# What may follow "what a retard i am" when the clause does not close there ("what a
# retard i am lol"); any other word goes on ("what a retard i am dealing with").
AFTER_I_AM: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "lmfao", "haha", "omg", "smh", "sometimes", "honestly", "today", "tbh",
})
# Nouns the slur may modify, naming someone else ("i am such a retard magnet", "i feel
# like a retard's babysitter"): the guard stands down when one follows the slur.
HEADS: Final[frozenset[str]] = frozenset({
    "s", "magnet", "magnets", "whisperer", "babysitter", "detector", "factory", "herder",
    "wrangler", "tamer", "collector", "farm", "zoo", "convention", "parade", "army",
    "squad", "club", "repellent", "teacher", "sitter",
})
# "being a retard i ...", "being the retard i am": the writer right after the slur.
BEING: Final[frozenset[str]] = frozenset({"being"})
BEING_ARTICLES: Final[frozenset[str]] = frozenset({"a", "an", "the"})
# A reader's word this close after the slur turns the frame on the reader ("i feel like
# a retard talking to you", "i was a retard to trust a faggot like you").
READER: Final[frozenset[str]] = frozenset({
    "you", "u", "ya", "yall", "your", "ur", "yours", "yourself", "youre", "thou",
})
READER_AFTER: Final = 8
SENTENCE_REACH: Final = 16
