"""Words of the insults13 round (issue 8, fourteenth session); see targeting_insults13.py."""

from __future__ import annotations

from typing import Final

# The object pronoun of an order: never a determiner, so a name-call after it is not
# "it"'s noun ("don't watch it loser", "look it up fool").
IT: Final[frozenset[str]] = frozenset({"it"})

# How far back (in tokens) from the name-call the "it" may stand: "lick it clean, turd".
IT_REACH: Final = 3

# Verbs that name the thing itself ("call it garbage", "i'd consider it a joke"): the
# word after "it" is then said of the thing.
NAMING: Final[frozenset[str]] = frozenset(
    {
        "call",
        "calls",
        "called",
        "calling",
        "consider",
        "considered",
        "think",
        "thought",
        "find",
        "found",
        "label",
        "labeled",
        "labelled",
        "name",
        "named",
        "deem",
        "make",
        "makes",
        "made",
        "rate",
        "rated",
        "chiamalo",
        "chiamala",
    }
)

# "don't be a loser": the words that may stand between "be" and the name-call.
BE_FILLERS: Final[frozenset[str]] = frozenset(
    {
        "a",
        "an",
        "such",
        "so",
        "total",
        "complete",
        "little",
        "big",
        "fucking",
        "damn",
    }
)
# How many filler words at most: "don't be such a big baby".
BE_REACH: Final = 3
# The negated order's words: "don't", "dont", "do not", "never".
DONT: Final[frozenset[str]] = frozenset({"dont", "never", "don't"})
DO_NOT: Final[frozenset[tuple[str, str]]] = frozenset({("don", "t"), ("do", "not")})
# Words that may open the clause before the order: "and", "so", "but".
BE_LINKS: Final[frozenset[str]] = frozenset({"and", "so", "but", "then", "now", "please"})

# "spoken like a true idiot": a retort judging the reader's words by the one who wrote
# them; the participle opens the clause.
SPOKEN: Final[frozenset[str]] = frozenset(
    {
        "spoken",
        "said",
        "written",
        "typed",
        "posted",
        "argued",
        "commented",
        "spoke",
        "says",
    }
)
LIKE_FILLERS: Final[frozenset[str]] = frozenset(
    {
        "a",
        "an",
        "true",
        "real",
        "typical",
        "total",
        "complete",
        "genuine",
        "proper",
    }
)

# Verbs of doing it well or loving it: "nailed it bastard", "killed it you madman" are
# praise among friends, not a name-call.
PRAISED: Final[frozenset[str]] = frozenset(
    {
        "nailed",
        "nail",
        "crushed",
        "crush",
        "killed",
        "kill",
        "smashed",
        "smash",
        "aced",
        "rocked",
        "owned",
        "loved",
        "love",
        "did",
        "done",
        "made",
        "pulled",
        "earned",
        "deserve",
        "deserved",
        "won",
        "clutched",
        "sold",
        "slayed",
        "slay",
        "murdered",
        "destroyed",
    }
)

# The only words that may stand between an order's "it" and the name-call: particles and
# adverbs of the order ("look it up fool", "read it again moron"); a verb there makes
# "it" a subject ("it punishes idiots", "when it comes to stupidity").
IT_PARTICLES: Final[frozenset[str]] = frozenset(
    {
        "up",
        "down",
        "out",
        "off",
        "in",
        "on",
        "away",
        "again",
        "already",
        "yourself",
        "now",
        "then",
        "first",
        "back",
        "over",
        "here",
        "there",
        "instead",
        "alone",
    }
)
# Words before "it" that make it a subject: "when it sucks", "how it punishes idiots".
SUBORDINATORS: Final[frozenset[str]] = frozenset(
    {
        "when",
        "how",
        "if",
        "because",
        "cause",
        "cuz",
        "that",
        "and",
        "but",
        "so",
        "as",
        "what",
        "why",
        "where",
        "since",
        "until",
        "while",
        "once",
        "though",
        "although",
        "unless",
        "whether",
        "whenever",
        "or",
        "think",
        "guess",
        "hope",
        "know",
        "means",
    }
)
