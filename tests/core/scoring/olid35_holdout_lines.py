"""The olid35 held-back lines (issue 8): other wordings of the round's shapes, written at
the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "people like you are ruining everything", "it is people like you that make me sick",
    "trolls like you are the worst", "leftists like you are destroying america",
    "republicans like you are a joke", "i think she sucks", "i think they're all liars",
    "i honestly think he is an idiot", "they are nazis", "they are a bunch of thugs",
    "these people are animals", "these people are so stupid", "those people are garbage",
    "she is a liar and a cheat", "he's a lying sack of shit", "she's a fraud",
    "he is such a hypocrite", "what a pathetic man", "what an idiot she is",
    "what a disgrace of a president", "he is a joke of a judge", "she's a waste of space",
    "they are cowards and traitors", "they're all corrupt scumbags",
    "these clowns have no shame", "those losers in the media are clueless",
    "liberals are brainless sheep", "the governor is a useless moron",
    "that reporter is a hack and a liar", "he is a dirty rat", "she is pathetic",
    "he is disgusting", "they are evil", "this guy is a complete idiot",
    "his supporters are morons", "her fans are delusional idiots",
    "the left are hypocrites", "he's the worst kind of scumbag",
    "you people are a disgrace", "you and your kind are trash",
)

HELD_CLEAN: tuple[str, ...] = (
    "people like you are what makes this server great", "it is people like you that inspire me",
    "players like you are the best", "friends like you are rare",
    "i think she won", "i think they're all here", "i honestly think he is right",
    "they are students", "they are a bunch of friends from school",
    "these people are heroes", "these people are so talented", "those people are nice",
    "she is a singer and a dancer", "he's a great dad", "she's a nurse",
    "he is such a gentleman", "what a talented man", "what an artist she is",
    "what a speech from the president", "he is a judge in ohio", "she's a star",
    "they are brave and honest", "they're all coming to dinner",
    "these kids have so much energy", "those guys in the media room were helpful",
    "liberals are holding a conference", "the governor is a former teacher",
    "that reporter is a friend of mine", "the plot is a fraud and a scam story",
    "is he a liar or just confused?", "i don't think he is an idiot",
    "was she a fraud? the court said no", "he is not a hypocrite",
    "they called him a liar but he proved them wrong", "is this guy an idiot or a genius?",
    "his supporters are loud", "her fans are lovely", "the left are meeting today",
    "you people are awesome", "you and your family are welcome",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck me, it's hot today", "well shit, that was close", "damn son nice shot",
    "holy hell the views up here", "that's fucking brilliant", "shit yeah let's go",
)
