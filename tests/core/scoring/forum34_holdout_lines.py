"""The forum34 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "the writer is a clueless hack", "this author is a hack", "the blogger is a fraud and a hack",
    "that journalist is a lazy hack", "op is a clueless clown", "the poster is a fraud",
    "this guy is a clown", "that dude is a hack", "the reviewer is a total clown",
    "op is too slow to follow his own argument", "she is too stupid to see it",
    "he's too dense to get it", "they are too dumb to read the room",
    "the author is too lazy to check a source", "this guy is too thick to understand sarcasm",
    "that pos has no clue", "this pos is lying", "the pos keeps posting garbage",
    "that pos can't spell", "this pos needs to be banned",
    "what a sad little person he is", "what a pathetic little man he is",
    "what a sad little man", "what a miserable little woman",
    "damn is he ugly", "boy is she dumb", "god is that guy stupid", "man is she ugly",
    "that lying pig is at it again", "that lying rat is back", "this lying hack again",
    "the writer is a moron", "the poster is clueless", "op is an idiot",
    "this hack doesn't know anything", "the guy is a fraud", "she's a clueless hack",
    "he is a hack and a liar", "the commenter is a joke", "this clown can't read",
)

HELD_CLEAN: tuple[str, ...] = (
    "this piece is a hack job", "the essay is too dense to enjoy", "the pos machine froze",
    "the pos update failed again", "pos terminals are down at every store",
    "the ugly christmas sweater party", "an ugly bug in the parser", "the ugly duckling story",
    "the text is too dense to skim", "the forest is too dense to walk through",
    "the soup is too thick to pour", "this cake is too dense to slice",
    "a clever hack for the router", "that hack saved my weekend", "the game hack got patched",
    "i'm too slow to follow this thread lol", "i am too dumb for calculus",
    "i'm a total hack at writing", "she said the author is a hack",
    "he called the writer a fraud, i disagree", "nobody says the poster is a fraud",
    "is op a clown?", "op is not an idiot", "the writer is not a hack",
    "what a sad little tune", "what a sad little room", "what a sad day",
    "the weather is ugly again", "the score got ugly in the second half",
    "damn this article is good", "boy is this fun", "the author is a legend",
    "the poster is brilliant", "op is right", "this writer is amazing",
    "the ending is too dense to parse", "the math is too dense to follow",
    "the wall is too thick to drill", "that was an ugly win", "my pos system is outdated",
)

HELD_SWEARING: tuple[str, ...] = (
    "damn this post is great", "holy shit op is right", "fuck that was a good read",
    "shit this thread is gold", "hell yes great write up", "this is so fucking good",
)
