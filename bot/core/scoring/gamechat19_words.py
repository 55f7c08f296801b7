"""Words of the gamechat19 round (issue 8): other games' chat shapes read by
targeting_gamechat19.py."""

from __future__ import annotations

from typing import Final

# fmt: off
# A verdict's terms kept only when the verdict closes its sentence ("ur bad lol", "ur a
# dog bro"): "ur bad luck", "ur a dog whisperer" name a thing after them.
CLOSED_VERDICTS: Final[frozenset[str]] = frozenset({
    "ur ass", "ur bad", "ur a dog", "ur such a dog", "you re a dog", "youre a dog",
    "you are a dog", "u r a dog", "u are a dog", "you re such a dog",
})
# "ur ass" names a body after a verb ("cover ur ass", "get off ur ass", "kiss ur ass
# goodbye"): kept only opening its sentence or after these.
ASS_LEADS: Final[frozenset[str]] = frozenset({
    "bro", "dude", "man", "lol", "lmao", "honestly", "ngl", "tbh", "and", "but", "cuz",
    "because", "bc", "so", "just", "yeah", "ya", "yea", "nah", "no", "ok", "okay", "gg",
    "fr", "bruh", "omg", "jeez", "damn", "sorry", "sry",
})
# "is ass", "are ass" (also over "is so ass"): said of a person noun after these at most.
COPULA_ASS: Final[frozenset[str]] = frozenset({"is ass", "are ass"})
PERSON_DETERMINERS: Final[frozenset[str]] = frozenset({
    "this", "that", "the", "our", "their", "ur", "your", "these", "those",
})
# What may close the line after such a verdict: fillers, a name-call for a player, an
# order to leave the game.
CLOSERS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "lmfao", "af", "asf", "bro", "tbh", "honestly", "ngl", "xd", "omg", "smh",
    "again", "ff", "report", "pls", "plz", "kid", "kiddo", "noob", "nub", "dude", "man",
    "bruh", "fr", "ffs", "go", "next", "uninstall", "rn", "tho", "though", "lmfaooo",
    "lmaooo", "loser", "scrub", "idiot", "dog", "mate", "buddy", "pal", "boy", "bud",
})
# "at" after the verdict names the skill judged: "ur bad at this game".
SKILL_AT: Final = "at"
CLOSE_REACH: Final = 3
# "reyna sucks", "yasuo sucks lol": a hero's player said to suck, the hero opening the
# line and the verdict closing it ("genji sucks this patch" judges a kit).
SUCKS: Final[frozenset[str]] = frozenset({"sucks"})
SUCK_CLOSERS: Final[frozenset[str]] = CLOSERS | frozenset({
    "ass", "so", "bad", "hard", "much", "balls", "dick", "big", "time",
})
# "laning vs darius sucks", "playing into zed sucks": a matchup, not a player judged.
MATCHUP: Final[frozenset[str]] = frozenset({"vs", "versus", "against", "into", "v"})
# "git gud kid is the funniest meme", "uninstall was a meme back then": a saying named as
# the subject of its sentence, talked about.
SAYING_VERBS: Final[frozenset[str]] = frozenset({"is", "was", "s", "has", "been"})
SAYINGS: Final[frozenset[str]] = frozenset({
    "meme", "memes", "copypasta", "pasta", "catchphrase", "saying", "phrase", "quote",
    "classic", "line", "slogan", "motto", "comeback",
})
SAYING_REACH: Final = 5
# A reader inside the sentence makes it said to them ("uninstall is what you should do").
READERS: Final[frozenset[str]] = frozenset({"you", "u", "ur", "your", "youre", "ya", "yo"})
# The mother joke of last night: "ur mom was great last night".
LAST: Final = "last"
NIGHT: Final = "night"
NIGHT_REACH: Final = 8
POSSESSIVE: Final = "s"  # "ur mom's birthday": the mother's own thing
# The joke opens its sentence, or follows these ("tell ur mom i said thanks").
MOM_LEADS: Final[frozenset[str]] = frozenset({
    "tell", "thank", "thanks", "thx", "and", "lol", "lmao", "bro", "also", "btw", "well",
})
# "ur getting carried away": an idiom, no gloat.
CARRIED: Final = "carried"
AWAY: Final = "away"
# fmt: on
