"""Words of the hatecheck30 round (issue 8, targeting_hatecheck30.py): blame laid on a
named group ("it's always the jews", "blame the immigrants", "women are to blame",
"it's the muslims' fault", "women are the problem", "i don't want any muslims")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The terms (identity_attack.txt, hatecheck30), registered in group_only.FIRST_NAMED_TERMS.
# "always" alone: a term "always the" would take "the worst" from "you're always the worst".
ALWAYS: Final = "always"
# After "always", before the group: "always the jews", "always those muslims".
ALWAYS_THE: Final[frozenset[str]] = frozenset({"the", "those"})
BLAME: Final = "blame"
# "GROUP are to blame", "GROUP are at fault": read the same way.
TO_BLAMES: Final[frozenset[str]] = frozenset({"to blame", "at fault"})
FAULT: Final = "fault"
# "women are the problem", "the problem is the jews".
PROBLEM: Final = "problem"
OWN_TERMS: Final[frozenset[str]] = TO_BLAMES | frozenset({ALWAYS, BLAME, FAULT, PROBLEM})
# A group ending in one person is someone, not the group: "blame the black guy", "always
# the gay best friend".
ONE_PERSON: Final[frozenset[str]] = frozenset({
    "guy", "man", "woman", "girl", "boy", "kid", "dude", "person", "lady", "bloke",
    "chick", "friend", "one", "student", "player", "character",
})

# Before "always": "it's", "it is", "it was", "of course", "why is it", an opener
# ("honestly", "yep"); the run must reach its sentence's start, so "it's not always the
# immigrants" and "people always blame" are not read.
ALWAYS_LEAD: Final[frozenset[str]] = frozenset({
    "it", "s", "its", "is", "was", "of", "course", "why", "honestly", "yep", "yup",
    "lol", "lmao", "and", "but", "yeah", "so", "again", "just", "see", "ofc", "obviously",
    "surprise", "funny", "how", "typical",
})
ALWAYS_REACH: Final = 5
# An opener and a comma before the frame: "yep, always the jews".
OPENERS: Final[frozenset[str]] = frozenset({
    "yep", "yup", "yeah", "honestly", "lol", "lmao", "see", "ofc", "typical", "again",
    "well", "sigh", "classic",
})
# Between "always the" and the group: "always the fucking immigrants".
ALWAYS_GAP: Final[frozenset[str]] = frozenset({"fucking", "damn", "bloody", "same"})
# After the group, the clause closes or goes on with one of these: "... again", "...
# isn't it", "... every time", "... as usual"; "always the women who get blamed" goes on.
TAILS: Final[frozenset[str]] = frozenset({
    "again", "isn", "isnt", "innit", "aren", "arent", "tbh", "ngl", "lol", "lmao",
    "honestly", "every", "as", "eh", "huh", "smh", "of", "right", "man", "bro", "somehow",
})
# After "blame" and its group, also "for": "i blame immigrants for everything".
BLAME_TAILS: Final[frozenset[str]] = TAILS | frozenset({"for"})
# Counter-speech after the shape: "it's always the jews, said every antisemite ever".
SAID_AFTER: Final[frozenset[str]] = frozenset({
    "said", "says", "say", "claims", "claimed", "thinks", "cried",
})
SAID_REACH: Final = 2

# Who blames: the writer or "we" right before over a few adverbs ("i totally blame"), or
# "blame" opening its sentence ("blame the jews", "just blame the trans people").
BLAMERS: Final[frozenset[str]] = frozenset({"i", "we"})
BLAME_GAP: Final[frozenset[str]] = frozenset({
    "just", "totally", "honestly", "really", "still", "always", "personally", "do",
    "so", "lol", "yeah", "fully", "completely", "entirely", "100", "definitely", "only",
    "and", "absolutely",
})
BLAME_REACH: Final = 3
# Between "blame" or "fault" and its group: "blame the immigrants", "all the jews fault".
GROUP_GAP: Final[frozenset[str]] = frozenset({
    "the", "these", "those", "all", "fucking", "damn", "bloody",
})
GROUP_REACH: Final = 3
# After "blame", also "it on": "blame it on the immigrants", "i blame it on women".
BLAME_GAP_AFTER: Final[frozenset[str]] = GROUP_GAP | frozenset({"it", "on", "everything"})

# "GROUP are (always) to blame": the copula and a few adverbs between; "not" is none.
COPULAS: Final[frozenset[str]] = frozenset({"are", "re", "is", "were"})
COPULA_GAP: Final[frozenset[str]] = frozenset({
    "always", "all", "totally", "entirely", "solely", "really", "clearly", "obviously",
    "the", "ones", "only", "actually", "truly", "fully", "completely",
})
COPULA_REACH: Final = 3

# "it's (all) the GROUP's fault": between the group and "fault" ("women's" splits to
# "women", "s"), and the frame before the group, reaching its sentence's start.
FAULT_GAP: Final[frozenset[str]] = frozenset({"s"})
FAULT_LEAD: Final[frozenset[str]] = frozenset({
    "it", "s", "its", "is", "was", "this", "that", "all", "the", "these", "those",
    "entirely", "totally", "just", "honestly", "again", "of", "course", "yep", "lol",
    "everything", "everythings", "thats", "whole", "thing",
})
FAULT_REACH: Final = 7

# "GROUP are the (real) problem": between the copula and "problem" ("not" is none);
# "the (real) problem is (the) GROUP": before "problem", reaching its sentence's start.
PROBLEM_GAP: Final[frozenset[str]] = frozenset({
    "the", "a", "real", "whole", "biggest", "main", "only", "big", "actual", "root",
    "always", "all", "true", "clearly", "obviously", "one", "entire", "huge",
})
PROBLEM_REACH: Final = 4
PROBLEM_IS: Final[frozenset[str]] = frozenset({"is", "s", "was"})
# After "GROUP are the problem": "... with this country", "... here", "... tbh".
PROBLEM_TAILS: Final[frozenset[str]] = TAILS | frozenset({"with", "here", "in", "today"})

# The writer wants none of a group: hatecheck29's "don't want any" (WANT_ANY) without
# "more" ("i don't want any muslims"), the writer right before over a few adverbs.
WANTERS: Final[frozenset[str]] = frozenset({"i", "we"})
WANT_GAP: Final[frozenset[str]] = frozenset({"just", "really", "honestly", "simply", "so"})
WANT_REACH: Final = 2
# After the group: the clause's end or one of these ("... here", "... period").
WANT_TAILS: Final[frozenset[str]] = TAILS | frozenset({
    "here", "period", "around", "near", "thanks", "thank", "please", "anywhere", "at",
})
