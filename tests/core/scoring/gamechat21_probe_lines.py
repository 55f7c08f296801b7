"""The gamechat21 probe (issue 8): in-game chat of shooters, MOBAs and Roblox/Minecraft
servers in the round's shapes: a loss blamed on a player in chat spelling ("we lost cuz
of u"), a belittling comparison ("my mom plays better than you", "a bot would do
better"), a verdict on a teammate by role or hero ("our yasuo is braindead", "sage is
useless"), teen insults ("bozo", "ur mid", "skill issue" said to someone), taunts after a
kill ("ez clap", "get rekt noob"); and clean chat that looks alike: callouts and strategy,
self-blame, praise, a game's own title or a plan after "cry about it", friendly swearing.
Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a loss blamed on a player, chat spelling
    "we lost cuz of u", "gg cuz of our jungle", "thx to u we lost", "ur the reason we lost",
    "we lost coz of you", "lost bc of u lol", "thanks to you we lost", "its ur fault we lost",
    "gg thx to our mid", "we lost the round cuz of you",
    # a belittling comparison
    "my mom plays better than you", "my dog has better aim", "a bot would do better",
    "my little brother has better aim than u", "even a bot would do better than you",
    "my grandma could do better", "a monkey could play better than this jett",
    # a verdict on a teammate by role or hero
    "our yasuo is braindead", "sage is useless", "this reyna is so bad omg",
    "our jungler is so braindead", "this jett is clueless", "our pudge is useless af",
    "this sova is so trash", "our support is brain dead",
    # teen insults
    "ur so bad its funny", "bozo", "L + ratio", "ur mid", "noob detected", "dogwater",
    "trash kid", "go cry", "skill issue", "sit down", "ur mid at this game",
    "skill issue tbh", "get good kid", "ur actually dogwater",
    # taunts after a kill
    "ez", "ez clap", "get rekt noob", "1 tap dog", "sit down bot", "too ez",
)

TUNE_CLEAN: tuple[str, ...] = (
    # callouts and strategy
    "sage wall mid", "bot lane push", "ez dragon", "ez baron lets go", "1 tap with sheriff",
    "sit on site b", "mid is open", "our jungle is top side", "we lost mid tower",
    "go mid cuz of the rotate", "i'll go mid", "ur mid right?", "sage can u res me",
    # self-blame and the writer's own
    "my bad, i'm trash today", "we lost cuz of me sry", "we lost cuz of lag",
    "thx to the lag we lost", "im the reason we lost lol", "skill issue on my part",
    "my mom plays better than me lol", "i play like a bot today", "im so bad its funny",
    # praise
    "ur cracked", "reyna is so good omg", "thx to u we won", "ur the reason we won",
    "thanks to you we got the dragon", "our yasuo is cracked", "sage is so useful here",
    "this jett is insane", "a bot would never hit that shot",
    # game talk and a plan after a taunt's words
    "cry about it later, we got a match", "stay mad, sea of thieves fans",
    "im gonna cry, this skin is so pretty", "the clown boss is hard",
    "my dog has better sleep than me", "a bot would do better at farming than me tbh",
    "sit down and watch the stream", "the sea of thieves update is out",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that ult", "fuck this lag", "shit i whiffed", "damn that was close af",
    "what the fuck was that play lmao", "this map is fucking huge", "fuck yeah we won",
)
