"""Word lists for the thirteenth HateCheck-style round (issue 8, targeting_hatecheck13.py)."""

from __future__ import annotations

from typing import Final

# fmt: off
# Adverbs between "GROUP are" and a name said of the group that the older rules do not
# skip: "muslims are all evil", "gypsies are naturally dirty", "jews are basically a
# burden". No negation: "muslims are not evil" stops the walk.
SAID_GAP: Final[frozenset[str]] = frozenset({
    "all", "just", "so", "such", "really", "always", "basically", "inherently", "naturally",
    "genetically", "mostly", "usually", "typically", "generally", "literally", "truly",
    "simply", "clearly", "obviously", "honestly", "born", "by", "nature", "nothing", "but",
    "a", "an", "complete", "total", "utterly", "totally", "absolutely", "very", "too",
    "fucking", "fuckin", "damn", "bloody", "still", "only", "nearly", "pretty",
})
# The copulas and modals that make the group before them the subject of the name or the
# death after them: "are", "will be", "should all just drown", "can go die".
SAID_LINKS: Final[frozenset[str]] = frozenset({"are", "r", "be", "were"})
DEATH_LINKS: Final[frozenset[str]] = frozenset({
    "should", "must", "can", "could", "ought", "need", "needs", "deserve", "better", "to",
    "go", "shall",
})
SAID_REACH: Final = 7
# Bare death verbs read as a threat when a group is their subject after a modal: "the
# refugees should all just drown", "immigrants can go die"; "my plants should just die"
# names no group.
DEATHS: Final[frozenset[str]] = frozenset({
    "drown", "die", "burn", "hang", "rot", "starve", "perish", "suffer", "choke",
})
# The hit is read after the group too: "never believe a refugee, they invent ...", "too
# many muslims in this country".
TOO_MANY: Final = "too many"
BELIEVED: Final[frozenset[str]] = frozenset({
    "never believe", "can t trust", "cant trust", "cannot trust",
})
# Between "never believe" and its group: "never believe a refugee", "never believe any
# of these muslims", "never believe a word a jew says".
BELIEVE_GAP: Final[frozenset[str]] = frozenset({
    "a", "an", "any", "the", "these", "those", "of", "single", "word", "words", "what",
    "anything", "one",
})
BELIEVE_REACH: Final = 5
# Where "too many GROUP" are said to be, for the complaint about their number to be
# implicit derogation: "too many muslims in this country", "way too many immigrants here".
PLACES: Final[frozenset[str]] = frozenset({
    "country", "nation", "town", "city", "europe", "america", "britain", "england", "uk",
    "usa", "neighbourhood", "neighborhood", "area", "street", "streets", "here",
    "everywhere", "society", "world", "schools", "school", "government", "west",
})
PLACE_REACH: Final = 5
# What may close the complaint after its place: "too many muslims in this country now",
# "... here and they ...", "... in europe already lol".
PLACE_TAIL: Final[frozenset[str]] = frozenset({
    "now", "already", "nowadays", "anymore", "today", "lately", "these", "days", "lol",
    "tbh", "smh", "imo", "honestly", "and", "but", "so", "too", "right",
})
PLACE_JOINS: Final[frozenset[str]] = frozenset({"and", "but", "so"})
# The words between "too many" and its group: "too many fucking immigrants", "too many of
# these gypsies".
MANY_GAP: Final[frozenset[str]] = frozenset({
    "of", "these", "those", "the", "damn", "fucking", "fuckin", "bloody", "dirty",
})
# A harm verb whose object is "the GROUP": "someone should gas the jews".
HARMS_THE: Final[frozenset[str]] = frozenset({"gas"})
THE: Final[frozenset[str]] = frozenset({"the", "all", "those", "these"})
# Someone else's claim about a group, reported: "he tweeted that refugees should drown and
# got banned", "my uncle thinks muslims are subhuman and I hate that", "you say jews are
# vermin? shame on you"; the writer's own ("I think refugees are worthless", "as I said
# ...") is said.
REPORTERS: Final[frozenset[str]] = frozenset({
    "tweeted", "tweets", "posted", "posts", "wrote", "writes", "thinks", "believes",
    "reckons", "claims", "claimed", "said", "says", "say", "insists", "insisted", "argued",
    "argues", "told", "tells", "think", "believe",
})
# The bare forms report only after another subject: "you say jews are vermin?", "people
# think ..."; "... but believe all X should ..." is the writer's own.
BARE_REPORTERS: Final[frozenset[str]] = frozenset({"say", "think", "believe"})
OTHERS: Final[frozenset[str]] = frozenset({
    "you", "u", "they", "people", "ppl", "folks", "some", "many", "who", "racists",
})
WRITERS: Final[frozenset[str]] = frozenset({"i", "we", "im", "ive", "id", "m"})
REPORT_REACH: Final = 10
# Between the verb and the group its claim opens with: "tweeted that all refugees ...".
CLAIM_OPENERS: Final[frozenset[str]] = frozenset({
    "that", "all", "the", "those", "these", "every", "most",
})
# The article of a person-only name ("a danger to", "a disgrace to").
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})
# The writer's own question: "don't you think women are ...?", "do you believe ...?".
# hatecheck20: agreement sought, "who else thinks muslims are ...?", "anyone else think".
ASKING: Final[frozenset[str]] = frozenset({
    "do", "don", "dont", "didn", "didnt", "did", "else",
})
