"""Word lists of the olid26 round (targeting_olid26.py): a person called a bad kind of
person with an adjective the lexicon lacks ("@USER you are a bad person", "he is a shady
man", "she is a sorry little man") and a person called a heap of filth ("you are a pile
of garbage", "he is a lying stack of trash", "you are a silly old fart")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord28_words as d28

# fmt: off
# A judging adjective the lexicon lacks before a plain word for a person: "bad person",
# "shady individual", "sorry little man". Never a bare adjective ("you are mean" may be
# "you mean"), never a role ("a mean cook", "a bad driver"), never "bad guy" (a film's part).
KIND_ADJECTIVES: Final[frozenset[str]] = frozenset({
    "bad", "mean", "shady", "toxic", "sorry", "rotten", "vindictive", "spiteful",
    "manipulative", "sleazy", "slimy", "immoral", "shallow", "dirty",
})
PERSON_NOUNS: Final[tuple[str, ...]] = (
    "person", "human", "human being", "man", "woman", "individual", "little man",
    "old man", "little woman", "old woman",
)
# Singular only, one person called it; "bad guy" is a film's part and "bad old man" no
# English; "rotten person" is an older line and stays one.
KINDS: Final[frozenset[str]] = frozenset(
    f"{adjective} {noun}"
    for adjective in KIND_ADJECTIVES
    for noun in (*PERSON_NOUNS, "guy")
    if not (adjective == "bad" and noun in ("guy", "old man", "old woman"))
) - {"rotten person"}
# A heap of filth: "pile of garbage", "heap of trash", "bag of dung"; and "old fart".
HEAP_WORDS: Final[tuple[str, ...]] = ("pile", "stack", "heap", "bag", "sack", "bucket", "lump")
# No "shit", "crap" or "poop": the heap would hide the older profanity reading of a group
# ("immigrants are a pile of shit", hatecheck15's probe).
FILTH_WORDS: Final[tuple[str, ...]] = ("garbage", "trash", "dung", "filth", "manure")
HEAPS: Final[frozenset[str]] = frozenset(
    {f"{heap} of {filth}" for heap in HEAP_WORDS for filth in FILTH_WORDS}
) | frozenset({"old fart"})
# Heaps of a filth that is an older insult word ("garbage", "trash"): outside the shape
# they keep the older rules' reading, as the word alone had it ("that guy is a walking
# bag of garbage"); the others are cancelled there ("this game is a pile of shit").
OLDER_FILTH: Final[frozenset[str]] = frozenset(
    f"{heap} of {filth}" for heap in HEAP_WORDS for filth in ("garbage", "trash")
)
OWN_TERMS: Final[frozenset[str]] = KINDS | HEAPS

# Between the being verb and the term: the article, intensifiers, and (before a heap) a
# few describing words: "you are such a bad person", "he is just a bad man", "you are
# nothing but a pile of garbage", "he is a lying stack of trash". "not", "no" and "never"
# are none of them: "he is not a bad man" is no one's.
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an", "one"})
INTENSIFIERS: Final[frozenset[str]] = frozenset({
    "such", "truly", "really", "just", "so", "very", "quite", "real", "total", "complete",
    "genuinely", "absolutely", "literally", "pretty", "seriously", "nothing", "but",
    "simply", "clearly", "obviously", "honestly", "utterly", "utter", "definitely",
    "actually", "basically", "always", "still", "also", "only",
})
HEAP_DESCRIBERS: Final[frozenset[str]] = frozenset({
    "lying", "steaming", "worthless", "useless", "stinking", "stinky", "big", "giant",
    "huge", "dirty", "filthy", "silly", "grumpy", "stupid", "miserable", "bitter",
    "cranky", "crusty", "senile", "nasty", "disgusting", "smelly", "sad", "pathetic",
    "absolute", "hot", "festering", "rotten", "old",
})
KIND_RUN: Final[frozenset[str]] = ARTICLES | INTENSIFIERS
HEAP_RUN: Final[frozenset[str]] = KIND_RUN | HEAP_DESCRIBERS
RUN_REACH: Final = 4
# The being verb with its subject: the reader ("you are", "you're", "ur", "u r") or one
# person ("he is", "she's"). Past tense ("she told me i was a pile of shit") is none.
READER_ONE: Final[frozenset[str]] = frozenset({"ur", "youre", "ure", "yur", "your"})
READER_TWO: Final[frozenset[tuple[str, str]]] = d28.READER_TWO
THIRD_ONE: Final[frozenset[str]] = frozenset({"hes", "shes"})
THIRD_TWO: Final[frozenset[tuple[str, str]]] = frozenset({
    ("he", "is"), ("she", "is"), ("he", "s"), ("she", "s"),
})
# A condition, a denial or a report before the subject in its sentence: "if you are a
# bad person", "i don't think he is a bad man", "she said he is a shady guy".
BEFORE_SUBJECT: Final[frozenset[str]] = frozenset({
    "if", "when", "whether", "unless", "not", "never", "dont", "doesnt", "didnt", "t",
    "said", "says", "say", "told", "tells", "claims", "claimed", "asked", "asks",
})
SUBJECT_REACH: Final = 4
# A kind word or a joke's mark after it: "you are a bad person jk", "...lol ily".
KIND_AFTER: Final[frozenset[str]] = d28.KIND_AFTER
KIND_REACH: Final = 8
# fmt: on
