"""Words of the olid33 round (issue 8, targeting_olid33.py): a person called a bigot
outright ("he is a racist", "she is such a fascist", "trump is a fascist")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum4_words

# fmt: off
# The bigot words (en/insult.txt, all in cues.txt's [accusation] list) read here: said of a
# person they call the person a bigot. The plurals stay the group rules' ("cops are
# racists"), which older rounds read as an accusation.
BIGOTS: Final[frozenset[str]] = frozenset({
    "racist", "bigot", "bigoted", "fascist", "nazi", "sexist", "misogynist",
})
# The person: a pronoun ("he is", "she's", "hes"), or a name the older rules find.
PRONOUNS: Final[frozenset[str]] = frozenset({"he", "she"})
JOINED: Final[frozenset[str]] = frozenset({"hes", "shes"})  # "hes a racist"
# Present tense only: "he was a nazi" may be history.
COPULAS: Final[frozenset[str]] = frozenset({"is", "s"})
NAME_REACH: Final[int] = 3  # words of a name before the copula: "nancy pelosi is"
# Between the copula and the bigot word: articles and words that make the call plainer
# ("is a total racist", "is such a bigot", "is literally a nazi", "is so racist"). Not
# "more" ("he is more racist than ..." compares), nor "not", "no", "never", "anti".
BETWEEN: Final[frozenset[str]] = frozenset({
    "a", "an", "the", "such", "so", "total", "complete", "absolute", "utter", "real",
    "known", "blatant", "raging", "literal", "literally", "just", "also", "clearly",
    "obviously", "definitely", "certainly", "straight", "up", "outright", "open", "proud",
    "full", "blown", "biggest", "massive", "huge", "typical", "true", "pure", "proven",
    "actual", "another", "damn", "fucking", "freaking", "still", "always", "really",
    "truly", "very", "fr", "basically", "simply", "nothing", "but",
})
BETWEEN_REACH: Final[int] = 4
# After the bigot word to the clause's end: chat's tails, "and" (more said of the person:
# "a racist and a liar", "a racist and everyone knows it"), a time ("then", "now").
TAILS: Final[frozenset[str]] = frozenset({
    "and", "lol", "lmao", "smh", "af", "too", "here", "now", "then", "period", "tbh",
    "honestly", "fr", "again", "also", "though", "tho", "anyway", "ffs", "imo", "obviously",
})
# A person noun after the word, maybe after one adjective: "a misogynist pig", "a bigoted
# old man"; the clause must close after it.
PEOPLE_REACH: Final[int] = 2
# Before the person, back to the sentence's start: the call is denied, doubted, asked,
# reported or conditional ("nobody said he is a racist", "i dont think she is a fascist",
# "i doubt he is a racist", "if he is a racist, show me", "people say he is a fascist");
# "i think he is a racist" still says it.
UNSAID: Final[frozenset[str]] = forum4_words.UNSAID | frozenset({
    "doubt", "unless", "when", "nobody", "neither", "nor", "isnt", "wasnt", "accused",
    "accuse", "accusing", "accuses", "whoever", "anyone", "cant", "cannot", "doesnt",
    "didnt", "hope", "wish", "why", "how", "asking", "ask", "asked", "suggest",
    "suggesting", "implying", "imply",
})
# fmt: on
