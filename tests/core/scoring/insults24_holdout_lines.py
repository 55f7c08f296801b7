"""The insults24 held-back lines (issue 8): other wordings of the probe's shapes (the
reader's sanity put down: another planet, forgotten meds, voices, screws, marbles, a
mind gone, a mother blamed) and clean lines in the same words. Written with the probe,
before any rule; their verdicts are counted only at the round's end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "what planet are you even on", "which planet do you live on, dude",
    "seriously what planet u from", "what planet are you posting from",
    "what planet are y'all on today", "ok what planet is this guy on",
    "you must be on another planet",
    "did someone forget their meds?", "you forgot to take your meds didn't you",
    "looks like you're off your meds again", "are u off ur meds",
    "maybe up your meds a bit", "you skipped your pills again huh",
    "go back on your meds", "someone is off their meds tonight",
    "the voices in your head don't count as sources", "are the voices in your head talking again?",
    "say hi to the voices in ur head", "you have a screw loose somewhere",
    "you got a couple screws loose pal", "this guy has a screw loose",
    "you lost your marbles years ago", "have you lost all your marbles?",
    "your mind is gone mate", "ur mind is long gone",
    "you're really not right in the head", "u are not right in the head bro",
    "you should get your head examined", "someone needs their head examined",
    "anybody home up there?", "knock knock, is anyone home up there",
    "lights are on but nobody is home, huh",
    "did your mommy drink while pregnant?", "your mom was drinking while pregnant, right?",
    "your mama drank while pregnant, obviously", "i bet your mother drank when she was pregnant",
    "what the hell are you smoking", "what are you smoking, honestly",
    "you belong on another planet with your takes", "momma drink when she was pregnant?",
)

HELD_CLEAN: tuple[str, ...] = (
    "what planet has the most moons?", "which planet do you like most in the solar system",
    "what planet are they filming on in the show", "the planet is warming fast",
    "we live on a small planet", "i'm on another planet after that vacation",
    "don't forget to take your meds!", "remember your meds before the trip",
    "i skipped my pills and felt awful", "she is off her meds for the surgery",
    "your meds are at the pharmacy", "can you pick up your pills today?",
    "the vet upped his meds", "never forget your medication when you travel",
    "the voices in my head are singing today", "voices in the hall woke me up",
    "a screw loose in the engine caused the rattle", "tighten that screw, it's loose",
    "i have lost my marbles somewhere in the attic", "the kids lost their marbles in the sand",
    "my mind is gone from studying", "his mind is gone since the stroke, it's sad",
    "it hit him right in the head", "i'm not right in the head before coffee",
    "get your head checked after that crash, please",
    "she needs her head examined by a neurologist",
    "is anyone home? i'm at the door", "nobody's home up there right now, the family left",
    "the lights are on but the shop is closed",
    "my mom didn't drink while pregnant", "drinking while pregnant harms babies",
    "she quit smoking and drinking while pregnant", "my mother drank milk while pregnant",
    "what are you cooking tonight?", "what are you smoking, brisket or ribs?",
    "they said you lost your mind, but i know you didn't",
    "nobody says your mind is gone", "\"what planet are you on\" is a rude thing to say",
    "i'm off my meds and feeling fine", "i forgot my meds at home again",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck this planet's gravity level is brutal", "shit i forgot my meds at home",
    "damn the voices in this anime are great", "holy crap my head hurts",
    "that's fucking wild, i lost my marbles laughing", "hell of a show last night",
)
