"""The discord14 held-back batch (issue 8): written with the probe, before any rule,
counted only at the start and the end of the round. New wording in the same shapes.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "ur such a normie", "u are literally a bot irl", "ur just an npc with wifi",
    "youre such a tryhard loser", "ur a massive bozo", "dude ur such a clown 🤡",
    "ur the biggest simp here", "stop talking npc", "what a bozo lmao",
    "go unalive pls", "u should unalive", "unalive urself fr", "go unalive yourself today",
    "maybe just unalive", "imagine having zero friends", "imagine not having any friends lol",
    "imagine having no personality", "imagine having no bitches", "imagine having no father",
    "u smell like garbage", "you smell bad bro", "u stink fr", "ur so smelly no one sits near u",
    "ur mom left u for a reason", "even ur dad didnt want u", "ur dad never came back huh",
    "ew girls in this server", "a girl? uninstall", "ur a girl ofc ur trash",
    "go back to the kitchen", "everybody report his account",
    "lets all report her til shes banned", "mass report this loser", "you fell off so hard",
    "ratio + ur mid", "that streamer is a scammer",
    "the streamer is a fake", "git gud or leave", "get good or quit the server",
    "nobody likes u npc",
)

HELD_CLEAN: tuple[str, ...] = (
    "i feel like a normie today", "the bot is offline again", "that npc gave me a quest",
    "im a tryhard in ranked ngl", "bozo is my dogs name", "the clown boss is hard",
    "i simp for this character", "npc mode activated lol", "go unalive the final boss",
    "unalive the mobs in wave 3", "they say unalive on tiktok", "imagine having zero lag",
    "imagine not having any homework lol", "imagine having no bugs in this patch",
    "imagine having no wait time", "i smell smoke", "it smells bad in my room",
    "my socks stink lol", "the swamp level is so smelly", "my mom left for work",
    "my dad never came back from the store lol jk he did", "dad left early today",
    "there's a girl in the team and she's cracked", "girls in this server are so nice",
    "my gf is a girl gamer", "go back to the kitchen area in the map",
    "report the bug to the devs", "mass report the scam link", "lets report that spam account",
    "this game fell off after the update",
    "ratio of wins is good", "that streamer is so fun", "the streamer is a legend",
    "git gud at parry, it helps", "get good gear before the raid", "im such a clown lol",
    "the boss fell off the map", "report it to the mods pls", "u smell that new patch?",
    "ur dad is so funny lol",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit lol", "fuck that was close", "damn bro clutch", "shit i missed",
    "what the fuck was that boss", "hell yeah gg",
)
