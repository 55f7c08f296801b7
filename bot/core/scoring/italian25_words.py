"""Words of the italian25 round (issue 8): Italian chat aimed at a person, read by
targeting_italian25.py.

Kept here, not in cues.txt: every cue word also becomes a known word, and the older
rules read a word no list knows as a name.
"""

from __future__ import annotations

from typing import Final

# fmt: off
# A demonstrative pronoun as a clause's subject, then a copula and an article: "questa è
# una cretina", "questi qui sono proprio degli idioti". gamechat4 reads "questa" /
# "questo" as a thing ("questa è una cazzata"); with a word said only of people after
# the article, it is a person.
POINTING: Final[frozenset[str]] = frozenset({
    "questa", "questo", "questi", "queste", "quella", "quello", "quelli", "quelle",
})
HERE: Final[frozenset[str]] = frozenset({"qui", "qua", "li", "lì", "la", "là"})
COPULAS: Final[frozenset[str]] = frozenset({"e", "è", "é", "sono"})
ARTICLES: Final[frozenset[str]] = frozenset({
    "un", "una", "uno", "dei", "degli", "delle",
})
INTENSIFIERS: Final[frozenset[str]] = frozenset({
    "proprio", "solo", "soltanto", "davvero", "veramente", "pure", "anche", "tutti",
    "tutte", "sempre", "solamente",
})
# Openers a pointing subject may follow in its sentence: "ma questa è una cretina".
OPENERS: Final[frozenset[str]] = frozenset({"ma", "e", "poi", "però", "pero", "cioe", "cioè"})
# After the insult, words that keep it a name for a person: "una cretina patentata".
AFTER_PERSON: Final[frozenset[str]] = frozenset({
    "patentato", "patentata", "patentati", "patentate", "totale", "totali", "completo",
    "completa", "assoluto", "assoluta", "nato", "nata", "vero", "vera",
})
# Insults that also judge a thing, never read as a person here: "questa è una vergogna".
THING_TOO: Final[frozenset[str]] = frozenset({
    "una vergogna", "vergogna", "ridicolo", "ridicola", "ridicoli", "ridicole",
    "patetico", "patetica", "patetici", "patetiche", "schifoso", "schifosa",
    "penoso", "penosa", "disgustoso", "disgustosa", "fallimento", "un fallimento",
    "un disastro", "disastro", "imbarazzante", "vergognoso", "vergognosa",
})

# A demonstrative with an animal or a witch, said of a person (the lexicon's italian25
# lines in insult.txt: "sta vipera", "quell oca", "questa gallina"). Counted only in
# the round's shape; a farm, a kitchen or a fairy tale stays clean.
DEMONSTRATIVES: Final[frozenset[str]] = frozenset({"sta", "questa", "quella", "quell"})
BEASTS: Final[frozenset[str]] = frozenset({
    "oca", "gallina", "mucca", "vacca", "balena", "serpe", "iena", "arpia", "vipera",
    "strega", "megera", "capra", "asina", "scrofa", "cornacchia", "civetta", "cozza",
})
BEAST_TERMS: Final[frozenset[str]] = frozenset({f"{d} {b}" for d in DEMONSTRATIVES for b in BEASTS})
# Person verbs a few words after the beast, or right before it: "sta strega non si
# vergogna", "ma perché urla sta gallina", "questa mucca rompe e basta".
PERSON_VERBS: Final[frozenset[str]] = frozenset({
    "parla", "parlare", "urla", "urlare", "piange", "piagne", "ride", "rompe", "starnazza",
    "dice", "blatera", "vergogna", "vergognarsi", "zitta", "tace", "mente", "insulta",
    "capisce", "crede", "pensa", "vuole", "critica", "commenta", "giudica", "frigna",
    "sbraita", "strilla", "invitata", "votata", "eletta", "chiacchiera", "sparla",
    "stufato", "stancato", "rotto", "scassato",
})
# Words that may stand between the beast and its verb: "non si", "sta", "ancora".
VERB_FILLERS: Final[frozenset[str]] = frozenset({
    "non", "si", "sta", "ancora", "sempre", "mai", "proprio", "solo", "che", "ci", "ne",
    "ha", "ormai", "gia", "già",
})
VERB_REACH: Final = 4  # tokens after the beast to a person verb
# "quella vacca di tua madre", "quella serpe di sua cognata": a relative after "di".
POSSESSIVES: Final[frozenset[str]] = frozenset({"tua", "sua", "mia", "vostra", "nostra"})
KIN: Final[frozenset[str]] = frozenset({
    "madre", "mamma", "sorella", "suocera", "cognata", "zia", "nonna", "moglie", "ex",
    "figlia", "cugina", "collega", "vicina", "amica", "ragazza", "fidanzata",
})
OF: Final[frozenset[str]] = frozenset({"di", "del", "della", "dello", "dell"})
# One word of scorn after the beast, read with it: "sta oca giuliva", "quella vipera
# velenosa di Marta".
SCORN: Final[frozenset[str]] = frozenset({
    "giuliva", "velenosa", "schifosa", "rancida", "vecchia", "maledetta", "lurida",
    "spennacchiata", "starnazzante", "isterica", "acida", "bugiarda", "ignorante",
})
# "questa mucca senza dignità": a want only a person has, right after the beast.
WITHOUT: Final = "senza"
PERSON_WANTS: Final[frozenset[str]] = frozenset({
    "dignita", "dignità", "vergogna", "cervello", "pudore", "ritegno", "neuroni", "classe",
})
# A thing done to the beast before it: "ho cucinato sta gallina", "guarda quella mucca".
HANDLED: Final[frozenset[str]] = frozenset({
    "guarda", "guardate", "vedi", "visto", "vista", "cucinato", "cucinata", "comprato",
    "comprata", "mangiato", "mangiata", "munto", "munta", "allevato", "allevata",
    "disegnato", "disegnata", "fotografato", "fotografata", "adoro", "amo",
})

# The same beasts, a flock, said whole after "siete" or a pointing subject: "siete delle
# oche", "queste sono delle galline" (the lexicon's "delle oche" lines); never "ho
# comprato delle galline". "vipere", "capre", "balene" are older terms of their own.
FLOCKS: Final[frozenset[str]] = frozenset({
    "delle oche", "delle galline", "delle streghe", "delle arpie", "delle megere",
    "delle serpi", "delle iene", "delle vacche", "delle scrofe", "delle cornacchie",
    # one beast, the same way: "quella è una gallina", "sei una civetta"
    "una gallina", "una oca", "un oca", "una mucca", "una civetta", "una serpe",
    "una iena", "una arpia", "un arpia", "una cornacchia",
})
YOU_ARE: Final[frozenset[str]] = frozenset({"siete", "sembrate", "sei", "sembri"})
TAG_REACH: Final = 6  # hashtags read past at a message's end

# A jailbird: "siete degli avanzi di galera" (lexicon lines in insult.txt) reads as the
# older rules read any insult.

# A lesson ordered, then a bare vocative: "impara a scrivere somaro", "ripassa la
# grammatica, asino". The order opens the sentence; the insult closes it.
LESSONS: Final[frozenset[str]] = frozenset({
    "impara", "imparate", "studia", "studiate", "ripassa", "ripassate", "torna",
    "tornate", "ritorna", "leggi", "leggiti", "informati", "informatevi", "documentati",
})
LESSON_REACH: Final = 7  # tokens back from the vocative to the order
# A word talked about as a word, never a vocative: "la parola somaro".
WORD_NOUNS: Final[frozenset[str]] = frozenset({
    "parola", "termine", "aggettivo", "nome", "insulto",
})
NOT_VOCATIVE: Final[frozenset[str]] = frozenset({
    "un", "una", "uno", "il", "la", "lo", "l", "i", "gli", "le", "di", "da", "come",
    "del", "della", "dei", "degli", "delle", "a", "al", "alla", "che", "e", "sul",
    "sulla", "sullo", "sui", "sugli", "sulle", "nel", "nella", "nello", "nei", "negli",
    "nelle", "dal", "dalla", "dallo", "dai", "dagli", "dalle", "col", "coi", "allo", "ai",
    "agli", "alle", "per", "con", "su", "in", "tra", "fra", "mio", "mia", "tuo", "tua",
    "suo", "sua", "questo", "questa", "quel", "quella",
})
REPORT_REACH: Final = 8  # tokens back from a beast to a reporting word
REPORTED: Final[frozenset[str]] = frozenset({
    "detto", "dato", "chiamato", "chiamata", "chiamano", "urlato",
    "scritto", "dirmi", "dirci", "dirti", "definito", "definita",
})
# fmt: on


# fmt: off
# The Italian article "i" before a plural insult, not the English "I": "i beoti ridono",
# "i soliti idioti". Read so only right before the insult, or with one of these words
# between; the insult's first word ends in "i" ("cretini", "buffoni").
ARTICLE_ADJECTIVES: Final[frozenset[str]] = frozenset({
    "soliti", "tanti", "veri", "grandi", "poveri", "peggiori", "classici", "nuovi",
    "vecchi", "famosi", "presunti", "cosiddetti",
})
# Before the article, the writer among them: "siamo i soliti idioti".
WE: Final[frozenset[str]] = frozenset({"siamo", "noi", "eravamo", "saremo", "sembriamo"})
# fmt: on


def italian_article(before: list[str], at: int, word: str) -> bool:
    """ "i" at `before[at]` is the article of the plural Italian insult whose first word is
    `word` (a few list tests, asked only when "i" is the nearest self cue)."""
    if len(word) < 4 or word[-1] != "i":
        return False
    gap = len(before) - 1 - at
    if gap > 1 or (gap == 1 and before[at + 1] not in ARTICLE_ADJECTIVES):
        return False
    return at == 0 or before[at - 1] not in WE


# fmt: off
# A plural insult with its article opening the clause (targeting_italian25): "i beoti
# ridono pure". Not words said of things, roles, deeds, animals or in praise too.
PLURAL_ENDINGS: Final[dict[str, str]] = {"i": "i", "gli": "i", "le": "e"}
PLURAL_FLOOR: Final = 0.6  # fainter words ("buffoni", "pagliacci") are jesters too
NOT_PEOPLE_ONLY: Final[frozenset[str]] = frozenset({
    "geni", "mostri", "fenomeni", "bestie", "animali", "malati", "malate", "pazzi",
    "diavoli", "demoni", "pagliacci", "buffoni", "ridicoli", "ridicole", "patetici",
    "patetiche", "schifosi", "schifose", "disgustosi", "vergognosi", "inutili",
    # a class of people by a deed, judged in the functional suites' non-hateful lines
    # ("gli stupratori sono feccia"): not an insult's subject here
    "stupratori", "stupratore", "pedofili", "pedofilo", "assassini", "assassino",
    "ladri", "ladro", "criminali", "criminale", "delinquenti", "delinquente", "mafiosi",
    "mafioso", "corrotti", "corrotto", "spacciatori", "terroristi", "terrorista",
    "evasori", "truffatori", "truffatore", "violentatori", "molestatori", "razzisti",
    "razzista", "fascisti", "fascista", "nazisti", "nazista", "bulli", "bullo",
    "assassina", "ladra", "corrotta", "pedofila", "traditori", "traditore",
    # animals, as often the animals themselves ("gli scarafaggi mi fanno schifo")
    "scarafaggi", "scarafaggio", "ratti", "ratto", "topi", "topo", "vermi", "verme",
    "parassiti", "parassita", "maiali", "maiale", "porci", "porco", "cani", "cane",
    "scimmie", "scimmia", "serpi", "serpe", "serpenti", "serpente", "zecche", "zecca",
    "pidocchi", "pidocchio", "sanguisughe", "sanguisuga", "avvoltoi", "avvoltoio",
    "sciacalli", "sciacallo", "iene", "iena", "capre", "capra", "pecore", "pecora",
    "galline", "gallina", "oche", "oca", "vipere", "vipera", "asini", "asino", "somari",
    "somaro", "muli", "mulo", "bestia", "animale", "insetti", "insetto", "blatte",
    "blatta", "pulci", "balene", "balena", "vacche", "vacca", "mucche", "mucca", "scrofe",
    "scrofa", "lupi", "lupo", "squali", "squalo", "gorilla", "babbuini", "babbuino",
    "cagna", "cagne", "troll", "pecoroni", "caproni", "caprone",
})
# fmt: on


def plural_of(article: str, word: str) -> bool:
    """`article` is the Italian plural article of `word`: "i" / "gli" before "-i", "le"
    before "-e" ("i cretini", "le cretine"); never the English "I" before "hate"."""
    ending = PLURAL_ENDINGS.get(article)
    return ending is not None and len(word) >= 4 and word[-1] == ending


# fmt: off
# A singular insult with its article opening the clause, a verb's word after it
# (targeting_italian25): "il deficiente ha parlato", "ma la scema ci crede".
SINGLE_ARTICLES: Final[frozenset[str]] = frozenset({"il", "lo", "la", "l"})
SINGLE_ADJECTIVES: Final[frozenset[str]] = frozenset({
    "solito", "solita", "vero", "vera", "povero", "povera", "famoso", "famosa", "presunto",
    "presunta",
})
SUBJECT_NEXT: Final[frozenset[str]] = frozenset({
    "ha", "aveva", "non", "ci", "si", "mi", "ti", "ne", "continua", "vuole", "sta",
    "ancora", "pure", "anche", "sempre", "dice", "parla", "crede", "pensa", "commenta",
    "scrive", "ride", "torna", "riprova", "prova", "insiste", "ora", "adesso",
})
ME: Final[frozenset[str]] = frozenset({"io", "me"})  # the writer, a few words after
ME_REACH: Final = 5
OF_TURN: Final = ("di", "turno")  # "il coglione di turno"
THAT: Final = "che"
INFINITIVES: Final = ("are", "ere", "ire")  # "lo stupido è pensare che ..."
# fmt: on


def bare_insult(term: str, weight: float, words: int) -> bool:
    """One word, not faint, said only of people: the subject rules' insults ("cretini",
    "deficiente"); never a phrase that may name a thing ("i pezzi di carne sono pronti")."""
    return words == 1 and weight >= PLURAL_FLOOR and term not in NOT_PEOPLE_ONLY
