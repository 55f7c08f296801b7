"""The discord22 probe (issue 8): Discord chat lines in the round's shapes (looks
mocked, "ur ugly af 💀", "nobody wants to see ur face"; a member told nobody likes them,
"everyone here hates u", "we all talk behind ur back"; dogpiling, "everyone spam him",
"lets all report her"; doxxing threats, "i know ur school", "gonna leak ur pics") and
clean chat that looks alike: the same words about oneself, a show or a game character,
support ("nobody hates u, we love u"), reports, banter marked friendly, friendly
swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # looks mocked
    "ur ugly af 💀", "ur so ugly lmao", "nobody wants to see ur face",
    "ur face is so ugly bro", "u look like a potato lmao", "bro ur ugly asf",
    "ur face is disgusting", "go fix ur teeth lol", "ur so ugly its sad",
    "imagine looking like that 💀",
    # a member told nobody likes them
    "everyone here hates u", "we all talk behind ur back", "nobody here likes u",
    "literally everyone hates you", "no one in this server likes u",
    "we all hate u lol", "everybody thinks ur annoying", "the whole server hates u",
    "nobody even likes u bro", "we only keep u here for the laughs",
    # dogpiling
    "everyone spam him", "lets all report her", "everyone report him",
    "lets mass report him lol", "yall spam her dms", "everyone go ratio him",
    "lets all flame him in vc", "everybody block her lmao",
    # doxxing threats
    "i know ur school", "gonna leak ur pics", "i know where u live",
    "ill leak ur address", "i have ur ip lol", "watch me post ur face everywhere",
    "i know ur real name btw", "gonna send ur pics to the whole school",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same words about oneself
    "im so ugly today lol", "nobody likes me lmao", "i look like a potato in this pic",
    "everyone hates me in ranked lol", "i need to fix my teeth fr",
    # a show, a game character or a thing
    "that skin is so ugly", "the new boss is ugly af 💀", "everyone hates the new patch",
    "nobody likes the new map", "the villain in that show is so ugly",
    "everyone hates that character lol", "we all hate mondays",
    # support and kind words
    "nobody hates u, we love u", "everyone here loves u", "ur not ugly at all",
    "no one thinks ur annoying, promise", "we all got ur back",
    # reports and asking for help
    "someone said they know my school, can a mod help",
    "a guy in my dms said he'd leak my pics, what do i do",
    "he told everyone to report me, is that allowed",
    # game talk
    "everyone report the bug to the devs", "lets all report the hacker in ranked",
    "everyone spam the boss with fire", "i know ur school has a half day tmrw",
    "gonna post the clip in #highlights", "i know where u live is a song right",
    "lets all go to the raid", "everyone ratio the boss lol",
    # banter marked friendly
    "ur ugly af 💀 jk ilysm", "everyone hates u jk we love u",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this emote is ugly af lmao", "fuck yeah we carried", "damn that pic is cursed",
    "shit my mic died again", "what the fuck was that clip 💀", "hell yeah new skins",
)
