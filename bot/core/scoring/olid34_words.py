"""Words of the olid34 round (issue 8, targeting_olid34.py): bigot nouns the lexicon
lacked, said of a person ("he is a homophobe", "she's an antisemite"), and the hashtags
that take a call back."""

from __future__ import annotations

from typing import Final

# fmt: off
# The new bigot nouns (en/insult.txt, cues.txt's [accusation] list), read as olid33 reads
# "racist" when said of a person outright. The plurals stay the group rules'.
BIGOTS: Final[frozenset[str]] = frozenset({
    "homophobe", "xenophobe", "antisemite",
})
# Hashtags that take the call back ("he is a racist #sarcasm", "she is a fascist #not"):
# a tail holding one closes nothing.
UNSAYING_TAGS: Final[frozenset[str]] = frozenset({
    "sarcasm", "sarcastic", "not", "satire", "parody", "irony", "jk", "joke", "joking",
    "kidding", "justkidding",
})
# fmt: on
