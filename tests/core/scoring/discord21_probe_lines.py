"""The discord21 probe (issue 8): Discord chat lines in the round's shapes (a trait
pinned on the reader, "ur so weird", "ur not funny"; a mocking reply sent whole, "skill
issue", "who cares lol"; boot-licking said to the reader; the worst of a server role sent
whole, "worst mod ever") and clean chat that looks alike: the same words about oneself,
a game or a thing, reassurance ("ur not weird for liking that"), a question going on,
reports, banter marked friendly, friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a trait pinned on the reader
    "ur so weird", "ur so toxic", "ur so lame", "ur so clingy lol", "ur weird af",
    "ur toxic af", "ur not funny", "ur not even funny", "ur not funny bro",
    "you're not funny", "ur so boring", "ur literally so boring", "ur mid lol",
    "ur so cringe", "you are so toxic",
    # a mocking reply sent whole
    "skill issue", "skill issue tbh", "massive skill issue", "sounds like a skill issue",
    "thats a skill issue", "skill issue lmao", "who cares", "who cares lol",
    "and? who cares", "ok and? who cares",
    # boot-licking said to the reader
    "keep licking those boots", "keep licking boots lol", "enjoy licking those boots",
    # the worst of a server role, sent whole
    "worst mod ever", "worst mod ever lol", "worst admin in history",
    # already read on the base, kept
    "nobody likes you here", "ur so annoying pls leave", "log off", "go back to twitter",
    "chronically online loser", "ur the worst mod", "who asked", "you fell off",
    "L + ratio",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same words about oneself
    "im so weird lol", "i fell off so hard this season lol", "im not funny lol",
    "skill issue on my part lol", "pure skill issue from me", "i was so boring tonight sorry",
    "my character is so stupid in this game", "im toxic when i play ranked, working on it",
    # a game or a thing
    "this game is so toxic", "the meta is so boring rn", "ranked is so toxic lately",
    "the new map is so weird", "the patch notes are lame",
    # reassurance and kind words
    "ur not weird for liking that", "ur not boring at all",
    "ur not toxic, ur one of the nicest here",
    "ur not lame for staying in", "ur so funny lmao", "ur not funny ur hilarious lmao",
    # a question going on, advice
    "was it lag or a skill issue", "who cares for the cat while ur away?",
    "who cares if we lose, its just for fun", "who cares what they say, ur great",
    "log off and sleep, its 3am", "is it a skill issue or is the boss bugged",
    # reports
    "he told me ur so toxic, is that true?", "someone said skill issue to me in vc, rude",
    "a guy told me to keep licking boots, can a mod look",
    # friendly banter
    "ur so weird lol ily", "ur so lame jk love u",
    # topic talk
    "the worst mod ever was on my old server", "which mod is the best",
    "the dog keeps licking my boots lol",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that clip is insane", "fuck yeah we won", "damn this emote is cursed",
    "shit my internet died", "what the fuck was that boss lmao", "hell yeah new season",
)
