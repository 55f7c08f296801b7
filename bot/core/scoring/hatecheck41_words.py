"""Word lists of the hatecheck41 round (issue 8, targeting_hatecheck41.py): hate about an
identity group whose subject carries a relative clause with the writer as its subject
("every muslim i meet is scum", "the women i know are all stupid", "the immigrants that
we took in are vermin"). The writer's "i" in the clause sits just before the insult, and
older rounds read the insult as self-directed."""

from __future__ import annotations

from typing import Final

# fmt: off
# The copulas that make the insult a claim about the clause's head ("... i meet [is]
# scum"). Never "am" or "'m": "the women i know think i am stupid" is the writer's own.
COPULAS: Final[frozenset[str]] = frozenset({"is", "are", "was", "were"})
# How many words may stand between the copula and the insult ("are [all crazy] bitches",
# "is [a hysterical] bitch"), and the words that may not: a negation or a denial ("are
# not terrorists", "is no thief", "were never thugs"), and the words of a report or a
# comparison ("are sick of being called terrorists", "are smarter than ...").
FILLER_REACH: Final = 3
FILLER_BLOCKS: Final[frozenset[str]] = frozenset({
    "not", "no", "never", "nt", "t", "neither", "nor", "hardly", "barely", "nothing",
    "nobody", "none", "of", "than", "called", "calling", "call", "being", "named", "labelled",
    "labeled", "branded", "seen", "treated", "like", "about", "with", "by", "for", "to",
    "from", "at", "i", "me", "my", "we", "us", "our", "you", "u", "your", "ur", "he",
    "she", "him", "her", "they", "them", "their", "it", "who", "that", "which",
})
# The relative clause between the group and the copula: the writer ("i", "we") opens it,
# with its verb and maybe an adverb, a particle or a place after ("i [have met]", "i
# [grew up with]", "we [let into the country]"), at most this many words.
CLAUSE_REACH: Final = 5
WRITERS: Final[frozenset[str]] = frozenset({"i", "we"})
# The words that may not sit in that clause: someone else's pronoun ("the women i know
# say he is stupid"), a copula, or the writer's own copula ("i am", "i'm").
CLAUSE_BLOCKS: Final[frozenset[str]] = frozenset({
    "is", "are", "was", "were", "am", "m", "be", "been", "he", "she", "they", "it", "you",
    "u", "him", "her", "them", "say", "says", "said", "think", "thinks", "thought",
    "call", "calls", "called", "not", "never", "no", "nt", "t",
})
# A relative word may open the clause ("the immigrants [that] i know", "women [who] i
# have dated").
RELATIVES: Final[frozenset[str]] = frozenset({"that", "who", "whom"})
# A denial before the group makes the claim a denied one ("no muslim i know is a
# terrorist", "not every woman i meet is stupid"), read this many words back.
DENIALS: Final[frozenset[str]] = frozenset({
    "no", "not", "none", "never", "nt", "t", "few", "hardly", "nobody", "neither",
})
DENIAL_REACH: Final = 3
# A term that ends in a preposition takes an object after it ("the black people i know
# are [sick of] racists", "... are [tired of] bigots"): aimed at that, not the subject.
OBJECT_TAKERS: Final[frozenset[str]] = frozenset({
    "of", "to", "with", "at", "for", "by", "about", "on", "from", "against",
})
