"""Words of the chat10 round (issue 8, targeting_chat10.py): a sexual act proposed to or
ordered of the reader ("will you make love to me", "can i be your lover", "i want you to
lick it", "i wanna bang you", "get naked for me", "let me into your pants"), or the
reader's sex life asked about ("hows your sex life", "tell me about your sex life")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord39_words as d39

# fmt: off
# --- This round's own lines (en/sexual_harassment.txt), read only by its rules.
LOVE_TERMS: Final[frozenset[str]] = frozenset({"make love", "make sweet love"})
LOVER_TERMS: Final[frozenset[str]] = frozenset({"be my lover", "be your lover", "be ur lover"})
LICK_TERMS: Final[frozenset[str]] = frozenset({"lick it", "lick this"})
BANG_TERMS: Final[frozenset[str]] = frozenset({"bang you", "bang u", "bang me"})
NAKED_TERMS: Final[frozenset[str]] = frozenset({"get naked"})
PANTS_TERMS: Final[frozenset[str]] = frozenset({
    "into your pants", "in your pants", "into ur pants", "in ur pants",
})
SEX_LIFE_TERMS: Final[frozenset[str]] = frozenset({"your sex life", "ur sex life"})

# --- The act proposed: what may close its clause after each act (at most TAIL_REACH
# words): "make love to me tonight", "lick it slowly", "get naked on cam", "bang you so
# hard"; "make love not war", "lick it off the spoon", "bang you re dead" go on.
TAIL_REACH: Final[int] = 4
SHARED_TAILS: Final[frozenset[str]] = frozenset({
    "now", "tonight", "baby", "babe", "bot", "please", "pls", "plz", "already", "right",
    "slowly", "hard", "so", "for", "me", "again", "all", "night", "long", "sexy", "hun",
    "honey", "darling", "girl", "boy", "lol", "haha", "xd", "forever",
})
LOVE_TAILS: Final[frozenset[str]] = SHARED_TAILS | frozenset({
    "to", "with", "you", "u", "ya", "us", "each", "other",
})
LICK_TAILS: Final[frozenset[str]] = SHARED_TAILS | frozenset({"up", "good", "bitch", "slut"})
NAKED_TAILS: Final[frozenset[str]] = SHARED_TAILS | frozenset({
    "on", "cam", "camera", "webcam", "with", "you", "u", "in", "front", "of", "bed",
})
# "get into your pants", "let me into your pants": the verb right before the pants.
PANTS_VERBS: Final[frozenset[str]] = frozenset({"get", "gettin", "getting", "me"})

# --- Before the act: chat's openers, read over back to the frame or the sentence's start
# ("now lick it", "come make love with me", "please get naked").
LEADS: Final[frozenset[str]] = frozenset({
    "now", "just", "please", "pls", "plz", "come", "here", "and", "so", "ok", "okay",
    "baby", "babe", "hey", "then", "go", "to", "really",
})
LEAD_REACH: Final[int] = 4
# A proposal between the writer and the reader, in the FRAME_REACH words before the act
# (its openers aside): a want, a modal or "let", and the writer or the reader ("i want
# you to lick it", "can we make love", "would you be my lover", "let me bang you").
FRAME_REACH: Final[int] = 4
FRAMES: Final[frozenset[str]] = frozenset({
    "want", "wanna", "will", "would", "can", "could", "d", "ll", "shall", "need", "gonna",
    "let", "lemme", "lets", "love", "like",
})
US: Final[frozenset[str]] = frozenset({
    "i", "me", "you", "u", "ya", "we", "us", "s", "im", "ima", "let", "lemme", "lets", "ill", "id",
})
# Negated before the act in its sentence: "don't lick it", "i would never make love to".
NEGATORS: Final[frozenset[str]] = d39.NEGATORS
NEGATION_REACH: Final[int] = 8

# --- The reader's sex life asked: an asking word opens its sentence before it ("hows
# your sex life", "tell me about your sex life"), or the sentence ends with "?".
ASKERS: Final[frozenset[str]] = frozenset({
    "how", "hows", "what", "whats", "tell", "describe", "talk", "explain",
})
ASK_REACH: Final[int] = 5
# fmt: on

PROPOSALS: Final[frozenset[str]] = (
    LOVE_TERMS | LOVER_TERMS | LICK_TERMS | BANG_TERMS | NAKED_TERMS | PANTS_TERMS
)
OWN_TERMS: Final[frozenset[str]] = PROPOSALS | SEX_LIFE_TERMS
