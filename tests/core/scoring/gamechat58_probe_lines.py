"""The gamechat58 probe (issue 8): a player in game chat named by hero or role at the
opening of a short line and put down after it with a faint word, "joke" or "suck", with
no article ("sf is joke", "pudge joke", "support is joke lol", "tinker suck", "doom
suck", "gg sniper so suck"); and the clean lines in the same words that must stay clean
(the hero as a pick, an item or a build judged, the writer's own hero, negations,
questions, jokes told, strategy). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # <player> [is | so | is so] joke
    "sf is joke", "pudge joke", "pudge is joke lol", "support is joke",
    "invoker is joke", "slark joke", "meepo so joke", "our carry is joke",
    "gg mid is joke", "lol techies is so joke", "axe is joke", "doom is joke",
    "qop joke lol", "lina is joke gg", "offlaner is joke", "report sf joke",
    "tinker joke", "riki is joke honestly", "ez pudge joke", "sniper so joke",
    # <player> [so] suck
    "tinker suck", "doom suck", "sniper suck", "gg tinker suck", "lol doom suck",
    "tinker suck lol", "sniper so suck", "doom so suck gg", "our tinker suck",
    "storm suck", "axe suck lol", "tiny suck", "report tinker suck",
    "clock suck", "ez sniper suck",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the hero as a pick, an item or a build judged
    "pudge joke build", "sf is joke hero", "tinker suck vs this lineup",
    "doom suck this patch", "sniper pick suck", "pudge joke item",
    "invoker is joke pick this patch", "tinker is a joke hero now",
    # the writer's own hero
    "my pudge joke lol", "my tinker suck", "i am joke pudge", "my sniper so suck sorry",
    # negations, questions, quotes
    "pudge is no joke", "sf is not joke", "doom is not a joke", "is sf joke?",
    "does tinker suck?", "tinker suck? no way", "\"pudge joke\" he said",
    # jokes told, strategy and play
    "pudge joke was funny", "sf tell joke", "doom suck them in with ult",
    "tinker suck mana from them", "sf is hard", "doom ult them",
    "pudge hook suck", "axe joke in the voice line is great", "sniper range suck early",
    "storm suck at laning as a hero", "bad item on pudge", "report the bug",
    "sf is joke hero lol",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck yeah pudge", "holy shit that hook", "damn sf you are insane",
    "shit happens gg", "fucking hell what a game", "lmao that was fucking sick",
)
# fmt: on
