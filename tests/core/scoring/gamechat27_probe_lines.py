"""The gamechat27 probe (issue 8): in-game chat lines of many games in the round's
shapes (a hero, agent or champion after "this" / "that" judged the worst; a bad-quality
word before a player noun, a role or a hero, said whole; a fail label before a role)
and clean chat that looks alike: the writer's own play, maps, patches and skins judged,
enemies praised, callouts, friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a hero after "this" / "that" judged the worst
    "this jett is the worst", "this sova is the worst", "that reyna is the worst",
    "this pudge is the worst", "this genji is literally the worst",
    "this yasuo is the worst lol", "that mercy main is the worst", "this tracer is the worst ever",
    "omg this jett is the worst", "this teemo is the absolute worst",
    "this invoker is the worst i swear", "bro this cypher is the worst",
    # a bad-quality word before a player noun, a role or a hero, said whole
    "what a trash gamer", "trash gamer", "terrible player", "what a terrible player",
    "horrible player lol", "awful jungler", "what an awful support", "such a terrible mid",
    "what a horrible teammate", "terrible gamer", "garbage gamer", "just a really shit pudge",
    "what a shit jett", "awful player honestly", "absolutely terrible jungler",
    "such a horrible player", "what a garbage gamer lmao", "pathetic gamer",
    # a fail label before a role
    "fail mid", "gg fail mid", "fail jungler", "fail carry lol", "fail support",
    "what a fail mid", "fail tank",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the writer's own play, things judged, enemies praised, callouts
    "i'm the worst jett lol", "im the worst sova ever", "i am the worst support",
    "this map is the worst", "worst patch ever", "this patch is the worst",
    "this skin is the worst", "this hero is the worst to play against",
    "this agent is the worst in the game", "the worst part is the lag",
    "this jett is the best", "enemy jett is insane", "that reyna is cracked",
    "jett on a site", "sova dart b main", "what a trash game", "what a terrible map",
    "terrible ping today", "awful lag", "horrible server", "im a terrible player lol",
    "what a terrible player i am", "i'm such an awful jungler", "i was a terrible support",
    "the enemy mid is a terrible matchup for me", "terrible player experience in this mode",
    "awful jungle pathing from me", "trash talk is part of the game",
    "what a fail", "i fail every time", "fail safe", "we failed mid", "epic fail on my part",
    "pass or fail mid exam", "horrible player count on this server",
    "terrible players get matched together in low elo, thats how it works",
    "i am just a really shit pudge", "this is the worst",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fucking nice shot", "holy shit gg", "damn that jett is good", "shit this map is hard",
    "what the fuck was that play, insane", "fuck yeah we won", "omg shit gg wp",
)
# fmt: on
