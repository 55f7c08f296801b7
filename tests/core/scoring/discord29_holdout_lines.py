"""The discord29 held-back batch (issue 8): written with the probe, before any rule, in
the same shapes with different wording; counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # dismissal and mockery
    "literally nobody asked", "and who asked you", "cope", "ratio", "go touch some grass",
    "get a life loser", "ur so annoying omg", "you're so cringe", "ur a joke bro",
    "log off pls", "stay mad kid", "u took an L", "ur so weird", "did you even read it",
    # exclusion
    "nobody wants you here", "just leave the server", "no one wants u in this vc",
    # dislike said to a face
    "i cant stand you", "i can't stand u", "i honestly can't stand you",
    "omg i cant stand you", "i just cannot stand you", "can't stand u tbh",
    "i really cant stand him", "i can't stand yall", "i cant stand you anymore",
    "bro i can't stand her",
    # the reader likened to a useless or dull thing
    "ur as sharp as a marble", "you're as useful as a chocolate teapot",
    "u r as funny as a funeral", "you're about as useful as a screen door on a submarine",
    "ur as helpful as a wet sock", "you're as useful as a broken mouse",
    "you are as bright as a black hole", "ur as entertaining as a spreadsheet",
    "you're as interesting as a wall", "ur as useful as a paper umbrella",
    "you're as helpful as a broken compass", "u are as funny as a funeral",
    "ur as useful as a chocolate kettle",
)

HELD_CLEAN: tuple[str, ...] = (
    # dislike at things, oneself, reported, denied, asked, kind
    "i can't stand this map", "i cant stand the cold", "i can't stand up after leg day",
    "i cant stand myself lol", "my sister can't stand you lmao", "he said he can't stand her",
    "i can stand u dont worry", "can u stand her?", "i cant stand you being gone ily",
    "i can't stand you crying, come here", "i cant stand u lol love u",
    "i cant stand when the queue takes forever", "i can't stand loud chewing",
    "do you think he can't stand me?",
    # comparisons of things, oneself, praise, asked
    "this blade is as sharp as a marble", "the patch notes are as useful as a chocolate teapot",
    "i'm as useful as a wet sock rn", "ur as sharp as a tack fr",
    "you're as funny as my fav streamer", "you're as bright as a star ily",
    "you're as helpful as a librarian", "is this as useful as a map?",
    "my phone is as useful as a brick", "you're as brave as a lion",
    "i feel as useful as a screen door", "this controller is as helpful as a broken compass",
    # slang at no one, oneself, kind
    "i took an L in ranked today", "we took a massive L lol", "i'm so weird lmao",
    "ur not a joke at all", "who asked for the pizza", "nobody asked me lol",
    "the gc is so dead", "i really need to touch grass", "ur not annoying at all",
    "i'm the cringe one here", "that movie was so cringe", "log off time for me gn",
    "i can't stand the new update", "ur as useful as ever thanks",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck nice shot", "shit i cant stand this heat", "damn we took an L lmao",
    "fuck this mouse is as useful as a brick", "hell yeah gg", "fucking finally we won",
)
