"""The discord40 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "you need your ass kicked", "u need a beatdown", "someone needs to beat your ass",
    "i'll stomp your face in", "imma curbstomp you", "you want these hands?",
    "ur about to catch these hands", "keep it up and catch these hands",
    "i'm finna pull up and smoke ur ass", "imma pull up on you", "you're getting clapped",
    "imma clap ur cheeks irl", "i'll beat the breaks off u",
    "keep talking shit and see what happens", "talk again and see what happens",
    "say it to my face", "come say that to my face", "i'll put you in a body bag",
    "i'll put you in the dirt", "i'll knock your lights out", "square up bitch",
    "imma beat yo ass", "i'm gonna whoop ur ass when i see you",
    "we gonna jump you after school", "i'll slap the shit out of you",
    "i'll fuck you up irl", "i'll drop you on sight", "i'll lay hands on you",
    "i'll bust your head open", "watch your back kid", "i'll beat you senseless",
    "keep yapping and get smacked", "meet me outside", "i'll stomp you into the ground",
    "ur gonna get your ass whooped", "i'll beat you till you can't walk",
    "you want smoke?", "imma run up on you", "pull up and see what happens",
    "you'll get folded irl",
)

HELD_CLEAN: tuple[str, ...] = (
    "you need your oil changed", "she got beat in the semis", "pull up to the lobby",
    "i'll beat you to the boss room", "we got clapped by the other team",
    "see what happens if you bake it longer", "i'll smoke long for you",
    "you need your nails done", "we got beat hard in scrims",
    "he got stomped in the first round", "wash your hands first",
    "pull up to the cookout later", "pull up the scoreboard", "i'll put you on the list",
    "keep talking, this story is great", "say that louder, the mic is quiet",
    "they clapped us lol gg", "i'll knock when i get there",
    "the boxer knocked him out cold", "i'll beat your time on that level",
    "i'll smoke b site for you", "i'll drop you a med",
    "i'll carry you through the raid", "whisk it and see what happens",
    "she'd never hurt you, she's sweet", "he said he'd whoop my ass at smash lol",
    "no one is going to jump you, it's a safe area", "i'll beat you at mario kart",
    "plant the bulbs in the ground", "watch your back on the right, there's a camper",
    "catch me outside the mall at 3", "square up the edges before you glue it",
    "meet me outside the library", "i'll body the boss for you",
    "imma pull up to your party", "catch this pass", "he's gonna get clapped by that raid boss",
    "you're gonna get folded by that tank lol", "i'll drop you off at home",
    "i'll slap some stickers on your laptop",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck that was clean", "shit that was close", "damn that song slaps",
    "fuck, my wifi died again", "this map is fucking huge", "hell yeah gg",
)
