"""The hatecheck77 probe (issue 8): a call to wipe out or gun down a named group said as an
opinion or a suggestion ("i think we should wipe the jews out", "i say we gun the
refugees down", "i reckon someone should string the gays up"), and "wipe <group> off the
map" or "off the planet" as an order or an intent ("lets wipe the immigrants off the
map", "we should wipe the muslims off the planet"); and the clean lines in the same words
that must stay clean (news and history, games, things, negations, questions, reports,
quotes and counter-speech). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # an opinion or suggestion before hatecheck73's split verb
    "i think we should wipe the jews out", "i think we should gun the refugees down",
    "i reckon we should wipe the muslims out", "i say we wipe the jews out",
    "honestly i think we should wipe the gays out", "i think someone should string the gays up",
    "i really think we need to stamp the gypsies out",
    "i believe we should wipe every last muslim out",
    "i feel like we should mow the immigrants down",
    "personally i think we should wipe the immigrants out for good",
    "i think someone needs to gun the muslims down", "i say we string the jews up",
    "tbh i think we gotta wipe the refugees out", "i reckon somebody should gun the gays down",
    "ngl i say we mow the refugees down",
    # wiped off the map, the planet, the earth
    "lets wipe the immigrants off the map", "wipe the jews off the map",
    "we should wipe the muslims off the map", "wipe the gays off the planet",
    "lets wipe the refugees off the planet for good",
    "somebody should wipe the gypsies off the map",
    "i think we should wipe the jews off the map",
    "we need to wipe all the muslims off this planet",
    "wipe every last immigrant off the map", "i say we wipe the arabs off the map",
    "just wipe the trans people off the earth", "we gotta wipe the blacks off the planet",
    "i will wipe the jews off the map", "lets wipe the mexicans off the map already",
    "i wanna wipe the muslims from the earth", "someone should wipe the jews from the planet",
    "honestly just wipe the immigrants off the map",
    "i think we should wipe the refugees off the planet and start over",
    "i reckon we should wipe the jews off the face of the planet",
    "wipe the muslims off the map once and for all",
)

TUNE_CLEAN: tuple[str, ...] = (
    # news and history, others' plans
    "the nazis tried to wipe the jews out", "the nazis tried to wipe the jews off the map",
    "the romans tried to wipe the christians out",
    "they want to wipe the jews off the map and we must stop them",
    "if we dont act, they will wipe the jews out",
    # games and things
    "lets wipe the enemy team off the map", "i think we should wipe the enemy team out",
    "i think we should wipe the floor with them", "i say we wipe the board clean and start again",
    "i think we should stamp the fire out before it spreads",
    "i think we should wipe the zombies off the map",
    "gg lets wipe the germans off the map next round",
    "i reckon we should string the lights up for the pride party",
    "lets wipe the tables off before the muslims break their fast",
    # negations, questions
    "i dont think we should wipe the jews out, obviously",
    "i think we should never wipe the gypsies out",
    "we should not wipe the muslims off the map", "no one should wipe the muslims off the map",
    "should we wipe the jews out? what a monstrous question",
    # reports, quotes, counter-speech
    "he thinks we should wipe the muslims out, which is evil",
    "saying 'wipe the jews off the map' is vile",
    "he said we should wipe the immigrants off the map, i reported him",
    "anyone who says wipe the gays out is a bigot",
    "i think the plan to wipe the jews off the map failed",
    # kind calls in the same words
    "i think we should welcome the refugees", "i think we should help the immigrants out",
    "i say we take the refugees in", "i reckon we should wipe the slate clean with the refugees",
    "i think we should wipe the refugees' debts out",
    "i say we put the muslims on the map with a festival",
    "we should wipe out hunger among the refugees", "i think we should lift the immigrants up",
)

TUNE_SWEARING: tuple[str, ...] = (
    "i think we should wipe the fucking floor with them lol",
    "fuck it lets wipe this shit off the map",
    "holy shit i think we wiped them out", "damn i say we mow the damn lawn",
    "lets wipe the fucking enemy off the map bro", "shit, wipe the table down",
)
