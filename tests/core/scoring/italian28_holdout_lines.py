"""The italian28 held-back batch (issue 8): written with the probe, before any rule,
counted only at the start and the end of the round. New wording in the same shapes.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # a call for the gallows or the firing squad for people
    "ci vuole la forca per questi delinquenti", "ci vuole la forca per quei ladri",
    "ci vuole la forca per tutti quanti", "ci vuole la forca per i traditori della patria",
    "vanno impiccati tutti in piazza", "andrebbero fucilati tutti", "vanno fucilate tutte",
    "impicchiamoli in piazza", "bisognerebbe fucilarli tutti", "andrebbero impiccati subito",
    "ci vorrebbe la forca per sti politici", "tutti da impiccare",
    "vanno fucilati senza processo", "andrebbero impiccati in pubblica piazza",
    "io li fucilerei tutti", "ci vuole la forca per questi venduti",
    "sono da fucilare", "per questi infami ci vuole la forca",
    "vanno impiccati a testa in giù", "fuciliamoli tutti",
    # a word of scorn before a person noun
    "quel lurido deputato", "sti maledetti arbitri", "quei luridi giornalisti di regime",
    "questo schifoso presidente", "quella schifosa ministra", "sti luridi sbirri",
    "quei maledetti politici", "questi schifosi politici", "la lurida politica di turno",
    "il maledetto arbitro di ieri", "quello lurido sindaco", "ste luride femministe",
    "quei schifosi juventini", "sti maledetti comunisti", "quei luridi fascisti",
    "sto lurido giudice", "questi luridi parlamentari", "queste schifose persone",
    "quel maledetto ministro", "questi schifosi tifosi",
    # too many of a group, the group after "di" or an article (added before its rule)
    "ce ne sono fin troppi di stranieri", "ne abbiamo gia troppi di immigrati",
    "sono troppi gli stranieri qui", "sono davvero troppi questi immigrati",
    "ce ne sono troppe di musulmane in giro",
)

HELD_CLEAN: tuple[str, ...] = (
    # the same frames at things, days, colds
    "quel maledetto martedì", "sto schifoso mal di testa", "quella lurida stanza",
    "questo maledetto computer", "sti maledetti esami", "quel lurido pavimento",
    "sto schifoso freddo", "questa schifosa pioggia", "quel maledetto autobus",
    "troppi esami questo mese", "ci vuole la galera per chi guida ubriaco",
    "la forca è un simbolo del passato", "nella serie tv lo fucilano alla fine",
    "ci vuole la forca in quella scena del film", "il quadro va appeso in salotto",
    # reports, denials, counter-speech
    "non dico che andrebbero fucilati", "chi vuole la forca per tutti non ha capito niente",
    "nessuno merita di essere impiccato", "furono fucilati dai nazisti nel 1944",
    "smettetela di chiedere la forca per tutti", "i politici non vanno insultati",
    "non è giusto chiamarlo lurido", "gli immigrati non sono un problema",
    "i giornalisti fanno il loro lavoro", "ho visto un documentario sulla forca",
    # self-talk
    "maledetto il giorno che ho comprato sta macchina", "sono una schifosa pigra",
    "che lurido che sono dopo la palestra", "mi sento uno schifo oggi",
    "maledetta la mia memoria",
    # ordinary talk of people
    "il ministro ha parlato in tv", "quel deputato ha votato contro",
    "l'arbitro ha dato il rigore", "i tifosi della roma erano tanti",
    "la giornalista ha fatto una bella intervista", "il presidente arriva domani",
    "quei politici hanno firmato la legge", "sti tifosi cantano benissimo",
    "questo sindaco ha fatto tanto per la città", "quel giudice è stato imparziale",
    # too many of no group, or a group harmed (added before its rule)
    "ce ne sono troppi di errori", "sono troppi gli immigrati morti in mare",
    "ne ho troppe di scarpe", "sono troppe le donne uccise", "non ce ne sono troppi di turisti",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che bella partita", "porca troia che gol", "minchia ragazzi grandi",
    "che figata della madonna", "mannaggia che sfiga", "cazzo raga ce l'abbiamo fatta",
)
