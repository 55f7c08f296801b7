"""The hatecheck74 probe (issue 8): a named group thrown to its death in a place, said in
the passive ("the jews should be thrown into the sea", "refugees should be pushed off a
cliff"), or named first in a fragment of its own and then meant by a pronoun in the
order or the passive ("refugees? throw them into the sea", "jews? they should all be
pushed off a cliff"); and the clean lines in the same words that must stay clean (a
pronoun that names someone else, things, games, news and history, negations, questions,
reports and counter-speech). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the passive of the throw, a place of death after it
    "the jews should be thrown into the sea", "refugees should be pushed off a cliff",
    "muslims need to be thrown into the ocean", "immigrants should all be tossed into the sea",
    "migrants deserve to be thrown back into the sea", "gays must be pushed off a roof",
    "trans people should be thrown off a bridge",
    "the gypsies ought to be chucked into the river",
    "every muslim should be thrown into the sea", "asylum seekers should be tossed off a cliff",
    "honestly the refugees should just be thrown back into the ocean",
    "i hope the jews get thrown into the ovens", "i hope all immigrants get pushed off a cliff",
    "mexicans should be thrown into the river", "arabs deserve to be pushed into the sea",
    "the lesbians should all be pushed off a building",
    "black people should be thrown into the sea",
    # the group named first, then "them" or "they"
    "refugees? throw them into the sea", "immigrants. throw them all off a cliff",
    "muslims? push them off a roof", "jews... toss them into the ovens",
    "gays? chuck them off a bridge", "migrants?? throw em back into the sea",
    "trans people? just push them off a cliff",
    "gypsies. someone should throw them into the river",
    "refugees, we should toss them all into the ocean",
    "the muslims? i would throw them all off a roof",
    "immigrants... they should be thrown into the sea",
    "jews? they should all be pushed off a cliff",
    "talking about gays, they need to be thrown off a roof",
    "refugees? they deserve to be thrown back into the ocean",
    "muslims. they must be tossed into the sea",
    "speaking of immigrants, throw them all into the sea",
    "asylum seekers? lets throw them off a cliff", "black people? throw them into the river",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a pronoun that names someone else, or no place of death
    "muslims? they celebrate eid this week",
    "immigrants? my parents were immigrants, they worked hard",
    "jews... i read that they invented bagels?",
    "refugees? throw them a welcome party", "immigrants? throw them a lifeline, they are drowning",
    "gays? my brother is gay, they throw the best parties",
    # games, things, animals
    "the enemy team? i hope they all burn in lava lol",
    "the enemy team? push them off the cliff on this map",
    "fish? throw them back into the sea", "the rocks? push them off the cliff in minecraft",
    "the trash should be thrown into the bin", "the crates should be tossed into the sea",
    "the bad guys in the movie get thrown off a cliff",
    "the old nets should be thrown into the sea",
    # news and history
    "the refugees were thrown into the sea by smugglers, its horrible",
    "in 1943 jews were pushed off the train into the river",
    "jews? they were thrown into the ovens at auschwitz, never forget",
    "refugees? they are being pushed off cliffs by smugglers, read the news",
    "trans people? they get thrown off bridges by bigots, it breaks my heart",
    "immigrants... if they fall into the sea the coast guard saves them",
    # negations, questions, reports, counter-speech
    "migrants should never be thrown back into the sea",
    "muslims should not be pushed off a cliff, what is wrong with you",
    "should refugees be thrown into the sea? of course not",
    "who says immigrants should be thrown into the sea? thats vile",
    "he said the jews should be thrown into the sea and got banned",
    "refugees should be pulled out of the sea, not left to drown",
    "migrants? never throw them back into the sea",
    "refugees? should we throw them into the sea? no, we help them",
    "'refugees? throw them into the sea' is what the troll wrote, report him",
    "stop saying muslims should be thrown into the sea",
    "nobody thinks refugees should be pushed off a cliff",
    "gays? the bigots want them thrown off roofs, we wont let that happen",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck it, throw the damn ball into the sea", "holy shit refugees? they were so brave",
    "damn, the enemy team pushed us off the cliff lmao", "shit, i threw my phone into the river",
    "fucking hell these waves would throw anyone off a boat",
    "bloody hell, we got pushed off the point again",
)
