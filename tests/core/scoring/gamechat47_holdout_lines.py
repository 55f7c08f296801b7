"""The gamechat47 held-back lines (issue 8): other wordings of the probe's shapes, written
at the same time as the probe and not studied until the final count."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "hardstuck bronze top", "you're iron 4 forever", "gold trash support",
    "silver noob", "u belong in iron", "go back to bronze kid", "boosted ape",
    "this guy is so boosted", "hardstuck plat loser", "you play like a silver",
    "our mid is inting", "quit inting moron", "jett is inting report",
    "stupid griefer", "this kid keeps griefing", "camping rat", "bot frag reyna",
    "ur the reason we lost", "zero map awareness", "worst adc in euw", "report our jungle",
    "tilted kid", "sit down kid", "rekt scrub", "ez clap trash", "uninstall valorant",
    "uninstall the game you bot", "go back to roblox kid", "go back to minecraft noob",
    "go play fortnite", "stick to roblox kiddo", "go back to cod you sweat",
    "low elo andy", "iron brain", "BRONZE MONKEY", "u are so hardstuk", "hardstuck dog",
    "our duelist is trolling", "this support is throwing on purpose", "go back to csgo silver",
)

HELD_CLEAN: tuple[str, ...] = (
    "hardstuck gold again rip", "hit plat today!!", "i'm iron in ranked but diamond in norms",
    "my friend is boosted and he admits it", "we got boosted by the dragon soul",
    "camping b site is a legit strat", "ez win, gg everyone", "inting is against the tos",
    "go back to spawn and regroup", "sit on point till overtime", "their adc is fed",
    "report the hacker on the other team", "i'm so tilted rn lol", "is silver a low rank?",
    "did you grief my base or was it a creeper?", "go back to fortnite? nah i like val more",
    "uninstalled league for finals week", "i'm the reason we lost, my bad",
    "map awareness is hard in iron", "bot frag games happen to everyone",
    "our jungle is on drake", "worst patch in years", "i think i'm boosted lol",
    "low elo players teach you to adapt", "he called me a griefer lol",
    "camping is fine in this mode", "go back to roblox after dinner?", "sit tight, backup coming",
    "clap for the team", "rekt the boss on first try", "the bronze skin looks nice",
    "silver medal in the tournament", "iron ore is in the cave", "go back to the lobby",
    "our support carried", "the reason we lost was their comp", "stick to the plan",
    "she mains jett", "i play minecraft with my kid", "gold rank is still good",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck that ace", "shit game for me lol", "damn my aim is off today",
    "fuck this lag", "hell yeah clutch", "what the shit was that spawn",
)
