"""The gamechat24 probe (issue 8): in-game chat of games other than Dota 2 (League,
Overwatch, Valorant, CS2, Rocket League, Fortnite, block-game servers) in the round's
shapes (a profanity word said of the reader, stretched or not; a gg-taunt with an
insult; "uninstall" and "delete" in chat spelling; a mock title with a role or hero
name; threats in chat spelling) and clean chat that looks alike: callouts, praise,
self-talk, "gg wp", the same words of a thing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a profanity word said of the reader
    "ur so shittt", "ur shittt", "u r so shittt", "ur so shitty", "you are so shitty",
    "ur shitty lol", "u so crappy", "ur so crap bro", "youre so shittt at this game",
    "jett ur so shittt",
    # a gg-taunt with an insult
    "gg no re trash", "gg no re loser", "gg no re kid", "gg get rekt noob",
    "gg no re clown", "gg go next trash",
    # uninstall and delete in chat spelling
    "unistal", "unistal pls", "uninstal game", "uninstall game pls", "delete game",
    "delete game pls", "just delete game kid",
    # a mock title with a role or hero name
    "ok genius support", "nice job genius adc", "thanks genius jungle",
    "great play einstein mid", "well done genius tank",
    # threats in chat spelling
    "ur dead after this", "ur dead after this game", "ill kill u after this",
    "i'll kill u irl", "ur so dead after this match",
    # Italian
    "gg no re scarso", "disinstalla gioco",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same words of a thing, or the writer's own
    "ur mic is so shittt", "my aim is so shittt", "this map is so shitty",
    "i'm so trash today lol", "im so shittt at this game lol", "ur shitty mic is echoing",
    "the servers are so crappy tonight",
    # gg without an insult, or of the writer's side
    "gg wp", "gg no re", "gg go next", "gg no re, my internet is trash", "gg wp all",
    "gg no re, we were trash",
    # tech support and the writer's own uninstall
    "uninstall game and reinstall it", "i uninstalled the game", "delete game files",
    "delete game cache then restart", "i might delete game tbh",
    "unistal the old version first",
    # praise and callouts with a role
    "genius jungle play", "nice job support", "thanks jungle", "great play mid",
    "that was a genius play by our support", "ok support going b",
    # callouts and banter with "dead"
    "ur dead if u push alone", "ur dead, respawn in 10", "careful ur dead",
    "i'll kill u in the next fight lol", "ill kill u with the ult next round",
    "he's dead after this fight, i have ult",
)

TUNE_SWEARING: tuple[str, ...] = (
    "shit lag", "fuck this ping", "holy shittt", "shittt i died", "this is so shitty lol",
    "fuckkk my mouse",
)
