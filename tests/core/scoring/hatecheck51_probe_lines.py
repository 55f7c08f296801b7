"""The hatecheck51 probe lines (issue 8): calls to remove or confine a named group and a
group cast as possessions, in shapes the scorer missed ("send every refugee back on the
next boat", "lock them all up, every last muslim", "immigrants everywhere, deport them
all", "wives are property"), clean lines in the same words, and friendly swearing.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    "send every refugee back on the next boat", "send the migrants back on the first plane",
    "send every last migrant back", "send each immigrant back by boat",
    "send all the refugees home on a boat", "just send every muslim back",
    "lock them all up, every last muslim", "deport them all, these mexicans",
    "ship them all off, every last refugee", "round them all up, each and every jew",
    "kick them all out, these refugees", "lock them up, the lot of them gays",
    "send them all back, every last one of the migrants",
    "immigrants everywhere, deport them all", "muslims in every town, lock them all up",
    "these refugees, send them all back", "the gypsies, round them all up",
    "jews everywhere now, ship them all off", "trans people in our schools, lock them all up",
    "wives are property", "wives are the property of their husbands",
    "women are livestock", "women are breeding stock", "women are chattel",
    "wives are possessions", "daughters are property", "black people are livestock",
    "women are possessions, nothing more", "girls are chattel to be sold",
    "women belong to men", "wives belong to their husbands",
    "women are just breeding stock", "women are the property of men",
    "muslims are livestock", "fucking refugees, deport them all",
)

TUNE_CLEAN: tuple[str, ...] = (
    "send every refugee a welcome pack", "send every refugee a warm coat",
    "send the migrants back their documents", "send every last invite by friday",
    "lock up the mosque after prayers", "lock them all up, the bikes i mean",
    "deport them all, the wasps from my garden", "ship them all off, the parcels are ready",
    "round them all up, the kids are late for the bus", "kick them all out, the squatters",
    "every last muslim in town came to help", "every last refugee got a bed tonight",
    "wives are partners, not property", "women are people, not property",
    "women are not livestock", "cows are livestock", "the farm sells breeding stock",
    "the deed says the land is our property", "these books belong to my wife",
    "women belong in every boardroom",
    "people who say deport them all are wrong", "saying send them all back is racist",
    "he said we should send every refugee back on the next boat",
    "is it true they want to lock them all up, every last muslim?",
    "nobody should send refugees back on a boat",
    "the government deported 200 migrants", "the boat sent the refugees back to libya",
    "in the past wives were treated as property", "slaves were treated as property",
    "calling women livestock is disgusting", "the idea that wives are property is vile",
    "my wife and i share all our possessions",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit the boat is finally here", "fuck yeah we shipped the update",
    "damn, lock the door behind you", "shit, i sent it to the wrong chat lol",
    "hell yes round two, let's go", "fucking finally, the property deal closed",
)
