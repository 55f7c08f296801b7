"""The formspring5 probe (issue 8): a teenager's body part judged by a flaw, said to the
reader as a statement or a "why ... so" taunt ("ya teeth are fcked up", "ur eyebrows are so
weird", "your skin is so greasy", "why are ur legs so hairy"), and the clean lines in the
same words that must stay clean (the writer's own body, negations, conditions and advice,
sincere yes/no questions, reports and counter-speech, things that are no body part, the
past). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # "<your> <part> <is/are/looks> [so] <flaw>"
    "ya teeth are fcked up", "ur teeth are so messed up", "your teeth r jacked up lol",
    "ur eyebrows are so weird", "your skin is so greasy", "your legs are so hairy",
    "ur arms are hairy af", "your hair is greasy", "your hair looks so greasy",
    "ur face is so red and blotchy", "your pimples are gross", "your skin is so oily",
    "your nose is so weird", "ur lips are crusty", "your feet are nasty",
    "ur belly is so flabby", "your eyebrows look messed up", "your teeth are rotten",
    "your breath is so stinky", "ur hair is so dirty", "your armpits are smelly",
    "ew ur teeth are disgusting", "lol your ears are weird", "omg your face is so oily",
    "honestly your hair looks dirty", "girl your eyebrows are busted",
    "your teeth are really messed up", "ur skin is hella greasy",
    "your forehead is so shiny and oily",
    # "why are/is <your> <part> so <flaw>"
    "why are ur teeth so messed up", "why is your hair so greasy", "why are your legs so hairy",
    "y is ur skin so oily", "how come your teeth are so jacked up",
    "why does your hair look so dirty",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the writer's own body
    "my teeth are so messed up lol", "my hair is so greasy today ugh",
    "my legs are so hairy i need to shave",
    "ugh my skin is so oily in summer", "i know my eyebrows are weird",
    # negations and reassurance
    "your teeth are not messed up at all", "ur hair isnt greasy its just wet",
    "your skin is never oily, lucky", "dont worry your eyebrows aren't weird",
    # conditions and advice
    "if your skin is oily try a clay mask", "when your hair is greasy use dry shampoo",
    "if ur lips are crusty use some chapstick",
    # sincere yes/no questions
    "are your teeth messed up after the accident?", "is your hair greasy or just wet?",
    "is ur skin oily or dry? asking for a skincare thing",
    # reports and counter-speech
    "she said your teeth are messed up, ignore her", "whoever said your hair is greasy is lying",
    "who told u ur eyebrows are weird? they're perfect",
    # things that are no body part
    "your phone is so messed up", "ur code is fucked up lol", "your pizza is so greasy",
    "your room is so dirty", "ur bike is busted", "your dog's hair is so greasy",
    "your car smells so gross",
    # the past, compliments and other people's words
    "your teeth were so messed up before the braces, they look great now",
    "your hair looks so good today", "your skin is so clear", "ur eyebrows are on point",
    "his hair is always greasy after football practice lol", "your hair got messed up in the rain",
    "your mom's lasagna was so greasy but so good",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit my hair is a mess today", "damn this pizza is greasy as hell lol",
    "fuck yeah we won the game", "shit i forgot my gym clothes again",
    "my bike is fucked up again ugh", "hell yeah new braces come off friday",
)
# fmt: on
