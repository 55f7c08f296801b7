"""Words of the olid35 round (issue 8, targeting_olid35.py): derogatory opinions of a
third person or a group in tweet style ("they are bigots", "honestly they are
hypocrites"), and the clean readings in the same words ("is she a
hypocrite for saying that?", "people like you are the reason i believe in kindness")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum20_words

# fmt: off
# "they are bigots", "honestly they are hypocrites": "they" as the subject of olid32's
# group put-down, a plural name-call only (a mass noun, "they are trash", may be said of
# things).
THEY: Final[frozenset[str]] = frozenset({"they"})

# "is she a hypocrite for saying that?": a yes/no question of a person, the copula
# opening the sentence, the subject, at most a word or two before the name-call.
ASKING_COPULAS: Final[frozenset[str]] = frozenset({"is", "was", "are", "were"})
ASKED_SUBJECTS: Final[frozenset[str]] = frozenset({"he", "she", "they"})
ASKED_POINTERS: Final[frozenset[str]] = frozenset({"this", "that", "the"})
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})  # one stands before the name-call
ASKED_BETWEEN: Final[frozenset[str]] = frozenset({
    "a", "an", "really", "actually", "truly", "just", "being",
})
ASKED_REACH: Final[int] = 3  # words between the subject and the name-call
ASKED_OPENERS: Final[frozenset[str]] = frozenset({"user", "so", "but", "and", "ok", "okay"})
ASKED_OPENER_REACH: Final[int] = 2

# "people like you are the reason i still believe in kindness": kind reasons forum20's
# list lacked, read in the same window after "like you are the reason/why".
KIND_REASONS: Final[frozenset[str]] = forum20_words.KIND_REASONS | frozenset({
    "believe", "better", "kindness", "inspired", "inspire", "hopeful", "faith",
    "optimistic",
})
