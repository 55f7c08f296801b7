"""The forum28 held-back lines (issue 8): other wordings of the forum28 probe's shapes,
written at the same time and before any rule; counted only at the start and the end of
the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "op is a dumbass", "op is an idiot and a half", "op is such a loser",
    "imagine being this stupid, op", "op seems like a total moron", "op is a braindead troll",
    "honestly op is a clown", "the mods here are idiots", "mods are a bunch of clowns",
    "the moderators here are morons", "these mods are losers",
    "the admins on this site are pathetic", "this sub is full of morons",
    "this subreddit is full of losers", "this thread is full of idiots",
    "this forum is nothing but clowns", "this site is infested with morons",
    "twitter is full of idiots", "people who downvote this are braindead",
    "the commenters here are morons", "everyone in this sub is an idiot",
    "the people in this thread are clowns", "whoever downvoted this is an idiot",
    "the upvoters are morons", "redditors are such idiots", "you people are all morons",
    "anyone who believes this is a moron", "whoever wrote this is an idiot",
    "anyone who defends op is a clown", "whoever posted this is a retard",
    "anybody who buys this is an idiot", "people who think like op are morons",
    "the morons in this thread will believe anything", "half this thread are idiots",
    "this community is full of pathetic losers", "the posters here are braindead",
    "anyone who upvotes this garbage is a moron", "the regulars on this sub are idiots",
    "commenters on this site are morons", "the op is a complete idiot",
)

HELD_CLEAN: tuple[str, ...] = (
    "op is correct", "op is a hero", "op is a talented artist", "op is clearly a pro",
    "the mods here are awesome", "the mods are really fair", "thank you mods",
    "these mods are very patient", "this sub is full of helpful people",
    "this subreddit is full of great ideas", "this thread is full of useful links",
    "this forum is full of smart people", "twitter is full of news",
    "people who downvote this are missing out", "the commenters here are so funny",
    "everyone in this sub is so supportive", "anyone who believes this should check the facts",
    "whoever wrote this is brilliant", "anyone who defends op has a point",
    "whoever posted this made my day", "imagine being this happy",
    "imagine being this skilled, op", "op is not a moron, just unlucky",
    "is op an idiot or just joking?", "i'm the moron, i misread the post",
    "my brother called me an idiot lol", "the mods here are not clowns",
    "please don't call the mods idiots", "the moron in the movie was the villain",
    "op, you're not stupid for asking", "people who think like op are rare",
    "half this thread are lawyers", "the regulars on this sub are friendly",
    "commenters on this site are generous", "the op is a complete sweetheart",
    "the posters here are experts", "this community is full of kind souls",
    "anyone who upvotes this has good taste", "the upvoters are right",
    "whoever downvoted this probably misread it",
)

HELD_SWEARING: tuple[str, ...] = (
    "op this is funny as shit", "holy fuck this thread is amazing",
    "damn this sub is fucking great", "this is so fucking cool op",
    "hell yeah the mods fucking rock", "shit, op nailed it",
)
