"""Words of the forum23 round (issue 8): the reader's words in a thread judged stupid or
worthless, read by targeting_forum23.py.

Kept here, not in cues.txt: every cue word also becomes a known word, and the older
rules read a word no list knows as a name.
"""

from __future__ import annotations

from typing import Final

# fmt: off
# The judgements read (lexicon terms already, English and Italian): a reply's words
# called stupid, worthless or pathetic.
JUDGED: Final[frozenset[str]] = frozenset({
    "stupid", "dumb", "idiotic", "moronic", "pathetic", "worthless", "garbage", "trash",
    "retarded", "ridiculous", "braindead", "brainless", "asinine", "imbecilic",
    "stupido", "stupida", "stupidi", "stupide", "idiota", "idioti", "idiote", "ridicolo",
    "ridicola", "ridicoli", "ridicole", "patetico", "patetica", "patetici", "patetiche",
})
# Adverbs between the being verb and the judgement: "is so stupid", "is beyond dumb".
DEGREES: Final[frozenset[str]] = frozenset({
    "so", "really", "just", "completely", "utterly", "beyond", "profoundly", "totally",
    "absolutely", "truly", "pure", "simply", "incredibly", "extremely", "very", "pretty",
    "davvero", "proprio", "veramente", "totalmente", "solo",
})
BEING: Final[frozenset[str]] = frozenset({"is", "are", "was", "were", "e", "sono", "era"})
# The reader's words in the thread (never their plan, code or question: work critiqued).
SAID: Final[frozenset[str]] = frozenset({
    "comment", "comments", "post", "posts", "opinion", "opinions", "take", "takes",
    "argument", "arguments", "logic", "reasoning", "reply", "replies", "response",
    "responses", "statement", "rant", "thinking", "point",
    "commento", "commenti", "opinione", "opinioni", "ragionamento", "logica",
    "risposta", "discorso",
})
WHOLE: Final[frozenset[str]] = frozenset({"whole", "entire", "latest", "last"})
YOUR: Final[frozenset[str]] = frozenset({"your", "ur", "tuo", "tua", "tuoi", "tue"})
# The writer's own words judged: "my take was dumb, you are right" is no name-call.
MY: Final[frozenset[str]] = frozenset({"my", "mio", "mia", "miei", "mie"})
OWNERS: Final[frozenset[str]] = YOUR | MY
ENGLISH_OWNERS: Final[frozenset[str]] = frozenset({"your", "ur", "my"})
ITALIAN_ARTICLES: Final[frozenset[str]] = frozenset({"il", "la", "i", "le", "l"})
# What may open the sentence before "your": an interjection or a softener, never a
# reporting or judging clause ("i don't think your ...", "nobody said your ...").
OPENERS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "lmfao", "rofl", "wow", "yeah", "yea", "yes", "no", "nope", "sorry",
    "but", "and", "honestly", "frankly", "seriously", "bro", "dude", "man", "mate", "ok",
    "okay", "well", "tbh", "imo", "so", "jesus", "god", "sir", "buddy", "pal", "again",
    "ma", "scusa", "sinceramente", "guarda", "boh",
})
