"""The hatecheck76 probe (issue 8): death wished on a named group with "die", the group
named in the wish ("i hope the refugees all die", "i want the jews to die", "let the
immigrants die"), named first and then meant by a pronoun ("muslims? i hope they die"),
or named last after the pronoun's clause ("let them all die, the immigrants"); and the
clean lines in the same words that must stay clean (kind wishes, things, animals and
games, history and news, someone else's wish, denials, questions, counter-speech and
reports). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the group named in the wish
    "i hope the refugees all die", "i hope the gays die", "i hope the muslims all die",
    "i hope the jews die", "i really hope the immigrants die", "i hope trans people die",
    "i want the jews to die", "i want all the muslims to die", "i want the blacks to die",
    "i just want the refugees to die", "i wish the immigrants would die",
    "i wish the gypsies would all die", "i hope the mexicans all die asap",
    "i hope the arabs die slowly", "i want the gays to die already",
    "honestly i hope the disabled die",
    # the order "let"
    "let the immigrants die", "let the refugees die", "just let the muslims die",
    "let the jews all die", "so let the gays die", "let all the migrants die",
    # the group named first, a pronoun after
    "muslims? i hope they die", "the refugees, i want them to die",
    "jews... let them die", "immigrants? let them all die",
    "trans people? i hope they just die",
    # the group named last, after the pronoun's clause
    "let them all die, the immigrants", "let them die, those refugees",
    "i hope they all die, the jews", "let em die, the gypsies",
    "i want them to die, those muslims", "let them die, the gays i mean",
    "i hope they die, the mexicans", "let them all die, those migrants",
)

TUNE_CLEAN: tuple[str, ...] = (
    # kind and neutral wishes
    "i hope the refugees all survive", "i hope the refugees all find a home",
    "i want the jews to thrive", "let the immigrants stay", "let them all rest, the players",
    "i hope the muslims have a good eid", "let the refugees in",
    # things, animals and games
    "i hope the zombies all die", "i want the plants to die", "let the weeds die",
    "let the enemy team die", "i hope the bugs all die", "let them die, those old phones",
    "gg i hope the germans all die in round 2", "let the tank die first",
    # someone else's wish, history, news
    "he hopes the refugees die", "the nazis wanted the jews to die",
    "many refugees die at sea every year", "thousands of immigrants die crossing the desert",
    "the villagers let the jews die in 1942",
    # denials and questions
    "i dont want the refugees to die", "nobody wants the immigrants to die",
    "i never hope the jews die", "do you want the refugees to die?",
    "why let the immigrants die?",
    # counter-speech, reports, quotes
    "saying 'i hope the refugees die' is vile", "he said 'let the immigrants die'",
    "stop saying you want the jews to die", "the troll posted 'i hope the gays die'",
    "it is disgusting to hope the muslims die",
    # the writer's own fears and self-harm lines keep their own readings
    "i dont want to die", "i hope i die before the exam",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck i hope this lag dies", "damn let the timer die",
    "shit i want this song to die", "let the damn battery die",
    "holy shit i almost died lol", "fucking hell let it die already",
)

# fmt: on
