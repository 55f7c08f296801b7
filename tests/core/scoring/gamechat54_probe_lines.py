"""The gamechat54 probe (issue 8): game chat that calls a player "trash" (or "garbage")
as a bare verdict, with nothing but chat's openers, an intensifier, a count of players
or a rank before it ("typical trash", "lol trash", "gg trash", "lost to 5 trash", "4k
trash", "and are still trash"), which older rounds read as said of no one in
particular; and the clean lines in the same words that must stay clean (trash talk,
literal trash, a game, a patch or the writer's own play called trash, questions,
denials and reports). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # chat's openers, then the verdict alone
    "typical trash", "lol trash", "wow trash", "gg trash", "lmao trash", "omg trash",
    "ggwp trash", "haha trash", "classic trash", "typical trash lol",
    # an intensifier before it
    "pure trash", "utter trash", "total trash", "complete trash", "such trash",
    "so trash", "absolute garbage", "pure garbage lol",
    # a count of players or a rank before it
    "lost to 5 trash", "we lost to 4 trash", "3 trash on my team", "4 trash party",
    "2 trash players", "with 4 trash", "3k trash", "5k trash", "4k trash", "gold trash",
    # the verdict on a role or the team closing it
    "typical trash in mid", "typical trash carry", "trash team again",
    # a plural verdict with the players left out
    "and are still trash", "are still trash", "and still trash", "are just trash",
)

TUNE_CLEAN: tuple[str, ...] = (
    # trash talk and literal trash
    "lol trash talk again", "typical trash talk", "gg no trash talk pls",
    "take out the trash lol", "omg trash day tomorrow", "wow trash can is full",
    "4 trash bags in the garage", "lol trash loot from that chest",
    # a game, a patch, a thing of the player's or the server
    "this game is trash", "the patch is pure trash", "servers are trash today",
    "my wifi is utter trash", "this map is absolute garbage", "matchmaking is total trash",
    "the new skin is such trash", "that item is trash on him", "the drops are still trash",
    # the writer's own play
    "im trash at this game", "i am so trash lol", "my aim is trash today",
    "gg i was trash", "sorry i played like trash",
    # questions, denials, reports, counter-speech
    "is this hero trash?", "lol trash?", "are they trash or just unlucky?",
    "no one is trash here", "not trash at all", "dont call him trash",
    "he said typical trash lol", "calling people trash is not cool",
    "stop saying gg trash", "trash mobs respawn fast here",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that was a fucking clutch", "fuck yeah we won", "shit my wifi died again",
    "damn that was close as hell", "what the fuck just happened lol",
    "fucking hell this lag",
)
