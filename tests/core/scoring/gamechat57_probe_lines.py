"""The gamechat57 probe (issue 8): "joke" called on a player in game chat, right before
the hero, role or player noun that names them, the put-down said as a bare noun or after
"what a", "such a" or an intensifier ("joke sf", "what a joke pudge", "fucking joke
slark", "absolute joke meepo", "joke carry"); and the clean lines in the same words that
must stay clean (the hero, an item, a patch or a pick judged, "no joke", a question, the
writer's own play, a joke told or praised). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a bare "joke" before a hero
    "joke sf", "joke pudge", "joke invoker lol", "joke lina", "joke qop", "joke tinker",
    "joke axe", "joke doom", "joke pa", "joke am", "joke bristle gg", "joke zeus xd",
    "omg joke kunkka", "joke spectre tbh", "gg joke pudge", "lol joke sniper",
    "ez joke pudge", "report joke pudge",
    # "what a", "such a" or an intensifier before it
    "what a joke pudge", "what a joke invoker", "what a joke slardar",
    "such a joke slark", "fucking joke pudge", "absolute joke meepo", "total joke techies",
    "complete joke riki",
    # a role or a player noun
    "joke carry", "joke support", "joke offlaner", "what a joke carry",
    "such a joke support lol", "joke player", "what a joke player", "joke jungler",
    "joke mid again",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the hero, an item, a patch, a build or a pick judged
    "joke hero", "what a joke hero", "joke item", "what a joke patch", "joke build",
    "joke sf build", "joke pudge hook", "joke damage on that sf", "joke of a patch",
    "what a joke game", "joke pick but it works", "joke pudge pick", "joke build on sf lol",
    "i play joke heroes", "joke techies strats", "that was a joke lane", "joke mmr system",
    # "no joke", questions, the writer's own play
    "no joke pudge is strong", "no joke sf is op this patch", "not a joke pudge is broken",
    "is this a joke pudge?", "joke aside pudge is fun", "i'm a joke pudge lol",
    "im such a joke invoker today", "what a joke my pudge game was",
    # a joke told, heard or praised
    "tell me a joke pudge", "pudge tell a joke", "the joke sf made was funny",
    "best joke pudge ever told", "good joke pudge lol", "nice joke invoker",
    "funny joke sniper haha",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit gg", "fucking nice shot pudge", "shit that was close", "damn what a game",
    "fuck yeah we won", "holy fuck that hook",
)

# fmt: on
