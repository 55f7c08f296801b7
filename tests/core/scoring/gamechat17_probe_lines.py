"""The seventeenth game-chat probe (issue 8), written before any rule, in the chat of games
other than Dota: League of Legends (inting, "open mid", "ff this trash team", "jungle
diff"), Overwatch and Valorant (throwing healers, instalocks, bottom frags, "mid gap"),
CS (rushing, baiting), Fortnite, Roblox and Minecraft (griefing, default skins, building).
Clean lines: the same words said of oneself, the enemy's skill praised, plain calls of
play and surrender votes, and friendly swearing."""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # inting / throwing said of a teammate
    "stop inting", "our jungler is inting", "report yasuo inting", "yasuo is inting again",
    "our healer is throwing", "mercy keeps throwing", "stop throwing you idiot",
    "top is literally inting", "why are you inting",
    # diff / gap said of a lane or role
    "jungle diff", "mid gap", "support diff lol", "adc gap", "instalock jett diff",
    "top diff gg", "healer diff",
    # bottom frag / dead weight
    "reyna bottom frag again", "our jett bottom fragging as usual",
    "you are bottom frag every game", "carried by me and you still bottom frag",
    # surrender with a trash team
    "ff this trash team", "ff15 this team is garbage", "ff trash jungler",
    # CS and orders with a name-call
    "rush b you idiots", "stop baiting noob", "stop baiting you rat",
    "awp noob cant hit anything",
    # Fortnite, Roblox, Minecraft
    "default skin bot", "ur so bad at building", "oof noob", "go back to creative bot",
    "you griefed my house you little rat", "stop griefing idiot",
    "ur trash at this game", "get off my server noob",
    # uninstall / go back to bronze
    "uninstall the game", "go back to iron", "go back to bronze where you belong",
    "uninstall league pls",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that ace", "fucking nice clutch", "shit i whiffed my ult",
    "damn their jett is cracked", "fuck this map", "wtf that sova arrow",
    "fucking lag again", "oh shit baron", "hell yeah victory royale", "shit creeper blew my house",
)

TUNE_OTHER_CLEAN: tuple[str, ...] = (
    "ff at 15?", "open mid was a good call", "jungle diff honestly, my bad", "gg wp",
    "i'm inting sorry", "their jett is cracked", "nice clutch", "sorry im throwing",
    "i am bottom frag, my bad", "mid gap is my fault", "rush b no stop",
    "stop baiting their ults", "default skin but cracked", "im so bad at building lol",
    "oof i fell", "i griefed my own base lol", "uninstalled the old version",
    "go back to base and heal", "their support diff was huge, gg", "we can ff at 20 if needed",
    "nice ult mercy", "can someone rush b with me", "pick up the healer role pls",
    "who wants to duo", "my internet is trash today", "lets open mid together",
    "this patch is trash", "reyna is a strong pick", "bottom frag but got the plant",
    "the jungle is dark", "mind the gap", "go back to the spawn",
)

TUNE_CLEAN: tuple[str, ...] = TUNE_SWEARING + TUNE_OTHER_CLEAN
