"""Words of the italian73 round (issue 8, targeting_italian73.py): the writer's weariness
or intolerance of a named group said in the first person plural ("noi non sopportiamo gli
ebrei", "siamo stufi degli immigrati", "gli zingari non li tolleriamo"), and a negated
first-plural opinion or saying verb that denies the claim after it ("non pensiamo che i
neri siano inferiori")."""

from __future__ import annotations

from typing import Final

# fmt: off
# --- The first-plural terms (lexicons/it/insult.txt, identity_attack.txt) whose group
# comes after them in their clause, as hatecheck9's "sono stufo": "siamo stufi degli
# immigrati", "non tolleriamo i musulmani"; "siamo stufi del traffico" names none.
WE_BEAR_NOT: Final[frozenset[str]] = frozenset({
    "non sopportiamo", "non tolleriamo", "siamo stufi", "siamo stufe", "siamo stanchi",
    "siamo stanche", "non ne possiamo piu",
})
# The same with a clitic for the group, named before it ("gli zingari non li tolleriamo")
# or after it ("non li sopportiamo gli arabi"), as italian11's "non li sopporto".
WE_BEAR_NOT_THEM: Final[frozenset[str]] = frozenset({
    "non li sopportiamo", "non le sopportiamo", "non li tolleriamo", "non le tolleriamo",
})
# --- Between the term and its group, a verb of seeing or hearing makes the group what is
# seen; with a harm after the group it is the victim ("siamo stanchi di vedere gli zingari
# trattati male"), not the one the writer is tired of ("... di vedere zingari ovunque").
SEEING: Final[frozenset[str]] = frozenset({
    "vedere", "sentire", "leggere", "guardare",
})
# Harms hatecheck9's SUFFERED lacks, said of the group seen: "trattati male", "derisi".
HARMED: Final[frozenset[str]] = frozenset({
    "trattati", "trattate", "derisi", "derise", "emarginati", "emarginate", "esclusi",
    "escluse", "offesi", "offese", "umiliati", "umiliate", "aggrediti", "aggredite",
})
HARM_REACH: Final[int] = 2  # words after the group read for the harm ("... i neri [ancora] derisi")
# --- A negated opinion or saying verb in the first person plural denies the claim after
# its "che", as hatecheck's "non penso che" does: "non pensiamo che i neri siano
# inferiori", "non diremo mai che gli immigrati sono criminali".
WE_OPINE: Final[frozenset[str]] = frozenset({
    "pensiamo", "crediamo", "diciamo", "riteniamo", "diremo", "diremmo", "penseremo",
    "penseremmo", "pensato", "creduto", "detto", "sosteniamo", "affermiamo",
})
WE_NEGATORS: Final[frozenset[str]] = frozenset({"non", "mai"})
# Between the negator and the verb: "non [abbiamo mai] pensato", "non [lo] diciamo".
WE_BETWEEN: Final[frozenset[str]] = frozenset({
    "abbiamo", "avremmo", "mai", "proprio", "affatto", "lo", "certo",
})
# Between the verb and its "che": "non diremo [mai] che", "non pensiamo [affatto] che".
WE_AFTER: Final[frozenset[str]] = frozenset({
    "mai", "proprio", "affatto", "davvero", "assolutamente", "minimamente",
})
OPINE_REACH: Final[int] = 3  # tokens from the negator to the verb, and from the verb to "che"
CLAIM_REACH: Final[int] = 12  # tokens back from the hit to the negator
# fmt: on
# fmt: off
# --- Someone else's words about the reader, asked after: "chi ti ha detto che sei un
# mezzo uomo?", "ma chi vi ha detto che siete dei falliti?". The writer asks who said it;
# said outright ("ti ho detto che sei un idiota") it stays the writer's own.
WHO: Final[frozenset[str]] = frozenset({"chi"})
TO_YOU: Final[frozenset[str]] = frozenset({"ti", "vi", "te", "ve"})
TOLD_AUX: Final[frozenset[str]] = frozenset({"ha", "hanno", "aveva", "avevano", "l", "lo"})
TOLD: Final[frozenset[str]] = frozenset({"detto", "scritto", "raccontato", "fatto"})
TOLD_REACH: Final[int] = 4  # "chi [ti ha] detto che", "chi [te l ha] detto che"
# --- A name-call followed by whose words they are and the writer's denial: "quello è un
# coglione, dice mio padre, ma non è vero", "sei un idiota, dice lui, ma non ci credo".
DENIALS: Final[tuple[tuple[str, ...], ...]] = (
    ("non", "e", "vero"), ("e", "falso"), ("non", "ci", "credo"), ("non", "e", "cosi"),
)
DENIAL_REACH: Final[int] = 10  # tokens after the hit read for the saying and the denial
# fmt: on
