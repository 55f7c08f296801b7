"""The threats9 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "you're lucky i don't strangle you", "ur lucky i cant reach u rn",
    "youre lucky i dont know where u live", "you are so lucky i'm not there",
    "u lucky i dont kill u", "ur so lucky i didnt punch you",
    "you're lucky i can't get my hands on you", "count urself lucky i dont know where you live",
    "consider yourself lucky i'm not there", "you're really lucky i don't hit you",
    "ur lucky im not next to u", "youre lucky we're online",
    "you're lucky i'm not in your city", "ur lucky i dont fight you",
    "you're lucky i can't see you irl", "ur lucky i wasnt there to smack u",
    "ngl ur lucky i dont beat u", "you're lucky i don't hunt you down",
    "you're lucky that i don't know your address", "yall are lucky i dont know where you live",
    "lucky for you i'm not there rn", "lucky for u i dont know ur address",
    "good thing for you i can't find you", "luckily for you i cant reach you",
    "lucky for you, i'm not around", "good thing for u i dont live near you",
    "you're lucky i'm not allowed to find you", "you're lucky i don't shoot you",
    "youre lucky i dont choke you", "bro you're lucky i can't hurt you",
    "sei fortunato che non so dove abiti", "sei fortunata che non ti trovo",
    "ringrazia che non ti trovo", "ringrazia dio che non so dove vivi",
    "fortuna tua che non ti becco", "sei fortunato che non sono lì",
    "ringrazia il cielo che non so dove abiti", "sei fortunato che non ti conosco di persona",
    "siete fortunati che non so dove abitate", "6 fortunato che non ti trovo",
)

HELD_CLEAN: tuple[str, ...] = (
    "you're lucky i didnt spoil the ending", "lucky for you i bought extra snacks",
    "you're lucky i'm here to carry you", "count yourself lucky you got a seat",
    "ur lucky i dont charge rent lol", "you're lucky i don't mind the noise",
    "youre lucky i dont have work, i can drive you", "lucky for you i dont have class today",
    "good thing for you i don't need my charger", "consider yourself lucky i don't dance",
    "you're lucky i'm not there, the food is awful", "ur lucky i cant draw, you'd look weird",
    "sei fortunato che non nevica", "sei fortunata che non c'è coda",
    "ringrazia che non piove oggi", "you're lucky i didn't use my ult",
    "lucky i don't have my main on this account", "ur lucky i didnt have my awp",
    "you're lucky i don't play support", "youre lucky i cant aim with controller",
    "lucky for you i'm bad at this game", "i'm lucky i didn't go",
    "im lucky i dont live with them", "we're lucky i don't know the answer",
    "i'm lucky my boss doesn't fire me", "he said i'm lucky he doesn't kill me, is that normal",
    "she told him you're lucky i can't find you and he reported her",
    "\"ur lucky i dont know where you live\" is a creepy message",
    "people who say you're lucky i don't kill you are weird",
    "you're not lucky, i simply can't find you in the list",
    "why are you lucky i didn't see you?", "are you lucky i didn't call?",
    "you're lucky i don't sell this on ebay", "lucky for you i can't stay mad at you",
    "you're lucky i don't know the recipe", "youre lucky im not a teacher lol",
    "good thing for you i'm not the judge", "sei fortunato che non devi pagare",
    "ringrazia che non ti ho visto cadere haha", "fortuna tua che non c'è nessuno",
)

HELD_SWEARING: tuple[str, ...] = (
    "shit i'm lucky", "fucking lucky roll", "damn u lucky bastard lol",
    "lucky af holy shit", "cazzo sei fortunatissimo", "madonna che culo",
)
