"""The gamechat39 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "her aim is shit", "his last hitting is crap", "his farm was garbage all game",
    "her decisions were so shit", "his builds are ass", "his micro is garbage lol",
    "her laning was dogshit", "his skills are trash", "her movement is shit",
    "his calls were garbage", "his reactions are trash", "his strats are ass",
    "her combos were trash", "their draft was shit",
    "their mid's rotations were trash", "our support's warding is garbage",
    "that jungler's pathing is dogshit", "lion's stuns were ass",
    "the enemy support's positioning is trash", "this dude's game sense is trash",
    "their tank's engages are garbage", "axe's blink timing was shit",
    "their team's teamwork is trash", "our carry's itemization was crap",
    "meepo's micro was shit", "that kid's aim is garbage", "the jungler's ganks were ass",
    "the enemy carry's farming is trash", "tinker's rotations are shit",
    "that sniper's positioning was crap", "this guy's plays are dogshit",
    "our support's heals are garbage",
    "their carry is so shit", "our offlaner was shit", "our mid is fucking shit",
    "their healer was so shit", "our roamer is trash", "bro their mid player is dogshit",
    "our jungler was garbage", "their adc is so shit",
)

HELD_CLEAN: tuple[str, ...] = (
    "my positioning is shit", "the server was shit today", "his headset is shit",
    "her wifi is trash", "his frames were shit", "my farm was garbage this game",
    "our internet is trash", "this update is ass", "their mid's pc is garbage",
    "this hero is ass now", "the lane was shit", "her mouse is trash",
    "the store's skins are garbage", "the jungle camps are trash",
    "my rotations were ass sorry", "the weather was shit", "the map is garbage",
    "their mid's keyboard is ass", "dota's matchmaking is trash", "his stream was shit",
    "the audio is garbage", "my ult timing was trash mb", "the graphics were ass",
    "this game's servers are dogshit", "the new patch is garbage", "the queue was trash",
    "her aim is insane", "their carry was shit-hot", "pudge's hooks are sick",
    "his plays are insane", "his aim is sick", "their team was shit-hot",
    "his aim is the shit", "was his build shit or was i wrong?", "is her aim trash?",
    "his aim wasn't shit", "their jungler's build isn't garbage",
    "not saying their support is trash", "nobody thinks his build is shit",
    "she said my aim was shit",
)

HELD_SWEARING: tuple[str, ...] = (
    "shit that was fun", "holy fuck what a play", "damn shit got real",
    "fuck me that was close", "lol shit i misclicked", "oh fuck yes",
)
