"""The olid20 probe (issue 8): tweet-like lines in the round's shapes (a call to punish a
person, "she should be in jail", "lock him up", "you're going to prison"; a person
called a nobody, "she is a nobody") and clean lines that look alike: news of an arrest
or a firing, a question in good faith, the same words about a thing or about oneself,
a conditional, praise. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a call to punish a person
    "@USER he should be in jail", "she should be in prison", "Brennan should be in jail",
    "Hillary belongs in prison", "he belongs in jail", "they should all be in jail",
    "@USER you should be in jail", "he should be jailed", "she needs to be locked up",
    "they should be locked up", "Comey should be arrested", "he should be arrested",
    "lock her up", "LOCK HIM UP!!", "lock them all up", "arrest him", "arrest them all",
    "he needs to be fired", "she should be fired", "@USER you should be fired",
    "he should be impeached", "impeach him", "Schiff should be prosecuted",
    "@USER you are going to jail", "you're going to prison", "you will go to jail",
    "@USER hope you go to prison", "put him behind bars", "he should be behind bars",
    "that coach needs to be fired", "this senator should be in jail lol",
    "the whole lot of them should be in prison #MAGA",
    # a person called a nobody
    "she is a nobody", "@USER he's a nobody", "@USER you are a nobody",
    "Feinstein is a nobody", "he is just a nobody", "you're a nobody lol",
)

TUNE_CLEAN: tuple[str, ...] = (
    # news, reported, a question in good faith
    "police say he was arrested on friday", "he was fired last week", "she was jailed in 2015",
    "he got arrested for speeding", "reports say she may go to prison", "should he be fired?",
    "do you think he should be in jail?", "why should he be in jail?",
    "he spent ten years in prison", "she was locked up for a crime she did not commit",
    # the same words of a thing, of oneself, conditional
    "this bill should be impeached lol what", "i should be in bed", "i'm going to jail lol",
    "i should be fired for this code", "i'm a nobody in this town", "i was a nobody before this",
    "lock the door", "lock it up in the safe", "arrest rates are down",
    "the fireworks should be fired at midnight", "if he broke the law he should be in jail",
    "nobody is going to jail", "nobody should be in jail for weed",
    "the guns should be locked up", "lock up your bikes", "we need to be fired up for sunday",
    "nobody is perfect", "he is a nobody no more, he is a champion",
    # praise
    "she is a hero", "he deserves a medal", "he should be president", "she should be in charge",
    "he belongs in the hall of fame", "you should be proud", "she should be on the team",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit he got fired lmao", "damn i'm going to jail for this fit lol",
    "fuck yeah we are fired up", "shit i should be in bed",
    "wtf is this weather", "fucking hell the game was good",
)
