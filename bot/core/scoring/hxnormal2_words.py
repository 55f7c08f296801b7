"""Words of the hxnormal2 round (issue 8, targeting_hxnormal2.py): an identity slur used as
the modifier of a noun of speech names the words someone said, not the people ("his
towelhead comments", "the tranny slur", "her kike remarks", "stop with the spic jokes")."""

from __future__ import annotations

from typing import Final

# fmt: off
# Nouns of things said or shown, right after the slur: what the slur describes is words.
# Not "talk", "language", "lies", "stereotypes", "propaganda": "kike lies", "the kike
# stereotypes i follow" say something of the group.
SPEECH_NOUNS: Final[frozenset[str]] = frozenset({
    "comment", "comments", "remark", "remarks", "joke", "jokes", "trope", "tropes",
    "slur", "slurs", "jibe", "jibes", "taunt", "taunts", "tweet", "tweets", "rant",
    "rants", "chant", "chants", "chanting", "meme", "memes", "quip", "quips", "insult",
    "insults", "graffiti",
})
# The writer enjoying the words keeps the slur aimed: "i love paki jokes", "that chink
# joke was hilarious", "tell me your best spic joke".
APPROVAL: Final[frozenset[str]] = frozenset({
    "love", "loved", "loves", "like", "liked", "likes", "enjoy", "enjoyed", "enjoys",
    "funny", "funniest", "hilarious", "best", "favourite", "favorite", "fav", "great",
    "good", "classic", "based", "lol", "lmao", "lmfao", "haha", "hahaha", "more",
    "true", "agree", "agreed", "correct",
})
# Hostile words before the slur that no single-word hit lists ("filthy" is read only
# with a person after it): "filthy paki comments" stays aimed.
HOSTILE_LEADS: Final[frozenset[str]] = frozenset({
    "filthy", "dirty", "stinking", "stinky", "smelly", "greasy", "nasty", "disgusting",
    "vile", "damn", "goddamn", "bloody",
})
# A negation just before an approving word turns it: "they are not funny".
DENIALS: Final[frozenset[str]] = frozenset({"not", "never", "no", "nt", "isnt", "arent"})
DENIAL_REACH: Final[int] = 2
# The words looked at for approval, either side of the slur within its sentence.
APPROVAL_REACH: Final[int] = 8
# The writer owning the words before the slur keeps it aimed: "sorry about the nigger
# comment", "did i trigger you with the spic comment"; "my" right before it: "my paki
# jokes" (never "my uncle thinks raghead jokes are harmless").
OWNERS: Final[frozenset[str]] = frozenset({"i", "im", "sorry"})
MY: Final[frozenset[str]] = frozenset({"my"})
# A slur before these names who made it as often as the word ("nazi was a kike slur"):
# only "the", "that" or "this" before it says the word is meant ("the tranny slur").
MADE_BY_NOUNS: Final[frozenset[str]] = frozenset({"slur", "slurs", "insult", "insults"})
THE_WORD: Final[frozenset[str]] = frozenset({"the", "that", "this"})
# fmt: on
