"""The gamechat62 held-back lines (issue 8): other wordings of the probe's shapes, written
at the same time and before any rule; counted only as totals, at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "fail jungler again", "gg wp fail carry", "what a fail adc", "report fail support pls",
    "lmao fail mid", "fail healer gg", "such a fail tank", "ggwp fail offlaner",
    "our fail jg again lol", "fail sup lmao", "fucking fail mid", "ez fail supports",
    "fail dps again wtf", "absolute fail teammate", "report our fail carry",
    "fail jungler, report", "omg fail supp", "fail players again smh", "wow fail mid",
    "honestly fail carry", "fail awper lol", "what a fail jungler, gg", "fail healer tbh",
    "gg fail teammates", "fail supports gg", "total fail midlaner", "fail toplaner lol",
    "ugh fail support again", "fail adc report", "literally fail jg",
    "report fail offlaner plz", "fail carry again, report", "thanks fail mid",
    "ty fail carry", "bruh fail support", "fail igl again", "xd fail tank",
    "smh fail jungler", "fail roamer lol", "such a fail player",
)

HELD_CLEAN: tuple[str, ...] = (
    "fail carry rotation again", "i was the fail support today lol", "im a fail jungler lol",
    "dont fail mid again pls", "if they fail mid we win", "they fail mid every game",
    "he called me a fail support", "fail jungler build, swap boots",
    "not a fail carry, just tilted", "is our mid a fail mid?", "fail carry?",
    "epic fail support ward lol", "fail jg route again", "my fail healer swap lost us that",
    "fail tank item on a support lol", "dont call her a fail healer", "he said fail carry lol",
    "\"fail jungler\" is what they typed", "lol i fail mid every time i play storm",
    "fail adc pick from us, my bad", "our carry failed to farm, my bad too",
    "fail dps check on the last boss again", "we keep failing the dps check lol",
    "fail tank swap lost us the teamfight", "the fail support meme is ancient lol",
    "fail igl calls happen, no worries", "im 3k mmr, go easy", "nice one bot lane, gg",
    "mid failed but we won anyway", "gg fail mid gank, my fault", "fail supp rotation lol",
    "no such thing as a fail healer", "why do i always fail carry games",
    "gg wp, fail support game from me", "fail player card art lol",
    "the kids are asleep, can play now", "i failed as mid, sorry team",
    "dont be scared to fail mid, just try", "report the score in discord",
    "fail jungler timings are normal in low ranks",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck that comeback", "shit yeah we did it", "damn that was a fucking good game",
    "oh shit i forgot to buy tp lol", "hell yes, gg all", "fuck me that was close",
)

# fmt: on
