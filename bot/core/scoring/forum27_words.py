"""Word lists of the forum27 round (targeting_forum27.py): a superlative put-down of the
comment being answered ("this is the dumbest take i've read all week", "worst argument on
this sub", "stupidest post i have ever seen")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord31_words as d31

# fmt: off
# No lexicon lines of its own: "worst take" would make "comment", "reply" and the like
# index words, which changed older readings ("why would your comment be stupid?").
# Older superlatives read in the shape only, before a commenter's word ("dumbest take",
# "worst argument", "the worst opinion");
# elsewhere their older readings stand ("the dumbest trade of the year").
OLD_SUPERLATIVES: Final[frozenset[str]] = frozenset({
    "dumbest", "stupidest", "worst", "the worst",
})
# Older adjectives read as superlatives after "most" ("the most idiotic post").
OLD_MOSTS: Final[frozenset[str]] = frozenset({"idiotic", "ignorant"})
MOST: Final = "most"
OLD_TERMS: Final[frozenset[str]] = OLD_SUPERLATIVES | OLD_MOSTS
# What a commenter wrote, right after an older superlative: "dumbest take".
WRITINGS: Final[frozenset[str]] = frozenset({
    "take", "takes", "comment", "comments", "argument", "arguments", "opinion", "opinions",
    "post", "posts", "reply", "replies", "response", "rebuttal", "logic",
})
# "thing" counts only when read or heard and the reply's word names it before: "your
# comment is the dumbest thing i've read all day", not "the dumbest thing i've ever done"
# nor insprec's "this is the dumbest thing I've read all week" (said of a text).
THING: Final = "thing"
THING_VERBS: Final[frozenset[str]] = frozenset({"read", "heard"})
# After the words: the reader's, the page's or the week's measure of them.
EVER: Final[frozenset[str]] = frozenset({"ever", "yet"})
READ_VERBS: Final[frozenset[str]] = frozenset({"read", "seen", "heard", "saw", "encountered"})
PLACES: Final[frozenset[str]] = frozenset({
    "sub", "subreddit", "thread", "page", "site", "forum", "internet", "reddit", "board",
    "here", "comments", "platform",
})
TIMES: Final[frozenset[str]] = frozenset({
    "today", "tonight", "day", "week", "weekend", "month", "year", "decade", "morning",
    "century", "while",
})
CUE_REACH: Final = 7
# A first-person clause after the words tells whose they are: "i've read" (the reader's
# words measured) against "i ever posted", "i've done" (the writer's own).
FIRST_PERSON: Final[frozenset[str]] = frozenset({"i", "ive", "we", "weve"})
# Someone else's measure: "the dumbest take he'd read", "the worst argument she had heard".
THIRD_PERSON: Final[frozenset[str]] = frozenset({"he", "she", "they", "hes", "shes"})
# Between the subject and its verb: "i've (literally) ever read", "i have seen".
AUXILIARIES: Final[frozenset[str]] = frozenset({
    "ve", "have", "had", "d", "ever", "literally", "probably", "honestly", "actually",
    "just", "genuinely", "truly", "personally", "seriously",
})
# Whose words: an owner right before the superlative ("my dumbest take", "trump's
# dumbest post") makes them no reply's.
OWNERS: Final[frozenset[str]] = frozenset({
    "my", "our", "his", "her", "their", "its", "s", "mine", "me",
})
# Denied, called or said by someone before: "not the dumbest idea", "far from the worst
# take", "she called it the stupidest argument".
BEFORE_CANCELS: Final[frozenset[str]] = frozenset({
    "not", "isn", "isnt", "wasn", "wasnt", "nowhere", "hardly", "said", "says",
    "called", "calls", "told", "tells", "thinks", "thought", "named",
})
BEFORE_REACH: Final = 6
# The writer's own doing before: "i posted the worst take ever", "i made the dumbest
# comment ever" (a first-person word earlier in the sentence, then one of these).
OWN_DOINGS: Final[frozenset[str]] = frozenset({
    "posted", "made", "wrote", "typed", "said", "make", "post", "write", "had", "left",
    "gave", "dropped",
})
# "far from the worst take" (but "by far the dumbest argument" is no denial).
FAR_FROM: Final[tuple[str, str]] = ("far", "from")
# A kind word after: "... it's actually smart".
KIND_AFTER: Final[frozenset[str]] = d31.KIND_AFTER | frozenset({
    "smart", "clever", "brilliant", "fair", "valid",
})
KIND_REACH: Final = 10
# fmt: on
