"""The hatecheck73 probe (issue 8): violence ordered or intended against a named group with
the group between a phrasal verb and its particle ("gun the immigrants down", "wipe the
jews out", "string the gays up", "mow the refugees down"), or a group to be thrown or
pushed to its death in a place ("throw the refugees into the sea", "push the muslims off
a cliff"); and the clean lines in the same words that must stay clean (the verbs in games
and sport, things, news and history, negations, questions, counter-speech and reports).
Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the phrasal verb split around the group
    "gun the immigrants down", "gun all the muslims down", "lets gun the refugees down",
    "we should gun these jews down", "mow the immigrants down", "just mow the muslims down",
    "someone needs to mow the gypsies down", "wipe the jews out", "wipe all the muslims out",
    "we need to wipe the immigrants out", "lets wipe the gays out for good",
    "wipe the blacks out already", "string the gays up", "string all the jews up",
    "someone should string the trans people up", "i will string the muslims up",
    "stamp the immigrants out", "we gotta stamp the muslims out",
    "gun every last jew down", "mow the mexicans down and laugh",
    "honestly just wipe the roma out", "i'd love to gun the refugees down",
    "snuff the jews out", "wipe those pakis out",
    # a place or manner of death
    "throw the refugees into the sea", "throw the immigrants back into the sea",
    "push the muslims off a cliff", "throw the gays off a roof",
    "toss all the jews into the ocean", "we should throw the migrants into the sea",
    "someone should push the gays off a building", "throw every muslim off a cliff",
    "lets throw the jews into the fire", "chuck the refugees into the sea",
    "throw the trans people off a bridge",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the verbs in games, sport and things
    "gun the enemy team down", "mow the zombies down with the minigun",
    "wipe the floor with them", "wipe the table down", "string the lights up",
    "throw the ball into the sea", "push the cart off a cliff", "wipe the enemy team out",
    "string the guitar up with new strings", "gun the boss down before it heals",
    "stamp the fire out", "throw the bread into the sea for the fish",
    "mow the lawn down to an inch",
    # news, history and reports
    "soldiers gunned the protesters down in 1970",
    "the army tried to wipe the jews out in the 1940s",
    "they used to throw the gays off roofs in raqqa, it was horrifying",
    "he said we should gun the immigrants down and got banned",
    "the mob strung the jews up in 1905", "the film shows them mowing the refugees down",
    # negations, conditions and questions
    "nobody should ever gun the immigrants down", "we should never wipe the muslims out",
    "would you really throw the refugees into the sea?",
    "why would anyone want to wipe the jews out?", "if you gun the immigrants down you go to jail",
    "i would never push the muslims off a cliff",
    # counter-speech and quotes
    "saying 'wipe the jews out' is disgusting", "stop telling people to gun the immigrants down",
    "people who say throw the refugees into the sea are monsters",
    "'string the gays up' is what bigots chant and it's vile",
    # neutral mentions of the groups with the verbs
    "the refugees were pushed off course by the storm",
    "the muslims wiped the floor with us at cricket", "we threw the immigrants a welcome party",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck this shit, gun them all down lol", "holy shit i mowed the whole team down",
    "damn it i wiped out again", "shit, throw it into the sea already",
    "fucking hell that boss strung me up", "wipe that shit out of the chat bro",
)
