"""The hatecheck82 probe (issue 8): a named group's trustworthiness or humanity denied with
a negative quantifier over the whole group, the group named right after it ("none of the
women here can be trusted", "not one of the jews i know is human") or standing before it
as "them" ("i have met jews, not one of them is human", "muslims? none of them can be
trusted"); and the clean lines in the same words that must stay clean (things and people
who are no group, the pronoun pointing at something else, praise, reports, quotes,
questions and counter-speech). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the group named right after the quantifier
    "none of the women here can be trusted", "none of the muslims can be trusted",
    "none of these immigrants can ever be trusted", "none of those jews should be trusted",
    "not one of the refugees here can be trusted", "none of the gay men i know can be trusted",
    "not a single one of the black people here can be trusted",
    "none of the trans people i have met could be trusted",
    "none of the women here are trustworthy", "not one of the muslims i know is trustworthy",
    "none of the jews are human", "not one of the immigrants here is human",
    "none of these refugees are human", "not a single one of the muslims is human",
    "none of the black people in this town are human",
    "none of the trans people are real humans",
    # the group before, then "them"
    "i have met jews, not one of them is human",
    "i have met many muslims and none of them are human",
    "i know lots of immigrants and not one of them can be trusted",
    "i've worked with women, none of them can be trusted",
    "refugees? none of them can be trusted", "gay people. not one of them is trustworthy",
    "i met several black people and none of them could be trusted",
    "trans people, not a single one of them is human",
    "i have lived next to muslims for years and none of them can be trusted",
    "i have met a lot of jews and not a single one of them can be trusted",
    "i met many immigrants, and honestly none of them are human",
    "women. none of them are trustworthy", "i've met disabled people, not one of them is human",
    "jews? not one of them can ever be trusted",
    "i know plenty of refugees and none of them are human beings",
    "i have known many black people and not one of them was trustworthy",
    "muslims, none of them are truly human", "i met some trans women and none of them are human",
    "honestly none of the immigrants here can be trusted",
)

TUNE_CLEAN: tuple[str, ...] = (
    # things and people who are no group
    "none of these cables can be trusted", "none of the bridges here can be trusted",
    "i bought three used phones and none of them can be trusted",
    "none of the politicians can be trusted", "none of my exes can be trusted",
    "i have tried many diets and not one of them is trustworthy",
    "none of the robots in this film are human", "i built three androids, none of them are human",
    # the pronoun pointing at something else
    "my muslim neighbours have loud parrots and none of them can be trusted",
    "the jewish family next door has three dogs and not one of them is human, obviously",
    "i met women from the club who sell old cars, none of them can be trusted",
    # praise and other predicates
    "none of the women here can be beaten at chess", "i met many jews and not one of them was rude",
    "none of the muslims i know can be ignored",
    "i have met many immigrants and all of them can be trusted",
    "every one of the refugees here is human", "none of the refugees are human traffickers",
    "none of the black people here are human rights lawyers",
    "i know lots of trans people and every one of them is trustworthy",
    "not one of the gay men i know has ever been unkind",
    # reports, history, quotes, questions and counter-speech
    "the nazis claimed that none of the jews were human",
    "my grandfather said none of the muslims could be trusted, and he was wrong",
    "saying none of the women here can be trusted is sexist",
    "who says none of the immigrants can be trusted?",
    "\"none of them are human\" is what racists say about refugees",
    "people who think none of the black people here can be trusted are bigots",
    "it's a lie that not one of the trans people is human",
    "are none of the muslims here trustworthy? of course they are",
    "in 1938 the propaganda said none of the jews could be trusted",
    "stop saying none of the gay men can be trusted",
    "it is not true that none of the immigrants are human", "all of the women here can be trusted",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck me, none of these damn printers can be trusted", "holy shit, none of us can be stopped",
    "damn, not one of you lot is human, that speedrun was insane",
    "shit, i trust all of you fuckers", "hell yeah, the boys are fucking unstoppable",
    "well fuck, none of the buses came on time",
)
