"""Word lists of the forum26 round (targeting_forum26.py): a verdict on the commenter
through their words ("sounds like something a loser would say", "that's exactly what a
troll would say", "said every moron ever")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The article before the insult: "something a loser", "what an idiot".
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})
# Words between the article and the insult: "something a total moron would say".
QUALIFIERS: Final[frozenset[str]] = frozenset({
    "true", "total", "complete", "real", "typical", "literal", "absolute", "genuine",
    "certified", "braindead", "stupid", "brainless",
})
QUALIFIER_REACH: Final = 2
# What the writer's words are likened to: "something a loser would say", "exactly what a
# troll would say", "the kind of thing a moron would post".
LIKENED: Final[frozenset[str]] = frozenset({"something", "what", "thing", "stuff"})
WHAT: Final = "what"
# A person after an insulting adjective: "something a stupid person would say".
PEOPLE: Final[frozenset[str]] = frozenset({"person", "guy", "man", "dude", "kid", "woman"})
# The modal after the insult: "would say", "'d say" (split "d").
MODALS: Final[frozenset[str]] = frozenset({"would", "d", "might", "could"})
# What the likened person does with words: "would say", "would post", "wrote".
SAYING: Final[frozenset[str]] = frozenset({
    "say", "write", "post", "type", "tweet", "comment", "think", "believe", "argue",
    "claim", "spout", "upvote",
})
SAID: Final[frozenset[str]] = frozenset({
    "said", "says", "wrote", "writes", "posted", "posts", "typed", "types", "tweeted",
    "thinks", "believes",
})
# "said every loser ever": the saying verb before "every", "ever" after the insult.
SAID_EVERY: Final[frozenset[str]] = frozenset({"said", "says"})
EVERY: Final = "every"
EVER: Final = "ever"
# Openers before "said every ... ever" opening its sentence: "lol said every troll ever".
OPENERS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "lmfao", "yeah", "yep", "ok", "okay", "sure", "ah", "ahh", "yes", "oh",
    "k", "haha", "ha",
})
OPENER_REACH: Final = 2
# The writer's own words or a denial before the likening in its sentence: "i said
# something a loser would say", "that doesn't sound like something a moron would say".
SELF_OR_DENIED: Final[frozenset[str]] = frozenset({
    "i", "im", "me", "my", "myself", "we", "our", "not", "t", "dont", "doesnt", "isnt",
    "never", "nothing", "no",
})
SENTENCE_REACH: Final = 12
# fmt: on

# fmt: off
# "Seek help" told to the commenter as a put-down ("yikes, seek help", "seek help for your
# delusions"): the round's lexicon lines (insult.txt, forum26), read only in the
# put-down's shape; elsewhere cancelled ("please seek help if you feel unsafe").
HELP_TERMS: Final[frozenset[str]] = frozenset({
    "seek help", "seek therapy", "get therapy",
})
# Before the order, opening its sentence: "yikes, seek help", "bro just seek help".
HELP_OPENERS: Final[frozenset[str]] = frozenset({
    "yikes", "bro", "bruh", "dude", "lol", "lmao", "lmfao", "wow", "jeez", "jesus", "man",
    "just", "go", "please", "pls", "plz", "seriously", "omg", "ok", "okay", "mate", "sir",
    "jfc", "smh", "oof", "ew", "eww", "yeah", "and", "really", "honestly", "maybe",
})
HELP_OPENER_REACH: Final = 3
# The marks of mockery, before or after the order: "yikes, seek help", "seek help lmao".
MOCKING: Final[frozenset[str]] = frozenset({
    "yikes", "bro", "bruh", "dude", "lol", "lmao", "lmfao", "wow", "jeez", "jesus", "jfc",
    "smh", "oof", "ew", "eww", "seriously", "mate", "sir", "weirdo", "freak", "creep",
    "asap", "immediately", "lunatic", "psycho", "clown", "loser", "nutjob", "kook",
})
# Tags that may follow the order to its sentence's end: "seek help lmao", "get therapy
# bro", "seek help asap".
HELP_TAGS: Final[frozenset[str]] = MOCKING | frozenset({
    "please", "pls", "plz", "man", "honestly", "fr", "now", "already", "lmfaooo", "haha",
    "ha", "xd", "dawg", "buddy", "pal", "dear", "hun", "son", "kid", "seriously",
})
HELP_TAIL_REACH: Final = 4
# What the order mocks: "seek help for your delusions", "get therapy for your hate".
FOR: Final = "for"
YOUR: Final[frozenset[str]] = frozenset({"your", "ur", "yer"})
RIDICULED: Final[frozenset[str]] = frozenset({
    "delusions", "delusion", "stupidity", "hate", "hatred", "paranoia", "obsession", "tds",
    "derangement", "ignorance", "insanity", "rage", "lunacy", "bigotry", "racism",
    "narcissism", "delusional",
})
# Care anywhere in the message: the order meant kindly ("if you're struggling please
# seek help, you matter", "seek help if you feel unsafe").
CARE: Final[frozenset[str]] = frozenset({
    "if", "matter", "matters", "care", "love", "support", "deserve", "struggling", "hope",
    "hugs", "safe", "unsafe", "alone", "feel", "feeling", "anxiety", "depression",
    "depressed", "counselor", "counsellor", "therapist", "proud", "brave", "sorry",
    "worried", "shame", "okay", "hotline", "helpline", "crisis", "suicidal", "grief",
    "addiction", "friend", "friends", "family", "doctor", "gp", "luck", "hard",
})
# fmt: on

OWN_TERMS: Final[frozenset[str]] = HELP_TERMS
