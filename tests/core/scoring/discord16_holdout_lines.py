"""The discord16 held-back batch (issue 8): written with the probe, before any rule,
counted only at the start and the end of the round. New wording in the same shapes.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # exclusion
    "no one asked lol", "who asked tho", "nobody here likes u", "we all hate u here",
    "get out of the server", "u should just leave, nobody wants u", "ur not welcome here",
    # threats
    "i know ur address", "i found where u live lol", "u better watch ur back",
    "ima beat ur ass when i find u", "keep talking and see what happens to u",
    "i'll make u regret that irl",
    # self-harm encouragement
    "kys loser", "go kys", "pls unalive urself", "jump off a building", "go drink bleach",
    "just end it already nobody cares", "ur family would be happier without u",
    # body shaming
    "ur so ugly lmao", "fat ass", "ur a fat pig", "he's built like a potato 💀",
    "nobody wants to see ur fat body", "u look like a goblin ngl",
    # sexual harassment
    "send feet pics", "show me ur body", "send me ur nudes or else",
    "ur ass is so fat send pics", "come sit on my lap baby 😏",
    # insults to the reader and to a third person
    "she's so annoying ngl", "he's a pick-me fr", "ur so cringe it hurts",
    "ur literally the most annoying person here", "she's so dumb fr", "he's such a loser",
    "they're all clowns fr", "imagine being this ugly 💀", "ur take is trash like u",
    "she's a liar fr dont trust her",
)

HELD_CLEAN: tuple[str, ...] = (
    # support for the excluded, praise in hostile words
    "nobody invited u? wow thats so messed up of them", "they wreck everything in the best way",
    "no one asked but here's my tier list lol", "no one asked me either 😭",
    "wait they said nobody likes u? thats so mean", "ur a beast at this fr",
    "they're crushing it lol", "u murdered that song in the best way",
    # quoted sayings and memes
    "'kill em with kindness' fr", "as they say, birds of a feather flock together",
    "'who asked' is such a boomer comeback lol", "the 'ur mom' jokes are getting old lol",
    "'no one is born hating' is a good quote", "ignorance is bliss lol",
    # game and everyday talk that looks alike
    "i'll leave the invite link in pins", "gonna leave the vc for dinner brb",
    "no one likes homework", "everyone hates the new map", "i know where u can get it cheaper",
    "i know where u got that from lol", "watch ur back on the left side, sniper",
    "jump off the cliff for the shortcut", "go jump in the lake map",
    "my dog got so fat lol", "im so fat after thanksgiving", "this level is so annoying fr",
    "the notifications are so annoying", "send pics of ur build", "show me ur skins",
    "what are u eating rn", "send the clip pls", "im such a loser lol",
    "i'm so dumb sometimes 💀", "imagine being this lucky 💀", "ur not dumb dont say that",
    "im literally dying 💀", "she's so nice ngl", "he's so chill fr", "they're so cute together",
    "u look like u had fun lol",
)

HELD_SWEARING: tuple[str, ...] = (
    "fucking insane play", "holy shit gg", "damn that was close", "shit my wifi died",
    "hell yeah we won", "bro thats so fucking clean", "fuck yeah",
)
