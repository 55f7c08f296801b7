"""The gamechat19 held-back batch (issue 8): written with the probe, before any rule,
counted only at the start and the end of the round. New wording in the same shapes.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "u r so ass", "ur straight ass bro", "youre ass at the game", "you are actually ass",
    "ur complete ass", "our adc is ass", "this sova is ass", "top is ass", "their jungler is ass",
    "ur bad bro", "ur bad af", "ur bad go next", "ur bad uninstall", "u are bad at this",
    "sova sucks", "zed sucks lol", "THRESH SUCK", "ur ezreal sucks", "our jett sucks so bad",
    "ur such a dog lol", "u dog", "ur a dog bro", "get rekt scrub", "get rekt loser",
    "GET REKT", "l2p noob", "l2p kid", "l2p ffs", "u have no hands",
    "you have no hands bro", "ur mom was fun last night", "ur mom said thanks for last night",
    "ur mom was loud last night", "gg ez noobs", "ff 15 our mid is trash", "worst jett ever",
    "ur mom gay", "go back to bronze", "uninstall the game kid", "nice ult genius",
    # second batch (written before its rules)
    "negative iq", "ur iq is 0", "0 iq support", "minus iq play", "1 iq",
    "ur so getting carried", "you got carried lol", "enjoy being carried", "stop getting carried",
    "youre the reason we lose",
)

HELD_CLEAN: tuple[str, ...] = (
    "my ping is ass", "this patch is ass", "the spawn is ass", "my internet is ass rn",
    "this skin is ass", "my mouse is ass lol", "get off ur ass and study",
    "my bad i missed", "ur bad ping is back?", "ur bad habit of peeking",
    "zed sucks in this patch", "sova sucks on this map", "thresh sucks vs blitz",
    "playing into zed sucks", "this lag sucks", "ranked sucks today", "the new thresh skin sucks",
    "ur a dog lover right", "ur dog is adorable", "my dog ate my charger",
    "i got rekt by the boss", "they got rekt", "l2p videos are so useful",
    "we have no hands on deck", "i have no hands lmao", "say thanks to ur mom for the pizza",
    "ur mom came home last night?", "git gud is such an old meme", "kys is not ok to say",
    "uninstall was a meme back then", "kill the healer first", "that guy is cracked",
    "im so bad today lol", "wow that jett is insane",
    "ur aim is so good", "hows ur ass after the fall", "this map is a dog",
    "thats a bad ass play", "the ass end of the map",
    # second batch
    "my iq went to 0 lol", "high iq play", "iq tests are dumb", "im 0 iq today", "150 iq",
    "u carried us", "i got carried again", "dont get carried away", "we got carried lol",
    "youre the reason i smile",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck that clutch", "fucking beautiful flick", "shit thats a nice skin",
    "damn bro ur cracked as hell", "fuck yeah we won", "what the fuck was that ace lmao",
)
