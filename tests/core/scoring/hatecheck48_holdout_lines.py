"""The hatecheck48 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "muslims should go back where they came from", "immigrants need to go home",
    "refugees must go back to their own countries", "ship them all back to africa",
    "send all the muslims back", "pakistanis should go back to pakistan",
    "chinese people need to go back to china", "deport all the immigrants now",
    "kick every muslim out of the country", "get all the refugees out of our country",
    "muslims don't belong in europe", "immigrants do not belong in our country",
    "jews have no place here", "black people have no place in this town",
    "trans people don't belong in our schools", "gay people are not welcome in this church",
    "foreigners are not welcome in this country", "refugees have no right to live here",
    "gays shouldn't be allowed near our kids", "disabled people should not be allowed to breed",
    "trans people shouldn't be allowed around children",
    "gay people should never be allowed to raise kids",
    "immigrants shouldn't be allowed to vote", "black people should not be allowed to own homes",
    "jews should not be allowed to hold office", "women should not be allowed to work",
    "women are nothing more than property",
    "women are objects", "women are just things to be owned",
    "women are the property of men", "a wife is her husband's property",
    "women are objects for our pleasure", "women are nothing but objects",
    "girls are just objects to use", "black people are nothing more than property",
    "immigrants are nothing more than cattle", "muslims must go back to the middle east",
    "send the jews back to israel", "women belong to their husbands like property",
    "gay people have no place near children",
)

HELD_CLEAN: tuple[str, ...] = (
    "she went back to her home country to see her parents", "please send the form back by friday",
    "i'll go back where i came from, this shop is closed", "send them back, the sizes are wrong",
    "toddlers shouldn't be allowed near the fireplace", "cats should not be allowed on the table",
    "politics has no place in this chat", "that comma doesn't belong there",
    "these boxes are property of the school", "this house is our property now",
    "my grandma went home to poland for christmas", "the dishes don't belong in the sink overnight",
    "immigrants are welcome here", "refugees belong in our community",
    "jews have a place in this country", "gay people should be allowed to raise kids",
    "women are not property", "women are so much more than objects",
    "black people belong here as much as anyone", "trans people are welcome in our schools",
    "disabled people can be great parents", "muslims have every right to live here",
    "calling women objects is gross", "telling immigrants to go home is xenophobic",
    "it's bigoted to say gay people shouldn't be near kids", "who says refugees don't belong here?",
    "my neighbour said muslims should go back and i told him off",
    "the troll wrote that women are property, ban him", "no, jews do not have to leave",
    "stop saying black people don't belong", "nobody thinks women are objects anymore",
    "is it racist to say immigrants should go home? yes",
    "cheaters have no place in ranked", "bots are not welcome in this server",
    "campers should go back to the lobby", "the old desk is nothing more than firewood now",
    "we sent the refund back to the customer", "my brother went back to his own apartment",
    "children shouldn't be allowed near the pool without an adult",
    "the mods are not property, be nice",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck, i have to go back to work tomorrow", "holy shit home at last",
    "damn this view is fucking great", "shit i forgot to send it back",
    "fucking hell that was a long drive", "oh damn, back to the grind",
)
