"""The controls3 probe's held-back batch (issue 8): written last, never tuned on.

The same mix as controls3_probe_lines.py (friendly profanity and banter, hostile
near-misses; about 30% Italian), measured only before and after the round.
"""

from __future__ import annotations

# fmt: off
FRIENDLY: tuple[str, ...] = (
    "fuck yeah pizza night", "holy shit i passed", "shit, the oven's still on",
    "what a fucking comeback", "that was so fucking cool", "i'm fucking starving",
    "fuck me, it's hot today", "damn, forgot my headphones again", "fuck it, one more game",
    "this rain is fucking relentless", "my internet is being a bitch",
    "the boss is a bitch to beat", "i'm such a dumbass lmao", "my build is shit but whatever",
    "sorry i'm a useless idiot today", "wow you lucky bastard, first try",
    "morning bitches, coffee time", "cheers fuckers, great stream",
    "well played you sneaky bastard", "love you fuckers, see you tomorrow", "hey losers, raid at 9",
    "happy friday bitches", "oh fuck off, that's amazing news!", "ahah sei un grande stronzo",
    "cazzo che freddo stamattina", "porca troia, ho rotto il telefono", "che figata della madonna",
    "minchia sono distrutto", "madonna che caldo oggi", "merda, il treno è in ritardo",
    "sono un idiota, ho chiuso le chiavi in macchina", "sto cazzo di caldo non finisce mai",
    "buongiorno merde", "grande stronzo, auguri!", "ciao bastardi, ci vediamo stasera",
    "che culo che hai avuto, bastardo", "cazzo sì, finalmente venerdì",
    "questo boss è una merda da battere", "vaffanculo che partita ragazzi",
)

HOSTILE: tuple[str, ...] = (
    "fuck you bitch", "you're a fucking waste of space", "shut up you whore",
    "you stupid bastard", "go die you piece of shit", "nobody asked you bitch",
    "fuck off loser", "your a dumb fuck", "i will kick your ass", "you fucking retard",
    "shut your mouth bitch", "useless bastard, uninstall", "fuck you and your mother",
    "sei una troia", "vaffanculo bastardo", "stai zitta puttana", "sei un pezzo di merda",
    "taci coglione", "fanculo te e la tua famiglia", "coglione di merda",
)
# fmt: on
