"""Words of the olid10 round (issue 8, thirteenth session): a person called a villain's
noun ("she is a murderer", "he's a dictator") and a person noun judged by an adjective
that is no insult alone ("he is a sad little man", "you are a crazy person"). Read by
targeting_olid10.py; the terms themselves are insult.txt's olid10 lines (a test checks
each term here is a lexicon line)."""

from __future__ import annotations

from itertools import product
from typing import Final

from bot.core.scoring import olid5_words

# fmt: off
# A villain's or criminal's noun: news and stories name them ("the murderer was caught",
# "he played a dictator"), so each counts only said of a person by a copula.
# "a murderer" with its article: "murderer" alone would take the typo "murderr" from the
# threat's "murder" ("I'm going to MURDERR you", spelling7's probe).
VILLAINS: Final[frozenset[str]] = frozenset({
    "a murderer", "murderers", "dictator", "tyrant", "tyrants", "demon", "predator",
    "abuser", "abusers", "sleazeball", "lapdog", "madman", "war criminal",
})  # not "predators": a cue said of a group (hatecheck15, "trans women are predators")
# The plurals count only said of "they" or the reader ("they are murderers"): a plural
# name is a species or a trade as often ("cats are murderers of birds", "kings were tyrants").
PLURALS: Final[frozenset[str]] = frozenset({"murderers", "tyrants", "abusers"})
PLURAL_SUBJECTS: Final[frozenset[str]] = frozenset({
    "they", "theyre", "you", "yall", "u", "youre", "ur",
})
# Older terms read again in the same shape: "terrorist" counts only of a group
# (hatecheck12) and "sellout" below the threshold when said of "he".
OLDER: Final[frozenset[str]] = frozenset({"terrorist", "sellout"})
# Adjectives that judge only a person noun after them ("a crazy person", "a sad little
# man"); "crazy good", "a sick shot", "a sad day" are no insult, so the lexicon holds
# them only with the noun.
JUDGING: Final = ("crazy", "sick", "sad", "twisted", "weak", "godless")
# Not "individual": the phrase would make it an index word (see CRAZED_GROUPS).
PEOPLE: Final = ("man", "woman", "person", "lady", "human being")
ELDERS: Final = ("little", "old")  # "a sad little man", "a crazy old lady"
ELDER_PEOPLE: Final = ("man", "woman", "lady")
JUDGED: Final[frozenset[str]] = frozenset(
    {f"{adjective} {person}" for adjective, person in product(JUDGING, PEOPLE)}
    | {
        f"{adjective} {elder} {person}"
        for adjective, elder, person in product(JUDGING, ELDERS, ELDER_PEOPLE)
    }
)
# A judged person is one of a kind: "a crazy person", "one sick man", "such a sad
# woman"; without the article it is a vocative or a cry ("you're crazy man!").
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an", "one"})
ARTICLE_REACH: Final = 3
SICK: Final = "sick"
# After "sick ...": care for the ill ("he is a sick man, pray for him").
CARE: Final[frozenset[str]] = frozenset({
    "pray", "prayers", "praying", "hospital", "recover", "recovery", "well", "cancer",
    "doctor", "doctors", "surgery", "chemo", "illness", "ill", "treatment", "care",
})
# Before the noun, after the article: what kind of villain ("a child predator", "a
# serial abuser", "a domestic terrorist", "a wannabe dictator").
MODIFIERS: Final[frozenset[str]] = frozenset({
    "child", "serial", "domestic", "wannabe", "mass", "sexual", "petty", "cold",
    "blooded", "evil", "vile", "corrupt", "lying", "complete", "total", "little",
})
MODIFIER_REACH: Final = 2
# After the noun, before the copula: the exclamation's subject ("what a sad person you
# are", "what a tyrant he is").
EXCLAIMED: Final[frozenset[str]] = olid5_words.EXCLAIMED
EXCLAIMED_VERBS: Final[frozenset[str]] = frozenset({"are", "is", "r"})
# A political group called crazy by the word before it ("crazy liberals", "demonic
# democrats"); olid8 left "godless liberals" to OLID's split readers, and these words
# judge the group's mind, not its faith. "looney" is left out: OLID's readers take
# "credible only to looney liberals" as no offence.
CRAZED: Final = ("crazy", "demonic")
CRAZED_PLURALS: Final = (
    "liberals", "libs", "democrats", "dems", "leftists", "lefties", "conservatives",
    "republicans",
)
# Plurals only: a singular ("crazy liberal") would make "liberal", "democrat" words of
# the lexicon's index, read by every rule that asks whether a word is ours (a name is
# not), and send every tweet with them down the slow path.
CRAZED_GROUPS: Final[frozenset[str]] = frozenset(
    f"{word} {group}" for word, group in product(CRAZED, CRAZED_PLURALS)
)
# fmt: on
# review14: the writer one of the group ("i'm one of those crazy liberals lol"): "one of"
# and a pointer before the phrase, a first person before them in the clause.
ONE_OF_POINTERS: Final = frozenset({"those", "these", "the", "them", "us"})
WRITER: Final = frozenset({"i", "im", "me", "we", "were"})
