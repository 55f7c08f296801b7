"""The italian70 held-back lines (issue 8): other wordings of the probe's shapes, written
at the same time, counted only at the start and at the end of the round."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "i marocchini sono insetti", "gli albanesi sono degli insetti",
    "i nigeriani sono tutti insetti", "i rumeni sono come insetti",
    "i musulmani sono insetti ripugnanti", "le femministe sono insetti",
    "gli immigrati sono soltanto insetti", "i cinesi sono come le mosche",
    "i profughi sono mosche", "gli ebrei sono come sanguisughe",
    "gli zingari sono come pidocchi", "i neri sono come scimmie",
    "i musulmani sono come vermi", "gli stranieri sono come parassiti",
    "i gay sono come iene", "i migranti sono come cavallette",
    "gli arabi sono come insetti", "i rom sono insetti e basta",
    "gli africani sono insetti da eliminare", "i cinesi sono solo degli insetti",
    "gli arabi sono mezzi uomini", "i neri sono solo mezzi uomini",
    "gli ebrei non fanno parte del genere umano",
    "i musulmani non fanno parte dell'umanità",
    "i rom non fanno parte della razza umana",
    "gli immigrati non appartengono al genere umano",
    "i gay non appartengono all'umanità",
    "i neri non meritano di essere chiamati persone",
    "gli zingari non meritano di essere chiamati umani",
    "i musulmani non meritano di essere chiamati esseri umani",
    "le lesbiche non meritano di essere chiamate persone",
    "gli arabi non meritano di essere considerati persone",
    "i rom sono sub-umani", "gli africani sono sotto-uomini",
    "i cinesi sono sub umani", "gli ebrei sono esseri sotto-umani",
    "le donne sono mezze persone", "gli immigrati sono fuori dall'umanità",
    "i trans sono mezzi uomini", "i disabili non fanno parte dell'umanità",
)

HELD_CLEAN: tuple[str, ...] = (
    "le cavallette sono insetti", "i ragni non sono insetti",
    "le zanzare sono insetti fastidiosi", "le mosche sono ovunque in estate",
    "i gatti sono come tigri in miniatura", "le pulci sono parassiti",
    "gli scarafaggi sono insetti resistenti", "detesto le mosche",
    "i cinesi sono tanti", "gli ebrei fanno parte della cultura italiana",
    "i rom fanno parte della società", "gli immigrati sono esseri umani",
    "i musulmani sono persone come tutti", "le donne meritano rispetto",
    "i marocchini meritano di essere chiamati persone",
    "i neri fanno parte dell'umanità", "tutti gli uomini fanno parte del genere umano",
    "i cinesi mangiano molta verdura", "gli arabi fanno parte della storia del mediterraneo",
    "mio zio si sente un mezzo uomo senza lavoro",
    "dire che i neri sono come scimmie è razzismo",
    "chi sostiene che i rom sono insetti dovrebbe vergognarsi",
    "è falso che i musulmani non fanno parte dell'umanità",
    "hitler diceva che gli ebrei erano sotto-uomini",
    "secondo l'articolo, il deputato ha detto che i migranti sono come cavallette",
    "basta dire che gli arabi sono mezzi uomini",
    "gli immigrati sono insetti? no, sono persone",
    "condanno chi dice che i gay non fanno parte del genere umano",
    "non si può affermare che le donne non meritano di essere chiamate persone",
    "la retorica dei sub-umani è stata usata dal nazismo",
    "il documentario sugli insetti è bellissimo", "i bambini hanno paura degli insetti",
    "il mio cane è come un fratello", "le libellule sono insetti bellissimi",
    "i pipistrelli non sono vampiri", "le sanguisughe vivono negli stagni",
    "i cinesi allevano insetti per mangiarli", "l'umanità intera è in pericolo",
    "gli immigrati fanno parte del genere umano come noi", "che schifo, un insetto nel piatto",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo, che bel gol", "porca puttana, piove ancora", "minchia, che fame",
    "merda, il wifi è morto", "che cazzo di giornata stupenda", "porca vacca, sono in ritardo",
)
