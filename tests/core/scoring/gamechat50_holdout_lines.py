"""The gamechat50 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "fuck this sniper", "fuck the meepo", "fuck that lion", "fuck this drow lmao",
    "fuck our carry", "fck this tinker", "fuck that mid", "fuck this bristle so much",
    "fuck this dumb zeus", "omg fuck this viper", "fuck this ursa report",
    "fuck the support", "fuck this kid", "fuck that spectre",
    "this tinker piece of shit", "that zeus is a piece of shit", "our mid piece of shit",
    "this jugg | piece of shit", "that lina total piece of shit", "this support piece of shit",
    "that sniper fucking piece of shit", "this axe is such a piece of shit",
    "our jungler is a piece of shit", "report this razor piece of shit",
    "wtf is this sniper doing", "wtf is our wk doing", "what the fuck is that lion doing",
    "wtf is this support doing", "wtf is our offlaner doing lol", "wtf is that carry doing?",
    "wtf is wrong with this tinker", "wtf is wrong with our support", "wtf is wrong with this dude",
    "what the fuck is wrong with that zeus", "wtf is this axe doing again",
    "wtf is wrong with our mid smh", "wtf is this jugg even doing", "wtf is this kid doing",
    "wtf is wrong with that drow", "what the fuck is our carry doing",
)

HELD_CLEAN: tuple[str, ...] = (
    "fuck this map", "fuck this matchup", "fuck this ping", "fuck this sniper ult",
    "fuck that tinker laser", "fuck this jungle", "fuck this update", "fuck this zeus build",
    "dont fuck this up lion", "fuck the creeps", "fuck yeah tinker nice", "fuck it lion go bot",
    "fuck this weather", "fuck that rune", "this update is a piece of shit",
    "my router is a piece of shit", "this zeus item build piece of shit",
    "this headset piece of shit", "that tinker combo was a piece of art",
    "our mid is a piece of work lol", "this laptop is a piece of shit",
    "wtf is this rune", "wtf is this talent", "wtf is wrong with my internet",
    "wtf is wrong with the matchmaking", "wtf is this map", "wtf is this item lol so broken",
    "what is this sniper doing", "tinker go mid", "kill the support first", "gg wp lion",
    "ez win", "zeus wtf that was insane", "wtf is wrong with my keyboard", "wtf is this ping",
    "wtf is this shop doing", "fuck this rain", "what the fuck is this patch",
    "what the fuck is wrong with my game", "fuck this roshan pit",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit that comeback", "fuck yes mega creeps", "shit they got rosh",
    "what the fuck that wombo", "fucking finally a win", "damn that fight was crazy as fuck",
)

# fmt: on
