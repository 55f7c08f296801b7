"""Word lists of the forum25 round (targeting_forum25.py): a commenter's wits measured by
degree ("you can't be that stupid", "you have to practice to be that dumb") and a person
named after an exclamation's name-call ("what a moron this governor is")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord21_words as d21

# fmt: off
# Lexicon words for a lack of wits (insult.txt): the degree shape reads only these.
WITS: Final[frozenset[str]] = frozenset({
    "stupid", "dumb", "ignorant", "dense", "clueless", "obtuse", "gullible", "delusional",
    "brainless", "dimwitted", "idiotic", "moronic",
})
# The degree right before the word: "be that stupid", "be this dumb", "be more stupid".
DEGREES: Final[frozenset[str]] = frozenset({"that", "this", "more"})
BE: Final = "be"
# Between the reader and "be": modals, their negations and a few adverbs ("you can't
# really be", "you'd have to be", "you have to practice to be"); no "don" or "do", so
# "you don't have to be that dumb" stays a kind word's shape.
MODALS: Final[frozenset[str]] = frozenset({
    "can", "t", "cannot", "cant", "not", "must", "really", "possibly", "honestly",
    "seriously", "actually", "truly", "surely", "have", "has", "to", "ve", "got", "d",
    "couldn", "could", "would", "need", "practice", "work", "hard", "just",
})
MODAL_REACH: Final = 5
# The reader opening the clause.
READERS: Final[frozenset[str]] = frozenset({"you", "u", "ya", "ye"})
# Words that may open the sentence before the reader or the exclamation: "wow, you
# can't be that dumb", "surely you can't", "honestly, what an idiot this guy is".
OPENERS: Final[frozenset[str]] = frozenset({
    "wow", "surely", "sir", "madam", "come", "on", "honestly", "oh", "god", "man",
    "jeez", "geez", "gosh", "lord", "boy", "but", "and", "so", "then", "well", "seriously",
    "lol", "yikes", "ugh", "dude", "bro",
})
OPENER_REACH: Final = 3
# Person-nouns that the exclamation calls someone: "what a moron", "what a tool".
NAME_CALLS: Final[frozenset[str]] = frozenset({
    "moron", "idiot", "fool", "clown", "buffoon", "loser", "hypocrite", "dumbass", "jerk",
    "coward", "a tool", "liar", "imbecile", "creep", "halfwit", "nitwit", "dunce", "twit",
    "dolt", "simpleton", "scumbag", "weasel", "crook", "fraud", "grifter", "charlatan",
    "lunatic", "nutjob", "bigot", "traitor", "disgrace", "embarrassment",
})
WHAT: Final = "what"
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})
ADJECTIVE_REACH: Final = 2  # "what an ignorant fool", "what a pathetic little fool"
# The person named after it: "this guy", "that governor" (no "he", "she": "what a loser
# he is" keeps its older clean reading).
DEMONSTRATIVES: Final[frozenset[str]] = frozenset({"this", "that"})
PEOPLE: Final[frozenset[str]] = frozenset({
    "guy", "man", "woman", "dude", "lady", "person", "fellow", "fella", "kid", "girl",
    "boy", "governor", "mayor", "senator", "president", "premier", "minister", "reporter",
    "commenter", "poster", "judge", "candidate", "leader", "politician", "congressman",
    "congresswoman", "author", "writer", "columnist", "journalist", "councillor",
    "councilman", "sheriff", "chief", "ceo", "official", "host", "pundit", "troll",
})
COPULAS: Final[frozenset[str]] = frozenset({"is", "was", "s"})
# A laugh may close the exclamation: "what a clown this guy is lol".
TAILS: Final[frozenset[str]] = frozenset({"lol", "lmao", "haha", "smh", "lmfao"})
# A kind word after it takes the sting out: "you can't be that dumb, you're the smartest
# person i know", "what a clown this guy is, love him".
KIND_AFTER: Final[frozenset[str]] = d21.KIND_AFTER | frozenset({
    "smart", "smartest", "clever", "brilliant", "bright", "wise", "sweet", "kind",
})
KIND_REACH: Final = 8
# fmt: on
