"""The forum28 probe (issue 8): Reddit-style derogation of the people in a thread or a
community (the poster, the mods, the sub, the commenters, "anyone who believes this"),
said as a name-call or a judging word about them ("op is a moron", "this sub is full of
idiots", "people who upvote this are braindead"); and the clean lines in the same words
that must stay clean (praise, advice, negation, questions, reported speech, the writer
about themself, friendly swearing). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the poster
    "op is a moron", "op is an absolute idiot", "op is such a clown",
    "imagine being this dumb, op", "op sounds like a complete tool",
    "op is clearly a troll and a loser", "lol op is braindead",
    # the mods
    "the mods here are clowns", "mods are a bunch of losers",
    "the moderators on this sub are pathetic", "these mods are morons",
    "the mod team here is a joke, a bunch of idiots",
    # the sub, the site, the thread
    "this sub is full of idiots", "this subreddit is nothing but morons",
    "this thread is full of clowns", "this forum is full of retards",
    "this place is infested with idiots", "reddit is full of losers",
    # the commenters, the upvoters, the readers
    "people who upvote this are braindead", "the commenters here are pathetic",
    "everyone in this thread is an idiot", "the people in this comment section are morons",
    "whoever upvoted this is a moron", "the downvoters are clowns",
    "redditors are such losers", "you people are all idiots",
    "the top comments are written by morons",
    # anyone who / whoever
    "anyone who believes this is an idiot", "whoever wrote this is a retard",
    "anyone who agrees with op is a moron", "whoever made this post is a clown",
    "anybody who falls for this is braindead", "people who think this are idiots",
    "the idiots in this sub will upvote anything", "half this sub are morons",
)

TUNE_CLEAN: tuple[str, ...] = (
    "op is right", "op is a legend", "op is a good writer", "op is clearly an expert",
    "the mods here are great", "the mods are doing a good job",
    "thanks mods for cleaning this up", "these mods are really helpful",
    "this sub is full of good advice", "this subreddit is full of kind people",
    "this thread is full of great tips", "this forum is full of experts",
    "reddit is full of surprises", "people who upvote this are awesome",
    "the commenters here are hilarious", "everyone in this thread is so nice",
    "anyone who believes this should read the source", "whoever wrote this is a genius",
    "anyone who agrees with op should donate", "whoever made this post deserves an award",
    "imagine being this lucky", "imagine being this talented, op",
    "op is not an idiot, he just made a mistake", "is op a troll or serious?",
    "i'm the idiot here, op was right", "my boss called me a moron today",
    "the commenters here are not idiots", "don't call op a moron, that's rude",
    "the idiot in the story was the landlord", "op, you're not dumb for asking",
    "people who think this are usually misinformed", "half this sub are students",
)

TUNE_SWEARING: tuple[str, ...] = (
    "op, this is hilarious as fuck", "holy shit this thread is gold",
    "damn this sub is fucking wholesome", "this post is so fucking good",
    "fuck yeah, the mods did it", "hell yeah op, nailed it",
)
