"""Words of the olid42 round (issue 8, targeting_olid42.py): "lying" said before the
person or group it calls a liar, an adjective, not a verb ("the lying media", "a failed
lying politician", "your lying bitter cronies", "lying democrats at it again", "shut
your lying mouth")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The lexicon's line this round reads: the verb's form that is also an adjective.
LYING: Final[frozenset[str]] = frozenset({"lying"})
# Before it, the words that point at whom it is said of ("[the] lying media", "[your]
# lying friends", "[another] lying democrat"); never a copula or a subject ("he is
# lying", "i was lying in bed") nor the writer's own ("my lying eyes").
POINTERS: Final[frozenset[str]] = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "another", "such", "their",
    "his", "her", "your", "ur", "yo", "all", "what",
})
# Pointers at the reader: "your lying mouth", "you and your lying friends".
READER_POINTERS: Final[frozenset[str]] = frozenset({"your", "ur", "yo"})
# Judging words before or after it ("a [failed] lying politician", "the lying [corrupt]
# agents", "your lying [bitter] cronies") and the words that name a camp or an office
# before the noun ("the lying [fake news] media", "the lying [fbi] agents").
JUDGING: Final[frozenset[str]] = frozenset({
    "failed", "big", "old", "little", "dirty", "corrupt", "crooked", "sleazy", "shady",
    "sneaky", "greedy", "jealous", "bitter", "fake", "two", "faced", "dumb", "stupid", "evil",
    "vile", "filthy", "pathetic", "smug", "cheating", "thieving", "lousy", "disgusting",
    "worthless", "useless", "scumbag", "fucking", "damn", "news", "mainstream",
    "establishment", "democratic", "gop", "left", "wing", "fbi", "cia", "doj", "corporate",
})
JUDGING_REACH: Final[int] = 3
# The people it is said of: an office, a trade that speaks in public, a camp, a crowd
# ("the lying senator", "the lying press", "lying liberals", "your lying cronies"); no
# one at large ("a lying man tells no tales" is a saying).
PEOPLE: Final[frozenset[str]] = frozenset({
    "politician", "politicians", "senator", "senators", "congressman", "congressmen",
    "congresswoman", "congresswomen", "rep", "reps", "representative", "president",
    "governor", "governors", "mayor", "sheriff", "judge", "judges", "lawyer", "lawyers",
    "attorney", "attorneys", "witness", "witnesses", "accuser", "accusers", "reporter",
    "reporters", "journalist", "journalists", "agent", "agents", "official", "officials",
    "leader", "leaders", "bastard", "hypocrite", "hypocrites",
    "friend", "friends", "cronies", "buddies", "colleagues", "chicks", "liberal",
    "leftist", "democrat", "republican",
})
# The camps and crowds among them: a group's reading, not one person's.
GROUPS: Final[frozenset[str]] = frozenset({
    "media", "press", "msm", "liberals", "libs", "democrats", "dems", "leftists",
    "lefties", "republicans", "conservatives", "rinos", "politicians", "senators",
    "reporters", "journalists", "agents", "officials", "leaders", "judges", "lawyers",
    "attorneys", "witnesses", "accusers", "governors", "congressmen", "congresswomen",
    "reps", "friends", "cronies", "buddies", "colleagues", "chicks", "hypocrites",
})
# A body part called lying, the person's own after a possessive ("his lying ass", "shut
# your lying mouth"); never "the lying face down position".
BODY: Final[frozenset[str]] = frozenset({"ass", "mouth", "face", "tongue"})
POSSESSIVES: Final[frozenset[str]] = frozenset({"his", "her", "your", "ur", "yo", "their"})
# A heap called lying, with what it is a heap of after it ("a lying heap of crap", "a
# lying sack of garbage"); never "the bag is a lying heap on the floor".
HEAPS: Final[frozenset[str]] = frozenset({"stack", "sack", "pile", "bag", "heap", "piece"})
HEAP_OF: Final[str] = "of"
# The writer as the subject, a few tokens before the pointer: "i'm a lying piece of shit",
# "we are the lying ones" (the writer's own, self-directed).
WRITER: Final[frozenset[str]] = frozenset({"i", "we"})
WRITER_IS: Final[frozenset[str]] = frozenset({"im", "ima"})
COPULAS: Final[frozenset[str]] = frozenset({"m", "am", "was", "are", "re", "were"})
WRITER_REACH: Final[int] = 4
# A naming reported before it: "he called her a lying politician", "stop calling the press
# lying media".
CALLINGS: Final[frozenset[str]] = frozenset({
    "call", "calls", "called", "calling", "named", "labelled", "labeled", "dubbed",
})
CALLING_REACH: Final[int] = 8
# fmt: on
