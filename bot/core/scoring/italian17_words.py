"""Words of the italian17 round (issue 8, targeting_italian17.py): a named group said to
do something of contempt, harm or living off others to something general (and its
threats in the singular, "nessun" denials), and the singular "arabo", "nero", "femmina"
and nationalities read as the people after a generic determiner (the scorer's
`singulars_as_people`).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum_words, italian12_words

# fmt: off
# Verbs of contempt, harm or living off others (identity_attack.txt's italian17 lines):
# "gli ebrei sfruttano il paese", "l'islamico disprezza la nostra cultura", "i migranti
# succhiano i nostri soldi". Counted only with a named group as their subject and a
# general object after them; "i padroni sfruttano i braccianti", "i musulmani disprezzano
# la violenza" and "i russi invadono l'ucraina" stay clean.
CONTEMPT_VERBS: Final[frozenset[str]] = frozenset({
    "disprezza", "disprezzano", "odia", "odiano", "sfrutta", "sfruttano", "invade",
    "invadono", "sporca", "sporcano", "infesta", "succhia", "succhiano", "divora",
    "divorano", "approfitta", "approfittano", "deruba", "derubano", "corrompe",
    "corrompono", "avvelena", "avvelenano", "distrugge", "inquina", "inquinano",
    "infetta", "infettano", "saccheggia", "saccheggiano", "imbratta", "imbrattano",
    "degrada", "degradano", "insozza", "insozzano", "parassitano", "islamizzano",
    "sottomettono", "sottomette", "colonizzano", "colonizza",
    # the plural subjunctive of an opinion: "penso che gli immigrati sfruttino il paese"
    "sfruttino", "disprezzino", "odino", "invadano", "sporchino", "derubino", "corrompano",
    "avvelenino", "distruggano", "rovinino", "infestino", "succhino", "divorino",
    "approfittino", "inquinino", "islamizzino", "sottomettano", "colonizzino",
})
# The same verbs as gerunds, after "stanno": "gli stranieri stanno sfruttando il paese".
GERUNDS: Final[frozenset[str]] = frozenset({
    "sfruttando", "sporcando", "disprezzando", "succhiando", "divorando", "corrompendo",
    "avvelenando", "inquinando", "islamizzando", "saccheggiando", "degradando",
    "insozzando", "imbrattando", "infettando", "colonizzando",
})
# As participles only right after "ha"/"hanno" ("gli islamici hanno invaso l'europa");
# "l'immigrato sfruttato nel nostro paese" is the one harmed.
PARTICIPLES: Final[frozenset[str]] = frozenset({
    "sfruttato", "invaso", "sporcato", "derubato", "avvelenato", "saccheggiato",
    "degradato", "islamizzato", "inquinato", "infettato", "insozzato", "imbrattato",
})
PERFECT: Final[frozenset[str]] = frozenset({"ha", "hanno"})
# As infinitives only after a verb of wanting or trying ("i musulmani vogliono invadere
# l'europa", "cercano di distruggere la nostra cultura").
INFINITIVES: Final[frozenset[str]] = frozenset({
    "sfruttare", "invadere", "sporcare", "derubare", "succhiare", "divorare", "corrompere",
    "avvelenare", "distruggere", "inquinare", "infettare", "saccheggiare", "islamizzare",
    "rovinare", "sottomettere", "colonizzare",
})
# Infinitives with "us" as their clitic: "vogliono sostituirci", "cercano di sottometterci".
US_INFINITIVES: Final[frozenset[str]] = frozenset({
    "sostituirci", "sottometterci", "invaderci", "derubarci", "sfruttarci", "colonizzarci",
    "islamizzarci", "conquistarci",
})
# Replacing counts only of "us" or our people ("ci stanno sostituendo", "sostituiscono gli
# italiani"); "le donne sostituiscono gli uomini al lavoro" is news.
REPLACING: Final[frozenset[str]] = frozenset({"sostituiscono", "sostituendo", "sostituire"})
REPLACED: Final[frozenset[str]] = frozenset({
    "italiani", "europei", "bianchi", "noi", "nostro", "nostra", "nostri", "nostre", "popolo",
})
# Disease and crime a group is said to bring: "i gay diffondono l'aids", "gli africani
# portano l'ebola", "gli immigrati portano solo problemi"; "i migranti portano i bambini a
# scuola" is no claim.
SPREADING: Final[frozenset[str]] = frozenset({
    "portano", "portino", "diffondono", "diffondano", "diffonde", "spargono", "trasmettono",
})
PLAGUES: Final[frozenset[str]] = frozenset({
    "malattie", "malattia", "aids", "hiv", "ebola", "virus", "scabbia", "tubercolosi",
    "peste", "covid", "epidemie", "degrado", "crimine", "criminalita", "delinquenza", "droga",
    "terrore", "terrorismo", "problemi", "caos", "violenza", "odio", "morte", "sporcizia",
    "stupri", "rapine", "furti", "insicurezza",
})
# Living off others: "gli stranieri vivono a sbafo", "il clandestino campa di sussidi".
# Only these tails count after them ("gli immigrati vivono in italia" is no claim).
LIVING: Final[frozenset[str]] = frozenset({"vive", "vivono", "campa", "campano", "vivano"})
LIVING_OFF: Final[frozenset[str]] = frozenset({
    "sbafo", "spese", "spalle", "carico", "sussidi", "elemosina", "espedienti", "furti",
    "scrocco", "assistenza", "elemosine", "rapine", "truffe", "crimini",
})
WANTING: Final[frozenset[str]] = frozenset({
    "vogliono", "vuole", "vorrebbero", "vorrebbe", "cercano", "cerca", "provano", "prova",
    "tentano", "tenta", "continuano", "continua", "vengono", "viene", "puntano", "punta",
})
# Respect, acceptance and duty refused: "gli immigrati non rispettano le nostre leggi",
# "gli stranieri se ne fregano delle nostre regole"; a general object after them, as above.
REFUSED: Final[frozenset[str]] = frozenset({
    "non rispettano", "non rispetta", "non rispetteranno", "non accettano", "non accetta",
    "non pagano", "non paga", "se ne fregano", "se ne frega", "non rispettino",
    "non accettino", "non paghino", "se ne freghino",
})
# Said with no object: "il rom puzza", "lo straniero puzza (di alcol)", "gli immigrati
# non si integrano".
UNINTEGRATED: Final[frozenset[str]] = frozenset({
    "non si integrano", "non si integra", "non si integreranno", "non si integrera",
    "non vogliono integrarsi", "non vuole integrarsi", "non si integrino",
})
# Threats in the singular (threat.txt's italian17 lines), said of a group as the subject:
# "ogni immigrato dovrebbe essere ucciso", "l'arabo va impiccato"; "nessun immigrato deve
# morire" wishes the opposite.
_HARMED: Final = ("uccis", "ammazzat", "sterminat", "eliminat", "impiccat", "fucilat")
_HARMED_TOO: Final = ("bruciat", "gasat", "massacrat", "picchiat", "stuprat", "torturat")
# italian20: the other verbs of the plural lines ("andrebbero soppressi"), in the singular
_HARMED_SINGLE: Final = (
    "soppress", "linciat", "pestat", "deportat", "sterilizzat", "cacciat", "espuls",
    "rimpatriat",
)
_THREAT_LEADS: Final = ("deve essere", "dovrebbe essere", "merita di essere", "va", "andrebbe")
SINGULAR_THREATS: Final[frozenset[str]] = frozenset(
    f"{lead} {stem}{end}"
    for lead in _THREAT_LEADS
    for stem in _HARMED + _HARMED_TOO + _HARMED_SINGLE
    for end in ("o", "a")
) | {"deve morire", "dovrebbe morire", "merita di morire", "merita la morte"}
STINK: Final[frozenset[str]] = frozenset({"puzza", "puzzino"})
# "puzza di bruciato": something is fishy, no one stinks.
STINK_IDIOMS: Final[frozenset[str]] = frozenset({"bruciato"})
# The round's lexicon terms: in a message naming no group the scorer drops them before
# reading (hateprobe5's group-only words), so "voglio distruggere il boss" is read as
# before.
OWN: Final[frozenset[str]] = (
    CONTEMPT_VERBS | GERUNDS | PARTICIPLES | INFINITIVES | US_INFINITIVES | REPLACING
) | (LIVING | STINK | REFUSED | UNINTEGRATED | SINGULAR_THREATS | SPREADING)
# italian11's bare "non voglio"/"non vogliamo" (a group right after, a place beyond):
# group-only words too, so "cazzo non voglio andare" is read as before.
NOT_WANTED_BARE: Final[frozenset[str]] = frozenset({"non voglio", "non vogliamo"})
# Between the group and the verb: "gli immigrati ci sfruttano", "i rom sporcano sempre",
# "stanno sfruttando", "hanno invaso", "vogliono invadere", "cercano di distruggere".
BETWEEN: Final[frozenset[str]] = frozenset({
    "sempre", "tutti", "tutte", "solo", "soltanto", "spesso", "anche", "ormai", "gia",
    "ci", "vi", "davvero", "proprio", "stanno", "sta", "di", "a", "qui", "ora", "adesso",
    "poi", "pure",
}) | PERFECT | WANTING
# People as the object, restricted by a relative clause, are some of them: "le donne
# odiano gli uomini che mentono", "gli immigrati odiano gli italiani che li sfruttano".
PEOPLE_OBJECTS: Final[frozenset[str]] = frozenset({
    "uomini", "donne", "italiani", "europei", "cristiani", "bambini", "giovani", "noi",
})
RELATIVE: Final = "che"
# Before the group noun of the subject: a determiner or a clause's opening word. After a
# noun it is an adjective: "le aziende cinesi invadono il nostro mercato", "i fondi arabi".
SUBJECT_BEFORE: Final[frozenset[str]] = frozenset({
    "i", "gli", "le", "il", "lo", "la", "l", "un", "una", "uno", "tutti", "tutte", "questi",
    "queste", "quei", "quegli", "quelle", "sti", "ste", "molti", "molte", "tanti", "tante",
    "troppi", "troppe", "alcuni", "alcune", "certi", "certe", "ogni", "nessun", "nessuna",
    "qualsiasi", "qualunque", "che", "perche", "e", "ma", "anche", "pure", "se", "quando",
    "dove", "come", "mai", "ormai", "poi", "me", "cioe", "sai", "tanto", "infatti", "quindi",
    "vostri", "loro", "dei", "degli", "delle",
    # italian20: one member pointed at ("quella nigeriana puzza", "quel gay puzza")
    "quel", "quella", "quell", "quello", "questo", "questa",
})
# "non penso che gli immigrati sfruttino il paese": the view denied before the group.
OPINIONS: Final[frozenset[str]] = frozenset({"penso", "credo", "ritengo", "pensiamo", "crediamo"})
NOT: Final[frozenset[str]] = frozenset({"non", "nn", "mica"})
OPINION_REACH: Final = 7  # "non penso proprio che tutti gli immigrati ..."
# "conosco tanti musulmani. loro disprezzano la nostra cultura": the group named before.
THEY: Final[frozenset[str]] = frozenset({"loro"})
SUBJECT_REACH: Final = 5  # "ci stanno solo cercando di": tokens back from the verb
# Two verbs joined by "e" share the group and the object: "gli ebrei controllano e
# sfruttano il mondo", "i musulmani sfruttano e disprezzano il nostro paese".
AND: Final = "e"
PLURAL_VERB_ENDINGS: Final = ("ano", "ono")
# "ci" (us) between the group and the verb is itself the general object.
US: Final[frozenset[str]] = frozenset({"ci"})
# Before the object: articles, articled prepositions, "tutto", "ogni".
OBJECT_LEADS: Final[frozenset[str]] = frozenset({
    "il", "lo", "la", "l", "i", "gli", "le", "di", "del", "dello", "della", "dell", "dei",
    "degli", "delle", "a", "al", "allo", "alla", "all", "ai", "agli", "alle", "in", "nel",
    "nello", "nella", "nell", "nei", "negli", "nelle", "sul", "sulla", "sui", "sulle",
    "ogni", "tutto", "tutta", "tutti", "tutte", "sempre", "solo", "questo", "questa",
    "questi", "queste", "mai", "neanche", "nemmeno", "proprio",
})
OBJECT_REACH: Final = 3  # "delle nostre città", "tutto il paese", "il mondo intero"
# Whose thing: "la nostra cultura", "i nostri soldi".
OURS: Final[frozenset[str]] = frozenset({"nostro", "nostra", "nostri", "nostre", "noi"})
# General objects: the country, the society, its people and goods.
GENERAL_OBJECTS: Final[frozenset[str]] = frozenset({
    "tutto", "paese", "paesi", "italia", "europa", "occidente", "mondo", "societa",
    "nazione", "nazioni", "stato", "patria", "popolo", "civilta", "citta", "quartiere",
    "quartieri", "strade", "periferie", "piazze", "stazioni", "territorio", "cultura",
    "tradizioni", "valori", "identita", "famiglia", "famiglie", "italiani", "europei",
    "cristiani", "economia", "welfare", "sistema", "risorse", "soldi", "lavoro", "case",
    "scuole", "ospedali", "bambini", "giovani", "razza", "sangue", "uomini", "leggi",
    "regole", "costumi", "usanze", "religione", "tasse", "confini", "donne",
})
# "nessun musulmano è un terrorista": the claim denied of every member, as "no immigrant
# is a criminal" is; "nessun clandestino è onesto" (a virtue denied) stays an attack.
# hatecheck20: the English "no" too, for a group of two words the older English denial
# does not reach ("no trans person is vermin", "no black person is a parasite").
NO_ONE: Final[frozenset[str]] = frozenset({"nessun", "nessuna", "no"})
NO_ONE_REACH: Final = 6  # "nessun" + "persona trans" + "è" + "un" before the hit
IS: Final[frozenset[str]] = frozenset({"e", "is"})
IS_ARTICLES: Final[frozenset[str]] = forum_words.INDEFINITE
# Words of worth in the hit: their denial is the attack ("è una brava persona").
WORTH: Final[frozenset[str]] = frozenset({
    "brava", "bravo", "buona", "buono", "persona", "onesta", "onesto", "degna", "degno",
    "umano", "umana", "normale", "intelligente", "pulito", "pulita",
    "good", "honest", "decent", "human", "normal", "worthy", "clean", "smart",
})
# "arabo", "nero", "femmina" name the people after a generic determiner ("l'arabo è un
# ladro", "nessun nero è affidabile", "la femmina è un oggetto"), read as a group noun
# of the same gender; "parlo arabo", "la maglia nera", "una gatta femmina" stay words.
SINGULAR_PEOPLE: Final[dict[str, str]] = {
    "arabo": "africano", "araba": "africana", "nero": "africano", "nera": "africana",
    "femmina": "donna",
}
# The singular nationalities ("il marocchino ruba", "nessun albanese è onesto") are as
# often adjectives or things ("il ristorante cinese", "un marocchino al bar"): read as
# people only after a determiner opening the clause, or after "nessun"/"ogni".
NATIONALITIES: Final[dict[str, str]] = {
    "nigeriano": "straniero", "nigeriana": "straniera", "marocchino": "straniero",
    "marocchina": "straniera", "albanese": "straniero", "rumeno": "straniero",
    "rumena": "straniera", "romeno": "straniero", "romena": "straniera",
    "tunisino": "straniero", "tunisina": "straniera", "senegalese": "straniero",
    "pakistano": "straniero", "pakistana": "straniera", "bengalese": "straniero",
    "cinese": "straniero", "magrebino": "straniero", "magrebina": "straniera",
    "nordafricano": "straniero", "nordafricana": "straniera", "egiziano": "straniero",
    "egiziana": "straniera",
}
AS_PEOPLE: Final[dict[str, str]] = SINGULAR_PEOPLE | NATIONALITIES
SINGULAR_WORDS: Final[frozenset[str]] = frozenset(AS_PEOPLE)
# The words the scorer keeps group-only hits for (lexicon_compile's GROUP_NAMED): these,
# and "nere", which italian14's colour_as_people reads as "neri" after "persone" ("le
# persone nere sono una sciagura" was dropped before the rules read it).
MAY_NAME_GROUP: Final[frozenset[str]] = SINGULAR_WORDS | {"nere"}
# Determiners that make them people anywhere ("un arabo", "nessun nero").
INDEFINITE: Final[frozenset[str]] = italian12_words.SINGULAR_DETERMINERS
EVERY: Final[frozenset[str]] = frozenset({"nessun", "nessuna", "ogni", "qualsiasi", "qualunque"})
# "sparerò al primo nero che incontro", "il prossimo arabo che vedo": the first one met.
ORDINALS: Final[frozenset[str]] = frozenset({"primo", "prima", "prossimo", "prossima"})
# A determiner makes them people when it opens the clause ("il nero è inferiore",
# "secondo me l'arabo è ladro", "un marocchino ruba"); "vesto il nero", "studio l'arabo"
# are a colour, a language.
DEFINITE: Final[frozenset[str]] = frozenset({"il", "la", "l", "lo", "un", "una"})
CLAUSE_OPENERS: Final[frozenset[str]] = frozenset({
    "che", "perche", "ma", "e", "poi", "tanto", "secondo", "me", "per", "penso", "credo",
    "sai", "ormai", "comunque", "insomma",
})
# After them, what makes them a colour, a language, a species: "un nero opaco", "la
# femmina del leone", "l'arabo classico", "il nero ti sta bene".
NOT_PEOPLE_AFTER: Final[frozenset[str]] = frozenset({
    "opaco", "opaca", "lucido", "lucida", "intenso", "intensa", "profondo", "profonda",
    "pece", "carbone", "corvino", "fumo", "notte", "metallizzato", "satinato", "assoluto",
    "di", "del", "dello", "della", "dei", "degli", "delle", "su", "o", "come", "al",
    "a", "in", "per", "classico", "moderno", "antico", "standard", "letterario",
    "ti", "mi", "gli", "le", "ci", "vi", "si", "sta", "stava", "dona", "scritto",
    "parlato",
})
# italian19: "quella nigeriana puzza", a woman pointed at opening the clause ("quel
# cinese" is as often the restaurant, "quella nera" the shirt).
# italian20: a man pointed at too ("quel nigeriano è un animale", "quell'arabo è un
# ladro"), but never the masculine words that name a thing as often ("quel cinese" the
# restaurant, "quel marocchino" the coffee); "nero", "nera" stay colours.
POINTED: Final[frozenset[str]] = frozenset({"quella", "quel", "quell", "quello"})
POINTED_WORDS: Final[frozenset[str]] = frozenset(NATIONALITIES) | {"arabo", "araba"}
THING_SENSES: Final[frozenset[str]] = frozenset({"cinese", "marocchino"})
# A person cursed: "un nero di merda"; "il nero di merda di quella maglia" is a colour.
CURSED_AFTER: Final = ("di", "merda")
CURSE_DETERMINERS: Final[frozenset[str]] = frozenset({
    "un", "una", "quel", "quella", "quello", "quell", "questo", "questa", "sto", "sta",
})
# A language named just after: "l'arabo è una lingua di merda".
LANGUAGE: Final[frozenset[str]] = frozenset({"lingua", "lingue", "alfabeto", "grammatica"})
LANGUAGE_REACH: Final = 4
# fmt: on


def singulars_as_people(tokens: list[str]) -> list[str]:
    """`tokens` with "arabo", "nero", "femmina" or a nationality after a generic
    determiner read as a group noun: "l'arabo è un ladro" names the people as
    "l'africano" would, "parlo arabo" and "la maglia nera" stay a language and a colour."""
    read = list(tokens)
    for i, word in enumerate(tokens):
        if word not in SINGULAR_WORDS or i == 0:
            continue
        det = tokens[i - 1]
        if det in CURSE_DETERMINERS and tuple(tokens[i + 1 : i + 3]) == CURSED_AFTER:
            read[i] = AS_PEOPLE[word]  # "un nero di merda", "quell'arabo di merda"
            continue
        if i + 1 < len(tokens) and tokens[i + 1] in NOT_PEOPLE_AFTER:
            continue  # "un nero opaco", "la femmina del leone"
        if not LANGUAGE.isdisjoint(tokens[i + 1 : i + LANGUAGE_REACH]):
            continue  # "l'arabo è una lingua difficile"
        anywhere = INDEFINITE if word in SINGULAR_PEOPLE else EVERY
        if (
            det in anywhere
            or (det in DEFINITE and (i == 1 or tokens[i - 2] in CLAUSE_OPENERS))
            or (det in ORDINALS and i + 1 < len(tokens) and tokens[i + 1] == "che")
            or (
                det in POINTED
                and word in POINTED_WORDS
                and (det == "quella" or word not in THING_SENSES)
                and (i == 1 or tokens[i - 2] in CLAUSE_OPENERS)
            )
        ):
            read[i] = AS_PEOPLE[word]
    return read
