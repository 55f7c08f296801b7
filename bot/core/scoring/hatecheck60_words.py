"""Words of the hatecheck60 round (issue 8, targeting_hatecheck60.py): veiled threats and
the claim that no one would miss a named identity group ("it's open season on
immigrants", "someone should do something about the gays", "we'll deal with the muslims
soon enough", "would anyone even miss the refugees if they vanished?")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The veiled threats with the group as their object (this round's own lines,
# en/threat.txt). "open season on" needs no call before it; the others need one ("we'll
# deal with", "someone should do something about"): "i dealt with the refugees' forms"
# is an errand.
OPEN_SEASON: Final[str] = "open season on"
CALLED: Final[frozenset[str]] = frozenset({"do something about", "deal with"})
# The calls and their doers read back over from the called threat: "someone should",
# "we'll", "we're gonna", "time to", "somebody oughta", "we have to".
CALL_RUN: Final[frozenset[str]] = frozenset({
    "should", "must", "need", "needs", "to", "have", "has", "gotta", "will", "ll",
    "gonna", "going", "oughta", "ought", "time", "really", "just", "finally", "seriously",
    "re", "we", "someone", "somebody", "soon", "is", "s", "it", "all",
})
CALLS: Final[frozenset[str]] = frozenset({
    "should", "must", "need", "needs", "have", "has", "gotta", "will", "ll", "gonna",
    "going", "oughta", "ought", "time",
})
# "deal with" the group closing its clause is a threat only with a future or someone as
# the doer: "we'll deal with the jews", "someone needs to deal with the gays"; never "we
# must deal with refugees" (policy) without a time after it ("... once and for all").
DEAL_WITH: Final[str] = "deal with"
THREAT_CALLS: Final[frozenset[str]] = frozenset({
    "will", "ll", "gonna", "going", "someone", "somebody", "time",
})
CALL_REACH: Final[int] = 5  # "someone really needs to", "we are going to"
# The claim that no one would miss the group: "would anyone miss", "who'd even miss",
# "nobody would miss", "the world wouldn't miss".
MISSES: Final[frozenset[str]] = frozenset({
    "would miss", "d miss", "would even miss", "would really miss", "would ever miss",
    "d even miss", "d really miss", "d ever miss", "anyone miss", "anybody miss",
    "anyone even miss", "anybody even miss", "anyone really miss", "anybody really miss",
    "world miss", "world even miss", "wouldn t miss", "wouldnt miss", "would not miss",
})
# A positive "would miss" is the claim only after no one or a question's doer ("would
# anyone miss", "who would miss", "nobody would miss"); a negative one after the world,
# the writer or anyone ("the world wouldn't miss", "i wouldn't miss").
NO_ONE_MISSERS: Final[frozenset[str]] = frozenset({
    "who", "nobody", "noone", "anyone", "anybody",
})
NOT_MISSING: Final[frozenset[str]] = frozenset({"wouldn t miss", "wouldnt miss", "would not miss"})
ASKING_WOULD: Final[frozenset[str]] = frozenset({"would", "d", "will"})
THE: Final[frozenset[str]] = frozenset({"the"})
WORLD_MISSERS: Final[frozenset[str]] = frozenset({
    "world", "i", "we", "society", "anyone", "anybody", "country", "earth",
})
# Between the threat and the group: "open season on all the muslims", "deal with you women".
GROUP_GAP: Final[frozenset[str]] = frozenset({
    "the", "those", "these", "all", "every", "you", "them", "any", "some", "of",
})
GROUP_REACH: Final[int] = 4
# After the group only when, how far, a vanishing or chat's tails: "... soon enough",
# "... once and for all", "... if they vanished", "... starts tonight".
TAILS: Final[frozenset[str]] = frozenset({
    "soon", "enough", "one", "day", "once", "and", "for", "all", "good", "later",
    "eventually", "permanently", "now", "finally", "tonight", "today", "lol", "lmao", "too",
    "already", "starts", "begins", "has", "begun", "is", "here", "boys", "lads", "again",
    "anyway", "anyways", "really", "seriously", "honestly", "even", "if", "they",
    "vanished", "disappeared", "left", "died", "were", "was", "gone", "just",
    "tomorrow", "forever",
})
TAIL_REACH: Final[int] = 4  # "if they were gone", "once and for all"
OWN_TERMS: Final[frozenset[str]] = frozenset({OPEN_SEASON}) | CALLED | MISSES
# fmt: on
