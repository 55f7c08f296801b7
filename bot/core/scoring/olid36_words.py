"""Words of the olid36 round (issue 8, targeting_olid36.py): a third person or "they" put
down inside an opinion ("i think they suck", "honestly i think they are trash", "i feel
like they're all hypocrites") or in a compound predicate whose name-call follows "and"
("he is pure evil and a liar")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat40_words as g40
from bot.core.scoring import olid32_words as w32

# fmt: off
# The opinion frame before the subject: "i think", "i really think", "i feel like",
# "i believe that", "honestly i think". Only the writer holds it: "he said they suck",
# "nobody thinks they are trash" and "i don't think they suck" are no frame.
FRAME_VERBS: Final[frozenset[str]] = frozenset({
    "think", "feel", "believe", "swear", "reckon", "bet", "guess",
})
FRAME_ADVERBS: Final[frozenset[str]] = frozenset({
    "really", "honestly", "kinda", "kind", "of", "just", "personally", "genuinely",
    "truly", "still", "seriously", "literally", "also",
})
FRAME_ADVERB_REACH: Final[int] = 2
FRAME_LINKS: Final[frozenset[str]] = frozenset({"like", "that"})  # "i feel like they ..."
WRITER: Final[str] = "i"
# Before the frame (or before the subject with no frame): chat's and tweets' openers,
# "imo", "tbh", "personally", "honestly".
OPENERS: Final[frozenset[str]] = w32.OPENERS | g40.OPENERS | frozenset({
    "personally", "ngl", "imho", "fr", "lowkey", "truthfully",
})
OPENER_REACH: Final[int] = 3

# "i think they are all liars": the copula and fillers between "they" and a plural
# name-call, olid32's; "they suck", "they are trash": gamechat41's subjects and verbs.
THEY: Final[frozenset[str]] = frozenset({"they", "theyre"})

# "he is pure evil and a liar", "she's corrupt and a fraud": a person, a copula, the
# first part of the predicate (a few words), "and", an article and the name-call.
PERSONS: Final[frozenset[str]] = frozenset({"he", "she", "they", "hes", "shes", "theyre"})
COPULAS: Final[frozenset[str]] = frozenset({"is", "was", "s", "are", "were", "re"})
AND: Final[str] = "and"
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})
PREDICATE_REACH: Final[int] = 4  # words between the copula and "and"
# In the first part, a word that turns the predicate: "he is not evil and a liar",
# "she was never corrupt and a fraud", "he is like a clown and a liar".
NOT_PREDICATE: Final[frozenset[str]] = frozenset({
    "not", "never", "no", "nt", "neither", "like", "called", "accused", "labeled",
    "labelled", "branded", "considered", "seen", "treated", "portrayed", "painted",
    "going", "gonna", "being", "playing", "dressed",
})
# fmt: on
