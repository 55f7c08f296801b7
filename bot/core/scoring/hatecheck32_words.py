"""Words of the hatecheck32 round (issue 8, targeting_hatecheck32.py): belonging denied
to a named group ("immigrants will never belong here", "jews are not one of us")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The terms (identity_attack.txt, hatecheck32), registered in group_only.FIRST_NAMED_TERMS.
BELONG: Final = "never belong"
ONE_OF_US: Final = "one of us"
OWN_TERMS: Final[frozenset[str]] = frozenset({BELONG, ONE_OF_US})
# Between the subject and "never belong": "immigrants will never belong".
BELONG_LEAD: Final[frozenset[str]] = frozenset({
    "will", "ll", "can", "could", "shall", "would", "d", "really", "truly", "just",
    "simply", "do", "does",
})
# Between the subject and "one of us", a denial among them: "are not", "will never be".
ONE_LEAD: Final[frozenset[str]] = frozenset({
    "are", "re", "r", "is", "s", "aren", "isn", "t", "not", "never", "be", "will", "ll",
    "can", "could", "ever", "truly", "really", "just", "simply", "and", "nt", "arent",
    "isnt", "wont", "cant",
})
DENIALS: Final[frozenset[str]] = frozenset({
    "not", "never", "t", "aren", "isn", "nt", "arent", "isnt", "wont", "cant",
})
LEAD_REACH: Final = 4
# Before one member named as any of the group: "a muslim is not one of us".
ANY_ONE: Final[frozenset[str]] = frozenset({"a", "an", "any", "every"})
# The group carried over from an earlier sentence: "Immigrants again. They will never belong."
THEY: Final[frozenset[str]] = frozenset({"they", "theyll", "theyre"})
# After the term: the clause closes or goes on with one of these ("belong here").
BELONG_TAILS: Final[frozenset[str]] = frozenset({
    "here", "in", "to", "among", "with", "anywhere", "and", "ever", "period", "tbh",
    "lol", "on", "at",
})
ONE_TAILS: Final[frozenset[str]] = frozenset({
    "and", "ever", "period", "tbh", "lol", "here", "no", "never", "so", "they",
})
# fmt: on
