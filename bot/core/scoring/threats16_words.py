"""Words of the threats16 round (issue 8, targeting_threats16.py): a veiled threat at the
reader said as relief, held by nobody named, that writer and reader are not together
("good thing we're not in the same room", "thank god we aren't face to face") or that the
writer cannot reach the reader ("lucky i cant get my hands on you", "good thing i dont
know where you live")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import threats9_words as w9

# fmt: off
# --- The round's own lines (en/threat.txt): a relief threats9's lines lack, said in full,
# and the pronoun after it ("good thing i", "thank god we", "luckily i", "fortunately
# we"), the held-back words read after the line (HELD_APART, HELD_WERE, HELD_UNABLE); and
# "we are not" after threats9's own reliefs ("lucky we are not"). The lines give way to
# an older line of their length they overlap (matching.py); counted only in the shape,
# cancelled out of it.
RELIEF_LINES: Final[tuple[str, ...]] = (
    "good thing", "thank god", "luckily", "thankfully", "fortunately",
)
OWN_TERMS: Final[frozenset[str]] = frozenset(
    f"{relief} {pronoun}" for relief in RELIEF_LINES for pronoun in ("i", "we", "were")
) | frozenset({"lucky we are not", "glad we are not", "thankful we are not"})
# threats9's lines the round re-reads when threats9 cancels them (no reader held lucky
# before "lucky", "glad"): "lucky i cant get my hands on you", "lucky we're not irl".
LUCK_TERMS: Final[frozenset[str]] = w9.EN_TERMS

# --- Which shape a line says: the two not together ("we re not", "were not") or the
# writer unable ("i cant", "i don t", "i do not"); threats9's "im not", "i wasnt" neither.
# After the round's own lines the held-back words are read on: HELD_APART after "we",
# HELD_WERE after "were", HELD_UNABLE after "i". "didnt" is no held-back reach but a harm
# that did not happen: "luckily i didnt hit you" is relief at an accident avoided.
WE: Final[frozenset[str]] = frozenset({"we", "were"})
UNABLE_WORDS: Final[frozenset[str]] = frozenset({
    "cant", "can", "cannot", "couldnt", "couldn", "dont", "don", "do",
})
HELD_APART: Final[tuple[tuple[str, ...], ...]] = (
    ("re", "not"), ("arent",), ("aren", "t"), ("are", "not"),
)
HELD_WERE: Final[tuple[tuple[str, ...], ...]] = (("not",),)
HELD_UNABLE: Final[tuple[tuple[str, ...], ...]] = (
    ("cant",), ("can", "t"), ("cannot",), ("couldnt",), ("couldn", "t"), ("dont",),
    ("don", "t"), ("do", "not"),
)

# --- The relief held by nobody named: it opens its sentence, maybe after OPENERS ("its a
# good thing", "bro thank god", "and luckily"), OPENER_REACH of them; "i'm glad", "we're
# lucky" are the writer's own relief. threats9's reader held lucky ("you're lucky", "be
# glad") holds it too.
OPENERS: Final[frozenset[str]] = frozenset({
    "its", "it", "s", "a", "is", "just", "so", "well", "and", "but", "oh", "bro", "man",
    "dude", "honestly", "tbh", "real", "really", "very", "pretty",
})
OPENER_REACH: Final = 4

# --- Not together, the message closing on it: only TOGETHER_CLOSING words, at most
# CLOSE_REACH of them, after "not", one of them a TOGETHER place ("in the same room",
# "in the same place", "face to face", "in person", "irl"), maybe "or else". "in the same
# class", "in the same time zone", "... room, i have covid", "... room for the exam" go
# on or name no meeting: relief as relief.
CLOSE_REACH: Final = 9
TOGETHER: Final[frozenset[str]] = frozenset({
    "room", "place", "building", "house", "face", "person", "irl",
})
TOGETHER_CLOSING: Final[frozenset[str]] = TOGETHER | frozenset({
    "in", "the", "same", "to", "right", "now", "rn", "or", "else", "bro", "man", "dude",
    "buddy", "pal", "mate", "m8", "together",
})

# --- The writer held back, in REACH_REACH tokens after the held-back words: threats9's
# harm verbs with the reader after them ("get my hands on you", "find u", "reach you",
# "catch you"), "see" only after "cant" ("i can't see you right now", never "i didnt see
# you"), or knowing where the reader lives ("know where you live", "know your address");
# the message closing on it over TAILS, at most TAIL_REACH ("... right now", "... irl").
# "reach you by phone today", "find you in the crowd" go on.
REACH_REACH: Final = 5
SEES: Final[frozenset[str]] = frozenset({"see"})
CANTS: Final[frozenset[str]] = frozenset({"cant", "can", "cannot", "couldnt", "couldn"})
TAILS: Final[frozenset[str]] = frozenset({
    "rn", "right", "now", "irl", "bro", "man", "dude", "or", "else", "buddy", "pal", "mate",
})
TAIL_REACH: Final = 4
# fmt: on
