"""The hatecheck41 held-back lines (issue 8): hate about an identity group whose subject
carries a relative clause with a first-person subject, and the clean lines in the same
words, in other wording, written at the same time as the studied part and before any
rule. Counted only at the start and at the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "every muslim i run into is a pig", "the women i grew up with are all idiots",
    "muslims i have known are all vermin", "the gay men i know are revolting",
    "every trans woman i have met is a creep", "the black guys i work with are lazy thugs",
    "every girl i meet is a dumb slut", "all the women i've known were liars",
    "every immigrant i meet is a criminal", "the migrants i see are cockroaches",
    "every disabled kid i know is useless", "the jews i have worked with are parasites",
    "muslims i live near are disgusting", "the trans people i see online are sick freaks",
    "every lesbian i know is ugly", "the blacks i meet are all apes",
    "women i work with are brainless", "refugees we took in are scum",
    "the muslims we let into the country are rapists", "every feminist i follow is a stupid cow",
    "the gays i met at uni were perverts", "every muslim i've ever known was a snake",
    "the women i have managed were hopeless", "immigrants i see on my street are leeches",
    "black people i went to school with were animals", "the disabled people we pay for are a drain",
    "every jew i meet is a crook", "trans men i have met are freaks",
    "the asylum seekers we housed are savages", "every woman i've dated was a psycho bitch",
    "the muslims i see are terrorists", "gay people i have met are degenerates",
    "the immigrants that i have met are trash", "women who i meet are all whores",
    "every muslim that i know is filth", "the arabs i work with are dogs",
    "every mexican i meet is a thief", "the women we hired are incompetent",
    "gay guys i have dated were all disgusting", "the black women i know are ghetto trash",
)

HELD_CLEAN: tuple[str, ...] = (
    "every muslim i run into is polite", "the women i grew up with are all clever",
    "the gay men i know are fantastic", "every trans woman i have met is kind",
    "the black guys i work with are hilarious", "every immigrant i meet is hardworking",
    "the disabled kids i know are so brave", "the jews i have worked with are great",
    "muslims i live near are generous", "every lesbian i know is awesome",
    "the refugees we took in are settling well", "women i work with are brilliant",
    "the women i grew up with think i am an idiot",
    "every muslim i run into knows i am a fool at chess",
    "the gay men i know say i'm a loser at darts", "immigrants i work with think i am lazy",
    "every trans woman i have met says i am a dork",
    "the black guys i work with call me stupid for fun",
    "the women we hired think i'm a moron at excel",
    "every girl i date says i am a creep, sadly true",
    "the muslims i know are not rapists", "the women i grew up with are not idiots",
    "every immigrant i meet is no criminal", "the gay men i know are never revolting",
    "the trans people i follow are not freaks", "the disabled people i know are not a drain",
    "the jews i know are not parasites", "black people i went to school with were not animals",
    "every mexican i meet is not a thief", "the arabs i work with are not dogs",
    "the muslims i know are sick of being called rapists",
    "the women i know hate being called idiots",
    "immigrants i meet are tired of being called leeches",
    "the gay men i know get called perverts all the time",
    "every trans person i know has been called a creep",
    "the black people i know are fed up with being called thugs",
    "the jews i know are used to being called greedy",
    "refugees we took in keep hearing that they are scum",
    "every disabled kid i know has been called useless",
    "the lesbians i know laugh when people call them ugly",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit what a sunset", "fuck yeah, payday", "damn this coffee is strong",
    "shit, i left my keys inside", "that film was fucking brilliant", "hell yes, long weekend",
)
