"""The discord20 probe (issue 8): Discord chat lines in the round's shapes (an archetype's
trait sent as a label, a member's place in the room questioned, the reader blamed for a
dead room, a generation's brain pinned on the reader) and clean chat that looks alike:
the same words about oneself, advice with a kind reason ("go outside, the weather is
nice"), talk about a roast rather than a roast, a thing said to make anyone dumber,
reports and help-seeking, friendly banter. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # an archetype's trait sent as a label
    "karen energy", "karen energy lol", "such pick me energy", "pick me behavior fr",
    "main character syndrome", "main character syndrome much", "ur giving karen energy",
    "the pick me energy is strong here", "npc behavior lmao", "boomer energy",
    "major main character syndrome", "ur so pick me",
    # a generation's brain pinned on the reader
    "gen z brain", "gen z brain fr", "boomer brain lol", "ur boomer brain cant get it",
    "zoomer brain", "typical gen z brain",
    # a member's place in the room questioned
    "who invited him lol", "who invited her", "who let him in", "who let her in lmao",
    "why is he even here", "why is she even here lol", "who invited u lol",
    "who invited this guy", "who let u in here",
    # the reader blamed for a dead room
    "ur the reason this server is dead", "ur the reason nobody talks here",
    "you're the reason the gc is so dead", "ur the reason this server is boring",
    "ur the reason everyone left the vc",
    # the label after a send-off, still aimed
    "go outside, nobody likes u", "touch grass loser",
    # Italian
    "chi l'ha invitato", "chi l'ha invitata lol",
)

TUNE_CLEAN: tuple[str, ...] = (
    # advice with a kind reason
    "go outside, the weather is nice", "touch grass, its so sunny today",
    "go outside for a bit, fresh air helps", "go outside and enjoy the sun",
    "go outside, its a beautiful day",
    # talk about a roast, not a roast
    "no wonder ur single is the meanest roast ever lol",
    "ur so dumb is such a weak comeback", "you're trash was the best line in the movie",
    # a thing said to make anyone dumber
    "doomscrolling all night makes you dumber", "scrolling tiktok makes you dumber",
    "sugar makes you dumber apparently", "skipping sleep makes you stupider",
    # the same words about oneself
    "i have main character syndrome lol", "my gen z brain cant do taxes",
    "i need to touch grass lol", "im such a pick me sometimes lmao",
    "my boomer brain doesnt get this meme", "i have karen energy today tbh",
    # reports and help-seeking
    "he told me to cope harder, what do i do", "someone said i have pick me energy, is that bad",
    "she called me a karen in dms and idk why",
    # a member's place asked kindly, a reason, a question going on
    "who invited him? he's so fun", "who invited her to the server, i want to thank them",
    "who let him in? oh wait i did lol", "why is he even here so early, the event starts at 8",
    # a room kept alive, kind reasons
    "ur the reason this server is fun", "ur the reason i stayed in this server",
    "ur the reason i'm not dead inside lol",
    # topic talk
    "main character syndrome is a real thing tbh", "is pick me behavior just insecurity",
    "pick me! i wanna play", "can u pick me for the team",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this server is popping", "fuck yes new emotes", "damn that art is sick",
    "this update is fucking wild", "shit i missed the event", "what the hell happened lmao",
)
