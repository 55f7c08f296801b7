"""The sixteenth game-chat probe's held-back batch (issue 8), written before any rule in
new wording; counted only at the start and the end of the round."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "ez noobs", "ez clap kids", "uninstall the game bro", "pls uninstall jungler",
    "report our sage", "report pudge he is feeding", "noob team as always",
    "what a noob team", "UR SO BAD MID", "STUPID SUPPORT", "n00b jungle",
    "retardd carry", "stfu noob", "shut up n00b", "because of you we lost mid",
    "we lost cuz of our tank", "its your fault we lost",
    "worst support i have ever seen", "this reyna is so trash",
    "our adc is actual garbage", "kys jungler", "braindead team", "you guys are bots",
    "bunch of bots on my team", "ur a bot omen", "go back to bronze",
    "delete the game sova", "idiot tracer", "lol ur trash", "our healer is dogshit",
    "jett is a clown", "imagine being this bad mid", "learn to play noob",
    "you're actually retarded jungle", "fking idi0t", "stupid f*cking support",
    "trash team trash game", "1v9 with these idiots", "all my team are noobs",
    "how are you this bad at the game", "get good kid", "worst carry ever",
    "sniper ur useless", "dumb ass jungler", "nice feed noob",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit that was close", "fucking nice shot mate", "what the fuck just happened",
    "damn this map is huge", "shit i forgot to buy wards", "fuck yeah we won",
    "oh shit they are coming", "fucking lag again", "hell yeah ace",
    "bloody hell that ult was massive",
)

HELD_OTHER_CLEAN: tuple[str, ...] = (
    "kill the tank first", "push mid after this", "that was ez for us gg",
    "i'm so bad at this hero lol", "my aim is trash today", "report the bug to the devs",
    "how do i report someone", "uninstalled the game last week, back now",
    "noob question: how do i buy items", "that reyna is insane",
    "their jungler is cracked", "bot lane needs help", "gank bot pls",
    "the bots in training mode are too easy", "i was a noob once too",
    "we lost because of the lag", "we lost cuz i threw sorry",
    "my fault we lost, bad call", "mid is open go now", "sage heal me pls",
    "nice shot jett", "tracer ult is ready", "ward the river",
    "their team is really good", "gg wp everyone", "easy win thanks team",
    "i feel like a noob today", "the new map is trash", "this patch is garbage",
    "my internet is so bad", "sorry im new to this game", "dont feed their carry",
    "focus the healer", "he is insane at this game", "lol i died again",
)

HELD_CLEAN: tuple[str, ...] = HELD_SWEARING + HELD_OTHER_CLEAN
