"""The twelfth game-chat probe's studied lines (issue 8), written before reading the rules.

Chat from Dota 2, League, Valorant, CS2, Overwatch, Fortnite, Minecraft and Roblox in
the flaming shapes players write everywhere: "ur so bad" and "how are you this bad",
"uninstall" and "go back to bronze", "kys" spelled out, gloats ("ez noob", "cry more"),
a role or hero named with a slur on its play ("dogshit jungler", "mid you suck", "sup
diff"), blame with a call to surrender ("ff this guy is throwing"), "reported for
feeding", "stop feeding you idiot", "ur mom", spelled obfuscations ("u r tr4sh",
"n00b") and all-caps rants.

Clean lines are untargeted swearing (its own list: the held-out game-chat floor's
control) and game talk that looks hostile: "kill the carry", "he's a beast", self-blame,
praise, "gg wp", "report bug", "I'm feeding sorry", role calls.

The held-back batch is in gamechat12_holdout_lines.py, written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # "ur so bad", "how are you this bad"
    "ur so bad at this game", "you are so bad its sad", "how are you this bad",
    "how r u this bad at league", "how can someone be this bad", "how is this guy so bad",
    "youre actually so bad", "ur bad kid", "u so bad lmao", "how do you miss that every time",
    # uninstall / go back to rank
    "uninstall pls", "just uninstall the game", "pls uninstall and never come back",
    "go back to bronze", "go back to silver where you belong", "back to iron with you",
    "go play fortnite kid", "stick to minecraft",
    # kys spelled out
    "kys", "kill your fucking self", "go kill yourself noob", "just kys already",
    "kill urself", "go die in a hole", "neck yourself",
    # gloats
    "ez noob", "ez kid", "cry more", "cry about it noob", "sit down kid", "stay mad trash",
    "get rekt noob", "so ez lmao noobs",
    # role or hero with a slur on its play
    "dogshit jungler", "trash team", "garbage support", "worthless mid",
    "mid you suck", "sup diff", "jungle diff", "our carry is braindead",
    "pudge you are so trash", "top you are useless", "adc ur garbage",
    "this reyna is dogshit", "worst healer ever",
    # blame and surrender
    "ff this guy is throwing", "ff our mid is feeding", "this guy is throwing on purpose",
    "reported for feeding", "reported for being trash", "stop feeding you idiot",
    "stop dying you moron", "thanks for throwing idiot", "you lost us the game",
    # ur mom
    "ur mom", "your mom is fat", "ur mom is a whore", "i fucked ur mom last night",
    # obfuscation
    "u r tr4sh", "n00b", "ur a n00b", "u r so b4d", "stfu n00b", "r3tard",
    "fuk u", "u suck", "ur trash",
    # all-caps rants
    "WHAT ARE YOU DOING IDIOT", "STOP FEEDING", "YOU ARE SO BAD", "WORST TEAM EVER",
    "HOW ARE YOU THIS BAD", "FUCKING NOOBS",
    # plain insults in game shape
    "noob team", "retarded team", "you are a noob", "shut up noob", "idiot carry",
    "fucking noob mid", "all my team retarded", "team of monkeys",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fucking nice shot", "holy shit gg", "wtf was that lol", "damn that was close",
    "shit i died again", "fuck this lag", "what the fuck just happened",
    "fuck yeah we won", "oh shit they are coming", "hell yeah",
    "shit game shit server", "fucking hell that hurt", "bloody hell mate",
    "that was fucking sick", "damn it i missed",
)

TUNE_OTHER_CLEAN: tuple[str, ...] = (
    "kill the carry", "kill the support first", "he's a beast", "that pudge is a beast",
    "i'm trash at this hero lol", "i'm so bad at this game", "i suck at aiming",
    "that was sick", "gg wp", "ggwp all", "dead inside lol", "report bug",
    "report this bug to valve", "i'm feeding sorry", "sorry i fed", "my bad guys",
    "mid pls", "carry needs farm", "sup ward pls", "jungle gank top", "need a healer",
    "go mid", "push top", "ff at 15?", "ff?", "we can still win", "uninstall the patch lol",
    "i uninstalled discord", "back to base", "go back to base", "go back and heal",
    "cry is a hero in the game", "stop feeding them kills we need to group",
    "don't feed their carry", "nice one mid", "ty sup", "our jungler is great",
    "bronze players are learning", "this hero is trash", "this patch is dogshit",
    "the map is garbage", "lag is killing me", "i'm dead", "kill him", "kill her now",
    "he's throwing hooks nice", "throw the stun", "noob here sorry",
    "my mom says dinner", "your mom called lol",
)

TUNE_CLEAN: tuple[str, ...] = TUNE_SWEARING + TUNE_OTHER_CLEAN
