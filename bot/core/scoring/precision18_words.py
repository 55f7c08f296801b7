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
    "live", "life", "genuine", "utter",  # "a real live asshole", "a real life jerk"
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
# What a thing does to anyone, a generic "you": "weed makes you stupid", "sugar makes you
# fat", "social media makes you lazy", "l'alcol ti rende stupido". Never the reader's
# looks ("that haircut makes you look fat": "look" stands between), nor a subject that is
# the reader's or a deed ("your attitude makes you ugly", "believing that makes you
# stupid", "what makes you so dumb").
MAKE_VERBS: Final[frozenset[str]] = frozenset({"makes", "make", "made", "making"})
MAKE_READERS: Final[frozenset[str]] = frozenset({"you", "u", "ya", "one", "people"})
MAKE_VERBS_IT: Final[frozenset[str]] = frozenset({"rende", "rendono", "renderà", "rendera"})
MAKE_READERS_IT: Final[frozenset[str]] = frozenset({"ti", "vi"})
MAKE_GAP: Final[frozenset[str]] = frozenset({
    "so", "really", "more", "super", "kinda", "very", "way", "even", "just", "literally",
    "actually", "fucking", "hella", "mad", "più", "piu", "molto",
})
# In the subject, anywhere: the reader's, a question word or a negation ("your attitude
# makes you ugly", "what makes you so dumb", "nothing makes you ..."); a word in "-ing",
# a deed, is read apart ("believing that makes you stupid").
MAKE_KEPT: Final[frozenset[str]] = frozenset({
    "your", "ur", "you", "u", "yours", "tuo", "tua", "tuoi", "tue", "what", "who",
    "whoever", "nothing", "nobody", "cosa", "chi", "che", "i", "im", "we", "me", "io",
})
# A name-call (not a body word) said so only of a substance, a screen or a habit: "alcohol
# makes you dumb", "social media makes you lazy". Of a creed, a party or a person it
# derogates their followers ("religion makes you stupid", "fox news makes you dumb"), and
# stays aimed.
MAKE_THINGS: Final[frozenset[str]] = frozenset({
    "alcohol", "booze", "beer", "wine", "vodka", "liquor", "weed", "pot", "marijuana",
    "drugs", "meth", "cocaine", "sugar", "caffeine", "coffee", "drinks", "food", "junk",
    "carbs", "tv", "television", "screen", "screens", "phone", "phones", "media", "tiktok",
    "internet", "instagram", "youtube", "netflix", "games", "videogames", "fortnite",
    "sleep", "insomnia", "heat", "stress", "lockdown", "boredom", "homework", "mondays",
    "stuff", "alcol", "alcool", "droga", "droghe", "canne", "zucchero", "televisione",
    "telefono", "social", "videogiochi",
})
# Right before the verb: a pronoun standing for what the reader did or said, or a person
# ("that makes you stupid", "he makes you look dumb").
MAKE_PRONOUNS: Final[frozenset[str]] = frozenset({
    "that", "this", "it", "which", "he", "she", "they", "questo", "quello", "lui", "lei",
    "ciò", "cio",
})
MAKE_REACH: Final = 5  # tokens back from the verb to its subject's start
# "shut up" said in the passive, no order: "women won't be shut up anymore", "we refuse
# to be shut up", "tired of being shut up", "she has been shut up for too long". "just
# shut up", "can you shut up" stay orders, and a wish to silence someone stays aimed
# ("they should be shut up", "she needs to be shut up"): "be" counts only when denied.
SHUT_UP: Final[frozenset[str]] = frozenset({"shut up"})
PASSIVE_TOLD: Final[frozenset[str]] = frozenset({"been", "being"})
PASSIVE_WISHED: Final[frozenset[str]] = frozenset({"be"})
PASSIVE_DENIED: Final[frozenset[str]] = frozenset({
    "not", "t", "never", "wont", "cant", "refuse", "refuses", "refused", "refusing",
})
