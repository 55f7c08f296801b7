"""The gamechat39 probe (issue 8): game chat that trashes a third person's or a teammate's
play ("his aim is shit", "our jungler's rotations are trash", "their support was so
shit", "mid's build is garbage", "pudge's hooks are ass"), the near-miss lines in the
same words that must stay clean (the writer's own play, the game, the gear, praise,
negated, asked, reported), and friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a third person's play called shit
    "his aim is shit", "her positioning is fucking shit", "his ult timing was crap",
    "his decision making is ass", "her map awareness was shit", "his rotations were ass",
    "her plays are ass", "bro his crosshair placement is shit", "his shotcalling was garbage",
    "their drafts are garbage tbh",
    # a role's, a hero's or a named player's play
    "our jungler's rotations are trash", "mid's build is garbage",
    "this guy's game sense is dogshit", "pudge's hooks are ass",
    "their carry's farm was shit all game", "our offlaner's itemization is trash lol",
    "the enemy mid's laning is garbage", "invoker's combos were shit",
    "ur carry's build is shit", "sniper's positioning is shit af", "that guy's aim is trash",
    "their whole team's macro is garbage", "jugg's farming was so shit",
    "this kid's mechanics are garbage", "the mid laner's decisions were shit",
    "riki's itemization is dogshit",
    # a role or a teammate called shit
    "their support was so shit", "their jungler was so shit this game",
    "our support is absolute trash", "our mid player is dogshit", "their offlaner was crap",
    "our tank was shit", "their supports were fucking shit", "our carry was shit mid",
    "their healer is trash",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the writer's own play, the game, the gear
    "my aim is shit today", "the servers are shit", "his mic is shit", "his internet was shit",
    "their ping was shit", "my build was trash, my bad", "our rotations were shit, our fault",
    "the matchmaking is garbage", "this patch is shit", "their jungler's pc is garbage",
    "the hero is ass after the nerf", "this map is trash", "their keyboard was trash",
    "our jungler's mic is shit", "the shop's items are trash", "the graphics are ass",
    "this game's matchmaking is shit", "dota's servers are garbage",
    "her stream quality was shit", "the mid lane was shit for farming",
    # praise, negated, asked, reported
    "his aim is insane", "pudge's hooks are insane", "their support was shit-hot",
    "his aim was shit hot", "her aim is the shit", "is his aim shit or is it lag?",
    "his aim isn't shit", "their support wasn't trash", "not saying his aim is shit",
    "nobody said his aim was shit", "was their carry's build shit?",
    "he said my build was trash",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit what a game", "shit that was close", "fuck yeah we won",
    "damn this is fun as shit", "lmao shit happens", "oh shit gg wp",
)
