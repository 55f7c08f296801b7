"""The forum34 probe lines (issue 8): put-downs of a third person in forum and tweet
comments (a mild name-call with a copula, "too dense to" with a faculty word, an
abbreviation like "pos" said of a person), with clean lines in the same words.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    "the author is a clueless hack", "this writer is a hack and a fraud",
    "op is too dense to understand his own link", "this pos doesn't know what he's doing",
    "that lying bitch is at it again", "damn is she ugly", "what a sad little man he is",
    "the author is a hack", "this guy is a total hack", "the poster is a clown",
    "that reporter is a shameless hack", "this columnist is a fraud and a liar",
    "op is too stupid to read his own source", "he is too thick to get the joke",
    "she's too dumb to understand basic math", "the author is too ignorant to check facts",
    "this guy is too dense to see the point", "that pos is lying again",
    "the pos didn't even read the article", "this pos should be fired",
    "what a pathetic little man", "what a sad little woman she is",
    "boy is he ugly", "damn she is ugly", "man is that guy dumb",
    "the writer is an idiot", "this clown has no idea what he is talking about",
    "op is a moron", "the author is clueless", "this hack can't write",
    "that lying weasel is back", "the guy is a pathetic loser",
    "this dude is a joke", "the op is a troll and a liar", "he's a clueless hack",
)

TUNE_CLEAN: tuple[str, ...] = (
    "this article is a hack job", "the plot is too dense to follow",
    "pos system down again", "the ugly sweater contest is on friday",
    "the book is too dense to read in one sitting", "this bread is too dense to eat",
    "the pos terminal is broken", "our pos software crashed", "i need a new pos printer",
    "that is a neat hack", "this life hack saves time", "a quick hack for the build",
    "i'm too dumb to understand this paper lol", "i am a hack, i admit it",
    "i'm such a hack at drawing", "he said the author is a hack, i disagree",
    "nobody thinks the writer is a hack", "is the author a hack?",
    "the author is not a hack", "the weather is ugly today", "that was an ugly goal",
    "what a sad little song", "what a sad little town", "what a sad story",
    "the code is too dense to review", "the fog is too dense to drive",
    "damn this is good", "the author is a genius", "this writer is brilliant",
    "the material is too thick to cut", "the ending was ugly but it worked",
    "he called me a hack and i laughed",
)

TUNE_SWEARING: tuple[str, ...] = (
    "damn this thread is fire", "holy shit what a read", "fuck yeah great article",
    "this is so damn good", "shit that ending was wild", "hell yeah op nailed it",
)
