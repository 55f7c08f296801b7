"""The gamechat60 probe (issue 8): a player in game chat named by hero or role and called
bad with a bare "bad" in a short line of its own, "bad" right after the player ("pudge
bad", "our mid bad", "invoker bad gg") or right before it ("bad pudge", "gg bad mid",
"bad carry lol"); and the clean lines in the same words that must stay clean (a pick, an
item, a build, a matchup or a patch judged, the writer's own hero, "my bad", negations,
questions, reports, opinions and bad luck). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # "bad" right after the player
    "pudge bad", "sf bad", "pudge bad lol", "our mid bad", "invoker bad gg",
    "tinker bad again", "their carry bad", "ur jugg bad", "gg slark bad", "lol meepo bad",
    "report techies bad", "wtf sniper bad lmao", "axe bad lol", "lina bad tbh",
    "support bad", "jungler bad gg", "enemy pa bad", "rubick bad xd",
    # "bad" right before the player
    "bad pudge", "bad sf lol", "gg bad mid", "bad carry gg", "bad invoker again",
    "lol bad slark", "bad jugg xd", "what a bad meepo", "bad player", "ez bad lina",
    "bad tinker tbh", "report bad techies", "bad support lol", "bad riki",
    "wow bad offlaner", "bad jungler gg", "bad teammate",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a pick, an item, a build, a matchup or a patch judged
    "pudge bad pick", "bad item on pudge", "pudge bad vs sniper", "sf bad this patch",
    "invoker bad into silencer", "bad tinker build", "meepo bad early",
    "bad jugg items", "pudge bad hero", "bad mid lane", "bad carry pick",
    "lina bad in this meta", "sf bad ult", "bad sf ult timing",
    # the writer's own hero, "my bad", negations, questions, reports, opinions
    "my pudge bad lol", "bad pudge game from me", "my sf bad sorry", "my bad pudge",
    "pudge my bad", "not bad pudge", "not bad sf", "pudge bad?", "is pudge bad?",
    "i was bad pudge", "he said pudge bad", "i think sf bad",
    # luck, the weather, the lag, the game
    "bad luck pudge", "bad storm", "this storm bad", "bad lag mid", "bad game pudge",
    "pudge, bad call",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit bad luck lol", "fuck my bad", "shit bad ping again",
    "damn that pudge hook was fucking sick", "fucking hell bad rng", "shit my bad guys",
)
# fmt: on
