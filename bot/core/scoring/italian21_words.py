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
IS: Final[frozenset[str]] = frozenset({"e"})  # "la donna è troppo emotiva per ..."
# Before one member said of all: "la donna", "un immigrato", "ogni musulmano".
GENERIC: Final[frozenset[str]] = frozenset({"la", "il", "l", "lo", "un", "una", "uno", "ogni"})
NOT: Final[frozenset[str]] = frozenset({"non", "mai"})
# Infinitives (and with a clitic) after "per": the role denied.
INFINITIVE_ENDS: Final = ("are", "ere", "ire", "arsi", "ersi", "irsi", "arli", "erli", "irli")
INFINITIVE_MIN: Final = 4  # "fare", "dire"; never "ire"
TRAIT_REACH: Final = 3  # "troppo <trait> e <trait>": tokens from the trait to "per"
# "nessun immigrato ha mai lavorato onestamente": praise denied of every member.
NONE_OF: Final[frozenset[str]] = frozenset({"nessun", "nessuna", "nessuno"})
OF: Final[frozenset[str]] = frozenset({
    "dei", "degli", "delle", "di", "tra", "fra", "i", "gli", "le",
})
PRAISE: Final[frozenset[str]] = frozenset({
    "onesto", "onesta", "onesti", "oneste", "onestamente", "capace", "capaci", "buono",
    "buona", "buoni", "utile", "utili", "intelligente", "intelligenti", "lavorato",
    "inventato", "contribuito", "costruito", "creato", "rispettabile", "affidabile",
    "leale", "leali", "civile", "civili", "integrato", "integrata", "integrarsi",
    "lavorare", "guadagnato", "meritato",
})
# Participles among them: after "stato" the member is the one acted on ("nessun immigrato
# è stato integrato" is a plight).
PARTICIPLES: Final[frozenset[str]] = frozenset({
    "lavorato", "inventato", "contribuito", "costruito", "creato", "integrato", "integrata",
    "guadagnato", "meritato",
})
PASSIVE: Final[frozenset[str]] = frozenset({"stato", "stata", "stati", "state"})
# Between "nessun <member>" and the praise: a report or a plight rather than a claim.
UNSAID: Final[frozenset[str]] = frozenset({"non", "senza", "chiesto", "trattato", "trattata"})
PRAISE_REACH: Final = 6  # "nessun rom ha mai fatto niente di buono"
# "le donne non sono adatte a comandare", "le donne sono inadatte al comando": a group
# said unfit for a role ("questo film non è adatto ai bambini" names no group).
FIT: Final[frozenset[str]] = frozenset({"adatti", "adatte", "portati", "portate"})
NEGATED: Final = "negated"  # the older rules' note for "non" before the word
APT: Final[frozenset[str]] = frozenset({"portati", "portate"})  # only with "per"
UNFIT: Final[frozenset[str]] = frozenset({"inadatti", "inadatte"})
ARE: Final[frozenset[str]] = frozenset({"sono", "siano", "sarebbero"})
TO: Final[frozenset[str]] = frozenset({
    "a", "ad", "al", "alla", "allo", "ai", "alle", "agli", "per", "all",
})
# fmt: on
