"""Words of the olid21 round (issue 8): tweets that judge a person unfit, unsound or a
mess, read by targeting_olid21.py and, for the judgements that must close their clause,
by targeting_olid.py.

Kept here, not in cues.txt: every cue word also becomes a known word, and the older
rules read a word no list knows as a name.
"""

from __future__ import annotations

from typing import Final

# fmt: off
# Judgements that need a person as their subject and close their clause (the lexicon's
# olid21 [person] lines): "he is mentally deranged", "she is unfit for office"; never
# "mentally deranged people need care", "the court found her mentally incompetent".
PREDICATES: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("mentally", "deranged"), ("mentally", "incompetent"), ("mentally", "unfit"),
    ("unfit", "for", "office"), ("unfit", "for", "the", "job"),
    ("unfit", "for", "the", "presidency"), ("unfit", "for", "the", "bench"),
    ("unfit", "for", "the", "supreme", "court"), ("unfit", "for", "public", "office"),
    ("unfit", "to", "hold", "office"),
})
# fmt: on

# fmt: off
# A swear-strengthened verdict noun (the lexicon's olid21 lines): "he's a fucking joke",
# "she is a fucking mess". Counted only as the complement of a copula whose subject is the
# reader or a person; "this country is a fucking mess", "my life is a fucking joke", "what
# a fucking mess" (no subject) are cancelled.
SWORN_VERDICTS: Final[frozenset[str]] = frozenset({
    "fucking joke", "fucking mess", "fucking disaster", "fucking embarrassment",
    "fkn joke", "damn joke", "fuckin joke", "fuckin mess",
})
# Words between the copula and a verdict: "is a fucking joke", "is such a fucking mess".
VERDICT_BRIDGE: Final[frozenset[str]] = frozenset({
    "a", "an", "such", "just", "total", "complete", "absolute", "really", "truly",
    "literally", "clearly", "always", "still", "also", "nothing", "but",
})
COPULAS: Final[frozenset[str]] = frozenset({"is", "s", "are", "re", "was", "were", "r"})
# The reader as a subject, and its joined copulas ("youre a fucking joke").
READERS: Final[frozenset[str]] = frozenset({"you", "u", "ya", "yall"})
JOINED_READERS: Final[frozenset[str]] = frozenset({"youre", "ur", "ure", "urs"})
# A person as a subject: a pronoun, or a person noun after "this", "that", "the".
PERSONS: Final[frozenset[str]] = frozenset({"he", "she"})
JOINED_PERSONS: Final[frozenset[str]] = frozenset({"hes", "shes"})
POINTERS: Final[frozenset[str]] = frozenset({"this", "that", "the"})
# Possessives before a subject: the writer's own ("my mom needs professional help", "my
# brother is a fucking mess") tells of family, no attack.
OWN: Final[frozenset[str]] = frozenset({"my", "our", "mi", "mine"})
# Words of a condition, a question or a report before the subject in its sentence: "if
# you need professional help", "do you need serious help", "she said he's a fucking joke".
UNSAID: Final[frozenset[str]] = frozenset({
    "if", "do", "does", "did", "when", "whenever", "unless", "said", "says", "say",
    "told", "tell", "thinks", "think", "claim", "claims", "called", "whether", "anyone",
    "anybody", "everyone", "everybody", "someone", "somebody",
})
UNSAID_REACH: Final = 8  # tokens back to a condition or report, within the sentence

# The reader told they need psychiatric help (the lexicon's olid21 "... help" lines):
# "you need professional help", "he needs serious psychiatric help". After "need" /
# "needs" (over "some", "serious", "real") with the reader or a person as the subject,
# and closing the clause; "you need professional help for your taxes", "she needs
# psychiatric help and i hope she gets it", "do you need help" stay clean.
HELPS: Final[frozenset[str]] = frozenset({
    "professional help", "psychiatric help", "mental help", "serious help",
    "psychological help",
})
# The same with "need" in the term: "you need therapy", "he needs therapy"; the subject
# right before, over adverbs. "i need therapy after that episode" (the writer), "my
# cousin needs therapy" (family), "you need therapy for that knee" stay clean.
NEEDED: Final[frozenset[str]] = frozenset({"need therapy", "needs therapy"})
HELP_FILLERS: Final[frozenset[str]] = frozenset({
    "some", "serious", "real", "urgent", "immediate", "professional", "mental",
})
NEEDS: Final[frozenset[str]] = frozenset({"need", "needs"})
NEED_ADVERBS: Final[frozenset[str]] = frozenset({
    "seriously", "really", "clearly", "definitely", "desperately", "obviously", "honestly",
    "just", "still", "so", "badly", "truly", "literally", "also", "both", "all",
})
# Words that may follow a verdict or a help and still close it: "you need professional
# help asap", "she can go away now".
TRAILERS: Final[frozenset[str]] = frozenset({
    "asap", "immediately", "now", "badly", "too", "already", "again", "forever",
    "honestly", "seriously", "fr", "tbh", "please", "pls", "thanks", "bye", "anymore",
    "here", "either",
})
FILLER_REACH: Final = 3  # tokens back over fillers and adverbs
# "you're the one who needs professional help": the reader through "the one who".
ONE_WHO: Final[tuple[str, str, str]] = ("the", "one", "who")

# Told they can go away now: "go away" right after "can" with the reader or a person as
# the subject, closing the clause or followed by "now" / "forever" ("you can go away
# now", "Bono can go away now"). A trip or a thing going away stays clean: "you can go
# away for the weekend", "the pain can go away with rest", "i can go away now that the
# kids are older" (the writer).
GO_AWAY: Final = "go away"
CAN: Final[frozenset[str]] = frozenset({"can", "could", "may"})
# Words after "go away" that make it a trip or an absence: "go away with us", "go away
# for a few days", "go away to college", "go away on vacation".
TRIPS: Final[frozenset[str]] = frozenset({"with", "for", "to", "on", "in", "next", "over"})
# Right before a planned trip's "go away" (or before the reader asked): "can you go away
# with us", "we want to go away for the weekend"; a bare order is no plan.
PLANS: Final[frozenset[str]] = frozenset({
    "can", "could", "may", "might", "to", "will", "ll", "gonna", "wanna", "should",
})
# The reader told they are not welcome, said whole (the lexicon's olid21 lines, which
# discord10's "you are not welcome in" / "... anymore" leave open): "you are not
# welcome", "@USER you're not welcome!". Clean: "you're not welcome to post links here"
# (a rule reminder goes on), "you're not welcome lol" (a joke reply to thanks), "are you
# not welcome there?".
UNWELCOME: Final[frozenset[str]] = frozenset({
    "you are not welcome", "you re not welcome", "youre not welcome", "u are not welcome",
})
# Describing words between a retort's article and the insult ("rich coming from a
# total liar").
RETORT_GAP: Final = 2
# A retort through "coming from": "rich coming from a liar", "this coming from
# the biggest hypocrite here". Only words of the sneer before "coming from" in its
# sentence; "the smell is coming from a dead rat", "the noise was coming from the idiot
# next door" (a copula, a thing) stay as they were.
COMING_FROM: Final[tuple[str, str]] = ("coming", "from")
COMING_LEADS: Final[frozenset[str]] = frozenset({
    "rich", "this", "that", "thats", "s", "funny", "big", "bold", "ironic", "hilarious",
    "interesting", "cute", "wow", "lol", "lmao", "haha", "ha", "so", "and", "all", "talk",
    "words", "strong", "real",
})
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an", "the"})
COMING_REACH: Final = 6  # tokens back from "coming" to the sentence start
# fmt: on
