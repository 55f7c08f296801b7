"""Words of the discord17 round (issue 8): Discord chat shapes read by
targeting_discord17.py."""

from __future__ import annotations

from typing import Final

# fmt: off
# "kys is never a joke", "kys isnt funny", "ammazzati non è uno scherzo": the phrase is the
# subject of the writer's judgement. A copula right after the phrase (or after one noun
# naming its use: "kys jokes arent funny"), a few fillers, then a judging word.
USE_NOUNS: Final[frozenset[str]] = frozenset({
    "joke", "jokes", "comment", "comments", "stuff", "talk", "thing", "things", "memes",
})
COPULAS: Final[frozenset[str]] = frozenset({
    "is", "isn", "isnt", "was", "wasn", "wasnt", "are", "aren", "arent", "ain", "aint", "e",
})
NEGATOR: Final = "non"  # Italian's negation comes before the copula
JUDGE_FILLERS: Final[frozenset[str]] = frozenset({
    "t", "not", "never", "really", "so", "even", "ever", "a", "an", "just", "literally", "such",
    "non", "mai", "uno", "una", "un", "per", "niente", "nothing", "no",
})
JUDGED: Final[frozenset[str]] = frozenset({
    "joke", "funny", "ok", "okay", "cool", "acceptable", "fine", "normal", "banter", "meme",
    "harmless", "scherzo", "divertente", "normale", "accettabile", "gioco", "cruel", "toxic",
    "racist", "sexist", "homophobic", "messed", "wrong", "bullying", "harassment", "harmful",
    "mean", "awful", "horrible", "vile", "gross", "disgusting", "insensitive", "uncalled",
    "unacceptable", "cattivo", "razzista", "crudele", "sbagliato", "bullismo",
})
JUDGE_REACH: Final = 4  # the copula, at most two fillers and the judging word
# A phrase this long is judged whoever it names ("go back to ur country is a racist thing
# to say"); a shorter hit only told to the reader and never a slur ("f*gs are not normal"
# judges the group).
PHRASE_LENGTH: Final = 3
# "i know where u live... in my heart", "i know where you live and im sending cookies": a
# threat's shape turned sweet by a word of gifts or affection a few words after; a harm
# word in those words keeps the threat ("... and im bringing a bat").
SWEET: Final[frozenset[str]] = frozenset({
    "heart", "hearts", "hug", "hugs", "cuddle", "cuddles", "kiss", "kisses", "cookie",
    "cookies", "cake", "cakes", "cupcakes", "pizza", "snacks", "flowers", "gifts", "gift",
    "presents", "candy", "chocolate", "chocolates", "kindness", "compliments", "confetti",
    "cuore", "abbracci", "baci", "coccole", "biscotti", "regali", "fiori", "torta",
})
HARM: Final[frozenset[str]] = frozenset({
    "kill", "hurt", "beat", "break", "punch", "stab", "shoot", "burn", "die", "dead", "bat",
    "knife", "gun", "fists", "fist", "ass", "face", "murder", "end",
})
SWEET_REACH: Final = 6
# "ur bad at this lol same", "ur trash at this game, same tbh", "sei scarso lol anche io":
# the writer shares the jab at the line's end; chat tags after it.
SHARED_LAST: Final[frozenset[str]] = frozenset({"same", "idem"})
SHARED_PAIRS: Final[frozenset[tuple[str, str]]] = frozenset({
    ("me", "too"), ("me", "also"), ("us", "too"), ("same", "here"), ("anche", "io"),
    ("pure", "io"), ("me", "2"), ("i", "am"), ("im", "too"), ("me", "as"),
})
NOT_SHARED: Final[frozenset[str]] = frozenset({"the", "all", "always", "exactly", "still"})
TAIL_TAGS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "lmfao", "tbh", "tho", "though", "honestly", "fr", "ngl", "xd", "haha",
    "ahah", "ahaha", "lool", "ong", "bro", "lowkey", "rip", "ahahah", "well",
})
SHARED_REACH: Final = 12  # the sharing word this many tokens after the jab at most
# "catch me outside", "meet me outside": the call to a fight, bare or with an address or
# a time of day after it ("catch me outside lil bro", "meet me outside after school");
# any other word after it tells a meeting ("catch me outside the mall at 5").
OUTSIDE: Final[frozenset[str]] = frozenset({"catch me outside", "meet me outside"})
MEET: Final = "meet me outside"
FIGHT_TAIL: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "bro", "lil", "kid", "dude", "man", "boy", "buddy", "pal", "punk",
    "loser", "bozo", "clown", "then", "now", "rn", "after", "school", "today", "tomorrow",
    "tmrw", "how", "bout", "about", "dat", "that", "ho", "homie", "fr", "ngl", "pussy",
    "coward", "idiot", "and", "see", "what", "happens", "if", "u", "you", "dare", "i",
})
MEET_BEFORE: Final[frozenset[str]] = frozenset({"ok", "okay", "aight", "bet", "then", "so"})
OUTSIDE_REACH: Final = 6
# "no one cares lol", "ok and? nobody cares bro": the dismissal said as a line of its own,
# with chat tags after it, answers the reader; "he keeps posting, no one cares lol" and "i
# dyed my hair, no one cares lol" (a third person or the writer before it) stay the older
# reading.
DISMISSALS: Final[frozenset[str]] = frozenset({"nobody cares", "no one cares"})
DISMISS_TAIL: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "lmfao", "bro", "bruh", "dude", "kid", "tbh", "fr", "ngl", "man", "xd",
    "buddy", "pal", "honestly", "lil", "sis", "tho", "though", "sorry", "cope",
})
DISMISS_OPENERS: Final[frozenset[str]] = frozenset({
    "ok", "okay", "and", "so", "k", "literally", "like", "bro", "bruh", "genuinely", "um",
    "uh", "cool", "story", "nice", "yeah", "yea", "ya",
})
DISMISS_REACH: Final = 4  # at most this many words before it, and this many after
