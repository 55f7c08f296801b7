"""The gamechat26 probe (issue 8): in-game chat lines of many games in the round's
shapes (a player called a bot or an NPC as a mock label; sarcastic thanks or praise
for a throw said to a player) and clean chat that looks alike: bot lanes, bot programs
and NPCs of the game, the writer's own play, a grenade's throw praised, thanks that
mean it, friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a player called a bot or an NPC as a mock label
    "what a bot", "what a bot lol", "omg what a bot", "such a bot", "such a bot lmao",
    "absolute bot", "absolute bot jett", "what an npc", "such an npc", "literal npc",
    "literal bot", "total bot", "complete bot", "actual bot lmao", "mid absolute bot",
    "what a bot jungler", "npc jungler", "npc support lol", "human bot", "walking bot",
    "bro what a bot", "what a bot man", "absolute npc behaviour",
    # sarcastic thanks or praise for a throw
    "thx for the throw", "ty for the throw", "thanks for the throw", "thank you for the throw",
    "thanks for the throw jungler", "ty for the throw mid", "lol thx for the throw",
    "nice throw mid", "great throw jungler", "gj throw top", "what a throw mid",
    "nice throw adc", "good throw support lol", "thanks for the throw guys",
)

TUNE_CLEAN: tuple[str, ...] = (
    # bot lanes, bot programs, NPCs of the game, the writer's own play
    "what a bot lane", "go bot", "is this a bot?", "is he a bot or a player?",
    "such a bot lane game", "the npc is bugged", "talk to the npc", "kill the npc first",
    "what a cool bot", "this bot is absolute garbage at answering", "play vs bots first",
    "im such a bot today lol", "i played like an absolute bot", "i'm an absolute npc today",
    "literal bot accounts spamming links in chat", "absolute bot lane diff", "bot lane absolute",
    "what an npc says here matters", "is that a bot account?",
    # a grenade's throw praised, the writer's own throw, thanks that mean it
    "nice throw", "great throw!", "nice throw raze", "what a throw", "sorry for the throw guys",
    "my bad i threw", "nice throw by me lol", "thanks for the heal", "thx for the carry",
    "ty for the ult", "thanks for the throw in", "good throw on the smoke",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit what a play", "fuck yeah nice shot", "holy shit gg", "that was fucking close",
    "damn what a fight", "shit i missed the throw",
)
