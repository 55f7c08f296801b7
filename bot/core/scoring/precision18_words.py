"""Words of the precision18 round (issue 8, targeting_precision18.py): over-readings of
comment sections and chat, a name-call that names someone the reader met and "round up"
of a team."""

from __future__ import annotations

from typing import Final

# fmt: off
# A name-call naming someone the reader met, dated, married or works with: "sounds like
# you ran into a real jerk", "you're dating a narcissist", "hai incontrato un idiota",
# "ti è capitato un cretino in squadra". The verbs of meeting (English and Italian):
MET_VERBS: Final[frozenset[str]] = frozenset({
    "met", "meet", "meeting", "ran", "run", "running", "bumped", "dated", "date", "dating",
    "married", "marry", "marrying", "work", "working", "worked", "deal", "dealing", "dealt",
    "stuck", "paired", "matched", "live", "living", "lived", "seeing", "raised",
    "incontrato", "beccato", "sposato", "trovato", "capitato", "toccato", "conosciuto",
    "lavori", "esci", "uscito", "uscita",
})
# Between the verb and the name-call: "ran into", "stuck with", "works with", "esci con".
MET_PARTICLES: Final[frozenset[str]] = frozenset({"into", "with", "up", "across", "con"})
# Before the name-call: an article or a bunch ("a bunch of idiots"), then an intensifier.
MET_DETERMINERS: Final[frozenset[str]] = frozenset({
    "a", "an", "some", "another", "bunch", "of", "un", "uno", "una", "dei", "degli",
})
MET_INTENSIFIERS: Final[frozenset[str]] = frozenset({
    "real", "total", "absolute", "complete", "massive", "huge", "proper", "actual",
    "certified", "literal", "typical", "bit", "vero", "gran", "grande", "perfetto",
})
# The reader, then the helpers a verb of meeting may wait behind: "you must have met",
# "you're dating", "you had to deal with", "ti è capitato", "hai beccato".
MET_READERS: Final[frozenset[str]] = frozenset({
    "you", "u", "ya", "ur", "youre", "yall", "hai", "ti",
})
MET_HELPERS: Final[frozenset[str]] = frozenset({
    "re", "are", "r", "were", "have", "ve", "had", "to", "got", "get", "just", "probably",
    "prob", "must", "been", "literally", "really", "finally", "always", "still", "ever",
    "e", "sei", "already", "also", "gotta", "gonna", "going", "keep", "kept", "clearly",
})
# Right after the name-call: the reader named as that person after all ("you met a real
# jerk: yourself").
MET_TURNED: Final[frozenset[str]] = frozenset({
    "yourself", "urself", "you", "u", "te", "tu",
})
MET_REACH: Final = 4  # tokens from the name-call back to its verb; as many to the reader
# "round up" of people gathered, not rounded up: "round up the squad", "round up the kids".
ROUND_UP: Final[frozenset[str]] = frozenset({"round up"})
GATHERED: Final[frozenset[str]] = frozenset({
    "squad", "team", "kids", "crew", "boys", "guys", "family", "gang", "lads", "fam",
    "friends", "homies", "bros", "party", "group", "players", "usual", "troops", "class",
    "students", "cattle", "sheep", "horses", "cows", "dogs", "votes", "volunteers",
})
GATHER_GAP: Final[frozenset[str]] = frozenset({
    "the", "our", "my", "your", "ur", "all", "some", "a", "few", "of", "these", "those",
    "whole", "rest",
})
