"""The discord59 probe (issue 8): a mentioned member of a Discord server whose removal the
writer asks for in two shapes the older rules miss: the mention first and the ban said
deserved or needed ("<@9> deserves a ban", "<@9> needs a ban", "<@4> needs a perma ban
asap"), and the member pushed out of the room ("get <@9> out of here", "mods get <@5>
outta here"); and the clean lines in the same words that must stay clean (a break or an
appeal, a past or negated ban, the writer, game talk, logistics, questions, reports,
quotes and jokes). Written before any rule.

Judgment calls, written down: a ban from one joke channel said laughing ("ban <@9> from
the cheese channel lol") is banter, clean; "<@9> needs a timeout" asks the moderators to
act on the member (the Discord tool), hostile; someone stuck in a game's wall or a boss
room pulled out ("get <@9> out of here, hes stuck") is game talk, clean.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the mention first, deserves or needs, then the ban
    "<@9> deserves a ban", "<@9> needs a ban", "<@12> deserves a perma ban",
    "<@4> needs a perma ban asap", "<@31> needs a kick", "<@7> deserves a kick",
    "<@15> needs a permanent ban", "<@22> deserves a permaban", "<@3> needs a timeout",
    "<@18> needs a ban fr", "<@26> deserves a ban already", "mods <@8> needs a ban",
    "<@40> really needs a ban", "honestly <@11> deserves a ban",
    "<@19> seriously needs a kick from the server", "<@6> has earned a ban",
    "<@27> needs a ban from this server", "<@14> deserves a mute", "ngl <@33> needs a ban",
    "<@2> needs a ban mods", "<@16> deserves a ban tbh",
    # the member pushed out of the room
    "get <@9> out of here", "get <@5> outta here", "mods get <@21> out of here",
    "someone get <@13> out of here", "pls get <@24> out of here", "get <@17> outta here mods",
    "can someone get <@30> out of here", "get <@10> out of here already",
    "yo mods get <@35> outta here", "get <@28> out of here asap", "please get <@1> outa here",
    "get <@44> out of here pls", "mods pls get <@23> out of here", "get <@20> out of here fr",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same words, nothing asked against the member
    "<@9> deserves a break", "<@9> needs a ban appeal link", "<@12> needs a break",
    "<@4> deserves a raise", "<@31> needs a kick start", "<@7> deserves a ban appeal",
    "<@15> got a ban yesterday", "<@22> doesnt deserve a ban", "<@3> doesnt need a ban",
    "does <@18> deserve a ban?", "<@26> needs a ban?", "i deserve a ban lol",
    "i need a ban appeal form", "they think <@8> deserves a ban",
    "<@40> needs a ban on junk food lol",
    "<@11> needs a timeout from the game, hes tilted", "<@14> needs a kick in the ranked queue",
    "<@6> deserves a ban jk", "<@19> needs a nap",
    # the room and the fire
    "get <@9> out of jail card lol", "get <@9> out of the fire", "get me out of here",
    "lets get out of here", "i cant get <@5> out of here",
    "get <@21> out of here, hes stuck in the wall",
    "we need to get <@13> out of here before the boss spawns", "get <@24> out of here alive",
    "did someone get <@30> out of here?", "she said get <@17> out of here",
    "get <@10> out of here with that take lmao", "im out of here",
    "ban <@9> from the cheese channel lol",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit <@9> that ban appeal went through", "fuck yeah we got out of here alive",
    "damn <@4> you deserve a break", "shit this boss fight is insane",
    "hell yeah <@12> needs a break, gg", "lmao what the fuck was that play",
)
# fmt: on
