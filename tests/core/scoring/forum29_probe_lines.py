"""The forum29 probe (issue 8): Reddit-style name-calls of the people of a thread that
forum17 and forum28 still miss: "trolls" and "tools" said of the mods or op, "has no
brain cells", "anyone who ..." with a denial in its clause, two verdicts joined with
"and" or "complete and utter" before the name-call, and "must be retarded"; the clean
lines in the same words that must stay clean (a place or a thing, not a name-call, a
denial, a question, the writer's own self, a verdict of praise). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # trolls and tools said of the people of the thread
    "the mods are trolls", "the mods here are tools", "op is a troll", "the admins are trolls",
    "op is such a tool lol", "the mods on this sub are total tools", "the downvoters are trolls",
    "honestly the mods are all trolls", "op is just a tool",
    # no brain cells
    "op has no brain cells", "the mods have no brain cells", "op has zero brain cells",
    "the downvoters have no brain cells lol", "op clearly has no brain cells",
    # anyone who ... with a denial in the clause
    "anyone who does not agree with him is stupid", "anyone who doesnt like this song is an idiot",
    "anyone who can't see that is a moron", "people who don't tip are scum",
    "everyone who did not vote is a loser", "anyone who hates me is a loser",
    # two verdicts joined with "and"
    "anyone who voted for him is evil and immoral", "people who post this are stupid and lazy",
    "anyone who thinks that is dumb and ignorant", "those who support this are pathetic and weak",
    # complete and utter
    "whoever made this is a complete and utter moron",
    "anyone who buys this is a complete and utter idiot",
    "op is a complete and utter clown", "the mods are complete and utter idiots",
    # must be retarded
    "op must be retarded", "the mods must be retarded", "op has to be retarded",
    # reported my post
    "those who reported my post are losers lol", "whoever downvoted me is a troll",
    "people who report my comments are trolls", "anyone who blocks me is a tool",
)

TUNE_CLEAN: tuple[str, ...] = (
    "the mods are on vacation", "these tools are great", "op has no brain fog anymore",
    "anyone who does not agree is welcome to comment", "i'm an utter moron sometimes",
    "the mods are not trolls", "are the mods trolls?", "the mods aren't tools",
    "the trolls in this game are hard to kill", "op is a tool designer",
    "my favourite tools are a hammer and a saw", "op has no brain damage thankfully",
    "the mods have no time for this", "op has zero reasons to lie",
    "anyone who does not agree with him can say so", "anyone who doesnt like this song can skip it",
    "people who don't tip are rare here", "everyone who did not vote should register",
    "anyone who hates me is welcome to leave", "anyone who voted for him is welcome here",
    "anyone who is stupid and lazy like me will love this",
    "whoever made this is a complete and utter genius",
    "i was a complete and utter moron back then", "op must be relieved",
    "the mods must be tired", "op has to be joking", "those who reported my post were right",
    "calling op a troll is not ok", "my brother said the mods are trolls",
    "i used to be a troll on this sub", "op is not a tool", "the admins are tools of the company",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this thread is gold", "fuck yeah op delivered", "this sub is so fucking wholesome",
    "shit i forgot to upvote", "damn this post is good as hell",
    "lmao what the fuck is this timing",
)
# fmt: on
