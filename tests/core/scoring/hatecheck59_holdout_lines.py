"""The hatecheck59 held-back lines (issue 8): other wordings of the round's shapes,
written at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "muslims must be stopped", "jews need to be removed", "immigrants have to be dealt with",
    "gay people should be eliminated", "trans people must be erased",
    "black people should be expelled", "women must be silenced",
    "disabled people should be got rid of", "refugees need to be driven out",
    "mexicans should be rooted out", "chinese people need to be stamped out",
    "the jews should be banished", "pakistanis must be cleared out of our city",
    "all the jews need to be removed", "every immigrant must be dealt with",
    "these muslims have to be stopped", "those gays should be erased",
    "every last refugee must be expelled", "all trans people need to be crushed",
    "black people must be removed from this country",
    "immigrants need to be dealt with for good", "jews should be eliminated once and for all",
    "muslims must be stopped by any means necessary", "gay people should be removed immediately",
    "women need to be silenced forever",
    "i saw some immigrants at the station. they have to be removed",
    "trans people are everywhere now, they need to be stopped",
    "muslims? they must be dealt with", "we have jews in our street. they should be expelled",
    "the refugees keep coming. they must be driven out",
    "honestly jews need to be stopped", "i believe gays must be eliminated",
    "imo immigrants should be removed", "disabled people should be got rid of, all of them",
    "the muslims have to be dealt with asap", "fucking jews need to be stopped",
    "romanians must be removed", "lesbians should be erased", "africans need to be expelled",
    "the turks must be driven out",
)

HELD_CLEAN: tuple[str, ...] = (
    "this post must be removed", "the lag needs to be dealt with", "the bleeding has to be stopped",
    "dead links should be removed", "the weeds must be eliminated", "typos need to be erased",
    "homophobia must be stopped", "slurs should be removed from the chat",
    "scammers must be stopped", "hackers need to be removed from the servers",
    "that cheater should be expelled", "the raid bots have to be dealt with",
    "violence against black people must be stopped", "threats against muslims have to be stopped",
    "hatred towards immigrants must be removed", "the bullying of gay people must be stopped",
    "harassment of women needs to be eliminated",
    "saying jews must be stopped is antisemitic",
    "my uncle said immigrants should be removed, awful",
    "the tweet saying gays must be eliminated got reported",
    "anyone who says trans people should be erased is a bigot",
    "'muslims must be expelled' was on his banner, police arrested him",
    "refugees must not be expelled", "nobody believes women should be silenced",
    "why should immigrants be removed?", "jews will never be erased",
    "black people shouldn't be driven out of their homes",
    "immigrants need to be dealt with humanely",
    "refugees should be removed from the camps into real homes",
    "the chinese team must be stopped, they're on a win streak",
    "trans people must be respected", "immigrants need to be welcomed",
    "disabled people need to be supported", "gay people should be celebrated",
    "the muslim vote cannot be ignored", "women must be paid equally",
    "the spam bot must be removed", "this bot needs to be dealt with",
    "old roles should be removed", "the exploit has to be stopped",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit the exploit finally got removed", "fuck yes they dealt with the cheaters",
    "damn this raid boss needs to be stopped lol", "shit they removed my favourite map",
    "hell yeah the queue got fixed", "this update is fucking amazing",
)
