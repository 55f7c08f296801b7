"""The discord44 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "we gonna stomp ur skull in", "i'll kick ur teeth out", "ima break ur jaw",
    "gonna slap ur face off", "imma stomp ur head into the pavement", "i'll bust ur nose",
    "we finna beat ur face in", "ima crack ur head open", "i'll snap ur fingers",
    "imma kick ur face in fr", "gonna knock ur head off", "we gonna break ur legs",
    "ima rip ur tongue out", "i'll smash ur teeth in",
    "whatever you say clown", "sure thing nerd", "ok and? nobody asked, weirdo",
    "whatever u say dork", "k weirdo", "yeah sure loser", "cool story clown",
    "ok whatever loser", "sure buddy, whatever you say idiot", "mhm sure thing bozo",
    "k and? dork", "whatever floats ur boat clown", "yeah yeah whatever you say nerd",
    "incel energy", "you give off stalker vibes", "main character syndrome type beat",
    "ur giving loser vibes", "mega virgin energy", "you give off nerd vibes",
    "creepy uncle vibes from you", "you have main character syndrome", "weirdo energy fr",
    "u give off creep energy", "so much virgin energy", "giving pick me vibes",
    "you got creep vibes",
)

HELD_CLEAN: tuple[str, ...] = (
    "me: hey. him: fuck off nerd", "mom: wake up. me: shut up idiot (i did not say that)",
    "teacher: why are you late. me: mind ur business (i was silent)", "me: hi. her: ew loser",
    "dad: take out the trash. me: bite me old man (in my dreams)",
    "coach: run laps. me: go to hell",
    "my friend: lend me 5 bucks. me: no clown", "me: posts a pic. my cousin: ugly ass",
    "him: wyd. me: nothing weirdo", "sister: get out of my room. me: make me loser",
    "manager: work saturday? me: fuck off (i said ok)", "me: exists. my mom: stupid kid",
    "cat: *knocks glass*. me: you little idiot", "bf: i ate your fries. me: die",
    "we stomped their team 5-0", "kick the ball harder", "break the meta again",
    "we gonna stomp this raid", "i'll kick the ball to you", "ima break my pb tonight",
    "gonna slap some paint on the wall", "that boss slapped my face off lmao",
    "ima crack the code", "i'll knock the door", "we gonna break the server record",
    "gonna smash this boss",
    "i'm such a dork lol", "i give off nerd vibes and i love it",
    "this cafe gives off cozy vibes", "main character energy today, love it",
    "whatever you say, captain", "sure thing, buddy", "k see you there",
    "my cat gives off creep vibes at night lol", "virgin margarita please",
    "i have main character syndrome ngl", "i'll break my own jaw trying to eat this burger",
    "nobody asked but i'm a loser at this game", "ok nerd time: here's the math",
    "that movie gave off weird vibes",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck that was close", "holy shit gg", "damn son this is fucking fire",
    "shit my wifi died", "hell yeah fuck yes", "what the hell lol",
)
