"""The discord25 probe (issue 8): Discord lines between teenagers in the round's shapes
(a member called an L, a bare "cope" told in reply) and clean chat that looks alike: the
same words at no one or at oneself, a loss taken in a game or a test, "cope" as a word or
a way of dealing, a chat term explained rather than used, "keep crying" said of oneself,
kind turns, talk of games and shows. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a member called an L
    "ur an L", "ur such an L", "ur such an L lol", "you're an L fr", "u are an L bro",
    "ur literally an L 💀", "bro ur such an L", "youre such an L lmao", "ur a walking L",
    "ur just a walking L bozo", "he's such an L", "bro is an L", "she is such an L lol",
    "ur actually an L ngl", "u r an L", "ur the biggest L here", "you are such an L",
    "ur honestly such an L 💀", "ur an L and everyone knows it",
    # a bare "cope" told in reply
    "cope lol", "cope", "just cope", "cope 💀", "cope bro", "cope lmao", "cope kid",
    "@jay cope", "cope ratio", "just cope lol", "cope bozo lol", "ok cope", "cope ngl",
    "lol cope", "go cope",
    # older shapes kept
    "ur mid", "cope harder", "L + ratio",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same words at no one or at oneself
    "L for me today", "i'm such an L lol", "im an L at this game fr", "i'm a walking L today",
    "took an L on that test", "that was an L", "huge L for the team tbh", "what an L for me",
    "ur an L away from ranking down, be careful", "is that an L or an I in the logo?",
    "this update is an L", "today was such an L", "w or L?", "the L key on my keyboard broke",
    # "cope" as a word or a way of dealing
    "cope is a hard word to spell", "how do u cope with exams", "i cope by gaming lol",
    "its hard to cope rn", "coping mechanisms be like", "we'll cope, dont worry",
    "i just cant cope with this homework", "how are u coping bro", "cope with it together ok?",
    # a term explained or "keep crying" said of oneself
    "kys means keep yourself safe in my guild lol", "in our server kys means keep yourself safe",
    "i just keep crying", "i keep crying at the ending lol", "i cant stop crying ngl",
    "i keep crying every time i hear this song",
    # kind turns and talk of games and shows
    "ur such a legend", "ur doing great bro", "that boss is an L to fight lol",
    "the ending of that show was an L", "ur so good at this", "gg everyone, fun games",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that clip is insane", "damn ur cracked at this", "wtf was that play lmao",
    "fuck yes we won", "shit i forgot my homework", "bro what the hell 💀",
)
