"""Words of the italian28 round (issue 8): Italian calls for the gallows or the firing
squad said of people left unnamed or named after "per", and a word of scorn between a
pointing word or an article and a person noun, read by targeting_italian28.py.

Kept here, not in cues.txt: every cue word also becomes a known word, and the older
rules read a word no list knows as a name.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian27_words as i27

# fmt: off
# Plural calls whose form names people ("vanno impiccati", "fucilarli", "meritano la
# forca"): the lexicon's terms that the older rules read as said of a thing unless a
# person or a group is named before them.
PLURAL_CALLS: Final[frozenset[str]] = frozenset({
    "vanno impiccati", "vanno impiccate", "vanno fucilati", "vanno fucilate",
    "andrebbero impiccati", "andrebbero impiccate", "andrebbero fucilati",
    "andrebbero fucilate", "vanno tutti impiccati", "vanno tutte impiccate",
    "vanno tutti fucilati", "vanno tutte fucilate", "andrebbero tutti impiccati",
    "andrebbero tutte impiccate", "andrebbero tutti fucilati", "andrebbero tutte fucilate",
    "devono essere impiccati", "devono essere impiccate", "devono essere fucilati",
    "devono essere fucilate", "dovrebbero essere impiccati", "dovrebbero essere impiccate",
    "dovrebbero essere fucilati", "dovrebbero essere fucilate", "vadano impiccati",
    "vadano impiccate", "vadano fucilati", "vadano fucilate", "meritano di essere impiccati",
    "meritano di essere impiccate", "meritano di essere fucilati",
    "meritano di essere fucilate", "impiccarli", "impiccarle", "fucilarli", "fucilarle",
    "impicchiamoli", "impicchiamole", "fuciliamoli", "fuciliamole", "impiccateli",
    "impiccatele", "fucilateli", "fucilatele", "meritano la forca",
    "meriterebbero la forca",
})
# Gallows wanted, said of whoever "per" names after them ("ci vuole la forca per questi
# ladri"): with nobody named, or a thing, they stay unaimed.
GALLOWS: Final[frozenset[str]] = frozenset({
    "ci vuole la forca", "ci vorrebbe la forca", "alla forca",
})
FOR: Final = "per"
TO_GALLOWS: Final = "alla forca"  # needs no "per": "alla forca i corrotti"
ONE_OF: Final[frozenset[str]] = frozenset({"lui", "lei", "te"})
# After "per": people by a pronoun alone.
FOR_WHOM: Final[frozenset[str]] = frozenset({
    "tutti", "tutte", "loro", "costoro", "questi", "queste", "quelli", "quelle", "chi",
    "voi", "te", "lui", "lei", "certi", "certa",
})
# People named by what they did, beside the people nouns of italian27.
CULPRITS: Final[frozenset[str]] = frozenset({
    "ladri", "ladro", "corrotti", "corrotto", "traditori", "traditore", "delinquenti",
    "delinquente", "criminali", "criminale", "assassini", "assassino", "stupratori",
    "stupratore", "pedofili", "pedofilo", "spacciatori", "mafiosi", "evasori", "venduti",
    "infami", "terroristi", "usurai", "banchieri", "parassiti",
})
PERSONS: Final[frozenset[str]] = i27.PEOPLE | i27.PERSONS_OF | CULPRITS | frozenset({
    "politico", "giornalista", "deputato", "deputata", "senatore", "senatrice",
    "giudice", "magistrato", "poliziotto", "poliziotta", "sbirro", "prete", "tifoso",
    "tifosa", "ministri", "sindaco", "ministra", "consigliere", "assessore", "assessora",
    "sindacalista", "allenatori", "portiere", "giocatore", "professori",
})
DETERMINERS: Final[frozenset[str]] = i27.DETERMINERS | frozenset({"questo", "sti", "ste"})
# Words that may stand before a plural call in its clause: an opener, "per me", a
# pronoun for people; with any other word (a thing: "questi film andrebbero fucilati")
# the call stays as the older rules read it.
LEADS: Final[frozenset[str]] = frozenset({
    "per", "me", "secondo", "io", "ma", "e", "quindi", "allora", "ormai", "beh", "bah",
    "ecco", "però", "pero", "insomma", "tutti", "tutte", "questi", "queste", "quelli",
    "quelle", "costoro", "loro", "li", "le", "bisognerebbe", "bisogna", "basta",
    "dovremmo", "dobbiamo", "subito", "davvero", "sinceramente", "onestamente",
})
LEAD_REACH: Final = 4

# Words of scorn read before a person noun ("quel lurido politico", "sti maledetti
# arbitri"): before a thing ("sto schifoso raffreddore") they stay about the thing.
SCORN: Final[frozenset[str]] = frozenset({
    "lurido", "lurida", "luridi", "luride", "maledetti", "maledette", "schifoso",
    "schifosa", "schifosi", "schifose",
})

# Too many of a group after "di" ("ce ne sono troppi di immigrati"): "ne" two words
# before "troppi" at most; or after an article ("sono troppi gli stranieri").
OF: Final = "di"
PARTITIVE_CLITICS: Final[frozenset[str]] = frozenset({"ne", "n"})
GROUP_DETERMINERS: Final[frozenset[str]] = frozenset({
    "i", "gli", "le", "questi", "queste", "quei", "quegli", "quelle", "sti", "ste",
})
# fmt: on
