"""The word lists of the italian11 targeting rules (issue 8): the lexicon terms they aim
and the words their shapes read, kept apart from the rules (targeting_italian11.py).

Kept here, not in cues.txt: every cue word also becomes a known word, and the older
rules read a word no list knows as a name.
"""

from __future__ import annotations

from typing import Final

# fmt: off
# The writer's wish to see a group suffer with the group as a clitic on the infinitive
# ("i gay? vorrei vederli soffrire", "i neri? mi piacerebbe vederli sparire"): the group
# is named earlier in the message, a wish word stands before the term.
_SEEN: Final = ("vederli", "vederle", "vederli tutti", "vederle tutte")
_SUFFERING: Final = (
    "soffrire", "morire", "crepare", "affogare", "annegare", "bruciare", "sparire",
    "morti", "morte", "impiccati", "impiccate", "marcire",
)
CLITIC_SEEN: Final[frozenset[str]] = frozenset(
    f"{seen} {suffer}" for seen in _SEEN for suffer in _SUFFERING
)
WISH: Final = frozenset({
    "vorrei", "voglio", "vogliamo", "vorremmo", "spero", "speriamo", "piacerebbe",
    "sogno", "godrei", "godo", "voglia", "adorerei", "amerei",
})
WISH_REACH: Final = 4  # "mi piacerebbe proprio tanto vederli": piacerebbe, proprio, tanto
# Orders to distrust, avoid or shut out, with a named group after them in the clause:
# "non fidatevi mai degli zingari", "state lontani dai musulmani", "non affittate casa
# agli stranieri"; "non fidatevi mai del meteo" names no group.
GROUP_AFTER: Final = frozenset({
    "non fidatevi mai", "non fidatevi", "non fidarti", "mai fidarti", "diffidate",
    "diffidate sempre", "state lontani", "state lontano", "stai lontano", "stai lontana",
    "statene lontani", "tenetevi lontani", "state alla larga", "tenetevi alla larga",
    "non affittate", "non affittare", "non assumete", "non assumere", "non fate entrare",
    "non sposate", "non sposare", "non fatevi avvicinare",
})
# (review11) Before the first group after such an order, a thing about the group is
# what is distrusted: "non fidatevi dei titoli sugli immigrati", "... delle bufale contro".
ABOUT_GROUP: Final = frozenset({"su", "sui", "sugli", "sulle", "sul", "contro", "verso"})
# (review11) Before such an order in its sentence, another's saying makes it a report:
# "mio padre diceva sempre: non fidatevi degli zingari", "è razzista dire ...". Never
# the writer's own ("ti dico", "l'ho detto"); "dire" not after the writer's modal.
REPORTING: Final = frozenset({
    "dice", "dicono", "diceva", "dicevano", "ripete", "ripetono", "ripeteva",
    "ripetevano", "scrive", "scrivono", "scriveva", "sosteneva", "urlava", "gridava",
    "dire",
})
WRITER_MODALS: Final = frozenset({"voglio", "vorrei", "devo", "posso", "vi", "ti"})
# A clitic for a group named earlier and the writer's hatred: "le donne? non le
# sopporto", "gli zingari? non li sopporto proprio" ("li detesto" is hatecheck9's).
CLITIC_HATE: Final = frozenset({
    "non li sopporto", "non le sopporto", "non li reggo", "non le reggo", "non li tollero",
    "non le tollero",
})
GROUP_REACH: Final = 12  # tokens back from the clitic to the group it stands for
# The writer's threat with the group after it: "farò fuori ogni gay che incontro".
HARM_AHEAD: Final = frozenset({"faro fuori", "farei fuori", "faremo fuori", "faremmo fuori"})
# The call to the readers to harm a group after it: "uccidete tutti gli ebrei",
# "cacciate via gli zingari"; "uccidete il boss" and "bruciate le calorie" name no group.
CALLS: Final = frozenset({
    "uccidete", "ammazzate", "sterminate", "impiccate", "fucilate", "bruciate", "sgozzate",
    "massacrate", "cacciate", "cacciate via", "deportate", "gasate", "linciate", "pestate",
    "affogate", "annegate", "buttate fuori", "rimandate a casa",
})
HARM_REACH: Final = 4  # "farò fuori tutti quanti i gay": tutti, quanti, i, gay
# Said of a named group as its subject, Italian modals between: "i gay dovrebbero stare
# lontani dai bambini", "le donne non sono altro che oggetti", "ma i gay non si
# vergognano di esistere?"; "il cane deve stare lontano dai bambini" names no group.
CLAIMS: Final = frozenset({
    "lontani dai bambini", "lontano dai bambini", "lontane dai bambini",
    "non sono altro che", "non sono che", "vergognano di esistere",
})
# What "non sono altro che" must call the group to be a dehumanising claim ("le donne
# non sono altro che oggetti"); "gli immigrati non sono altro che persone" is not one.
THINGS: Final = frozenset({
    "oggetti", "merce", "bestie", "animali", "parassiti", "schiavi", "schiave",
    "incubatrici", "rifiuti", "spazzatura", "feccia", "topi", "vermi", "scimmie", "cani",
    "maiali", "scarti", "pesi", "zavorra", "criminali", "ladri", "terroristi",
    "stupratori", "delinquenti", "malati", "pervertiti", "puttane", "troie",
})
# A claim asked with the rhetorical "non" ("ma i gay non si vergognano di esistere?"):
# the negation is the question's, not a denial.
ASKED: Final = frozenset({"vergognano di esistere"})
NEEDS_THING: Final = frozenset({"non sono altro che", "non sono che"})
MODALS: Final = frozenset({
    "dovrebbero", "devono", "vanno", "andrebbero", "stare", "restare", "rimanere",
    "tenuti", "tenute", "essere", "stiano", "tutti", "tutte", "sempre", "proprio", "si",
    "non", "davvero", "mai", "tenersi",
})
MODAL_REACH: Final = 5
# A named group not wanted in a place: "non voglio i gay nel mio paese", "non vogliamo
# più immigrati in italia"; "non voglio i compiti nel weekend" names no group.
NOT_WANTED: Final = frozenset({
    "non voglio i", "non voglio gli", "non voglio le", "non vogliamo i", "non vogliamo gli",
    "non vogliamo le", "non voglio piu", "non vogliamo piu",
    # italian17: the bare plural, "non vogliamo immigrati qui", "non voglio arabi nel mio
    # quartiere" (group-only words: dropped in a message that names no group)
    "non voglio", "non vogliamo",
})
PLACES: Final = frozenset({
    "paese", "paesi", "italia", "quartiere", "citta", "casa", "europa", "qui", "nazione",
    "strade", "palazzo", "condominio", "zona", "scuola", "scuole", "terra", "regione",
    "mezzo", "giro", "vicino",
})
PLACE_REACH: Final = 5  # "non voglio i gay qui nel mio paese": past the group to "paese"
# A positive word denied of a group member the writer has met: "non ho mai conosciuto
# un musulmano onesto", "mai visto una donna intelligente".
NEVER_MET: Final = frozenset({
    "non ho mai conosciuto un", "non ho mai conosciuto una", "non ho mai incontrato un",
    "non ho mai incontrato una", "non ho mai visto un", "non ho mai visto una",
    "mai conosciuto un", "mai conosciuta una", "mai visto un", "mai vista una",
})
PRAISE: Final = frozenset({
    "onesto", "onesta", "intelligente", "simpatico", "simpatica", "educato", "educata",
    "pulito", "pulita", "normale", "bravo", "brava", "gentile", "utile", "sveglio",
    "sveglia", "affidabile", "civile", "decente", "perbene", "lavoratore", "lavoratrice",
})
PRAISE_BRIDGE: Final = frozenset({"che", "fosse", "sia", "davvero", "veramente", "anche", "solo"})
PRAISE_REACH: Final = 4  # "un musulmano che fosse davvero onesto"
# A name-call said of a third person in chat: the exclamation "che idiota il nostro mid",
# "che deficiente quel tizio", and the epithet "quel coglione del nostro support",
# "quella strega della vicina".
EXCLAIM: Final = frozenset({"che"})
DEMONSTRATIVES: Final = frozenset({
    "quel", "quello", "quella", "quell", "questo", "questa", "quest", "sto", "sta", "st",
    "quei", "quegli", "quelle", "questi", "queste", "sti", "ste",
})
ARTICLES: Final[frozenset[str]] = frozenset({"il", "lo", "la", "l", "i", "gli", "le"})
# A demonstrative standing for the person, closing the clause: "che coglione quello".
POINTING_PRONOUNS: Final = frozenset({"quello", "quella", "questo", "questa", "quelli"})
OWNERS: Final = frozenset({
    "mio", "mia", "miei", "mie", "nostro", "nostra", "nostri", "nostre", "vostro",
    "vostra", "vostri", "vostre", "tuo", "tua", "suo", "sua", "loro",
})
OF: Final = frozenset({"di", "del", "della", "dello", "dell", "dei", "degli", "delle"})
# Words said in praise among players as often as in scorn: never a name-call here.
FOND: Final = frozenset({
    "pazzo", "pazza", "matto", "matta", "folle", "mostro", "bestia", "animale", "genio",
    "fenomeno", "malato", "malata", "drogato", "fuori",
})
# Pork as food, not as a name for a group: "i musulmani non mangiano maiale".
FOOD_WORDS: Final = frozenset({"maiale", "maiali"})
EATING: Final = frozenset({
    "mangiano", "mangia", "mangiare", "mangiate", "mangi", "mangio", "mangiamo", "carne",
    "cucinano", "cucinare", "cotto", "cotta", "arrosto", "mangiato", "mangerebbero",
    "mangerebbe", "mangiando",
})
# fmt: on
EATING_REACH: Final = 3  # "mangiano carne di maiale": mangiano, carne, di
