"""The gamechat22 probe (issue 8): in-game chat of shooters, MOBAs, Rocket League and
block-game servers in the round's shapes (a sibling likened down, a verdict in the next
chat line after a player is named, ranks and game sense thrown at a player, "npc" and
"carried" jabs) and clean chat that looks alike: the same words about oneself, surrender
votes, callouts, praise, friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a sibling or a relative likened down
    "my sister plays better than u", "my brother plays better than you",
    "my cousin has better aim than u", "my grandma rotates better than you",
    # a verdict in the next chat line after a player is named
    "this reyna | so bad", "our jett | so trash lol", "look at this support | useless",
    "our adc | so bad omg", "this genji | trash", "wtf is our jungler doing | so bad",
    # ranks and game sense thrown at a player
    "ur hardstuck silver for a reason", "peak bronze gameplay", "0 game sense",
    "u have 0 game sense", "who let u out of placements", "bronze brain",
    "how are you even plat", "u belong in iron", "zero game sense from our mid",
    "ff this team is braindead", "ur team is braindead",
    # "npc" and "carried" jabs
    "actual npc", "ur such an npc", "get carried harder", "enjoy getting carried",
    "ratio'd and ur 0-10", "ur 0-10 shut up", "boosted monkey", "ur so boosted lol",
    "uninstall the game", "go back to fortnite kid", "literal bot behavior",
    "you play like a bot", "report our jungler hes trolling",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same words about oneself
    "i'm hardstuck silver lol", "im so bad at this game", "i have 0 game sense tbh",
    "i got carried so hard that game", "i was peak bronze last season",
    "im boosted lol dont expect much", "im 0-10 sorry guys", "im such an npc today",
    # surrender votes and plans
    "ff 15 we can't win this", "ff at 15 pls", "gg ff go next", "we can still win this",
    # callouts
    "jett on site b", "reyna low", "their support is on the left", "genji flanking",
    "one in heaven", "enemy jungler top side", "rotate to a",
    # praise and thanks
    "nice shot our jett", "our support is insane", "gj team", "this reyna is so good",
    "carry me pls lol", "my sister plays this game too", "my brother taught me this map",
    # games and npcs
    "the npc in the village sells diamonds", "that npc quest is so bad lol",
    "the new map is trash", "this patch is so bad", "bronze rewards are out",
)

TUNE_SWEARING: tuple[str, ...] = (
    "shit that was close", "holy shit what a shot", "fucking nice ace",
    "damn that was clean", "wtf was that play lmao", "fuck lag",
)
