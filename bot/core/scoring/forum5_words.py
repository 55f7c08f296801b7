"""Shape words of the fifth forum probe's rules (issue 8, targeting_forum5.py).

Kept here, not in cues.txt: every cue word also becomes a known word, and the older
rules read a word no list knows as a name ("Mike is trash").
"""

from __future__ import annotations

from typing import Final

# fmt: off
# Plural name-calls that can only mean people: "the idiots in Washington", "these
# fools will upvote anything". Words that also name things ("trash", "garbage",
# "jokes"), animals ("pigs", "rats", "snakes"), people in plain words ("the clowns who
# came to the party", "the thieves who robbed the bank", "creeps" in a game) are left out.
PLURAL_NAMES: Final = frozenset({
    "idiots", "morons", "fools", "imbeciles", "cretins", "dimwits", "halfwits",
    "nitwits", "dumbasses", "jackasses", "assholes", "arseholes", "dickheads", "buffoons",
    "dolts", "dunces", "numpties", "losers", "lunatics", "degenerates",
    "scumbags", "hypocrites", "liars", "cowards", "bigots", "simpletons", "retards",
    "dipshits", "shitheads", "knobheads", "bellends", "twats", "wankers", "tossers",
    "douchebags", "douches", "pricks", "cunts", "sheeple", "dullards", "ignoramuses",
    "lowlifes", "nutjobs", "nutters", "nutcases", "wackos", "whackos", "weirdos",
    "snowflakes", "crybabies", "manbabies", "shills", "bootlickers", "grifters",
    "charlatans", "frauds",
})
# The determiners that point at people in the thread or the news: "these idiots".
POINTING: Final = frozenset({"the", "these", "those", "them"})
# Words between the determiner and the name: "these fucking idiots", "the absolute
# morons", "those same clowns".
NAME_FILL: Final = frozenset({
    "fucking", "fuckin", "fking", "absolute", "complete", "total", "utter", "same",
    "usual", "brainless", "braindead", "clueless", "spineless", "gutless", "useless",
    "lying", "corrupt", "incompetent", "entitled", "pathetic", "smug", "damn", "damned",
    "bloody", "stupid", "dumb", "real", "biggest", "worst", "other",
})
# What follows a name that names people doing something: "the idiots who", "in
# Washington", "will upvote", "keep voting". The name closing its clause ("they're
# the idiots") is read by the older rules.
AFTER_NAME: Final = frozenset({
    "who", "that", "in", "on", "at", "from", "running", "downvoting", "upvoting",
    "will", "would", "keep", "keeps", "think", "thought", "want", "wanted", "can",
    "cant", "could", "should", "need", "do", "did", "don", "didn", "won", "never",
    "always", "still", "just", "actually", "really", "have", "had",
    "voting", "voted", "vote", "defending", "making", "made", "posting", "posted",
    "ruin", "ruined", "ruining", "believe", "say", "said", "claim", "claimed", "get",
    "got", "act", "expect", "accuse", "accused", "elected", "here",
})
# Opening words of a clause that speaks of anyone who does something: "anyone who
# thinks the earth is flat is a moron", "everyone in that fandom is a creep".
ANYONE: Final = frozenset({
    "anyone", "anybody", "everyone", "everybody", "whoever", "whomever", "somebody",
})
# People words that need "who"/"that" after them to open such a clause: "people who
# drive like that are morons", "those who defend this are clowns".
WHO_HEADS: Final = frozenset({
    "people", "ppl", "folks", "those", "guys", "men", "women", "fans", "users",
    "players", "posters", "commenters", "voters", "morons", "idiots",
})
# One person named by what they did: "the guy who wrote this is an idiot" (the older
# rules read the writing verb as reported speech).
ONE_HEADS: Final = frozenset({
    "guy", "person", "dude", "man", "woman", "one", "lady", "bloke", "kid", "fella",
    "idiot", "moron", "clown",
})
RELATIVES: Final = frozenset({"who", "that", "in", "on", "here", "defending", "buying"})
COPULAS: Final = frozenset({"is", "are", "re", "r"})  # not "s": "anyone with alzheimer's disease"
# Between the copula and the name-call: "is a certified moron", "are the dumbest".
CALL_FILL: Final = frozenset({
    "a", "an", "the", "such", "complete", "total", "absolute", "utter", "certified",
    "fucking", "fuckin", "fking", "real", "genuine", "genuinely", "clearly",
    "obviously", "just", "literally", "basically", "all", "mentally", "truly", "bunch",
    "of", "most", "so", "too", "really", "simply", "nothing", "but", "either", "or",
    "proper", "grade", "class", "world",
})
# Persons and the writer: a clause that names one before the copula speaks of them,
# not of anyone ("anyone who says he is an idiot", "whoever called me a moron").
PERSONAL: Final = frozenset({
    "i", "im", "me", "my", "we", "us", "our", "you", "u", "ur", "your", "he", "him",
    "his", "she", "her", "they", "them", "their", "it", "myself", "yourself",
})
# Framing before the clause: "I'd never say anyone who ... is an idiot", "not everyone
# who ... is a moron".
UNSAID: Final = frozenset({
    "not", "never", "no", "say", "saying", "said", "says", "claim", "claims", "think",
    "thinks", "mean", "means", "doesn", "don", "isn", "aren", "t",
})
REACH: Final = 14  # tokens from the opener to the copula ("anyone who ... is a moron")
