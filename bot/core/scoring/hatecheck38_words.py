"""Words of the hatecheck38 round (issue 8, targeting_hatecheck38.py): a named group kept
from children or people ("gay people shouldn't be around kids", "trans people should
stay away from kids") and told off on the condition of its identity alone ("if you're
gay don't talk to me", "if ur muslim unfollow me")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The terms (identity_attack.txt, hatecheck38), registered in group_only.FIRST_NAMED_TERMS
# and lexicon_compile._ROUNDS_OWN_TERMS.
# Kept from someone: "be around" and "be near" want a denial before them ("shouldn't be
# around kids"); "stay away from" does not ("should stay away from kids").
NEAR: Final[frozenset[str]] = frozenset({
    "be around", "be near", "be anywhere near", "work with", "be alone with", "go near",
    "get near",
})
AWAY: Final[frozenset[str]] = frozenset({"stay away from", "keep away from"})
# Told off after "if you're GROUP": these count as said ("unfollow me", "block me") ...
DEMANDS: Final[frozenset[str]] = frozenset({
    "unfollow", "block me", "leave my page", "stay away from me", "get away from me",
    "leave my dms",
})
# ... these only denied ("don't talk to me", "dont dm me").
CONTACTS: Final[frozenset[str]] = frozenset({
    "talk to me", "follow me", "dm me", "message me", "text me", "come near me",
    "speak to me", "interact with me", "add me", "look at me", "reply to me",
})
# A place refused to the group: "no muslims in my friend list", "no jews on my timeline".
# No "near my kids": hateprobe7 reads its words ("I'd never let muslims near my kids").
PLACES: Final[frozenset[str]] = frozenset({
    "in my building", "in my chat", "in my comments", "in my country", "in my dms",
    "in my feed", "in my friend list", "in my friends list", "in my gc",
    "in my group chat", "in my lobby", "in my mentions", "in my neighborhood",
    "in my neighbourhood", "in my replies", "in my restaurant", "in my server",
    "in my shop", "in my store", "in my town", "in our country", "in our neighborhood",
    "in our town", "in this chat", "in this country", "in this group", "in this server",
    "on my feed",
    "on my friend list", "on my friends list", "on my page", "on my street",
    "on my timeline", "on this page", "on this server",
})
OWN_TERMS: Final[frozenset[str]] = NEAR | AWAY | DEMANDS | CONTACTS | PLACES
# Older terms read in the place shape too (identity_attack.txt), their other readings kept.
OLD_PLACES: Final[frozenset[str]] = frozenset({
    "in my house", "in my home", "in our house", "in our home", "near our children",
})
# "no GROUP (allowed) in my X": between the group and the place ...
PLACE_GAP: Final[frozenset[str]] = frozenset({
    "allowed", "permitted", "welcome", "wanted", "accepted", "ever", "at", "all",
})
PLACE_GAP_REACH: Final = 2
# Gender words are no group in this shape: "no girls in my gc lol", "no men in my dms
# please" are chat's boundaries, not hate.
NOT_PLACE_GROUPS: Final[frozenset[str]] = frozenset({
    "men", "women", "girls", "boys", "guys", "males", "females", "man", "woman", "girl",
    "boy", "ladies", "dudes", "gals",
})
# ... "no" before the group, opening its sentence over a short lead.
NO: Final = "no"
NO_LEAD: Final[frozenset[str]] = frozenset({
    "and", "so", "just", "honestly", "absolutely", "also", "btw", "rule", "reminder",
    "again", "seriously", "sorry", "but",
})
NO_LEAD_REACH: Final = 2
# The terms read in each shape; "stay away from me" only told off ("girls should stay
# away from me, i'm a mess" is the writer's own joke).
KEPT_TERMS: Final[frozenset[str]] = NEAR | AWAY
TOLD_TERMS: Final[frozenset[str]] = DEMANDS | CONTACTS

# "GROUP shouldn't be around": between the group and the term, a modal run (its words),
# of which one denies it for NEAR ("shouldn't", "should not", "should never").
MODALS: Final[frozenset[str]] = frozenset({
    "should", "shouldn", "shouldnt", "t", "not", "never", "must", "mustn", "mustnt",
    "need", "needs", "to", "ever", "really", "just", "all", "honestly", "better",
    "ought", "have", "has", "gotta", "can", "cant", "cannot",
})
MODAL_REACH: Final = 4
DENIALS: Final[frozenset[str]] = frozenset({
    "shouldn", "shouldnt", "not", "never", "mustn", "mustnt", "t", "cant", "cannot",
})
# A modal the run must hold ("should", "must", "need to"): "gay people stay away from
# kids" is no demand ("i let gay people stay away from ...").
MUSTS: Final[frozenset[str]] = frozenset({
    "should", "shouldn", "shouldnt", "must", "mustn", "mustnt", "need", "needs", "better",
    "ought", "gotta", "can", "cant", "cannot",
})
# Before the group, reaching its sentence's start: "honestly gay people ...", "i think
# muslims ...". Sayings ("my uncle says", "no one thinks") are not here.
LEAD: Final[frozenset[str]] = frozenset({
    "honestly", "tbh", "imo", "frankly", "just", "and", "so", "i", "think", "the", "all",
    "ngl", "personally", "seriously", "like",
})
LEAD_REACH: Final = 4
# Whom the group is kept from, after the term over a few words ("our little girls").
KEPT_FROM: Final[frozenset[str]] = frozenset({
    "kids", "kid", "children", "child", "boys", "girls", "babies", "minors", "teens",
    "teenagers", "students", "youth", "schools", "school", "playgrounds", "daughters",
    "sons", "daughter", "son", "families", "family", "women", "us", "people",
    "anyone", "classrooms", "toddlers",
})
KEPT_GAP: Final[frozenset[str]] = frozenset({
    "our", "my", "your", "the", "little", "young", "small", "normal", "innocent", "any",
    "other", "vulnerable", "this", "white", "straight",
})
KEPT_REACH: Final = 3
# "our" names the writer's side: "our town", "our neighborhood" are kept from too.
OURS: Final[frozenset[str]] = frozenset({"our"})
# After the kept-from word, the clause closes or goes on with one of these.
TAILS: Final[frozenset[str]] = frozenset({
    "ever", "period", "at", "lol", "tbh", "imo", "ok", "okay", "please", "pls", "ngl",
    "anymore", "again", "fr", "honestly", "alone", "whatsoever", "thanks", "thx",
    "rn", "now", "bye",
})

# "if you're GROUP (,) don't talk to me": "if", the reader and the group before the
# demand, with a few words between ("just", "then", "pls", "don't even").
IF: Final = "if"
READER_ONE: Final[frozenset[str]] = frozenset({"ur", "youre", "ure", "your", "yur"})
READER_TWO: Final[frozenset[tuple[str, str]]] = frozenset({
    ("you", "re"), ("you", "are"), ("u", "r"), ("u", "are"), ("u", "re"), ("ya", "re"),
})
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})
ONE_OF: Final[frozenset[str]] = frozenset({
    "person", "man", "woman", "guy", "girl", "boy", "dude",
})
DEMAND_LEAD: Final[frozenset[str]] = frozenset({
    "don", "t", "dont", "do", "not", "even", "ever", "just", "then", "pls", "plz",
    "please", "kindly", "go", "and", "never", "u", "you", "can", "cant", "won", "wont",
    "immediately", "simply", "so",
})
DEMAND_REACH: Final = 4
NOTS: Final[frozenset[str]] = frozenset({"don", "dont", "not", "never", "cant", "wont"})
# Before "if", reaching its sentence's start: "ok if you're gay ...", "btw if ur ...".
IF_LEAD: Final[frozenset[str]] = frozenset({
    "ok", "okay", "btw", "also", "and", "so", "yo", "honestly", "just", "like", "but",
    "fyi", "psa",
})
IF_LEAD_REACH: Final = 2
# fmt: on
