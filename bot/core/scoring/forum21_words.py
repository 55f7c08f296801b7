"""Words of the forum21 round (issue 8): Reddit-like shapes read by
targeting_forum21.py.

Kept here, not in cues.txt: every cue word also becomes a known word, and the older
rules read a word no list knows as a name.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum20_words as f20

# fmt: off
# Derogatory blends for camps: "republicunts are at it again", "typical republicunt". A
# plural names a group by itself; a singular only after "typical". Not "sheeple",
# "soyboys" or "feminazis": in dev comments they were as often a label in a rant the
# annotators kept clean ("for the sheeple", "soyboys rejoice"), so they stay as before.
CAMP_LABELS: Final[frozenset[str]] = frozenset({"republicunts", "conservatards", "libtards"})
CAMP_LABEL: Final[frozenset[str]] = frozenset({"republicunt", "libtard", "conservatard"})
TYPICAL: Final[frozenset[str]] = frozenset({"typical", "classic"})
# "snowflakes" is a group only with a jab a few words after it ("the snowflakes are
# triggered again", "snowflakes gonna melt"); "snowflakes are falling" stays clean.
SNOWFLAKES: Final[frozenset[str]] = frozenset({"snowflakes"})
SNOWFLAKE_JABS: Final[frozenset[str]] = frozenset({
    "triggered", "meltdown", "offended", "crying", "cry",
    "seething", "mad", "upset", "butthurt",
})
JAB_REACH: Final = 4  # tokens after "snowflakes" to its jab
# Words of reporting before a label, a praise or a show: "he called them feminazis",
# "calling people sheeple is lazy", "she said the replies were a clown show".
REPORTED: Final[frozenset[str]] = f20.REPORTED | frozenset({
    "calling", "calls", "call", "words", "term", "terms", "wrote", "says",
})
REPORT_REACH: Final = 8  # tokens back to a reporting word, within the sentence
# Mock praise of a commenter who fails at something: "another genius who can't read",
# "yet another einstein who doesn't know how percentages work". gamechat7's mock titles
# right after "another", "who" or "that" right after them, a failing a few words on.
# Clean: "another genius who cured a disease", "i'm the genius who can't read".
PRAISED: Final[frozenset[str]] = frozenset({"genius", "einstein", "genio"})
ANOTHER: Final[frozenset[str]] = frozenset({"another", "un", "altro"})
WHO: Final[frozenset[str]] = frozenset({"who", "that", "which", "che"})
FAILINGS: Final[frozenset[str]] = frozenset({
    "cant", "cannot", "t", "didnt", "doesnt", "never", "couldnt", "dont", "isnt", "wont",
    "failed", "fails", "forgot", "sa", "non",
})
FAIL_REACH: Final = 4  # tokens after "who" to the failing
# "never" praises with one of these after it: "another genius who never gives up".
NEVER_PRAISED: Final[frozenset[str]] = frozenset({
    "gives", "give", "quits", "stops", "fails", "misses", "disappoints", "sleeps", "rests",
})
# A thread's members derided as a show: "the replies here are a clown show", "this
# thread is a circus", "the mods are a clown car". "clown" with one of SHOWS right after
# it, or the lexicon's forum21 "circus"; the subject a place of the thread before the
# copula. Clean: "the election was a clown show", "the circus is in town".
SHOWS: Final[frozenset[str]] = frozenset({"show", "car", "fiesta", "circus"})
CIRCUS: Final[frozenset[str]] = frozenset({"circus"})
SHOW_FILLERS: Final[frozenset[str]] = frozenset({
    "a", "an", "total", "complete", "absolute", "whole", "fucking", "real", "literal",
    "such", "just", "utter", "full", "blown", "damn", "goddamn", "straight", "basically",
    "literally", "become", "becoming", "turned", "into",
})
COPULAS: Final[frozenset[str]] = frozenset({
    "is", "are", "s", "re", "was", "were", "has", "have", "always",
})
THREAD_PLACES: Final[frozenset[str]] = frozenset({
    "thread", "threads", "replies", "comments", "comment", "section", "sub", "subreddit",
    "mods", "commenters", "posters", "forum", "redditors", "moderators", "op",
})
PLACE_REACH: Final = 4  # tokens back from the copula to a place of the thread
# "these people" derogated by a behaviour: "these people will believe anything", "these
# people never learn", "these people have no shame". The lexicon's forum21 behaviour
# lines (and "no shame") count only with "these" / "those" people or a camp right before
# them, over a modal. Clean: "these people will help you", "i'll never learn this".
BEHAVIOURS: Final[frozenset[str]] = frozenset({
    "believe anything", "fall for anything", "never learn", "no shame", "zero shame",
    "cant read", "can't read",
})
OWN_BEHAVIOURS: Final[frozenset[str]] = BEHAVIOURS - {"no shame"}
BEHAVIOUR_FILLERS: Final[frozenset[str]] = frozenset({
    "will", "would", "just", "literally", "really", "honestly", "clearly", "ll", "have",
    "has", "got", "simply", "obviously", "truly", "apparently", "seriously", "can",
})
PEOPLE: Final[frozenset[str]] = frozenset({"people", "folks", "ppl", "idiots", "guys"})
THESE: Final[frozenset[str]] = frozenset({"these", "those"})
BEHAVIOUR_REACH: Final = 4  # tokens back from a behaviour to its subject
# The mods power tripping: "the mods can't stop power tripping", "the mods are on a power
# trip again". The lexicon's forum21 power lines, read only with the thread's rulers a few
# words before; registered in group_only.FIRST_NAMED_TERMS, so "power" and "tripping" stay
# unknown to the other rules ("the power went out") and the clean gate keeps them out
# unless a group ("mods") is named.
POWER_TERMS: Final[frozenset[str]] = frozenset({"power tripping", "power trip"})
RULERS: Final[frozenset[str]] = frozenset({
    "mods", "moderators", "admins", "administrators", "janitors", "jannies",
})
POWER_FILLERS: Final[frozenset[str]] = frozenset({
    "are", "re", "is", "can", "cant", "t", "stop", "never", "always", "again", "on", "a",
    "love", "loves", "here", "so", "just", "still", "keep", "busy", "literally", "constantly",
    "go", "going", "won", "wont", "such", "another", "massive", "huge", "big",
})
POWER_REACH: Final = 5  # tokens back from a power term to the rulers
# fmt: on
