"""Words of the insults26 round (issue 8, targeting_insults26.py): a threat line that names
no reader ("never work again", "afraid to leave the house", "regret saying that") said of
the writer, of a thing or of someone told about ("i regret saying that", "my knee will
never work again", "my brother did not show up at school today")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The older threat lines tagged [second_person] that name no reader and tell a state
# anyone may be in (lexicons/en/threat.txt). Not "better not show up", "one more word
# and" or "keep talking and see": warnings whoever they are said of.
STATE_TERMS: Final[frozenset[str]] = frozenset({
    "never work again", "afraid to leave the house", "not show up at school",
    "regret saying that", "one eye open", "sleep with one eye open",
})
# Between the subject and the line: auxiliaries, the verbs the lines go with and
# adverbs ("i [was so] afraid to ...", "my cat [sleeps with] one eye open", "i [still]
# regret ...", "i [m] afraid ...", "my knee [will] never ...").
VERB_WORDS: Final[frozenset[str]] = frozenset({
    "will", "ll", "would", "d", "shall", "is", "s", "was", "am", "m", "are", "re", "were",
    "be", "been", "being", "has", "have", "had", "did", "didn", "didnt", "does", "doesn",
    "doesnt", "do", "don", "dont", "t", "can", "could", "may", "might", "must", "probably",
    "prob", "so", "too", "very", "really", "kinda", "kind", "sorta", "of", "still",
    "already", "deeply", "truly", "honestly", "always", "now", "just", "even", "also",
    "totally", "sleeps", "sleep", "slept", "sleeping", "with", "feel", "feels", "felt",
    "got", "get", "gets", "getting", "became", "become", "seems", "seemed", "better",
    "best", "gonna", "going", "should",
})
SUBJECT_REACH: Final = 5
# The writer as the subject: "i regret saying that", "we regret saying that ...".
WRITER: Final[frozenset[str]] = frozenset({"i", "we", "ive", "im", "ill", "id"})
# Someone told about, as a pronoun subject: only with a verb that tells, not one that
# promises ("she was afraid to leave the house"; "she will be afraid to leave the house"
# stays a threat).
THIRD_PARTIES: Final[frozenset[str]] = frozenset({"he", "she", "they", "it"})
TOLD: Final[frozenset[str]] = frozenset({
    "is", "s", "was", "are", "were", "has", "have", "been", "did", "didn", "didnt", "does",
    "doesn", "doesnt", "sleeps", "slept", "felt", "feels", "seems", "seemed", "became",
})
# A noun subject after one of these, over at most NOUN_REACH words ("my knee", "the old
# printer", "half the class", "these poor people"): a thing, a body part or someone
# told about. Not "your" ("your car will never work again" stays a threat).
DETERMINERS: Final[frozenset[str]] = frozenset({
    "my", "our", "his", "her", "their", "the", "this", "that", "these", "those", "a", "an",
    "mine", "ours",
})
NOUN_REACH: Final = 3
# A relative pronoun as the subject, after a word that is not the reader: the noun it
# follows is told about ("a part of society that will never work again", "anyone who
# did not show up at school").
RELATIVES: Final[frozenset[str]] = frozenset({"that", "who", "which"})
# Words that break the walk to the determiner or leave the line a threat: the reader,
# and a making verb before the subject ("i'll make the kids afraid to leave the house").
READER: Final[frozenset[str]] = frozenset({
    "you", "u", "ya", "yall", "your", "ur", "youre", "youll", "yours", "ye", "thou",
})
MAKERS: Final[frozenset[str]] = frozenset({
    "make", "makes", "made", "making", "keep", "sure", "ensure", "see", "watch", "leave",
})
# In the run before the line, a warning said of anyone stays one: "my brother better not
# show up at school", "the kid should be afraid to leave the house".
WARNINGS: Final[frozenset[str]] = frozenset({"better", "best", "gonna", "going", "should"})
# fmt: on
