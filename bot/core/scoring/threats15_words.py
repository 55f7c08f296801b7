"""Words of the threats15 round (issue 8, targeting_threats15.py): a veiled threat at the
reader said as relief or luck that the two are apart, no blow named ("its a good thing ur
not in front of me", "you're lucky you're not here", "glad ur not near me or else",
"per fortuna che non sei qui"), or the writer's reach held back only by the screen ("ur
lucky i cant reach thru the screen")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import threats9_words as w9

# fmt: off
# --- The round's own lines (en/threat.txt, it/threat.txt): a relief, then the reader's
# negated presence ("lucky ur not", "thing you re not", "glad that u aint", "for you ur
# not", "fortuna che non sei", "male che non sei"); counted only in the shape, cancelled
# out of it.
RELIEF_HEADS: Final[tuple[str, ...]] = (
    "lucky", "glad", "thing", "thankful", "god", "that",
)
READER_NOTS: Final[tuple[str, ...]] = (
    "ur not", "you re not", "youre not", "u r not", "you are not", "u are not",
    "you arent", "you aren t", "u arent", "you aint", "u aint",
)
# "lucky for you", "good thing for u", "luckily for you": the relief names its reader.
FOR_READERS: Final[tuple[str, ...]] = ("for you", "for u")
EN_TERMS: Final[frozenset[str]] = frozenset(
    f"{head} {nots}" for head in RELIEF_HEADS + FOR_READERS for nots in READER_NOTS
)
IT_TERMS: Final[frozenset[str]] = frozenset({
    "fortuna che non sei", "fortuna che non siete", "fortuna non sei", "fortuna non siete",
    "male che non sei", "male che non siete",
})
OWN_TERMS: Final[frozenset[str]] = EN_TERMS | IT_TERMS

# --- The relief said before the reader's negation: "thing" needs "good" ("its a good
# thing"), "god" needs "thank", "that" a relief right before it ("lucky that", "good thing
# that"), "for" a relief right before it ("lucky for you", "luckily for u", "good thing
# for you", "thankfully for you"); "male" needs "meno", "fortuna" stands alone ("per
# fortuna", "fortuna che").
GOODS: Final[frozenset[str]] = frozenset({"good", "gud", "gd"})
THANKS: Final[frozenset[str]] = frozenset({"thank", "thanks"})
THATS: Final[frozenset[str]] = frozenset({"that"})
FORS: Final[frozenset[str]] = frozenset({"for"})
LEANING: Final[frozenset[str]] = THATS | FORS  # heads that lean on a relief before them
RELIEFS: Final[frozenset[str]] = frozenset({
    "lucky", "luckily", "glad", "thankful", "thankfully", "fortunately", "thing",
})
MENO: Final[frozenset[str]] = frozenset({"meno"})

# --- Who holds the relief, read back over HOLDER_GAP (threats9's INTENSIFIER_REACH) from
# it: the writer ("i'm glad", "we're lucky", "i am so glad") needs a menace in the close
# (ELSES: "or else", "altrimenti"); a bare "glad" or "thankful" ("glad ur not near me"),
# not told to the reader ("be glad", "you should be glad"), a place near the writer
# (NEAR_PLACES, not a bare "here"); the reader or a relief at the luck any place.
HOLDER_GAP: Final[frozenset[str]] = w9.INTENSIFIERS | frozenset({"m", "am", "was"})
WRITERS: Final[frozenset[str]] = frozenset({"i", "im", "we"})
GLADS: Final[frozenset[str]] = frozenset({"glad", "thankful"})
ELSES: Final[frozenset[str]] = frozenset({"else", "altrimenti", "sennò", "senno"})

# --- Being apart, the message closing on it: only CLOSING words, at most CLOSE_REACH of
# them, after the reader's negation, one of them a PLACE of the writer's presence ("here",
# "near me", "in front of me", "in the same room", "in person", "irl", "qui", "vicino a
# me", "davanti a me", "nella stessa stanza"), maybe "or else" ("altrimenti"). "ur not
# here, its raining", "ur not in school today", "ur not in my lane" go on: relief as
# relief.
CLOSE_REACH: Final = 9
PLACES: Final[frozenset[str]] = frozenset({
    "here", "near", "nearby", "next", "close", "around", "front", "room", "person", "irl",
    "qui", "qua", "vicino", "davanti", "stanza", "persona",
})
NEAR_PLACES: Final[frozenset[str]] = PLACES - frozenset({"here", "qui", "qua"})
CLOSING: Final[frozenset[str]] = PLACES | ELSES | frozenset({
    "to", "of", "in", "me", "the", "same", "as", "with", "standing", "right", "now", "rn",
    "or", "bro", "man", "dude", "buddy", "pal", "m8", "mate",
    "a", "nella", "stessa", "di", "ora", "adesso",
})

# --- The reach held back by the screen: after threats9's "lucky i cant" lines (last word
# in CANTS), a reach in REACHES within REACH_REACH tokens, then "thru"/"through", maybe a
# determiner, and a SCREEN, the message closing on it ("ur lucky i cant reach thru the
# screen", "lucky for you i cant reach through my phone"); "... reach thru the screen to
# hug you" goes on.
CANTS: Final[frozenset[str]] = frozenset({"cant", "t", "cannot", "couldnt"})
REACHES: Final[frozenset[str]] = frozenset({
    "reach", "punch", "hit", "grab", "get", "come", "slap", "smack", "choke", "strangle",
    "climb", "crawl", "jump",
})
REACH_REACH: Final = 3
THROUGH: Final[frozenset[str]] = frozenset({"thru", "through", "tru", "throught"})
SCREEN_GAP: Final[frozenset[str]] = frozenset({"the", "this", "my", "ur", "your", "a"})
SCREENS: Final[frozenset[str]] = frozenset({
    "screen", "screens", "phone", "monitor", "internet", "wifi", "computer", "pc", "net",
})
SCREEN_TAILS: Final[frozenset[str]] = frozenset({
    "rn", "right", "now", "bro", "man", "dude", "or", "else", "to", "you", "u", "at",
})
TAIL_REACH: Final = 4
# fmt: on
