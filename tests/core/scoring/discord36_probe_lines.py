"""The discord36 probe (issue 8): the reader rejected, excluded or sent away with no
insult word, in two short clauses ("i dont like u. leave.", "nobody wants u here. bye"),
friendship or belonging denied ("ur not my friend", "ur not my friend anymore, go
away"), and a bare wish of death as the whole line ("die", "pls die"); the clean lines in
the same words that must stay clean (a feeling about something the reader does, a
possessive, a turn to something kinder, leaving a game or a place, dying in a game or of
laughter, a choice left to the reader). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a rejection, then a dismissal
    "i dont like u. leave.", "i dont like you, go away", "nobody likes u. bye",
    "i dont like u. get out", "we dont like you. leave pls", "no one likes u, leave",
    "i dont want u here. go away", "nobody wants u here. bye",
    "just leave already, no one likes you", "leave. nobody likes u",
    # friendship or belonging denied
    "ur not my friend", "you are not my friend anymore", "ur not my friend anymore, go away",
    "we're not friends anymore", "you're not our friend", "i'm not your friend",
    "ur not one of us", "you were never my friend", "ur not part of this group",
    "we are not ur friends", "ur not my friend lol",
    # not wanted in the room
    "we dont want u in this server", "no one wants you in this chat",
    "nobody wants you around", "we dont want you here anymore",
    "get out of this server, nobody wants you",
    # a bare wish of death
    "DIE", "just die", "pls die", "go die", "die already", "die pls", "plz just die",
    "die. seriously", "just go die already",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a feeling about what the reader does, or something else
    "i dont like u leaving so soon", "i dont like it. leave it.", "i dont like u going alone",
    # a possessive or a kinder turn
    "ur not my friend's brother", "you're not my friend, you're my best friend",
    "ur not my friend, ur my family", "we're not friends, we're besties",
    "i'm not your friend, i'm your sister", "he's not my friend anymore, he moved away",
    # asked or reported
    "ur not my friend?", "she said ur not my friend", "why would you think ur not my friend",
    # wanting the reader to stay
    "nobody wants to leave", "nobody wants u to leave", "we dont want u to leave",
    "i dont want u to go", "dont leave pls",
    # leaving a game, a server or a place
    "leave the server if you want, no hard feelings", "i have to leave, bye",
    "leave a like if you enjoyed", "leave it to me", "you can leave the vc if ur tired",
    # dying in a game, of laughter, or as hype
    "die lit", "i'll die if this boss hits again", "im gonna die of cringe",
    "i'd die for you", "die hard fan here", "i will die on this hill",
    "dont die this time", "we all die in the end lol", "i literally died laughing",
    "go die in the lava again lol we respawn",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this server is lit", "fuck yeah we finally won",
    "damn that boss was hard as hell", "this update is shit lol",
    "what the fuck just happened", "bruh i'm so fucking tired",
)
