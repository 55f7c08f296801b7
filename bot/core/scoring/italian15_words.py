"""Words of the italian15 round (issue 8, targeting_italian15.py): Italian orders of harm
with a clitic for a group named before them, and deeds said of a group with no insult.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian11_words

# fmt: off
# Orders of harm with the clitic ("cacciateli", "bruciamoli"): lexicon lines under
# italian15 and the older ones. Aimed at a group named just before, across a question
# mark or comma ("gli immigrati? cacciateli"); "gli zombie? bruciateli" names no group.
CLITIC_ORDERS: Final[frozenset[str]] = frozenset({
    "ammazzateli", "ammazzatele", "cacciateli", "cacciatele", "bruciateli", "bruciatele",
    "sterminateli", "sterminatele", "impiccateli", "impiccatele", "fucilateli",
    "fucilatele", "affogateli", "affogatele", "annegateli", "annegatele", "uccideteli",
    "uccidetele", "eliminateli", "eliminatele", "massacrateli", "massacratele",
    "deportateli", "deportatele", "picchiateli", "picchiatele", "pestateli",
    "rimpatriateli", "gasateli", "affondateli", "annientateli", "espelleteli",
    "fuciliamoli", "espelliamoli", "gasiamoli", "massacriamoli", "annientiamoli",
    "anneghiamoli", "ammazziamoli", "uccidiamoli", "sterminiamoli", "impicchiamoli",
    "bruciamoli", "affondiamoli", "cacciamoli", "eliminiamoli", "rimandiamoli",
    "rispediamoli", "deportiamoli", "rimpatriamoli", "affoghiamoli", "rispediteli",
    "rimandateli a casa", "rimandiamoli a casa", "sopprimeteli", "sopprimetele",
    "sopprimiamoli",
})
# Deeds said of a group with no insult word (lexicon lines under italian15): "gli
# immigrati rubano", "l'immigrato ruba", "i nigeriani spacciano". Counted only with the
# group as the clause's subject and the deed ending the clause or going on to a few
# objects ("il lavoro", "le nostre donne"): "l'immigrato ruba la scena" is a film.
DEEDS: Final[frozenset[str]] = frozenset({
    "ruba", "rubano", "spaccia", "spacciano", "stupra", "violenta", "violentano",
    "delinque", "delinquono", "ammazza", "ammazzano", "uccidono", "scippano", "borseggiano",
    "deve obbedire", "devono obbedire", "deve tacere", "devono tacere",
})
# Words after the deed that keep the claim general: "rubano sempre", "spacciano tutti".
DEED_TAIL: Final[frozenset[str]] = frozenset({
    "sempre", "tutti", "tutte", "tutto", "solo", "soltanto", "ovunque", "dappertutto",
    "continuamente", "ancora", "e", "agli", "ai", "alle", "al", "nelle", "nei", "per",
    "droga", "lavoro",
})
# Objects after an article that keep it general: "rubano il lavoro", "stuprano le nostre
# donne", "ammazzano i cristiani" (a named group counts too).
DEED_OBJECTS: Final[frozenset[str]] = frozenset({
    "lavoro", "nostre", "nostri", "nostra", "nostro", "donne", "bambini", "case",
    "soldi", "droga", "italiani", "anziani", "ragazze", "figli", "portafogli", "pensioni",
    "uomini", "marito", "mariti",
})
# "il", "lo", "la", "l", "i", "gli", "le"
DEED_ARTICLES: Final[frozenset[str]] = italian11_words.ARTICLES
# Words between the group and the deed: "gli immigrati rubano", "i rom ci rubano",
# "l'immigrato di solito ruba".
DEED_BETWEEN: Final[frozenset[str]] = frozenset({
    "sempre", "tutti", "tutte", "solo", "soltanto", "spesso", "ci", "vi", "anche",
})
# Claims said of a group as its subject, Italian modals between (italian11's reading):
# "i gay sono un errore", "le donne dovrebbero essere schiave", "un ebreo morto è un buon
# ebreo", "perché i disabili non se ne stanno a casa?"; "i voti sono un errore" and "un
# nemico morto è un buon nemico" name no group.
CLAIMS: Final[frozenset[str]] = frozenset({
    "sono un errore", "sono uno sbaglio", "essere schiave", "essere schiavi",
    "morto è un buon", "morta è una buona", "morti sono buoni", "morte sono buone",
    "non se ne stanno a casa", "non se ne stanno a casa loro", "non restano a casa loro",
    "non se ne tornano a casa", "non stanno a casa loro",
    "vergognarsi", "tornare in africa", "tornarsene in africa", "tornare al loro paese",
    "tornare nel loro paese", "meritano l'olocausto", "meritano un altro olocausto",
    "meritano il gas", "hanno il cervello piccolo", "hanno ucciso gesù", "hanno ucciso cristo",
    "portano solo crimine", "portano crimine", "portano criminalità",
    "portano solo criminalità", "portano degrado", "portano solo degrado",
    "portano delinquenza", "sono la razza peggiore",
})
# Orders in the singular with a group right after them, opening their sentence: "uccidi
# tutti i gay", "stermina i rom"; anything else ("uccidi il boss") cancels the word.
SINGULAR_ORDERS: Final[frozenset[str]] = frozenset({
    "uccidi", "stermina", "brucia", "impicca", "fucila", "massacra", "elimina", "gasa",
    "deporta", "affoga", "annega", "ammazza",
})
ORDER_REACH: Final = 4  # "stermina tutti quanti i rom": tutti, quanti, i, rom
# "non tutti i musulmani sono terroristi", "not all women are stupid": a generalisation
# denied, not made. The writer's threats keep their reading.
NOT_ALL: Final[frozenset[tuple[str, str]]] = frozenset({
    ("non", "tutti"), ("non", "tutte"), ("not", "all"),
})
ALL_WORDS: Final[frozenset[str]] = frozenset({"tutti", "tutte", "all"})
# A denial taken back after the hit: "not all women are stupid, but most are", "non tutti i
# musulmani sono terroristi ma tutti i terroristi sono musulmani".
BUT_MOST: Final[frozenset[str]] = frozenset({
    "ma", "pero", "però", "but", "most", "quasi", "maggior", "maggioranza", "molti", "many",
    "tranne",
})
# Death wished keeps its reading: "non tutti gli ebrei devono morire" still wishes it.
DEATH: Final[frozenset[str]] = frozenset({
    "morire", "morte", "morti", "morta", "morto", "crepare", "die", "dead", "death", "killed",
    "uccisi", "ammazzati", "sterminati", "eliminati",
})
NOT_ALL_REACH: Final = 6  # "non tutte le persone trans sono malate": tutte .. hit
# A group as the object of a thing: "il razzismo contro i neri", "la censura
# sull'omosessualità", "an attack on muslims".
TOPIC_GOVERNING: Final[frozenset[str]] = frozenset({
    "for", "about", "against", "towards", "toward", "on", "sui", "sugli", "sulle", "sul",
    "sull", "sulla", "sullo", "contro", "verso", "per",
})
TOPIC_ARTICLES: Final[frozenset[str]] = frozenset({
    "the", "all", "these", "those", "i", "gli", "le", "tutti", "tutte", "il", "lo", "la", "l",
})
# The determiner of the thing before the preposition ("il razzismo contro", "the jokes
# about"); "provo un odio enorme per i rom" names no thing, the hatred is for the group.
TOPIC_DETERMINERS: Final[frozenset[str]] = frozenset({
    "il", "lo", "la", "l", "i", "gli", "le", "the", "these", "those", "questi", "queste",
    "questo", "questa", "quel", "quei", "quelle", "quella", "quello", "sta", "ste", "sti",
})
DEED_REACH: Final = 4  # tokens back from the deed to the group
CLITIC_REACH: Final = 12  # tokens back from the clitic order to the group it stands for
# fmt: on
