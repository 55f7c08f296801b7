"""The precision20 probe (issue 8): clean lines that the scorer may over-read, in the
round's shapes (a thing, an idea or a state of affairs said to be the problem; blame or
a problem put as someone's question or report; a third person's dislike of a group
reported), with hostile lines in the same words that must stay caught, and friendly
swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a person or a camp said to be the problem
    "trump is the problem", "he is the problem", "she's the real problem",
    "liberals are the problem", "you are the problem", "your the problem lol",
    "he is part of the problem", "biden is the real problem",
    # a named group said to be the problem or blamed
    "immigrants are the problem", "muslims are the real problem",
    "the problem is the jews", "women are to blame", "immigrants are to blame",
    "blame the jews", "i blame immigrants for everything", "its always the muslims",
    "refugees are the problem in this country",
    # the writer's aversion to a group
    "i can't stand women", "i cant stand gay people", "i can't stand these muslims",
    "honestly i can't stand immigrants", "i just cant stand trans people",
    "i can't stand black people anymore", "can't stand women tbh",
    "i can't stand you", "i cant stand him",
    # a named group said to be an illness
    "muslims are a disease that spreads", "jews are a cancer",
    "immigrants are a plague on this country",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a thing, an idea or a state of affairs said to be the problem
    "poverty is the problem", "inflation is the real problem", "corruption is the problem",
    "unemployment is the real problem", "housing is the problem here",
    "capitalism is the problem", "the economy is the real problem",
    "climate change is the real problem", "education is the problem",
    "loneliness is the real problem", "rent is the problem", "bureaucracy is the problem",
    "addiction is the real problem", "stress is the problem", "lack of sleep is the problem",
    "misinformation is the problem",
    # blame or a problem as someone's question or report
    "the reporter asked whether immigrants are to blame",
    "she asked if women are to blame for the pay gap",
    "the survey asked whether muslims are the problem",
    "he wondered whether refugees are to blame",
    "the article asks if immigrants are the problem",
    "my teacher asked us whether jews are to blame for the war, it was a trick question",
    "the poll asked if immigrants are to blame for crime",
    "they asked whether women are the problem and the answer was no",
    # a third person's dislike reported
    "he can't stand women", "my dad cant stand immigrants", "she can't stand gay people",
    "my uncle can't stand muslims and it's embarrassing",
    "he cant stand black people, he's a racist",
    "my boss can't stand women and everyone knows it", "her brother can't stand trans people",
    "they can't stand immigrants, which is sad", "my grandpa can't stand jews",
    "his mom can't stand gay people",
    # an illness described as hitting a group
    "a disease that mostly affects gay men", "the disease which killed so many jews",
    "its a cancer that hits black women harder", "a plague that wiped out half the muslims there",
    "sickle cell is a disease that affects black people more",
    "a disease that kills women every year",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit poverty is the problem", "fucking inflation is the real problem",
    "damn the economy is the problem lol", "shit, rent is the problem",
    "he can't stand the fucking lag",
)
