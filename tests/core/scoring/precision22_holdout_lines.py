"""The held-back part of the precision22 probe: the same shapes in other words, written
at the same time as precision22_probe_lines.py and counted only at the start and the end."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "i think you're an idiot", "i really think they are morons", "we believe you are stupid",
    "i see them as fools", "i think customers are idiots", "i consider you a clown",
    "i treat you like a moron because you act like one", "we think you're all losers",
    "i think players are dumb", "i think the public is stupid",
    "everybody thinks you're stupid", "they all think ur an idiot and they're right",
    "people think you are a moron", "the mods see you as a troll",
    "everyone treats you like an idiot cause you are", "they think youre a loser, so do we",
    "they think we're dumb but they are the dumb ones", "they treat us like idiots, idiots",
    "the devs think we are morons, fucking morons", "they see us as fools, what clowns",
    "those idiots think we are stupid", "the morons at ea think we're idiots",
    "politicians treat voters like idiots, the idiots", "they think we are sheep, stupid clowns",
    "the public is stupid", "players are so dumb", "viewers are morons",
    "consumers are idiots", "gamers are morons lol", "you are so dumb", "ur an idiot",
    "get lost you idiot", "users are stupid af", "fans are idiots", "you guys are morons",
    "customers are dumb as rocks", "you are a clown", "voters are fucking morons",
    "the players are idiots", "you idiots",
)

HELD_CLEAN: tuple[str, ...] = (
    "they treat us like morons", "they think we're stupid", "they must think we are idiots",
    "they think we are all dumb", "they take us for fools", "do they really think we're stupid",
    "they honestly think we are that stupid", "they see us as idiots",
    "they assume we are dumb", "they believe we are idiots",
    "the government thinks we're stupid", "the company treats us like idiots",
    "the media treats us like morons", "they think we are nothing but idiots",
    "my boss thinks im an idiot", "she thinks i'm stupid lol",
    "my brother treats me like an idiot", "my coach thinks im dumb",
    "politicians treat voters like idiots", "they think the public is stupid",
    "the company treats customers like morons", "google thinks its users are idiots",
    "the developers think players are dumb", "ubisoft thinks gamers are idiots",
    "the studio treats fans like idiots", "tv networks think viewers are stupid",
    "stores treat shoppers like idiots", "marketers think consumers are morons",
    "the league treats fans like fools", "the app thinks its users are dumb",
    "they dont think we're stupid", "why does the company think customers are idiots",
    "do the devs think players are stupid?", "nobody thinks you are an idiot",
    "no one thinks players are dumb", "stop treating players like idiots",
    "why do they think we are stupid", "they never treated us like idiots",
    "does ea think gamers are morons?", "they dont treat fans like idiots",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit the update is out", "fuck yes we finally won", "damn that was close",
    "shit my game crashed lol", "hell yeah new map", "fucking love this patch",
)
