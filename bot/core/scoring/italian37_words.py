"""Word lists of the italian37 round (targeting_italian37.py): a religion or its houses of
worship banned, shut or driven out, in Italian and English ("vietate l'islam",
"chiudete tutte le moschee", "fuori l'islam dall'italia", "ban islam", "close every
mosque", "mosques should be shut down")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The round's lexicon lines (identity_attack.txt, italian37): a religion's name, read only
# as the object of a call to ban or drive it out ("vietate l'islam", "ban islam") or as
# the subject of a ban said as due ("l'islam va vietato", "islam must be banned").
RELIGIONS: Final[frozenset[str]] = frozenset({
    "islam", "judaism", "ebraismo", "quran", "koran", "corano",
})
# Its houses of worship, plural: read the same way ("chiudete le moschee", "close all the
# mosques"). The singular only after "every", "ogni" (below): "chiudete la moschea" is
# one building, maybe for works.
HOUSES: Final[frozenset[str]] = frozenset({
    "moschee", "mosques", "sinagoghe", "synagogues",
})
SINGLE_HOUSES: Final[frozenset[str]] = frozenset({
    "moschea", "mosque", "sinagoga", "synagogue",
})
# "every last" after a call to drive out, with a group right after it: "deport them all,
# every last muslim" (lexicon line in exclusion.txt, italian37).
EVERY_LAST: Final = "every last"
OWN_TERMS: Final[frozenset[str]] = RELIGIONS | HOUSES | SINGLE_HOUSES | {EVERY_LAST}
# Older terms of the verb "kick" read here too when a group and "out" follow: "kick every
# jew out", "kick all the muslims out of europe"; elsewhere their older readings stand.
OLD_KICKS: Final[frozenset[str]] = frozenset({"kick", "kick the"})
KICK: Final = "kick"
# Older terms of a wish denied: "nobody wants to ban islam" is counter-speech when a call
# of this round and its name follow, not "nobody wants [islam]".
OLD_WANTS: Final[frozenset[str]] = frozenset({"nobody wants", "no one wants", "noone wants"})
TO: Final = "to"
WANTED_REACH: Final = 6
# The calls to drive out before "every last" in its sentence.
DRIVE_OUTS: Final[frozenset[str]] = frozenset({
    "deport", "kick", "throw", "send", "ship", "expel", "remove", "drive", "get", "round",
    "boot", "chase", "banish",
})
DRIVE_OUT_REACH: Final = 8
# "every last one of these mexicans", "every last one of them, these somalis".
ONE_OF: Final[frozenset[str]] = frozenset({"one", "of", "these", "those", "them", "the"})
ONE_OF_REACH: Final = 4
# "every mosque", "ogni moschea": the singular's only quantifiers.
EVERY: Final[frozenset[str]] = frozenset({"every", "each", "ogni"})
# Articles and quantifiers between the call and the name ("chiudete tutte le moschee",
# "shut down all the mosques", "vietate l'islam").
DETERMINERS: Final[frozenset[str]] = frozenset({
    "the", "all", "every", "each", "these", "those", "their", "of",
    "l", "il", "lo", "le", "i", "gli", "tutte", "tutti", "tutto", "ogni", "queste", "quelle",
    "loro",
})
DETERMINER_REACH: Final = 3
# The calls to ban, shut, burn or drive out, as one token before the determiners:
# Italian imperatives and infinitives, English base forms ("ban", "close").
CALLS: Final[frozenset[str]] = frozenset({
    "vietate", "vietiamo", "vietare", "bandite", "bandiamo", "bandire", "chiudete",
    "chiudiamo", "chiudere", "bruciate", "bruciamo", "bruciare", "cacciate", "cacciamo",
    "cacciare", "abolite", "aboliamo", "abolire", "eliminate", "eliminiamo", "eliminare",
    "abbattete", "abbattiamo", "abbattere", "distruggete", "distruggiamo", "distruggere",
    "espellete", "espelliamo", "espellere", "sradicate", "sradichiamo", "sradicare",
    "ban", "outlaw", "close", "burn", "destroy", "bulldoze", "raze", "demolish", "abolish",
    "eradicate", "criminalize", "criminalise",
})
# The same calls in two or three tokens ("shut down", "mettete al bando", "get rid of").
CALL_PHRASES: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("shut", "down"), ("burn", "down"), ("tear", "down"), ("close", "down"),
    ("get", "rid", "of"), ("wipe", "out"), ("mettete", "al", "bando"),
    ("mettere", "al", "bando"), ("mettiamo", "al", "bando"), ("radete", "al", "suolo"),
    ("radere", "al", "suolo"), ("radiamo", "al", "suolo"),
})
CALL_PHRASE_REACH: Final = 3
# Calls with no verb, opening the line's sentence: "fuori l'islam", "basta moschee",
# "no more mosques", "niente più moschee", "abbasso l'islam".
CRIES: Final[frozenset[str]] = frozenset({"fuori", "via", "basta", "niente", "abbasso"})
CRY_PHRASES: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("no", "more"), ("niente", "piu"), ("basta", "con"), ("no", "all"), ("no", "alle"),
    ("stop",),
})
# "get islam out", "kick islam out of europe": a verb before, "out" right after.
OUT_VERBS: Final[frozenset[str]] = frozenset({"get", "kick", "throw", "drive", "keep"})
OUT: Final = "out"
# Words that may stand before a call that opens its sentence ("and", "now", "just",
# "please"), and what may come before a call to make it the writer's demand ("we should
# ban islam", "bisogna chiudere le moschee", "it's time to ban islam").
OPENERS: Final[frozenset[str]] = frozenset({
    "e", "and", "ora", "now", "just", "please", "pls", "allora", "dai", "subito", "so",
    "simply", "finally", "finalmente", "semplicemente", "we", "noi", "yes", "si",
    "ok", "ragazzi", "guys", "honestly", "onestamente",
})
OPENER_REACH: Final = 2
DEMANDS: Final[frozenset[str]] = frozenset({
    "bisogna", "bisognerebbe", "dobbiamo", "dovremmo", "devono", "dovrebbero", "occorre",
    "should", "must", "gotta", "lets",
})
DEMAND_PAIRS: Final[frozenset[tuple[str, str]]] = frozenset({
    ("need", "to"), ("needs", "to"), ("time", "to"), ("let", "s"), ("let", "us"),
    ("si", "deve"), ("si", "dovrebbe"), ("ora", "di"), ("tempo", "di"), ("ought", "to"),
})
# Adverbs between a demand and its call ("we should just ban islam").
DEMAND_ADVERBS: Final[frozenset[str]] = frozenset({
    "just", "simply", "finally", "all", "immediately", "subito", "finalmente",
    "semplicemente", "davvero", "really",
})
# The ban said as due, right after the name: "l'islam va vietato", "le moschee vanno
# chiuse", "islam must be banned", "mosques should be shut down".
DUE: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("va",), ("vanno",), ("andrebbe",), ("andrebbero",), ("deve", "essere"),
    ("devono", "essere"), ("dovrebbe", "essere"), ("dovrebbero", "essere"),
    ("should", "be"), ("must", "be"), ("needs", "to", "be"), ("need", "to", "be"),
    ("has", "to", "be"), ("have", "to", "be"), ("ought", "to", "be"),
})
DUE_REACH: Final = 3
DUE_ADVERBS: Final[frozenset[str]] = frozenset({
    "tutte", "tutti", "subito", "immediatamente", "all", "just", "immediately", "totally",
    "completely", "completamente", "definitivamente",
})
BANNED: Final[frozenset[str]] = frozenset({
    "vietato", "vietata", "vietati", "vietate", "bandito", "bandita", "banditi", "bandite",
    "chiuso", "chiusa", "chiusi", "chiuse", "bruciato", "bruciata", "bruciati", "bruciate",
    "cacciato", "cacciata", "cacciati", "cacciate", "abolito", "abolita", "aboliti",
    "abolite", "eliminato", "eliminata", "eliminati", "eliminate", "abbattuto", "abbattuta",
    "abbattuti", "abbattute", "distrutto", "distrutta", "distrutti", "distrutte", "rase",
    "raso", "espulso", "espulsa", "sradicato", "sradicata",
    "banned", "outlawed", "closed", "shut", "burned", "burnt", "destroyed", "eradicated",
    "abolished", "razed", "demolished", "bulldozed", "criminalized", "criminalised",
    "removed", "wiped", "torn", "kicked",
})
# What may follow the name when a call ends there: a place, "now", more names ("chiudete
# le moschee in italia", "ban islam now", "close every mosque and synagogue"). Anything
# else makes it another thing ("close the mosque door", "le moschee abusive"); no "qui",
# "per", "for", "today": "niente moschee qui vicino", "basta moschee per oggi" are a
# tourist's words.
AFTER_NAME: Final[frozenset[str]] = frozenset({
    "in", "da", "dall", "dalla", "dal", "dai", "dalle", "nel", "nella", "nei", "nelle",
    "from", "of", "out", "now", "subito", "ora", "adesso", "tutte", "tutti", "all",
    "forever", "everywhere", "ovunque", "immediately", "immediatamente", "e", "and", "ed",
    "already", "gia", "entirely", "completely", "completamente", "asap", "too", "anche",
    "pure", "across", "throughout", "honestly", "tbh", "fr", "imo", "ngl", "onestamente",
})
# A passing reason in the sentence after the name: a closing for works or a lockdown,
# not a ban ("close all mosques and churches during lockdown", "chiudete le moschee per
# i lavori").
REASONS: Final[frozenset[str]] = frozenset({
    "lockdown", "covid", "pandemic", "pandemia", "quarantine", "quarantena", "virus",
    "lavori", "renovations", "renovation", "restauro", "repairs", "works", "maintenance",
    "manutenzione",
})
REASON_REACH: Final = 10
# A denial or another's words before the call: "non bisogna vietare l'islam", "nobody
# should ban islam", "my uncle says islam should be banned".
NEGATIONS: Final[frozenset[str]] = frozenset({
    "non", "nessuno", "mai", "not", "never", "nobody", "t", "dont", "shouldnt", "cant",
    "wont", "no", "neanche", "nemmeno", "mica",
})
NEGATION_REACH: Final = 3
REPORTERS: Final[frozenset[str]] = frozenset({
    "dice", "dicono", "detto", "diceva", "dicevano", "secondo", "vuole", "vogliono",
    "says", "said", "say", "saying", "claims", "claim", "wants", "want", "tweeted",
    "scrive", "scritto", "wrote", "chi", "who", "propone", "proposto", "promette",
    "promised", "promises", "proposed", "proposes",
})
REPORT_REACH: Final = 8
# fmt: on
