"""Word lists of the olid29 round (targeting_olid29.py): the reader, one person or a camp
called a scornful political label the lexicon lacked ("@USER you are a dupe", "Flake is
a RINO", "she is a complete loon", "liberals are lemmings", "what a crackpot")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid22_words as o22
from bot.core.scoring import olid27_words as o27

# fmt: off
# The round's lexicon lines (en/insult.txt, olid29), one person's labels. No "cry baby"
# (an older choice: toxic_spans' "like a damn cry baby"), no "has been" or "lame duck"
# (a verb and an office's plain word), no "nut" or "bot" (a food and a program), no
# "mouth piece" (two everyday words); "a mouthpiece for" stays the older line.
LABELS: Final[frozenset[str]] = frozenset({
    "dupe", "mouthpiece", "rino", "soy boy", "lemming", "loon", "kook", "crackpot",
    "swamp creature", "swamp rat", "wing nut",
})
# The same labels for a camp, after "are": "liberals are lemmings", "Dems are kooks".
PLURAL_LABELS: Final[frozenset[str]] = frozenset({
    "dupes", "mouthpieces", "soy boys", "lemmings", "loons", "kooks", "crackpots",
    "swamp creatures", "swamp rats", "wing nuts",
})
OWN_TERMS: Final[frozenset[str]] = LABELS | PLURAL_LABELS
# The article before one person's label ("a dupe", "one big loon").
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an", "one"})
# Between the article and the label, or between "you" and it: the label made worse or
# given a side ("a total crackpot", "a right wing dupe", "a party mouthpiece", "one big
# loon", "you absolute kook"). Never "not", "no" or a kind word.
DESCRIBERS: Final[frozenset[str]] = frozenset({
    "total", "complete", "absolute", "utter", "real", "big", "typical", "right", "left",
    "wing", "media", "party", "leftist", "liberal", "democrat", "gop", "establishment",
    "deep", "state", "little", "old", "crazy", "stupid", "pathetic", "sad", "bloody",
    "fucking", "damn", "useful", "classic", "certified", "raving", "mindless", "brainless",
    "gullible", "spineless", "sorry", "lying", "dumb", "paid", "willing",
})
DESCRIBER_REACH: Final = 2
# Between the copula and the article or the plural: "is such a loon", "is nothing but a
# dupe", "are just mouthpieces", "are all kooks".
BEFORE_ARTICLE: Final[frozenset[str]] = o22.BEFORE_ARTICLE | frozenset({"all", "total"})
# The being verbs before the label ("he's", "they're" split; no "am": the writer's).
COPULAS: Final[frozenset[str]] = o22.COPULAS
# The reader with the copula in one word opening the sentence: "ur a total crackpot".
READER_COPULAS: Final[frozenset[str]] = o22.READER_COPULAS | frozenset({"your"})
# The reader before the copula or the vocative label: "you are a kook", "you loon".
READERS: Final[frozenset[str]] = frozenset({"you", "u", "ya", "yall"})
# After the reader, the readers as a crowd: "you guys are loons", "you people are dupes".
READER_CROWDS: Final[frozenset[str]] = frozenset({"guys", "people", "lot", "folks", "all"})
# Before the reader opening the sentence, a word that opens a retort: "Man you are such
# a lemming", "honestly you are a lemming".
OPENERS: Final[frozenset[str]] = o27.OPENERS
# After the label, words that keep it the clause's verdict: "a RINO and always has
# been", "a crackpot and always were"; any other word goes on ("a dupe for the expensive
# one", "a crackpot scheme").
TAILS: Final[frozenset[str]] = o27.TAILS
# Before the sentence's subject, a word that reports, hedges or makes it a condition
# ("she said he is a loon", "if you are a dupe").
REPORTED: Final[frozenset[str]] = o27.REPORTED
REPORT_REACH: Final = 8
# "what a loon" exclaimed at a reply.
WHAT: Final = "what"
# Before a vocative "you": a fond or thankful word ("thank you", "love you") makes the
# "you" its object.
FOND_BEFORE: Final[frozenset[str]] = frozenset({
    "thank", "thanks", "love", "miss", "luv", "ily", "bless", "adore", "hug",
})
# After the label, a kind word turns it fond ("you loon, love you").
KIND_AFTER: Final[frozenset[str]] = frozenset({
    "love", "ily", "luv", "adore", "cute", "sweet", "bless", "hug", "hugs", "xo", "xx",
})
KIND_REACH: Final = 6
# fmt: on
