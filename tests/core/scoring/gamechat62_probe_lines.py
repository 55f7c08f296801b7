"""The gamechat62 probe (issue 8): a player in game chat blamed by role with "fail" right
before the role or player noun, in a short line of its own ("fail carry again", "gg fail
mid lol", "what a fail support", "report fail jungler pls"); and the clean lines in the
same words that must stay clean ("fail" as a verb, a thing after the role, the writer's
own play, negations, reports, counter-speech, quotes and questions). Written before any
rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # "fail" right before the role, the line said whole
    "fail carry again", "gg fail mid lol", "what a fail support", "report fail jungler pls",
    "lol fail jg", "fail adc gg", "such a fail healer", "ez fail midlaner",
    "our fail offlaner again lol", "fail supp xd", "fucking fail carry", "gg ez fail junglers",
    "fail tank wtf", "absolute fail player", "report our fail mid", "fail sup, report",
    "omg fail dps", "fail teammates again smh", "wow fail carry", "tbh fail jungler",
    "fail igl lmao", "what a fail mid, gg", "fail support tbh", "gg fail players",
    "fail healers gg", "total fail toplaner", "fail laner lol", "ugh fail adc again",
    "fail jg report", "literally fail support", "report fail carry pls",
    "fail mid again, report", "thanks fail support", "ty fail jungler", "bruh fail carry",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a thing after the role: a rotation, a build, a fight, a check
    "fail mid rotation again", "fail carry build, sell the mask", "epic fail mid fight lol",
    "fail jg path again", "fail support item on a carry lol",
    "fail dps check again, need more damage",
    "fail tank swap cost us the fight", "gg fail mid gank, my bad", "fail sup rotation lol",
    "fail player card design lol",
    # "fail" as a verb, the writer's own play
    "i was the fail mid today lol", "im a fail support lol", "dont fail mid this time",
    "if we fail mid we lose", "we fail mid every game", "why do i always fail mid",
    "lol i fail mid every time i play qop", "my fail tank dive lost us that",
    "gg wp, fail carry game from me", "mid failed but we won anyway gg",
    "our mid failed to pressure, my bad too",
    # reports, counter-speech, quotes, questions, negations
    "he called me a fail carry", "dont call him a fail carry", "she said fail mid lol",
    "\"fail healer\" is what he wrote", "fail mid?", "is he a fail support?",
    "not a fail jungler, just unlucky", "no such thing as a fail support",
    "the fail carry meme is so old lol", "fail igl calls happen, np",
    "nice one bot lane!",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that was close", "fuck yeah we won", "damn this game is fucking fun",
    "shit, forgot my ward again lol", "hell yeah gg wp", "fucking finally a win",
)

# fmt: on
