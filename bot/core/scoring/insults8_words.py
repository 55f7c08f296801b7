"""Word lists for targeting_insults8.py (issue 8): the comment-section put-downs of the
insult set that name no classic insult word."""

from __future__ import annotations

from typing import Final

from bot.core.scoring.folding import fold

# Phrases that say someone knows nothing; only the reader's own ignorance is a put-down
# ("you have no idea what you're talking about"), not the writer's confusion ("I have no
# idea what you're talking about").
IGNORANCE: Final[frozenset[str]] = frozenset(
    {
        "what you re talking about",
        "what you are talking about",
        "what ur talking about",
        "know nothing about",
        "don t know the first thing about",
        "dont know the first thing about",
        "living under a rock",
    }
)
# "what you're talking about" counts only after "no idea", "no clue", "zero idea".
TALKING: Final[frozenset[str]] = frozenset(
    {"what you re talking about", "what you are talking about", "what ur talking about"}
)
NO_IDEA: Final[frozenset[str]] = frozenset({"no", "zero", "nary"})
IDEAS: Final[frozenset[str]] = frozenset({"idea", "clue", "clues", "ideas"})
READER_SUBJECTS: Final[frozenset[str]] = frozenset({"you", "u", "ya", "ye"})
# What may stand between the reader and the ignorance ("you clearly have no idea",
# "you obviously don't know the first thing").
BETWEEN_SUBJECT: Final[frozenset[str]] = frozenset(
    {
        "have", "got", "ve", "clearly", "obviously", "really", "just", "honestly",
        "simply", "apparently", "still", "truly", "seriously", "literally", "genuinely",
        "evidently", "absolutely", "has", "know", "all", "been", "re", "are",
    }
)  # fmt: skip

# The reader's age as a put-down: an opener, then a child's age or a child named, closing
# the sentence ("you must be twelve", "what are you, five?", "you sound like a ten year
# old"); "you must be 18 to enter" and "you must be new here" go on or name no child.
AGE_OPENERS: Final[frozenset[str]] = frozenset(
    {
        "you must be", "u must be", "what are you", "you sound like", "you act like",
        "you are a child", "you re a child",
        "ur a child", "you are such a child", "you re such a child",
    }
)  # fmt: skip
# Digits as written and as folded beside letters ("12 years" reads "i2 years").
CHILD_AGES: Final[frozenset[str]] = frozenset(
    {
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
    }
) | frozenset(form for age in range(5, 15) for form in (str(age), fold(str(age))))
CHILD_NOUNS: Final[frozenset[str]] = frozenset(
    {"child", "kid", "toddler", "baby", "preschooler", "kindergartener", "teenager"}
)
# Words skipped before the age: "you must be about 12", "you must be like twelve".
AGE_FILLERS: Final[frozenset[str]] = frozenset(
    {"about", "like", "a", "an", "only", "maybe", "barely", "around", "little", "spoiled"}
)
AGE_CLOSERS: Final[frozenset[str]] = frozenset({"year", "years", "yr", "yrs", "old", "at", "most"})

# The reader blamed for a harm: "you're the reason this country is going downhill",
# "people like you are the problem"; "you're the reason I smile" and "people like you
# make this site great" blame nobody.
BLAMED: Final[frozenset[str]] = frozenset(
    {
        "you re the reason",
        "you are the reason",
        "ur the reason",
        "youre the reason",  # gamechat19: the apostrophe dropped
        "u r the reason",
        "people like you",
        "ppl like you",
        "people like u",
        "people like yourself",
    }
)
HARMS: Final[frozenset[str]] = frozenset(
    {
        "problem", "problems", "wrong", "ruin", "ruins", "ruined", "ruining", "hate",
        "hates", "downhill", "destroying", "destroy", "destroyed", "can", "cant", "cannot",
        "shouldn", "shouldnt", "should", "breed", "abuse", "abusing", "worse", "sucks",
        "suck", "dying", "mess", "disgrace", "cancer", "plague", "failing", "trash",
        "garbage", "scum", "idiots", "morons", "ashamed", "embarrassment", "nice", "nobody",
        "noone", "we",
    }
)  # fmt: skip
# "can", "should", "nice" and "we" count only in their harm shapes: "can't", "should not be
# allowed", "we can't have nice things"; the rule reads them with the word after.
HARM_AFTER: Final[dict[str, frozenset[str]]] = {
    "can": frozenset({"t", "not"}),
    "should": frozenset({"not", "never"}),
    "nice": frozenset({"things"}),
    # gamechat16: a lost game is the harm ("you're the reason we lost"); "the reason we
    # met" is none
    "we": frozenset({"lost", "lose", "losing"}),
}
# fixes8b: a harm word undone by the words around it: "you're the reason i can't stop
# smiling", "you're the reason I don't hate mondays anymore".
HARM_UNDONE_AFTER: Final[dict[str, frozenset[str]]] = {
    "t": frozenset({"stop", "wait", "help"}),
    "not": frozenset({"stop", "wait", "help"}),
    "cant": frozenset({"stop", "wait", "help"}),
    "cannot": frozenset({"stop", "wait", "help"}),
}
HARM_UNDONE_BEFORE: Final[frozenset[str]] = frozenset({"t", "dont", "not", "never", "doesnt"})
# fixes8b: "people like you who hate pineapple pizza": a relative clause says which
# people; its liking or hating blames them for nothing.
RELATIVES: Final[frozenset[str]] = frozenset({"who", "that"})
TASTES: Final[frozenset[str]] = frozenset({"hate", "hates"})

# Sent back to where vermin live: "crawl back under your rock", "slither back into
# whatever hole you came from"; "crawl back into bed" names no den.
SENT_BACK: Final[frozenset[str]] = frozenset({"crawl back", "slither back", "go crawl back"})
DENS: Final[frozenset[str]] = frozenset(
    {
        "rock", "hole", "cave", "bridge", "basement", "sewer", "swamp", "gutter", "cage",
        "shell", "pit", "chamber", "trailer", "dumpster", "slime", "cesspool", "den",
    }
)  # fmt: skip
SENT_REACH: Final = 7
# fixes8b: a den the writer or a creature goes back to is no order ("i want to crawl back
# into my shell", "the snake will crawl back into its hole"): a first person before
# "crawl back", or the den the writer's or a creature's. A third person sent back under
# "his rock" is still sent.
NOT_SENT: Final[frozenset[str]] = frozenset({"i", "im", "me", "we", "ive", "id", "time"})
OWN_DENS: Final[frozenset[str]] = frozenset({"my", "our", "its"})

# A title of praise made sarcastic by "real" or "regular", said to the reader ("you're a
# real genius", "ur a regular einstein"), or a lone "what a genius" after "wow" closing
# the message ("wow, what a genius"); "she is a real genius" and "what a genius move"
# stay praise (targeting_gamechat7.py reads the titles).
TITLES: Final[frozenset[str]] = frozenset({"genius", "einstein", "sherlock"})
SARCASTIC: Final[frozenset[str]] = frozenset({"real", "regular"})
READER_COPULAS: Final[frozenset[str]] = frozenset({"re", "are", "r", "youre", "ur"})
OPENERS: Final[frozenset[str]] = frozenset({"wow", "oh", "well", "gee", "boy", "ooh"})
READERS: Final[frozenset[str]] = frozenset({"you", "u"})
# fixes8b: and help given ("you're a real genius, this hack saved me hours").
THANKS: Final[frozenset[str]] = frozenset(
    {"thank", "thanks", "thx", "ty", "love", "proud", "saved", "helped", "fixed", "worked"}
)
