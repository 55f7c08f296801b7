"""Word lists of the gamechat41 round (targeting_gamechat41.py): plural third persons put
down in game chat, "they suck", "these guys suck", "both of them suck", "they're trash",
"these guys are useless", "they play like shit". The tails after the verdict are
gamechat40's."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat40_words as g40

# fmt: off
# The subjects: "they" on its own; a plural noun of people after "these"/"those"; "them"
# or "em" after "both of", "all of", "two of".
PRONOUNS: Final[frozenset[str]] = frozenset({"they", "theyre", "dey", "thay"})
PEOPLE: Final[frozenset[str]] = frozenset({
    "guys", "dudes", "kids", "two", "people", "players", "clowns", "noobs", "idiots", "boys",
})
POINTERS: Final[frozenset[str]] = frozenset({"these", "those", "dese", "dem"})
OBJECT_PRONOUNS: Final[frozenset[str]] = frozenset({"them", "em"})
OF: Final = "of"
# "both of them", "all of em", "the two of them".
COUNTS: Final[frozenset[str]] = frozenset({"both", "all", "two"})
THE: Final = "the"
TWO: Final = "two"  # "the two of them"
# "they both suck", "they all are trash": a count after the pronoun.
AFTER_PRONOUN: Final[frozenset[str]] = frozenset({"both", "all"})

# Before a sentence opened by "they" or "them", only chat's words, a few at most ("gg |
# they suck", "lol wp. they're trash"): anything else may be what the pronoun takes up
# ("I bought new shoes. they are all trash").
CHAT_BEFORE: Final[frozenset[str]] = g40.OPENERS | g40.TAILS | frozenset({"wp", "ez", "ty"})
BEFORE_REACH: Final = 4

# The round's own lexicon lines (en/insult.txt): the subject and "suck" (a profanity line
# alone, never weighed when a message has nothing else: "they suck" scored 0.15).
_SUCK_SUBJECTS: Final[tuple[str, ...]] = (
    "they", "guys", "dudes", "kids", "two", "people", "players", "them", "em",
)
_PRONOUN_ADVERBS: Final[tuple[str, ...]] = (
    "really", "just", "honestly", "literally", "both",
)
SUCK_TERMS: Final[frozenset[str]] = frozenset(
    {f"{s} suck" for s in _SUCK_SUBJECTS}
    | {f"they {a} suck" for a in _PRONOUN_ADVERBS}
    | {f"guys {a} suck" for a in ("really", "just")}
)
OWN_TERMS: Final[frozenset[str]] = SUCK_TERMS
# They give way to an older term of the same length they overlap (matching.py): "they
# suck dick" keeps "suck dick".
YIELDING: Final[frozenset[str]] = OWN_TERMS

# Older verdict lines the shape also reads after a plural subject and a being or playing
# verb: "they are trash", "these guys are useless", "they're so bad", "they play like
# shit".
VERDICTS: Final[frozenset[str]] = frozenset({
    "trash", "garbage", "useless", "dogshit", "hopeless",
    "so bad", "so fucking bad", "so trash", "so garbage", "so shit", "so ass", "so dogshit",
    "soo bad", "sooo bad", "soo trash", "sooo trash", "are shit", "are all shit", "are ass",
    "are fucking shit", "were shit", "were ass", "were fucking shit", "play like shit",
    "played like shit", "playing like shit", "play like ass", "played like ass",
    "playing like ass", "literally ass", "absolute ass", "really ass", "just ass",
})
# Between the subject and an older verdict: a being or playing verb (one is needed), and
# intensifiers: "they are so trash", "they're literally garbage", "they play like trash".
VERBS: Final[frozenset[str]] = frozenset({
    "are", "re", "r", "were", "play", "plays", "playing", "played",
})
BETWEEN: Final[frozenset[str]] = VERBS | frozenset({
    "like", "so", "really", "just", "literally", "actually", "honestly", "absolutely",
    "absolute", "total", "complete", "fucking", "fking", "all", "both", "such",
})
BETWEEN_REACH: Final = 4
# fmt: on
