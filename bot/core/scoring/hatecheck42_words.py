"""Words of the hatecheck42 round (issue 8, targeting_hatecheck42.py): a list of judging
words before a person or an identity group ("these stupid, ignorant people", "those
lazy, dirty immigrants", "that ugly, fat loser"), which older rounds read as said of a
thing when a demonstrative or a comma stood between them and the noun; and olid6's
claims of a group said after "all" or "they're" of an identity group taken up by a
pronoun ("those trans people, they are all sick", "muslims, they're crazy")."""

from __future__ import annotations

from typing import Final

# fmt: off
# Judging words of such a list, the ones said of people ("stupid", "ignorant", "dirty",
# "filthy", "greedy", "fat"). Adjectives only; no endings ("these brilliant, lazy
# people" is no list of judging), none said of things or of oneself as often ("bad",
# "sorry", "poor", "sad", "tired": "i played so bad sorry guys"), none that praise in chat
# ("crazy", "insane", "sick", "savage": "those sick, insane players").
JUDGING: Final[frozenset[str]] = frozenset({
    "stupid", "dumb", "idiotic", "moronic", "brainless", "braindead", "mindless",
    "ignorant", "racist", "sexist", "bigoted", "hateful", "vile", "nasty", "disgusting",
    "lazy", "useless", "worthless", "pathetic", "clueless", "delusional", "deranged",
    "arrogant", "smug", "ugly", "obnoxious", "toxic", "stoopid", "stupidest", "dumbest",
    "laziest", "dirty", "filthy", "smelly", "stinky", "greedy", "sneaky", "violent",
    "backwards", "backward", "perverted", "gross", "evil", "lying", "fat", "hideous",
    "creepy", "retarded", "primitive", "thieving", "ungrateful", "entitled", "hysterical",
    "inferior", "subhuman", "revolting", "repulsive", "trashy", "stinking", "dumbass",
    "spiteful", "vicious", "hypocritical", "dishonest", "childish", "foolish",
})
# Words that sit in the list without judging ("so stupid and so lazy", "those lazy,
# dirty little rats") and the words that join it ("stupid and lazy").
MODIFIERS: Final[frozenset[str]] = frozenset({
    "so", "very", "really", "utterly", "totally", "completely", "just", "such", "pure",
    "little", "fucking", "fuckin", "damn", "bloody", "old", "same", "typical",
})
JOINS: Final[frozenset[str]] = frozenset({"and", "or", "n", "&"})
RUN_REACH: Final = 8  # the list's words read ahead of the hit to its noun, and back
LIST_LEAST: Final = 2  # judging words in the list, the hit among them
# The nouns that end the list on people: plural ones name a group ("these stupid,
# ignorant people"), singular ones a person ("that dumb, lazy guy"); the name-calls a
# list runs into ("that ugly, fat loser", "this fat, lazy slob"); no animals ("those
# dirty, smelly pigs at the farm"). Older cue lists
# (people, person_noun, name_noun) and an identity group count too.
PEOPLE: Final[frozenset[str]] = frozenset({
    "people", "ppl", "folks", "guys", "men", "women", "girls", "boys", "kids", "persons",
    "humans", "creatures", "individuals", "idiots", "morons", "losers", "slobs", "bitches",
    "creeps", "freaks", "jerks", "bastards", "savages", "thugs", "whores", "sluts",
    "clowns", "parasites", "vermin", "degenerates", "perverts", "weirdos", "cunts",
    "pricks", "assholes", "dicks", "scum", "trash", "leeches", "scumbags", "retards",
    "hags",
})
PERSON: Final[frozenset[str]] = frozenset({
    "person", "man", "woman", "guy", "girl", "boy", "kid", "dude", "bloke", "lady",
    "chick", "human", "creature", "individual", "idiot", "moron", "loser", "slob", "bitch",
    "creep", "freak", "jerk", "bastard", "savage", "thug", "whore", "slut", "clown",
    "parasite", "degenerate", "pervert", "weirdo", "cunt", "prick", "asshole", "dick",
    "scumbag", "hag", "witch", "retard", "twat", "wanker", "dumbass", "skank",
})
# A negation just before the list denies it ("they aren't stupid, lazy people", "never
# met such dumb, rude guys" stays the older reading), read this many words back.
NEGATIONS: Final[frozenset[str]] = frozenset({
    "not", "no", "never", "nt", "t", "isnt", "arent", "wasnt", "werent", "dont", "nobody",
    "none", "neither", "nor",
})
NEGATION_REACH: Final = 3
# "like" or "as" before the list, past its determiners, makes it a comparison ("i was
# like the dumb, crazy person in the movie", "as a fat, lazy kid i ...").
DETERMINERS: Final[frozenset[str]] = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "some", "such", "one",
})
DETERMINER_REACH: Final = 2
LIKENESS: Final[frozenset[str]] = frozenset({"like", "as"})
# A copula there says the list of the subject ("my cat is a fat, lazy idiot lol", "he is
# a dumb, lazy guy"): the older rules read the subject, and their reading stands.
COPULAS: Final[frozenset[str]] = frozenset({
    "is", "are", "was", "were", "s", "re", "am", "m", "be", "been", "being",
})
# Words in the sentence before the list that make it a report, a quote or counter-speech
# ("calling gays filthy, disgusting people is wrong", "she said those lazy, dirty
# immigrants ...", "stop calling immigrants lazy, dirty people"), or the writer's own
# description ("i'm a fat, lazy slob lol", "we are such dumb, lazy people").
UNSAID: Final[frozenset[str]] = frozenset({
    "call", "calls", "called", "calling", "say", "says", "said", "saying", "claim",
    "claims", "claimed", "tweeted", "wrote", "quoted", "quote", "labelled", "labeled",
    "label", "branded", "stereotype", "stereotypes", "am", "m", "im", "myself", "we",
    "ourselves", "if",
})
SENTENCE_REACH: Final = 12

# -- a group taken up by a pronoun: olid6's claims with "all" or after "they're" ---------
# The round's lexicon lines (en/insult.txt), read only in the shape and cancelled
# elsewhere: "muslims, they're crazy", "those trans people, they are all sick", "gays are
# all sick"; never "they're all crazy lol", "you are all sick".
CLAIMS: Final[tuple[str, ...]] = ("sick", "crazy", "insane", "nuts")
OWN_TERMS: Final[frozenset[str]] = frozenset(
    term
    for claim in CLAIMS
    for term in (f"are all {claim}", f"re all {claim}", f"re {claim}", f"theyre {claim}",
                 f"theyre all {claim}")
)
# The pronoun that takes the group up ("muslims, [they]'re crazy"); "theyre" is in the
# term itself.
THEY: Final[frozenset[str]] = frozenset({"they", "theyre"})
# The claim closes its clause, or only these follow ("gays, they're sick af"): never a
# liking or a degree ("they're crazy about football", "they are all sick of it", "they're
# all crazy nice").
TAILS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "af", "tbh", "honestly", "ngl", "fr", "smh", "imo", "man", "bro",
    "dude", "too", "anyway", "anyways", "period", "lmfao", "frfr",
})
# A denial or a report before the group ("not all muslims, they're crazy", "people say
# women, they're crazy"): read this many words back from the group.
DENIALS: Final[frozenset[str]] = frozenset({
    "not", "no", "never", "nt", "t", "none", "few", "nobody", "neither",
})
DENIAL_REACH: Final = 3
REPORTS: Final[frozenset[str]] = frozenset({
    "call", "calls", "called", "calling", "say", "says", "said", "saying", "claim",
    "claims", "claimed", "tweeted", "wrote", "quoted", "quote", "think", "thinks",
    "believe", "believes", "stereotype", "myth", "wrong", "false", "if",
})
