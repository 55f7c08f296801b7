"""Words of the olid9 round (issue 8): the reader's views dismissed with a profane "who
gives a shit what you think", and "desperate" said of the reader or a political group.
Read by targeting_olid9.py; the phrases themselves are exclusion.txt's and insult.txt's
olid9 lines."""

from __future__ import annotations

from itertools import product
from typing import Final

# "gives a shit what you", "give a flying fuck about your": exclusion.txt's olid9 lines,
# spelled out there one a line; this set is built the same way so the two agree (a test
# checks each term is a lexicon line).
GIVE_VERBS: Final = ("give", "gives")
GIVE_WHATS: Final = (
    "a shit", "a fuck", "a damn", "a crap", "a flying fuck", "a rats ass", "a rat s ass",
    "two shits",
)  # fmt: skip
GIVE_TAILS: Final = ("what you", "about your", "about you")
GIVEN: Final[frozenset[str]] = frozenset(
    f"{verb} {what} {tail}" for verb, what, tail in product(GIVE_VERBS, GIVE_WHATS, GIVE_TAILS)
)
# Text-speak that carries its own "i don't care" ("idgaf what you think").
CARELESS: Final[frozenset[str]] = frozenset({
    "idgaf what you", "idgaf about your", "idgaf about you", "idc what you think",
    "idc about your opinion", "idc about your opinions", "the fuck cares what you",
})  # fmt: skip
# Right before "give(s)": the word that makes it a dismissal ("who gives", "nobody
# gives", "no one gives", "i don't give", "couldn't give", "i could not give").
DISMISSERS: Final = frozenset({
    "who", "nobody", "noone", "dont", "doesnt", "didnt", "couldnt", "cant", "wont",
    "not", "never", "t",
})  # fmt: skip
# "no one gives": "one" dismisses only after "no".
NO_ONE: Final = ("no", "one")
# Between the dismisser and "give(s)": "who even gives", "nobody really gives".
GIVE_FILLERS: Final = frozenset({
    "even", "really", "actually", "literally", "honestly", "truly", "else", "here",
    "fucking", "tf", "the", "fuck", "hell", "could", "would",
})  # fmt: skip
GIVE_REACH: Final = 4

# "desperate": exclusion of nothing, an insult only said of the reader or of a political
# group as a character ("you are so desperate", "democrats are getting desperate", "how
# desperate are you", "desperate much?", "desperate dems").
DESPERATE: Final = "desperate"
# Between the subject's verb and "desperate": "are so desperate", "are getting desperate".
DESPERATE_BRIDGE: Final = frozenset({
    "so", "soo", "sooo", "soooo", "really", "very", "truly", "totally", "just", "too",
    "getting", "becoming", "pretty", "clearly", "obviously", "increasingly", "more",
    "extremely", "incredibly", "fucking", "sad", "and", "this", "that", "damn", "kinda",
})  # fmt: skip
# The verb before it: a copula, or a look ("you sound desperate", "you seem desperate").
DESPERATE_VERBS: Final = frozenset({
    "is", "are", "re", "r", "s", "sound", "sounds", "seem", "seems", "look", "looks",
    "be", "am", "get", "got", "getting", "been",
})  # fmt: skip
# A reader spelled as subject and verb at once ("youre desperate", "your desperate").
READER_FUSED: Final = frozenset({"youre", "ur", "your", "ure", "yall"})
READER_SUBJECTS: Final = frozenset({"you", "u", "ya", "yall", "y"})
# After it: a want that is no character ("desperate for rain", "desperate to win"),
# unless the want is for notice ("desperate for attention").
DESPERATE_NEEDS: Final = frozenset({"for", "to", "times", "measures", "housewives", "need"})
NOTICE: Final = frozenset({
    "attention", "validation", "relevance", "likes", "clicks", "followers", "votes",
    "power", "approval", "sympathy",
})  # fmt: skip
# After "how desperate": the verb that asks of the subject ("how desperate are you").
HOW_VERBS: Final = frozenset({"are", "is", "can", "must", "r"})

# Words of the negation family that the older report list holds: here they are the
# dismissal itself ("i don't give a shit what you think"), or stop the walk to the
# subject ("you are not desperate"); "seem" is a look ("you seem desperate"), "even"
# a stress ("who even gives a shit").
NOT_REPORTS: Final = frozenset({
    "not", "dont", "doesnt", "didnt", "never", "nobody", "no", "isnt", "arent", "wasnt",
    "don", "didn", "doesn", "isn", "aren", "wasn", "t", "seem", "seems", "even",
})  # fmt: skip
