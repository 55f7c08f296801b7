"""Words of the italian71 round (issue 8, targeting_italian71.py): a nationality used as an
adjective after a noun of a thing names no group ("i prodotti cinesi fanno schifo", "i
film americani fanno schifo", "le strade africane sono sporche"), while a noun of people
before it ("gli immigrati cinesi", "le donne arabe") and the bare group ("i cinesi")
still name one. The round's other shape, a person told they are half a man ("sei un mezzo
uomo", "sei una mezza sega"), is lines in lexicons/it/insult.txt read by the older rules."""

from __future__ import annotations

from typing import Final

# fmt: off
# --- The nationalities the group list reads as people, which are also the adjectives of
# things: "i cinesi" is a group, "i prodotti cinesi" are things. Colours only as "neri"
# ("i pantaloni neri"), the one the group list holds.
NATIONALITIES: Final[frozenset[str]] = frozenset({
    "cinesi", "americani", "americane", "francesi", "tedeschi", "tedesche", "russi",
    "ucraini", "inglesi", "arabi", "arabe", "africani", "africane", "africana", "africano",
    "nordafricani", "magrebini", "nigeriani", "senegalesi", "tunisini", "pakistani",
    "bengalesi", "indiani", "albanesi", "rumeni", "marocchini", "meridionali", "neri",
    "turchi", "giapponesi", "messicani", "egiziani", "filippini", "polacchi", "spagnoli",
    "greci", "europei", "asiatici", "asiatiche", "sudamericani",
})
# Before the noun: an article, a determiner or a contracted preposition ("[i] prodotti
# cinesi", "[dei] film americani", "[la] cucina africana"); after any other word the
# noun may itself be an adjective or a verb ("odio arabi") and nothing is read.
ARTICLES: Final[frozenset[str]] = frozenset({
    "i", "gli", "le", "il", "lo", "la", "l", "un", "uno", "una", "dei", "degli", "delle",
    "del", "dello", "della", "ai", "agli", "alle", "dai", "dagli", "dalle", "nei", "negli",
    "nelle", "sui", "sugli", "sulle", "coi", "questi", "queste", "quei", "quegli",
    "quelle", "sti", "ste", "certi", "certe",
})
# Nouns of people, and words before a noun, after which the nationality is still people:
# "gli [immigrati] cinesi", "le [donne] arabe", "i [soliti] cinesi", "quelle [bestie]
# africane", "il [prossimo] africano che vedo" (italian18's member); the group lists' own
# words are asked too.
PEOPLE: Final[frozenset[str]] = frozenset({
    "persone", "gente", "ragazzi", "ragazze", "ragazzini", "ragazzine", "bambini",
    "bambine", "uomini", "donne", "maschi", "femmine", "signori", "signore", "tizi",
    "tizie", "tipi", "tipe", "giovani", "vecchi", "vecchie", "anziani", "anziane",
    "lavoratori", "lavoratrici", "operai", "studenti", "studentesse", "turisti", "vicini",
    "vicine", "cittadini", "cittadine", "residenti", "abitanti", "famiglie", "mamme",
    "madri", "padri", "genitori", "figli", "figlie", "mogli", "mariti", "badanti",
    "prostitute", "commercianti", "negozianti", "venditori", "spacciatori", "calciatori",
    "giocatori", "tifosi", "politici", "preti", "soldati", "militari", "poliziotti",
    "ladri", "criminali", "delinquenti", "terroristi", "stupratori", "invasori",
    "colleghi", "amici", "amiche", "compagni", "clienti", "bestie", "animali", "scimmie",
    "maiali", "porci", "merde", "topi", "ratti", "parassiti", "vermi", "zecche", "feccia",
    "bastardi", "bastarde", "puttane", "troie", "cani", "selvaggi", "razza", "razze",
    "popolo", "popoli", "etnia", "etnie", "comunita", "minoranza", "minoranze", "famiglia",
    "soliti", "solite", "tanti", "tante", "troppi", "troppe", "pochi", "poche", "molti",
    "molte", "tutti", "tutte", "altri", "altre", "veri", "vere", "nostri", "vostri",
    "loro", "miei", "tuoi", "suoi", "maledetti", "maledette", "fottuti", "fottute",
    "sporchi", "sporche", "schifosi", "schifose", "luridi", "luride", "poveri", "povere",
    "primo", "prima", "primi", "prime", "prossimo", "prossima", "prossimi", "prossime",
    "ultimo", "ultima", "ultimi", "ultime",
})
# fmt: on
