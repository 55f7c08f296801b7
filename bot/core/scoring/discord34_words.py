"""Word lists of the discord34 round (targeting_discord34.py): threats and warnings said
to the reader in chat form ("u better watch out", "ur gonna pay for this", "u will regret
that", "wait till i see u", "ill catch u outside") and the reader
written off ("ur dead to me"), each read only as a whole line."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord26_words as d26
from bot.core.scoring import discord28_words as d28
from bot.core.scoring import discord31_words as d31

# fmt: off
# The round's lexicon lines (threat.txt, exclusion.txt, discord34), written with "you",
# "your"; lexicon_textspeak gives them their chat twins ("u better watch out", "ur gonna
# pay for this", "wait till i see u"), keeping these terms.
# A warning: "you better watch out", "u better watch ur step". No bare "watch your step"
# (a wet floor), no "you're gonna get it" (as often "ur gonna get it, keep trying") and
# no "watch your mouth" (a rebuke of swearing as often: it cost toxic_spans' controls).
WARNINGS: Final[frozenset[str]] = frozenset({
    "you better watch out", "you better watch it", "you better run",
    "you better watch your step", "better watch your step", "you better hope i don t see you",
    "you better hope i dont see you", "you better hope i never see you",
})
# Payback promised: "ur gonna pay for this", "u will regret that", "ill get u back".
PAYBACKS: Final[frozenset[str]] = frozenset({
    "you re gonna pay for this", "you re gonna pay for that", "you re going to pay for this",
    "you re going to pay for that", "you will pay for this", "you will pay for that",
    "you ll pay for this", "you ll pay for that", "you gonna pay for this",
    "you gonna pay for that", "you re gonna pay", "you will pay", "you gonna pay",
    "you will regret this", "you will regret that", "you gonna regret this",
    "you gonna regret that", "you gonna regret it", "ill get you back for this",
    "ill get you back for that", "ill get you back",
})
# A meeting promised or dared: "wait till i see u", "ill catch u outside", "say that
# again i dare u". No "see you outside": friends meet outside as often. "find" is one of
# lexicon_textspeak's game verbs (no twin): "wait till i find u" is written out.
MEETINGS: Final[frozenset[str]] = frozenset({
    "wait till i see you", "wait til i see you", "wait until i see you",
    "wait till i catch you", "wait til i catch you", "wait until i catch you",
    "wait till i find you", "wait until i find you", "wait till i find u",
    "wait until i find u", "wait till i get my hands on you", "catch you outside",
    "ill catch you outside", "i ll catch you outside", "catch you outside after school",
    "say that again i dare you", "say it again i dare you", "keep talking see what happens",
})
# The reader written off in chat spelling ("ur dead to me"); "you're dead to me" is read
# by the older "you re dead". Not twinned: "dead" is one of lexicon_textspeak's game verbs.
WRITTEN_OFF: Final[frozenset[str]] = frozenset({
    "ur dead to me", "u r dead to me", "youre dead to me", "ure dead to me",
})
# Chat openers before the line's first word ("bro u better watch out", "just wait till i
# see u", "ok ill get u back for this"); "i", "he said", "cant" are none.
OPENERS: Final[frozenset[str]] = d28.OPENERS | frozenset({"oh", "so", "now", "alright"})
OPENER_REACH: Final = 2
# Only tags may follow to the message's end ("u better watch out lol", "u better run
# kid", "ur dead to me now"); "u better watch out for the sniper" goes on.
TAGS: Final[frozenset[str]] = d26.GLOAT_TAGS | frozenset({
    "now", "rn", "idiot", "punk", "boy", "girl", "buddy", "pal", "mate", "seriously",
    "again",
})
TAG_REACH: Final = 4
# Where the meeting falls, right after the phrase and before the tags: "wait till i find
# u after school" (threats8's probe); "wait till i see u tomorrow" stays a plan.
PLACE_TAILS: Final[frozenset[tuple[str, str]]] = frozenset({
    ("after", "school"), ("at", "school"), ("after", "class"),
})
# A kind word after it: "u better run lol ily", "ill get u back for this love u".
KIND_AFTER: Final[frozenset[str]] = d31.KIND_AFTER
KIND_REACH: Final = 10
# A loving emoji after it is no token: "wait till i see u 🥰", "ill get u back ❤️".
EMOJI_REACH: Final = 40  # characters after the last word: tags and emoji
KIND_EMOJI: Final[frozenset[str]] = frozenset({
    "❤", "♥", "🥰", "😘", "😍", "💕", "💖", "💗", "💞", "🤗", "😊", "☺", "🫶", "💜", "💙",
})
# fmt: on

OWN_TERMS: Final[frozenset[str]] = WARNINGS | PAYBACKS | MEETINGS | WRITTEN_OFF
