"""Words of the forum29 round (issue 8, targeting_forum29.py)."""

from __future__ import annotations

from typing import Final

# fmt: off
# Name-calls too light to clear the bar said of a group (0.45 "trolls"), or new to the
# lexicon ("tools"), lifted to the outright floor when said of the people of a thread
# in forum28's shapes: "the mods are trolls", "the mods here are tools".
LIFTED: Final[frozenset[str]] = frozenset({"trolls", "tools"})
# The round's own lexicon lines (en/insult.txt): read only in those shapes, cancelled
# elsewhere ("these tools are great", "the admins are tools of the company").
OWN_TERMS: Final[frozenset[str]] = frozenset({"tools"})
# A slur said as a verdict of the people of a thread after "must be"/"has to be", which
# forum28 reads for name-calls only: "op must be retarded".
SLUR_VERDICTS: Final[frozenset[str]] = frozenset({"retarded", "tarded"})
# Two intensifiers joined by "and" before the verdict ("a complete and utter moron"):
# one filler, not two clauses.
DOUBLED: Final[frozenset[str]] = frozenset({
    "complete", "utter", "total", "absolute", "absolutely", "totally", "completely",
    "utterly",
})
AND: Final[str] = "and"
# After a verdict and its "and", a word that goes on to a new predicate, not a second
# verdict: "anyone who voted for him is evil and should ..." is not "evil and immoral".
GOES_ON: Final[frozenset[str]] = frozenset({
    "should", "must", "will", "would", "can", "could", "needs", "need", "deserves",
    "deserve", "has", "have", "is", "are", "was", "were", "the", "a", "an", "that",
    "this", "i", "you", "he", "she", "they", "we", "it", "not", "no", "never",
})
# Chat's tails after the verdict: "those who reported my post are losers lol".
TAILS: Final[frozenset[str]] = frozenset({"lol", "lmao", "tbh", "honestly", "imo", "smh", "period"})
TAILS_REACH: Final[int] = 2
# Verbs of hatred whose object, the writer, makes "anyone who hates me is a loser" a
# verdict on the writer's haters, not counter-speech against hate of a group.
HATING: Final[frozenset[str]] = frozenset({
    "hate", "hates", "hated", "hating", "despise", "despises", "loathe", "loathes",
    "dislike", "dislikes",
})
# The writer as their object.
ME: Final[frozenset[str]] = frozenset({"me", "us"})
# fmt: on
