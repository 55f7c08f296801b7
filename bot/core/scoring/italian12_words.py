"""The word lists of the italian12 targeting rules (issue 8): the lexicon terms they aim
and the words their shapes read, kept apart from the rules (targeting_italian12.py).
"""

from __future__ import annotations

from typing import Final

# fmt: off
# "ci sono troppi immigrati in questo paese", "gli zingari sono troppi": too many of a
# named group. "troppi bug", "troppi immigrati muoiono in mare" are no complaint about one.
TOO_MANY: Final = frozenset({"troppi", "troppe"})
# Before "troppi": the words that make it a count of who is here ("ci sono", "abbiamo",
# "ormai"); anything else ("ho troppi compiti") is read as no group shape.
TOO_MANY_BEFORE: Final = frozenset({"sono", "abbiamo", "avete", "hanno", "ormai", "vedo"})
TOO_MANY_FILLERS: Final = frozenset({
    "fin", "davvero", "veramente", "decisamente", "proprio", "gia", "ormai", "sempre",
    "ancora", "tutti", "tutte",
})
# After the group: the clause ends, or a place or time follows ("in italia", "qui",
# "ormai"); a verb after it ("muoiono in mare") makes the group the one harmed.
TOO_MANY_AFTER: Final = frozenset({
    "in", "nel", "nella", "nei", "nelle", "qui", "qua", "ormai", "ovunque", "dappertutto",
    "oggi", "per", "a", "al", "alla", "da", "nello", "negli", "sul", "sulla", "sui",
    "intorno", "attorno", "rispetto",
})
TOO_MANY_REACH: Final = 3  # "ci sono davvero fin troppi": davvero, fin
# A group denied children, marriage, teaching or entry, as the clause's subject: "i rom
# non dovrebbero avere figli", "un gay non dovrebbe insegnare ai bambini".
RIGHTS_DENIED: Final = frozenset({
    "non dovrebbero avere figli", "non dovrebbero fare figli", "non dovrebbero riprodursi",
    "non dovrebbero sposarsi", "non dovrebbero adottare", "non dovrebbero insegnare",
    "non dovrebbero entrare", "non dovrebbero poter entrare",
    "non dovrebbero poter lavorare", "non dovrebbero lavorare", "non dovrebbe avere figli",
    "non dovrebbe insegnare", "non dovrebbe sposarsi", "non dovrebbe adottare",
    "non dovrebbe entrare", "non dovrebbe esistere", "non devono avere figli",
    "non devono entrare",
})
# The writer's threat with a named group right after: "spaccherò la faccia a ogni trans".
HARM_TO: Final = frozenset({
    "spacchero la faccia a", "spaccherei la faccia a", "rompero la faccia a",
    "romperei la faccia a",
})
HARM_REACH: Final = 3  # "a ogni trans", "a tutti i gay": ogni/tutti, i, the group
# "odiare gli ebrei è da ignoranti", "hating gay people is for idiots": the name-call is
# said of the hating, the sentence's subject, not of the group that is its object.
HATING_COPULAS: Final = frozenset({"e", "is", "was", "sono", "resta", "rimane"})
HATING_BRIDGE: Final = frozenset({
    "da", "roba", "cosa", "for", "just", "so", "really", "only", "pretty", "plain",
    "simply", "solo", "proprio", "davvero", "veramente", "una", "un", "a", "di", "the",
    "cosi", "semplicemente",
})
HATING_REACH: Final = 4  # "odiare gli ebrei è roba da": roba, da; "hating jews is so"
# fmt: on

# fmt: off
# "che schifo che giochi", "che schifo che fai": the disgust said of what the reader
# does; "che schifo di partita", "che schifo che hanno fatto" judge a thing or others.
DISGUST: Final = frozenset({"che schifo"})
READER_DEEDS: Final = frozenset({
    "fai", "giochi", "scrivi", "dici", "parli", "combini", "guidi", "ragioni", "pensi",
    "sei", "canti", "balli", "cucini", "disegni", "mi", "ci",
})
# fmt: on

# "ho conosciuto una donna trans, mi fa schifo": a group named, then a short clause of
# its own with the writer's disgust; "... mi fa schifo chi li insulta" names who.
DISGUST_AFTER: Final = frozenset({"fa schifo", "fanno schifo"})
DISGUST_CARRY: Final = 8  # the group within this many tokens before the clause

# fmt: off
# Harm to a named group approved: "uccidere i gay è giusto", "ammazzare gli ebrei
# dovrebbe essere permesso". OWN_HARM are this round's entries, read only so.
OWN_HARM: Final = frozenset({
    "uccidere", "eliminare", "fucilare", "gasare", "linciare", "torturare", "sgozzare",
    "massacrare",
})
HARM_APPROVED: Final = OWN_HARM | frozenset({
    "ammazzare", "sterminare", "impiccare", "picchiare", "pestare", "deportare", "cacciare",
})
# fmt: on

# fmt: off
# Before the harm: the sentence's opening, or only an opinion ("secondo me uccidere ...").
OPINION_OPENERS: Final = frozenset({
    "secondo", "me", "per", "io", "penso", "credo", "che", "dico", "sinceramente",
    "onestamente", "ma", "beh", "ormai",
})
# Before the group: articles and quantifiers ("uccidere tutti gli ebrei").
GROUP_LEAD: Final = frozenset({
    "i", "gli", "le", "un", "una", "uno", "tutti", "tutte", "ogni", "quei", "quegli",
    "quelle", "questi", "queste", "qualche",
})
# Between the group and the approval: the copula or a modal, and what softens nothing
# ("è", "sarebbe", "dovrebbe essere", "è proprio una cosa").
APPROVAL_BRIDGE: Final = frozenset({
    "e", "sarebbe", "sara", "dovrebbe", "essere", "deve", "un", "una", "cosa", "proprio",
    "davvero", "assolutamente", "solo", "del", "tutto", "totalmente", "semplicemente",
})
APPROVAL_REACH: Final = 5
# fmt: on

# fmt: off
# More claims said of a named group as the subject, read as RIGHTS_DENIED is: "gli
# immigrati dovrebbero tornare da dove sono venuti", "i musulmani non hanno mai fatto
# niente di buono"; "i ragazzi non hanno mai fatto niente di buono" names no group.
GROUP_CLAIMS: Final = frozenset({
    "dovrebbero tornare da dove sono venuti", "dovrebbero tornarsene da dove sono venuti",
    "devono tornare da dove sono venuti", "dovrebbero tornare nel loro paese",
    "dovrebbero tornare al loro paese", "devono tornare al loro paese",
    "dovrebbero tornarsene al loro paese", "non hanno mai fatto niente di buono",
    "non hanno mai fatto nulla di buono", "non fanno mai niente di buono",
    "non hanno mai fatto niente di utile",
})
# fmt: on

# "ho un vicino ebreo. lo odio": the writer's hatred for one person named by a clitic,
# in a clause of its own after a group was named; "ho un gatto. lo odio" names none.
HATE_CLITIC: Final = frozenset({"odio", "detesto", "disprezzo", "schifo"})
CLITICS: Final = frozenset({"lo", "la"})

# fmt: off
# "non ci si può fidare di un nero", "sparerò a ogni nero": the colour as a person only
# right after a singular determiner; "un nero opaco" and "il nero" are colours.
COLOUR_PEOPLE: Final = frozenset({"nero", "nera"})
SINGULAR_DETERMINERS: Final[frozenset[str]] = frozenset({
    "un", "una", "ogni", "nessun", "nessuna", "qualsiasi", "qualunque",
})
COLOUR_SHADES: Final = frozenset({
    "opaco", "opaca", "lucido", "lucida", "intenso", "intensa", "profondo", "profonda",
    "pece", "carbone", "corvino", "fumo", "notte", "metallizzato", "satinato", "assoluto",
    "su", "o", "come", "di", "al", "a", "in", "per",
})
# fmt: on
