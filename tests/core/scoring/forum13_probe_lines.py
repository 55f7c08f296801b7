"""The thirteenth forum probe (issue 8), written before any rule: comment-thread derogation.
Opponents and public figures called names in the third person ("these clowns in congress",
"what a moron"), generic targets ("anyone who believes this is an idiot", "people like you
are the problem"), "typical <label> <insult>", sneering at the other commenter ("you
people", "go back to your basement") and groups run down. Clean lines: the same frames
about things, news, oneself, and friendly profanity."""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # third person: opponents and public figures
    "these clowns in congress", "what a moron", "the senator is a lying weasel",
    "this guy is a total idiot", "the ceo is a greedy pig", "what a clown this governor is",
    "trump is a moron", "the writer of this piece is a fool", "what an idiot",
    "these idiots in the legislature", "such a hypocrite", "he is a pathetic loser",
    # generic targets
    "anyone who believes this is an idiot", "people like you are the problem",
    "anyone who votes for her is a moron", "whoever thinks this is a good idea is stupid",
    "only a moron would say that", "people like him are scum",
    # typical + label
    "typical leftist hypocrite", "typical liberal idiot", "another conservative moron",
    "typical trumper", "typical libtard",
    # sneering at the commenter
    "you people are pathetic", "go back to your basement", "go back to your cave, troll",
    "crawl back under your bridge", "nobody asked you, clown", "enjoy your echo chamber, idiot",
    # groups
    "liberals are idiots", "conservatives are morons", "these politicians are all crooks",
    "the media are a bunch of liars", "his followers are brainwashed sheep",
)

TUNE_SWEARING: tuple[str, ...] = (
    "this is so fucking stupid", "what a shitty bill", "holy shit what a vote",
    "damn this is a mess", "fuck this weather", "what the hell happened here",
)

TUNE_OTHER_CLEAN: tuple[str, ...] = (
    "these bills in congress", "what a day", "the senator is a lawyer",
    "this guy is a total legend", "the ceo is stepping down", "what a nice governor",
    "anyone who believes this should check the source", "people like you make my day",
    "typical monday morning", "another conservative candidate", "typical summer weather",
    "you people did a great job", "go back to your seat", "back to the basement for more boxes",
    "liberals won the seat", "conservatives proposed a tax cut", "the media covered the story",
    "i am such an idiot for missing the vote", "calling people morons helps nobody",
    "he is not an idiot, he just disagrees",
)

TUNE_CLEAN: tuple[str, ...] = TUNE_SWEARING + TUNE_OTHER_CLEAN
