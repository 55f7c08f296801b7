"""The gamechat27 held-back batch (issue 8): written with the probe, in its shapes but
other wording, and counted only at the start and the end of the round."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "this raze is the worst", "that omen is the worst", "this killjoy is the worst lmao",
    "this lux is the worst", "this ashe is literally the worst", "that hanzo is the worst",
    "this slark is the worst ever", "lol this widow is the worst", "this thresh is the worst man",
    "this vayne is the worst honestly", "that zed is the worst", "this rein is the worst",
    "this techies is the worst", "ugh this skye is the worst",
    "what a horrible gamer", "horrible gamer", "terrible teammate", "what an awful player",
    "awful support", "such an awful player", "what a terrible jungler", "terrible adc",
    "garbage teammate", "just a really terrible jett", "what a trash player",
    "horrible healer", "what a terrible tank", "awful gamer lol", "completely terrible support",
    "what a pathetic gamer", "really awful player", "such a garbage gamer",
    "fail top", "fail jungle", "gg fail support", "fail adc lmao", "fail healer",
    "wp fail mid", "such a fail jungler", "fail igl",
)

HELD_CLEAN: tuple[str, ...] = (
    "i'm the worst raze in the world", "im literally the worst lux", "i am the worst tank",
    "this map is the absolute worst", "this update is the worst", "this mode is the worst",
    "the worst thing is the queue time", "worst skin ever", "this bundle is the worst",
    "that omen is the best", "enemy raze is cracked", "this ashe is so good",
    "raze on site", "lux ult incoming", "what a terrible game", "what an awful round",
    "horrible connection", "terrible matchmaking", "awful ping", "im an awful player",
    "what a horrible player i was", "i'm such a terrible tank lol", "i'm a horrible gamer",
    "the enemy adc is an awful matchup for us", "horrible player retention in this game",
    "terrible gamer chair i bought", "awful support ticket response from riot",
    "garbage gamer setup on my side", "fail to load the map", "i fail at jungle",
    "we fail every mid fight", "fail state on the quest", "failed mid rotation",
    "terrible teammates can happen to anyone, just mute", "trash talking is banned here",
    "i played like the worst tank", "this is the worst day", "what a bad beat",
    "the worst jett i've seen was me last night", "the worst",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit that raze", "fucking insane round", "damn good shot", "shit i missed",
    "fuck that was close", "what the hell gg", "fucking love this map",
)
# fmt: on
