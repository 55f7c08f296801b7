"""The gamechat23 probe (issue 8): in-game chat of shooters, MOBAs, Rocket League and
block-game servers in the round's shapes (a stat line or a rank thrown at a player, a
bought or boosted account, "dogwater", "imagine losing to this", orders to quit the game,
"kys" in chat's spellings, shouting at a player, letters typed twice or more) and clean
chat that looks alike: a rank or stats asked in good faith, the writer's own play,
callouts, praise, shouting at no one, friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a stat line thrown at a player
    "0/8 and still talking", "ur 1/9 and still typing", "look at ur kda",
    "check ur kda before u talk", "2/11 jett talking lol", "ur 0 and 7 shut up",
    # a rank doubted or mocked
    "what rank r u even", "how are u plat", "how is this guy diamond",
    "ur rank is a joke", "bought account", "u bought ur account",
    "boosted animal", "boosted af", "go back to bronze", "back to iron u go",
    # dogwater and its kin
    "dogwater", "ur dogwater", "our sage is dogwater", "ur so bad its funny",
    "imagine losing to this", "imagine being this bad",
    # orders to quit the game
    "delete the game", "uninstall pls", "just uninstall",
    # kys in chat's spellings
    "k y s", "kill urself", "kys noob", "go kys", "kill yourself pls",
    # shouting at a player
    "WHY ARE YOU SO BAD", "HOW DID YOU MISS THAT", "ARE YOU BLIND",
    "STOP FEEDING U IDIOT",
    # letters typed twice or more
    "noooob", "trashhh", "u suckkk", "ur so baddd", "uninstalll",
    # Italian
    "torna in bronzo", "account comprato", "disinstalla il gioco",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a rank or stats asked in good faith
    "what rank are you? i'm gold", "what rank r u? we can duo", "whats ur main",
    "what rank is everyone", "check the scoreboard", "look at my kda lol",
    # the writer's own play
    "i'm so bad today lol", "im dogwater today sorry", "im 0/8 sorry guys",
    "my aim is dogwater rn", "im so boosted lol", "i should uninstall lol",
    "i deserve bronze honestly", "my rank is a joke",
    # callouts and plans
    "go back to b", "back to spawn", "delete the enemy sova", "sova on a main",
    "kill the healer first", "kill him he's one shot", "imagine if we win this",
    # praise
    "that was disgusting play omg gj", "ur cracked", "how are you this good",
    "ur so good its scary", "gg wp", "that flick was nasty",
    # shouting at no one
    "LETS GOOO", "NICE SHOT", "WHAT A PLAY", "OMG YESSS", "GG EZ CLAP",
    # things judged, not players
    "this game is dogwater", "the rank system is a joke", "this map is trashhh",
    "noooo i died", "soooo close", "ranked is so bad today",
    # Italian
    "che rank sei? io sono oro", "sono scarsissimo oggi",
)

TUNE_SWEARING: tuple[str, ...] = (
    "shit that was close", "holy shit what a clutch", "fucking nice flick",
    "damn that was clean", "WHAT THE FUCK WAS THAT SHOT", "fuck this lag",
)
