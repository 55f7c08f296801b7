"""Words of the hatecheck61 round (issue 8, targeting_hatecheck61.py): a named identity
group blamed as the reason for a harm ("immigrants are the reason this country is
dying", "muslims are why we can't have nice things") or plainly said to suck ("jews
suck", "trans people suck ass")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum18_words as f18
from bot.core.scoring import hatecheck39_words as h39

# fmt: off
# The blame lines (this round's own lines, en/identity_attack.txt): a plural subject's
# copula and "the reason" or "why", read only with a named group for subject and a harm
# after; "the refs are the reason we lost" names no group, and the lines are cancelled
# there. The singular "is the reason" and "is why" are left out: "that is why" and "this
# is the reason" are too common to send through the rule chain.
REASONS: Final[frozenset[str]] = frozenset({
    "are the reason", "are the main reason", "are the real reason", "are the only reason",
    "are the whole reason", "are the biggest reason", "are the sole reason",
    "are literally the reason", "are part of the reason", "are why", "are literally why",
    "are exactly why",
})
OWN_TERMS: Final[frozenset[str]] = REASONS
# The plural "suck" (an older profanity line, read by older rounds of teams, players and
# affiliations: "pudge suck", "vegans suck"), and gamechat41's "people suck" and "kids
# suck" whose "people" ends a named group ("black people suck", "gay kids suck"): raised
# to the group's with a named group for subject, left as they were elsewhere.
SUCK: Final[str] = "suck"
GROUP_SUCKS: Final[frozenset[str]] = frozenset({"people suck", "kids suck", "guys suck"})
# A harm named after the reason, in its sentence: "... this country is dying", "... for
# all the crime", "... our wages are so low"; never "... this country is great".
HARMS: Final[frozenset[str]] = frozenset({
    "dying", "dead", "die", "dies", "death", "broken", "broke", "failing", "fails",
    "failed", "crime", "crimes", "criminals", "poor", "poverty", "lost", "lose", "losing",
    "downhill", "shit", "shithole", "hell", "mess", "messed", "ruined", "ruin", "ruins",
    "rotting", "rotten", "decline", "declining", "collapsing", "collapse", "collapsed",
    "falling", "chaos", "unsafe", "dangerous", "miserable", "suffering", "suffer",
    "expensive", "overcrowded", "confused", "toxic", "sucks", "worse",
    "problems", "violence", "violent", "terrorism", "unemployment", "struggling", "scared",
    "afraid", "dump", "lies", "corrupt", "destroyed", "wrecked", "doomed", "finished",
    "drugs", "filthy", "dirty", "overrun", "nothing", "nobody", "hate", "gone",
})
# A level is a harm only closing its clause: "... rents are so high", "... wages are low";
# never "... i'm high on life".
LEVELS: Final[frozenset[str]] = frozenset({"high", "low"})
# "can't" and a verb after it: "... we can't have nice things", "... nobody can afford".
CANT: Final[frozenset[str]] = frozenset({"t", "cant", "cannot"})
CANT_VERBS: Final[frozenset[str]] = frozenset({
    "have", "afford", "find", "get", "trust", "walk", "live", "keep", "sleep",
})
# A harm denied right before it: "... this country isn't dying", "... i'm not dead".
NOT_BEFORE: Final[frozenset[str]] = frozenset({"not", "t", "never", "no", "isnt", "arent"})
HARM_REACH: Final[int] = 10  # "... the reason the healthcare system in this town is broken"
# Between a group and its "suck": "gay people fucking suck", "women just suck".
SUCK_ADVERBS: Final[frozenset[str]] = frozenset({
    "really", "just", "fucking", "fuckin", "so", "all", "truly", "literally", "totally",
    "honestly", "still", "do", "kinda", "actually", "simply", "absolutely", "seriously",
})
SUCK_ADVERB_REACH: Final[int] = 2
# After "suck" the clause closes or goes on only into chat's tails and how much: "...
# suck ass", "... suck so bad", "... suck lol"; never "suck at chess", "suck up dust".
SUCK_TAILS: Final[frozenset[str]] = frozenset({
    "ass", "so", "bad", "badly", "much", "hard", "lol", "lmao", "lmfao", "tbh", "honestly",
    "period", "man", "bro", "big", "time", "balls", "too", "anyway", "fr", "smh",
})
SUCK_TAIL_REACH: Final[int] = 3
# Subjects the older rules take for a group that no suite protects, whose blame and
# "suck" are the affiliation and generation rounds' to read (forum18, forum19): "boomers
# are the reason housing is expensive", "vegans suck", "old people suck".
NOT_PROTECTED: Final[frozenset[str]] = (
    h39.NOT_PROTECTED
    | f18.AFFILIATIONS
    | frozenset({"boomer", "millennials", "zoomers", "elderly", "young", "rich"})
)
SUBJECT_TAIL: Final[int] = 2  # "boomers", "old people": the subject's last two words
# fmt: on
