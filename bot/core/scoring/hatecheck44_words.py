"""Words of the hatecheck44 round (issue 8, targeting_hatecheck44.py): a right or a basic
good denied to a named group ("women dont deserve to vote", "immigrants deserve no
healthcare", "muslims have no right to be here", "gay people shouldnt have the right to
marry"), and a named group said to bring nothing but harm ("immigrants bring nothing but
crime", "women are nothing but trouble")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The round's lexicon lines (identity_attack.txt, hatecheck44), registered in
# group_only.FIRST_NAMED_TERMS: without a named group the clean gate drops them.
DESERVES: Final[frozenset[str]] = frozenset({"deserve", "deserves"})
NO_RIGHT: Final = "no right to"
GRANTED_RIGHTS: Final[frozenset[str]] = frozenset({"the right to", "any right to"})
# "immigrants bring nothing but crime": the older "nothing" read again, "but" after it
# (a phrase over it would take hatecheck17's "you are nothing but a woman" away).
NOTHING: Final = "nothing"
BUT: Final = "but"
OWN_TERMS: Final[frozenset[str]] = DESERVES | GRANTED_RIGHTS | frozenset({NO_RIGHT})
# They give way to an older term of the same length they overlap (matching._YIELDING):
# "no immigrant has the right to live" keeps hateprobe3's "right to live".
YIELDING: Final[frozenset[str]] = OWN_TERMS

# A right or a basic good, after "deserve", "deserve no" or "no right to" over a few
# DETERMINERS: "the vote", "equal pay", "human rights", "a country", "healthcare".
GOODS: Final[frozenset[str]] = frozenset({
    "right", "rights", "vote", "votes", "healthcare", "citizenship", "country", "homeland",
    "voice", "say", "opinion", "jobs", "job", "housing", "schooling", "education",
    "benefits", "welfare", "pay", "wages", "freedom", "freedoms", "care",
    "kids", "children", "babies", "land", "homes", "home", "passports", "passport",
    "protection", "dignity", "happiness", "liberty",
})
DETERMINERS: Final[frozenset[str]] = frozenset({
    "the", "a", "an", "any", "their", "our", "equal", "human", "free", "basic", "civil",
    "medical", "same", "own", "decent", "proper", "good", "real", "public", "social",
})
DETERMINER_REACH: Final = 3
# What a group is denied "to" do or be: "to vote", "to marry", "to exist", "to be here".
RIGHT_VERBS: Final[frozenset[str]] = frozenset({
    "vote", "marry", "adopt", "exist", "live", "drive", "work", "breathe", "own", "raise",
    "speak", "immigrate", "participate", "stay", "study", "reproduce", "breed",
    "enter", "come", "settle", "worship", "serve", "teach", "lead", "run",
})
BE: Final = "be"
HAVE_VERB: Final = "have"
# After "to be": "to be here", "to be alive", "to be in this country", "to be citizens".
BE_GOODS: Final[frozenset[str]] = frozenset({
    "here", "alive", "in", "citizens", "free", "born", "heard", "equal", "safe", "parents",
    "loved", "happy", "respected", "protected", "housed", "employed",
})
TO: Final = "to"
# After the right, before its clause closes: "to be in this country", "healthcare at
# all", "a country of their own", "the right to live", "rights lol".
TAILS: Final[frozenset[str]] = frozenset({
    "in", "this", "our", "the", "my", "country", "uk", "us", "america", "europe", "world",
    "society", "here", "anymore", "at", "all", "lol", "lmao", "tbh", "ever", "whatsoever",
    "period", "either", "too", "honestly", "among", "them", "of", "their", "own", "to",
    "live", "exist", "vote", "marry", "imo", "tho", "though", "smh", "now",
})
TAIL_REACH: Final = 5
# hateprobe3's note for its claims said plainly ("deserve to exist" with no "don't").
CLAIM_NOTE: Final = "not denied"
NO: Final = "no"

# The denial right before "deserve" or "have the right to" (over ADVERBS): "dont",
# "doesnt", "do not", "don't" (split "don", "t"), "never", "shouldnt".
DENIALS: Final[frozenset[str]] = frozenset({
    "dont", "doesnt", "didnt", "dnt", "never", "not", "shouldnt", "wont", "cant",
    "mustnt",
})
SPLIT_DENIALS: Final[frozenset[str]] = frozenset({
    "don", "doesn", "didn", "shouldn", "won", "can", "mustn",
})
SPLIT_T: Final = "t"
NOT: Final = "not"
ADVERBS: Final[frozenset[str]] = frozenset({
    "really", "even", "honestly", "just", "truly", "ever", "actually", "simply", "literally",
    "fucking", "all", "frankly", "seriously",
})
# Between "not" and the subject: "women do not deserve", "women should not have".
AUXILIARIES: Final[frozenset[str]] = frozenset({"do", "does", "did", "should", "must", "will"})
# Before "no right to" or "the right to": "have", "should have", "really have".
HAVE: Final[frozenset[str]] = frozenset({"have", "has", "got", "had"})
HAVE_GAP: Final[frozenset[str]] = ADVERBS | AUXILIARIES | HAVE
HAVE_REACH: Final = 4
ADVERB_REACH: Final = 3

# Before "nothing but": a verb of bringing or being, over "have", "ever", "really":
# "bring", "have brought", "are", "cause".
BRINGS: Final[frozenset[str]] = frozenset({
    "bring", "brings", "brought", "cause", "causes", "caused", "create", "creates",
    "created", "spread", "spreads", "are", "is", "were", "r", "do", "does", "did", "offer",
    "offers", "contribute", "contributes", "add", "adds", "produce", "produces",
})
BRING_GAP: Final[frozenset[str]] = frozenset({
    "have", "has", "ever", "really", "literally", "always", "truly", "honestly", "all",
    "just", "simply", "fucking",
})
# After "nothing but" over HARM_GAP: harm that is the whole claim.
HARMS: Final[frozenset[str]] = frozenset({
    "crime", "crimes", "terror", "terrorism", "problems", "problem", "trouble", "misery",
    "drugs", "violence", "disease", "diseases", "sickness", "filth", "rape", "rapes",
    "chaos", "drama", "hate", "hatred", "greed", "poverty", "drain", "burden", "costs",
    "confusion", "perversion", "degeneracy", "destruction", "death", "pain", "suffering",
    "dirt", "crap", "shit", "garbage", "trash", "bombs", "decay", "ruin", "corruption",
    "lies", "debt", "cancer", "parasites", "leeches", "scum", "riots", "gangs", "aids",
    "fear", "danger", "mess",
})
HARM_GAP: Final[frozenset[str]] = frozenset({
    "a", "an", "the", "more", "absolute", "total", "pure", "fucking", "utter", "their",
    "huge", "big", "constant", "endless",
})
HARM_REACH: Final = 3

# Before the subject, reaching its sentence's start: "honestly", "i think", "imo".
SUBJECT_LEAD: Final[frozenset[str]] = frozenset({
    "all", "the", "these", "those", "fucking", "and", "so", "honestly", "just", "i", "think",
    "believe", "feel", "imo", "tbh", "personally", "frankly", "literally", "but", "yeah",
    "yes", "lol", "lmao", "most", "every", "single", "reckon", "facts",
})
LEAD_REACH: Final = 4
# The subject's end searched this many tokens before the verb run (a group's name is at
# most three words: "black trans people").
GROUP_SPAN: Final = 3
