"""The selfharm1 probe (issue 8): self-harm urged at the reader in words no older line
held: ending it all or one's life told to the reader as an order, advice, a favour or a
wish ("just end it all", "you should end your life", "do us all a favour and end it",
"go starve yourself", "cut yourself"), or the reader said to be better off dead ("you'd be
better off dead", "ur better off six feet under"); and the clean lines in the same words
that must stay clean (game chat ending a match, relationships ended, slack cut, the
writer's own distress, help offered, negations, questions and reports). Written before
any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # ending it all / one's life, told to the reader
    "just end it all lol", "go end it all", "you should just end it all",
    "u should end it all already", "why dont you end it all", "why don't u just end it all",
    "you should end your life", "just end your life already", "go end ur life",
    "you need to end your life", "you might as well end your life",
    "just take your own life", "you should take your own life", "i hope you end it all",
    "do us all a favour and end it", "do us a favor and end it",
    "do the world a favour and end your life", "do everyone a favor and end it all",
    "honestly you should just end it",
    # cutting, starving, roping, told to the reader
    "cut yourself", "go cut urself", "you should cut yourself", "cut deeper next time",
    "starve yourself", "go starve yourself fatty", "you should starve yourself",
    "rope yourself", "just rope urself", "go rope",
    # the reader said better off dead
    "you'd be better off dead", "ur better off dead", "you would be better off dead tbh",
    "you're better off six feet under", "u r better off dead", "honestly you'd be better off dead",
)

TUNE_CLEAN: tuple[str, ...] = (
    # game chat ending a match
    "ff just end it", "just end it we lost", "end it already, gg", "end it pls the game is lost",
    "can we end it already, this match is boring", "push mid and end it",
    # relationships, stories, things ended
    "end it with her, she's toxic", "you should end it with him",
    "the movie should have ended it there",
    "just end your shift early", "end your turn", "you should end your stream there",
    # cutting, starving, rope: everyday
    "cut yourself some slack", "cut yourself a slice of cake", "careful not to cut yourself",
    "i cut myself shaving", "cut the rope", "you should cut your hair",
    "don't starve yourself before the race",
    "the rope is in the shed",
    # the writer's own distress, help offered, negations, questions, reports
    "i want to end it all", "sometimes i feel like ending it all", "i'm better off dead",
    "please don't end your life, call someone", "you are not better off dead, we love you",
    "never cut yourself again, please", "did you cut yourself?",
    "have you ever thought about ending your life?",
    "he told me i'd be better off dead", "you're better off without him",
    "you'd be better off with a new phone", "the plant is better off dead honestly",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck yeah we won", "holy shit that clutch", "damn this rain is annoying",
    "shit i forgot my keys", "that boss fight was fucking insane", "hell yeah pizza tonight",
)
