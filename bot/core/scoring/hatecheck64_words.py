"""Words of the hatecheck64 round (issue 8, targeting_hatecheck64.py): a protected group,
most often one member named with a determiner or quantifier and so generalised, said to
have a vice as a habit ("a jew will always cheat you", "an immigrant is always up to no
good", "a woman will always betray you"), or revealed by "show me a <group> and i'll show
you a <vice>" and "scratch a <group> and you'll find a <vice>"."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck21_words as h21
from bot.core.scoring import hatecheck22_words as h22

# fmt: off
# --- The habit: hatecheck30's "always" line, or an older "always <vice>" line.
ALWAYS: Final[str] = "always"
# Between the subject and "always": "will", "would", "is", "'s", "are", "'ll", "just".
HABIT_RUN: Final[frozenset[str]] = frozenset({
    "will", "ll", "would", "d", "is", "s", "are", "r", "just", "gonna", "going", "to",
})
HABIT_RUN_REACH: Final[int] = 3
# After a bare "always", before the vice: "always try to cheat you", "always looking to",
# "always find a way to".
VICE_GAP: Final[frozenset[str]] = frozenset({
    "try", "trying", "tries", "to", "looking", "look", "find", "a", "way", "be",
})
VICE_GAP_REACH: Final[int] = 4
# The vice after a bare "always", one word ("cheat", "betray", "plotting").
VICES: Final[frozenset[str]] = frozenset({
    "cheat", "cheating", "lie", "lying", "betray", "betraying", "deceive", "deceiving",
    "scam", "scamming", "swindle", "swindling", "con", "conning", "trick", "tricking",
    "plot", "plotting", "scheme", "scheming", "steal", "stealing", "rob", "robbing",
    "manipulate", "manipulating", "exploit", "exploiting", "seduce", "seducing",
    "backstab", "backstabbing", "fleece", "fleecing", "groom", "grooming", "prey",
    "preying", "stab", "stabbing",
})
# A vice of three words: "up to no (good)", "up to something", "take advantage of",
# "rip you off" (never "up to date").
VICE_RUNS: Final[frozenset[tuple[str, str, str]]] = frozenset({
    ("up", "to", "no"), ("up", "to", "something"), ("take", "advantage", "of"),
    ("taking", "advantage", "of"), ("rip", "you", "off"), ("ripping", "you", "off"),
})
VICE_RUN_LENGTH: Final[int] = 3
# Before the named member: one of hatecheck21's quantifiers ("a", "every", "any"), or
# "your average/typical"; a plural group needs none.
ONE_MARKS: Final[frozenset[str]] = h21.ONE_MARKS
YOUR_KIND: Final[frozenset[str]] = frozenset({"average", "typical"})
YOUR: Final[frozenset[str]] = frozenset({"your", "ur"})
# Before the subject: openers ("honestly", "trust me,", "believe me").
SUBJECT_LEADS: Final[frozenset[str]] = h22.OPENERS | frozenset({
    "trust", "me", "believe", "mark", "my", "words", "remember", "fact", "truth",
})
# --- The reveal: "show me a <group> and i'll show you a <vice>", "scratch a <group> and
# you'll find a <vice>"; the vice is an older name-call line right after "a"/"an".
ARTICLES: Final[frozenset[str]] = h21.ARTICLES
SHOW: Final[str] = "show"
ME: Final[str] = "me"
YOU: Final[str] = "you"
FIND: Final[str] = "find"
SCRATCH: Final[str] = "scratch"
AND: Final[str] = "and"
# Between "and" and "show you": "i'll", "i will", "i can", "i d".
SHOWER_RUN: Final[frozenset[str]] = frozenset({"i", "ll", "will", "can", "d", "would"})
# Between "and" and "find": "you'll", "you will", "you", "you'd", "you always".
FINDER_RUN: Final[frozenset[str]] = frozenset({
    "you", "ll", "will", "d", "would", "always", "usually", "can",
})
REVEAL_RUN_REACH: Final[int] = 3
# Before the member after "show me"/"scratch": "a", "an", "any", "one", "every".
REVEAL_MARKS: Final[frozenset[str]] = h21.ONE_MARKS | frozenset({"one"})
REVEAL_LEADS: Final[frozenset[str]] = h22.OPENERS | frozenset({"just"})
# fmt: on
