"""The discord41 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "no one wants you here", "nobody likes you lmao", "nobody wants u around",
    "no one in this server likes you", "literally no one cares about u",
    "nobody asked u", "no one asked you bro", "who even asked you",
    "leave the server loser", "just leave the discord already",
    "get out of my vc", "get out of the gc nobody wants you", "leave our group chat pls",
    "go away no one likes u", "get lost loser", "nobody will miss you if you leave",
    "we all hate u", "everybody here hates you", "the whole class hates you",
    "everyone in this gc thinks ur a joke", "everyone thinks you're a weirdo",
    "you aren't invited", "ur not invited lmao", "you're not welcome here",
    "u have no friends", "you got no friends lol", "ratio + no friends + fell off",
    "go cry to ur mommy", "go cry somewhere else", "cry about it loser",
    "watch ur back", "better watch your back tomorrow", "shut up no one asked",
    "you're a loner and everyone knows it", "nobody wants to be your friend",
    "everyone is laughing at you", "we don't want you here",
    "nobody would care if you left", "kick him out nobody likes him", "you're not one of us",
)

HELD_CLEAN: tuple[str, ...] = (
    "nobody wants cold fries", "no one likes tuesdays", "nobody likes the new skin",
    "no one wants to do the dishes", "nobody cares about preseason",
    "nobody asked for a sequel lol", "no one asked for this nerf",
    "leave the channel settings alone", "please don't leave the server yet",
    "i'll leave the discord for a while, exams", "she left the gc by mistake",
    "get out of the pool it's raining", "get out of the sun you'll burn",
    "let's get out of vc and play", "go away on holiday, you need it",
    "get out of here, no way that's real",
    "we all hate this map", "everyone hates the new patch notes", "the whole class hates the test",
    "everyone thinks the trailer was a joke",
    "you're invited to my stream!", "u r invited to the server event",
    "you're not invited? that's a mistake, come", "i have no friends on this game yet",
    "no friends online, anyone wanna play?", "i always cry at that scene",
    "go cry at the concert it's so emotional", "watch your back in the final circle",
    "watch your head on the door", "nobody wants you to quit",
    "no one hates you, don't worry", "everyone here loves you",
    "nobody would care if you left the lobby early, it's casual",
    "we don't want you to leave", "you're one of us now, welcome!",
    "everyone is laughing at the meme", "the whole server likes your art",
    "watch your back swing, it's too fast", "nobody likes losing", "who asked for pineapple?",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit that was close", "fuck yeah gg", "damn that shit is cool",
    "shit the wifi died", "fucking love this game", "oh shit i'm late",
)
