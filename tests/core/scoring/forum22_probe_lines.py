"""The forum22 probe (issue 8): Reddit-like comments in the round's shapes (disbelief
that a person or people can be this stupid; people "dumb enough" to do something; the
stupidity, ignorance or idiocy of a thread, a commenter or a camp) and clean comments
that look alike: the same words about an idea, a law, a product or oneself, a real
question, a kind or admiring "enough to", profanity at a situation. Written before any
rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # disbelief that a person or people can be this stupid
    "how can someone be this stupid", "how can anyone be this dumb",
    "how are people this stupid", "is OP really this dumb",
    "how can people be so stupid", "how is anyone this dense",
    "how can someone be so ignorant", "how are people still this gullible",
    "how can a grown adult be this stupid", "is this guy really this dumb",
    "how do people get this stupid", "how can one person be so clueless",
    "why are people so stupid", "why is OP this dense", "why are some people so ignorant",
    # people "dumb enough" to do something
    "anyone dumb enough to vote for him deserves it",
    "people stupid enough to believe this should not vote",
    "only someone dumb enough to buy that would defend it",
    "anyone stupid enough to fall for this", "people dumb enough to trust him",
    "the idiots dumb enough to pay for this", "anyone gullible enough to believe that",
    "whoever is dumb enough to buy this",
    # the stupidity of a thread, a commenter or a camp
    "the stupidity in this thread is astounding", "the ignorance in these comments is staggering",
    "the level of stupidity here is amazing", "the sheer stupidity of some commenters",
    "the idiocy of the people in this sub", "liberal stupidity knows no bounds",
    "the stupidity of the people here is unreal", "the ignorance on this sub is unreal",
    "the amount of stupidity in this comment section", "the stupidity of OP is breathtaking",
    "conservative ignorance at its finest", "the idiocy in these replies",
    # OP or someone's partner "sounds like" a name-call (added before its rule)
    "OP sounds like a moron", "your husband sounds like an asshole", "OP seems like a jerk",
    "OP sounds insufferable", "your boyfriend sounds like a total creep",
    "her boss sounds like an idiot", "the OP sounds like a complete tool",
    "your wife sounds like a nightmare", "OP sounds like a spoiled brat",
    "your roommate sounds like a slob", "your mil sounds like a witch",
    # Italian
    "come si fa a essere così stupidi", "la stupidità in questo thread è incredibile",
    "perché la gente è così stupida",
    "come può qualcuno essere così idiota",
)

TUNE_CLEAN: tuple[str, ...] = (
    # an idea, a law, a product
    "the stupidity of this law is amazing", "the stupidity of the plot ruined it",
    "the ignorance of the ruling is worrying", "how can a law be this stupid",
    "how is this game this dumb", "how can a movie be so stupid",
    "the level of detail here is amazing", "the amount of effort in this thread",
    # oneself
    "my own stupidity cost me the game", "how can i be this stupid lol",
    "how am i this dumb", "i was dumb enough to buy it twice lol",
    "why am i so stupid today", "why is this game so dumb", "why is my code so dumb lol",
    "forgive my ignorance, what does this mean", "excuse my ignorance but how does this work",
    # a real question or plain talk
    "how can someone be this lucky", "how are people this good at chess",
    "how can anyone be this talented", "is OP really this tall",
    "how do people get this fast", "ignorance of the law is no excuse",
    "pluralistic ignorance is a real thing in psychology",
    # a kind or admiring "enough to"
    "anyone brave enough to try this deserves respect", "people kind enough to help",
    "anyone smart enough to solve it", "whoever is lucky enough to win",
    # quoted, reported or counter-speech
    "calling people stupid for asking is not ok",
    "he said the stupidity in this thread is astounding, rude imo",
    "stop saying people are dumb enough to fall for it, they were lied to",
    # "sounds like" without a person or with a kind word
    "OP sounds like a great mom", "your husband sounds like a keeper",
    "that sounds like a stupid idea", "this song sounds like garbage",
    "i sound like an idiot when i speak french", "it sounds like a joke but it's real",
    "he said OP sounds like a jerk, i disagree", "OP sounds like they need a break",
    "your boss sounds like he is under a lot of pressure", "the engine sounds like a dying cow",
    # Italian
    "la stupidità di questa legge è incredibile", "come si fa a essere così bravi",
    "scusate la mia ignoranza, cosa vuol dire",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit what a game", "this is fucking amazing", "damn this thread is wild",
    "fuck yeah finally some good news", "this shit is hilarious lmao",
    "goddamn that's a clever take",
)
