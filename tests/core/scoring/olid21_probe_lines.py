"""The olid21 probe (issue 8): tweet-like lines in the round's shapes (a person or the
reader called unfit for an office or mentally unsound, the reader told they need
psychiatric help, a swear-strengthened verdict noun on a person, a person told they can
go away now) and clean lines that look alike: news, things unfit for use, help offered
or asked for in good faith, the writer's own mess, praise with a swear, a trip away.
Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # unfit for an office, mentally unsound
    "@USER he is unfit for office", "@USER She is completely unfit for office",
    "@USER this man is unfit for the job", "Kavanaugh is unfit for the supreme court",
    "@USER you are unfit for office and everyone knows it",
    "@USER @USER she is clearly unfit for the presidency",
    "@USER he is mentally deranged", "@USER She is mentally incompetent",
    "@USER you are mentally deranged", "@USER the man is mentally incapable of the job",
    "@USER @USER Trump is mentally unfit",
    # the reader told they need psychiatric help
    "@USER you need serious psychiatric help", "@USER you need professional help",
    "@USER you need mental help", "@USER @USER you seriously need professional help",
    "@USER he needs psychiatric help", "@USER that woman needs serious mental help",
    "@USER u need serious help lol", "@USER you need some serious help",
    # a swear-strengthened verdict noun
    "@USER he's a fucking joke", "@USER SHE IS A FUCKING MESS", "@USER you are a fucking joke",
    "@USER this guy is a fucking embarrassment", "@USER you're a fucking clown",
    "@USER she is such a fucking disaster", "@USER Bernie is a damn joke",
    "@USER he is a goddamn embarrassment", "@USER you are a fkn joke",
    # told they can go away now
    "@USER you can go away now", "@USER he can go away now", "@USER Bono can go away now",
    "@USER she can go away now nobody cares", "@USER you can go away forever",
)

TUNE_CLEAN: tuple[str, ...] = (
    # news, reports, questions in good faith
    "police say the suspect was unfit to stand trial", "the judge ruled him unfit to stand trial",
    "is he unfit for office?", "critics claim he is unfit for office",
    "the water is unfit for drinking", "this building is unfit for use",
    "the court found her mentally incompetent to stand trial",
    "i felt mentally unfit to work that week",
    # help offered or asked for
    "@USER do you need help with that?", "@USER if you need professional help please call",
    "@USER you need professional help for your taxes", "i need some serious help with my essay",
    "@USER you need help moving this weekend?", "she needs psychiatric help and i hope she gets it",
    "i think i need professional help honestly",
    # the writer's own mess, things
    "i'm a fucking mess today", "my room is a fucking mess", "this bill is a fucking joke",
    "the traffic was a fucking disaster", "that game was a damn embarrassment",
    "the economy is a fucking mess", "my life is a fucking joke lol",
    # praise with a swear
    "@USER he's a fucking legend", "@USER you are a fucking genius",
    # a trip, a pain, a thing going away
    "@USER you can go away for the weekend", "the pain can go away with rest",
    "the stain can go away if you wash it", "@USER can you go away with us in june?",
    "i can go away now that the kids are older",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this is a fucking mess lmao", "fucking hell what a day",
    "damn that was a fucking good game", "shit i forgot my keys again",
    "fucking finally the weekend", "this weather is a damn joke lol",
)
