"""The hatecheck24 probe (issue 8): an English functional hate suite's threats with no
member mark (a group warned of harm to come, the writer waiting for a group armed, no
member left alive), worth or life denied to one member of a group the older rules did
not know in the singular, a group sent off through a pronoun, and clean lines that look
alike: news and warnings on a group's behalf, protection, the same templates against
pests, spammers and things, "send them back" of things. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a group warned of harm to come
    "immigrants will get what's coming to them", "muslims are gonna get what's coming",
    "trans people better watch their backs", "gay people should watch their backs",
    "refugees won't be safe here much longer", "black people won't be safe here for long",
    "jews will not be safe in this town", "women won't be safe around me",
    "disabled people will get what's coming", "immigrants need to watch their backs",
    "muslims won't be safe here anymore", "refugees are going to get what's coming to them",
    # the writer waiting for a group, armed
    "I'll be waiting for the jews with my gun", "we'll be waiting for the muslims with knives",
    "I'm waiting for the immigrants with my rifle", "we will be waiting for the refugees with bats",
    "I'll be waiting for those trans people with a knife",
    # no member left alive
    "we will make sure no muslim survives", "I'll make sure no refugee survives the night",
    "we're going to make sure no immigrant gets out alive", "I will make sure no jew lives",
    "we'll make sure no gay person survives this",
    # life or worth denied to one member
    "not one refugee deserves to live here", "no refugee deserves to live",
    "not a single migrant deserves to live", "no migrant deserves to exist",
    "not one refugee is worth anything",
    # a group sent off through a pronoun
    "So many immigrants around here. I want them all gone.",
    "Refugees everywhere. I want them gone.", "muslims moving in next door. want them all gone",
    # run-on posts sending a group back
    "refugees are everywhere send them back",
    "these migrants are ruining everything send them back",
)

TUNE_CLEAN: tuple[str, ...] = (
    # news and warnings on a group's behalf
    "refugees won't be safe in the camps, aid groups warn",
    "women won't be safe until the law changes, campaigners say",
    "gay people should not have to watch their backs",
    "trans people shouldn't have to watch their backs",
    "immigrants won't be safe if this bill passes", "jews in the city say they no longer feel safe",
    # protection
    "we will make sure no refugee is turned away", "we will make sure no muslim goes hungry",
    "I'll make sure no immigrant is left behind", "we'll be waiting for the refugees with blankets",
    "I'll be waiting for the new immigrants with food at the station",
    "no refugee deserves to live in a tent", "every refugee deserves to live in peace",
    # the same templates against pests, spammers and things
    "spammers better watch their backs, mods are online", "trolls will get what's coming to them",
    "I'll be waiting for the rats with my gun", "we will make sure no weed survives",
    "the mosquitoes won't be safe here much longer",
    "So many wasps around here. I want them all gone.",
    "cheaters better watch their backs, the anticheat update is live",
    # "send them back" of things
    "the books are late, send them back", "if the shoes don't fit send them back",
    "got the wrong parts again, just send them back", "these cookies are stale send them back",
    # group talk with no hostility
    "immigrants will get their visas next week", "muslims are gonna get a new mosque downtown",
    "I'll be waiting for the refugees at the airport", "refugees are welcome here",
    "no migrant should have to drown at sea",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that match was fucking wild", "damn we won again, fuck yes",
    "shit i left my charger at work", "this pizza is fucking amazing",
    "bloody hell that was close", "fuck me that was a good game",
)
