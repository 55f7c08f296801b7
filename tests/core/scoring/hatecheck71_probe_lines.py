"""The hatecheck71 probe (issue 8): violence against a named group said with a phrasal
verb, as a bare order ("gun down the immigrants", "string up the gays", "mow the muslims
down", "line the jews up against the wall") or in the passive with the group as subject
("immigrants should be gunned down", "the gays deserve to be strung up", "i hope the jews
all get strung up"); the clean lines in the same words that must stay clean (games and
things, the verbs with no group, negations, counter-speech, news and history reported,
questions), and friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the bare order, the phrasal verb joined or split around the group
    "gun down the immigrants", "mow down the muslims", "string up the gays",
    "just gun down every refugee you see", "lets mow down the jews",
    "somebody pls string up the trans people", "gun down all the muslims",
    "string up every last jew", "mow down those immigrants", "go gun down the gypsies",
    "string up the blacks", "honestly just mow down the refugees already",
    "gun the immigrants down", "string the gays up", "mow the muslims down",
    "line the jews up against the wall", "line the immigrants up against a wall",
    "string up the muslims in this town",
    # the passive, the group its subject
    "immigrants should be gunned down", "the gays should be strung up",
    "muslims deserve to be mowed down", "jews ought to be gunned down like dogs",
    "all refugees should be strung up", "trans people need to be gunned down",
    "the gypsies should all be strung up", "gays must be mowed down",
    "every immigrant deserves to be gunned down", "i hope the jews all get strung up",
    "i hope all muslims get gunned down", "immigrants should be lined up against the wall",
    "the jews should be lined up against a wall", "women deserve to be strung up",
    "muslims should get mowed down", "black people should be strung up",
    "disabled people ought to be gunned down",
)

TUNE_CLEAN: tuple[str, ...] = (
    # games and things
    "gun down the enemy team", "mow down the zombies", "string up the lights",
    "string up the christmas lights", "line the cups up against the wall",
    "gun down the boss before it heals", "mow down the grass", "mow down the minions",
    "the lights should be strung up by friday", "the zombies deserve to be gunned down",
    "the bottles should be lined up against the wall", "string up the hammock",
    # the verbs with no group
    "i got gunned down as soon as i spawned", "we got mowed down by their tank",
    "he was gunned down in the movie",
    # negations and counter-speech
    "no one should be gunned down for their religion",
    "nobody deserves to be strung up for being gay", "saying 'string up the gays' is vile",
    "stop saying mow down the muslims", "immigrants should not be gunned down",
    "muslims should never be strung up for their faith",
    "people who say gun down the immigrants are monsters",
    # news and history reported
    "police gunned down the protesters", "they were lined up against the wall in 1943",
    "the jews were lined up against the wall and shot in 1942",
    "the mob strung up black men in the 1920s",
    "soldiers mowed down the refugees at the border, the report says",
    "the gunman gunned down three muslims at the mosque",
    # questions asking what happened
    "were the jews lined up against the wall?", "why were the immigrants gunned down?",
    "who gunned down the protesters?", "how many muslims were mowed down in the attack?",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit i got gunned down so fast lmao", "damn that boss mowed me down",
    "fuck, i forgot to string up the lights", "shit, the lawn needs mowing again",
    "this fucking tower took forever to take out",
    "hell yeah we gunned down the whole enemy team",
)
# fmt: on
