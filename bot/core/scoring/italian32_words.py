"""Words of the italian32 round (issue 8, targeting_italian32.py): trans people denied
their gender ("le donne trans sono uomini", "un trans resta un uomo", "le trans non
saranno mai donne")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The terms (it/identity_attack.txt, italian32): the trans subject and the verb after it.
# "resta", "restano", ... anchor only these terms (lexicon_compile._ROUNDS_OWN_TERMS).
SUBJECTS: Final[frozenset[str]] = frozenset({"trans", "transessuali", "transessuale"})
OWN_TERMS: Final[frozenset[str]] = frozenset({
    "trans sono", "trans e", "trans non", "trans resta", "trans restano", "trans rimane",
    "trans rimangono", "trans restera", "trans resteranno", "transessuali sono",
    "transessuali non", "transessuali restano", "transessuale e", "transessuale non",
    "transessuale resta",
}) | frozenset({"trans women", "trans woman", "trans men", "trans man"})
# Terms that give way to an older term of the same length they overlap (matching.py):
# "le persone trans sono malate" keeps "sono malate".
YIELDING: Final[frozenset[str]] = OWN_TERMS
# English: the gender the person lives as is the term's own word ("trans men").
EN_MEN: Final[frozenset[str]] = frozenset({"men", "man"})
# English: the term is followed by a verb ("trans women are", "will", "aren't").
EN_VERBS: Final[frozenset[str]] = frozenset({
    "are", "is", "will", "remain", "remains", "ll", "s", "re", "aren", "isn", "arent",
    "isnt", "won", "wont", "never", "always", "still", "just", "only",
})
# The gender denied when one of these stands between the term and the gender.
NEGATIONS: Final[frozenset[str]] = frozenset({
    "non", "not", "never", "aren", "isn", "arent", "isnt", "won", "wont", "t", "nt",
})
# The word before the subject that says which gender the person lives as: "le donne
# trans" (women), "gli uomini trans" (men). A bare "i trans", "una trans" is read as the
# word is mostly used, of trans women. "le persone trans" says neither: left alone.
WOMEN: Final[frozenset[str]] = frozenset({"donne", "donna", "ragazze", "ragazza"})
MEN: Final[frozenset[str]] = frozenset({"uomini", "uomo", "ragazzi", "ragazzo"})
NEITHER: Final[frozenset[str]] = frozenset({
    "persone", "persona", "bambini", "bambino", "bambine", "bambina", "giovani",
    "adolescenti", "minori", "atleti", "atlete", "amici", "amiche",
})
# "trans è" is also "trans e" (and): read only after a word of one person ("un trans è",
# "la donna trans è"), never "donne, trans e uomini".
ONE: Final = "e"
ONE_PERSON: Final[frozenset[str]] = frozenset({
    "un", "una", "la", "il", "lo", "questa", "questo", "quella", "quel", "quello", "donna",
    "uomo", "ogni", "mia", "mio", "tua", "tuo", "sua", "suo", "ragazza", "ragazzo",
})
# Before the subject: the writer or the reader speaking of themselves ("sono una donna
# trans e ..."), or none of the group ("nessuna donna trans è un uomo").
SELF_OR_NONE: Final[frozenset[str]] = frozenset({
    "sono", "siamo", "sei", "siete", "nessun", "nessuna", "nessuno", "im", "m", "am",
    "we", "no", "every",
})
SELF_REACH: Final = 3
# The gender named after the verb.
MALE: Final[frozenset[str]] = frozenset({
    "uomo", "uomini", "maschio", "maschi", "men", "man", "male", "males",
})
FEMALE: Final[frozenset[str]] = frozenset({
    "donna", "donne", "femmina", "femmine", "women", "woman", "female", "females",
})
# Between the term and the gender: adverbs, copulas, articles ("sono e resteranno sempre
# degli uomini", "non sarà mai una donna", "non potrà mai essere una donna").
BETWEEN: Final[frozenset[str]] = frozenset({
    "sempre", "solo", "soltanto", "solamente", "comunque", "e", "mai", "affatto", "mica",
    "un", "una", "dei", "delle", "degli", "vere", "veri", "vera", "vero", "essere",
    "sono", "resta", "restano", "rimane", "rimangono", "restera", "resteranno", "sara",
    "saranno", "diventera", "diventeranno", "potra", "potranno", "rimarra", "rimarranno",
    "ancora", "pur", "biologicamente", "geneticamente", "di", "fatto",
}) | EN_VERBS | NEGATIONS | frozenset({
    "a", "be", "biological", "biologically", "real", "really", "simply", "forever",
    "ever", "literally", "all", "nothing", "but",
})
BETWEEN_REACH: Final = 5
# After the gender, a judgement of the claim ("... è transfobia", "... è odio").
JUDGED: Final[frozenset[str]] = frozenset({
    "transfobia", "transfobico", "transfobica", "transfobo", "transfobi", "odio", "falso",
    "ignoranza", "ignorante", "ignoranti", "sbagliato", "razzismo", "violenza", "bigotto",
    "bigotti", "cattiveria", "crudele", "transphobic", "transphobia", "hate", "hateful",
    "bigoted", "bigotry", "wrong", "false", "lie", "ignorant",
})
JUDGED_REACH: Final = 4
# Before the subject in its sentence, a word that reports or rejects the claim ("chi
# dice che", "smettila di ripetere che", "la frase", "è falso che", "pensa ancora").
REPORTED: Final[frozenset[str]] = frozenset({
    "dice", "dicono", "dire", "detto", "scrive", "scrivono", "scrivere", "scritto",
    "ripete", "ripetono", "ripetere", "pensa", "pensano", "pensare", "crede", "credono",
    "credere", "sostiene", "sostengono", "sostenere", "frase", "falso", "chi", "sentire",
    "sento", "affermare", "afferma", "affermano", "convinto", "convinti", "dicendo",
    "scrivendo", "ripetendo", "ripeti", "dici", "vero", "say", "says", "said", "saying",
    "claim", "claims", "claiming", "think", "thinks", "believe", "believes", "who",
})
REPORTED_REACH: Final = 8
