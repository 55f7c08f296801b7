"""Words of the chat11 round (issue 8, targeting_chat11.py): the reader told they are a
nuisance to the writer, as people write it to a chatbot or another chatter: the reader
annoying, boring or irritating the writer ("you're annoying me", "you get on my nerves",
"stop bugging me", "you're wasting my time"), time with the reader called wasted
("talking to you is a waste of time", "you are a waste of time"), or the writer fed up
with the reader ("i'm sick of you", "i hate talking to you")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord39_words as d39

# fmt: off
# --- This round's own lines (en/insult.txt), read only by its rules.
# What the reader does to the writer: "you're annoying me", "you get on my nerves". No
# "last nerve": "nerve" would read Italian "nere" ("le persone nere ...") as its typo.
NUISANCE_TERMS: Final[frozenset[str]] = frozenset({
    "annoying me", "annoy me", "boring me", "bore me", "irritating me", "bugging me",
    "pestering me", "bothering me", "driving me crazy", "driving me nuts",
    "driving me insane", "get on my nerves", "getting on my nerves", "wasting my time",
})
# Time with the reader called wasted: "talking to you is a waste of time".
WASTE_TERMS: Final[frozenset[str]] = frozenset({"waste of time", "waste of my time", "pointless"})

# --- Older lines read here: the writer sick of the reader ("i'm sick of you", "im sick
# and tired of you"), or hating talk with the reader ("i hate talking to you"), which the
# older rules read at a thing. "i'm tired of you" and "i'm done with you" stay hatecheck29's
# clean lines (a parting, not an attack).
FED_UP_TERMS: Final[frozenset[str]] = frozenset({"sick of", "sick and tired of"})
HATE_TERMS: Final[frozenset[str]] = frozenset({"hate"})

# --- The reader as the subject: "you", maybe over a copula and a few adverbs ("you're
# really annoying me now", "ur so annoying me", "you keep bugging me").
YOU: Final[frozenset[str]] = frozenset({"you", "u", "ya", "ye"})
YOU_ARE: Final[frozenset[str]] = frozenset({"ur", "youre", "yr", "your"})  # "your annoying me"
COPULAS: Final[frozenset[str]] = frozenset({"are", "re", "r"})
ADVERBS: Final[frozenset[str]] = frozenset({
    "really", "so", "just", "now", "seriously", "kinda", "totally", "always", "still",
    "literally", "again", "truly", "actually", "honestly", "officially", "keep", "starting",
    "to", "beginning", "lowkey", "def", "definitely", "soo", "sooo", "very", "frankly",
})
ADVERB_REACH: Final[int] = 3
# An order to stop: "stop annoying me", "quit wasting my time", "please stop bugging me".
STOPS: Final[frozenset[str]] = frozenset({"stop", "quit"})

# --- Time with the reader: "talking to you is", "chatting with you is"; or "you are a".
TALKS: Final[frozenset[str]] = frozenset({
    "talking", "chatting", "speaking", "arguing", "texting", "conversing",
})
TALK_TO: Final[frozenset[str]] = frozenset({"to", "with"})
IS: Final[frozenset[str]] = frozenset({"is", "s", "are", "re", "r"})
# Between the copula and the waste: "is a total waste of time", "is so pointless".
WASTE_LEADS: Final[frozenset[str]] = frozenset({
    "a", "such", "just", "so", "total", "complete", "huge", "big", "really", "totally",
    "completely", "utterly", "absolutely", "literally", "honestly", "fucking", "freaking",
})
WASTE_LEAD_REACH: Final[int] = 3

# --- The writer fed up: "i'm (so) sick of you", "im sick of you", "i hate talking to you".
WRITER: Final[frozenset[str]] = frozenset({"i"})
I_AM: Final[frozenset[str]] = frozenset({"m", "am"})
IM: Final[frozenset[str]] = frozenset({"im", "iam"})
FED_UP_ADVERBS: Final[frozenset[str]] = frozenset({
    "so", "really", "just", "soo", "sooo", "totally", "absolutely", "officially", "honestly",
    "literally", "seriously", "fucking", "freaking", "effing", "kinda", "getting", "very",
    "pretty", "truly", "already", "growing",
})
FED_UP_ADVERB_REACH: Final[int] = 3
# What may close the clause after "you" ("i'm sick of you bot", "i'm sick of you
# already"); "i'm sick of you always winning" goes on.
TAILS: Final[frozenset[str]] = frozenset({
    "bot", "already", "now", "anymore", "lol", "man", "dude", "bro", "all", "guys",
    "seriously", "honestly", "forever", "today", "so", "much", "ugh", "omg", "smh",
})
TAIL_REACH: Final[int] = 3

# --- Before the subject or the order: chat's openers ("omg you are annoying me", "because
# you are annoying me", "lol you're wasting my time", "now you are annoying me").
LEADS: Final[frozenset[str]] = frozenset({
    "omg", "lol", "lmao", "bot", "ok", "okay", "oh", "man", "dude", "bro", "because", "cause",
    "cuz", "coz", "bc", "and", "now", "honestly", "seriously", "god", "ugh", "well", "hey",
    "yes", "yeah", "but", "please", "pls", "plz", "just", "so", "tbh", "ffs", "jeez", "wow",
})
LEAD_REACH: Final[int] = 3
# Negated before the term in its sentence: "you're not annoying me", "you never bore me".
NEGATORS: Final[frozenset[str]] = d39.NEGATORS
NEGATION_REACH: Final[int] = 8
# fmt: on

OWN_TERMS: Final[frozenset[str]] = NUISANCE_TERMS | WASTE_TERMS
