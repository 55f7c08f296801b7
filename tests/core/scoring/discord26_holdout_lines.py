"""The discord26 held-back batch (issue 8): written with discord26_probe_lines.py and in
the same shapes, in other words, and not read while the rules were built. Counted only
at the start and the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # "mid" said of a member
    "ur mid lmao", "ur mid ngl", "you're mid fr", "u are mid lol", "ur mid 💀", "ur mid kid",
    "you're mid and everyone knows it", "honestly ur mid", "ur mid tbh", "you are mid bozo",
    "ur mid loser",
    # "mid" said of a member's things
    "ur humor is mid", "ur memes are mid", "ur outfit is mid lol", "your jokes are mid fr",
    "ur whole vibe is mid", "ur fits are mid ngl", "your edits are mid 💀", "ur singing is mid",
    "ur profile pic is mid", "ur streams are mid tbh", "ur comebacks are mid",
    "ur setup is mid lol",
    "ur username is mid", "your taste in music is mid",
    # a member's life or take called an L
    "ur life is an L", "ur whole existence is an L lol", "ur entire life is an L 💀",
    "your take is an L", "ur whole personality is an L", "ur life is such an L fr",
    # the clause going on after the L
    "ur an L and we all know it", "you're an L and everyone knows it",
    # an L said at a member who took it
    "u took an L lmao", "u took an L bozo", "you just took an L 😂", "u took a massive L lol",
    "you took such an L 💀", "u took an L ratio", "u really took an L lol",
)

HELD_CLEAN: tuple[str, ...] = (
    # the same words at oneself, a show or a game
    "im so mid at drawing", "i'm mid at fortnite ngl", "that show was mid", "the trailer was mid",
    "this map is mid", "my edits are mid i know", "the pizza was mid", "the ending was mid tbh",
    "honestly the sequel is mid", "this skin is mid", "the event is mid lol",
    # "mid" as a lane, a question, a denial
    "ur mid? ok i go top", "ur mid lane this game", "u r mid, im jungle", "who's mid",
    "is ur song mid? nah its fire", "ur edits aren't mid at all", "ur not mid bro ur goated",
    "ur memes are not mid", "mid is free", "you're mid, i'll take top",
    # a loss consoled, or of the writer or a thing
    "u took an L, dont worry about it", "you took an L but it's fine", "u took an L? same lol",
    "i just took an L lmao", "we took an L in ranked", "my life is an L lol",
    "my whole week was an L",
    "the patch is an L", "the movie was an L ngl", "that trade was an L",
    # kind turns
    "ur life is gonna be amazing", "ur art is so good", "ur humor is elite", "ur taste is fire",
    "ur memes are so funny", "ur voice is so nice", "ur mid game rotations are great",
    "ur taste in music is actually good", "ur outfit is cute",
)

HELD_SWEARING: tuple[str, ...] = (
    "damn that show was mid", "shit we took an L", "holy fuck that clip", "hell yeah gg",
    "this map is fucking mid lol", "damn ur memes are funny",
)
