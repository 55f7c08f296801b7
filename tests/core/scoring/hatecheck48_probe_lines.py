"""The hatecheck48 probe (issue 8): exclusion and objectification of a named group as a
functional hate-speech suite writes it: a group told to go back or sent back ("muslims
should go back to their own country", "send them all back where they came from"), said
not to belong or to have no place here ("immigrants don't belong here", "jews have no
place in this country"), kept from children or from having them ("gay people shouldn't
be allowed near children"), and reduced to objects or property ("women are nothing more
than objects", "women are property"); the clean lines in the same words that must stay
clean (travel, parcels, stoves, welcome, counter-speech, questions, reported speech,
denial, non-protected targets). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # told to go back, sent back
    "muslims should go back to their own country",
    "immigrants need to go back where they came from",
    "refugees should all go back to their shithole countries",
    "send them all back where they came from",
    "send the immigrants back to where they belong", "mexicans should go back home",
    "arabs need to go back to the desert", "deport every last muslim",
    "send every refugee back on the next boat",
    # do not belong, have no place
    "immigrants don't belong here", "muslims do not belong in this country",
    "jews have no place in this country", "trans people have no place in our society",
    "refugees are not welcome here", "black people don't belong in our neighbourhood",
    "gays have no place in decent society", "immigrants have no right to be here",
    "muslims are not welcome in our country",
    # kept from children or from having them
    "gay people shouldn't be allowed near children",
    "disabled people shouldn't be allowed to have kids",
    "trans people should not be allowed near kids", "gay couples should never be allowed to adopt",
    "disabled people should be banned from having children", "muslims shouldn't be allowed to vote",
    "women shouldn't be allowed to vote", "immigrants should not be allowed to have children here",
    # objects and property
    "women are nothing more than objects", "women are property", "women are just objects for men",
    "women are the property of their husbands", "black people are property",
    "women are only objects to be used", "women are nothing but property",
    "wives are property and should act like it", "women are things, not people",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same words about travel, things and the writer
    "my cousin went back to her own country for the summer", "we should send the package back",
    "i need to go back to my own room, it's late",
    "send them all back to the warehouse, they're broken",
    "kids shouldn't be allowed near the stove", "dogs shouldn't be allowed near the pool",
    "phones have no place at the dinner table", "these shoes don't belong here, put them away",
    "i'm going back home next week", "these objects are property of the museum",
    "the car is my property", "these are nothing more than objects to me, i don't collect",
    # welcome and positive
    "immigrants belong here", "refugees are welcome here", "muslims belong in this country",
    "trans people have a place in our society", "gay couples should be allowed to adopt",
    "disabled people should be allowed to have kids", "women are more than objects",
    "women are people, not property", "jews have always had a place in this country",
    # counter-speech, questions, reported speech, denial
    "saying women are property is disgusting",
    "telling muslims to go back to their country is racist",
    "nobody should say immigrants don't belong here",
    "who says gay people shouldn't be allowed near children?",
    "he told me refugees should go back home and i reported him",
    "it's hateful to claim disabled people shouldn't have kids",
    "women are not objects", "no one has the right to say jews have no place here",
    # non-protected targets
    "spammers have no place in this server", "trolls are not welcome here",
    "the mods should go back to the old rules",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck it, i'm going back to bed", "holy shit i'm finally back home",
    "damn this place is fucking beautiful", "shit, i left my charger back home",
    "fucking finally, the package arrived", "well damn, that game was wild",
)
