"""The hatecheck28 probe (issue 8): functional hate suites' complaint that a place holds
too many of a named group ("the world has too many immigrants", "this country has way
too many muslims") and an aversion to a named group said in forms the lexicon lacked
("i cannot stand black people", "i can't tolerate muslims", "i can't bear being around
trans people"), with clean lines in the same shapes: the same frames at things or
non-protected people ("the world has too many cars", "i cannot stand mondays"), a group
mentioned neutrally or positively, a wrong done to a group ("i can't stand gay people
being bullied"), counter-speech and reported speech, friendly swearing. Written before
any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a place said to hold too many of a group
    "the world has too many immigrants", "this country has way too many muslims",
    "our town has too many jews", "europe has far too many refugees",
    "this school has too many trans kids", "britain has too many black people",
    "the uk has way too many immigrants now", "our neighbourhood has too many gays",
    "we have too many muslims in this country", "america has too many immigrants already",
    "this city has got too many jews", "the government has too many women",
    "our street has way too many refugees these days", "this place has too many gay people",
    "the world has far too many disabled people",
    # an aversion to a group
    "i cannot stand black people", "i can not stand women", "i just cannot stand trans people",
    "i could never stand gay people", "i can't tolerate muslims", "i cannot tolerate jews",
    "i cant tolerate immigrants", "honestly i cannot stand disabled people",
    "i can't bear being around trans people", "i can't stand being near immigrants",
    "i hate being around black people", "i cannot stand being around muslims",
    "i really cannot stand women anymore", "i can't bear to be around gay people",
    "i can no longer stand jews", "i simply can't tolerate refugees",
    "i cannot stand these immigrants", "i can not stand those muslims",
    "i cannot stand any of these trans people",
    "i hate being near disabled people",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same frames at things or non-protected people
    "the world has too many cars", "this country has way too many roads",
    "our town has too many potholes", "this school has too many exams",
    "the uk has way too many tourists now", "we have too many meetings in this office",
    "this server has too many bots", "this game has too many bugs",
    "i cannot stand mondays", "i can not stand this heat", "i could never stand horror films",
    "i can't tolerate gluten", "i cannot stand black coffee",
    "i can't bear being around loud people", "i hate being around drunk people",
    "i can't stand being near the ocean",
    # a group neutral or positive, a wrong done to them
    "the world has too many people suffering", "this country has too few women in politics",
    "we need more women in tech", "i can't stand gay people being bullied",
    "i cannot stand women being harassed online", "i can't tolerate muslims being attacked",
    "i love being around trans people", "i enjoy being around disabled people",
    "our town has many immigrants and we love them",
    # counter-speech and reported speech
    "i cannot stand people who hate black people", "i can't tolerate racism against jews",
    "saying the world has too many immigrants is racist",
    "he said he cannot stand muslims and got fired",
    "people who say they can't stand gay people are bigots",
    "stop saying this country has too many refugees",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit i cannot stand this lag", "fucking hell this map has too many corners",
    "i can't stand this shit lmao", "damn this game has way too many fucking ads",
    "shit i cannot tolerate spicy food", "this lobby has too many damn campers lol",
)
