"""Words of the italian18 round (targeting_italian18.py): a group said to come here to do
harm, humanity denied of every member, and "the next <member> I see" as a threat's
object. The lexicon lines are identity_attack.txt / insult.txt lines under italian18
headers; these sets only read them.
"""

from __future__ import annotations

from typing import Final

# fmt: off
# The harm a group is said to come for ("vengono qui a rubare"): identity_attack.txt terms,
# group-only words (lexicon_compile), read only after a verb of coming and "a"/"per".
HARMS: Final[frozenset[str]] = frozenset({
    "delinquere", "rubare", "rubarci", "spacciare", "stuprare", "violentare",
    "rapinare", "scippare", "borseggiare", "fare i ladri", "fare i parassiti",
    "fare attentati", "farsi mantenere", "vivere alle nostre spalle", "vivere a sbafo",
    "vivere di sussidi", "imporre",
})
# "nessun <group> è umano": humanity denied of every member; read only after "nessun".
HUMAN: Final[frozenset[str]] = frozenset({
    "e umano", "e umana", "e un essere umano", "e una persona",
})
# "i neri sono meno umani": humanity lessened, with a named group as the subject.
LESSENED: Final[frozenset[str]] = frozenset({
    "sono meno umani", "sono meno umane",
    # italian20: one member, "un arabo è meno umano", "una nera è meno umana", and
    # humanity denied of one ("un ebreo non è umano"; "messi non è umano" names no group)
    "e meno umano", "e meno umana", "non e umano", "non e umana", "non e un essere umano",
    "non e una persona",
})
# "le donne sono una rovina": insult.txt lines, read only with a named group as the
# subject of the copula ("quel rigore è stato la rovina della squadra" names none).
RUIN: Final[frozenset[str]] = frozenset({"una rovina", "la rovina"})
COPULA: Final[frozenset[str]] = frozenset({
    "sono", "e", "erano", "saranno", "stati", "state", "solo", "davvero", "proprio",
    "veramente", "tutti", "tutte", "sempre",
})
OWN: Final[frozenset[str]] = HARMS | HUMAN | LESSENED | RUIN
# Between the harm and "a"/"per": "vengono qui solo a rubare", "per poter rubare".
PURPOSE_FILLERS: Final[frozenset[str]] = frozenset({
    "solo", "soltanto", "unicamente", "apposta", "tutti", "tutte", "poi",
})
PURPOSE: Final[frozenset[str]] = frozenset({"a", "ad", "per"})
# Between the verb of coming and "a"/"per": the place and a few adverbs.
PLACE: Final[frozenset[str]] = frozenset({
    "qui", "qua", "in", "italia", "europa", "occidente", "da", "noi", "nel", "nella",
    "nelle", "nei", "negli", "nostro", "nostra", "nostre", "nostri", "paese", "citta",
    "quartiere", "quartieri", "tutti", "tutte", "solo", "soltanto", "sempre", "apposta",
    "ormai", "ancora", "gia",
})
PLACE_REACH: Final = 5  # "vengono tutti nelle nostre citta" + "a"
COMING: Final[frozenset[str]] = frozenset({
    "vengono", "viene", "vengano", "venga", "venuti", "venute", "venuto", "venuta",
    "arrivano", "arriva", "arrivino", "arrivati", "arrivate", "sbarcano", "sbarca",
    "sbarcati", "entrano", "emigrano", "immigrano", "scappano",
    # staying or coming back for it: "sono qui solo per rubare", "tornano qui a rubare"
    "sono", "stanno", "restano", "rimangono", "tornano", "ritornano",
})
# Between the group and the verb of coming: "sono venuti", "ci vengono", "tutti".
SUBJECT_FILLERS: Final[frozenset[str]] = frozenset({
    "sono", "ci", "se", "ne", "tutti", "tutte", "solo", "sempre", "ormai", "apposta",
    "anche", "pure",
})
SUBJECT_REACH: Final = 3
# "il prossimo <member> che vedo lo ammazzo": the member taken up by a clitic before the
# threat's verb.
NEXT: Final[frozenset[str]] = frozenset({"prossimo", "prossima", "primo", "prima"})
CLITICS: Final[frozenset[str]] = frozenset({"lo", "la", "li", "le", "gli", "l"})
THAT: Final = "che"
ROM: Final = "rom"
NEXT_REACH: Final = 10  # "il prossimo immigrato che entra qui" + "lo"
NOT: Final[frozenset[str]] = frozenset({"non", "mai"})
# "non voglio che gli immigrati soffrano": a harm wished denied.
WANT: Final[frozenset[str]] = frozenset({
    "voglio", "vogliamo", "vorrei", "vorremmo", "spero", "speriamo", "auguro", "desidero",
})
WISH_REACH: Final = 7  # "che" + "questi poveri ragazzi immigrati" + the verb
# A view reported of others, then denied after the claim: "molti pensano che gli immigrati
# rubano, ma non è così", "alcuni dicono che ..., è falso".
REPORTING: Final[frozenset[str]] = frozenset({
    "pensano", "dicono", "credono", "sostengono", "affermano", "raccontano", "pensa",
    "dice", "crede", "sostiene", "afferma", "dicevano", "pensavano", "credevano",
})
REPORT_REACH: Final = 14
BUT: Final[frozenset[str]] = frozenset({"ma", "pero"})
DENIED_AFTER: Final[frozenset[tuple[str, str]]] = frozenset({
    ("e", "falso"), ("e", "sbagliato"),
})
DENIED_AFTER_3: Final[frozenset[tuple[tuple[str, str], str]]] = frozenset({
    (("non", "e"), "vero"), (("non", "e"), "cosi"), (("e", "una"), "bugia"),
    (("e", "una"), "balla"), (("non", "e"), "affatto"),
})
# fmt: on
