"""Words of the olid40 round (issue 8, targeting_olid40.py): a name-call said of a person
that ends where the writer goes straight on with a clause of their own ("she is such a
troll im so glad she got banned", "he is a disgrace i cant believe people vote for him")
or stamps it with an emphatic tail ("trump is a disgrace period", "he is a clown through
and through")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The subject that opens the writer's next clause right after the call: "... a troll [im]
# so glad", "... a hypocrite [we] all know it", "... a clown [nobody] takes him
# seriously". "i'm" is split ("i", "m"); "im" is its unmarked spelling.
CLAUSE_SUBJECTS: Final[frozenset[str]] = frozenset({
    "i", "im", "ive", "id", "ill", "we", "you", "u", "ya", "yall", "he", "hes", "she",
    "shes", "they", "theyre", "everyone", "everybody", "nobody", "noone",
})
# The word after that subject must make it a clause of its own: an auxiliary, a modal, a
# negation or a verb of knowing, wishing or swearing ("i [cant] believe", "we [all] know
# it", "i [hope] he loses", "i [swear]"). A bare verb of another kind reads as a clause
# that only describes the noun ("the clown [we hired]", "a liar [you meet] in chapter
# two") and leaves the older reading.
CLAUSE_VERBS: Final[frozenset[str]] = frozenset({
    "m", "am", "s", "is", "re", "are", "was", "were", "ve", "have", "has", "had", "d", "ll",
    "will", "would", "can", "cant", "cannot", "could", "couldnt", "should", "shouldnt",
    "must", "do", "dont", "does", "doesnt", "did", "didnt", "wont", "never", "always",
    "all", "just", "really", "literally", "honestly", "still", "so", "already",
    "know", "knows", "knew", "see", "sees", "saw", "wish", "hope", "swear", "bet",
    "think", "guess", "mean", "feel", "believe", "need", "deserve", "hate", "cringe",
    # "im glad", "im done": the copula inside the subject's unmarked spelling
    "glad", "sure", "done", "tired", "sick", "sorry", "shocked", "convinced", "ashamed",
})
# Two-word openers of the writer's comment: "she is such a joke [no wonder] she lost".
OPENERS: Final[frozenset[tuple[str, str]]] = frozenset({
    ("no", "wonder"), ("thank", "god"), ("thank", "goodness"),
})
# A copula closing the clause after the subject makes it an exclamation the older rounds
# keep clean on purpose ("how whiny [he is]", "what a loser [she is]").
COPULAS: Final[frozenset[str]] = frozenset({"is", "s", "was", "are", "re", "were", "am", "m"})
# Emphatic tails that stamp the call and close it, read as phrases.
TAILS: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("period",), ("periodt",), ("full", "stop"), ("end", "of", "story"),
    ("plain", "and", "simple"), ("through", "and", "through"), ("to", "the", "core"),
    ("tbh",), ("tbf",), ("imo",), ("imho",), ("ngl",), ("honestly",), ("for", "real"),
    ("for", "sure"), ("no", "doubt"), ("no", "question"), ("no", "question", "about", "it"),
    ("if", "you", "ask", "me"), ("to", "be", "honest"), ("no", "doubt", "about", "it"),
})
TAIL_REACH: Final[int] = 4  # the longest tail
# Fondness in the writer's clause takes the call back ("he is such a clown i love him",
# "she is a troll we adore her"); targeting_olid40 adds olid4's praise words.
FOND: Final[frozenset[str]] = frozenset({
    "love", "loves", "loved", "adore", "adores", "miss", "proud", "luv", "ily",
})
