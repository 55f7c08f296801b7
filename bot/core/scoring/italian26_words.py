"""Words of the italian26 round (issue 8): Italian chat that calls people by a party or
ideological label with a swearing tail, and the southern "si" for "sei", read by
targeting_italian26.py.

Kept here, not in cues.txt: every cue word also becomes a known word, and the older
rules read a word no list knows as a name.
"""

from __future__ import annotations

from typing import Final

# The swearing tails (the lexicon's "di merda" lines) that italian3 reads as said of a
# thing unless a person's noun stands before them ("persona di merda").
# fmt: off
TAILS: Final[frozenset[str]] = frozenset({
    "di merda", "de merda", "demmerda", "dimmerda", "del cazzo",
})
# fmt: on


def _forms(stems: tuple[str, ...], endings: tuple[str, ...]) -> frozenset[str]:
    """Every stem with every ending: "comunist" + "a", "i", "e"."""
    return frozenset(stem + end for stem in stems for end in endings)


# fmt: off
# Party, ideological and public-role labels: said only of people, so a swearing tail
# after one calls a person or a group ("comunista di merda", "i piddini del cazzo").
# Not "politica" (politics, a thing), "governo", "partito", "regime" (institutions),
# "zecca" (a tick on a dog too: "una zecca di merda sul cane").
LABELS: Final[frozenset[str]] = (
    _forms(
        (
            "comunist", "fascist", "antifascist", "nazist", "leghist", "buonist",
            "sovranist", "populist", "femminist", "terrapiattist", "complottist",
            "giornalist", "renzist", "salvinist", "stalinist", "negazionist", "forzist",
        ),
        ("a", "i", "e"),
    )
    | _forms(
        ("piddin", "grillin", "renzian", "destrors", "pennivendol", "democristian",
         "deputat", "ministr", "politicant", "sinistrors"),
        ("o", "a", "i", "e"),
    )
    | frozenset({
        "fascio", "fasci", "sinistroide", "sinistroidi", "novax",
        "politico", "politici", "senatore", "senatori", "sindaco", "sindaci",
        "sindaca", "giornalaio", "giornalai", "piddiota", "piddioti", "grilloide",
        "grilloidi", "leghistoide", "leghistoidi",
    })
)
# Two-word labels, read back from their second word ("no vax", "radical chic").
LABEL_PAIRS: Final[frozenset[tuple[str, str]]] = frozenset({
    ("no", "vax"), ("radical", "chic"), ("free", "vax"),
})
# Words that may stand right before a label that names a person: articles, pointing
# words, "sei" / "siete", a word of scorn, an order to be quiet, an opener. After any
# other word the label may be an adjective of a thing ("un programma politico di merda").
LEADS: Final[frozenset[str]] = frozenset({
    "il", "lo", "la", "l", "i", "gli", "le", "un", "uno", "una", "quel", "quello",
    "quella", "quei", "quegli", "quelle", "questo", "questa", "questi", "queste", "sto",
    "sta", "sti", "ste", "sei", "siete", "sembri", "sembrate", "ma", "e", "o", "tu", "voi",
    "brutto", "brutta", "brutti", "brutte", "sporco", "sporca", "sporchi", "sporche",
    "lurido", "lurida", "luridi", "luride", "zitto", "zitta", "zitti", "taci", "tacete",
    "ai", "agli", "alle", "dei", "degli", "delle", "tutti", "tutte", "altro", "altri",
    "soliti", "solito", "solita", "solite", "ciao", "vai", "andate", "vattene", "sono",
    "è", "era", "erano",
})
# The writer or a reported call before the label: "sono un comunista di merda", "mi
# ha dato del fascista di merda", "gli hanno urlato leghista di merda".
SELF_OR_SAID: Final[frozenset[str]] = frozenset({
    "siamo", "ero", "eravamo", "sento", "sentiamo", "io", "noi", "detto", "dato",
    "chiamato", "chiamata", "chiamano", "urlato", "urlava", "scritto", "definito",
    "definita", "dirmi", "dirci",
})
# "sono" before a singular label is the writer ("sono un comunista di merda"); before a
# plural one it may be anyone ("questi sono leghisti di merda").
I_AM: Final = "sono"
SINGULAR_ENDS: Final = ("a", "o")
SELF_REACH: Final = 4  # tokens back from the label to the writer or a reporting word
YOU_ARE: Final[frozenset[str]] = frozenset({"sei", "siete", "sembri", "sembrate"})

# The southern "si" for "sei" ("si scemo?", "ma tu si proprio stupido"): the words that
# may stand between it and the insult, and before it.
SI: Final = "si"
SI_FILLERS: Final[frozenset[str]] = frozenset({
    "proprio", "tanto", "troppo", "davvero", "veramente", "nu", "na", "n", "un", "una",
    "uno", "nu'", "solo", "pure", "proprio'",
})
SI_FILLER_REACH: Final = 2
SI_OPENERS: Final[frozenset[str]] = frozenset({"ma", "tu", "e", "mo", "o", "però", "pero"})
# After the insult: the clause closes, or one of these goes on ("si scemo o ci fai?",
# "si cretino o cosa", "e si scemo pure tu").
SI_GOES_ON: Final[frozenset[str]] = frozenset({"o", "pure", "anche", "tu", "forte", "vero"})
ME: Final[frozenset[str]] = frozenset({"io", "me"})  # "si, scemo io": the writer
# fmt: on
