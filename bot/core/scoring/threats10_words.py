"""Words of the threats10 round (issue 8, targeting_threats10.py): a veiled threat at the
reader said with the screen or the distance that protects them ("consider yourself lucky
we're online", "you're lucky there's a screen between us", "good thing for you this is
the internet", "ur lucky u live so far away", "ringrazia che siamo online", "sei
fortunato che c'è uno schermo")."""

from __future__ import annotations

from typing import Final

# fmt: off
# --- The round's own lines (en/threat.txt, it/threat.txt): what protects the reader, the
# screen ("we re online", "screen between us", "this is the internet", "c e uno schermo")
# or the distance ("miles away", "live far", "abiti lontano"); counted only after a luck
# the reader holds, cancelled everywhere else ("we're online now", "stai lontano da me").
EN_TERMS: Final[frozenset[str]] = frozenset({
    "screen between us", "screen in between us", "screens between us", "ocean between us",
    "an ocean separates us", "behind a screen", "we re online", "were online",
    "we are online", "we r online", "this is online", "this is only online",
    "this is just online", "this just online", "this is the internet",
    "this is only the internet", "this is just the internet", "this is only a chat",
    "we re on the internet", "were on the internet", "we are on the internet",
    "its the internet", "it s the internet", "live far", "live so far", "miles away",
    "live in another country", "live in different countries", "other side of the world",
})
IT_TERMS: Final[frozenset[str]] = frozenset({
    "siamo online", "siamo su internet", "siamo in chat", "c e uno schermo",
    "abiti lontano", "vivi lontano", "stai lontano", "abiti a", "vivi a",
})
OWN_TERMS: Final[frozenset[str]] = EN_TERMS | IT_TERMS

# --- The luck, at most LUCK_REACH tokens before the line in its clause: a luck word the
# reader holds (right before it over INTENSIFIERS: "you're lucky", "consider yourself
# lucky", "thank your lucky stars", "u should be glad", "sei fortunato"), one told to the
# reader ("be glad" opening its sentence), or a head said for the reader ("lucky for you",
# "good thing for u", "thank god for you", "meno male per te").
LUCK_REACH: Final = 7
LUCKY: Final[frozenset[str]] = frozenset({
    "lucky", "glad", "thankful", "grateful", "fortunato", "fortunata", "fortunati",
    "fortunate",
})
INTENSIFIERS: Final[frozenset[str]] = frozenset({
    "so", "really", "very", "real", "damn", "rly", "soo", "sooo", "proprio", "molto",
    "re", "r", "are", "is", "be", "should", "better", "just", "stato", "stata", "stati",
})
INTENSIFIER_REACH: Final = 4
READERS: Final[frozenset[str]] = frozenset({
    "you", "u", "ur", "your", "youre", "ya", "yall", "yourself", "urself", "yourselves",
    "sei", "siete", "6",
})
TOLD: Final[str] = "be"
# A head said for the reader: "lucky for you", "good thing for u", "thank god for you",
# "meno male per te"; FOR then one of FOR_READERS right after it.
FOR_HEADS: Final[frozenset[str]] = frozenset({
    "lucky", "luckily", "thing", "god", "goodness", "heavens", "male",
})
FOR: Final[frozenset[str]] = frozenset({"for", "per"})
FOR_READERS: Final[frozenset[str]] = frozenset({"you", "u", "ya", "yall", "te", "voi"})
# Heads that say their reader themselves: "ringrazia (dio) che ...", "fortuna tua che ...",
# "ti è andata bene che ..." (its "andata" after the reader's clitic and "è").
SELF_HEADED: Final[frozenset[str]] = frozenset({"ringrazia", "ringraziate"})
FORTUNE: Final[str] = "fortuna"
YOURS: Final[frozenset[str]] = frozenset({"tua", "vostra"})
WENT: Final[str] = "andata"
IT_READERS: Final[frozenset[str]] = frozenset({"ti", "vi"})

# --- The line closes the message over TAILS (at most TAIL_REACH of them: "... fr", "...
# from me", "... in mezzo", "... a 500 km"), or a consequence follows over them ("... or
# you'd be done", "... sennò"): what goes on is no threat ("... , the store closed").
TAILS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "bro", "buddy", "pal", "kid", "dude", "mate", "fr", "rn", "tbh",
    "honestly", "trust", "me", "us", "away", "from", "and", "not", "face", "to", "irl",
    "in", "between", "tra", "fra", "noi", "di", "mezzo", "km", "chilometri", "mille",
    "miglia", "da", "te", "qui",
})
TAIL_REACH: Final = 6
CONSEQUENCES: Final[frozenset[str]] = frozenset({
    "or", "otherwise", "else", "cause", "cuz", "bc", "because", "altrimenti", "senno", "o",
})
# fmt: on
