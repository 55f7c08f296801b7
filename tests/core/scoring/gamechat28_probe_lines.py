"""The gamechat28 probe (issue 8): in-game chat lines of many games in the round's
shapes (a third person called a bad player, role or hero after a copula: "he is a
terrible player"; "the worst" before a hero or a role, said whole: "the worst jett")
and clean chat that looks alike: the writer's own play, maps, patches, skins and items
judged, enemies praised, asked, callouts, friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a third person called a bad player, role or hero after a copula
    "he is a terrible player", "our jungler is a terrible player", "she is a horrible player",
    "this guy is an awful teammate", "that sage is such a terrible support",
    "hes a trash player", "he's a terrible player lol", "our jett is such a garbage player",
    "this kid is a horrible player", "our mid is a terrible player honestly",
    "the enemy jungler is a terrible player", "our support was a horrible teammate",
    "that reyna is a terrible jett", "this pudge is a terrible player",
    "she was such an awful teammate", "ur carry is a garbage player",
    "lol he is a horrible player", "my adc is a pathetic player", "he is just a terrible player",
    "our tank is such an awful player tbh",
    # "the worst" before a hero or a role, said whole
    "the worst jett", "the worst sage ive ever seen", "literally the worst support",
    "the worst jungler lol", "the worst pudge", "honestly the worst mercy",
    "the worst tank ever", "the worst adc in the game", "omg the worst yasuo",
    "the worst teammate ive ever had", "the worst reyna ive seen",
    "just the worst support", "the worst player on this team", "the worst genji ever lol",
    # added before its rule: a person said to lack the game's sense or any clue of it
    "he has no clue how to play", "our jungler has no clue how to play this hero",
    "that sage has zero game sense", "our support has no clue", "he has zero game sense",
    "this reyna has no clue what shes doing", "u have no clue how to play this champ",
    "our mid has no game sense lol", "she has no clue how to play her role",
    "the enemy carry has zero game sense", "this guy has no clue what hes doing",
    "you have zero game sense",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the writer's own play, things judged, enemies praised, asked, callouts
    "im the worst jett lol", "i am the worst support", "im a terrible player",
    "i was a terrible player back then", "im such an awful teammate sorry",
    "he is not a terrible player", "is he a terrible player?", "he is a terrible player?",
    "he said im a terrible player", "he is a terrible player to play against",
    "the worst patch", "the worst map in the game", "the worst jett skin",
    "the worst jett matchup", "the worst item in the game", "the worst part is the lag",
    "who is the worst jett?", "the worst jett i know is me", "i'm literally the worst sage",
    "this game is a terrible experience", "that map is a terrible map for us",
    "he is a terrible matchup for me", "the enemy jett is a great player",
    "that reyna is an insane player", "he is a terrible player but a great guy",
    "jett on a site", "sage wall mid", "he is a good player", "she is a cracked player",
    "the worst thing about this game", "worst patch ever", "useless item",
    "the worst jett combo is dash into smoke", "i have no idea how to play this agent",
    "the worst support items are in the shop",
    # added with the clue shape
    "i have no clue how to play this agent", "i have zero game sense lol",
    "he has no clue how to play against it", "does he have no clue how to play?",
    "he has no clue how to play yet, hes new", "our jungler has no clue where the enemy is",
    "she has no clue about the surprise", "they have no clue were coming",
    "he has great game sense", "the enemy support has no clue were behind them",
    "my friend has no clue how to play this game but shes learning",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fucking nice shot", "holy shit gg", "damn he is a good player",
    "shit this map is the worst", "fuck yeah we won", "what the fuck was that ult, insane",
)
# fmt: on
