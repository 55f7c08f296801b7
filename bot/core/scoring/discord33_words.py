"""Word lists of the discord33 round (targeting_discord33.py): snark at the writer being
answered, a belittling comparison ("i've seen smarter comments from a toddler", "a
toddler could make a better argument") and chat's formulas ("found the guy who didn't
read the article", "tell me you didn't read it without telling me")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord28_words as d28
from bot.core.scoring import discord32_words as d32

# fmt: off
# The round's lexicon lines (insult.txt, discord33). The comparison: a better or smarter
# piece of writing ("smarter comments", "a better argument"), read only beside a child, a
# pet or a thing as its writer; never "better aim" or "better coffee" (no writing). No
# term whose index word would be a new everyday word ("better comment", "better reply",
# "better logic", "argue better" would file under "comment", "reply", "logic", "argue"):
# as index words they changed older readings ("why would your comment be stupid?",
# forum23), so only words already indexed or rare ones ("smarter", "coherent") anchor.
_COMPARATIVES: Final = ("smarter", "better", "more coherent")
_WRITINGS: Final = (
    "comment", "comments", "take", "takes", "argument", "arguments", "point", "points",
    "reply", "replies", "post", "posts", "opinion", "opinions",
)
_NEW_ANCHORS: Final = frozenset({
    "better comment", "better reply", "better replies", "better posts",
})
COMPARISONS: Final[frozenset[str]] = frozenset(
    {f"{comp} {writing}" for comp in _COMPARATIVES for writing in _WRITINGS} - _NEW_ANCHORS
)
# Chat's formulas at the writer: "found the guy who didn't read", "tell me you didn't
# read it without telling me". No "username checks out": the forum probe holds a bare
# one as an everyday comment (often a friendly joke), and a rude word beside it is read
# already ("username checks out, dumbass").
FOUNDS: Final[frozenset[str]] = frozenset(
    f"found the {who} who" for who in ("guy", "person", "one", "dude", "kid", "people")
)
WITHOUTS: Final[frozenset[str]] = frozenset({"without telling me", "without telling us"})
OWN_TERMS: Final[frozenset[str]] = COMPARISONS | FOUNDS | WITHOUTS

# The comparison's writer: a child, a pet or a thing; "my (little) sister", "a 5 year
# old", "my 4 year old niece".
CREATURES: Final[frozenset[str]] = frozenset({
    "toddler", "toddlers", "baby", "babies", "kindergartener", "kindergartner",
    "kindergarteners", "preschooler", "preschoolers", "infant", "dog", "cat", "hamster",
    "goldfish", "parrot", "potato", "rock", "brick", "chimp", "monkey", "chimpanzee",
    "child", "kid",
})
KIN: Final[frozenset[str]] = frozenset({
    "sister", "brother", "niece", "nephew", "son", "daughter", "cousin", "kid", "kids",
    "sis", "bro",
})
DETERMINERS: Final[frozenset[str]] = frozenset({"a", "an", "my"})
EVEN: Final = "even"
LITTLE: Final[frozenset[str]] = frozenset({"little", "lil", "baby"})
NUMBER_WORDS: Final[frozenset[str]] = frozenset({
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
})
YEARS: Final[frozenset[str]] = frozenset({"year", "yr", "years", "yrs"})
OLD: Final = "old"
# "i've seen smarter comments from ...": the writer's own seeing, reading or hearing.
SEEN: Final[frozenset[str]] = frozenset({"seen", "read", "heard"})
WRITER_ONE: Final[frozenset[str]] = frozenset({"ive", "i"})
WRITER_TWO: Final[frozenset[tuple[str, str]]] = frozenset({
    ("i", "ve"), ("i", "have"), ("i", "had"),
})
FROM: Final = "from"
# "a toddler could make a better argument": the modal and the making before the term.
MODALS: Final[frozenset[str]] = frozenset({"could", "can", "would", "couldve"})
MAKINGS: Final[frozenset[str]] = frozenset({
    "make", "write", "form", "give", "post", "type", "have", "argue", "up", "with", "come",
    "a", "an", "way", "much", "even",
})
MAKING_REACH: Final = 4
# After the comparison: "than" and what is compared ("than this", "than you"), then tags.
THAN: Final = "than"
COMPARED: Final[frozenset[str]] = frozenset({
    "this", "that", "you", "u", "yours", "urs", "ur", "your", "one",
    "op", "him", "her", "them", "it",
})
# Tags and openers of chat, allowed around a formula to the sentence's end.
TAGS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "lmfao", "tbh", "ngl", "fr", "honestly", "bro", "bruh", "dude", "smh",
    "man", "tho", "though", "lmaoo", "lul", "kek", "haha", "hah", "ha", "xd", "again",
    "as", "usual", "yep", "yup", "ok", "okay", "buddy", "pal",
})
TAG_REACH: Final = 6
OPENERS: Final[frozenset[str]] = d32.OPENERS | frozenset({
    "ah", "yes", "yep", "yup", "wow", "well", "oh", "honestly", "seen", "ngl", "tbh", "and",
    "ahh", "aah", "welp", "ahh yes", "oof", "look", "lmao", "lol",
})
OPENER_REACH: Final = 3
# "found the guy who didn't read the article": a denial, then a verb of taking in.
NEGATIONS: Final[frozenset[str]] = frozenset({
    "didnt", "never", "cant", "cannot", "couldnt", "doesnt", "dont", "wont", "hasnt", "not",
})
# The same with the apostrophe: "didn't" reads as "didn", "t".
NEGATION_STEMS: Final[frozenset[str]] = frozenset({
    "didn", "can", "couldn", "doesn", "don", "won", "hasn",
})
APOSTROPHE_T: Final = "t"
READ_VERBS: Final[frozenset[str]] = frozenset({
    "read", "watch", "watched", "listen", "look", "open", "opened", "check", "checked",
    "understand", "get", "click", "finish", "finished",
})
NEG_REACH: Final = 3
# "tell me you didn't read it without telling me", "tell me you're 12 without ...".
TELL: Final = "tell"
ME: Final[frozenset[str]] = frozenset({"me", "us"})
READERS: Final[frozenset[str]] = frozenset({"you", "u", "ya", "ur", "youre", "ure"})
BEING: Final[frozenset[str]] = frozenset({"re", "r", "are", "ve", "have"})
TELL_REACH: Final = 10
# A kind word after the term: "found the guy who didnt read it lol love u".
KIND_AFTER: Final[frozenset[str]] = d32.KIND_AFTER | d28.KIND_AFTER | frozenset({
    "nice", "love", "lovely", "great", "cool", "awesome", "perfect", "best",
})
KIND_REACH: Final = 10
# fmt: on
