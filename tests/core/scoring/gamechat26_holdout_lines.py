"""The gamechat26 held-back batch (issue 8): written with the probe, in the same shapes
(a player called a bot or an NPC as a mock label; sarcastic thanks or praise for a
throw said to a player) and their look-alikes, but other wording; not looked at while
the rules were built, counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # a player called a bot or an NPC as a mock label
    "what a bot omg", "lmao what a bot", "such a bot honestly", "absolute bot lol",
    "absolute bot sage", "what an npc lmao", "such an npc bro", "literal npc lol",
    "literal bot mid", "total bot lmao", "complete bot jungler", "actual bot",
    "jungler absolute bot", "what a bot support", "npc adc", "npc top laner", "npc mid",
    "gg what a bot", "wow what a bot", "what a bot dude", "such a bot kid",
    "absolute npc", "actual npc", "total npc",
    # sarcastic thanks or praise for a throw
    "thx for the throw mid", "thanks for the throw top", "ty for the throw jungle",
    "thank u for the throw", "tyvm for the throw", "thanks for the throw lol",
    "ok thanks for the throw", "nice throw jungler", "great throw mid",
    "great throw top lol", "what a throw jungler", "nice throw support",
    "gj throw mid", "good throw adc", "nice throw carry", "thx for the throw guys",
)

HELD_CLEAN: tuple[str, ...] = (
    # bot lanes, bot programs, NPCs of the game, the writer's own play
    "what a bot lane matchup", "go bot now", "is this guy a bot?", "are they bots?",
    "such a bot lane heavy meta", "the npc wont talk to me", "find the npc near spawn",
    "that npc sells potions", "what a useful bot", "this bot is absolute magic",
    "play against bots to warm up", "i am such a bot lol", "i was an absolute bot that game",
    "im a total npc at this", "literal bot spam in global chat", "bot lane is absolute chaos",
    "what a bot does is follow a script", "is that an npc or a player?", "gank bot pls",
    "lets duo bot", "the bots in this mode are weird",
    # a grenade's throw praised, the writer's own throw, thanks that mean it
    "nice throw!", "nice throw killjoy", "great throw on that molly", "what a throw!",
    "sorry for the throw team", "i threw that one sorry", "nice throw by me",
    "thanks for the heals", "thx for the peel", "ty for the shield", "thank you for the help",
    "thanks for the throw in coach", "good throw with the nade", "my throw lost us that",
    "what a throw by the enemy team", "thanks for the tips", "nice throw lol my bad",
    "thanks for the carry guys",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck what a shot", "shit that was close", "damn nice play", "fucking finally gg",
    "oh shit what a throw", "hell yeah nice one", "holy shit that flank",
)
