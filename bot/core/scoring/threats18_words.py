"""Words of the threats18 round (issue 8, targeting_threats18.py): the writer's blow at
the reader held back only by the screen or by a meeting that has not happened, said as
relief or regret ("good thing i cant kill you in real life", "too bad i cant slap you
from here") or promised once the two meet ("if we met irl id kill you", "if this wasnt
the internet i'd kill you")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import threats9_words as w9
from bot.core.scoring import threats12_words as w12
from bot.core.scoring import threats16_words as w16

# fmt: off
# --- The round's own lines (en/threat.txt): "kill", "murder" and "choke" at the reader after the
# writer's held-back or promised auxiliary ("cant kill you", "could kill u", "d kill you",
# "id murder you", "would kill you"), so the bare word the older rules read as swearing
# becomes the blow; counted only in the shapes, cancelled out of them.
OWN_VERBS: Final[tuple[str, ...]] = ("kill", "murder", "choke")
OWN_AUXILIARIES: Final[tuple[str, ...]] = (
    "cant", "can t", "cannot", "couldnt", "couldn t", "could", "d", "id", "would",
)
OWN_TERMS: Final[frozenset[str]] = frozenset(
    f"{aux} {verb} {reader}"
    for aux in OWN_AUXILIARIES for verb in OWN_VERBS for reader in ("you", "u")
)
# An own line opening its sentence with the writer in it and a verb of BARE_VERBS ("id
# kill you") keeps the older reading when its clause closes or goes on with
# targeting_reader.py's THREAT_TAIL ("id kill you all"): the reader shapes read the bare
# verb so before the round. BARE_VERBS are the round's verbs among the reader shapes'
# harm verbs (lexicons/en/cues.txt [harm_verb]): "choke" is not one, so "id choke you"
# out of the shapes stays clean, as it was before the round.
BARE_WRITERS: Final[frozenset[str]] = frozenset({"id"})
BARE_VERBS: Final[frozenset[str]] = frozenset({"kill", "murder"})
# The older relief lines the round re-reads when their rounds cancel them: threats16's
# ("good thing i", "thank god i") and threats9's ("lucky i cant", "glad i cant").
RELIEF_TERMS: Final[frozenset[str]] = w16.OWN_TERMS | w9.EN_TERMS

# --- The blow: threats9's harm verbs, the reader after them over its gap ("kill [you]",
# "beat [the shit out of] you"), at most BLOW_REACH tokens after a relief line's end.
# Finding or reaching the reader is a blow only after relief ("your lucky i cant find
# you"): regret at it is missing someone ("too bad i cant reach you rn").
BLOW_REACH: Final = 4
REACHES: Final[frozenset[str]] = frozenset({"find", "reach", "catch"})
BLOW_VERBS: Final[frozenset[str]] = w9.HARMS - REACHES - frozenset({"hands"})

# --- Held back: the writer ("i") and an unable word right before the blow, over ADVERBS
# ("i cant [even] kill you"); or "could" after a wish ("wish i could kill you").
WRITER: Final[str] = "i"
UNABLE: Final[frozenset[str]] = frozenset({"cant", "cannot", "couldnt", "t"})
COULD: Final[frozenset[str]] = frozenset({"could", "cud"})
WISHES: Final[frozenset[str]] = frozenset({"wish"})
ADVERBS: Final[frozenset[str]] = frozenset({"even", "just", "actually", "literally", "ever"})
ADVERB_REACH: Final = 2
# --- The relief or the regret right before the writer, over "that" ("good thing [that]
# i", "too bad i", "its a shame i", "sucks that i", "ur lucky i"), the words before it
# only openers and the reader held lucky ("your lucky", "bro its a"). Each is a run of
# tokens read back from the writer.
RELIEFS: Final[tuple[tuple[str, ...], ...]] = (
    ("good", "thing"), ("thank", "god"), ("thank", "goodness"), ("lucky",), ("luckily",),
    ("thankfully",), ("fortunately",), ("glad",),
)
HEADS: Final[tuple[tuple[str, ...], ...]] = (
    *RELIEFS, ("too", "bad"), ("shame",), ("sucks",), ("pity",), ("sad",), ("unfortunately",),
    ("wish",),
)
HEAD_GAP: Final[frozenset[str]] = frozenset({"that"})
HEAD_OPENERS: Final[frozenset[str]] = w16.OPENERS | frozenset({
    "you", "u", "ur", "your", "youre", "yo", "re", "r", "are", "what", "a", "such", "i",
    "god", "lol", "damn", "really", "kinda", "sorta",
})
HEAD_REACH: Final = 5

# --- Promised: the writer's "would" right before the blow ("i'd", "id", "i would", "i'll"
# is a plain threat the older lines read).
PROMISED: Final[frozenset[str]] = frozenset({"d", "id", "would", "wud", "woulda"})
# --- The meeting that has not happened: "if", the writer or "we", maybe "ever", a verb
# of meeting ("met", "saw", "lived"), and what it is said with, MEETING_REACH tokens at
# most ("if we met [irl]", "if i ever saw [you in person]", "if we lived [closer]").
CONDITION: Final[str] = "if"
MEETERS: Final[frozenset[str]] = frozenset({"we", "i"})
EVER: Final[frozenset[str]] = frozenset({"ever", "actually", "only", "just"})
MEETS: Final[frozenset[str]] = frozenset({
    "met", "meet", "saw", "see", "seen", "lived", "live", "were", "was", "ran",
})
MEETING: Final[frozenset[str]] = frozenset({
    "you", "u", "ya", "irl", "in", "real", "life", "person", "face", "to", "up", "closer",
    "nearby", "near", "the", "same", "room", "town", "city", "place", "house", "street",
    "into", "each", "other", "offline", "outside", "one", "day", "someday", "ever",
})
# Words of presence: the meeting said as real, one of them needed ("if we met [irl]",
# "if we were [face] to face"), unless the verb says it alone (MET_ALONE, SEES); "up"
# says it with "met" ("if we met up").
PRESENT: Final[frozenset[str]] = frozenset({
    "irl", "real", "person", "face", "up", "closer", "nearby", "near", "room", "town",
    "city", "place", "house", "street", "offline", "outside",
})
MET_ALONE: Final[frozenset[str]] = frozenset({"met", "meet"})  # "if we ever met"
# Seeing the reader is a meeting of its own: "if i ever see [you]", "if i saw [u] irl".
SEES: Final[frozenset[str]] = frozenset({"see", "saw", "seen"})
MEETING_REACH: Final = 7
# --- Between the lifted screen or the meeting and the writer: only BRIDGE words, at most
# BRIDGE_REACH ("if we met irl [then] id kill you", "... [i swear] id kill you").
BRIDGE: Final[frozenset[str]] = w12.WRITERS | frozenset({"then", "so", "swear", "bro", "i"})
BRIDGE_REACH: Final = 3
CONDITION_REACH: Final = 14

# --- The blow closes the message over TAILS: the distance ("from here", "irl", "in real
# life", "through the screen", "over the internet"), chat's tails ("rn", "so fast"), or the
# condition after it. "kill you in this game", "with this build" go on.
TAILS: Final[frozenset[str]] = frozenset({
    "from", "here", "there", "irl", "in", "real", "life", "person", "through", "thru",
    "over", "across", "the", "my", "this", "your", "ur", "screen", "internet", "phone",
    "monitor", "computer", "online", "web", "net", "chat", "rn", "right", "now", "so",
    "fast", "bro", "man", "dude", "honestly", "tbh", "already", "up", "too", "dead",
    "with", "bare", "hands", "face", "to", "death", "a", "pulp",
})
TAIL_REACH: Final = 6
# fmt: on
