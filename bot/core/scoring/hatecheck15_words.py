"""Words for the hatecheck15 rules (issue 8): orders of distrust and exclusion with a
group after them, filth heaped on a group, and shame or silence a group is told to keep."""

from __future__ import annotations

from typing import Final

# fmt: off
# An order not to believe someone: the group after it, and no clause of its own after the
# group ("don't ever believe a muslim"; "I don't believe muslims are violent" is a view).
BELIEVE: Final[frozenset[str]] = frozenset({
    "don t believe", "dont believe", "do not believe", "don t ever believe",
    "dont ever believe", "never ever believe", "don t ever trust", "dont ever trust",
    "never ever trust",
})
# The group believed, not a claim about it: what they say before it ("don't believe a
# word a jew says"), or the clause ends after it, or one of these follows ("don't
# believe a muslim when he ..."); "I don't believe refugees destroy towns" is a view.
SAYINGS: Final[frozenset[str]] = frozenset({"word", "words", "anything", "what"})
OBJECT_TAIL: Final[frozenset[str]] = frozenset({
    "when", "with", "about", "on", "if", "ever", "again", "they", "or", "because", "cause",
    "lol", "even", "ok", "okay", "bro", "man", "period", "either",
})
# An order not to let a group do something: the group and one of these right after it
# ("don't let gay people adopt", "never let immigrants into this country"); "don't let
# immigrants die at sea" is care.
# ("never let" is hateprobe7's children word's: "I would never let a muslim near my kids".)
LET: Final[frozenset[str]] = frozenset({"don t let", "dont let", "do not let"})
LET_VERBS: Final[frozenset[str]] = frozenset({
    "adopt", "vote", "marry", "teach", "work", "in", "into", "near", "run", "lead",
    "enter", "immigrate", "come", "live", "raise", "coach", "serve", "join", "speak",
    "decide", "make", "own", "buy", "rent", "drive", "move", "settle", "breed", "rule",
    "govern", "preach", "build", "have", "hold", "become", "date",
})
# review13: a tail of care after the act makes the order protective, not exclusion
# ("don't let women drive home alone", "don't let immigrants work in unsafe
# conditions", "don't let trans kids come to school without support").
CARE_TAIL: Final[frozenset[str]] = frozenset({
    "alone", "without", "unsafe", "unprotected", "unsupported", "unpaid", "underpaid",
    "unattended", "untreated", "hungry", "homeless", "scared", "afraid", "unnoticed",
})
CARE_REACH: Final = 8
# What the writer will never do with a group ("I'd never vote for a woman", "never marry
# a black man", "I would never rent my flat to a roma"); no group after, no attack
# ("I would never vote for a racist").
NEVER_WITH: Final[frozenset[str]] = frozenset({
    "never vote for", "never work with", "never work for", "never rent to", "never rent",
    "never sell", "never marry", "never be friends with", "never befriend",
    "never sit next to", "never live next to", "never elect", "don t vote for",
    "dont vote for", "don t marry", "dont marry",
    "don t rent to", "dont rent to", "don t elect", "dont elect",
    "never let my daughter marry", "never let my son marry",
    "never let my sister marry", "never let my kids marry",
    "never date",  # hatecheck16: "never date a black girl"; "... a girl who" is narrowed
})
# review13: the refusal is the writer's own (or told to the reader) only: a modal or
# adverb may stand before "never", then the writer, "you", or the clause's start; "my
# grandma would never vote for a woman" reports another's view. A clause after the
# group narrows it to some of them ("never vote for a woman who backs that bill").
REFUSERS: Final[frozenset[str]] = frozenset({"i", "we", "you", "u", "ya", "me", "im"})
REFUSAL_FILL: Final[frozenset[str]] = frozenset({
    "would", "will", "d", "ll", "could", "should", "shall", "must", "can", "personally",
    "just", "really", "honestly", "literally", "definitely", "absolutely", "simply",
    "ever", "and", "but", "so", "also", "still", "myself",
})
NARROWED: Final[frozenset[str]] = frozenset({"who", "whose", "that", "which", "like"})
# Between an order (or a refusal) and its group: "never believe a word a jew says",
# "never rent my flat to a roma", "never let my daughter marry a muslim".
AFTER_GAP: Final[frozenset[str]] = frozenset({
    "a", "an", "any", "the", "these", "those", "one", "of", "single", "word", "words",
    "anything", "what", "my", "our", "flat", "house", "home", "apartment", "room", "place",
    "to", "for", "with", "daughter", "son", "sister", "brother", "kids", "children",
    "marry", "date", "ever", "again", "another",
})
AFTER_REACH: Final = 6
# Shame or silence told to a group after a modal ("gays should be ashamed of
# themselves", "women should shut up"); only with a named group as the modal's subject,
# so "homophobes should be ashamed" and "you should be ashamed of ..." stay as they were.
SHAME: Final[frozenset[str]] = frozenset({
    "ashamed", "embarrassed", "should shut up", "should just shut up", "should all shut up",
    "need to shut up", "must shut up", "should stay silent", "should stay quiet",
    "should keep quiet", "should be silent", "should be quiet",
    "should keep their mouths shut", "should shut their mouths",
    # kept apart or watched: "black people should be kept separate", "muslims must be
    # monitored at all times"
    "be kept separate", "be kept apart", "be segregated", "be monitored", "be watched",
    "be registered", "be tracked", "be enslaved", "be enslaved again",
})
# Children or fate denied to a group as its subject ("disabled people shouldn't have
# kids", "every jew deserves what's coming"); "no one deserves what's coming" is none.
SUBJECT_OF: Final[frozenset[str]] = frozenset({
    "shouldn t have kids", "shouldn t have children", "shouldnt have kids",
    "shouldnt have children", "should not have kids", "should not have children",
    "deserve what s coming", "deserves what s coming", "deserve what is coming",
    "deserves what is coming", "deserve everything they get", "need a good beating",
    "needs a good beating", "deserve a good beating", "deserves a good beating",
})
# "teach those gays a lesson": the group between "teach" and "a lesson".
LESSON: Final = "a lesson"
TEACH: Final[frozenset[str]] = frozenset({"teach", "teaching", "taught"})
# "I don't want any immigrants near me": the group kept from the writer's place.
WANT_NOT: Final[frozenset[str]] = frozenset({
    "don t want", "dont want", "do not want", "don t want any", "dont want any",
})
WANT_PLACES: Final[frozenset[str]] = frozenset({
    "near", "around", "in", "here", "living", "moving", "next", "at", "on", "anywhere",
})
MODALS: Final[frozenset[str]] = frozenset({
    "should", "must", "ought", "need", "needs", "shall", "better",
})
# Between the modal and "ashamed": "should all just be ashamed", "ought to feel ashamed".
SHAME_GAP: Final[frozenset[str]] = frozenset({
    "be", "feel", "all", "just", "really", "so", "very", "to", "get", "deeply", "truly",
    "damn", "fucking",
})
# Between the group and its modal: "women all should", "immigrants really should".
SUBJECT_GAP: Final[frozenset[str]] = frozenset({"all", "just", "really", "honestly", "seriously"})
# A subject denied: "no woman should be ashamed of her body".
NO_SUBJECT: Final[frozenset[str]] = frozenset({"no", "nobody", "not", "never", "none"})
# Before a group: "all", "the", "those" ("not all immigrants", "get all muslims out").
DETERMINERS: Final[frozenset[str]] = frozenset({
    "all", "the", "those", "these", "every", "some", "them",
})
# A group kept out of a place: "keep muslims out of our neighbourhood".
KEEP_OUT: Final[frozenset[str]] = frozenset({
    "out of our neighbourhood", "out of our neighborhood", "out of our town",
    "out of our city", "out of our schools", "out of our community",
    "out of our communities", "out of this country", "out of our streets",
    "out of our society", "out of our land",
    # hatecheck16: kept away from children or schools ("keep gay people away from schools")
    "away from schools", "away from our schools", "away from kids", "away from children",
    "away from my kids", "away from my children",
})
KEEPERS: Final[frozenset[str]] = frozenset({
    "keep", "get", "kick", "throw", "ban", "drive", "chase", "force", "keeping", "kicking",
    "getting", "throwing", "banning", "driving", "kept", "kicked", "thrown", "banned",
})
# Filth heaped on a group: "immigrants are a pile of shit", "women are pieces of shit".
FILTH: Final[frozenset[str]] = frozenset({"shit", "garbage", "trash", "crap", "filth", "rubbish"})
HEAPS: Final[frozenset[str]] = frozenset({
    "pile", "piles", "bunch", "load", "loads", "heap", "heaps", "pieces", "piece", "sack",
    "bag", "lump", "lumps", "steaming",
})
# Between the copula and the heap: "are all just a big pile of".
HEAP_GAP: Final[frozenset[str]] = frozenset({
    "a", "an", "all", "just", "big", "total", "complete", "absolute", "nothing", "but",
    "like", "such", "one", "giant", "huge", "walking", "worthless", "stinking", "fucking",
    "steaming",
})
COPULAS: Final[frozenset[str]] = frozenset({"are", "re", "r", "is"})
# A group said to lie ("why do women always lie?", "muslims lie to your face"); a denial
# in the few words before ("I don't think women lie") keeps it a view.
LIES: Final[frozenset[str]] = frozenset({"lie", "lies", "lying"})
DONT: Final[frozenset[str]] = frozenset({"don", "dont", "doesn", "didn", "t"})
# A swear before a group in a line of praise is emphasis ("the fucking gay bar was lit").
SWEAR_WORDS: Final[frozenset[str]] = frozenset({
    "fucking", "fuckin", "fkn", "fking", "effing", "bloody", "goddamn", "damn",
})
PRAISE: Final[frozenset[str]] = frozenset({
    "amazing", "awesome", "incredible", "brilliant", "great", "fantastic",
    "beautiful", "lit", "legendary", "wonderful", "excellent", "superb", "goat", "rocks",
    "won", "nailed", "crushed", "slayed", "proud", "gorgeous", "epic",
    "unreal", "inspiring", "talented", "hilarious", "delicious", "cute",
})
PRAISE_REACH: Final = 10
# fmt: on
