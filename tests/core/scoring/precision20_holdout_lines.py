"""The precision20 held-back batch (issue 8): the probe's shapes in other words, written
at the same time and not read while the rules were built; counted at the start and once
at the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "obama is the problem", "she is the problem", "he's the real problem",
    "democrats are the problem", "you're the problem", "ur the problem",
    "she is part of the problem", "pelosi is the real problem",
    "conservatives are the real problem", "this guy is the problem",
    "gay people are the problem", "jews are the real problem", "the problem is immigrants",
    "the real problem is muslims", "muslims are to blame", "jews are to blame",
    "refugees are to blame for this", "blame the immigrants", "blame women",
    "i blame muslims", "it's always the jews", "always the immigrants again",
    "immigrants are the real problem in this country", "black people are the problem",
    "i can't stand muslims", "i cant stand women", "i can't stand gay people anymore",
    "i can't stand these immigrants", "i really can't stand trans people",
    "i just can't stand jews", "cant stand black people", "i can't stand disabled people",
    "i can't stand her", "i cant stand you lol", "i can't stand these refugees tbh",
    "women are the problem", "trans people are to blame", "the problem is the muslims",
    "i blame women for everything", "its always the immigrants",
    "gay people are a disease", "refugees are a cancer on europe", "muslims are a plague",
)

HELD_CLEAN: tuple[str, ...] = (
    "greed is the problem", "pollution is the real problem", "debt is the problem",
    "racism is the real problem", "social media is the problem", "depression is the problem",
    "traffic is the real problem", "healthcare is the problem", "violence is the problem",
    "the weather is the real problem", "inequality is the problem", "lobbying is the problem",
    "gentrification is the real problem", "taxation is the problem", "hunger is the problem",
    "overpopulation is the real problem", "anxiety is the problem", "burnout is the real problem",
    "the interviewer asked whether immigrants are to blame",
    "the host asked if jews are to blame, which was disgusting",
    "a caller asked whether muslims are the problem",
    "she wondered if refugees are to blame for the housing crisis",
    "the quiz asks whether women are to blame",
    "the debate asked if immigrants are the real problem",
    "journalists keep asking whether immigrants are to blame",
    "he asked whether gay people are the problem and got banned",
    "she can't stand immigrants", "my mom cant stand muslims",
    "he can't stand gay people and it's sad", "my neighbour can't stand black people",
    "his dad can't stand women", "my aunt can't stand trans people, she's awful",
    "their coach can't stand jews apparently", "my grandma cant stand refugees",
    "he can't stand disabled people, what a jerk", "her dad can't stand immigrants",
    "my cousin cant stand women", "she cant stand gay people",
    "they cant stand muslims, its sad", "our teacher can't stand immigrants",
    "a disease that hit gay men hard in the 80s", "the cancer that killed my jewish grandpa",
    "a plague which spread among the jews of the city", "a disease that affects mostly women",
    "its a cancer which hits black men more often", "the disease that took so many trans people",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit greed is the problem", "fucking debt is the real problem",
    "damn traffic is the problem lol", "shit, the weather is the problem",
    "she can't stand the fucking heat", "fuck, pollution is the real problem",
)
