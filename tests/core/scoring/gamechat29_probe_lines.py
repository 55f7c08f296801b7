"""The gamechat29 probe (issue 8): in-game chat lines of many games in the round's
shapes (a rank doubted over "even": "how are you even gold"; hours played set against
bad play: "500 hours and still this bad") and clean chat that looks alike: the writer's
own rank and hours, questions that mean it, hours of waiting or of fun, enemies praised,
callouts, friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a rank doubted over "even"
    "how are you even gold", "how r u even plat", "how are u even diamond lol",
    "how is he even immortal", "how is this guy even masters", "how are you even silver",
    "how are you even gold with that aim", "how are u even plat lmao",
    "how is he even diamond with that kda", "how are you even emerald",
    "how are you even champ", "how r u even gold bro", "how is she even plat",
    "how are you even grandmaster", "how are u even ascendant",
    # hours played set against bad play
    "500 hours and still this bad", "2k hours and still trash", "3000 hours and still bad",
    "1k hours and still cant aim", "u have 2000 hours and still suck",
    "he has 4k hours and still hardstuck silver", "imagine 900 hours and still this bad",
    "800 hours and still so bad", "5k hours and still garbage",
    "you have 1000 hours and still cant aim",
    "600 hours and still cant hit a shot", "2000 hrs and still trash lol",
    "this guy has 3k hours and still sucks", "1500 hours and still this bad lmao",
    "she has 700 hours and still so bad",
    # added before its rule: a position the word lists lacked as gamechat28's subject
    "our goalie is a terrible player", "our keeper is such an awful player",
    "the enemy striker is a horrible player", "our duo is a trash player lol",
    "our defender was a terrible teammate",
    # added before its rule: an order to learn a game skill, said whole or to a vocative
    "learn to ward support", "learn to aim jett", "learn to last hit pudge",
    "learn how to ward", "pls learn to rotate", "learn to farm noob",
    "learn ur hero", "learn to position mercy", "learn how to aim kid",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the writer's own rank and hours, questions that mean it, hours of waiting or fun
    "how am i even gold lol", "how are you even online at 3am", "how are you even awake",
    "how is he even alive after that", "how are you even doing that combo teach me",
    "are you gold yet?", "im gold", "he is diamond", "how did you get gold so fast, congrats",
    "gold is a nice rank", "how are you even gold? thats so fast, gj",
    "i have 500 hours and still suck lol", "2k hours and still love this game",
    "1000 hours and still learning new stuff", "500 hours and still havent unlocked everything",
    "3k hours and still finding secrets", "waited 2 hours and still no match",
    "we played 3 hours and still no win", "i have 2k hours and still cant aim",
    "10 hours and still no queue pop", "600 hours and still having fun",
    "im 800 hours in and still bad at this hero", "2 hours and still stuck on this boss",
    "he has 4k hours and still plays every day", "i played 5 hours and still trash at it lol",
    "jett push b", "sage wall mid", "how are you doing today", "nice shot",
    "the enemy jett is really good", "how are you even that good, gj",
    "my 1k hours and still cant aim lol", "500 hours and still this bad? no way, im better now",
    # added with the position lines
    "our goalie is a great player", "is our keeper a terrible player?",
    "our striker is not a terrible player", "the goalie is a terrible position to play",
    # added with the learn lines
    "i need to learn to ward better", "we gotta learn to rotate", "learn to ward with me later?",
    "learn to last hit in the demo mode, it helps", "how do i learn to aim",
    "learn to play jett, shes strong", "i want to learn how to farm faster",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit 500 hours already", "fucking nice shot", "damn how are you even this good",
    "shit i forgot to buy", "hell yeah gold finally", "wtf that was insane",
)
# fmt: on
