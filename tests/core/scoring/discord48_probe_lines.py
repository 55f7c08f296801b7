"""The discord48 probe (issue 8): the reader's looks or voice mocked with a simile in
Discord voice chat and under selfies ("your voice sounds like a dying cat", "ur face looks
like a foot", "you sound like a dying goat"): the reader or the reader's face, voice,
laugh, hair, teeth or body likened to an animal, an object or something disgusting; and
the clean lines in the same words that must stay clean (compliments and neutral
likenesses, the writer about themselves, things judged, negations, questions and
reports). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the reader's voice or laugh likened to a creature in pain or a noise
    "your voice sounds like a strangled cat", "ur voice sounds like a dying seal",
    "bro your voice sounds like a goat", "your laugh sounds like a dying donkey",
    "ur laugh sounds like a pig", "your voice is like a cat being strangled",
    "u sound like a dying walrus", "you sound like a strangled chicken lol",
    "you sound like a goat in vc", "you sound like a pig getting slaughtered",
    "u sound like a broken toilet", "your voice sounds like a blender full of rocks",
    "ur voice sounds like nails on a chalkboard", "you sound like a dying whale on the mic",
    # the reader's face, hair, teeth or body likened to an animal, an object or dirt
    "your face looks like an elbow", "ur face looks like a smashed potato",
    "your face looks like a rat", "ur face looks like a melted candle lmao",
    "your hair looks like a rats nest", "ur hair looks like a dead mop",
    "your teeth look like a broken fence", "ur teeth look like rotten corn",
    "your nose looks like a potato", "your body looks like a sack of potatoes",
    "your forehead looks like a runway", "ur head looks like a thumb",
    "lol your face looks like a toe", "your selfie face looks like a goblin",
    "you look like a swamp creature", "u look like a wet rat",
    "you look like roadkill", "you look like a rotten potato",
    "ur breath smells like a sewer", "your feet smell like a dumpster",
    "ngl your face looks like a pig",
)

TUNE_CLEAN: tuple[str, ...] = (
    # compliments and neutral likenesses
    "you look like your mom", "you sound like a pro", "your voice sounds like an angel",
    "you look like you had fun", "you sound like you have a cold",
    "your voice sounds like a radio host", "you look like a model in that pic",
    "your laugh sounds like my sister", "ur hair looks like a movie star's",
    "you sound like a real teacher", "your face looks like a painting, so pretty",
    # the writer about themselves
    "i sound like a dying cat lol", "my voice sounds like a strangled goat rn",
    "my face looks like a potato in this pic", "i look like a wet rat after the rain",
    "my laugh sounds like a donkey haha",
    # things judged
    "this song sounds like a dying cat", "the mic sounds like a broken toilet",
    "that cloud looks like a pig", "this potato looks like a face",
    "the boss looks like a rat", "this room smells like a sewer",
    "the engine sounds like a dying whale",
    # negations, questions, reports
    "your voice doesnt sound like a dying cat at all", "you dont look like a rat",
    "does my voice sound like a dying cat?", "nobody thinks your face looks like a foot",
    "he told me my voice sounds like a goat", "my brother says i look like a potato",
    "do i look like a goblin in this selfie?", "my cat sounds like a dying goat when hungry",
    "your dog looks like a potato lol so cute",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit your voice sounds amazing", "damn you look fucking great",
    "this song slaps so fucking hard", "lmao what the hell was that sound",
    "fuck i sound so tired today", "shit my mic is broken again",
)
