"""Word lists of the italian42 round (issue 8, targeting_italian42.py): an identity group
promised retribution ("prima o poi gli ebrei la pagheranno cara", "i gay avranno quello
che si meritano", "ve la faremo pagare, musulmani") or denied rights or welcome ("gli
immigrati non hanno diritto a nulla", "i rom qui non sono graditi", "nessun ebreo è
benvenuto qui")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The round's lexicon lines, read only by its rules. A retribution promised (threat.txt,
# italian42) ...
RETRIBUTIONS: Final[frozenset[str]] = frozenset({
    "la pagheranno", "la pagherete", "ce la pagheranno", "ce la pagherete",
    "pagheranno caro", "pagheranno cara", "pagherete caro", "pagherete cara",
    "la pagano cara", "prima o poi la pagano", "pagheranno per tutto",
    "ve la faremo pagare", "la faremo pagare",
    "avranno quello che si meritano", "avranno cio che si meritano",
    "avranno quello che meritano", "avranno cio che meritano",
    "avrete quello che vi meritate", "avrete quello che meritate",
})
# ... rights or welcome denied to the group before it (exclusion.txt, italian42) ...
DENIALS: Final[frozenset[str]] = frozenset({
    "non hanno diritto", "non hanno il diritto", "non hanno alcun diritto",
    "non hanno nessun diritto", "non hanno diritti",
    "non sono graditi", "non sono gradite", "non sono ben accetti", "non sono ben accette",
})
# ... and the welcome that "nessun <group>" denies ("nessun ebreo è benvenuto qui").
WELCOMES: Final[frozenset[str]] = frozenset({
    "e benvenuto", "e benvenuta", "e il benvenuto", "e la benvenuta", "e gradito",
    "e gradita", "e ben accetto", "e ben accetta",
})
OWN_TERMS: Final[frozenset[str]] = RETRIBUTIONS | DENIALS | WELCOMES

# Before the group: articles, quantifiers, pointing words, a dative ("ai musulmani la
# faremo pagare"); "un"/"una" read a group in one of its members.
GROUP_LEAD: Final[frozenset[str]] = frozenset({
    "i", "gli", "le", "tutti", "tutte", "questi", "queste", "quei", "quegli", "quelle", "sti",
    "ste", "l", "ai", "agli", "alle", "a",
})
GROUP_LEAD_REACH: Final = 2
# Between the group and the phrase: time and place words ("i rom qui non sono graditi",
# "questi africani prima o poi la pagano cara", "gli zingari un giorno pagheranno").
BETWEEN: Final[frozenset[str]] = frozenset({
    "qui", "qua", "ormai", "prima", "o", "poi", "presto", "un", "giorno", "tutti", "tutte",
    "sicuramente", "stavolta", "adesso", "ora",
})
BETWEEN_REACH: Final = 4
# Before the group opening its sentence: openers, the writer's own opinion and a promise
# ("prima o poi", "un giorno", "vedrete che", "vi giuro che").
OPENERS: Final[frozenset[str]] = frozenset({
    "e", "ma", "quindi", "pero", "allora", "insomma", "secondo", "me", "per", "penso",
    "credo", "che", "onestamente", "sinceramente", "prima", "o", "poi", "presto", "un",
    "giorno", "vedrete", "vedrai", "giuro", "vi", "ti", "assicuro", "ricordatevi",
    "state", "certi", "sicuri", "tranquilli",
})
OPENER_REACH: Final = 4
# "nessun ebreo è benvenuto": the quantifier that denies the welcome.
NOBODY: Final[frozenset[str]] = frozenset({"nessun", "nessuna", "nessuno"})
# Before a group named after the threat as the one spoken to: "la pagherete cara, sporchi
# stranieri", "ve la faremo pagare, musulmani".
VOCATIVE_LEAD: Final[frozenset[str]] = frozenset({
    "sporchi", "sporche", "maledetti", "maledette", "luridi", "luride", "brutti", "brutte",
    "voi", "tutti", "tutte", "cari", "care", "i", "gli", "le", "questi", "queste",
})
# What may follow the threat before the pause and the group: "cara", "tutti".
THREAT_TAIL: Final[frozenset[str]] = frozenset({"cara", "caro", "tutti", "tutte", "tutta"})
VOCATIVE_REACH: Final = 2
# A claim said by others after it ("..., dicono i leghisti").
SAID_AFTER: Final[frozenset[str]] = frozenset({
    "dicono", "dice", "pensano", "pensa", "scrivono", "scrive", "urlano", "gridano",
    "sostengono", "sostiene", "ripetono", "ripete", "diceva", "dicevano",
})
CLAIM_REACH: Final = 12
# A saying judged: "dire che ... è [puro] odio", "pensare che ... è [solo] razzismo".
SAYINGS: Final[frozenset[str]] = frozenset({
    "dire", "pensare", "scrivere", "sostenere", "credere", "affermare", "gridare", "urlare",
})
THAT: Final = "che"
IS: Final = "e"  # folded "è"
JUDGE_LEAD: Final[frozenset[str]] = frozenset({
    "puro", "pura", "solo", "soltanto", "semplicemente", "davvero", "proprio", "vero", "vera",
})
JUDGE_LEAD_REACH: Final = 2
