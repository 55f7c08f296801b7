"""The discord32 probe (issue 8): Discord lines between teenagers in the round's shapes
(condescension aimed at the reader: "you didn't even read it did you", "bro really
thought he did something", "u really thought that was funny", "did your mom dress you",
"ur so weird stop talking") and clean chat that looks alike (the same words at no one,
at oneself or at a thing, denied, kind turns, reported, asked, quoted, a story's third
person). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # "you didn't even ..." thrown at the reader
    "you didn't even read it did you", "u didnt even watch the video did u",
    "you didnt even try did you", "you didn't even read the message lmao",
    "bro you didnt even read it", "u didnt even read the rules did u",
    "you didn't even listen to it did you", "lmao u didnt even open the link",
    "you didnt even look at it huh", "u didn't even read my message lol",
    "you didn't even watch it bro", "bro u didnt even try",
    # "bro really thought ..." at the reader
    "bro really thought he did something", "bro really thought he was him",
    "u really thought that was funny", "you really thought you ate with that",
    "bro thought he cooked", "u really thought u did something",
    "you really thought you did something lmao", "bro really thought he ate",
    "blud really thought he was slick", "u actually thought that was funny",
    "bro genuinely thought he cooked", "you really thought u were him",
    # a mocking question at the reader
    "did your mom dress you", "did ur mom dress you this morning",
    "who cut your hair, your enemy?", "who dressed you lmao",
    # "weird" with a second hostile cue
    "ur so weird stop talking", "why are u so weird", "you're so weird it's creepy",
    "ur weird af go away",
    # older shapes kept
    "do you even know how to read", "ur so cringe stop talking", "who invited you",
)

TUNE_CLEAN: tuple[str, ...] = (
    # sincere questions
    "did your mom make dinner?", "did you read the rules?", "did u watch the video yet?",
    "did your mom say you can come?", "who cut your hair? it looks so good",
    # self-talk and the writer's own
    "i really thought i did something lol", "im so weird", "i didn't even read it lol",
    "i didnt even try and i won", "ngl i really thought that was funny",
    "i thought i cooked but nah", "my mom dressed me today lol",
    # a story's third person, reported speech
    "my brother really thought he did something when he beat me at uno lol",
    "he didn't even read it, the teacher said", "she said u didnt even read it",
    "my friend thought he cooked with that pasta lol",
    # things
    "this song is weird", "the ending was so weird", "that update is weird af",
    "this video is cringe lol",
    # kind turns and denied
    "ur weird i love it", "ur so weird lol ily", "you didnt even need to study, ur so smart",
    "you didn't even have to do that, thank you so much",
    "you really thought of everything, thanks",
    "u really thought that through, nice", "you didn't even miss one shot, insane",
    "ur not weird at all",
    # asked and quoted
    "you didn't even read it yet? no rush", "did you really think i forgot your birthday?",
    '"bro really thought he did something" is such a funny meme',
    "you really thought i'd forget? happy birthday!!",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that was weird", "fuck i didnt even read the patch notes",
    "damn bro i really thought we had it", "shit this song slaps", "fucking gg everyone",
    "hell yeah we cooked",
)
