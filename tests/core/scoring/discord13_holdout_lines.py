"""The discord13 held-back batch (issue 8): written with the probe, before any rule,
counted only at the start and the end of the round. New wording in the same shapes.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "u r so cringe omg", "bro really thinks hes good 💀", "ratio + fell off + cope",
    "imagine being this dumb", "go touch grass u loser", "cope and seethe", "ur mom lol",
    "kys lol", "kill ur self", "k!ll yourself", "go back to tiktok kid",
    "nobody wants you in this server", "just leave the server already",
    "everyone in here thinks ur annoying", "hes the most cringe person in this server",
    "LOL UR SO TRASH 😂😂", "imagine being this fat 💀", "ur such an npc",
    "the streamer is so ugly lmao", "this streamer is a fraud and a loser",
    "mods pls ban this idiot", "send nudes", "show me ur body", "i'll find where u live",
    "i found ur address lol", "i know ur real name and school", "kick her shes useless",
    "he's such a loser nobody likes him", "ur garbage at everything", "get out of here noob",
    "uninstall ur trash", "ur a fatherless loser", "nobody wants u in vc",
    "ur literally so annoying", "shut up no one cares", "go unalive",
    "stfu ur so cringe", "ur ugly af", "u smell", "ur dad left for a reason",
)

HELD_CLEAN: tuple[str, ...] = (
    "ur so stupid lol love u", "L game but we go again", "i'm so cringe sometimes lol",
    "i really should touch grass today", "touch grass challenge day 3", "my mom is so funny",
    "i'm so bad at ranked", "imagine being this clean on controller",
    "back to reddit to find a fix", "someone told me to kys in dms, what do i do",
    "cope is so broken this season", "nobody asked but i'm streaming later",
    "leave the server if you want, no pressure", "i got kicked from the server by accident",
    "this cutscene is cringe", "this patch is so bad", "the bot needs a restart",
    "ratio of kills is insane", "the streamer is so chill", "send the link pls",
    "show me ur build", "i'll find u in the lobby", "i know where the boss spawns",
    "kick the bot from vc", "she's so cracked at this", "trash talk is fine in this channel",
    "uninstall the mod first", "ur so good at this", "no one invited me lol im sad",
    "imagine being this tired", "ur mom's cooking is elite", "saying kys gets you banned here",
    "he keeps telling people to kys, mods pls", "my bestie is such an idiot lol ily",
    "i'm a loser at mario kart", "you're not cringe at all", "we want u in vc!",
    "nobody wants pineapple pizza", "everyone hates the new patch",
    "the streamer is so fat cat cute",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck what a shot", "shit that was close", "damn bro nice", "fuck yeah gg",
    "what the hell happened", "omg shit i died", "fucking insane play", "hell no not again",
    "bruh shit lag", "damn fine clutch",
)
