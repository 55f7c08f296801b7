"""Words of the olid37 round (issue 8, targeting_olid37.py)."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid26_words as o26

# fmt: off
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
OF: Final[str] = "of"
MAKING_REACH: Final[int] = 3
# A condition, a denial or a report before the verb in its sentence: "if he exposed
# himself as a liar", "he hasn't shown himself to be a liar", "they say he proved himself
# a fraud".
BEFORE_VERB: Final[frozenset[str]] = o26.BEFORE_SUBJECT | frozenset({
    "hasnt", "havent", "wasnt", "isnt", "claim", "think", "thinks", "believe", "if",
})
VERB_REACH: Final[int] = 8
# fmt: on
