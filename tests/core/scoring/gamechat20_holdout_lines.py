"""The gamechat20 held-back batch (issue 8): written with the probe, before any rule,
counted only at the start and the end of the round. New wording in the same shapes.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "u play like my grandpa", "you play like a grandma", "bro aims like a bot",
    "you shoot like a stormtrooper", "my mom plays better than you",
    "my 5 year old brother plays better", "ur playing like a bot", "you play like a child",
    "report jungler", "report mid pls", "report our adc", "report bot lane",
    "report carry", "report the support", "report top lane",
    "top diff", "support diff", "jungle is trolling", "our healer afk again",
    "mid is useless", "our adc is inting", "our support keeps feeding",
    "we lost bc of you", "we lost because of our jungle", "thanks for throwing",
    "thanks for the feed idiot", "ty for feeding",
    "uninstall please", "delete this game", "pls delete the game", "go back to silver",
    "go back to roblox kid", "quit this game", "just uninstall bro",
    "nice one idiot", "good job genius", "great play genius", "well done einstein",
    "nice throw genius", "great job moron",
)

HELD_CLEAN: tuple[str, ...] = (
    "top lane push", "jungle ganks bot", "mid is gone", "report back when done",
    "report the bug to the devs", "support is roaming", "adc should farm",
    "jungler can u help bot", "our healer needs a shield", "top diff in gold early, careful",
    "im so trash today sorry", "sorry guys im feeding", "we lost because of my throw",
    "i aim like a bot tonight lol", "we lost because of the disconnect",
    "u play like a pro", "you aim like shroud", "top diff gg wp", "thanks for the heals",
    "ty for the carry", "great job everyone", "nice one mid", "good job team",
    "well played", "the npc has no hands", "you have no hands in this cutscene lol",
    "uninstall the mod first", "delete the cache and restart", "go back to the lobby",
    "go back to spawn and wait", "quit the game to update", "stop playing adc, try mid",
    "my grandma plays minecraft too", "my dog plays with his ball",
    "the bots play like humans", "nice one genius idea btw lets do it",
    "great job on the event guys", "mid is trolling the enemy with that bush",
    "jungle diff is real this patch lol", "thanks for feeding my cat while i was away",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck that clutch", "fuck this ping", "shit lag again", "damn that ace was sick",
    "what the hell just happened lmao", "this map is shit", "fucking finally we won",
)
