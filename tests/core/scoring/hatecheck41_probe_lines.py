"""The hatecheck41 probe (issue 8): hate about an identity group whose subject carries a
relative clause with a first-person subject ("every muslim i meet is scum", "the women i
know are all stupid", "gay people we hired were useless"), which older rounds read as
self-directed (the "i" right before the insult), and the clean lines in the same words
that must stay clean (praise, the speaker's own insult, a negated or refused claim).
Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    "every muslim i meet is scum", "the women i know are all stupid",
    "muslims i have met are all scum", "the gay people i know are disgusting",
    "every trans person i have met is a freak", "the black people i work with are lazy",
    "every woman i meet is stupid", "all the women i've dated were whores",
    "every immigrant i see is a thief", "the immigrants i meet are parasites",
    "every disabled person i know is pathetic", "the jews i have met are greedy rats",
    "muslims i work with are filthy animals", "the trans people i follow are mentally ill",
    "every gay guy i know is a pervert", "the blacks i grew up with were all thugs",
    "women i talk to are dumb as rocks", "immigrants we took in are vermin",
    "the muslims we let in are savages", "every feminist i've met is a hysterical bitch",
    "the gays i see in town are disgusting freaks", "every muslim i've ever met was a liar",
    "the women i have worked with were useless", "immigrants i meet are lazy scroungers",
    "black people i see around here are criminals", "the disabled people i meet are a burden",
    "every jew i know is a snake", "trans women i have seen are delusional men",
    "the refugees we housed are animals", "every woman i've met is a gold digger",
    "the muslims i know are all terrorists", "gay men i have met are all sick",
    "the immigrants that i know are filth", "women who i have dated are all crazy bitches",
    "every muslim that i met was disgusting",
)

TUNE_CLEAN: tuple[str, ...] = (
    # praise or a neutral fact about the group
    "every muslim i meet is kind", "the women i know are all brilliant",
    "the gay people i know are lovely", "every trans person i have met is friendly",
    "the black people i work with are great", "every immigrant i see works hard",
    "the disabled people i know are inspiring", "the jews i have met are generous",
    "muslims i work with are wonderful", "every woman i meet is smart",
    "the immigrants we took in are doing well", "every gay guy i know is funny",
    # the speaker's own insult after the clause
    "the women i know think i am stupid", "every muslim i meet knows i'm an idiot at cricket",
    "the gay people i know say i am a loser at cards", "immigrants i meet think i'm lazy",
    "the trans people i follow know i am a moron with makeup",
    "every woman i date says i am boring",
    "black people i work with call me a nerd, and i am one",
    # a negated or refused claim
    "the muslims i know are not terrorists", "the women i know are not stupid",
    "every immigrant i have met is no thief", "the gay people i know are never disgusting",
    "the trans people i know are not mentally ill", "the disabled people i know are not a burden",
    "the jews i know are not greedy", "black people i grew up with were never thugs",
    # counter-speech and quoting
    "the muslims i know are sick of being called terrorists",
    "the women i know hate being called stupid",
    "immigrants i meet are tired of hearing they are parasites",
    "the gay people i know get called disgusting every day",
    "every trans person i know has been called a freak",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit the food here is good", "fuck yes, we finally finished", "damn that was close",
    "shit, the bus is late again", "this song is fucking great", "hell yeah, pizza night",
)
