"""Word lists of the italian39 round (issue 8, targeting_italian39.py): an identity group
kept out or denied a right ("i gay non devono adottare", "togliamo la cittadinanza agli
immigrati", "vietato l'ingresso ai rom", "rimpatriamo tutti gli immigrati") and hate said
in an idiom ("mi stanno sul cazzo gli ebrei", "non posso soffrire i musulmani")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The round's lexicon lines (identity_attack.txt, italian39), folded as the lexicon folds
# them ("sanità" is "sanita"). A right a group is denied: a verb that is the right itself
# ("i gay non devono adottare") ...
RIGHT_VERBS: Final[frozenset[str]] = frozenset({
    "adottare", "sposarsi", "guidare", "insegnare", "pregare", "entrare",
})
# ... or a noun that is the right or the thing given ("avere la cittadinanza", "togliamo
# il voto alle donne", "niente case popolari agli immigrati", "vietato l'ingresso ai rom").
RIGHT_NOUNS: Final[frozenset[str]] = frozenset({
    "cittadinanza", "casa popolare", "case popolari", "permesso di soggiorno", "sanita",
    "matrimonio", "ingresso", "frontiere",
})
# Older entries (hateprobe6's `rights6` cues) read in this round's frames too, and only
# raised there: elsewhere their older readings stand.
OLD_RIGHT_VERBS: Final[frozenset[str]] = frozenset({"votare"})
OLD_RIGHT_NOUNS: Final[frozenset[str]] = frozenset({"voto", "diritti", "diritto"})
# A group sent back where it came from: the writer's call, a group after it.
SEND_BACKS: Final[frozenset[str]] = frozenset({
    "rimpatriare", "rimpatriamo", "rimpatriate", "rimandare a casa", "rispedire a casa",
})
# Hate said in an idiom, counted only of an identity group (the older group readings aim
# it: "mi stanno sul cazzo gli ebrei"; "mi stanno sul cazzo i lunedì" is cancelled).
IDIOMS: Final[frozenset[str]] = frozenset({
    "mi stanno sul cazzo", "mi stanno sulle palle", "mi stanno sulle scatole",
    "mi stanno sui coglioni", "mi stanno antipatici", "mi stanno antipatiche",
    "non posso soffrire", "non li posso soffrire", "non le posso soffrire",
    "non riesco a sopportare", "non posso vedere", "non li posso vedere",
    "non le posso vedere",
})
# The idioms of seeing and bearing: a verb after the group makes it the group's
# suffering the writer cannot bear ("non posso vedere i neri morire in mare").
BEARING: Final[frozenset[str]] = frozenset({
    "non posso soffrire", "non riesco a sopportare", "non posso vedere", "non li posso vedere",
    "non le posso vedere",
})
PARTICIPLES: Final = ("ati", "ate", "iti", "ite", "uti", "ute")
# fmt: on

# fmt: off
# Between the modal and a noun right: "non devono (poter) avere la cittadinanza".
HAVE_VERBS: Final[frozenset[str]] = frozenset({
    "avere", "ricevere", "prendere", "ottenere", "chiedere", "usare",
})
POTER: Final[frozenset[str]] = frozenset({"poter", "potere", "mai", "piu"})
ARTICLES: Final[frozenset[str]] = frozenset({
    "il", "lo", "la", "l", "i", "gli", "le", "un", "una", "uno", "alcun", "alcuna",
})
# The modal denying the right, after the group: "i gay non devono", "le donne non
# dovrebbero"; after "nessun" + group only the modal itself. Only "must" and "should":
# "i gay non possono sposarsi in italia", "gli ebrei non possono guidare di sabato" tell
# a law or a custom, not the writer's will.
NEGATED_MODALS: Final[frozenset[tuple[str, str]]] = frozenset({
    ("non", "devono"), ("non", "dovrebbero"), ("non", "dovranno"), ("non", "deve"),
    ("non", "dovrebbe"),
})
MODALS: Final[frozenset[str]] = frozenset({"deve", "dovrebbe", "dovra"})
NOBODY: Final[frozenset[str]] = frozenset({"nessun", "nessuna", "nessuno"})
# Before the group opening its clause: articles and quantifiers, then a few openers.
GROUP_LEAD: Final[frozenset[str]] = frozenset({
    "i", "gli", "le", "tutti", "tutte", "questi", "queste", "quei", "quegli", "quelle",
})
GROUP_LEAD_REACH: Final = 2
OPENERS: Final[frozenset[str]] = frozenset({
    "e", "ma", "quindi", "pero", "allora", "insomma", "ecco", "ripeto", "anzi",
})
OPENER_REACH: Final = 2
# The writer's call to take a right away or shut a group out, opening its sentence or
# after a demand: "togliamo la cittadinanza agli ...", "vietare il matrimonio ai ...".
TAKE_CALLS: Final[frozenset[str]] = frozenset({
    "togliamo", "togliete", "togliere", "togli", "toglierei", "vietiamo", "vietate",
    "vietare", "vieterei", "neghiamo", "negate", "negare", "negherei", "chiudiamo",
    "chiudete", "chiudere", "chiuderei", "revochiamo", "revocate", "revocare",
})
# The right refused with no verb, opening the sentence: "niente case popolari agli ...",
# "vietato l'ingresso ai ...", "basta cittadinanza agli ...".
NO_CALLS: Final[frozenset[str]] = frozenset({
    "niente", "nessun", "nessuna", "basta", "vietato", "vietata", "vietati", "no",
})
DEMANDS: Final[frozenset[str]] = frozenset({
    "bisogna", "bisognerebbe", "dobbiamo", "dovremmo", "occorre", "serve", "voglio",
    "vorrei", "vogliamo",
})
DEMAND_ADVERBS: Final[frozenset[str]] = frozenset({"subito", "finalmente", "proprio"})
# The group receiving the call: "a", "ai", "agli", "alle", "per i" before it.
DATIVES: Final[frozenset[str]] = frozenset({
    "a", "ai", "agli", "alle", "al", "alla", "all", "per",
})
DATIVE_REACH: Final = 3  # "a tutti gli": a, tutti, gli
# After the call, before the group sent back: "rimpatriamo (subito) tutti gli ...".
SEND_LEAD: Final[frozenset[str]] = GROUP_LEAD | frozenset({"subito", "a", "casa", "loro"})
SEND_LEAD_REACH: Final = 4
# A custom, not a ban: "gli ebrei non devono guidare di sabato".
CUSTOMS: Final[frozenset[str]] = frozenset({
    "sabato", "domenica", "venerdi", "ramadan", "quaresima", "digiuno", "shabbat", "kippur",
    "festa", "feste",
})
CUSTOM_REACH: Final = 4
# An infinitive call opening the sentence ends its clause after the group, or goes on
# with a place: "rimpatriare tutti i rom, subito", "rimandare a casa i rom dall'italia".
INFINITIVE_ENDINGS: Final = ("are", "ere", "ire")
PLACE_AFTER: Final[frozenset[str]] = frozenset({
    "in", "dall", "dalla", "dal", "da", "dai", "qui", "qua", "subito", "ora", "adesso",
    "tutti", "tutte", "nel", "nella", "nei", "nelle",
})
# fmt: on

# An Italian adverb is one word, never words run together (matching.py): "odio
# profondamente le cipolle" was read "prof on da men te", a group ("men") in it.
ADVERB_END: Final = "mente"

OWN_TERMS: Final[frozenset[str]] = RIGHT_VERBS | RIGHT_NOUNS | SEND_BACKS | IDIOMS
