"""The discord48 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "your voice sounds like a dying goat", "ur voice sounds like a strangled duck",
    "your voice sounds like a pig", "ur laugh sounds like a choking hyena",
    "your laugh sounds like a goat lmao", "ur voice is like a goat being strangled",
    "your laugh is like a dying seal", "you sound like a dying cat",
    "u sound like a strangled goose", "you sound like a donkey on the mic",
    "you sound like a pig in mud", "you sound like a broken vacuum",
    "your voice sounds like a garbage truck", "u sound like a dying cow lol",
    "ur face looks like a sweaty foot", "your face looks like a squashed tomato",
    "ur face looks like a rotten potato", "your face looks like a toad",
    "your hair looks like a dead rat", "ur hair looks like a birds nest",
    "your teeth look like a rotten fence", "ur nose looks like a potato",
    "your body looks like a sack of garbage", "ur head looks like a peanut",
    "your face looks like a butt", "bro your face looks like a dropped pie",
    "you look like a wet goblin", "you look like a sewer rat",
    "u look like a dead fish", "you look like a rotting pumpkin",
    "your breath smells like a dumpster", "ur feet smell like a sewer",
    "your forehead looks like a landing strip", "ur face looks like a swamp monster",
    "your laugh sounds like a dying whale", "you sound like a chicken being strangled",
    "lmao your voice sounds like a dying parrot", "your ears look like a monkey's",
    "you look like a troll under a bridge", "your skin looks like a lizard",
)

HELD_CLEAN: tuple[str, ...] = (
    "you look like your dad", "you sound like a pro caster",
    "your voice sounds like an angel singing", "you look like you had a great time",
    "you sound like you have the flu", "your voice sounds like a podcast host",
    "you look like a model", "your laugh sounds like my cousin",
    "you sound like a real expert", "your hair looks like a shampoo ad",
    "i sound like a dying goat lol", "my voice sounds like a strangled cat today",
    "my face looks like a tomato after the gym", "i look like a goblin this morning",
    "my laugh sounds like a seal haha", "this track sounds like a dying cat",
    "the speaker sounds like a broken toilet", "that rock looks like a pig",
    "this carrot looks like a foot", "the villain looks like a rat",
    "the fridge smells like a sewer", "the car sounds like a dying cow",
    "your voice doesnt sound like a goat", "you dont sound like a dying cat",
    "does my face look like a potato?", "nobody says your hair looks like a nest",
    "she said my voice sounds like a goat", "my friend says i look like a troll",
    "do i sound like a dying cat on the mic?", "my dog sounds like a pig when he snores",
    "your cat looks like a potato haha", "your house looks like a castle",
    "you look like a superstar", "your voice sounds like a dream",
    "you sound like a nice person", "you look like a happy kid in that photo",
    "your mic sounds like a radio", "your drawing looks like a real photo",
    "your face looks like your brother's", "you sound like a teacher lol",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit you sound so good on the mic", "damn your hair looks fucking sick",
    "fuck this song is stuck in my head", "shit i look so tired in this pic",
    "what the fuck was that noise lmao", "hell yeah your voice goes hard",
)
