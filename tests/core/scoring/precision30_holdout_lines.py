"""The precision30 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "muslims are cruel to their own kids", "immigrants are so violent to women",
    "black people are racist towards everyone", "gays are vile to normal people",
    "jews are so nasty to outsiders", "refugees are violent against our girls",
    "the way immigrants treat our towns is disgusting", "arabs are hateful towards us",
    "trans people are disgusting to children", "mexicans are cruel to animals, savages",
    "be violent to the muslims", "we should be cruel to every refugee",
    "let's be nasty to the jews", "i hope everyone stays hateful towards gays",
    "you must be violent against immigrants", "we are gonna be vile to black families",
    "people should be cruel to trans kids", "i'll be nasty to every muslim i meet",
    "muslims are disgusting", "immigrants are violent", "gays are pathetic",
    "refugees are disgusting", "jews are vile", "black people are pathetic",
    "trans people are disgusting", "asians are vile", "pathetic immigrants",
    "vile muslims everywhere", "lesbians are sick", "gay men are disgusting",
    "muslims are violent to everyone", "immigrants are so cruel to the locals",
    "gays are nasty to kids", "refugees are hateful towards christians",
    "jews are cruel to everyone", "black people are violent towards each other",
    "muslim men are vile to women", "immigrants are pathetic and violent",
    "trans people are so nasty to everyone", "gay people are vile to kids",
)

HELD_CLEAN: tuple[str, ...] = (
    "people are so cruel to immigrants online", "people are nasty to gay people on here",
    "the trolls were vile to jewish users all night",
    "that war caused violent trauma to muslim families",
    "the officers were racist towards asian shoppers",
    "they were cruel to trans people for decades",
    "the tabloids are disgusting to refugees",
    "the violent rhetoric against muslims has to end",
    "the replies towards black women on that thread were vile",
    "forced conversion is violent abuse of queer teens",
    "his pathetic hatred of immigrants is sad",
    "the violent attacks on jews are terrifying",
    "the kids were so cruel to the gay boy in my class",
    "the mob was savage to the refugees",
    "some gamers are nasty to women in voice chat",
    "the soldiers were violent towards muslim villagers",
    "reddit is so vile to trans people",
    "the government has been cruel to refugees",
    "the way they treat immigrants is disgusting",
    "the treatment of gay prisoners is disgusting",
    "how people treat muslims here is pathetic",
    "the way some folks treat disabled people is sick",
    "being cruel to gay kids is pathetic",
    "being racist towards black people is stupid",
    "what they did to the refugees was disgusting",
    "bullying trans kids is pathetic",
    "the abuse of immigrants in detention is evil",
    "being violent to muslims is disgusting",
    "the hatred towards gay people is vile",
    "the way police treat asian people is disgusting",
    "the racist abuse towards jewish students is disgusting",
    "being nasty to immigrants online is pathetic",
    "people are so hateful towards muslims lately",
    "the guards were cruel to the refugees",
    "the bullies were vile to the lesbian couple",
    "twitter is so cruel to trans women",
    "the way they treat black women is disgusting",
    "being hateful towards jews is pathetic",
    "the attacks on immigrants are disgusting",
    "so many people are vile to refugees",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck yeah we got the tickets", "holy shit that was fast", "damn this coffee is good",
    "shit, i missed the bus", "fucking finally friday", "oh shit here we go again",
)
