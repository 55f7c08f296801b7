"""The gamechat34 probe (issue 8): in-game chat lines that flame a player named by a hero
with "this" or "that" and a predicate made sure of a player ("this jett is absolute
trash", "that pudge is complete garbage", "this sven is trash again", "this jett is
garbage today"), and clean chat that looks alike (items, abilities and the patch judged,
the writer's own hero, praise, the enemy's strength, denied, asked, reported, quoted).
Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a hero pointed at, the predicate with an intensifier
    "this jett is absolute trash", "that pudge is complete garbage",
    "this invoker is actually garbage lol", "this sven is literally trash",
    "that reyna is pure garbage", "this yasuo is straight dogshit",
    "this pudge is actually dogshit", "that jett is such trash",
    "this teemo is fucking trash", "this sf is absolutely garbage",
    "that zed is utter trash", "this riki is total garbage",
    "this jett is genuinely trash", "that meepo is complete dogshit",
    "this drow is literally garbage smh",
    # a hero pointed at, a second cue after the predicate
    "this jett is trash today", "that pudge is garbage again",
    "this sven is trash every game", "this invoker is garbage this game",
    "that reyna is trash tonight", "this slark is dogshit again lol",
    "this jett is trash uninstall", "that pudge is garbage uninstall the game",
    "this yasuo is trash again smh", "this techies is garbage every single game",
    # older shapes kept
    "our sven is useless", "this jett is so trash", "mid diff", "pudge diff",
    "our pudge throwing again", "thanks for nothing sven", "this guy is trash",
    "that guy is garbage", "this carry is trash", "pudge uninstall",
)

TUNE_CLEAN: tuple[str, ...] = (
    # items, abilities, the patch, the game
    "this blink is trash", "that ult is garbage", "this item is absolute trash",
    "this patch is complete garbage", "that build is actually dogshit",
    "this map is trash today", "the servers are garbage again",
    # the writer's own hero, or the hero itself judged
    "my jett is trash today", "my pudge is absolute garbage lol",
    "im trash on jett", "sven is trash this patch", "this sven is trash",
    "this jett is trash at eco rounds",
    # praise and the enemy's strength
    "this jett is insane", "that pudge is cracked", "their pudge is fed",
    "this invoker is actually insane", "this sven is absolutely nuts",
    "this yasuo is literally unstoppable", "that reyna is pure skill",
    # denied, asked, reported, quoted
    "this jett is not trash", "that pudge isnt garbage at all",
    "is this jett actually trash?", "is that pudge garbage or just unlucky?",
    "he said this jett is absolute trash", "my friend thinks this sven is trash today",
    "\"this jett is absolute trash\" is such a bad take",
    # kind and everyday turns
    "this jett is absolute trash lol jk ur cracked", "the trash can is full again",
    "take out the garbage today", "this pudge skin is absolute trash",
    "this invoker combo is actual garbage",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that was a sick game", "fuck yeah we won", "damn this game is intense",
    "shit i forgot to buy wards", "what the fuck was that rampage lol",
    "hell yeah gg wp all",
)

# fmt: on
