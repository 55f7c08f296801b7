"""The gamechat55 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "you're a kid", "ur a little kid", "u are a kid", "you are such a kid",
    "youre such a baby", "ur a big baby lol", "dude ur a kid", "lmao ur such a kid",
    "you are just a little kid", "u r such a kid", "u little kid lol", "you kid",
    "stfu u kid", "you're a little kid bro", "ur a kid man",
    "our carry is a kid", "this lion is a little kid", "that slark is such a kid",
    "their mid is a kid", "he is such a kid", "our offlaner is a big baby",
    "this guy is such a baby", "ur support is a kid", "that pa is a kid",
    "this riki is a little kid lol", "my mid is such a kid", "she is a little kid",
    "the enemy carry is a kid", "this noob is a kid",
    "cya later kid", "ok bye kid", "chill out kid", "stop crying kid", "wait kid",
    "lmao kid", "ggwp kid", "easy kid", "calm down little kid", "relax little kid",
    "bye bye kid",
)

HELD_CLEAN: tuple[str, ...] = (
    "when i was a kid i loved this map", "i was a little kid back then",
    "my kid wants to play", "my daughter is a little kid", "im a big baby about horror",
    "my baby is sick today", "when you are a kid you dont care", "are u a kid?",
    "is our mid a kid?", "you a kid?", "she is not a kid", "stop calling him a kid",
    "he told me ur a kid", "is this lion a kid?", "your kid is adorable",
    "you kidding?", "just kidding lol", "bye all", "calm down guys",
    "chill we are fine", "ggwp everyone", "the kid next door plays dota",
    "this map is a kid favourite", "my cousin is a kid and loves pudge",
    "our mid is a machine", "this lion is a legend", "he is a beast at slark",
    "cya tomorrow", "kids these days play fortnite", "i have two kids",
    "push mid now", "that pa is fed", "nice save mate", "kill the support first",
    "that carry is insane", "our carry is farming", "wait for me", "relax and farm",
    "rip my mmr", "bye bye tower",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck that was close", "holy shit what a blink", "shit i forgot my tp",
    "damn this lag", "fucking finally we won", "oh shit rampage",
)

# fmt: on
