"""Words of the hatecheck19 round (issue 8, targeting_hatecheck19.py)."""

from __future__ import annotations

from typing import Final

# This round's `group_ruin` cues (cues.txt): a group said to smell ("indians smell").
SMELLS: Final[frozenset[str]] = frozenset({"smell", "smells", "reek", "reeks"})
# Between the smell word and what it says: "muslims smell so bad".
SMELL_SKIP: Final[frozenset[str]] = frozenset({
    "so", "really", "very", "fucking", "fuckin", "always", "all", "just", "too", "kinda",
})  # fmt: skip
# What makes it a bad smell rather than sensing something ("refugees smell the sea") or
# praise ("women smell nice"); the clause's end counts too ("indians smell").
SMELL_BAD: Final[frozenset[str]] = frozenset({
    "like", "of", "bad", "awful", "terrible", "disgusting", "horrible", "gross", "funny",
    "weird", "rank", "foul", "nasty", "worse", "worst", "strange", "off", "sour", "rotten",
})  # fmt: skip
SMELL_REACH: Final = 3  # tokens after the word: "so", "fucking", "bad"
