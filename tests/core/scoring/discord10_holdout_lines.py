"""The discord10 probe's held-back batch (issue 8): written after discord10_probe_lines.py
and before any rule, never read for misses; counted once at the start of the round and
once at the end. Same shapes as the studied lines, new wording: Discord servers and
games other than Dota 2.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # exclusion
    "you're not welcome in our clan", "honestly no one invited you here",
    "we don't want your type in this discord", "this guild is better without you",
    "nobody wants you in this party", "the squad was better before you showed up",
    "you dont belong here go away",
    # intimidation, doxxing hints
    "i know which school u go to", "i know your last name", "you should watch your back",
    "i know where your dad works", "i know what street you live on", "i've got your address now",
    "see you after class", "i know your real name and your school",
    # harm to belongings
    "im gonna kick your door in tonight", "i'll burn all your things", "someone should key his car",
    "ill slash your tires", "i will smash all your stuff", "someone oughta trash her car",
    # loss blamed on the reader
    "you lost us the match", "thanks to u we lost", "we lost cuz of you",
    "you cost us the whole round", "its ur fault we lost", "u made us lose again",
    # ability without an insult word
    "our goalkeeper is blind", "are u even looking at your monitor", "my grandpa plays better",
    "my dog could aim better than you", "do you even know how to drive",
    "did u forget how to shoot",
    "are you playing with your eyes closed",
    # pile-ons
    "lets all report her account", "everyone spam his inbox",
    "everybody report him till he's banned",
    "lets all dm her and tell her to leave", "lets get her account banned", "everyone block her",
    # Italian
    "non sei benvenuto qui", "sappiamo dove abiti", "per colpa tua abbiamo perso",
)

HELD_CLEAN: tuple[str, ...] = (
    "welcome to the clan!", "you're always welcome in vc", "you're not welcome to advertise here",
    "nsfw is not welcome in this channel", "new players welcome", "thanks, you're welcome",
    "who invited you? oh nvm welcome", "we don't want drama here keep it chill",
    "this server is better with music bot", "blinded by the flash again",
    "got flashed im blind", "our keeper is blind on the left side cause of the pillar",
    "watch your back they flank from a", "watch your back on mid", "check your six",
    "what school do u go to", "see you in class", "i know your real name is sam, same as mine",
    "ill drop the address in dms for the lan", "kick the door in on the second floor",
    "i burned all my wood in the furnace", "someone keyed my bike", "burn their base down",
    "we lost the match gg", "thanks to u we won", "we lost because of the server lag",
    "i lost us the match my bad", "my grandpa plays chess every day", "i played like a bot lol",
    "report the glitch to the devs", "everyone report the bug in #support",
    "lets all join the lobby",
    "everyone spam the heart emote", "lets all dm the bot for the event role",
    "everyone block the choke",
    "mods please read the rules channel", "the mod explained the rules twice",
    "links arent welcome in general", "benvenuti nel server", "abbiamo perso per il lag",
)

HELD_SWEARING: tuple[str, ...] = (
    "fucking flashbang got me", "holy shit we lost", "damn that was close",
    "shit my door is stuck", "fuck i missed", "wtf was that lmao", "hell yeah gg",
    "goddamn this map", "bloody hell my aim", "shit lag again",
)
