"""The gamechat22 held-back batch (issue 8): written with the probe, before any rule,
counted only at the start and the end of the round. New wording in the same shapes.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # a sibling or a relative likened down
    "my little sis plays better than this", "my sister could aim better than u",
    "my brother has more kills than u", "my grandpa plays better than our mid",
    "my nephew plays better than this team",
    # a verdict in the next chat line after a player is named
    "this sage | so useless", "our mercy | garbage", "our top | trash lol",
    "this kid | so annoying", "our tank | worst player ever", "this mid | dog",
    "that jungler | horrible", "this ana | so bad bro",
    # ranks and game sense thrown at a player
    "ur hardstuck gold for a reason", "gold elo gameplay lmao", "no game sense at all",
    "negative game sense", "how did u get out of placements", "silver brain",
    "how are u diamond", "u belong in bronze", "ff team is brain dead",
    "this team is braindead", "peak silver play",
    # "npc" and "carried" jabs
    "literal npc", "ur an npc", "get carried more", "enjoy the carry u boosted ape",
    "ur 0-12 and talking", "0-8 and still typing lol", "boosted kid", "ur boosted af",
    "uninstall", "go back to minecraft kid", "such bot behavior", "u play like a bot",
    "our adc is trolling report", "uninstall league pls", "stop typing u npc",
    "ur literally a bot",
)

HELD_CLEAN: tuple[str, ...] = (
    # the same words about oneself
    "im hardstuck gold forever lol", "i have no game sense at all", "im so boosted lmao",
    "i got carried lol ty", "im 0-8 my bad", "i play like a bot today",
    "my game sense is 0 tonight", "i was stuck in bronze for ages",
    # surrender votes and plans
    "ff 20 if we lose this fight", "ff at 20 i guess", "ok ff", "dont ff we can win",
    "lets go next", "play safe this round",
    # callouts
    "sage on a main", "mercy low", "their top is missing", "ana sleeping",
    "enemy adc b", "tank in the back", "two long", "rotate b",
    # praise and thanks
    "nice shot sage", "our mercy is cracked", "wp team", "this ana is so good",
    "carry me pls", "my sister plays support too", "my brother got me into this game",
    "ty for the carry", "gg wp all",
    # games and npcs
    "the npc in spawn gives quests", "that npc dialogue is so bad",
    "this map is trash", "the new update is so bad", "silver skins look so good",
    "placements start tomorrow", "bots are so easy in custom", "the bot lane is empty",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit that clutch", "fuck that was close", "damn nice one",
    "shit i missed", "what the fuck was that lmao", "fucking lag again",
)
