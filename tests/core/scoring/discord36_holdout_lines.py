"""The discord36 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "i dont like you. go away.", "i dont like u, bye", "nobody likes you. leave",
    "we dont like u. get lost", "no one likes you here. go", "i dont want you here, leave",
    "nobody wants you here, bye", "leave already. nobody wants u",
    "go away, nobody likes u", "i never liked u. leave",
    "you're not my friend", "u r not my friend", "ur not my friend anymore",
    "you are not my friend anymore, leave", "we are not friends", "im not ur friend",
    "you're not one of us", "u were never our friend", "you are not part of this squad",
    "ur not our friend anymore bye", "you're not my friend tbh",
    "we dont want you in this server", "nobody wants u in this chat",
    "no one wants u around", "we dont want u here",
    "leave this server, no one wants you", "nobody wants you in the vc",
    "die", "just die already", "please die", "go die pls", "die now",
    "plz die", "just go die", "die lol", "die. now.", "u should just die",
    "go away and never come back", "leave and dont come back",
    "ur not welcome here, bye",
)

HELD_CLEAN: tuple[str, ...] = (
    "i dont like you leaving early", "i dont like u driving at night",
    "i dont like this map. leave it.", "ur not my friend's cousin",
    "you're not my friend, you're my brother", "ur not my friend, ur my bestie",
    "we're not just friends, we're family", "im not ur friend, im ur mom lol",
    "she's not my friend anymore, she moved schools", "ur not my friend??",
    "he told me ur not my friend", "who said ur not my friend",
    "nobody wants to go home", "no one wants u to leave", "we dont want you to go",
    "i dont want you to leave", "please dont leave", "dont go away pls",
    "leave the vc whenever, no worries", "i gotta leave, gn", "leave a comment below",
    "leave that to me", "you can leave if you need to sleep",
    "you can go away for a bit and rest", "leave him alone guys",
    "i'm gonna die if this lag keeps up", "i'd die for my cat", "that song goes so hard, die",
    "dont die to the boss again", "we died so fast lmao", "i nearly died laughing",
    "im dying lol", "die hard fans only", "this is the hill i'll die on",
    "did you die again?", "you died lol respawn", "i'll die before i give up",
    "i dont like u? since when", "nobody wants u here? who said that",
    "go away? no way, stay",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck this raid is insane", "shit i forgot my headset",
    "damn that was a sick play", "fuck this lag lol",
    "this game is hard as shit", "hell yeah lets go",
)
