"""Words of the hatecheck33 round (targeting_hatecheck33.py): a named group called a
burden with a quantifier or an adverb between ("immigrants are all a burden", "I have a
disabled cousin, they are all a burden"). The round's other shape, rarer judging words
said of a group ("immigrants are feckless"), is cue lines only (cues.txt)."""

from __future__ import annotations

from typing import Final

# fmt: off
# The terms (identity_attack.txt, hatecheck33), registered in group_only.FIRST_NAMED_TERMS:
# the older "are a burden" stops at a word between ("are all a burden").
BURDENS: Final[frozenset[str]] = frozenset({
    "all a burden", "just a burden", "nothing but a burden", "simply a burden",
    "all just a burden", "really just a burden", "all such a burden", "only a burden",
})
OWN_TERMS: Final[frozenset[str]] = BURDENS
# The copula right before the term: "are", "they're" ("re"), "were".
COPULAS: Final[frozenset[str]] = frozenset({"are", "re", "r", "were"})
# The group carried over from an earlier sentence or clause: "... they are all a burden".
THEY: Final[frozenset[str]] = frozenset({"they", "theyre"})
# After the term: the clause closes or goes on with one of these ("a burden here").
TAILS: Final[frozenset[str]] = frozenset({
    "here", "on", "to", "for", "and", "tbh", "honestly", "period", "lol", "now",
    "anyway", "really",
})
# fmt: on
