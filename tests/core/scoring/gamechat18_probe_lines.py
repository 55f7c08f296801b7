"""The eighteenth game-chat probe (issue 8), written before any rule: the last shapes main
missed in game chat, across Dota, League, Valorant/Overwatch, CS and Fortnite/Roblox. A
hero, agent or role said to be throwing or feeding (singular), "<hero/role> diff" said of
a teammate, "get good or get out", sexism at a girl in voice chat, "uninstall and go back
to <kids' game>", flaming words spelt with typos and digits, and all-caps rage at a player.
Clean lines: the same words of oneself, of the enemy, or as plain calls of play.

Decisions written down before any rule:
- "<hero> is feeding/throwing" closing its clause (or followed by again/keeps/fillers) is
  blame of a teammate; "their <hero> is feeding" reports the enemy and is clean;
  "pudge is feeding their carry" names whom the enemy farms and is read as a call (clean).
- "<hero> diff" alone is a teammate blamed; "<hero> diff on their side" or "their <hero>
  diff" praises the enemy and is clean, as is "<role> diff, my bad".
- All caps alone is no hostility: "STOP THE PUSH" is a call; only an order or question at
  a player ("WHAT ARE YOU DOING", "STOP FEEDING") counts."""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # singular throwing / feeding
    "our sage is throwing", "pudge is feeding again", "jinx is throwing so hard",
    "our reyna keeps feeding", "techies is throwing again lol", "our pos 5 is feeding",
    "zed is feeding nonstop", "jett keeps throwing every round",
    # <hero/role> diff said of a teammate
    "sage diff", "mercy diff lol", "omen diff", "pudge diff", "support diff",
    "yasuo diff gg", "awper diff",
    # get good or get out
    "get good or get out", "git gud or uninstall", "get good or quit the game",
    # sexism in game
    "ew a girl in vc", "ur a girl so ur bad", "girls cant play valorant",
    "go back to the kitchen and stop healing", "of course the girl is bottom frag",
    # uninstall and go back to a kids' game
    "uninstall and go back to minecraft", "go back to roblox kid",
    "go back to fortnite you noob", "uninstall and go play roblox",
    # typos and obfuscation
    "n00b", "ur trassh", "uselss support", "r3tard", "noooob jungler", "ur such a n00b",
    "tr4sh team", "you are uselesss", "stfu idi0t", "retrded pudge",
    # all caps rage
    "WHAT ARE YOU DOING MID", "STOP FEEDING", "ARE YOU BLIND JETT", "WHY WOULD YOU DIVE",
    "STOP INTING YOU IDIOT", "WHAT IS WRONG WITH YOU",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that rampage", "fucking insane flank", "shit i died again",
    "damn that was close", "fuck this lag", "wtf was that ult", "oh shit roshan",
    "fucking hell that spray", "shit shit shit", "hell yeah ace",
)

TUNE_OTHER_CLEAN: tuple[str, ...] = (
    # throwing / feeding of oneself or the enemy
    "i'm throwing sorry", "pudge is feeding their carry", "their jinx is feeding",
    "im feeding my bad", "their sage is throwing lol", "throwing a smoke mid",
    "the courier is feeding the carry", "zed is strong this patch",
    # diff of the enemy, of oneself
    "sage diff on their side, gg", "their mercy diff honestly", "support diff, my bad",
    "what is the diff between these items", "pudge diff was me sorry",
    # get good, uninstall, go back
    "get good at last hitting with practice", "go back to base",
    "going back to minecraft after this",
    "uninstall the old drivers", "i need to get good at this", "go back to lane",
    # girls in vc, clean
    "a girl in vc is carrying us", "my girlfriend plays sage", "girls night in fortnite",
    # spellings that are clean
    "noob friendly server", "the trash can is over there", "useless item tbh",
    "n00b tube is my favourite gun", "noooo my ult",
    # all caps that is no hostility
    "STOP THE PUSH", "GO BACK TO BASE", "WHAT A PLAY", "NICE SHOT", "DEFEND B",
    "WHAT ARE WE DOING", "GG WP", "ROSHAN IS UP", "I AM SO SORRY",
    "STOP STOP STOP", "WHY IS MY PING SO HIGH",
)

TUNE_CLEAN: tuple[str, ...] = TUNE_SWEARING + TUNE_OTHER_CLEAN
