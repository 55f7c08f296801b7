"""The hatecheck75 probe (issue 8): death wished on a named group, the group named in the
wish ("i want the jews dead", "i hope the muslims all burn"), named first and then meant
by a pronoun ("muslims? i hope they all burn"), or named last after the pronoun's clause
("let them all drown, those refugees", "i want them dead, those immigrants"); and the clean
lines in the same words that must stay clean (neutral and kind wishes, things and games,
counter-speech, reports, history and questions). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the group named in the wish
    "i want the jews dead", "i want muslims dead", "i want the refugees dead",
    "i want trans people dead", "i want the disabled dead", "i want gay people dead",
    "honestly i want the mexicans dead", "i want the immigrants dead asap",
    "i hope the muslims burn", "i hope the jews all burn", "i hope the women all burn",
    "i hope the refugees all burn", "i hope gay people burn", "i really hope the arabs burn",
    "i wish the jews were all dead", "i wish the immigrants were dead",
    # the group named first, a pronoun after
    "muslims? i hope they all burn", "the muslims, i hope they burn",
    "jews? i want them all dead", "immigrants... i want them dead",
    "trans people? i hope they burn", "gypsies? i want them dead",
    "the refugees? i hope they burn alive",
    # the group named last, after the pronoun's clause
    "let them all drown, those refugees", "let them burn, those muslims",
    "let them rot, the immigrants", "let them all burn, the jews",
    "i want them dead, those refugees", "i want them all dead, the gays",
    "let them drown, the migrants", "let em burn, those gypsies",
    "i hope they burn, those muslims", "i want them dead. the immigrants i mean",
    "let them burn, those blacks", "let them all rot, those arabs",
)

TUNE_CLEAN: tuple[str, ...] = (
    # neutral and kind wishes about the group
    "i want the jews in my class to enjoy the party", "i hope the muslims enjoy eid",
    "i hope the refugees find a home", "i want trans people safe", "i want muslims welcome here",
    "i hope gay people feel welcome", "i wish the immigrants were treated better",
    "refugees? i hope they find peace", "muslims? i hope they have a great eid",
    "let them stay, those refugees", "let them in, the migrants",
    # things, games and food
    "i want the batteries dead before we recycle them", "i hope the toast doesnt burn",
    "let them burn, those old letters", "let them all drown, the weeds",
    "i want the zombies dead", "i want the enemy team dead lol",
    "let them burn, those bridges", "i want them dead, the bugs in my garden",
    "the candles? i hope they burn all night",
    # counter-speech, reports, history, questions
    "saying 'i want the jews dead' is vile", "he said he wants muslims dead, i reported him",
    "the nazis wanted the jews dead",
    "someone wrote 'let them drown, those refugees' and got banned",
    "who would say they want trans people dead?", "why do people want immigrants dead?",
    "i dont want the refugees dead, i want them safe", "nobody wants muslims dead",
    "trans people are being attacked, this must stop", "the troll said 'i hope the jews burn'",
    "the japanese won the match", "muslims celebrate eid",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck i want this lag dead", "damn i hope my pizza doesnt burn again",
    "shit let them cook lmao", "i want this fucking exam dead and buried",
    "let them burn, those damn receipts", "holy shit i want that boss dead already",
)

# fmt: on
