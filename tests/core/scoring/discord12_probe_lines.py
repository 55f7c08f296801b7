"""The discord12 probe (issue 8): Discord server chat as a moderator reads it, written
before reading the rules, in the shapes the round names.

Hostile lines: short dismissals and mockery aimed at someone ("L bozo", "who asked",
"stay mad", "touch grass loser"), exclusion from the server, the group or the vc, "kys"
and self-harm encouragement in chat spellings, pile-ons ("everyone hates u"), leak and
doxxing threats, and mentions with a put-down. Clean lines: banter between friends,
game and server talk with the same words, reports of harassment, self-talk.
TUNE_* were studied; HELD_* (discord12_holdout_lines.py) were written at the same time
and counted only at the start and the end of the round.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # dismissals and mockery
    "L bozo", "ratio + nobody asked", "who asked lmao", "cope harder", "stay mad",
    "touch grass loser", "ur so cringe", "nobody likes u here", "L + bozo + fell off",
    "imagine being this cringe", "ur actually so irrelevant", "stay mad bozo",
    "go touch grass weirdo", "ur opinion is an L just like u", "u fell off so hard lol",
    # exclusion
    "get out of our server", "no one invited you", "leave the vc",
    "we don't want u in this group", "nobody wants u in the vc", "get out of the gc",
    "why r u even in this server", "ur not invited to the game night, stop asking",
    # self-harm encouragement
    "kys", "k y s", "go unalive yourself", "jump off a bridge", "kys loser",
    "just end it already nobody would care", "go drink bleach",
    # pile-ons
    "everyone hates u", "the whole server thinks ur a joke", "literally everyone here hates you",
    "we all think ur annoying", "the entire server is laughing at u",
    # leaks and doxxing
    "i'll leak ur face", "i know where u live", "gonna dox u lol",
    "i'll post ur address", "watch ur back, i found ur insta",
    # mentions
    "<@123456789012345678> ur trash", "<@123456789012345678> shut up bozo",
    "<@123456789012345678> nobody asked", "<@123456789012345678> ur so irrelevant",
)

TUNE_CLEAN: tuple[str, ...] = (
    # banter and self-talk
    "L take but ok", "i'm so cringe lol", "my aim is trash today", "i fell off so hard this season",
    "cope is real after that loss lmao", "i need to touch grass fr",
    "ngl i was so cringe in middle school",
    "stay mad at the devs not each other", "i'm irrelevant in this meta lol",
    # game and server talk
    "who asked for pizza?", "leave the vc if ur afk pls",
    "no one invited the new guy yet, can someone send the link?",
    "get out of the zone, it's closing", "jump off the bridge to get to the loot",
    "the boss is trash tier ngl",
    "everyone hates the new patch", "the whole server voted for movie night",
    "cope is a hero in this game?",
    "ratio of kills to deaths is what matters", "who asked about the raid time? it's 9pm",
    "i'll post the address for the meetup in dms", "i know where the chest is",
    "leak the patch notes pls", "the leaks for the new season look sick",
    "kick the bot from the server it's broken", "we don't want to lose this match, focus",
    # reporting
    "he told me to kys, what do i do?", "someone said 'kys' in general, mods pls check",
    "is saying L bozo against the rules?", "a guy threatened to dox me, should i report?",
    "please don't tell people to kys, that's a ban",
    # kind
    "ur not cringe, ur awesome", "everyone loves u here <3", "<@123456789012345678> ur the best",
    "<@123456789012345678> welcome to the server!", "nobody is gonna judge you here",
    "don't jump off anything, talk to us pls", "we want u in the group, join vc",
    "the bridge jump in this map is insane",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit gg", "fucking clutch", "damn that was close", "wtf was that lag",
    "shit i forgot to save", "bro what the fuck is this patch", "fucking finally",
    "hell yeah", "this map is ass lol", "omg shit shit shit",
)
