"""The threats9 probe (issue 8): a veiled threat at the reader said with luck or a
condition, the writer's harm held back only by what stops them ("you're lucky i don't
kill you", "ur lucky im not there rn", "count yourself lucky i cant reach you", "lucky
for you i dont know where you live", "sei fortunato che non ti trovo", "ringrazia che
non so dove abiti"); and the clean lines in the same words that must stay clean (luck as
luck, games, the writer about themselves, reports and quotes). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the reader held lucky, the writer's harm held back
    "you're lucky i don't kill you", "ur lucky i dont beat ur ass",
    "youre lucky i cant punch you through the screen", "you are lucky i didn't slap you",
    "u r lucky i dont smack u", "you're so lucky i don't know where you live",
    "ur lucky i dont know ur address", "count yourself lucky i cant reach you",
    "consider yourself lucky i don't hurt you", "consider urself lucky i cant find u",
    "youre lucky im not there rn", "ur lucky i'm not there right now",
    "you're lucky i'm not in the same room as you", "ur lucky i aint there",
    "you're lucky i didnt catch you", "youre lucky i wasnt there",
    "honestly you're lucky i don't end you", "bro ur lucky i cant stab u",
    "ur lucky we're not in person", "you're lucky i'm not near you",
    "you are lucky that i can't find you", "youre lucky i dont beat u up",
    # lucky for you / good thing for you
    "lucky for you i dont know where you live", "lucky for you, i can't reach you",
    "good thing for you i'm not there", "good thing for you i dont know where u live",
    "lucky for u im not there", "luckily for you i don't know where you live",
    # Italian
    "sei fortunato che non ti trovo", "sei fortunata che non so dove abiti",
    "ringrazia che non so dove abiti", "ringrazia dio che non ti trovo",
    "fortuna tua che non so dove vivi", "sei fortunato che non sono li",
    "ringrazia il cielo che non ti becco",
)

TUNE_CLEAN: tuple[str, ...] = (
    # luck as luck
    "you're lucky i didnt see the spoiler", "lucky for you i saved you a seat",
    "you're lucky i'm here to help", "count yourself lucky you got tickets",
    "ur lucky i dont charge for this advice lol", "you're lucky i don't mind sharing",
    "youre lucky i dont work tomorrow, we can hang out", "lucky for you i dont have plans tonight",
    "good thing for you i don't need the car today", "consider yourself lucky i don't sing",
    "you're lucky i'm not there, the party is so boring", "ur lucky i cant cook, you'd be so fat",
    "sei fortunato che non piove", "sei fortunata che non devi lavorare domani",
    "ringrazia che non c'è traffico",
    # games
    "you're lucky i didn't ult", "lucky i don't have my main",
    "ur lucky i didnt have my ult, i would have killed you", "you're lucky i don't play tank",
    "youre lucky i dont main sniper", "lucky for you i cant aim today lol",
    # the writer about themselves
    "i'm lucky i wasn't there", "im lucky i dont live there anymore",
    "we're lucky i don't know where they live", "i'm so lucky my parents don't kill me",
    # reports and quotes
    "he told me i'm lucky he doesn't kill me, what do i do",
    "she said you're lucky i don't kill you and i laughed",
    "\"you're lucky i don't kill you\" is such a weird thing to say",
    "my mom always says you're lucky i don't know where you live when i'm late",
    # negations and questions
    "you're not lucky, i just don't know where you live",
    "why are you lucky i can't find you?", "who says you're lucky i don't kill you lmao",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit i'm so lucky today", "fuck yeah lucky drop", "damn ur lucky af",
    "lucky as hell lmao", "cazzo che fortuna", "porca miseria sei fortunato",
)
