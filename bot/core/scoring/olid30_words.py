"""Word lists of the olid30 round (targeting_olid30.py): a person or the reader given a
character fault the lexicon lacked, said whole after a being verb ("she is so rude", "he
is a piece of work", "you are so condescending", "he is full of himself"), and a faint
name-call used as the pointer to one person ("this creep keeps messaging me", "that
sicko thinks it's funny")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid24_words as o24
from bot.core.scoring import olid27_words as o27

# fmt: off
# The round's lexicon lines (en/insult.txt, olid30): faults of character said of one
# person. No "mean" (olid26: "you mean"), no "toxic" (an older choice: game chat's "toxic
# meta"), no "sneaky", "cunning" or "sly" (praise in a game), no "spoiled" ("my dog is so
# spoiled"), no "weird" or "dramatic" (teasing as often as not), no "slow" or "thick".
NEW_TRAITS: Final[frozenset[str]] = frozenset({
    "disrespectful", "condescending", "narcissistic", "two faced", "shady", "immature",
    "patronizing", "patronising",
})
# The same faults as a noun after an article: "a piece of work", "such a snob".
NEW_NOUNS: Final[frozenset[str]] = frozenset({"piece of work", "nuisance", "snob"})
# Full of oneself: "he is full of himself", "you are so full of yourself".
SELF_FULL: Final[frozenset[str]] = frozenset({
    "full of himself", "full of herself", "full of yourself", "full of urself",
})
OWN_TERMS: Final[frozenset[str]] = NEW_TRAITS | NEW_NOUNS | SELF_FULL
# Faults the lexicon holds as hateprobe3's `said_of_group` words (read there only of an
# identity group: "women are rude"), read here too when said whole of one person or the
# reader ("she is so rude", "you are so manipulative"); their group readings stay. Only
# those the scorer's word gate lets through: "entitled", "untrustworthy" and the like
# are read beside a group's name only (clean_gates.gate_words), and stay so.
GROUP_TRAITS: Final[frozenset[str]] = frozenset({"rude", "heartless", "manipulative"})
TRAITS: Final[frozenset[str]] = NEW_TRAITS | GROUP_TRAITS | SELF_FULL
# Between the being verb and the fault: "is so rude", "is really condescending", "are
# being rude", "is just plain rude"; no hedge ("a bit", "kinda") and never "not".
INTENSIFIERS: Final[frozenset[str]] = o24.ADVERBS | frozenset({
    "so", "very", "too", "extremely", "incredibly", "super", "being", "plain", "blatantly",
    "ridiculously", "unbelievably", "insanely", "genuinely", "completely", "utterly",
    "such", "soo", "sooo", "hella", "mad", "quite", "pretty",
})
INTENSIFIER_REACH: Final = 3
# The article before a fault's noun and the words that may stand between: "a real piece
# of work", "such a snob", "a total nuisance", "an absolute snob".
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})
NOUN_DESCRIBERS: Final[frozenset[str]] = frozenset({
    "real", "total", "complete", "absolute", "utter", "huge", "massive", "big", "giant",
    "public", "little", "right", "stuck", "up", "entitled", "condescending", "rude",
})
# The being verbs ("he's", "you're" split; no "am": "I'm such a snob about coffee").
BEING: Final[frozenset[str]] = frozenset({"is", "are", "s", "re", "was", "were", "r"})
# Said of several, only the reader's ("you are", "ur"): a plural subject is a group or a
# camp, left to the older rules.
PLURAL_BEING: Final[frozenset[str]] = frozenset({"are", "re", "were", "r"})
# The reader with the copula in one word: "ur so rude", "youre a piece of work".
READER_COPULAS: Final[frozenset[str]] = o27.READER_COPULAS
READERS: Final[frozenset[str]] = o27.READERS
# The writer's own before a person noun ("my manager is so rude"); close family is
# banter to the older rules and no person noun here ("my brother is so rude").
MY: Final = "my"
# "he" / "she", and the opener that may come before the subject ("honestly he is ...").
THIRD: Final[frozenset[str]] = frozenset({"he", "she"})
OPENERS: Final[frozenset[str]] = o27.OPENERS | frozenset({"tbh", "imo", "ngl", "omg", "god"})
# After the fault, words that keep it the clause's verdict ("rude and arrogant", "so
# rude tbh"); any other word goes on ("full of himself" is whole; "a nuisance to deal
# with" is left).
TAILS: Final[frozenset[str]] = o27.TAILS | frozenset({"af", "fr", "ngl", "istg", "like"})
# Before the subject, a word that reports, hedges or makes it a condition ("she said he
# is rude", "if you are rude").
REPORTED: Final[frozenset[str]] = o27.REPORTED | frozenset({"when", "whenever", "felt"})
REPORT_REACH: Final = 8
# After the fault, a kind word turns it fond ("you're so rude lol love you").
KIND_AFTER: Final[frozenset[str]] = frozenset({
    "love", "ily", "luv", "adore", "cute", "sweet", "bless", "hug", "hugs", "xo", "xx",
    "jk", "kidding",
})
KIND_REACH: Final = 6
# Faint name-calls (below the floor as a third person) that point at one person after
# "this" / "that" ("this creep", "that sicko"), as olid's `_PERSON_NAMES` do.
POINTER_NAMES: Final[frozenset[str]] = frozenset({"creep", "sicko", "pos", "weirdo", "freak"})
# fmt: on
