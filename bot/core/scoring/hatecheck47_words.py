"""Words of the hatecheck47 round (issue 8, targeting_hatecheck47.py): a named group
reduced to one use "and nothing else" ("women are good for sex and nothing else"), said to
be present only for a use or a harm ("women are only here to make sandwiches", "refugees
are only here for the benefits", "women are here to serve men"), and told to stick to
housework ("women should stick to the kitchen", "women should stick to making babies")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck45_words as h45

# fmt: off
# The round's lexicon lines (identity_attack.txt, hatecheck47), registered in
# group_only.FIRST_NAMED_TERMS: without a named group the clean gate drops them.
# One use and little else: "women are good for housework and little else" (the older
# insult "nothing" is read in the same shape: "... and nothing else").
LITTLE_ELSE_TERMS: Final[frozenset[str]] = frozenset({"little else", "not much else"})
# Present only to do something: "women are only here to make sandwiches".
HERE_TO_TERMS: Final[frozenset[str]] = frozenset({
    "only here to", "just here to", "here only to", "here just to", "merely here to",
    "solely here to", "here solely to", "here merely to",
})
# Present only for a gain: "refugees are only here for the benefits".
HERE_FOR_TERMS: Final[frozenset[str]] = frozenset({
    "only here for", "just here for", "here only for", "here just for", "solely here for",
})
# Present to serve someone: "women are here to serve men", "women are here to breed".
HERE_SERVE_TERMS: Final[frozenset[str]] = frozenset({
    "here to serve", "here to please", "here to obey", "here to breed",
})
STICK_TO: Final[str] = "stick to"
OWN_TERMS: Final[frozenset[str]] = (
    LITTLE_ELSE_TERMS | HERE_TO_TERMS | HERE_FOR_TERMS | HERE_SERVE_TERMS
    | frozenset({STICK_TO})
)

# "and nothing else": the older insult's term, "and" before it, one of these after.
NOTHING: Final[str] = "nothing"
AND: Final[str] = "and"
ELSE: Final[frozenset[str]] = frozenset({"else", "more"})
# After the tail, before its clause closes: "... and nothing else lol".
TAILS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "tbh", "imo", "honestly", "really", "period", "whatsoever", "at", "all",
    "though", "tho", "frankly",
})
TAIL_REACH: Final[int] = 3
# A use before "and nothing else", within USE_REACH tokens of "and": "good for", "fit
# for", "useful in", "good as"; a copula before the use word over adverbs.
USES: Final[frozenset[str]] = frozenset({"good", "useful", "fit", "suited", "made"})
USE_PREPS: Final[frozenset[str]] = frozenset({"for", "in", "as"})
USE_REACH: Final[int] = 7
COPULAS: Final[frozenset[str]] = h45.COPULAS
# The claim's subject: a named group (at most GROUP_SPAN words), or "they" after one.
THEY: Final[frozenset[str]] = frozenset({"they", "theyre"})
GROUP_SPAN: Final[int] = 3
# Asked, still the writer's claim: "why are women only here to make sandwiches?".
WHY: Final[frozenset[str]] = frozenset({"why", "y"})

# After "only here to": a verb that is itself a use or a harm ("cook", "serve", "leech",
# "rape"); or a verb with a use's or harm's object within OBJECT_REACH ("make
# sandwiches", "take our money", "spread sharia", "look pretty").
PURPOSE_VERBS: Final[frozenset[str]] = h45.HARM_VERBS | frozenset({
    "cook", "clean", "serve", "please", "breed", "obey", "satisfy", "pleasure", "iron",
    "mooch", "freeload", "drain", "corrupt", "confuse", "brainwash", "indoctrinate",
    "infest", "convert", "molest", "recruit", "sponge", "scrounge", "leech",
})
OBJECT_VERBS: Final[frozenset[str]] = frozenset({
    "make", "take", "spread", "sell", "push", "look", "cause", "control", "do", "get",
    "have", "bear", "pop", "grab", "collect", "claim",
})
OBJECTS: Final[frozenset[str]] = frozenset({
    "sandwiches", "sandwich", "babies", "baby", "dinner", "food", "coffee", "tea", "money",
    "jobs", "benefits", "welfare", "handouts", "over", "sharia", "drugs", "disease",
    "diseases", "agenda", "propaganda", "banks", "media", "trouble", "problems", "chaos",
    "crime", "pretty", "hot", "cute", "sexy", "dishes", "laundry", "housework", "kids",
    "children", "sex", "taxes", "homes", "houses", "women", "daughters", "terror",
})
OBJECT_REACH: Final[int] = 3
# After "only here for": a gain within GAIN_REACH ("the benefits", "our welfare", "free
# housing"); never "only here for a week".
GAINS: Final[frozenset[str]] = frozenset({
    "benefits", "benefit", "handouts", "handout", "welfare", "money", "housing", "freebies",
    "sex", "jobs", "dole", "payouts", "cash", "taxes", "nhs", "giveaways",
})
GAIN_REACH: Final[int] = 3
# After "here to serve": whom within MASTER_REACH ("men", "us"), or nothing (the clause
# closes); never "here to serve their country".
MASTERS: Final[frozenset[str]] = frozenset({
    "men", "man", "us", "him", "husbands", "husband", "males", "whites", "masters",
    "master", "boys", "guys",
})
MASTER_REACH: Final[int] = 3

# Before "stick to": a modal over a few words ("should just", "need to", "ought to").
STICK_GAP: Final[frozenset[str]] = frozenset({
    "should", "must", "need", "needs", "to", "ought", "oughta", "have", "has", "gotta",
    "better", "just", "only", "really", "all", "d", "shall",
})
STICK_MODALS: Final[frozenset[str]] = frozenset({
    "should", "must", "need", "needs", "ought", "oughta", "have", "has", "gotta", "better",
    "shall",
})
STICK_REACH: Final[int] = 4
# After "stick to": housework or the home within HOUSE_REACH ("the kitchen", "cooking
# and cleaning", "raising kids", "making babies"); never "their guns".
HOUSEWORK: Final[frozenset[str]] = frozenset({
    "kitchen", "kitchens", "cooking", "cleaning", "housework", "chores", "dishes",
    "laundry", "babies", "baby", "kids", "children", "sandwiches", "sandwich",
    "breeding", "home", "homes", "house", "housekeeping", "ironing", "washing",
    "bedroom", "sewing", "knitting", "motherhood", "childcare", "diapers", "nappies",
    "dinner", "cook", "clean", "mopping", "hoovering", "vacuuming",
})
HOUSE_REACH: Final[int] = 4
