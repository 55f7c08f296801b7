"""The discord29 probe (issue 8): Discord lines between teenagers and young adults with
hostility at the reader or someone present in everyday chat slang (dismissal: "nobody
asked", "cope", "touch grass"; exclusion: "no one wants you here"; dislike said to a
face: "i can't stand you"; the reader likened to a useless or dull thing: "you are as
sharp as a marble", "ur as useful as a chocolate teapot"; a loss handed out: "u took a
massive L") and clean chat that looks alike (the same words at oneself, at a thing,
denied, kind, reported, asked). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # dismissal and mockery
    "nobody asked", "who asked lol", "cope harder", "touch grass", "get a life bro",
    "ur so annoying", "ur actually so cringe", "you're a joke", "log off", "stay mad",
    "u took a massive L lol", "ur weird", "you didn't even read it did you",
    # exclusion
    "no one wants you here", "leave the server", "nobody wants u in this gc",
    # dislike said to a face
    "i can't stand you", "i cant stand him", "i literally cant stand u",
    "ugh i can't stand you", "i cannot stand you", "cant stand you fr",
    "i really can't stand her", "i can't stand you guys", "honestly i cant stand u anymore",
    # the reader likened to a useless or dull thing
    "you are as sharp as a marble", "ur as useful as a chocolate teapot",
    "you're as funny as a funeral", "ur about as useful as a screen door",
    "you're as helpful as a wet napkin", "u r as useful as a broken controller",
    "ur as bright as a black hole", "you're as entertaining as a spreadsheet",
    "ur as interesting as a brick wall", "you are as useful as a paper umbrella",
)

TUNE_CLEAN: tuple[str, ...] = (
    # dislike at things, oneself, reported, denied, asked, kind
    "i can't stand this song", "i cant stand the heat", "i can't stand up rn my legs hurt",
    "i can't stand myself today", "he can't stand you lol", "she said she cant stand him",
    "i can stand you just fine", "can you stand him?", "i don't not like you",
    "i cant stand you being sad tho", "i can't stand you leaving so soon",
    "i cant stand you lol ily", "i can't stand people who say nobody asked",
    "i cant stand waiting for queue",
    # comparisons of things, oneself, praise, asked
    "this knife is as sharp as a marble", "my wifi is as useful as a chocolate teapot",
    "i'm as useful as a broken controller today", "ur as sharp as a tack",
    "you're as funny as a comedian fr", "ur as bright as the sun ily",
    "you're as helpful as a teacher", "is he as useful as a support main?",
    "as useful as a screen door, this patch", "you are as strong as an ox",
    # slang at no one, oneself, kind
    "i took a massive L on that test", "we took an L today", "i'm weird lol",
    "ur not a joke bro ur great", "who asked for pizza?", "nobody asked me to play lol",
    "the server is so dead rn", "i need to touch grass fr",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that clutch", "fuck i cant stand this lag", "damn that was a massive L lmao",
    "shit the wifi is as useful as a brick", "fucking finally gg", "hell yeah we won",
)
