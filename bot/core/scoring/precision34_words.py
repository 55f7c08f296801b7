"""Words of the precision34 round (issue 8, targeting_precision34.py): the reclaimed
word ("dyke") in a post whose writer counts themself among the group ("she is a dyke and
i am a femme", "as a lesbian, the dykes at my uni are the best", "we were all dykes,
just confused dykes")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring.verdict import Category

# fmt: off
# The writer's own identity words that put them in the reclaimed word's group: "i am a
# [lesbian]", "as a [queer] woman", "we [lesbians]", "i'm a [femme]".
IN_GROUP: Final[frozenset[str]] = frozenset({
    "lesbian", "lesbians", "dyke", "dykes", "queer", "queers", "butch", "femme", "sapphic",
    "wlw", "gay", "bi", "bisexual", "pan", "lgbt", "lgbtq", "lgbtqia", "nonbinary", "enby",
})
# What may stand between the writer and that word: a copula, an article, a describing
# word ("i['m a proud butch] lesbian", "we [were all] dykes", "me [too] a lesbian").
# "not", "no", "never" are absent: "i am not a lesbian" claims nothing.
CLAIM_RUN: Final[frozenset[str]] = frozenset({
    "am", "m", "are", "re", "was", "were", "is", "s", "be", "being", "been", "a", "an",
    "all", "both", "also", "too", "proud", "old", "baby", "big", "butch", "femme", "black",
    "trans", "queer", "just", "literally", "fellow", "happily", "openly", "out", "and",
})
CLAIM_REACH: Final[int] = 5  # the run read back from the identity word
# The writer as the claim's subject: "i", "we", "me and my wife", "as a lesbian".
CLAIMANTS: Final[frozenset[str]] = frozenset({
    "i", "im", "ive", "id", "me", "myself", "we", "us", "as", "ourselves",
})
# How far each side of the reclaimed word the writer's claim is looked for.
CLAIM_WINDOW: Final[int] = 30
# The reader right before the word or right after it: "you dyke", "dykes like you".
READER: Final[frozenset[str]] = frozenset({
    "you", "u", "ya", "ur", "your", "youre", "yall", "yourself", "yourselves",
})
READER_REACH: Final[int] = 3
# A hostile word this near the reclaimed word keeps it aimed: any hit word up to
# NEAR_BEFORE tokens before ("kill the dykes", "i hate dykes", "fucking dyke"), a hostile
# term up to NEAR_AFTER tokens after, in its sentence ("that dyke is a pathetic loser",
# "dykes should burn").
NEAR_BEFORE: Final[int] = 2
NEAR_AFTER: Final[int] = 5
HOSTILE_CATEGORIES: Final[frozenset[Category]] = frozenset({
    Category.INSULT, Category.IDENTITY_ATTACK, Category.THREAT, Category.EXCLUSION,
    Category.SEXUAL_HARASSMENT, Category.SELF_HARM, Category.BODY_SHAMING,
})
