"""Words of the threats14 round (issue 8, targeting_threats14.py): the writer's blow at
the reader after relief that the two are apart, a counterfactual without "if" ("good
thing ur not here or id punch u", "thank god we're not in the same room id knock u out",
"lucky you aint here or id smack u", "per fortuna che non sei qui ti spaccherei la
faccia")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import threats12_words as w12

# fmt: off
# --- Being apart, said at most APART_REACH tokens before the blow in its sentence: a
# negation in NOTS, then a place of presence (threats12's PLACES, and "face" for "face to
# face") within PLACE_REACH tokens before the blow ("ur not here", "we're not in the same
# room", "u aint here", "im not there rn", "non sei qui", "non siamo nella stessa
# stanza"). NOTS is also the rule's trigger: a blow with none of them in its sentence
# before it costs one set test.
APART_REACH: Final = 14
NOTS: Final[frozenset[str]] = frozenset({
    "not", "aint", "arent", "isnt", "wasnt", "werent", "t", "non",
})
PLACES: Final[frozenset[str]] = w12.PLACES | frozenset({"face"})
PLACE_REACH: Final = 5

# --- The relief, at most RELIEF_REACH tokens before the negation: a word of its own
# ("lucky", "luckily", "glad", "thankfully", "thank god", "per fortuna") or a pair ("good
# thing", "gud thing", "meno male").
RELIEF_REACH: Final = 6
RELIEF_WORDS: Final[frozenset[str]] = frozenset({
    "lucky", "luckily", "glad", "thankfully", "fortunately", "thank", "thanks",
    "fortuna", "fortunatamente",
})
RELIEF_HEADS: Final[frozenset[str]] = frozenset({"thing", "ting", "male"})
RELIEF_FIRSTS: Final[frozenset[str]] = frozenset({"good", "gud", "gd", "meno"})

# --- The relief sworn: "thank fuck", the vulgar "thank god", right before an older line
# opening with FUCKS ("fuck you", "fuck ur") reads no insult at the reader ("thank fuck
# ur not here, its freezing", "thank fuck you came"); never after a pause ("thanks,
# fuck you", "thank, fuck u").
THANKS: Final[frozenset[str]] = frozenset({"thank"})
FUCKS: Final[frozenset[str]] = frozenset({"fuck", "fuk", "fck", "fk", "fucking"})
# fmt: on
