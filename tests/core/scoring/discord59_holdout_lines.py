"""The discord59 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "<@101> deserves a ban", "<@102> needs a ban", "<@103> deserves a perma ban",
    "<@104> needs a kick", "<@105> needs a permanent ban", "<@106> deserves a timeout",
    "<@107> needs a ban asap", "<@108> deserves a kick fr", "mods <@109> needs a ban",
    "<@110> honestly needs a ban", "tbh <@111> deserves a ban", "<@112> needs a perma ban rn",
    "<@113> deserves a kick from the server", "<@114> has earned a perma ban",
    "<@115> needs a mute", "<@116> deserves a ban mods", "<@117> needs a ban already",
    "<@118> really deserves a kick", "yeah <@119> needs a ban", "<@120> needs a permaban",
    "get <@121> out of here", "get <@122> outta here", "mods get <@123> out of here",
    "somebody get <@124> out of here", "plz get <@125> outta here",
    "get <@126> out of here mods", "can a mod get <@127> out of here",
    "get <@128> outta here already", "admins get <@129> out of here",
    "please get <@130> out of here", "get <@131> out of here now",
    "mods please get <@132> outta here", "get <@133> out of here rn",
    "someone pls get <@134> out of here", "get <@135> outa here",
    "yo get <@136> out of here", "get <@137> out of here asap mods",
    "<@138> deserves a ban from here", "<@139> needs a kick asap",
    "<@140> deserves a permanent ban",
)

HELD_CLEAN: tuple[str, ...] = (
    "<@101> deserves a break", "<@102> needs a ban appeal", "<@103> needs a vacation",
    "<@104> deserves a medal", "<@105> needs a kick off time", "<@106> got a ban last week",
    "<@107> doesnt deserve a ban", "<@108> does not need a kick", "does <@109> need a ban?",
    "<@110> needs a ban?", "i need a ban lol", "i deserve a timeout tbh",
    "he said <@111> deserves a ban", "<@112> needs a ban appeal form", "<@113> deserves a ban jk",
    "<@114> needs a timeout from league, hes tilted", "<@115> needs a kick in the match",
    "<@116> needs a ban on pineapple pizza lol", "<@117> needs a hug", "<@118> deserves a win",
    "get <@119> out of jail free card", "get <@120> out of the lava", "get us out of here",
    "lets get outta here", "i cant get <@121> out of here",
    "get <@122> out of here, hes stuck under the map",
    "we gotta get <@123> out of here before the raid", "get <@124> out of here alive pls",
    "did you get <@125> out of here?", "he said get <@126> out of here",
    "get <@127> out of here with that joke lol", "im outta here",
    "ban <@128> from the meme channel lol",
    "get <@129> out of the pit", "can you get <@130> out of here with the car",
    "<@131> deserves a break honestly",
    "<@132> needs a timeout for the game, hes afk", "why does <@133> need a ban",
    "nobody said <@134> needs a ban",
    "get <@135> out of trouble",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit <@101> you deserve a medal", "fuck yeah lets get outta here",
    "damn that boss needs a nerf", "shit <@102> that was close",
    "hell yeah <@103> gg", "what the fuck is this map lol",
)
# fmt: on
