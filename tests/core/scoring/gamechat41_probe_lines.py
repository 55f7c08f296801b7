"""The gamechat41 probe lines (issue 8): game chat that puts down plural third persons,
"they", "these guys", "those dudes", "both of them", said to suck or to be trash, with
only chat's tails after the verdict ("they suck", "these guys are trash", "they're
useless af", "they play like shit"), and the clean lines in the same words that must
stay clean: strategy about the enemy's weak spot ("they suck at late game so push now"),
negated, asked, reported, the writer's own side ("we suck") and things.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    "they suck", "they suck lol", "they really suck", "they just suck so bad",
    "omg they suck", "gg they suck", "they both suck", "they suck at this game",
    "they suck so hard lmao", "these guys suck", "those dudes suck lol",
    "these guys really suck", "both of them suck", "all of them suck tbh",
    "these guys are trash", "those guys are useless", "these guys are garbage lol",
    "they are trash", "they're trash lol", "they were garbage", "they are useless",
    "they're useless af", "they were trash tbh", "they are so useless",
    "these two are trash", "those clowns are useless", "they play like shit",
    "these guys play like shit", "they're playing like garbage", "they played like trash",
    "lol they suck ass", "wow these dudes are garbage", "they're garbage at this game",
    "man they suck", "these kids suck",
)

TUNE_CLEAN: tuple[str, ...] = (
    "they suck at late game so push now", "they suck vs magic damage, build mkb",
    "they suck early so fight at 10", "they're trash at teamfights so split push",
    "they are useless without bkb, bait it out",
    "these guys are trash at defending high ground, go",
    "do they suck?", "are they trash?", "they suck? no way", "they don't suck",
    "they aren't trash, just tilted", "they never sucked", "he said they suck",
    "my friend said these guys are trash", "we suck", "we are trash lol",
    "we were garbage today", "i suck at this game", "these skins are trash",
    "the new items are useless", "they suck up all the farm", "they suck at first but get good",
    "they used to suck but now they're great", "they suck the enemy in with the ult",
    "they are useless to us now, sell them", "these guys are trash talkers, just mute and play",
    "these wards are trash placement, move them", "they played like trash and still won, respect",
    "they were garbage collectors in the lore", "those guys are useless? no they carried",
    "dont say they suck, its rude", "they're playing like pros tonight",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that was close", "fuck yeah we won", "damn this game is sick",
    "shit i missed the hook", "what the fuck was that play haha", "oh hell yes gg",
)
