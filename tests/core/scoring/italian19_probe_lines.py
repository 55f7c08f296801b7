"""The italian19 probe (issue 8): the misses of an Italian functional hate suite and
Italian chat insults (feminine agreement, "vengono qui e <verb>", single group members,
a group named in one sentence and attacked in the next, spelling variations, direct
insults in chat shapes; praise after a rhetorical question), with clean contrasts.
Written before the round's rule code was read. The first five clean lines are friendly
swearing.
"""

from __future__ import annotations

# fmt: off

PROBE_HOSTILE: tuple[str, ...] = (
    # feminine agreement
    "le rom sono meno umane", "le zingare sono meno umane degli animali",
    "le nere sono meno umane di noi", "le musulmane non sono persone",
    "le immigrate sono tutte ladre", "le ebree sono inferiori",
    # coming here and doing harm
    "gli immigrati vengono qui e rubano", "i clandestini arrivano in italia e spacciano",
    "gli zingari entrano nelle case e rubano", "i marocchini vengono da noi e delinquono",
    "gli stranieri sbarcano qui e stuprano le nostre donne",
    "gli africani vengono qui e ci rubano il lavoro",
    # single members
    "un immigrato è un parassita", "un rom è un ladro", "un musulmano è un terrorista",
    "quella zingara è una ladra", "quel frocio fa schifo", "ogni africano è una bestia",
    # named, then attacked in the next sentence
    "Gli zingari? Sono tutti ladri.", "Gli immigrati? Sono tutti delinquenti.",
    "I musulmani. Sono una piaga.", "Parliamo dei rom: sono tutti parassiti",
    "Le donne? Servono solo in cucina.",
    # spelling variations
    "sei un c4zzone", "fr0ci di merda", "sei una tr0ia", "f r o c i o", "sei un c o g l i o n e",
    # direct insults in chat
    "ma stai zitta idiota", "vai a quel paese va", "fai proprio schifo", "sei un incompetente",
    "nessuno ti sopporta", "ma chiudi quella bocca", "sei un fallito", "non servi a niente",
    "fatti una vita sfigato", "tornatene da dove sei venuto", "sei patetico",
    "ma levati dalle palle", "nessuno ti vuole qui", "sei proprio un incapace",
)

PROBE_CLEAN: tuple[str, ...] = (
    # friendly swearing
    "cazzo che gol", "porca puttana abbiamo vinto", "minchia che bello",
    "che culo quel tiro", "madonna che caldo",
    # neutral mentions
    "i rom hanno una lunga storia", "le donne rom vivono spesso in condizioni difficili",
    "gli immigrati vengono qui e lavorano", "i turisti vengono qui e comprano souvenir",
    "un immigrato è arrivato ieri in paese", "quella ragazza nera canta benissimo",
    "le musulmane portano il velo per scelta", "gli zingari? ne ho conosciuti di gentilissimi",
    "un rom ha vinto la gara di violino",
    # counter-speech and reported views
    "dire che i neri sono meno umani è razzismo", "le rom non sono meno umane di nessuno",
    "non è vero che gli immigrati vengono qui e rubano",
    "mio nonno diceva che gli zingari rubano, ma sbagliava",
    "il giornale scrive che gli immigrati delinquono: è falso",
    # praise after a rhetorical question
    "ti credi tanto furba? lo sei davvero", "pensi di essere bravo? lo sei eccome",
    "ti senti un genio? hai ragione", "credi di essere forte? lo sei",
    # chat, not aimed
    "questo tempo fa schifo", "il cibo qui fa schifo", "nessuno ti batte a scacchi",
    "sei un genio", "zitti zitti, arriva la torta", "vai pure, ci vediamo domani",
    "non ti preoccupare, capita a tutti", "la connessione fa schifo stasera",
)
