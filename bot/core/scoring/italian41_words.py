"""Word lists of the italian41 round (issue 8, targeting_italian41.py): an identity group
wished away or harmed in the conditional: the world better off without it ("senza gli
immigrati staremmo tutti meglio", "il paese sarebbe più sicuro senza gli stranieri"), a
harm it would deserve ("i trans meriterebbero una pallottola"), a beating it would need
("ai rom servirebbero due schiaffi"), better dead ("i disabili starebbero meglio morti")
or better gone ("sarebbe bello se gli ebrei non esistessero")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The round's lexicon lines (threat.txt, italian41), read only by its rules. "senza"
# before a group ...
WITHOUT: Final = "senza"
# ... what a group would need, given to it in the dative ("ai rom servirebbe ...") ...
NEEDS: Final[frozenset[str]] = frozenset({
    "servirebbe", "servirebbero", "ci vorrebbe", "ci vorrebbero",
})
# ... and a group better dead.
BETTER_DEAD: Final[frozenset[str]] = frozenset({
    "starebbero meglio morti", "starebbero meglio morte", "sarebbero meglio morti",
    "sarebbero meglio morte", "starebbe meglio morto", "starebbe meglio morta",
})
OWN_TERMS: Final[frozenset[str]] = frozenset({WITHOUT}) | NEEDS | BETTER_DEAD

# Better off without a group: a conditional of being or living and a word of betterness
# in the sentence around "senza <group>" ("staremmo tutti meglio", "sarebbe più sicuro",
# "sarebbe un paradiso", "vivremmo in pace").
CONDITIONALS: Final[frozenset[str]] = frozenset({
    "sarebbe", "sarebbero", "saremmo", "sarei", "staremmo", "starebbe", "starebbero",
    "starei", "vivremmo", "vivrebbe", "vivrebbero", "vivrei", "andrebbe", "andrebbero",
    "funzionerebbe", "funzionerebbero",
})
BETTER: Final[frozenset[str]] = frozenset({
    "meglio", "migliore", "migliori", "paradiso", "perfetto", "perfetta", "perfetti",
    "perfette", "pulito", "pulita", "puliti", "pulite", "sicuro", "sicura", "sicuri",
    "sicure", "bello", "bella", "belli", "belle", "sano", "sana", "sani", "sane",
    "tranquillo", "tranquilla", "tranquilli", "tranquille", "felice", "felici", "pace",
    "vivibile", "vivibili", "ricco", "ricca", "ricchi", "ricche", "civile", "civili",
})
# Between "senza" and the group: "senza [tutti questi] africani".
GROUP_LEAD: Final[frozenset[str]] = frozenset({
    "i", "gli", "le", "tutti", "tutte", "questi", "queste", "quei", "quegli", "quelle", "sti",
    "ste", "l", "piu",
})
GROUP_LEAD_REACH: Final = 2
# How far the conditional and the betterness may stand from "senza" and the group, in
# their sentence: "il paese sarebbe più sicuro senza ...", "senza i rom le nostre città
# sarebbero più pulite".
WITHOUT_REACH: Final = 8
# A negation before the conditional: "non staremmo meglio senza ...".
NOT: Final[frozenset[str]] = frozenset({"non", "nn"})

# A harm a group would deserve after "meriterebbe(ro)"/"merita(no)": a noun after a few
# leads ("una pallottola", "la forca", "un'altra deportazione") or a passive of harm after
# "di essere" ("di essere bruciati vivi").
HARMS: Final[frozenset[str]] = frozenset({
    "pallottola", "pallottole", "proiettile", "proiettili", "forca", "morte", "sterminio",
    "deportazione", "deportazioni", "camere", "camera", "rogo", "fucilazione",
    "botte", "bastonate", "frustate", "legnate", "mazzate", "manganellate", "sprangate",
    "lezione", "olocausto", "pulizia", "lager", "ghigliottina", "sedia",
})
HARM_LEAD: Final[frozenset[str]] = frozenset({
    "una", "un", "la", "il", "le", "i", "lo", "l", "delle", "dei", "altra", "altro", "bella",
    "bel", "buona", "buon", "nuova", "nuovo", "sana", "sano", "tutti", "tutte",
})
HARM_LEAD_REACH: Final = 3
PASSIVE_LEAD: Final[tuple[str, str]] = ("di", "essere")
HARM_PASSIVES: Final[frozenset[str]] = frozenset({
    "bruciati", "bruciate", "picchiati", "picchiate", "cacciati", "cacciate", "impiccati",
    "impiccate", "sterminati", "sterminate", "uccisi", "uccise", "ammazzati", "ammazzate",
    "fucilati", "fucilate", "deportati", "deportate", "rinchiusi", "rinchiuse", "puniti",
    "punite", "gasati", "gasate", "massacrati", "massacrate", "pestati", "pestate",
    "eliminati", "eliminate", "espulsi", "espulse", "linciati", "linciate", "torturati",
    "torturate", "stuprate", "stuprati", "frustati", "frustate", "bastonati", "bastonate",
    "annegati", "annegate", "affogati", "affogate", "castrati", "castrate", "sterilizzati",
    "sterilizzate",
})

# What a group would need: a beating or "a lesson" ("una bella lezione", "due schiaffi",
# "un bel pestaggio"), after a few leads; "una lezione di storia" is a real lesson.
BEATINGS: Final[frozenset[str]] = frozenset({
    "lezione", "lezioncina", "schiaffi", "schiaffo", "sberla", "sberle", "sberlone",
    "sberloni", "pestaggio", "botte", "bastonata", "bastonate", "legnata", "legnate",
    "calci", "calcio", "randellata", "randellate", "manganellata", "manganellate",
    "frustata", "frustate", "sprangata", "sprangate", "pugni", "ripassata", "raddrizzata",
    "mazzate", "mazzata", "forca", "pallottola", "pulizia", "sterminio", "scarica",
})
BEATING_LEAD: Final[frozenset[str]] = frozenset({
    "una", "un", "bella", "bel", "buona", "buon", "sana", "sano", "due", "tre", "quattro",
    "paio", "di", "qualche", "delle", "dei", "po", "bei", "belle", "sonora", "sonore",
    "il", "la", "le", "i",
})
BEATING_LEAD_REACH: Final = 4
OF: Final[frozenset[str]] = frozenset({"di", "d", "del", "della", "dei", "delle", "sul", "su"})
# The dative before the group that would need it: "ai rom", "agli immigrati", "a questi
# negri", "a tutti i musulmani"; "ci" may stand between it and the verb.
DATIVES: Final[frozenset[str]] = frozenset({"ai", "agli", "alle", "a"})
DATIVE_LEAD: Final[frozenset[str]] = frozenset({
    "tutti", "tutte", "i", "gli", "le", "questi", "queste", "quei", "quegli", "quelle", "sti",
    "ste",
})
CI: Final = "ci"

# Before the group opening its clause (a better-dead group, a group that would deserve
# harm): openers and the writer's own opinion.
OPENERS: Final[frozenset[str]] = frozenset({
    "e", "ma", "quindi", "pero", "allora", "insomma", "secondo", "me", "per", "penso",
    "credo", "che", "onestamente", "sinceramente", "tutti", "tutte", "i", "gli", "le",
    "questi", "queste", "sti",
})
OPENER_REACH: Final = 4

# A group better gone: a word of betterness, "se", the group and "non" before the older
# "esistessero" ("sarebbe bello se gli ebrei non esistessero"); hatecheck27 reads
# "meglio", "migliore", "vorrei", "magari".
EXIST: Final = "esistessero"
GONE_BETTER: Final[frozenset[str]] = frozenset({
    "bello", "fantastico", "magnifico", "stupendo", "ideale", "perfetto", "giusto", "ora",
    "tempo", "auspicabile",
})
IF: Final = "se"
GONE_REACH: Final = 3  # from "se" back to the word of betterness: "sarebbe davvero bello se"

# Another's claim asked or reported, and the claim judged: the writer's own wish is not
# said. "davvero pensi che ...?", "dire che ... è schifoso", "...: è questo che dicono i
# razzisti", "..., dicono i leghisti".
ASKED_CLAIMS: Final[frozenset[str]] = frozenset({
    "pensi", "credi", "dici", "pensate", "credete", "dite", "sostieni", "sostenete",
})
SAYINGS: Final[frozenset[str]] = frozenset({
    "dire", "pensare", "scrivere", "sostenere", "credere", "affermare", "gridare", "urlare",
})
SAID_AFTER: Final[frozenset[str]] = frozenset({
    "dicono", "dice", "pensano", "pensa", "scrivono", "scrive", "urlano", "gridano",
    "sostengono", "sostiene", "ripetono", "ripete",
})
THAT: Final = "che"
IS: Final = "e"  # folded "è"
CLAIM_REACH: Final = 12  # back from the wish to "pensi che", ahead to "dicono"
# The older removal terms this round clears when asked, reported or judged.
OLD_REMOVALS: Final[frozenset[str]] = frozenset({
    "sarebbe migliore senza", "sarebbe meglio senza", "starebbe meglio senza",
    "staremmo meglio senza", "sparissero", "sparire", "esistessero",
})
# fmt: on
