"""Word lists of the italian40 round (issue 8, targeting_italian40.py): an identity
group denied respect, pity or help with "meritare" ("le donne non meritano nessun
rispetto", "gli zingari non meritano pietà", "i gay non meritano di essere rispettati"),
given only contempt or harm ("le donne meritano solo botte"), or refused regard with no
verb ("nessuna pietà per i clandestini", "per i rom nessuna pietà")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The round's lexicon lines (identity_attack.txt, italian40), folded as the lexicon folds
# them ("pietà" is "pieta"). The verb of deserving, said of a group ...
MERIT_VERBS: Final[frozenset[str]] = frozenset({
    "merita", "meritano", "meriterebbe", "meriterebbero",
})
# ... and regard refused with no verb, opening its sentence before "per" and a group or
# closing it after "per" and a group: "nessuna pietà per i ...", "per i rom zero rispetto".
REFUSALS: Final[frozenset[str]] = frozenset({
    "nessuna pieta", "zero pieta", "nessun rispetto", "zero rispetto", "nessuna compassione",
    "zero compassione", "nessuna tolleranza", "zero tolleranza", "nessuna considerazione",
})
# fmt: on

# fmt: off
# What a group is denied after "non merita(no)": regard, pity, help ("non meritano
# (nessun) rispetto", "non meritano la nostra pietà", "non meritano nulla").
REGARD: Final[frozenset[str]] = frozenset({
    "rispetto", "pieta", "compassione", "considerazione", "aiuto", "aiuti", "assistenza",
    "stima", "fiducia", "tolleranza", "dignita", "nulla", "niente", "accoglienza",
    "solidarieta", "umanita", "empatia", "ascolto", "attenzione", "diritti",
})
# Between the verb and the thing denied: "non meritano [nessun] rispetto", "[la nostra]
# pietà", "[un briciolo di] rispetto", "[neanche un minimo di] ...".
REGARD_LEAD: Final[frozenset[str]] = frozenset({
    "nessun", "nessuna", "alcun", "alcuna", "il", "la", "l", "lo", "gli", "i", "le",
    "nostra", "nostro", "nostri", "nostre", "un", "briciolo", "minimo", "po", "di", "neanche",
    "nemmeno", "neppure", "mai", "proprio", "affatto", "stessi", "stesse",
})
REGARD_LEAD_REACH: Final = 4
# "non meritano di essere rispettati": the regard as a passive after "di essere".
REGARD_PASSIVES: Final[frozenset[str]] = frozenset({
    "rispettati", "rispettate", "rispettato", "rispettata", "ascoltati", "ascoltate",
    "ascoltato", "ascoltata", "aiutati", "aiutate", "aiutato", "aiutata", "salvati", "salvate",
    "salvato", "salvata", "accolti", "accolte", "accolto", "accolta", "curati", "curate",
    "curato", "curata", "considerati", "considerate", "tollerati", "tollerate", "difesi",
    "difese", "protetti", "protette", "amati", "amate", "soccorsi", "soccorse",
})
PASSIVE_LEAD: Final[tuple[str, str]] = ("di", "essere")
# The contempt or harm that is all a group deserves: "meritano solo botte", "soltanto
# il disprezzo", "solo calci in culo".
ONLY: Final[frozenset[str]] = frozenset({"solo", "soltanto", "solamente", "unicamente"})
HARMS: Final[frozenset[str]] = frozenset({
    "botte", "calci", "disprezzo", "odio", "galera", "carcere", "bastonate", "frustate",
    "schiaffi", "sputi", "legnate", "mazzate", "pugni", "manganellate", "sprangate",
    "randellate", "schifo", "pallottole", "pallottola", "fucilate", "piombo", "morte",
})
HARM_LEAD: Final[frozenset[str]] = frozenset({
    "il", "la", "l", "le", "i", "delle", "dei", "un", "una",
})
# The negation before the verb; "nessun" + a group takes the verb with no "non".
NOT: Final[frozenset[str]] = frozenset({"non", "nn"})
NOBODY: Final[frozenset[str]] = frozenset({"nessun", "nessuna", "nessuno"})
# Before the group opening its clause: articles, quantifiers, pointing words; "un"/"una"
# read a group in one of its members ("un musulmano non merita pietà").
GROUP_LEAD: Final[frozenset[str]] = frozenset({
    "i", "gli", "le", "tutti", "tutte", "questi", "queste", "quei", "quegli", "quelle", "sti",
    "ste", "un", "una", "uno", "l",
})
GROUP_LEAD_REACH: Final = 2
# Openers before the group's clause, and the writer's own opinion ("secondo me", "per
# me", "penso che"): the claim is still the writer's.
OPENERS: Final[frozenset[str]] = frozenset({
    "e", "ma", "quindi", "pero", "allora", "insomma", "ecco", "ripeto", "anzi", "secondo",
    "me", "per", "penso", "credo", "che", "onestamente", "sinceramente",
})
OPENER_REACH: Final = 3
# The doer before a group object ("chi odia i gay ...") and the that-clause of another's
# claim ("dite che le donne ...").
WHO: Final[frozenset[str]] = frozenset({"chi"})
THAT: Final = "che"
# "per" (or the chat "x") before the group refused regard.
FOR: Final[frozenset[str]] = frozenset({"per", "x"})
# fmt: on

OWN_TERMS: Final[frozenset[str]] = MERIT_VERBS | REFUSALS
