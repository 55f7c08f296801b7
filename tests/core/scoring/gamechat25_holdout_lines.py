"""The gamechat25 held-back batch (issue 8): lines in the same shapes as
gamechat25_probe_lines.py in other words, written at the same time, before any rule, and
not looked at while the rules were built.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "leave the game already", "plz leave the game", "just leave the game lol",
    "leave this game pls", "just go afk then noob", "quit the game already",
    "leave game then", "sage just leave", "u should just leave the game",
    "just leave bro", "leave the match pls", "pls leave this game",
    "just quit then", "go afk already",
    "do u even have fingers?", "do you even have a monitor", "can u even shoot",
    "can you even aim lol", "are you even playing?", "do u even know what ur doing",
    "did you even look at the minimap", "do you even lift the mouse",
    "who taught you how to play", "who taught u to aim",
    "do u even play ranked lol", "can u even hit a shot", "reyna do u even have hands",
    "are u even trying bro", "do u even have a brain lol", "do you even watch the map",
    "r u even awake", "can u even see the screen",
    "imagine losing to these noobs", "imagine losing to this bot lol",
    "imagine losing to that guy", "imagine losing to you lol",
    "vattene dalla partita", "esci dal game", "ma sai giocare almeno?",
    "sai almeno mirare?",
    # a player said to suck in chat grammar (added with the probe's shape, before its rule)
    "top suck", "our support suck so much", "reyna suck lol", "she suck", "ur jungler suck",
    "my team suck", "this zed suck", "our healer sucked",
    # the reader asked if they play with their feet or the monitor off (added with the
    # probe's shape, before its rule)
    "r u playing with ur toes", "are you playing with your monitor off?",
    "is your monitor even off lol", "are u playing with ur eyes closed lmao",
    "sova are you playing with your feet",
)

HELD_CLEAN: tuple[str, ...] = (
    "i need to leave the game in 10 min", "dont quit the game yet we can win",
    "if you leave the game the team gets a penalty", "should i leave the game or wait",
    "leave the game open and go eat", "my friend had to leave the game",
    "just leave the turret, come bot", "go afk farm mid then group",
    "she left the game cause of lag", "i'll quit the game when the season ends",
    "just leave it, we go baron",
    "do u even need armor here?", "can you even use that skin in ranked?",
    "are you even able to queue with him?", "do you even get xp in customs?",
    "i can't even see my cursor lol", "do i even have hands lmao",
    "who taught you to play piano?", "can u even stack those items?",
    "did you even get the quest item?", "are you even on the same server?",
    "i'm so bad at this game lol", "my aim is trash today",
    "imagine losing to this boss lol", "imagine losing to this dungeon",
    "imagine losing to that dragon twice", "imagine losing to this final boss",
    "imagine losing to this jump puzzle lol",
    "gg wp all", "nice ult", "good try team", "sova is low", "rotate b",
    "well played everyone", "thanks for the heal",
    "devo lasciare la partita", "ho dovuto uscire dal gioco", "sai giocare a poker?",
    "ti ricordi come si gioca?", "esco dal gioco tra 5 minuti",
    # the writer's own, a thing, a plain verb (added with the shape above)
    "we suck at this map", "i suck with this hero", "these servers suck", "ranked queues suck",
    "the old map sucked", "suck it up guys we can win", "did our support suck?",
    # a question that means it (added with the shape above)
    "are you playing with randoms?", "r u playing with a mouse or a pad",
    "is your monitor off? i see nothing on stream", "we are playing with our eyes closed lol",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck this lag", "shit ping again", "holy fuck that was close",
    "fucking insane play", "damn the servers are shit today", "wtf that ult was sick",
    "bullshit hitbox lol",
)
