"""The gamechat61 held-back lines (issue 8): other wordings of the probe's shapes, a
player called a kid beside the hero or role that names them, and their clean readings,
written at the same time as the probe and before any rule. Counted only at the start
and the end, as totals."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "sniper kid", "pa kid lol", "jugg kid gg", "riki kid", "our mid kid", "lion kid",
    "their sf kid", "bristle kid xd", "report lina kid", "lol void kid", "wk kid",
    "oracle kid again", "carry kid lol", "ember kid gg", "enemy mid kid", "drow kid",
    "our offlaner kid", "slark kiddo",
    "pudge is kid", "this sf is so kid", "sniper so kid", "our support is kid lol",
    "lina too kid", "void is kid gg", "this slark so kid xd", "their carry so kid",
    "jugg is so kid", "that pudge so kid",
    "kid sniper", "gg kid pa", "kid lina lol", "lol kid jugg", "kid support",
    "report kid pudge", "kid riki gg", "ez kid void", "wow kid tinker", "kid offlaner",
    "kiddo sf", "kid bristle xd",
)

HELD_CLEAN: tuple[str, ...] = (
    "my kid plays sniper", "the pa kid skin is cute", "i played lina as a kid",
    "back when i was a kid jugg was broken", "my kid cousin mains void",
    "riki is kid friendly", "pudge is not a kid", "sf is no kid", "our mid isnt a kid",
    "dont call our carry a kid", "quit calling the lion a kid",
    "she called our sniper a kid", "slark called me a kid lol", "is the kid lina skin free?",
    "kid sniper skin looks dope", "im just a kid jugg main", "my kid brother loves tinker",
    "a kid on youtube teaches meepo", "void was my favourite hero as a kid",
    "even a kid could play drow", "my kid wants me to play pudge",
    "the kid playing riki at the major is nuts", "ember kid voice lines are hilarious",
    "that kid oracle pro is insane", "as a kid i loved bristle",
    "my kid asked why wk has a crown", "lion is a good hero for a kid to learn",
    "sniper reminds me of being a kid", "our support has to pick up his kid, one sec",
    "the kid version of pudge is cute", "my kid drew a picture of sniper",
    "every kid loves pudge", "kid jugg cosplay at ti was great",
    "my kid named his cat slark", "playing lina with my kid today",
    "when my kid sleeps i play void", "i feel like a kid again playing tinker",
    "the kid in my party picked sniper", "lion reminds my kid of a dragon",
    "kid pa skin soon?",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck what a game", "shit that was close lol", "damn that rampage",
    "fucking love this hero", "hell yeah gg", "what the fuck was that comeback lol",
)

# fmt: on
