"""The gamechat56 probe (issue 8): a player in game chat pointed at by "this" or "that"
and a Dota hero's name and called worthless outright ("this pudge is trash", "that
invoker is a joke", "this slark is so useless"), which the older rules read as a verdict
on a thing; and the clean lines in the same words that must stay clean (the hero, a
skill, an item or the game judged, negations, questions, reports and the writer's own
hero). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    "this pudge is trash", "that invoker is garbage", "this slark is useless",
    "this zeus is a joke", "that qop is trash", "this legion is shit",
    "this riki is so useless", "this techies is a complete joke", "that sf is so trash",
    "this jugg is pathetic", "this phantom is terrible", "this meepo is worthless",
    "that bristle is such a joke", "this undying is fucking useless",
    "this invoker is absolute garbage", "gg this pudge is trash", "lol this slark is useless",
    "that pudge is trash lol", "this zeus is so bad honestly", "this alch is garbage tbh",
    "wow this puck is useless", "this fucking pudge is trash", "that stupid sf is garbage",
    "this huskar is a joke", "this medusa is terrible", "this bloodseeker is trash",
    "this windranger is useless", "omg this slark is so shit", "this necro is pathetic",
    "this rubick is trash, never again", "that qop is a fucking joke",
    "this pudge is a disgrace", "this juggernaut is trash", "this sven is useless",
    "this kunkka is a total joke",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the hero, its kit, an item or the game judged, not the player
    "this hero is trash", "this game is garbage", "this patch is a joke",
    "this item is useless", "this pudge hook is trash", "this pudge skin is garbage",
    "this invoker build is useless", "this slark ult is so useless",
    "pudge is trash in this patch",
    # negations and praise
    "this pudge is not trash", "this invoker is not garbage at all",
    "this slark is not useless", "this zeus is no joke", "this pudge is good",
    "this invoker is insane", "that qop is so strong",
    # questions
    "is this pudge trash?", "is that invoker garbage or what?", "why is this slark useless?",
    # reports and quotes
    "he said this pudge is trash", "dont say this zeus is a joke",
    "they think this sf is useless but he carried",
    # the writer's own hero and things named like heroes
    "i am this pudge and i am trash", "this pudge is me, sorry i was useless",
    "this bounty is useless", "this tiny tower is trash", "this ward is garbage",
    "this storm of bugs is a joke", "this axe is useless for chopping wood",
    "this lion at the zoo is so lazy", "this slark was trash before the buff",
    "this invoker guide is garbage",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this pudge is insane", "fuck yeah this invoker is on fire",
    "damn this slark is fast as hell", "shit i missed the hook",
    "this game is fucking awesome", "what the hell was that combo lol",
)

# fmt: on
