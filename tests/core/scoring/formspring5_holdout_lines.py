"""The formspring5 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "ur teeth r so fucked up", "your teeth are hella jacked up", "ya hair is so greasy",
    "your skin is so nasty", "ur arms are so hairy lmao", "your legs look hairy",
    "your eyebrows are messed up", "ur nose is weird", "your lips are so crusty",
    "your face is so greasy", "ur stomach is flabby", "your thighs are so lumpy",
    "your hair is always greasy", "ur breath is rotten", "ur feet are so smelly",
    "your hands are so dirty and gross", "ew your skin is gross", "lmao ur ears are so weird",
    "dude your teeth are busted", "girl your hair looks so dirty",
    "seriously your face is so oily", "your chin is hairy", "ur hairline is messed up",
    "ur pits are stinky", "your cheeks are blotchy", "your teeth are really gross",
    "your forehead looks greasy", "ur neck is so dirty", "your eyes are weird",
    "your toes are nasty",
    "why is ur hair so greasy", "why r ur teeth so messed up", "why are your arms so hairy",
    "why is your face so oily", "y are ur eyebrows so weird", "why does ur skin look so gross",
    "how come ur hair is so dirty", "why are your lips so crusty", "why is ur breath so stinky",
    "why do your teeth look so jacked up",
)

HELD_CLEAN: tuple[str, ...] = (
    "my teeth are so fucked up from hockey", "my face is so greasy after gym",
    "my arms are so hairy lol", "i think my nose is weird", "ugh my lips are crusty in winter",
    "your teeth aren't messed up, stop worrying", "ur skin is not gross at all",
    "your hair is not dirty you washed it today", "no your eyebrows are not weird",
    "if your hair is greasy wash it every other day", "when ur lips are crusty use vaseline",
    "if your feet are smelly try foot powder", "when your skin is oily dont over wash it",
    "are your teeth messed up from the fall?", "is ur hair greasy after you swim?",
    "is your skin oily in the mornings?", "he said your eyebrows are weird but he's jealous",
    "people who say your teeth are messed up are just mean",
    "whoever told you your skin is gross needs glasses",
    "your laptop is so messed up", "ur game is busted", "your burger is so greasy",
    "your shoes are so dirty lol", "ur cat's fur is greasy", "your kitchen smells gross",
    "your math homework is messed up on page 2",
    "your teeth were so crooked in 5th grade but now they're perfect",
    "your hair looks amazing", "ur skin is glowing", "your teeth are so white",
    "her hair is greasy after swim practice", "your hair got messed up by the wind",
    "your fries were so greasy but so good", "your brother's room is so dirty",
    "my sister's hair is always greasy lol", "your car is so dirty", "ur phone screen is busted",
    "your grandma's cookies are weird but good", "your plan is messed up",
    "your pillow smells gross",
)

HELD_SWEARING: tuple[str, ...] = (
    "shit my face is so oily today", "damn that burger was greasy as fuck",
    "fuck my phone screen is busted", "hell yes braces off tomorrow",
    "holy shit the test was messed up", "my hair is fucked lol whatever",
)
# fmt: on
