"""The chat9 probe's held-back batch (issue 8): written after chat9_probe_lines.py and
before any rule, never read for misses; counted once at the start of the round and once
at the end (figures in test_scorer_chat9_probe.py). Same shapes as the studied lines,
new wording: Discord servers and in-game chat of games other than Dota 2.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # flaming by role or champion name
    "our support is a complete moron", "sage u are hopeless", "the ashe is an idiot",
    "our healer is a brain dead monkey", "lucio ur so trash", "our keeper is blind",
    # blaming
    "you lost us the whole game", "you threw this entire match", "our jungle threw",
    "we lost cause you are useless", "thanks for losing us the round moron",
    # threats to a person or their things
    "ill smash your phone", "i will set your car on fire", "im going to break your nose",
    "i'll kick your door in", "ill break your fingers", "i will burn all your stuff",
    # third-party harm wishes
    "somebody should break his arms", "i hope someone burns your car",
    "someone needs to slap her", "hope someone beats you up",
    # raids and pile-ons
    "lets raid her discord", "everyone spam his dms", "go flood her chat",
    "lets all report his account till its banned", "raid his stream",
    # doxxing threats
    "i know where u live", "i'll find where you live", "i know your address",
    "ill post your ip", "i know what school you go to", "gonna dox u",
    # exclusion
    "nobody wants u here", "kick her from the discord", "ban him from the server",
    "get out of the vc nobody likes you", "you arent welcome in this server",
    # mocking appearance of a named person
    "jess is so ugly lmao", "ryan is a fat pig", "chloe looks like a troll",
    "dan has a face like a pug",
    # leave or die in game slang
    "go kys", "just die already", "uninstall and die", "alt f4 your life",
    "go jump off a cliff noob",
    # Italian
    "il support è un incapace", "ti trovo e ti ammazzo", "fuori dal server",
)

HELD_CLEAN: tuple[str, ...] = (
    # trash talk about games, items, maps
    "this patch is garbage", "the new map is ugly", "bind is a trash map",
    "this weapon is useless", "the shop is a ripoff",
    # self-blame
    "i threw sorry", "my fault we lost", "i'm so bad at this lol", "i lost that round for us",
    # callouts and mechanics
    "kill the medic first", "focus the tank", "burn the inhibitor", "break the barrier",
    "destroy their turret", "smash the pots", "set the house on fire in the mission",
    "blow up the bridge", "raid the outpost", "eject purple", "vote green he vented",
    "finish the boss", "take out the sniper",
    # reporting procedures
    "how do i report a player in league", "report it to the mods",
    "use the report tab if someone is toxic",
    # banter marked as such
    "ur so bad lol jk", "jk ur goated", "we always trash talk each other lol",
    # bots, NPCs, AI teammates
    "the ai teammates are useless", "the bot goalie is trash", "npc enemies are so stupid",
    "the cpu keeper is garbage", "the bots are braindead",
    # other
    "where are you from? na or eu", "i know where the chest is", "nobody wants to play mid",
    "kick the ball", "leave the vc when ur done", "that monster is so ugly",
    # Italian
    "questa patch fa schifo", "ho sbagliato io, scusate", "uccidi il cecchino",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck this lag", "holy shit nice ace", "fucking great game", "shit i missed",
    "damn that was close", "what the fuck was that", "fuck yeah", "god damn it",
    "shit my controller died", "fucking hell this map", "holy fuck", "damn that flick",
    "fuck me that hurt", "cazzo che partita", "porca miseria",
)
