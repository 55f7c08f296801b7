"""Words of the olid44 round (issue 8, targeting_olid44.py): a person or group named
together with a vice of their own, joined by "and" ("liberals and their hypocrisy", "he
and his arrogance", "the left and their insanity", "you and your delusions")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid43_words as o43

# fmt: off
# The vices (en/insult.txt, "olid44"): each line is "and <possessive> <vice>".
VICES: Final[tuple[str, ...]] = (
    "hypocrisy", "arrogance", "insanity", "bigotry", "hatred", "delusions", "corruption",
    "cowardice", "racism", "idiocy", "dishonesty", "lunacy", "incompetence",
)
# The vices an older "your <vice>" line reads already (en/insult.txt): no reader's line.
OLDER_YOURS: Final[frozenset[str]] = frozenset({
    "hypocrisy", "idiocy", "lunacy", "incompetence",
})
# The reader's possessive; the others name a third person or a group.
YOUR: Final[str] = "your"
THIRDS: Final[tuple[str, ...]] = ("their", "his", "her")
READER_TERMS: Final[frozenset[str]] = frozenset(
    f"and {YOUR} {vice}" for vice in VICES if vice not in OLDER_YOURS
)
OWN_TERMS: Final[frozenset[str]] = READER_TERMS | frozenset(
    f"and {whose} {vice}" for whose in THIRDS for vice in VICES
)
# Owners olid43's lists lack, read as a group ("snowflakes and their insanity", "the gop
# and their cowardice").
GROUPS: Final[frozenset[str]] = frozenset({
    "gop", "trumpers", "snowflakes", "feminists", "socialists", "progressives",
    "communists", "globalists", "clowns", "idiots", "morons", "fools", "sjws",
})
# Collective nouns olid43 reads as one person: here a group ("those people and their
# idiocy", "the media and their dishonesty").
COLLECTIVES: Final[frozenset[str]] = frozenset({
    "people", "folks", "men", "women", "media", "press", "msm",
})
# A wing named after "the" ("the left and their insanity"), never "left" alone.
WINGS: Final[frozenset[str]] = frozenset({"left", "right"})
THE: Final[str] = "the"
# An owner after these is anyone's, a saying or a story ("a man and his delusions").
GENERIC: Final[frozenset[str]] = frozenset({"a", "an", "any", "every", "each"})
# Counter-speech before the owner: "stop blaming liberals and their hypocrisy".
BLAMES: Final[frozenset[str]] = frozenset({"blaming", "blame"})
STOPS: Final[frozenset[str]] = frozenset({"stop", "quit", "dont", "t", "never"})
# The reader as the owner, for the reader's lines only ("you and your arrogance").
READER: Final[frozenset[str]] = o43.READER
# fmt: on
