"""The gamechat34 held-back batch (issue 8): written with the probe, before any rule, in
the same shapes with different wording; counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "this jett is absolute garbage", "that pudge is complete trash",
    "this invoker is actually trash", "this sven is literally garbage lol",
    "that reyna is pure trash", "this yasuo is straight garbage",
    "this pudge is actually shit", "that jett is such garbage",
    "this teemo is fucking garbage", "this sf is absolutely trash",
    "that zed is utter garbage", "this riki is total trash",
    "this jett is genuinely garbage", "that meepo is complete trash smh",
    "this drow is literally dogshit", "that slark is absolute dogshit",
    "this lina is actually trash bro", "this genji is pure dogshit",
    "this sova is complete garbage", "that widow is literally trash",
    "this jett is garbage today", "that pudge is trash again",
    "this sven is garbage every game", "this invoker is trash this game",
    "that reyna is garbage tonight", "this slark is trash again lol",
    "this jett is garbage uninstall", "that pudge is trash uninstall pls",
    "this yasuo is garbage again smh", "this techies is trash every single game",
    "this rubick is trash today lol", "that mirana is garbage again",
    "this lion is absolute trash", "that axe is complete garbage",
    "this jett is trash rn", "this pudge is dogshit today",
    "this phoenix is absolute trash", "that sage is trash again",
    "this jungler is absolute trash", "that guy is complete garbage",
)

HELD_CLEAN: tuple[str, ...] = (
    "this blink is garbage", "that ult is trash", "this item is complete garbage",
    "this patch is absolute trash", "that build is literally trash",
    "this map is garbage today", "the servers are trash again",
    "the matchmaking is garbage every game", "this skin is absolute garbage",
    "my jett is garbage today", "my pudge is complete trash lol",
    "im garbage on invoker", "pudge is garbage this patch", "this pudge is garbage",
    "this sven is trash in the current meta", "this invoker is trash at laning",
    "this jett is cracked", "that pudge is insane", "their invoker is fed",
    "this sven is actually insane", "this yasuo is absolutely cracked",
    "that reyna is literally unkillable", "this zed is pure skill",
    "this jett is not garbage", "that pudge isnt trash at all",
    "is this jett actually garbage?", "is that sven trash or am i tripping?",
    "he said this pudge is complete trash", "my friend thinks this jett is garbage again",
    "\"that pudge is absolute trash\" is a dumb take",
    "this jett is absolute garbage lol jk ily", "the garbage truck is late again",
    "take the trash out tonight", "this pudge hook is absolute trash",
    "this invoker build is actual garbage", "our jett is absolutely insane",
    "this game is trash today", "that round was garbage",
    "this keyboard is absolute trash", "this chair is garbage again",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit what a comeback", "fuck yes rampage", "damn this is close",
    "shit i died to neutrals lol", "what the hell was that play", "fucking gg wp guys",
)

# fmt: on
