"""Words of the olid31 round (issue 8, targeting_olid31.py): a group derided as a
collective in tweet style ("what a bunch of clowns", "they are a bunch of hypocrites",
"@USER bunch of liars", "what a sad bunch", "liberals are a pathetic lot")."""

from __future__ import annotations

from typing import Final

# fmt: off
# Collective nouns of people before "of" and a plural name-call ("a bunch of clowns",
# "a pack of liars"). "lot" is left out: "a lot of idiots" counts, it does not deride.
COLLECTIVES: Final[frozenset[str]] = frozenset({
    "bunch", "pack", "load", "gang", "band", "herd", "crowd", "group", "crew",
})
# Contempt adjectives that make a collective a verdict on its people ("a sad bunch",
# "a sorry lot"): the round's own lexicon lines (en/insult.txt) are these words before
# ADJECTIVE_COLLECTIVES, read only in this round's shapes and cancelled elsewhere.
CONTEMPT: Final[frozenset[str]] = frozenset({
    "sad", "sorry", "pathetic", "pitiful", "miserable",
})
ADJECTIVE_COLLECTIVES: Final[frozenset[str]] = frozenset({
    "bunch", "lot", "crew", "crowd", "group", "gang",
})
OWN_TERMS: Final[frozenset[str]] = frozenset(
    f"{adj} {noun}" for adj in CONTEMPT for noun in ADJECTIVE_COLLECTIVES
)
# Words between the article and the collective: "what an absolute bunch of clowns",
# "a pitiful bunch of cowards", "such a sorry lot".
MODIFIERS: Final[frozenset[str]] = CONTEMPT | {
    "absolute", "total", "complete", "utter", "right", "real", "whole", "little",
}
MODIFIER_REACH: Final = 3
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})
# An exclamation's opener before the article: "what a bunch of clowns", "such a sad lot".
EXCLAIMS: Final[frozenset[str]] = frozenset({"what", "such"})
# Between a being verb and the article: "they're just a bunch of bullies", "democrats are
# nothing but a bunch of hypocrites", "you are such a sorry lot", "they're all a bunch".
FILLERS: Final[frozenset[str]] = frozenset({
    "just", "all", "nothing", "but", "such", "really", "truly", "literally", "honestly",
    "basically", "simply", "only", "still", "always", "clearly", "obviously", "definitely",
    "totally", "certainly", "seriously",
})
FILLER_REACH: Final = 4
COPULAS: Final[frozenset[str]] = frozenset({"are", "is", "re", "r", "s", "were", "was"})
# The writer and the writer's side in the clause before the verdict: self-deprecation,
# not derision ("we are a bunch of clowns lol", "me and the boys are a bunch of idiots",
# "our team is a sad bunch this year").
WRITER_SIDE: Final[frozenset[str]] = frozenset({
    "i", "im", "me", "we", "us", "our", "ours", "my", "myself", "ourselves", "ive", "id",
})
# Words that open the being verb's own clause: its subject is what follows them ("i
# think they are a bunch of liars", "because you guys are a sad lot").
SUBJECT_OPENERS: Final[frozenset[str]] = frozenset({
    "think", "thinks", "thought", "know", "knew", "feel", "guess", "believe", "swear",
    "that", "because", "cause", "cuz", "bc", "since", "so", "but", "when", "honestly",
    "imo", "tbh", "srsly", "seriously", "lol", "lmao", "yeah", "yes", "well",
})
# The reader as the subject: "you guys are a bunch of clowns", "y'all are a sad lot".
READER: Final[frozenset[str]] = frozenset({"you", "u", "ya", "yall", "ye"})
# Negation in the clause before the verdict ("they aren't a bunch of liars", "anything but
# a bunch of clowns", "nobody here is a sad bunch"); "nothing but" is no negation.
NEGATORS: Final[frozenset[str]] = frozenset({
    "not", "never", "no", "nobody", "noone", "neither", "nor", "t", "nt", "aren", "isn",
    "wasn", "weren", "ain", "arent", "isnt", "wasnt", "werent", "aint", "anything",
})
# Someone else's words or a call to stop saying them: reported speech and counter-speech
# ("he called us a bunch of clowns", "calling them a bunch of liars is unfair", "she said
# we were a sad bunch", "stop calling voters a pathetic lot").
REPORTING: Final[frozenset[str]] = frozenset({
    "call", "calls", "called", "calling", "say", "says", "said", "saying", "claim",
    "claims", "claimed", "label", "labels", "labeled", "labelled", "accuse", "accused",
    "name", "named", "dubbed", "consider", "considered",
})
CLAUSE_REACH: Final = 10  # words read back from the collective to its clause's start
# After a contempt collective, what may close the verdict ("you lot are a sad bunch
# honestly", "what a sad bunch lol"); anything else is a noun compound or goes on ("a sad
# group hug").
TAILS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "lmfao", "smh", "tbh", "honestly", "ngl", "fr", "imo", "ever", "haha",
})
TAIL_REACH: Final = 2
# People after "of" in a contempt collective: "such a sad bunch of people", "what a
# pathetic group of grown men"; things after it are no people ("a sad bunch of results").
PEOPLE: Final[frozenset[str]] = frozenset({
    "people", "persons", "men", "women", "guys", "folks", "adults", "humans", "grown",
    "individuals", "dudes", "losers", "cowards", "clowns",
    "politicians", "voters", "fans", "supporters", "players",
})
