"""Words of the insults20 round (issue 8): comment-section put-downs of another
commenter, read by targeting_insults20.py.

Kept here, not in cues.txt: every cue word also becomes a known word, and the older
rules read a word no list knows as a name.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum23_words as f23

# fmt: off
# -- The reader's words named with a stupidity word before them ("what an idiotic comment").
# forum23's judgements and the thread's talk, with "rants" and "remarks"; "thinking" left
# out ("what a dumb thinking" is no English).
JUDGED: Final[frozenset[str]] = f23.JUDGED
SAID: Final[frozenset[str]] = (f23.SAID - {"thinking"}) | {"rants", "remark", "remarks"}
DEGREES: Final[frozenset[str]] = f23.DEGREES
DEGREE_REACH: Final[int] = 2
# "what a stupid thing to say": a thing, "to" and a verb of saying.
THING: Final[frozenset[str]] = frozenset({"thing", "things"})
SAYING: Final[frozenset[str]] = frozenset({"say", "write", "post", "type", "comment"})
YOUR: Final[frozenset[str]] = frozenset({"your", "ur", "yo"})
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})
# "what a", "such a": an exclamation over a reply.
EXCLAIMS: Final[frozenset[str]] = frozenset({"what", "such"})
# "that's a", "that was an": the reply just read, named with a being verb.
POINTERS: Final[frozenset[str]] = frozenset({"that", "this", "thats"})
BEING: Final[frozenset[str]] = frozenset({"is", "was", "s"})
# "that stupid post of yours", "another idiotic comment from you".
DEMONSTRATIVES: Final[frozenset[str]] = frozenset({"that", "this", "another"})
OWNED_BY: Final[frozenset[tuple[str, str]]] = frozenset({
    ("of", "yours"), ("from", "you"), ("from", "u"), ("by", "you"), ("by", "u"),
})
# What may close the exclamation after the reply's noun: chat's tails only.
TAILS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "lmfao", "smh", "seriously", "honestly", "again", "there", "here",
    "bro", "dude", "man", "mate", "buddy", "pal", "sir",
})
TAILS_REACH: Final[int] = 2
# What may open the sentence before the exclamation or "your": interjections and
# softeners only (never "i think", "nobody said": a report or a judging clause).
OPENERS: Final[frozenset[str]] = f23.OPENERS | frozenset({"oh", "ah", "yet", "omg"})
OPENER_REACH: Final[int] = 3

# -- The reader's mind or IQ found damaged or low ("you must have brain damage").
# The round's own lexicon lines (en/insult.txt), read only by this round's rule and
# cancelled elsewhere ("my brother has brain damage", "his iq is high").
MIND_TERMS: Final[frozenset[str]] = frozenset({
    "brain damage", "brain damaged", "mental issues", "mental problems", "mental case",
})
IQ_TERMS: Final[frozenset[str]] = frozenset({"iq is", "iq must be", "iq has to be"})
OWN_TERMS: Final[frozenset[str]] = MIND_TERMS | IQ_TERMS
# Between the reader and the condition: hedges, modals, verbs of having or being,
# "some" / "serious" before the noun ("you clearly have some serious mental issues").
MIND_BRIDGE: Final[frozenset[str]] = frozenset({
    "must", "clearly", "obviously", "really", "definitely", "probably", "certainly",
    "surely", "truly", "seriously", "honestly", "literally", "sir", "seem", "seems", "to",
    "sound", "look", "have", "got", "ve", "be", "are", "re", "r", "some", "serious",
    "real", "severe", "major", "a", "one", "such", "def", "prolly", "guys", "people",
    "all", "both",
})
MIND_REACH: Final[int] = 6
READER: Final[frozenset[str]] = frozenset({"you", "u", "ya", "ye"})
# After "your iq is": a low measure within a few tokens ("so low", "lower than a rock",
# "below freezing", "in single digits"); "your iq is high" has none.
LOW: Final[frozenset[str]] = frozenset({
    "low", "lower", "below", "under", "single", "negative", "zero", "less", "smaller",
    "freezing", "room",
})
LOW_REACH: Final[int] = 4
DENIALS: Final[frozenset[str]] = frozenset({"not", "never", "no", "hardly", "t"})
# fmt: on
