"""Word sets of the forum34 round (issue 8): put-downs of a third person in forum and
tweet comments ("the author is a clueless hack", "this pos doesn't know what he's
doing", "that lying bitch is at it again", "damn is she ugly").
"""

from __future__ import annotations

from typing import Final

# fmt: off
# Who a forum comment talks about: the writer of the piece or post, or a plain person
# word. With a determiner ("the author", "this guy"); "op" stands alone.
FORUM_HEADS: Final[frozenset[str]] = frozenset({
    "author", "writer", "poster", "op", "commenter", "commentor", "reviewer", "guy", "dude",
    "man", "woman", "lady", "girl", "person", "clown", "idiot", "moron", "fool",
})
# Words for the reader: a call in their sentence is the reader's, read by older rounds.
READER: Final[frozenset[str]] = frozenset({"you", "u", "ur", "your", "youre", "yours"})
# Subjects that point at one person without a determiner.
PRONOUNS: Final[frozenset[str]] = frozenset({"he", "she", "op"})
# Singular present copulas ("is", the "s" of "he's"): a past verdict is most often a
# story's ("the author was a hack back then").
COPULAS: Final[frozenset[str]] = frozenset({"is", "s"})
# Name-calls that stack on a person with a judging word or a second call: "a clueless
# hack", "a hack and a fraud". Alone they are mild (said to the reader, "hack" does not
# flag); two judgements on one pointed person make a put-down.
CALLS: Final[frozenset[str]] = frozenset({
    "hack", "fraud", "clown", "liar", "troll", "joke", "loser", "shill", "grifter",
    "hypocrite", "idiot", "moron", "fool", "phony", "phoney", "charlatan",
})
# Judging words before a call: "a clueless hack", "a shameless hack", "a lazy hack".
JUDGING: Final[frozenset[str]] = frozenset({
    "clueless", "shameless", "lazy", "talentless", "pathetic", "lying", "partisan",
    "hopeless", "worthless", "useless", "sad", "dishonest", "biased", "incompetent",
    "total", "complete", "absolute", "utter",
})
# Words between the copula and the call: "is a total hack", "is such a clueless hack".
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an", "such", "just", "really", "so"})
NP_REACH: Final[int] = 4  # tokens back from a call to its copula
# Determiners that point at the person a put-down is about.
POINTERS: Final[frozenset[str]] = frozenset({"this", "that", "the"})
# What only a person does, right after "pos" or within POS_REACH tokens: "this pos
# doesn't know", "the pos didn't even read", "that pos is lying"; a till "is down".
PERSON_ACTS: Final[frozenset[str]] = frozenset({
    "know", "knows", "write", "writes", "wrote", "spell", "lie", "lies",
    "lied", "lying", "think", "thinks", "care", "cares", "understand", "post", "posts",
    "posted", "posting", "said", "says", "banned", "fired", "jailed", "clue", "idea",
})
POS_REACH: Final[int] = 4
# Abbreviated name-calls read as a person only with a person's act: "pos" is also a till.
ABBREVIATIONS: Final[frozenset[str]] = frozenset({"pos", "pos's"})
# Determiners before "lying <call>": "that lying bitch", "this lying weasel".
LYING: Final[str] = "lying"
# Words that take back or hedge the verdict before it in its sentence.
UNSAID: Final[frozenset[str]] = frozenset({
    "not", "never", "t", "no", "nobody", "if", "said", "says", "say", "calls",
    "claims", "claim", "whether", "unless", "called",
})
UNSAID_REACH: Final[int] = 8
