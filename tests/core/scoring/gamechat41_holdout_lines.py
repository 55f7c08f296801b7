"""The gamechat41 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "they suck so much", "they just suck", "lmao they suck", "ff they suck",
    "they honestly suck", "they suck badly", "these dudes suck", "those guys suck so bad",
    "these guys just suck", "both of em suck", "the two of them suck",
    "these guys are useless", "those guys are trash lol", "these dudes are useless af",
    "they're garbage", "they are garbage lol", "they were useless", "they're so trash",
    "they were so useless", "they are all trash", "those two are garbage",
    "these noobs are useless", "they play like garbage", "those guys play like trash",
    "they're playing like shit", "these dudes played like shit", "they suck at dota",
    "wtf they suck", "bro they suck", "they both are trash", "they're useless lol",
    "they really are trash", "they're literally garbage", "these people suck",
    "those players are trash", "they suck dick", "they were trash lmao",
    "god they are useless", "those idiots suck", "they are trash at this game",
)

HELD_CLEAN: tuple[str, ...] = (
    "they suck at laning so pressure them", "they suck vs illusions, get a bf",
    "they suck without their carry, push now", "they're trash at warding, smoke gank",
    "they are useless once we have aegis", "these guys are garbage at rotating, go bot",
    "do those guys suck?", "are they useless?", "they're trash? really?",
    "they do not suck", "they aren't useless", "they weren't trash",
    "she said they suck", "someone told me these guys are garbage", "we suck today",
    "we're useless lol", "we played like trash", "i'm trash at this hero",
    "these items are useless", "the servers are trash tonight", "they suck up the damage",
    "they suck in the early minutes but scale", "they used to be trash but got good",
    "they suck all the creeps in with the ult", "they are useless in this patch, dont buy",
    "these guys are trash pickers lol, always random", "these builds are garbage, try mine",
    "they played like trash but we threw, my bad", "those guys are useless? they won",
    "never say they suck", "they're playing really well", "the wards are trash, buy new ones",
    "they suck and blow like a vacuum", "they're trash bags, put them out",
    "the bots suck at this mode", "they suck less than last season, nice",
    "these guys are trash cans in the map", "our creeps suck vs theirs",
    "they were trash at first but improved a lot", "they suck at chess, not dota",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck that was a great fight", "shit man what a comeback", "holy fuck gg",
    "damn that ult was nuts", "hell yeah rampage", "oh shit the rosh",
)
