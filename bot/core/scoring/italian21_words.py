"""Words of the italian21 round (issue 8): a group said too weak, too emotional or too
backward for a role ("le donne sono troppo emotive per comandare")."""

from __future__ import annotations

from typing import Final

# fmt: off
TOO: Final = "troppo"  # the [group_unable] cue read here
# Traits a group is said to have too much of for a role: stems of the four-form
# adjectives ("emotivo", "emotiva", "emotivi", "emotive") ...
_FOUR_FORM: Final = (
    "emotiv", "primitiv", "stupid", "pigr", "arretrat", "lent", "limitat", "ottus",
    "tont", "scem", "aggressiv", "immatur", "rozz", "cretin", "codard", "permalos",
    "capricc", "selvagg", "barbar", "mollaccion", "viziat", "violent", "ignorant",
)
# ... those of "-e"/"-i" ("irrazionale", "irrazionali") ...
_TWO_FORM: Final = (
    "irrazional", "instabil", "inferior", "incapac", "sensibil", "fragil", "debol",
    "sentimental", "incivil", "infantil", "emozional", "incompetent", "inaffidabil",
    "irresponsabil", "mentalment", "incoerent", "volubil", "ingenu",
)
# ... and those whose plurals take an "h" ("isterico", "isterici", "isteriche").
_HARD: Final = ("isteric", "lunatic", "vigliacc", "sporc", "fanatic", "selvatic")
TRAITS: Final[frozenset[str]] = frozenset(
    {stem + end for stem in _FOUR_FORM for end in ("o", "a", "i", "e")}
    | {stem + end for stem in _TWO_FORM for end in ("e", "i")}
    | {stem + end for stem in _HARD for end in ("o", "a", "i", "he")}
)
AND: Final[frozenset[str]] = frozenset({"e", "ed", "o"})  # "troppo deboli e emotive"
FOR: Final = "per"
NOT: Final[frozenset[str]] = frozenset({"non", "mai"})
# Infinitives (and with a clitic) after "per": the role denied.
INFINITIVE_ENDS: Final = ("are", "ere", "ire", "arsi", "ersi", "irsi", "arli", "erli", "irli")
INFINITIVE_MIN: Final = 4  # "fare", "dire"; never "ire"
TRAIT_REACH: Final = 3  # "troppo <trait> e <trait>": tokens from the trait to "per"
# fmt: on
