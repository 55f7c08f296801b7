"""The discord12 held-back batch (issue 8): written with the probe, before any rule,
counted only at the start and the end of the round. New wording in the same shapes.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "L + ratio + ur mid", "nobody asked u tho", "cry about it", "seethe harder",
    "go outside for once loser", "ur so embarrassing", "no one here likes you",
    "who even asked u", "mald harder bozo", "u r so annoying no one cares",
    "ur literally a clown", "actual bozo behaviour from u", "fell off + nobody cares",
    "get out of my server", "nobody asked u to join", "leave the call",
    "we dont want you here", "no one wants u in this gc", "get lost, this server isnt for u",
    "ur not welcome in our vc",
    "kys rn", "k.y.s", "go unalive urself", "jump off a cliff", "kys nobody would miss u",
    "go hang yourself", "just die already",
    "everybody hates you", "the whole gc thinks ur pathetic", "all of us think ur a loser",
    "the server is laughing at u rn",
    "i'll leak ur nudes", "i know ur address", "gonna doxx u", "i'll find where u live",
    "i'll leak ur pics",
    "<@123456789012345678> ur garbage", "<@123456789012345678> nobody likes u",
    "<@123456789012345678> stay mad loser", "<@123456789012345678> L bozo",
)

HELD_CLEAN: tuple[str, ...] = (
    "L game but next one", "i'm so embarrassing lmao", "i'm such a clown today",
    "cry about it later, we still got 3 rounds", "who even asked for rain in this map",
    "i fell off this week ngl", "lmao i need to go outside", "nobody asked but here's my build",
    "leave the call if ur muted for too long", "we dont want a draw, push",
    "get out of the blue zone", "who wants to join vc?", "no one in this gc likes the new map",
    "everybody hates mondays", "the whole gc agreed on the server icon",
    "jump off the cliff for the shortcut", "the server is down rn",
    "i know the address of the venue, i'll dm it", "the leak was fake lol",
    "my brother told me to kys, how do i report him?",
    "someone dm'd me 'go hang yourself', is that reportable?",
    "pls never say kys here", "report anyone who threatens to dox",
    "you're not annoying at all", "we want you here!", "<@123456789012345678> gg wp",
    "<@123456789012345678> thanks for the help", "<@123456789012345678> ur carrying us",
    "stay mad is my favourite song", "this boss fight is garbage design",
    "ratio of wins is 3:1", "i'm trash at this game", "i'm a loser at chess lol",
    "everyone likes the new emotes", "mald was the word of the year lol",
    "no one was invited yet, event is next week", "can we kick the afk bot",
    "leaks say the season drops friday", "seethe is such a funny word",
    "ur pfp is so cute",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck yes we won", "shit happens", "damn son", "holy fuck that combo",
    "what the hell was that", "this lag is fucking awful", "shit that was close",
    "goddamn it", "fuckin legend play", "bullshit hitbox",
)
