"""Words of the precision27 round (issue 8, targeting_precision27.py): judging words in a
list said of a thing, not of the person nearby ("she stands by her stupid, racist,
moronic comments", "his dumb and lazy excuses", "they keep making dumb, lazy sequels")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring.olid5_words import THING_NOUNS as OLID5_THINGS

# fmt: off
# Judging words that run in a list before the noun they qualify ("stupid, racist,
# moronic comments", "dumb and lazy excuses"). Adjectives only: a name-call noun
# ("idiot", "moron") ends the run, and so the guard. Not the slurs ("retarded", "gay"):
# "a retarded idea" stays what the older rules read.
JUDGING: Final[frozenset[str]] = frozenset({
    "stupid", "dumb", "idiotic", "moronic", "brainless", "braindead", "mindless",
    "ignorant", "racist", "sexist", "bigoted", "hateful", "hatefull", "vile", "nasty",
    "disgusting", "lazy", "useless", "worthless", "pointless", "pathetic", "ridiculous",
    "absurd", "asinine", "inane", "silly", "foolish", "childish", "clueless", "senseless",
    "lame", "crappy", "shitty", "awful", "terrible", "horrible", "dreadful", "bad", "poor",
    "weak", "sad", "sorry", "tired", "boring", "dull", "stale", "rambling", "misleading",
    "insulting", "offensive", "annoying", "hypocritical", "dishonest", "false", "fake",
    "bogus", "delusional", "deranged", "crazy", "insane", "nutty", "paranoid",
    "irrational", "illogical", "uninformed", "misguided", "biased", "petty", "vicious",
    "spiteful", "arrogant", "smug", "condescending", "incoherent", "nonsensical", "cheap",
    "tasteless", "ugly", "obnoxious", "toxic", "cringe", "cringey", "cringy", "stoopid",
    "stupidest", "dumbest", "dumber", "stupider", "laziest", "worst", "lamest",
})
# Words that sit in such a list without judging ("the same dumb, tired narrative", "so
# stupid and so lazy"): they neither count as a judging word nor end the run.
MODIFIERS: Final[frozenset[str]] = frozenset({
    "old", "same", "usual", "typical", "latest", "new", "whole", "endless", "constant",
    "little", "long", "most", "more", "so", "very", "really", "utterly", "totally",
    "completely", "just", "incredibly", "truly", "such", "pure", "blatant", "blatantly",
    "openly", "outright",
})
# Endings that make a word an adjective in such a list ("bilious", "cretinous",
# "repugnant", "xenophobic"); "-ing" and "-ed" are left out (verbs: "he is dumb, posting
# videos").
JUDGING_ENDINGS: Final[tuple[str, ...]] = (
    "ous", "ic", "ical", "ish", "less", "ive", "ful", "able", "ible", "ant", "ent",
)
# The words that join a list ("stupid and lazy", "dumb or lazy", "dumb & lazy").
JOINS: Final[frozenset[str]] = frozenset({"and", "or", "n", "but", "yet"})
# How far the run of listed words may go from the hit to its noun, and back from it to
# the word before the list.
RUN_REACH: Final = 10
# A copula before the list makes it said of the subject ("he is stupid and lazy stuff
# like that..."): the noun after it opens a new phrase, and the guard stands down.
COPULAS: Final[frozenset[str]] = frozenset({
    "is", "are", "was", "were", "s", "re", "am", "m", "be", "been", "being", "isnt",
    "arent", "wasnt", "seems", "looks", "sounds", "acts", "act", "become", "became",
})
# A list: the hit and at least one more judging word in the run.
LIST_LEAST: Final = 2
# The things the run may end on: olid5's things a post is made of ("comments", "take",
# "policy") and more of what people make and say ("excuses", "sequels", "meme"); not the
# nouns said of a person too ("he is a pathetic, lazy excuse", "lazy, useless trash",
# "a sad joke"), nor the ones that are verbs too ("show", "lie").
THINGS: Final[frozenset[str]] = OLID5_THINGS - frozenset({"excuse"}) | frozenset({
    "stuff", "remark", "sequel", "sequels", "meme", "memes", "video", "videos", "law",
    "answer", "answers", "poll", "jokes", "rhetoric", "speech", "speeches", "headlines",
    "response", "responses", "narratives", "theories", "stories", "plans", "decisions",
    "proposal", "proposals", "views", "view", "beliefs", "belief", "lies", "movie",
    "movies", "film", "films", "shows", "song", "songs", "music", "book", "books", "ad",
    "ads", "campaign", "slogan", "slogans", "agenda", "ideology", "interview",
    "explanation", "explanations", "reviews", "review", "blog", "blogs", "page", "pages",
    "rant", "rants", "bills", "updates", "update", "patch", "patches", "design", "product",
    "products", "comparisons", "analogies", "editorial", "editorials", "column", "columns",
})
# After the thing, a word that turns it into a person ("a pathetic excuse for a father",
# "the dumb idea of a man"): the guard stands down.
PERSON_AFTER: Final[frozenset[str]] = frozenset({"for", "of"})
# A reader's word in the hit's sentence aims it at the reader ("your stupid, racist
# comments", "you post dumb, lazy takes"): the guard stands down.
READER: Final[frozenset[str]] = frozenset({
    "you", "u", "ya", "yall", "y", "your", "ur", "yours", "yourself", "yourselves", "youre",
    "thou", "ye", "yo",
})
SENTENCE_REACH: Final = 16
# fmt: on
