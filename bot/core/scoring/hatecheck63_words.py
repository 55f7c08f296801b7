"""Words of the hatecheck63 round (issue 8, targeting_hatecheck63.py): a named identity
group promised harm in a veiled threat ("muslims won't know what hit them", "the days of
the refugees here are numbered", "jews will regret ever coming here") or denied its
worth by a question ("who even needs women?", "what are immigrants even good for?",
"what's the point of trans people?")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck22_words as h22
from bot.core.scoring import hatecheck53_words as h53

# fmt: off
# --- The veiled threat, the group its subject ("<group> won't know what hit them").
# This round's own lines (en/threat.txt), and hatecheck53's "regret ..." lines.
HIT_THEM: Final[frozenset[str]] = frozenset({"know what hit them", "know what hit em"})
SEE_COMING: Final[str] = "see it coming"
BORROWED: Final[str] = "on borrowed time"
AFRAID: Final[frozenset[str]] = frozenset({
    "should be afraid", "better be afraid", "be very afraid", "be very very afraid",
})
REGRETS: Final[frozenset[str]] = frozenset({
    "regret ever", "regret this", "regret the", "regret it", "regret that", "regret being",
    "regret everything",
})
# The run between the group and the threat: "won't even", "will never", "are gonna",
# "are living", "should all".
SUBJECT_RUN: Final[frozenset[str]] = frozenset({
    "will", "ll", "won", "wont", "t", "never", "not", "even", "ever", "are", "r", "is",
    "gonna", "going", "to", "all", "soon", "surely", "definitely", "really", "living",
    "now", "already", "had", "d", "must", "better", "should", "so", "just", "one", "day",
})
SUBJECT_REACH: Final[int] = 5
# What the run must hold for each threat: a negated future before "know what hit them"
# and "see it coming" ("won't", "will never"); a future before "regret ..." ("will",
# "are gonna"), never negated ("will never regret it"); a modal before "be very afraid".
NOT_COMING: Final[frozenset[str]] = frozenset({"won", "wont", "never", "not"})
FUTURE: Final[frozenset[str]] = frozenset({"will", "ll", "gonna", "going"})
DENIED: Final[frozenset[str]] = frozenset({"never", "not"})
MODALS: Final[frozenset[str]] = frozenset({"should", "better", "must", "d", "had"})
# After "on borrowed time" and "be afraid" the clause closes or goes on only into a
# place, a time or a warning ("... in this country", "... of us", "... very afraid");
# never "women should be afraid of walking home alone".
THREAT_TAILS: Final[frozenset[str]] = frozenset({
    "here", "in", "this", "country", "town", "city", "europe", "now", "already", "lol",
    "very", "afraid", "of", "us", "me", "what", "s", "is", "coming", "indeed", "soon",
    "too", "and", "they", "know", "it", "tbh", "honestly",
})
THREAT_TAIL_REACH: Final[int] = 4
# Before the group: openers, quantifiers and a time ("one day the gays won't know what
# hit them", "mark my words, the jews will never see it coming").
SUBJECT_LEADS: Final[frozenset[str]] = h22.OPENERS | frozenset({
    "every", "each", "single", "last", "one", "of", "day", "someday", "soon", "trust",
    "me", "mark", "my", "words", "believe", "those", "these", "you", "filthy", "dirty",
})
# --- The group's days numbered ("the days of the refugees here are numbered",
# "immigrants' days are numbered", "gay people, your days here are numbered").
NUMBERED: Final[str] = "are numbered"
OLDER_NUMBERED: Final[str] = "days are numbered"
DAYS_TERMS: Final[frozenset[str]] = frozenset({NUMBERED, OLDER_NUMBERED})
DAYS: Final[str] = "days"
OF: Final[str] = "of"
# Between "days" and "are numbered": a place or a time ("... here", "... in this town").
DAYS_TAILS: Final[frozenset[str]] = frozenset({
    "here", "in", "this", "our", "the", "town", "city", "country", "europe", "america",
    "england", "britain", "world", "on", "earth", "now", "truly", "really", "all",
})
DAYS_REACH: Final[int] = 5
# Between "of" and the group ("the days of all the muslims").
DAYS_GROUP_GAP: Final[frozenset[str]] = frozenset({"the", "all", "those", "these"})
# The owner before "days": "<group>'s", "<group>' days" or "<group>, your/their days".
YOUR_THEIR: Final[frozenset[str]] = frozenset({"your", "ur", "their"})
POSSESSIVE: Final[frozenset[str]] = h53.POSSESSIVE_MARKS
# --- The group's worth denied by a question (en/identity_attack.txt, and the older
# "good" line in "what are <group> good for").
WHO_NEEDS: Final[frozenset[str]] = frozenset({
    "who needs", "who even needs", "who really needs", "who the hell needs",
    "who the fuck needs", "who tf needs",
})
WE_NEED: Final[frozenset[str]] = frozenset({"we even need", "do we really need"})
WHAT_USE: Final[str] = "what use"
POINT_OF: Final[frozenset[str]] = frozenset({
    "s the point of", "whats the point of", "is the point of", "is even the point of",
    "s even the point of",
})
CONTRIBUTES: Final[frozenset[str]] = frozenset({
    "even contribute", "ever contribute", "ever contributed", "even contributed",
    "really contribute",
})
GOOD: Final[str] = "good"
# The question's words right before the term: "what's the point of", "what is the point
# of", "do we even need", "what do/have <group> ever contribute(d)".
WHAT: Final[frozenset[str]] = frozenset({"what", "wat", "wut"})
WHAT_S: Final[frozenset[str]] = frozenset({"whats"})  # "whats the point of": "what" inside
DO: Final[frozenset[str]] = frozenset({"do"})
DO_HAVE: Final[frozenset[str]] = frozenset({"do", "did", "have", "has", "does"})
COPULAS: Final[frozenset[str]] = frozenset({"are", "r", "is"})
FOR: Final[str] = "for"
# Between the group and "good": "what are muslims even good for".
GOOD_RUN: Final[frozenset[str]] = frozenset({"even", "really", "actually", "ever", "any"})
GOOD_RUN_REACH: Final[int] = 2
# Determiners before a group or a member after the question ("what use is a disabled
# person", "who needs the gays").
WORTH_DETS: Final[frozenset[str]] = frozenset({"a", "an", "more", "any"})
WORTH_DET_REACH: Final[int] = 2
# After the group the question closes or goes on only into these: "... anyway", "...
# to anyone", "... to society", "... even", "... lol".
WORTH_TAILS: Final[frozenset[str]] = frozenset({
    "anyway", "anyways", "even", "really", "honestly", "seriously", "to", "for", "anyone",
    "anybody", "us", "society", "this", "country", "the", "world", "lol", "lmao", "tbh",
    "tho", "though", "at", "all", "here", "in",
})
WORTH_TAIL_REACH: Final[int] = 4
# Before the question: openers ("honestly who needs ...", "seriously, what use are ...").
QUESTION_LEADS: Final[frozenset[str]] = h22.OPENERS | frozenset({"lol", "lmao", "like"})
# --- Every line the rules read, one gate.
OWN_TERMS: Final[frozenset[str]] = (
    HIT_THEM | AFRAID | WHO_NEEDS | WE_NEED | POINT_OF | CONTRIBUTES
    | frozenset({SEE_COMING, BORROWED, NUMBERED, WHAT_USE})
)
THREATS: Final[frozenset[str]] = (
    HIT_THEM | AFRAID | REGRETS | frozenset({SEE_COMING, BORROWED})
)
TERMS: Final[frozenset[str]] = OWN_TERMS | REGRETS | frozenset({OLDER_NUMBERED, GOOD})
# fmt: on
