"""The gamechat54 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "classic garbage", "lmfao trash", "wow garbage", "gg ez garbage", "rofl trash",
    "ok trash", "bruh trash", "ugh typical trash", "ggs trash", "xd trash",
    "just trash", "absolute trash lol", "utter garbage", "complete garbage",
    "total garbage lol", "such garbage", "so much trash", "pure trash honestly",
    "lost to 3 trash", "losing to 5 trash", "2 trash in my team", "5 trash",
    "vs 5 trash again", "with 2 garbage", "2k trash", "1k garbage", "silver trash",
    "bronze garbage", "typical trash in offlane", "typical garbage support",
    "garbage team", "trash party lol", "typical trash mid", "are all trash",
    "and are trash", "are still garbage", "and still garbage", "still trash",
    "trash lol", "lmao garbage",
)

HELD_CLEAN: tuple[str, ...] = (
    "lol trash talking again", "classic trash talk", "no garbage talk pls",
    "take the garbage out first", "trash day is monday", "garbage truck woke me up",
    "5 trash bags left", "gg garbage collection lag", "ugh trash drops again",
    "the game is garbage", "this patch is total trash", "their server is trash",
    "my pc is utter garbage", "this meta is absolute trash", "the ranked system is trash",
    "the old skin was trash", "this build is trash", "these items are still garbage",
    "the graphics are so trash", "im garbage today", "i am trash at support",
    "my play was trash", "i was garbage sorry", "i feel like trash",
    "is that trash?", "garbage?", "are you guys trash or what?",
    "nobody here is trash", "not garbage", "never call anyone trash",
    "she said lol trash", "calling them garbage is mean", "quit calling people trash",
    "wow the trash can fell over", "lol garbage bin", "trash panda spotted",
    "rubbish weather today", "this song is trash", "the movie was garbage",
    "food was trash",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck me that was sick", "holy fuck what a play", "shit happens gg",
    "hell yeah lets go", "damn this lag is shit", "oh shit nice one",
)
