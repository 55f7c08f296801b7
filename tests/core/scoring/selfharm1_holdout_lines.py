"""The selfharm1 held-back lines (issue 8): other wordings of the probe's shapes (self-harm
urged at the reader, the reader said better off dead) and of its clean lines, written at
the same time as the probe and before any rule; counted only at the round's start and
end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "just go end it all", "pls end it all", "you should really end it all",
    "ur life is pointless, end it all", "why not just end it all lol",
    "you oughta end your life", "end your life already", "pls just end ur life",
    "just end your pathetic life", "u should end ur life", "take your own life already",
    "u should take ur own life", "i hope u end your life", "do us all a favor and end it all",
    "do everyone a favour and end your life", "do the world a favor and end it",
    "you should honestly just end it", "u should just end it lol",
    "go cut yourself", "cut urself loser", "you should go cut yourself", "cut deeper",
    "cut deeper this time", "go starve urself", "starve urself fatso",
    "u should starve yourself", "go rope urself", "rope yourself already",
    "you should rope yourself", "just rope lol",
    "you are better off dead", "youd be better off dead", "ur better off 6 feet under",
    "you'd be better off six feet under", "u would be better off dead",
    "you're better off dead honestly", "ya better off dead", "you'd all be better off dead",
    "you would honestly be better off dead", "you're so much better off dead",
)

HELD_CLEAN: tuple[str, ...] = (
    "gg just end it", "end it already we lost", "lets just end it, ff", "they should end it faster",
    "end it now, push top", "can someone end it already, the enemy is afk",
    "you should end it with that guy", "she ended it with him last week",
    "end your sentence with a period", "the show ended it on a cliffhanger",
    "end your email with a thank you", "i ended it with my ex",
    "cut yourself a break", "cut yourself a piece of bread", "you might cut yourself on that",
    "i cut myself on a can", "cut the rope to win the level",
    "don't starve yourself, eat something",
    "i starved myself for a day by mistake", "grab the rope and climb",
    "i just want to end it all", "some days i want to end my life", "i'd be better off dead",
    "i feel like i'm better off dead", "please don't end it all, talk to me",
    "you're not better off dead, i promise", "don't ever cut yourself",
    "are you cutting yourself again?", "do you want to end your life? call 988",
    "my brother said he's better off dead", "she said you should end it all, report her",
    "you'd be better off without them", "you're better off with the blue one",
    "you are better off asleep honestly", "this laptop is better off dead",
    "nobody should ever tell you to end your life", "if you feel like ending it all, reach out",
    "you're better off not going", "you should end your day with a walk",
    "cut yourself off from them",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck that was close", "shit the bus is late again", "damn what a goal",
    "holy fuck this song slaps", "oh shit i burned the rice", "hell yeah friday",
)
