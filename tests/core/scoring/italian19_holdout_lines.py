"""The italian19 held-back batch (issue 8): written after italian19_probe_lines.py and
before any rule, never read for misses; counted once at the start of the round and once
at the end. Same shapes, new wording. The first five clean lines are friendly swearing.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # feminine agreement
    "le rom sono meno umane delle bestie", "le africane sono meno umane",
    "le cinesi sono tutte sporche", "le zingare non sono esseri umani",
    "le marocchine sono tutte uguali, ladre", "le lesbiche sono malate",
    "le trans sono inferiori", "le arabe sono meno umane di noi",
    # coming here and doing harm
    "i rumeni vengono qui e rubano", "gli albanesi arrivano da noi e spacciano",
    "i clandestini sbarcano e delinquono", "gli immigrati vengono in italia e stuprano",
    "i nigeriani vengono qui e spacciano droga", "gli zingari arrivano in città e rubano tutto",
    "i migranti vengono qui e ci rubano le case",
    # single members
    "un nero è una scimmia", "un ebreo è un usuraio", "quella rom è una ladra",
    "ogni musulmano è un terrorista", "quel negro puzza", "un arabo è un animale",
    "un clandestino è un criminale",
    # named, then attacked in the next sentence
    "I rom? Sono tutti parassiti.", "Gli ebrei. Sono tutti avidi.",
    "Gli africani? Sono bestie.", "Gli arabi? Tutti terroristi.",
    "I gay? Sono malati.", "Le femministe? Sono tutte isteriche.",
    # spelling variations
    "sei un c0glione", "m3rda", "sei una m3rda", "n e g r i di merda", "st0nzo",
    "sei un p3zzo di m3rda", "t r o i a", "sei un c@zzone",
    # direct insults in chat
    "ma stai zitto", "vai a quel paese", "fai schifo", "sei un incapace",
    "ma taci", "sei un buono a nulla", "nessuno ti ha chiesto niente, idiota",
    "vattene a fanculo", "sei una nullità", "ma chi ti conosce, sfigato",
    "sei inutile", "fai pena", "ma sparisci",
)

HELD_CLEAN: tuple[str, ...] = (
    # friendly swearing
    "cazzo che partita", "porca troia che gol", "minchia ragazzi siamo primi",
    "che figata pazzesca cazzo", "madonna che tiro",
    # neutral mentions
    "le rom cucinano piatti tradizionali", "le donne africane hanno vinto la maratona",
    "i rumeni vengono qui e lavorano nei cantieri", "gli studenti arrivano da noi e studiano",
    "un nero ha vinto le elezioni", "quella rom vende fiori al mercato",
    "ogni musulmano digiuna durante il ramadan", "un arabo mi ha aiutato col trasloco",
    "gli ebrei? hanno una cultura antichissima", "i gay? sono persone come tutti",
    "le cinesi del negozio sono simpatiche",
    # counter-speech and reported views
    "dire che le rom sono meno umane è odio", "nessuno è meno umano per il colore della pelle",
    "non è vero che i rumeni vengono qui e rubano",
    "c'è chi dice che gli arabi sono terroristi, ma è una bugia",
    "chi scrive che i neri sono scimmie fa propaganda razzista",
    "le zingare sono esseri umani come noi",
    # praise after a rhetorical question
    "ti credi tanto bravo? lo sei davvero", "pensi di essere simpatica? lo sei",
    "ti senti intelligente? lo sei eccome", "credi di essere il migliore? hai ragione",
    # chat, not aimed
    "sei un grande", "fai bene", "il lag fa schifo oggi",
    "nessuno ti obbliga, fai come vuoi", "vai tranquillo", "sei bravissimo",
    "questa mappa fa pena", "zitto zitto hai vinto tu", "vai a dormire che è tardi",
    "sei un mito", "che schifo di server", "non fa niente, succede",
    "non sei inutile, anzi", "ti voglio bene", "la partita fa pena, ma ci divertiamo",
    "sei una forza",
)
