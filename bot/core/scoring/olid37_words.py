"""Words of the olid37 round (issue 8, targeting_olid37.py)."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum28_words as f28
from bot.core.scoring import olid26_words as o26

# fmt: off
# "what a sore loser she is": the exclamation's word and its articles. The describing
# words between the article and the put-down are open ("what a lying snake he is"), so
# only their number is bounded (DESCRIBER_REACH).
WHAT: Final[str] = "what"
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})
DESCRIBER_REACH: Final[int] = 3
# One person after the put-down: "he is", "she's", "that man is". No "i" or "we" ("what
# an idiot i am"), no thing ("what a joke this season is"); "you" and "they" are read
# by older rounds already.
ONE_PERSON: Final[frozenset[str]] = frozenset({"he", "she", "hes", "shes"})
POINTERS: Final[frozenset[str]] = frozenset({"this", "that"})
PERSON_HEADS: Final[frozenset[str]] = frozenset({
    "man", "woman", "guy", "dude", "girl", "lady", "person", "fella", "bloke", "boy",
    "chick", "gal", "senator", "president", "politician", "candidate", "judge",
})
BE: Final[frozenset[str]] = frozenset({"is", "was", "s"})
# "what a joke of a senator he is": the put-down's own "of a ..." before the person.
OF: Final[str] = "of"
# After "he is": chat's tails, then the clause must close ("what a fraud he is lol").
TAILS: Final[frozenset[str]] = f28.TAILS | frozenset({"again", "now", "today"})
TAILS_REACH: Final[int] = 2

# "she has shown herself to be a narcissist", "he proved himself a fraud": the person
# shown up by their own doing. Only himself/herself: "i proved myself wrong" is the
# writer's, "we made fools of ourselves" the writer's side.
SHOWING: Final[frozenset[str]] = frozenset({
    "shown", "showed", "shows", "show", "showing", "proved", "proven", "proves", "prove",
    "proving", "exposed", "exposes", "expose", "exposing", "revealed", "reveals", "reveal",
    "revealing", "outed", "outs", "outing",
})
REFLEXIVE: Final[frozenset[str]] = frozenset({"himself", "herself"})
# Between "herself" and the put-down: "up", "to be", "as", articles and intensifiers.
# No denial: "she showed herself to be no fool" is praise.
LINKS: Final[frozenset[str]] = o26.KIND_RUN | frozenset({
    "up", "to", "be", "as", "once", "again", "yet", "another", "one",
})
LINK_REACH: Final[int] = 6
DESCRIBERS_ALLOWED: Final[int] = 2
DENIALS: Final[frozenset[str]] = frozenset({"no", "not", "never", "t", "nt"})
# "he keeps making a fool of himself": the put-down made of the person by the person.
MAKING: Final[frozenset[str]] = frozenset({"make", "makes", "made", "making"})
FOOLS: Final[frozenset[str]] = frozenset({"fool", "clown", "joke", "laughingstock"})
MAKING_REACH: Final[int] = 3
# A condition, a denial or a report before the verb in its sentence: "if he exposed
# himself as a liar", "he hasn't shown himself to be a liar", "they say he proved himself
# a fraud".
BEFORE_VERB: Final[frozenset[str]] = o26.BEFORE_SUBJECT | frozenset({
    "hasnt", "havent", "wasnt", "isnt", "claim", "think", "thinks", "believe", "if",
})
VERB_REACH: Final[int] = 8
# fmt: on
