"""Word lists of the gamechat55 round (targeting_gamechat55.py): a player in game chat put
down as a child: the reader called one outright ("ur a kid", "you're such a big baby",
"u little kid"), a player named by hero, role or pronoun called one ("our mid is a kid",
"this pudge is such a baby"), or the reader waved off with "kid" closing the line ("bye
kid", "calm down kid")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat32_words as g32
from bot.core.scoring import gamechat39_words as g39
from bot.core.scoring import gamechat47_words as g47
from bot.core.scoring import gamechat54_words as g54

# fmt: off
# The round's lexicon lines (en/insult.txt): the child a player is called. "baby" alone
# is a pet name as often ("ur a baby", "my baby"), so only "big baby" and "such a baby".
# They stay unknown to the other rules (lexicon_compile._ROUNDS_OWN_TERMS) and are
# cancelled outside this round's shapes ("my kid is crying", "when i was a kid").
OWN_TERMS: Final[frozenset[str]] = frozenset({"kid", "kiddo", "big baby", "such a baby"})
# The one-word lines: the child as a word of its own ("stupid kid").
CHILD_WORDS: Final[frozenset[str]] = frozenset({"kid", "kiddo"})
# The lines that carry their own article ("such a baby"): a verdict, never a vocative.
CALLED_TERMS: Final[frozenset[str]] = frozenset({"such a baby"})
# Words of the child's noun phrase, read back from the noun: "such a little kid", "a
# fucking kid". A negation or "like" is none, so "not a kid" and "like a kid" never
# reach the reader or the player; nor is "just" ("you are just a kid" reassures as often,
# a hatecheck17 table line).
PHRASE: Final[frozenset[str]] = frozenset({
    "a", "such", "little", "lil", "fucking", "fkin", "fuckin", "real",
})
PHRASE_REACH: Final[int] = 4
ARTICLE: Final[str] = "a"
# The reader before the phrase, as the scorer folds it ("you're" -> "you re", "u r" ->
# "you are"): "ur a kid", "you are such a kid"; a run of two tokens or one.
READER_RUNS: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("you", "are"), ("you", "re"), ("u", "are"), ("u", "r"), ("ur",), ("youre",),
})
# The reader named right before a bare "kid", a vocative: "u kid", "you little kid".
READERS: Final[frozenset[str]] = frozenset({"u", "you", "ya"})
# The copula between a player and the phrase: "our mid is a kid", "he's a kid".
COPULAS: Final[frozenset[str]] = frozenset({"is", "s"})
# A player named as the subject: a hero or a role of any game the older rounds list, "he"
# or "she", or "this guy"; a pointer may stand before a name ("our mid", "this pudge").
PLAYERS: Final[frozenset[str]] = (
    g32.PLAYERS | g32.RISKY_NAMES | g39.PLAYERS | g47.PLAYERS | g54.MORE_HEROES
    | frozenset({"guy", "dude", "noob", "teammate", "pa", "sk"})
)
PRONOUNS: Final[frozenset[str]] = frozenset({"he", "she"})
POINTERS: Final[frozenset[str]] = frozenset({
    "our", "their", "ur", "your", "my", "this", "that", "the", "enemy",
})
POINTER_REACH: Final[int] = 2
# Chat's openers before the reader or the player: "lol ur a kid", "stfu u kid".
LEADS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "lmfao", "omg", "bro", "bruh", "dude", "man", "wow", "stfu", "shut",
    "up", "ok", "okay", "yeah", "ya", "haha", "xd", "gg", "ggwp", "wtf", "ffs", "smh",
})
LEAD_REACH: Final[int] = 3
# Words that wave the reader off before "kid" when they alone open the line: "bye kid",
# "calm down kid", "keep crying kid", "ggwp kid". "nice", "good" and "thanks" are left
# out: "nice one kid" is praise as often.
DISMISSALS: Final[frozenset[str]] = frozenset({
    "bye", "cya", "later", "calm", "down", "chill", "out", "relax", "wait", "w8", "lol",
    "lmao", "lmfao", "haha", "xd", "gg", "ggwp", "ez", "easy", "rip", "keep", "stop",
    "crying", "cry", "ok", "okay", "sure", "little", "lil", "go", "away",
})
DISMISS_REACH: Final[int] = 3
# What may close the clause after the child: chat's tails, and an order that follows
# the verdict ("ur a kid go to sleep").
TAILS: Final[frozenset[str]] = g54.TAILS - {"in", "on", "my", "our", "this", "the"} | {
    "lmao", "bro", "man", "dude", "fr", "tbh", "honestly", "really",
}
TAIL_REACH: Final[int] = 3
ORDERS: Final[frozenset[str]] = frozenset({"go", "stop", "shut", "stfu", "uninstall", "grow"})
# fmt: on
# Words after the call, in its sentence, that defend or reassure the child rather than
# wave them off: "he's a kid, go easy on him", "relax kid, you'll be fine".
EASING: Final[frozenset[str]] = frozenset(
    {
        "easy",
        "patient",
        "gentle",
        "fine",
        "alright",
        "worries",
        "worry",
        "proud",
        "cute",
        "adorable",
        "love",
        "jk",
        "kidding",
        "joking",
        "ily",
    }
)
EASING_REACH: Final[int] = 8
# The one child word alone a whole line may be ("kid"; "kiddo" alone is fond).
BARE_CHILD: Final[str] = "kid"
