"""Word lists of the italian57 round (issue 8, targeting_italian57.py): a named group as
the doer of a misdeed, in two shapes the older lines missed: the group, "che" and a
misdeed in the plural ("gli zingari che rubano nelle case", "i marocchini che spacciano
davanti alle scuole"), and the group as the subject of "hanno" and a harmful participle
with a harm right after ("i gay hanno diffuso l'aids", "i cinesi hanno portato il
virus")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian15_words as i15
from bot.core.scoring import italian56_words as i56

# fmt: off
# italian15's deeds in the plural (lexicon lines under italian15) and insult.txt's
# "stuprano": said of a group through "che" ("i rom che rubano"). The singular ("una
# zingara che ruba in metro") is too often one person's story to be read so.
RELATIVE_DEEDS: Final[frozenset[str]] = frozenset({
    "rubano", "spacciano", "violentano", "stuprano", "delinquono", "ammazzano",
    "uccidono", "scippano", "borseggiano",
})
# Between "che" and the deed: "che ci rubano", "che rubano sempre" (italian15's words).
RELATIVE_BETWEEN: Final[frozenset[str]] = i15.DEED_BETWEEN
RELATIVE_REACH: Final[int] = 2  # "che sempre ci rubano": sempre, ci
GROUP_REACH: Final[int] = 3  # tokens back from "che" to where the group starts
# One event told (news, an arrest) rather than a habit said of the group: a number or a
# few before the group ("due marocchini che spacciano") or the arrest in the sentence
# ("i rom che rubano il rame sono stati arrestati").
FEW: Final[frozenset[str]] = frozenset({
    "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "alcuni",
    "alcune", "certi", "certe", "qualche", "pochi", "poche", "gruppo", "banda", "coppia",
})
EVENT: Final[frozenset[str]] = frozenset({
    "arrestati", "arrestate", "arrestato", "arrestata", "fermati", "fermate", "denunciati",
    "denunciate", "presi", "prese", "catturati", "catturate", "beccati", "beccate",
    "sorpresi", "sorprese", "condannati", "condannate", "ieri", "stamattina", "stanotte",
    "stasera",
})
# A figurative deed ("gli attori stranieri che rubano la scena"): no misdeed.
FIGURATIVE: Final[frozenset[str]] = frozenset({
    "scena", "cuore", "cuori", "sguardo", "sguardi", "show", "tempo", "sonno", "titoli",
})
FIGURATIVE_REACH: Final[int] = 3  # tokens after the deed: "rubano sempre la scena"
# italian56's lines "hanno portato", "hanno diffuso", "hanno causato" ... read here with
# the group as their subject before "hanno" and a harm right after them.
DONE_TERMS: Final[frozenset[str]] = frozenset(
    term for term in i56.DONE_TERMS if term.startswith("hanno ")
)
# italian56's harms and a few more a group is said to have spread or brought.
HARMS: Final[frozenset[str]] = i56.HARMS | frozenset({
    "pedofilia", "ebola", "hiv", "epidemie", "contagio", "sporcizia", "sporco", "odio",
    "miseria", "morte", "banditismo", "estremismo", "fanatismo", "delinquenti", "criminali",
})
HARM_REACH: Final[int] = 5  # tokens after the participle: "lo sporco e il degrado"
OWN_TERMS: Final[frozenset[str]] = RELATIVE_DEEDS | DONE_TERMS
# fmt: on
