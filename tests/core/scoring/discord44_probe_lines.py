"""The discord44 probe lines (issue 8): Discord-style chat lines aimed at the reader that
the older rules missed (slang threats to a part of the reader's body said with "we gonna",
"ima" or "i'll", a dismissive name-call closing a line, roast labels), meme dialogue that
is aimed at no one present, and friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # slang threats to the reader's body
    "we gonna stomp ur head in", "i'll kick ur jaw", "gonna slap ur teeth out",
    "we gonna beat ur head in fr", "ima stomp ur face in", "i'll crack ur skull",
    "imma bust ur lip", "we finna smash ur face in", "i'll rip ur head off",
    "ima kick ur head in", "gonna snap ur arm", "imma slap ur face off",
    # a dismissive name-call closing the line
    "whatever you say nerd", "k clown", "ok buddy whatever you say dork", "sure thing weirdo",
    "whatever u say loser", "ok and? nobody asked, loser", "yeah ok clown", "cool story nerd",
    "k loser", "sure jan, whatever u say clown", "okay and? loser",
    "whatever helps you sleep at night, weirdo",
    # roast labels
    "virgin energy", "you give off creep vibes", "main character syndrome ass",
    "ur giving creep vibes", "major virgin energy", "you give off loser vibes",
    "strong incel vibes from you", "you got main character syndrome", "creep energy fr",
    "u give off weirdo vibes", "so much loser energy",
)

TUNE_CLEAN: tuple[str, ...] = (
    # meme dialogue: a scene retold, aimed at no one present
    "me: hey. her: fuck off loser",
    "mom: clean your room. me: shut up idiot (i did not say that)",
    "teacher: where's your homework. me: fuck off",
    "me: *exists* my sister: ugh ur such a loser",
    "him: can i copy ur homework. me: no idiot",
    "dad: did you finish. me: stfu old man (in my head)",
    "boss: can you stay late. me: go to hell (i said yes)",
    "me: good morning. my brother: shut up dork",
    "her: you up? me: no weirdo go to sleep",
    "me: hi. crush: ew get away creep",
    # game, sport and everyday verbs
    "we stomped them 3-0", "kick the ball to me", "break the meta with this build",
    "we gonna stomp their base", "i'll kick the door in", "ima break the record tonight",
    "gonna slap this song on repeat", "that boss stomped my face in lol",
    # self-talk, things and friendly lines
    "i'm such a nerd lol", "ok i'm a nerd whatever", "i give off creep vibes in photos lol",
    "main character energy today", "this song gives off good vibes",
    "that house gives off creepy vibes", "sure thing, see you at 8", "whatever you say, boss",
    "k see you later", "virgin mojito for me", "ima kick myself for missing that",
    "i'll break my own record", "he gives off dad energy, love him",
    "nobody asked but i'm a loser at chess lol",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that clutch", "fuck yeah we won", "damn this is fucking good",
    "shit i forgot my keys", "hell yeah lets gooo", "what the fuck just happened lmao",
)
