"""The discord13 probe (issue 8): Discord chat lines in the round's shapes (slang put-downs
at the reader and at someone in the channel, "kys" spellings, exclusion, doxxing, streamer
harassment, sexual harassment), and clean chat with the same words. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    "ur so cringe", "bro thinks he's funny 💀", "ratio + L + nobody asked",
    "imagine being this bad", "touch grass loser", "cope harder", "ur mom",
    "kys", "kill urself", "k y s", "go kys", "go back to reddit", "go back to twitter nerd",
    "nobody wants u here", "leave the server", "pls leave the server nobody likes u",
    "ur actually so cringe", "he's so cringe lmao nobody likes him",
    "LMAO UR SO BAD 🤡🤡", "imagine being this ugly 💀", "ur a bot",
    "this streamer is so fat lol", "streamer is a washed up loser", "mods ban this clown",
    "send feet pics", "show me ur tits", "u look like u suck", "i'll find u irl",
    "i know where u live", "post ur address then", "kick him hes a loser",
    "she's so annoying no one wants her here", "ur trash kid", "get good or get out",
    "uninstall the game ur garbage", "ur a virgin lol", "nobody invited u",
    "ur such a loser fr", "shut up nobody asked", "unalive urself",
)

TUNE_CLEAN: tuple[str, ...] = (
    "ur so dumb lol ily", "L take but ok", "i'm so cringe lmao", "i need to touch grass",
    "touch grass is my new motto", "my mom says hi", "i'm so bad at this game",
    "imagine being this good at aim", "going back to reddit for the memes",
    "he said kys to me, mods pls check",
    "cope is a good support hero", "nobody asked me to stream but here i am",
    "leave the server settings alone", "i left the server for a week lol",
    "this map is cringe", "that boss is so bad lmao", "the bot is down",
    "gg ratio 10 to 2", "the streamer was so funny today", "send the clip pls",
    "show me ur setup", "i'll find u in game", "i know where the loot is",
    "kick the afk guy from the lobby", "she's so good at this",
    "trash talk is part of the game lol",
    "uninstall and reinstall fixes it", "ur carrying so hard", "no one invited me to the event lol",
    "imagine being this lucky", "ur mom's lasagna is the best", "kys is banned in this server",
    "the mods said someone told him to kys", "my friend is such a clown lol love him",
    "i'm such a loser at chess",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fucking nice shot", "holy shit gg", "damn that was close", "wtf was that clutch",
    "shit i forgot the quest", "fuck this boss lol", "hell yeah we won", "bruh what the fuck",
    "oh shit it works", "fucking finally",
)
