"""The hatecheck75 held-back lines (issue 8): other wordings of the probe's shapes, written
at the same time as the probe and counted only at the start and the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "i want the muslims dead", "i want jews dead", "i want the immigrants dead",
    "i want black people dead", "i want the gypsies dead", "i want the arabs dead",
    "i want all trans ppl dead", "i want the chinese dead", "i want refugees dead now",
    "i hope the immigrants burn", "i hope the gays all burn", "i hope the muslims all burn",
    "i hope jews burn", "i hope the trans people all burn", "i hope the blacks burn",
    "i wish the muslims were dead", "i wish the refugees were all dead",
    "jews? i hope they burn", "refugees? i want them dead", "the gays? i want them dead",
    "muslims... i hope they all burn", "immigrants? i hope they burn alive",
    "the jews, i want them all dead", "women? i hope they burn",
    "let them drown, those refugees", "let them all burn, those muslims",
    "let them rot, those jews", "let them burn, the immigrants", "let em drown, the migrants",
    "i want them dead, those muslims", "i want them all dead, those jews",
    "i hope they all burn, the refugees", "let them all drown, the immigrants",
    "let them burn, those trans freaks", "let them rot, the gypsies",
    "i want the mexicans dead", "i want the disabled all dead", "i hope the arabs all burn",
    "let them burn, those jews", "i want them dead, the refugees",
)

HELD_CLEAN: tuple[str, ...] = (
    "i want the muslims in my street to feel at home", "i hope the jews enjoy hanukkah",
    "i hope the immigrants get their papers", "i want refugees safe", "i want gay people happy",
    "i hope the women win the final", "i wish the refugees were welcomed",
    "jews? i hope they have a lovely shabbat", "immigrants? i want them to stay",
    "let them stay, those migrants", "let them speak, the refugees",
    "i want the plants dead before winter", "i hope the cookies dont burn",
    "let them burn, those old photos", "let them rot, those apples",
    "i want the orcs dead", "i want them dead, the wasps", "let them burn, the logs",
    "the lanterns? i hope they burn bright", "i want the enemy base dead",
    "saying 'i hope the muslims burn' is disgusting", "he said he wants jews dead, reported",
    "the regime wanted the refugees dead", "someone posted 'let them rot, the immigrants', vile",
    "why would anyone want gay people dead?", "does anyone really want muslims dead?",
    "i dont want the jews dead", "no one wants refugees dead",
    "refugees are drowning at sea, this must stop", "he wrote 'i want them dead, those jews'",
    "the chinese won gold", "jews celebrate passover", "i hope the muslims get home safe",
    "i want the immigrants to vote", "let them in, those refugees", "i want the gays to marry",
    "the nazis wanted all jews dead", "i hope the arabs win", "let them eat, the refugees",
    "i want trans people protected",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck i want this cold dead", "shit i hope the rice doesnt burn",
    "damn let them cook", "i want this damn printer dead",
    "let them burn, those fucking bills", "fuck me i want that raid boss dead",
)

# fmt: on
