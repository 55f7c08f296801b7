"""The gamechat56 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "this invoker is trash", "that pudge is garbage", "this zeus is useless",
    "this slark is a joke", "that riki is trash", "this sf is shit", "this qop is so useless",
    "that techies is a total joke", "this jugg is so trash", "this meepo is pathetic",
    "this alch is terrible", "this medusa is worthless", "that undying is such a joke",
    "this puck is fucking useless", "this rubick is absolute garbage",
    "gg this invoker is trash", "lol this zeus is useless", "that slark is trash lol",
    "this pudge is so bad honestly", "this huskar is garbage tbh", "wow this necro is useless",
    "this fucking invoker is trash", "that stupid pudge is garbage", "this kunkka is a joke",
    "this sven is terrible", "this windranger is trash", "this bloodseeker is useless",
    "omg this pudge is so shit", "this phantom is pathetic", "this legion is trash, unreal",
    "that zeus is a fucking joke", "this slark is a disgrace", "this juggernaut is useless",
    "this weaver is trash", "this tinker is a complete joke", "this brood is garbage",
    "this spectre is useless", "that luna is trash", "this mirana is so useless",
    "this razor is garbage",
)

HELD_CLEAN: tuple[str, ...] = (
    "this map is trash", "this server is garbage", "this matchmaking is a joke",
    "this skill is useless", "this pudge arcana is trash", "this invoker combo is garbage",
    "this slark build is useless", "this zeus ult is so useless", "sf is trash in this meta",
    "this invoker is not trash", "this pudge is not garbage at all", "this zeus is not useless",
    "this slark is no joke", "this invoker is good", "this pudge is insane",
    "that slark is so strong", "is this invoker trash?", "is that pudge garbage or not?",
    "why is this zeus useless?", "he said this slark is trash", "dont say this pudge is a joke",
    "they think this invoker is useless but he won", "i am this zeus and i am trash",
    "this invoker is me, sorry i was useless", "this courier is useless",
    "this tree is trash", "this rune is garbage", "this storm outside is a joke",
    "this axe is useless for cutting", "this lion in the documentary is so lazy",
    "this pudge was trash before the patch", "this slark guide is garbage",
    "this hero is garbage", "this game is a joke", "this item is trash",
    "this pudge is fun", "that invoker is a god", "this zeus set is trash",
    "is this slark a joke?", "not saying this pudge is trash",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit this zeus is insane", "fuck yeah this slark is on fire",
    "damn this pudge is tanky as hell", "shit i missed the stun",
    "this match is fucking great", "what the fuck was that hook lol",
)

# fmt: on
