"""The hatecheck74 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # the passive
    "jews should be thrown into the sea", "the refugees should be pushed off a cliff",
    "gays should all be tossed off a bridge", "muslims deserve to be thrown into the sea",
    "immigrants need to be pushed back into the sea", "trans people must be thrown into a fire",
    "the migrants should be chucked into the ocean", "roma should be thrown into the river",
    "every refugee should be pushed off a cliff", "i hope the muslims get thrown into the sea",
    "i wish all gays would get pushed off a roof", "asylum seekers need to be thrown into the sea",
    "blacks should be thrown off a bridge", "the jews ought to be pushed into the ocean",
    "lesbians deserve to be tossed off a cliff",
    "honestly immigrants should be thrown into the sea",
    "pakistanis should be thrown back into the sea", "jews must all be thrown into the furnace",
    "the gypsies need to be pushed off a cliff", "migrants should just be tossed back into the sea",
    # the group named first
    "muslims? throw them into the sea", "jews. push them all off a cliff",
    "immigrants?? chuck em into the ocean", "gays... throw them off a roof",
    "refugees? toss them back into the sea", "trans people. throw them into the river",
    "the gypsies? just throw them off a bridge", "migrants? we need to push them into the sea",
    "black people... someone should throw them into the sea",
    "jews? i will push them into the ovens", "refugees. they should be pushed off a cliff",
    "gays? they should all be thrown off a roof",
    "muslims... they deserve to be thrown into the sea",
    "immigrants? they need to be tossed back into the ocean",
    "the jews, they should be thrown into the sea", "speaking of refugees, push them off a cliff",
    "talking about muslims, throw them all into the sea", "lesbians? chuck them off a cliff",
    "arabs? throw them back into the sea", "mexicans. they must be thrown into the river",
)

HELD_CLEAN: tuple[str, ...] = (
    "refugees? they cook the best food", "muslims? my coworkers are muslim, they are lovely",
    "jews... they have lived here for centuries", "gays? throw them a pride party",
    "immigrants? throw them a rope, the boat is sinking", "trans people? they deserve respect",
    "the enemy team? throw them off the cliff in the next fight",
    "the zombies? push them off the roof and run", "crabs? throw them back into the sea",
    "the old chairs should be thrown into the skip",
    "the barrels should be pushed off the cliff in level 3",
    "the villains should be thrown into the sea in the sequel",
    "the broken toys should be tossed into the river",
    "refugees were pushed off the boat by smugglers last week",
    "in the war jews were thrown into the river by soldiers",
    "muslims? they were thrown into the sea by the storm, terrible news",
    "gays? in some countries they get thrown off roofs, it is horrifying",
    "immigrants? if they fall off a cliff the rescue team comes",
    "refugees should never be pushed back into the sea",
    "jews should not be thrown into the sea, obviously",
    "should gays be thrown off a roof? what kind of question is that",
    "why do people think migrants should be thrown into the sea?",
    "she said immigrants should be thrown into the sea, i reported her",
    "muslims? never push them off a cliff, help them",
    "refugees? would you throw them into the sea? i wouldnt",
    "'jews? throw them into the ovens' is a vile comment, ban him",
    "quit saying refugees should be pushed off a cliff",
    "no one says gays should be thrown off a roof",
    "migrants should be rescued from the sea, not pushed into it",
    "trans people? bigots push them off the edge, we need to support them",
    "refugees? they jumped into the sea to escape, so brave",
    "muslims? they throw great iftar parties",
    "immigrants? my grandpa was one, he got thrown off a ship and survived",
    "the mexicans? they threw the ball into the river lol",
    "jews? the article says they were pushed off cliffs in ancient times",
    "the rubbish should be thrown into the ocean? no, recycle it",
    "gypsies? the film shows them being thrown into the river, hard to watch",
    "black people? they should be thrown a parade for this win",
    "refugees? they should be pulled out of the sea",
    "asylum seekers should be taken off the boats and cared for",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck, throw the stupid frisbee into the lake", "shit we got pushed off the cliff again",
    "damn, my keys fell into the river", "holy shit immigrants? they built this town",
    "fucking waves threw my board off the pier", "hell yeah, toss it into the sea",
)
