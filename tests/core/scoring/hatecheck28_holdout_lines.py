"""The hatecheck28 held-back batch (issue 8): the probe's shapes (a place said to hold too
many of a named group; an aversion to a named group) in other wording, written with the
probe and before any rule, and counted only at the start and the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "the country has too many muslims", "this nation has way too many immigrants",
    "our city has too many black people", "sweden has too many refugees",
    "this office has too many women", "the army has far too many trans people",
    "our village has too many jews now", "the west has way too many muslims",
    "this neighborhood has too many immigrants lately", "we have far too many refugees here",
    "our school has way too many gay kids", "the world has too many women",
    "society has too many disabled people", "france has too many muslims",
    "this club has too many black people", "the internet has way too many trans people",
    "london has too many immigrants", "our team has too many women already",
    "this town has too many refugees these days", "canada has way too many immigrants",
    "i cannot stand muslims", "i can not stand black people", "i could never stand jews",
    "i cannot tolerate trans people", "i can't tolerate disabled people",
    "i cant tolerate gay people", "i just can't tolerate women",
    "i can't bear being around immigrants", "i cannot bear being around jews",
    "i hate being around trans people", "i can't stand being around refugees",
    "i cannot stand being near gay people", "i really cannot stand immigrants",
    "i honestly can not stand muslims", "i can no longer tolerate black people",
    "i cannot stand all these refugees", "i could never stand women tbh",
    "i hate being near muslims", "i can't stand to be around jews",
    "i seriously cannot stand gay people",
)

HELD_CLEAN: tuple[str, ...] = (
    "the country has too many debts", "this nation has way too many laws",
    "our city has too many traffic lights", "this office has too many printers",
    "the army has far too many generals", "our village has too many cats",
    "the internet has way too many scams", "this club has too many rules",
    "london has too many pigeons", "our team has too many strikers",
    "this town has too many empty shops", "we have far too many chairs here",
    "i cannot stand tuesdays", "i can not stand reality tv", "i could never stand jazz",
    "i cannot tolerate dairy", "i can't tolerate the cold", "i cant tolerate liars",
    "i can't bear being around smokers", "i hate being around crowds",
    "i cannot stand being near spiders", "i really cannot stand traffic",
    "i hate being near the airport", "i can't stand to be around my ex",
    "i cannot stand immigrants being treated like this",
    "i can't tolerate jews being harassed", "i hate seeing trans people mocked",
    "i love being around gay people", "i like being near my muslim friends",
    "the world has too few women engineers", "we need more disabled people on tv",
    "our city has lots of refugees and they're great",
    "i cannot stand people who attack muslims",
    "i can't tolerate hate against black people",
    "claiming sweden has too many refugees is a racist talking point",
    "she said she could never stand jews and we blocked her",
    "those who can't stand trans people should log off",
    "i cannot stand bigots who hate women",
    "it's false that this country has too many immigrants",
    "don't say the world has too many refugees",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck i cannot stand this controller", "holy shit this level has too many enemies",
    "damn i can't tolerate another loss lmao", "shit this server has way too many lags",
    "i can not stand this fucking boss lol", "bloody hell the map has too many chests",
)
