"""Words of the hatecheck48 round (issue 8, targeting_hatecheck48.py): a named group told
to go back to its homeland ("muslims should go back to their own country", "refugees need
to go back to their shithole countries"), and a group reduced to objects or property
("women are nothing more than objects") against one said to be more than that ("women
are more than objects")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck47_words as h47

# fmt: off
# The older exclusion term read again with a named group as its subject.
GO_BACK_TO: Final[str] = "go back to"
# Before "go back to": a modal over a few words ("should all", "need to", "must just").
SEND_GAP: Final[frozenset[str]] = h47.STICK_GAP | frozenset({"every", "simply", "can"})
SEND_MODALS: Final[frozenset[str]] = h47.STICK_MODALS
SEND_REACH: Final[int] = 4
# After "go back to": a homeland within HOME_REACH ("their own country", "their shithole
# countries", "the desert", "africa"), only over HOME_GAP words.
HOMELANDS: Final[frozenset[str]] = frozenset({
    "country", "countries", "homeland", "homelands", "land", "lands", "shithole",
    "shitholes", "desert", "deserts", "jungle", "jungles", "caves", "cave", "huts", "hut",
    "africa", "asia", "arabia", "continent", "nation", "nations", "motherland",
    "origins", "villages", "village", "tribe", "tribes", "mud",
})
HOME_GAP: Final[frozenset[str]] = frozenset({
    "their", "your", "ur", "own", "the", "native", "shithole", "shitty", "filthy", "dirty",
    "third", "world", "stinking", "backwards", "backward", "original", "home", "fucking",
    "damn", "sandy", "poor",
})
HOME_REACH: Final[int] = 4

# The objectifying words (the [said_of_group] cues "objects", "property") after "than".
OBJECT_WORDS: Final[frozenset[str]] = frozenset({"objects", "property"})
# Between "than" and the word: "more than sex objects", "more than mere property".
OBJECT_GAP: Final[frozenset[str]] = frozenset({
    "mere", "just", "sex", "sexual", "pretty", "simple", "mindless", "disposable",
    "household", "personal", "someone", "s", "men", "mens", "male", "a", "an", "the",
})
OBJECT_GAP_REACH: Final[int] = 3
THAN: Final[str] = "than"
MORE: Final[frozenset[str]] = frozenset({"more", "better"})
# Before "more than": the reduction ("nothing more than", "no more than", "nothin").
REDUCERS: Final[frozenset[str]] = frozenset({"nothing", "no", "nothin", "nuthin"})
