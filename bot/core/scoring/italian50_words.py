"""Word lists of the italian50 round (issue 8, targeting_italian50.py): an Italian group
threatened under a pronoun with no group named, a named group sent home or out after its
topic, a group told it must not stay here, and a third person's "non capisce mai ..."."""

from __future__ import annotations

from typing import Final

# fmt: off
# A killing infinitive with its object pronoun ("sterminarli", "ammazzarle"): the older
# rules read "bisognerebbe sterminarli" as said of a thing for want of a named group.
KILLING_CLITICS: Final[frozenset[str]] = frozenset({
    "sterminarli", "sterminarle", "eliminarli", "eliminarle", "ammazzarli", "ammazzarle",
    "ucciderli", "ucciderle", "bruciarli", "bruciarle", "fucilarli", "fucilarle",
    "gasarli", "impiccarli", "impiccarle", "massacrarli", "massacrarle", "linciarli",
})
# The wish that leads such an infinitive: "bisognerebbe", "dovremmo", "vorrei".
WISH_LEADS: Final[frozenset[str]] = frozenset({
    "bisognerebbe", "bisogna", "dovremmo", "dobbiamo", "vorrei", "voglio", "occorre",
    "occorrerebbe", "andrebbe",
})
WISH_FILLERS: Final[frozenset[str]] = frozenset({
    "proprio", "davvero", "solo", "semplicemente", "ormai", "subito",
})
WISH_FILLER_REACH: Final[int] = 2
# A passive call for killing ("vanno ammazzati", "andrebbero sterminati"): its
# auxiliary and the participles of killing.
PASSIVE_AUXILIARIES: Final[frozenset[str]] = frozenset({"vanno", "andrebbero"})
KILLED: Final[frozenset[str]] = frozenset({
    "sterminati", "sterminate", "ammazzati", "ammazzate", "uccisi", "uccise", "eliminati",
    "eliminate", "bruciati", "bruciate", "fucilati", "gasati", "impiccati", "linciati",
    "massacrati", "massacrate",
})
# Tails that leave a threat or an expulsion said whole ("... tutti", "... subito lol").
TAILS: Final[frozenset[str]] = frozenset({
    "tutti", "tutte", "quanti", "subito", "lol", "raga", "dai", "punto", "e", "basta",
    "ora", "adesso", "loro", "quanto", "prima",
})
TAIL_REACH: Final[int] = 3
# A named group's topic sent home or out: "gli stranieri? tutti a casa", "gli
# immigrati? tutti fuori", "gli islamici? tutti da rimpatriare".
EXILES: Final[frozenset[str]] = frozenset({"casa", "fuori", "rimpatriare"})
EXILE_LEADS: Final[frozenset[str]] = frozenset({"tutti", "tutte", "a", "da", "subito", "via"})
EXILE_LEAD_REACH: Final[int] = 3
# A group pronoun sent away with "-iamoli" to its home: "rimandiamoli in africa",
# "rispediamoli a casa loro", "cacciamoli al loro paese".
EXPELLING: Final[frozenset[str]] = frozenset({
    "rimandiamoli", "rispediamoli", "cacciamoli", "deportiamoli", "rimpatriamoli",
    "espelliamoli", "rimandiamole", "rispediamole", "cacciamole",
})
HOMES: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("a", "casa", "loro"), ("al", "loro", "paese"), ("nel", "loro", "paese"),
    ("nei", "loro", "paesi"), ("ai", "loro", "paesi"), ("in", "africa"),
    ("da", "dove", "sono", "venuti"), ("da", "dove", "vengono"), ("a", "casa", "propria"),
    ("nel", "paese", "loro"), ("al", "paese", "loro"), ("in", "patria"),
})
HOME_SPAN: Final[int] = 4
# A named group told it must not stay or live here (lexicon lines in it/exclusion.txt,
# read only so): "gli zingari non devono stare qui", "i neri non devono restare qua".
STAY_DENIED: Final[frozenset[str]] = frozenset({
    f"{modal} {verb} {place}"
    for modal in ("non devono", "non dovrebbero")
    for verb in ("stare", "restare", "rimanere")
    for place in ("qui", "qua", "in italia", "in europa")
})
# A third person's claim with "mai" inside (lexicon lines in it/insult.txt, read only
# with italian48's or italian49's subject): "lui non capisce mai un cazzo".
NEVER_CLAIMS: Final[frozenset[str]] = frozenset({
    "non capisce mai un cazzo", "non capisce mai niente", "non capisce mai nulla",
})
# The reader's own "non capisci mai ..." (lexicon lines read as italian16's "non capisci
# un cazzo" are).
READER_NEVER: Final[frozenset[str]] = frozenset({
    "non capisci mai un cazzo", "non capisci mai niente", "non capisci mai nulla",
})
# Worth denied to a third person: "quella non vale niente" (lui/lei and "quel tizio" were
# read by the older rules).
WORTHLESS: Final[frozenset[str]] = frozenset({"non vale niente", "non vale nulla"})

OWN_TERMS: Final[frozenset[str]] = STAY_DENIED | NEVER_CLAIMS | READER_NEVER
# fmt: on
