"""The discord26 probe (issue 8): Discord lines between teenagers in the round's shapes
("mid" said of a member or of a member's things, a member's life or take called an L, an
L said at a member who took it) and clean chat that looks alike: the same words at no
one, at oneself or at a show or a game, "mid" as a lane, a loss consoled, kind turns,
talk of games and shows. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # "mid" said of a member
    "ur mid lol", "ur mid fr", "you're mid ngl", "you are mid 💀", "ur mid bozo",
    "ur mid and u know it", "u r mid lmao", "bro ur mid", "youre mid tbh",
    # "mid" said of a member's things
    "ur taste is mid", "ur music taste is mid fr", "ur jokes are mid",
    "ur whole personality is mid",
    "ur edits are mid ngl", "ur rizz is mid lol", "ur takes are mid", "your art is mid tbh",
    "ur opinion is mid", "ur drip is mid 💀", "your voice is mid", "ur playlist is mid bro",
    # a member's life or take called an L
    "ur whole life is an L", "ur life is an L lol", "ur entire existence is an L",
    "ur personality is an L", "ur take is an L fr", "your whole life is such an L",
    # the clause going on after the L
    "ur an L and everyone knows it", "ur an L and u know it",
    # an L said at a member who took it
    "u took an L lol", "you took an L 💀", "u just took an L bozo", "u took such an L lmao",
    "you took a huge L lol",
    # older shapes kept
    "ur so mid", "ur an L", "ur literally mid",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same words at oneself, a show or a game
    "i'm so mid at this game", "im mid at everything lol", "that movie was mid",
    "this game is mid tbh", "the new update is mid", "my art is mid ngl", "my taste is mid i know",
    "the food here is mid", "season 2 was mid", "their new album is mid",
    # "mid" as a lane, a question, a denial
    "ur mid or top?", "ur mid, i'll go top", "ur mid lane right?", "who is mid?",
    "which hero is mid", "is ur art mid? no way its amazing", "ur art isn't mid at all",
    "ur not mid, ur cracked", "ur jokes are not mid lol", "mid is open",
    "ur mid this game, i go bot",
    # a loss consoled, or of the writer or a thing
    "u took an L, it happens, next time", "you took an L but you'll bounce back",
    "u took an L on that test? me too", "i took an L lol", "we took an L today",
    "my whole life is an L lol", "my life is such an L rn", "the season was an L",
    "the finale is an L for sure", "ur an L away from ranking down",
    # kind turns
    "ur life is gonna be great", "ur art is amazing", "ur mid game is so good",
    "ur jokes are funny lol", "ur taste is immaculate",
)

TUNE_SWEARING: tuple[str, ...] = (
    "damn this update is mid af", "shit i took an L on that test", "fuck yeah we won",
    "holy shit gg", "this boss is so fucking mid lmao", "holy shit ur art is fire",
)
